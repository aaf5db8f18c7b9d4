-- Other programmes' plan items cannot be kept under the old check: those questions lose theirs.
UPDATE questions SET plan_item = NULL WHERE plan_item NOT BETWEEN 13 AND 16;
ALTER TABLE questions DROP CONSTRAINT questions_plan_item_check;
ALTER TABLE questions ADD CONSTRAINT questions_plan_item_check CHECK (plan_item BETWEEN 13 AND 16);

DROP INDEX surveys_by_programme;
ALTER TABLE surveys DROP COLUMN programme_id;
DROP TABLE programme_measures;
DROP TABLE programmes;

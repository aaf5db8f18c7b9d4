-- Other programmes' plan items cannot be kept under the old check: those questions lose theirs.
UPDATE questions SET plan_item = NULL WHERE plan_item NOT BETWEEN 13 AND 16;
ALTER TABLE questions RENAME COLUMN plan_item TO plan_item_of_any_programme;
ALTER TABLE questions ADD COLUMN plan_item INTEGER CHECK (plan_item BETWEEN 13 AND 16);
UPDATE questions SET plan_item = plan_item_of_any_programme;
ALTER TABLE questions DROP COLUMN plan_item_of_any_programme;

DROP INDEX surveys_by_programme;
ALTER TABLE surveys DROP COLUMN programme_id;
DROP TABLE programme_measures;
DROP TABLE programmes;

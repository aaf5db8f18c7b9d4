-- A survey's revision goes up whenever the survey, one of its questions or one of their options
-- changes, however the change is made (the app, the command line, another server, plain SQL), so
-- a server may keep an assembled survey in memory for as long as its revision is unchanged.
ALTER TABLE surveys ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER surveys_revision_on_update AFTER UPDATE OF
    slug, title, year, status, opens_on, closes_on, intro, easy_read_intro, privacy,
    easy_read_privacy, suppression_threshold
ON surveys BEGIN
    UPDATE surveys SET revision = revision + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER questions_revision_on_insert AFTER INSERT ON questions BEGIN
    UPDATE surveys SET revision = revision + 1 WHERE id = NEW.survey_id;
END;
CREATE TRIGGER questions_revision_on_update AFTER UPDATE ON questions BEGIN
    UPDATE surveys SET revision = revision + 1 WHERE id IN (OLD.survey_id, NEW.survey_id);
END;
CREATE TRIGGER questions_revision_on_delete AFTER DELETE ON questions BEGIN
    UPDATE surveys SET revision = revision + 1 WHERE id = OLD.survey_id;
END;

CREATE TRIGGER answer_options_revision_on_insert AFTER INSERT ON answer_options BEGIN
    UPDATE surveys SET revision = revision + 1
    WHERE id = (SELECT survey_id FROM questions WHERE id = NEW.question_id);
END;
CREATE TRIGGER answer_options_revision_on_update AFTER UPDATE ON answer_options BEGIN
    UPDATE surveys SET revision = revision + 1
    WHERE id IN (SELECT survey_id FROM questions WHERE id IN (OLD.question_id, NEW.question_id));
END;
CREATE TRIGGER answer_options_revision_on_delete AFTER DELETE ON answer_options BEGIN
    UPDATE surveys SET revision = revision + 1
    WHERE id = (SELECT survey_id FROM questions WHERE id = OLD.question_id);
END;

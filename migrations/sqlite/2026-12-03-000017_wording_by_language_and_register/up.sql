-- Wording is keyed by (language, register): a translation adds rows, never columns. The register
-- is Standard or Easy Read. Every wave keeps English in both registers; answer values and question
-- keys stay where they were, so results and comparisons do not change.

CREATE TABLE survey_wordings (
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    register TEXT NOT NULL CHECK (register IN ('standard', 'easy_read')),
    intro TEXT NOT NULL,
    privacy TEXT NOT NULL,
    PRIMARY KEY (survey_id, language, register)
);

CREATE TABLE question_wordings (
    question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    register TEXT NOT NULL CHECK (register IN ('standard', 'easy_read')),
    text TEXT NOT NULL,
    hint TEXT,
    PRIMARY KEY (question_id, language, register)
);

CREATE TABLE option_wordings (
    option_id TEXT NOT NULL REFERENCES answer_options (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    register TEXT NOT NULL CHECK (register IN ('standard', 'easy_read')),
    label TEXT NOT NULL,
    PRIMARY KEY (option_id, language, register)
);

INSERT INTO survey_wordings (survey_id, language, register, intro, privacy)
    SELECT id, 'en', 'standard', intro, privacy FROM surveys;
INSERT INTO survey_wordings (survey_id, language, register, intro, privacy)
    SELECT id, 'en', 'easy_read', easy_read_intro, easy_read_privacy FROM surveys;
INSERT INTO question_wordings (question_id, language, register, text, hint)
    SELECT id, 'en', 'standard', text, hint FROM questions;
INSERT INTO question_wordings (question_id, language, register, text, hint)
    SELECT id, 'en', 'easy_read', easy_read_text, easy_read_hint FROM questions;
INSERT INTO option_wordings (option_id, language, register, label)
    SELECT id, 'en', 'standard', label FROM answer_options;
INSERT INTO option_wordings (option_id, language, register, label)
    SELECT id, 'en', 'easy_read', easy_read_label FROM answer_options;

-- The wave's own revision trigger named the paired columns; wording now bumps it from its tables.
DROP TRIGGER surveys_revision_on_update;
CREATE TRIGGER surveys_revision_on_update AFTER UPDATE OF
    slug, title, year, status, opens_on, closes_on, suppression_threshold
ON surveys BEGIN
    UPDATE surveys SET revision = revision + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER survey_wordings_revision_on_insert AFTER INSERT ON survey_wordings BEGIN
    UPDATE surveys SET revision = revision + 1 WHERE id = NEW.survey_id;
END;
CREATE TRIGGER survey_wordings_revision_on_update AFTER UPDATE ON survey_wordings BEGIN
    UPDATE surveys SET revision = revision + 1 WHERE id IN (OLD.survey_id, NEW.survey_id);
END;
CREATE TRIGGER survey_wordings_revision_on_delete AFTER DELETE ON survey_wordings BEGIN
    UPDATE surveys SET revision = revision + 1 WHERE id = OLD.survey_id;
END;

CREATE TRIGGER question_wordings_revision_on_insert AFTER INSERT ON question_wordings BEGIN
    UPDATE surveys SET revision = revision + 1
    WHERE id = (SELECT survey_id FROM questions WHERE id = NEW.question_id);
END;
CREATE TRIGGER question_wordings_revision_on_update AFTER UPDATE ON question_wordings BEGIN
    UPDATE surveys SET revision = revision + 1
    WHERE id IN (SELECT survey_id FROM questions WHERE id IN (OLD.question_id, NEW.question_id));
END;
CREATE TRIGGER question_wordings_revision_on_delete AFTER DELETE ON question_wordings BEGIN
    UPDATE surveys SET revision = revision + 1
    WHERE id = (SELECT survey_id FROM questions WHERE id = OLD.question_id);
END;

CREATE TRIGGER option_wordings_revision_on_insert AFTER INSERT ON option_wordings BEGIN
    UPDATE surveys SET revision = revision + 1
    WHERE id = (SELECT q.survey_id FROM answer_options o JOIN questions q ON q.id = o.question_id
                WHERE o.id = NEW.option_id);
END;
CREATE TRIGGER option_wordings_revision_on_update AFTER UPDATE ON option_wordings BEGIN
    UPDATE surveys SET revision = revision + 1
    WHERE id IN (SELECT q.survey_id FROM answer_options o JOIN questions q ON q.id = o.question_id
                 WHERE o.id IN (OLD.option_id, NEW.option_id));
END;
CREATE TRIGGER option_wordings_revision_on_delete AFTER DELETE ON option_wordings BEGIN
    UPDATE surveys SET revision = revision + 1
    WHERE id = (SELECT q.survey_id FROM answer_options o JOIN questions q ON q.id = o.question_id
                WHERE o.id = OLD.option_id);
END;

ALTER TABLE surveys DROP COLUMN intro;
ALTER TABLE surveys DROP COLUMN easy_read_intro;
ALTER TABLE surveys DROP COLUMN privacy;
ALTER TABLE surveys DROP COLUMN easy_read_privacy;
ALTER TABLE questions DROP COLUMN text;
ALTER TABLE questions DROP COLUMN easy_read_text;
ALTER TABLE questions DROP COLUMN hint;
ALTER TABLE questions DROP COLUMN easy_read_hint;
ALTER TABLE answer_options DROP COLUMN label;
ALTER TABLE answer_options DROP COLUMN easy_read_label;

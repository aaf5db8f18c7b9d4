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

-- A wave's revision goes up when any of its wording changes, as it does for its questions.
CREATE FUNCTION survey_wordings_bump_survey_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE surveys SET revision = revision + 1 WHERE id = OLD.survey_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE surveys SET revision = revision + 1 WHERE id = NEW.survey_id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER survey_wordings_revision AFTER INSERT OR UPDATE OR DELETE ON survey_wordings
    FOR EACH ROW EXECUTE FUNCTION survey_wordings_bump_survey_revision();

CREATE FUNCTION question_wordings_bump_survey_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE surveys SET revision = revision + 1
        WHERE id = (SELECT survey_id FROM questions WHERE id = OLD.question_id);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE surveys SET revision = revision + 1
        WHERE id = (SELECT survey_id FROM questions WHERE id = NEW.question_id);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER question_wordings_revision AFTER INSERT OR UPDATE OR DELETE ON question_wordings
    FOR EACH ROW EXECUTE FUNCTION question_wordings_bump_survey_revision();

CREATE FUNCTION option_wordings_bump_survey_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE surveys SET revision = revision + 1
        WHERE id = (SELECT q.survey_id FROM answer_options o JOIN questions q ON q.id = o.question_id
                    WHERE o.id = OLD.option_id);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE surveys SET revision = revision + 1
        WHERE id = (SELECT q.survey_id FROM answer_options o JOIN questions q ON q.id = o.question_id
                    WHERE o.id = NEW.option_id);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER option_wordings_revision AFTER INSERT OR UPDATE OR DELETE ON option_wordings
    FOR EACH ROW EXECUTE FUNCTION option_wordings_bump_survey_revision();

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

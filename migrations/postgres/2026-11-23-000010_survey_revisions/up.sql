-- A survey's revision goes up whenever the survey, one of its questions or one of their options
-- changes, however the change is made (the app, the command line, another server, plain SQL), so
-- a server may keep an assembled survey in memory for as long as its revision is unchanged.
ALTER TABLE surveys ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION surveys_next_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF ROW(NEW.*) IS DISTINCT FROM ROW(OLD.*) AND NEW.revision = OLD.revision THEN
        NEW.revision := OLD.revision + 1;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER surveys_revision_on_update BEFORE UPDATE ON surveys
    FOR EACH ROW EXECUTE FUNCTION surveys_next_revision();

CREATE FUNCTION questions_bump_survey_revision() RETURNS trigger LANGUAGE plpgsql AS $$
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
CREATE TRIGGER questions_revision AFTER INSERT OR UPDATE OR DELETE ON questions
    FOR EACH ROW EXECUTE FUNCTION questions_bump_survey_revision();

CREATE FUNCTION answer_options_bump_survey_revision() RETURNS trigger LANGUAGE plpgsql AS $$
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
CREATE TRIGGER answer_options_revision AFTER INSERT OR UPDATE OR DELETE ON answer_options
    FOR EACH ROW EXECUTE FUNCTION answer_options_bump_survey_revision();

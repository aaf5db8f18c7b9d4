-- Back to paired English columns; translations into other languages are lost.
ALTER TABLE surveys ADD COLUMN intro TEXT NOT NULL DEFAULT '';
ALTER TABLE surveys ADD COLUMN easy_read_intro TEXT NOT NULL DEFAULT '';
ALTER TABLE surveys ADD COLUMN privacy TEXT NOT NULL DEFAULT '';
ALTER TABLE surveys ADD COLUMN easy_read_privacy TEXT NOT NULL DEFAULT '';
ALTER TABLE questions ADD COLUMN text TEXT NOT NULL DEFAULT '';
ALTER TABLE questions ADD COLUMN easy_read_text TEXT NOT NULL DEFAULT '';
ALTER TABLE questions ADD COLUMN hint TEXT;
ALTER TABLE questions ADD COLUMN easy_read_hint TEXT;
ALTER TABLE answer_options ADD COLUMN label TEXT NOT NULL DEFAULT '';
ALTER TABLE answer_options ADD COLUMN easy_read_label TEXT NOT NULL DEFAULT '';

UPDATE surveys SET
    intro = COALESCE((SELECT w.intro FROM survey_wordings w
             WHERE w.survey_id = surveys.id AND w.language = 'en' AND w.register = 'standard'), ''),
    privacy = COALESCE((SELECT w.privacy FROM survey_wordings w
               WHERE w.survey_id = surveys.id AND w.language = 'en' AND w.register = 'standard'), ''),
    easy_read_intro = COALESCE((SELECT w.intro FROM survey_wordings w
                       WHERE w.survey_id = surveys.id AND w.language = 'en' AND w.register = 'easy_read'), ''),
    easy_read_privacy = COALESCE((SELECT w.privacy FROM survey_wordings w
                         WHERE w.survey_id = surveys.id AND w.language = 'en' AND w.register = 'easy_read'), '');
UPDATE questions SET
    text = COALESCE((SELECT w.text FROM question_wordings w
            WHERE w.question_id = questions.id AND w.language = 'en' AND w.register = 'standard'), ''),
    hint = (SELECT w.hint FROM question_wordings w
            WHERE w.question_id = questions.id AND w.language = 'en' AND w.register = 'standard'),
    easy_read_text = COALESCE((SELECT w.text FROM question_wordings w
                      WHERE w.question_id = questions.id AND w.language = 'en' AND w.register = 'easy_read'), ''),
    easy_read_hint = (SELECT w.hint FROM question_wordings w
                      WHERE w.question_id = questions.id AND w.language = 'en' AND w.register = 'easy_read');
UPDATE answer_options SET
    label = COALESCE((SELECT w.label FROM option_wordings w
             WHERE w.option_id = answer_options.id AND w.language = 'en' AND w.register = 'standard'), ''),
    easy_read_label = COALESCE((SELECT w.label FROM option_wordings w
                       WHERE w.option_id = answer_options.id AND w.language = 'en' AND w.register = 'easy_read'), '');

DROP TRIGGER option_wordings_revision ON option_wordings;
DROP TRIGGER question_wordings_revision ON question_wordings;
DROP TRIGGER survey_wordings_revision ON survey_wordings;
DROP FUNCTION option_wordings_bump_survey_revision();
DROP FUNCTION question_wordings_bump_survey_revision();
DROP FUNCTION survey_wordings_bump_survey_revision();

DROP TABLE option_wordings;
DROP TABLE question_wordings;
DROP TABLE survey_wordings;

DROP TRIGGER answer_options_revision ON answer_options;
DROP FUNCTION answer_options_bump_survey_revision();
DROP TRIGGER questions_revision ON questions;
DROP FUNCTION questions_bump_survey_revision();
DROP TRIGGER surveys_revision_on_update ON surveys;
DROP FUNCTION surveys_next_revision();
ALTER TABLE surveys DROP COLUMN revision;

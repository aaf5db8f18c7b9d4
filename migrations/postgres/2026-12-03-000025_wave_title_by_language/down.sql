-- Translated names are forgotten: every language shows the wave's own title again.
ALTER TABLE survey_wordings DROP COLUMN title;

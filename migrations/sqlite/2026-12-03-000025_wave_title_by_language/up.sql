-- The wave's name in each language and register, for the header of every page young people see.
-- Empty keeps the wave's own title: earlier translations showed it, and still do.
ALTER TABLE survey_wordings ADD COLUMN title TEXT NOT NULL DEFAULT '';

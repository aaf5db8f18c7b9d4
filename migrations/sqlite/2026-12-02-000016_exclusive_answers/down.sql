ALTER TABLE answer_options DROP COLUMN excludes_others;

ALTER TABLE questions DROP COLUMN bsl_video;

-- A link to a video of the question in British Sign Language, where the team provides one.
ALTER TABLE questions ADD COLUMN bsl_video TEXT;

DROP TABLE drafts;
DROP TABLE answers;
DROP TABLE responses;
DROP TABLE answer_options;
DROP TABLE questions;
DROP TABLE surveys;

-- Published totals of a wave whose responses do not survive (e.g. 2019 and 2020): one row per
-- answer, and a row with an empty option_value for the number who answered the question.
CREATE TABLE imported_totals (
    question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    option_value TEXT NOT NULL,
    count BIGINT NOT NULL CHECK (count >= 0),
    PRIMARY KEY (question_id, option_value)
);

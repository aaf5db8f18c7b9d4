-- Other local surveys' published figures (the OxWell survey, the Oxfordshire Youth survey), each
-- beside one of a programme's measures in reports, as a different survey with its own question.
CREATE TABLE local_comparators (
    id TEXT PRIMARY KEY NOT NULL,
    programme_id TEXT NOT NULL,
    plan_item INTEGER NOT NULL,
    source TEXT NOT NULL,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    wording TEXT NOT NULL,
    share_tenths INTEGER NOT NULL CHECK (share_tenths BETWEEN 0 AND 1000),
    respondents INTEGER CHECK (respondents > 0),
    link TEXT,
    added_at TIMESTAMP NOT NULL,
    FOREIGN KEY (programme_id, plan_item)
        REFERENCES programme_measures (programme_id, plan_item) ON DELETE CASCADE
);

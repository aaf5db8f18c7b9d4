-- Surveys, questions and options; anonymous responses; drafts in progress.
-- Portable types only: ids are UUID text made by the app, enums are TEXT with CHECK.

CREATE TABLE surveys (
    id TEXT PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    year INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'closed', 'archived')),
    opens_on DATE,
    closes_on DATE,
    intro TEXT NOT NULL,
    easy_read_intro TEXT NOT NULL,
    privacy TEXT NOT NULL,
    easy_read_privacy TEXT NOT NULL,
    suppression_threshold INTEGER NOT NULL CHECK (suppression_threshold >= 5),
    created_at TIMESTAMP NOT NULL,
    CHECK (closes_on IS NULL OR opens_on IS NULL OR closes_on >= opens_on)
);

CREATE TABLE questions (
    id TEXT PRIMARY KEY NOT NULL,
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    question_key TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('agreement', 'frequency', 'yes_no_not_sure', 'single_choice',
                                       'multiple_choice', 'face_scale', 'free_text')),
    text TEXT NOT NULL,
    easy_read_text TEXT NOT NULL,
    hint TEXT,
    easy_read_hint TEXT,
    symbol TEXT,
    plan_item INTEGER CHECK (plan_item BETWEEN 13 AND 16),
    is_demographic BOOLEAN NOT NULL,
    UNIQUE (survey_id, question_key),
    UNIQUE (survey_id, position)
);

CREATE TABLE answer_options (
    id TEXT PRIMARY KEY NOT NULL,
    question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value TEXT NOT NULL,
    label TEXT NOT NULL,
    easy_read_label TEXT NOT NULL,
    symbol TEXT,
    is_positive BOOLEAN NOT NULL,
    invites_text BOOLEAN NOT NULL,
    UNIQUE (question_id, value),
    UNIQUE (question_id, position)
);

-- No name, contact, IP address, user agent or time of day: the day is the finest time kept.
CREATE TABLE responses (
    id TEXT PRIMARY KEY NOT NULL,
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    format TEXT NOT NULL CHECK (format IN ('standard', 'easy_read')),
    submitted_on DATE,
    channel TEXT
);
CREATE INDEX responses_by_survey ON responses (survey_id, submitted_on);

-- One row per chosen option; free text has an empty option_value.
CREATE TABLE answers (
    response_id TEXT NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    option_value TEXT NOT NULL,
    text_value TEXT,
    PRIMARY KEY (response_id, question_id, option_value)
);
CREATE INDEX answers_by_question ON answers (question_id, option_value);

-- A survey in progress. Deleted in the same transaction that stores the response,
-- so nothing links a draft to the response it became.
CREATE TABLE drafts (
    id TEXT PRIMARY KEY NOT NULL,
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    session_hash TEXT NOT NULL UNIQUE,
    resume_code_hash TEXT UNIQUE,
    format TEXT NOT NULL CHECK (format IN ('standard', 'easy_read')),
    channel TEXT,
    answers TEXT NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX drafts_by_expiry ON drafts (expires_at);

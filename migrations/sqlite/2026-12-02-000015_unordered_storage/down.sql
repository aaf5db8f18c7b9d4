-- Back to rowid tables (arrival order on disk).
CREATE TABLE responses_keyed (
    id TEXT PRIMARY KEY NOT NULL,
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    format TEXT NOT NULL CHECK (format IN ('standard', 'easy_read')),
    submitted_on DATE,
    channel TEXT
);
INSERT INTO responses_keyed (id, survey_id, format, submitted_on, channel)
    SELECT id, survey_id, format, submitted_on, channel FROM responses;

CREATE TABLE answers_keyed (
    response_id TEXT NOT NULL REFERENCES responses_keyed (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    option_value TEXT NOT NULL,
    text_value TEXT,
    PRIMARY KEY (response_id, question_id, option_value)
);
INSERT INTO answers_keyed (response_id, question_id, option_value, text_value)
    SELECT response_id, question_id, option_value, text_value FROM answers;

CREATE TABLE quotes_keyed (
    id TEXT PRIMARY KEY NOT NULL,
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    response_id TEXT NOT NULL REFERENCES responses_keyed (id) ON DELETE CASCADE,
    consent BOOLEAN NOT NULL,
    concern TEXT,
    status TEXT NOT NULL CHECK (status IN ('waiting', 'second_approval', 'published', 'analysis_only',
                                           'rejected', 'flagged')),
    redactions TEXT NOT NULL,
    theme TEXT,
    reject_reason TEXT CHECK (reject_reason IN ('identifying', 'not_relevant', 'hurtful', 'unclear',
                                                'duplicate')),
    first_approver_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    second_approver_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    published_text TEXT,
    decided_at TIMESTAMP,
    identifier_override TEXT,
    UNIQUE (response_id, question_id)
);
INSERT INTO quotes_keyed
    SELECT id, survey_id, question_id, response_id, consent, concern, status, redactions, theme,
           reject_reason, first_approver_id, second_approver_id, published_text, decided_at,
           identifier_override
    FROM quotes;

CREATE TABLE safeguarding_flags_keyed (
    quote_id TEXT PRIMARY KEY NOT NULL REFERENCES quotes_keyed (id) ON DELETE CASCADE,
    flagged_by_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    flagged_at TIMESTAMP NOT NULL,
    handled_by_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    handled_at TIMESTAMP
);
INSERT INTO safeguarding_flags_keyed
    SELECT quote_id, flagged_by_id, flagged_at, handled_by_id, handled_at FROM safeguarding_flags;

-- Children first, so no cascade reaches rows that were copied.
DROP TABLE safeguarding_flags;
DROP TABLE quotes;
DROP TABLE answers;
DROP TABLE responses;
ALTER TABLE responses_keyed RENAME TO responses;
ALTER TABLE answers_keyed RENAME TO answers;
ALTER TABLE quotes_keyed RENAME TO quotes;
ALTER TABLE safeguarding_flags_keyed RENAME TO safeguarding_flags;
CREATE INDEX responses_by_survey ON responses (survey_id, submitted_on);
CREATE INDEX answers_by_question ON answers (question_id, option_value);
CREATE INDEX answers_by_question_and_response ON answers (question_id, response_id);
CREATE INDEX quotes_by_survey_and_status ON quotes (survey_id, status);

-- Quote moderation. One row per free-text answer, made in the same transaction as its response.
-- The row never shows moderators which response it came from; response_id is kept only so that
-- replacing a wave's responses removes its quotes, and for the age band of a published quote.
CREATE TABLE quotes (
    id TEXT PRIMARY KEY NOT NULL,
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    response_id TEXT NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    consent BOOLEAN NOT NULL,
    -- The safeguarding phrase the text matched, if any: such answers come first in the queue.
    concern TEXT,
    status TEXT NOT NULL CHECK (status IN ('waiting', 'second_approval', 'published', 'analysis_only',
                                           'rejected', 'flagged')),
    -- Redactions as JSON: [{"start":0,"end":5,"mark":"name"}], character offsets into the answer.
    redactions TEXT NOT NULL,
    theme TEXT,
    reject_reason TEXT CHECK (reject_reason IN ('identifying', 'not_relevant', 'hurtful', 'unclear',
                                                'duplicate')),
    first_approver_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    second_approver_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    -- The redacted words as published; the original stays in answers for the audit trail only.
    published_text TEXT,
    decided_at TIMESTAMP,
    UNIQUE (response_id, question_id)
);
CREATE INDEX quotes_by_survey_and_status ON quotes (survey_id, status);

-- A moderator's worry about an answer, sent to the safeguarding lead, until the lead has dealt with it.
CREATE TABLE safeguarding_flags (
    quote_id TEXT PRIMARY KEY NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    flagged_by_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    flagged_at TIMESTAMP NOT NULL,
    handled_by_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    handled_at TIMESTAMP
);

-- Which waves each moderator (VOXY rep) may moderate. Analysts and admins may moderate every wave.
CREATE TABLE moderation_assignments (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, survey_id)
);

-- Lists the team edits: phrases that put an answer at the top of the queue, local schools and
-- places that redaction suggests hiding, and the themes quotes are tagged with.
CREATE TABLE safeguarding_phrases (
    phrase TEXT PRIMARY KEY NOT NULL
);
CREATE TABLE local_names (
    name TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('school', 'place'))
);
CREATE TABLE quote_themes (
    label TEXT PRIMARY KEY NOT NULL
);

-- The days a "quotes are waiting" digest went out, so several servers send it once.
CREATE TABLE moderation_digests (
    sent_on DATE PRIMARY KEY NOT NULL
);

INSERT INTO safeguarding_phrases (phrase) VALUES
    ('not safe'), ('unsafe'), ('hurt myself'), ('hurting myself'), ('self harm'), ('self-harm'),
    ('kill myself'), ('suicide'), ('suicidal'), ('want to die'), ('end my life'), ('abuse'),
    ('abused'), ('hits me'), ('hit me'), ('touched me'), ('scared to go home'),
    ('nobody to tell'), ('no one to tell'), ('do not know who to tell'), ('don''t know who to tell'),
    ('being bullied'), ('groomed'), ('starving'), ('not eating'), ('run away');

INSERT INTO local_names (name, kind) VALUES
    ('Banbury Academy', 'school'), ('Cherwell School', 'school'), ('Cheney School', 'school'),
    ('Matthew Arnold School', 'school'), ('The Henley College', 'school'),
    ('Abingdon', 'place'), ('Banbury', 'place'), ('Bicester', 'place'), ('Blackbird Leys', 'place'),
    ('Didcot', 'place'), ('Henley', 'place'), ('Kidlington', 'place'), ('Thame', 'place'),
    ('Wallingford', 'place'), ('Wantage', 'place'), ('Witney', 'place'), ('Carterton', 'place');

-- The working group's actions register. Each action answers what young people said in one wave,
-- in words for the Board and in Easy Read, for the measures it serves; a group owns it and is
-- emailed when it falls overdue. Every status change is kept, so a Board update can say what
-- changed since the last one. The "you said, we did" pairs the team wrote as report text move
-- here as done actions of an "Engagement team" group.
CREATE TABLE action_owners (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    -- Who is emailed about the group's overdue actions; without one they are listed for the Board only.
    contact_email TEXT,
    added_at TIMESTAMP NOT NULL
);

CREATE TABLE tracked_actions (
    id TEXT PRIMARY KEY NOT NULL,
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    you_said TEXT NOT NULL,
    you_said_easy_read TEXT NOT NULL,
    we_do TEXT NOT NULL,
    we_do_easy_read TEXT NOT NULL,
    owner_id TEXT NOT NULL REFERENCES action_owners (id),
    due_on DATE NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('planned', 'doing', 'done', 'dropped')),
    status_note TEXT NOT NULL,
    status_changed_at TIMESTAMP NOT NULL,
    -- The due date the owner was last emailed about, so a reminder goes once per due date.
    overdue_reminded_for DATE,
    added_at TIMESTAMP NOT NULL
);
CREATE INDEX tracked_actions_by_survey ON tracked_actions (survey_id);
CREATE INDEX tracked_actions_by_owner ON tracked_actions (owner_id);

CREATE TABLE tracked_action_measures (
    action_id TEXT NOT NULL REFERENCES tracked_actions (id) ON DELETE CASCADE,
    plan_item INTEGER NOT NULL,
    PRIMARY KEY (action_id, plan_item)
);

CREATE TABLE action_status_changes (
    id TEXT PRIMARY KEY NOT NULL,
    action_id TEXT NOT NULL REFERENCES tracked_actions (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('planned', 'doing', 'done', 'dropped')),
    note TEXT NOT NULL,
    changed_at TIMESTAMP NOT NULL
);
CREATE INDEX action_status_changes_by_action ON action_status_changes (action_id, changed_at);

-- When a programme's Board update went to the Board, so the next one says what changed since.
CREATE TABLE board_updates (
    id TEXT PRIMARY KEY NOT NULL,
    programme_id TEXT NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    sent_at TIMESTAMP NOT NULL,
    recipients INTEGER NOT NULL CHECK (recipients >= 0)
);
CREATE INDEX board_updates_by_programme ON board_updates (programme_id, sent_at);

INSERT INTO action_owners (id, name, contact_email, added_at)
SELECT '00000000-0000-4000-8000-000000000001', 'Engagement team', NULL, CURRENT_TIMESTAMP
WHERE EXISTS (SELECT 1 FROM report_texts, json_each(report_texts.actions));

-- Each pair keeps its place through its time: the first written is the earliest.
INSERT INTO tracked_actions (id, survey_id, you_said, you_said_easy_read, we_do, we_do_easy_read,
                             owner_id, due_on, status, status_note, status_changed_at,
                             overdue_reminded_for, added_at)
SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
           || substr(lower(hex(randomblob(2))), 2) || '-'
           || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)
           || '-' || lower(hex(randomblob(6))),
       texts.survey_id,
       json_extract(pair.value, '$.you_said'),
       json_extract(pair.value, '$.you_said'),
       json_extract(pair.value, '$.we_did'),
       json_extract(pair.value, '$.we_did'),
       '00000000-0000-4000-8000-000000000001',
       date(texts.updated_at),
       'done',
       '',
       strftime('%Y-%m-%d %H:%M:%f', texts.updated_at, '+' || pair.key || ' seconds'),
       NULL,
       strftime('%Y-%m-%d %H:%M:%f', texts.updated_at, '+' || pair.key || ' seconds')
FROM report_texts AS texts, json_each(texts.actions) AS pair;

INSERT INTO action_status_changes (id, action_id, status, note, changed_at)
SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
           || substr(lower(hex(randomblob(2))), 2) || '-'
           || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)
           || '-' || lower(hex(randomblob(6))),
       id, status, status_note, status_changed_at
FROM tracked_actions;

ALTER TABLE report_texts DROP COLUMN actions;

-- Programmes: each wave belongs to one (Be Supported, Be Healthy, Be Safe, Be Successful, or one
-- the team starts), and is compared year on year only with its own programme's waves. Every wave
-- before this was Be Supported, with the four measures the reports used to have written in code.
CREATE TABLE programmes (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- A measure: a plan item and the question whose positive answers make its share.
CREATE TABLE programme_measures (
    programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    plan_item INTEGER NOT NULL,
    title TEXT NOT NULL,
    short_name TEXT NOT NULL,
    people_phrase TEXT NOT NULL,
    easy_read_phrase TEXT NOT NULL,
    question_key TEXT NOT NULL,
    PRIMARY KEY (programme_id, plan_item)
);

INSERT INTO programmes (id, slug, name, created_at)
    VALUES ('5be50991-a7c3-4d13-8016-be5099021316', 'be-supported', 'Be Supported', CURRENT_TIMESTAMP);
INSERT INTO programme_measures (programme_id, plan_item, title, short_name, people_phrase, easy_read_phrase, question_key) VALUES
    ('5be50991-a7c3-4d13-8016-be5099021316', 13, 'Know who to talk to, be listened to and believed', 'Know who to talk to',
     'know who to talk to when they need support', 'know who to talk to when they need help', 'know_who_to_speak_to'),
    ('5be50991-a7c3-4d13-8016-be5099021316', 14, 'Get information in a way that suits you', 'Information suits me',
     'can get information in a way that suits them', 'can find things out in a way that is good for them', 'information_suits_me'),
    ('5be50991-a7c3-4d13-8016-be5099021316', 15, 'Have inspiring role models', 'Role models',
     'have inspiring role models', 'have someone they look up to', 'have_role_models'),
    ('5be50991-a7c3-4d13-8016-be5099021316', 16, 'Talk to staff who are experienced and caring', 'Caring staff',
     'say the staff they talk to are experienced and caring', 'say staff know how to help them and care about them', 'staff_experienced_caring');

ALTER TABLE surveys ADD COLUMN programme_id TEXT REFERENCES programmes(id);
UPDATE surveys SET programme_id = '5be50991-a7c3-4d13-8016-be5099021316';
ALTER TABLE surveys ALTER COLUMN programme_id SET NOT NULL;
CREATE INDEX surveys_by_programme ON surveys (programme_id, year);

-- Questions were filed only under Be Supported's plan items (13 to 16); now under any programme's.
ALTER TABLE questions DROP CONSTRAINT questions_plan_item_check;
ALTER TABLE questions ADD CONSTRAINT questions_plan_item_check CHECK (plan_item BETWEEN 1 AND 99);

-- Back to "you said, we did" pairs in each wave's report text, in the order they were added;
-- a wave with actions but no report text yet gets an empty one to hold them. What the register
-- alone knows (owners, dates, statuses, Easy Read words, measures, Board updates) is forgotten.
ALTER TABLE report_texts ADD COLUMN actions TEXT NOT NULL DEFAULT '[]';
INSERT INTO report_texts (survey_id, what_happens_next, easy_read_next, actions, updated_at)
SELECT DISTINCT survey_id, '', '', '[]', CURRENT_TIMESTAMP FROM tracked_actions
WHERE survey_id NOT IN (SELECT survey_id FROM report_texts);
UPDATE report_texts SET actions = (
    SELECT json_group_array(json_object('you_said', ordered.you_said, 'we_did', ordered.we_do))
    FROM (SELECT you_said, we_do FROM tracked_actions
          WHERE tracked_actions.survey_id = report_texts.survey_id
          ORDER BY added_at, id) AS ordered
)
WHERE survey_id IN (SELECT survey_id FROM tracked_actions);
DROP TABLE board_updates;
DROP TABLE action_status_changes;
DROP TABLE tracked_action_measures;
DROP TABLE tracked_actions;
DROP TABLE action_owners;

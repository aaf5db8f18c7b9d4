-- An answer such as "Nobody" cannot be chosen together with any other: the form says so, and the
-- server and imports refuse a mix. Waves made from the Be Supported template get it for the two
-- answers the template marks ("Nobody" where young people go for support, "I do not have one yet"
-- for role models); answers already stored are left as they are.
ALTER TABLE answer_options ADD COLUMN excludes_others BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE answer_options SET excludes_others = TRUE
WHERE (value = 'nobody' AND question_id IN (SELECT id FROM questions WHERE question_key = 'where_go_for_support'))
   OR (value = 'none_yet' AND question_id IN (SELECT id FROM questions WHERE question_key = 'who_role_models'));

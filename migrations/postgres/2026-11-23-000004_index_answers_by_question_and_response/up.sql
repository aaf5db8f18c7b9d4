-- Lets "how many answered" be counted from the index alone (COUNT(DISTINCT response_id) per
-- question), which keeps a 100,000-response wave's results well under a second.
CREATE INDEX answers_by_question_and_response ON answers (question_id, response_id);

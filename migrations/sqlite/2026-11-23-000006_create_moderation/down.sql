DROP TABLE moderation_digests;
DROP TABLE quote_themes;
DROP TABLE local_names;
DROP TABLE safeguarding_phrases;
DROP TABLE moderation_assignments;
DROP TABLE safeguarding_flags;
DROP TABLE quotes;

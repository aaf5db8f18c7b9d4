-- The language a report was published in. The Easy Read report can be published in each language
-- the wave is written in; each language's versions count up on their own. Earlier reports are
-- English.
ALTER TABLE published_reports ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE published_reports DROP CONSTRAINT published_reports_survey_id_kind_version_key;
ALTER TABLE published_reports
    ADD CONSTRAINT published_reports_one_version UNIQUE (survey_id, kind, language, version);

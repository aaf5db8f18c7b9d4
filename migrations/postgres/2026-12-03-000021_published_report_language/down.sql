-- Reports published in other languages are forgotten: before this migration only English existed.
DELETE FROM published_reports WHERE language <> 'en';
ALTER TABLE published_reports DROP CONSTRAINT published_reports_one_version;
ALTER TABLE published_reports
    ADD CONSTRAINT published_reports_survey_id_kind_version_key UNIQUE (survey_id, kind, version);
ALTER TABLE published_reports DROP COLUMN language;

ALTER TABLE published_reports DROP COLUMN counts_digest;

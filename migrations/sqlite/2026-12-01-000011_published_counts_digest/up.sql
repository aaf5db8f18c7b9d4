-- The digest of the counts a published version was made from: a later version of the same wave
-- whose counts differ is refused, so two versions cannot be compared to single out a response.
ALTER TABLE published_reports ADD COLUMN counts_digest TEXT NOT NULL DEFAULT '';

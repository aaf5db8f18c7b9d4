ALTER TABLE responses DROP COLUMN language;
ALTER TABLE drafts DROP COLUMN language;

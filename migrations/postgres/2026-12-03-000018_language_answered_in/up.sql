-- The language a young person answered in, kept like their format: one of a few tags shared by
-- many, never tied to who they are. Everything before this was answered in English.
ALTER TABLE drafts ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE responses ADD COLUMN language TEXT NOT NULL DEFAULT 'en';

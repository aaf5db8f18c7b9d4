-- The language a report was published in. The Easy Read report can be published in each language
-- the wave is written in; each language's versions count up on their own. Earlier reports are
-- English. SQLite cannot change a table's UNIQUE constraint, so the table is rebuilt.
CREATE TABLE published_reports_by_language (
    id TEXT PRIMARY KEY NOT NULL,
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('summary', 'full', 'easy-read')),
    version INTEGER NOT NULL CHECK (version >= 1),
    year INTEGER NOT NULL,
    title TEXT NOT NULL,
    published_at TIMESTAMP NOT NULL,
    document TEXT NOT NULL,
    counts_digest TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    UNIQUE (survey_id, kind, language, version)
);
INSERT INTO published_reports_by_language
    (id, survey_id, kind, version, year, title, published_at, document, counts_digest, language)
SELECT id, survey_id, kind, version, year, title, published_at, document, counts_digest, 'en'
FROM published_reports;
DROP TABLE published_reports;
ALTER TABLE published_reports_by_language RENAME TO published_reports;
CREATE INDEX published_reports_by_year ON published_reports (year, kind);

-- Reports published in other languages are forgotten: before this migration only English existed.
CREATE TABLE published_reports_english (
    id TEXT PRIMARY KEY NOT NULL,
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('summary', 'full', 'easy-read')),
    version INTEGER NOT NULL CHECK (version >= 1),
    year INTEGER NOT NULL,
    title TEXT NOT NULL,
    published_at TIMESTAMP NOT NULL,
    document TEXT NOT NULL,
    counts_digest TEXT NOT NULL DEFAULT '',
    UNIQUE (survey_id, kind, version)
);
INSERT INTO published_reports_english
    (id, survey_id, kind, version, year, title, published_at, document, counts_digest)
SELECT id, survey_id, kind, version, year, title, published_at, document, counts_digest
FROM published_reports WHERE language = 'en';
DROP TABLE published_reports;
ALTER TABLE published_reports_english RENAME TO published_reports;
CREATE INDEX published_reports_by_year ON published_reports (year, kind);

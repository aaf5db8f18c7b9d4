-- What the team writes for a wave's reports: "what happens next" for the Board and in Easy Read,
-- and the "you said, we did" actions (a JSON list of pairs).
CREATE TABLE report_texts (
    survey_id TEXT PRIMARY KEY NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    what_happens_next TEXT NOT NULL,
    easy_read_next TEXT NOT NULL,
    actions TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- A report as published: the whole document (numbers, charts, quotes and text) frozen as JSON, so
-- later edits or imports never change what the Board read. Versions count up per wave and kind.
CREATE TABLE published_reports (
    id TEXT PRIMARY KEY NOT NULL,
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('summary', 'full', 'easy-read')),
    version INTEGER NOT NULL CHECK (version >= 1),
    year INTEGER NOT NULL,
    title TEXT NOT NULL,
    published_at TIMESTAMP NOT NULL,
    document TEXT NOT NULL,
    UNIQUE (survey_id, kind, version)
);
CREATE INDEX published_reports_by_year ON published_reports (year, kind);

-- A file uploaded on the Data page, held between its preview and the moment the uploader
-- confirms it (or cancels, or a day passes). Only the uploader can see or commit it.
CREATE TABLE pending_imports (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('responses', 'totals')),
    file_name TEXT NOT NULL,
    contents BLOB NOT NULL,
    uploaded_at TIMESTAMP NOT NULL
);
CREATE INDEX pending_imports_by_upload_time ON pending_imports (uploaded_at);

-- Symbols a council adds to the built-in set (for example from a symbol set it licenses), each
-- with its alt text and licence like the built-in ones.
CREATE TABLE uploaded_symbols (
    name TEXT PRIMARY KEY NOT NULL,
    alt TEXT NOT NULL,
    licence TEXT NOT NULL,
    content_type TEXT NOT NULL CHECK (content_type IN ('image/png', 'image/svg+xml')),
    contents BYTEA NOT NULL,
    uploaded_at TIMESTAMP NOT NULL
);

DROP TABLE sign_in_throttle;
CREATE TABLE sign_in_throttle (
    email_hash TEXT PRIMARY KEY NOT NULL,
    consecutive_failures INTEGER NOT NULL,
    locked_until TIMESTAMP
);

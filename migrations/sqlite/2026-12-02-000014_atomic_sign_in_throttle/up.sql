-- Sign-in attempts are counted before the password is checked, in one statement, so guesses made
-- in parallel cannot slip past the limit; the count starts again after a quiet quarter hour, and
-- rows quiet for a day are swept away, so typed addresses are not kept forever.
DROP TABLE sign_in_throttle;
CREATE TABLE sign_in_throttle (
    email_hash TEXT PRIMARY KEY NOT NULL,
    attempts INTEGER NOT NULL,
    locked_until TIMESTAMP,
    last_attempt_at TIMESTAMP NOT NULL
);
CREATE INDEX sign_in_throttle_by_last_attempt ON sign_in_throttle (last_attempt_at);

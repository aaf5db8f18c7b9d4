-- Resume codes are now four words and a four-digit number, stored as an HMAC under the server's
-- key. The old three-word codes were stored as a plain SHA-256, which anyone holding the database
-- could reverse by trying every code; they are forgotten here. Their drafts stay with the browser
-- that saved them, until they expire.
UPDATE drafts SET resume_code_hash = NULL;

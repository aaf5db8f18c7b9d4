DROP TABLE audit_log;
DROP TABLE sign_in_throttle;
DROP TABLE one_time_tokens;
DROP TABLE staff_sessions;
DROP TABLE users;

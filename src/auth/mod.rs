//! Staff authentication and authorisation: argon2 passwords, database sessions, access rules,
//! the account operations (sign in, invitations, resets, roles), and limits on guessing (staff
//! passwords and young people's resume codes).

pub mod access;
pub mod attempt_limiter;
pub mod password;
pub mod password_work;
pub mod staff_session;

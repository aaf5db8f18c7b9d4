//! Staff authentication and authorisation: argon2 passwords, database sessions, access rules,
//! and the account operations (sign in, invitations, resets, roles).

pub mod access;
pub mod accounts;
pub mod password;
pub mod staff_session;

//! Signing staff in and out: the throttle, the session and the audit entry together.

use chrono::NaiveDateTime;
use diesel::Connection;

use super::AccountError;
use crate::db::{audit_log, sign_in_throttle, staff_sessions, users};
use crate::domain::audit::AuditAction;
use crate::domain::ids::UserId;
use crate::domain::staff::{AccountStatus, EmailAddress, StaffUser};
use crate::domain::tokens::{Secret, SecretHash};
use crate::state::AppState;

/// Throttling is keyed by what was typed, hashed, so unknown addresses behave like known ones.
fn throttle_key(typed_email: &str) -> SecretHash {
    SecretHash::of(&format!("sign-in:{}", typed_email.trim().to_lowercase()))
}

pub enum SignInOutcome {
    SignedIn { user: StaffUser, session: Secret },
    WrongDetails,
    Locked { until: NaiveDateTime },
}

pub async fn sign_in(
    state: &AppState,
    typed_email: String,
    typed_password: String,
) -> Result<SignInOutcome, AccountError> {
    let clock = state.settings.clock;
    let key = throttle_key(&typed_email);
    let email = EmailAddress::parse(&typed_email).ok();
    let counted = key.clone();
    let (reserved, found) = state
        .db(move |connection| {
            let now = clock.now();
            let reserved = sign_in_throttle::reserve_attempt(connection, &counted, now)?;
            let found = match (&reserved, &email) {
                (sign_in_throttle::Reserved::Check { .. }, Some(email)) => {
                    users::find_for_sign_in(connection, email)?
                }
                _ => None,
            };
            Ok((reserved, found))
        })
        .await?;
    let attempt = match reserved {
        sign_in_throttle::Reserved::Locked { until } => return Ok(SignInOutcome::Locked { until }),
        sign_in_throttle::Reserved::Check { attempt } => attempt,
    };
    let (user, hash) = match found {
        Some((user, hash)) if user.status == AccountStatus::Active => (Some(user), hash),
        Some((user, _)) => (Some(user), None),
        None => (None, None),
    };
    // No database connection is held while argon2 works.
    let verified = state.password_work.verify(hash, typed_password).await?;
    state
        .run(move |connection| {
            let now = clock.now();
            match (verified, user) {
                (true, Some(user)) => connection.transaction(|connection| {
                    sign_in_throttle::clear(connection, &key, now)?;
                    let session = Secret::generate();
                    staff_sessions::create(connection, &session.hash(), user.id, now)?;
                    audit_log::record(connection, Some(user.id), AuditAction::SignedIn, "", now)?;
                    Ok(SignInOutcome::SignedIn { user, session })
                }),
                (_, user) => connection.transaction(|connection| {
                    sign_in_throttle::record_failure(connection, &key, attempt, now)?;
                    let shown = EmailAddress::parse(&typed_email)
                        .map(|email| email.masked())
                        .unwrap_or_else(|_| "an address that is not valid".into());
                    audit_log::record(
                        connection,
                        user.map(|user| user.id),
                        AuditAction::SignInFailed,
                        &format!("as {shown}"),
                        now,
                    )?;
                    Ok(SignInOutcome::WrongDetails)
                }),
            }
        })
        .await
}

/// Ends this session; a session that is already gone is fine.
pub async fn sign_out(
    state: &AppState,
    user: Option<UserId>,
    session: Option<Secret>,
) -> Result<(), AccountError> {
    let clock = state.settings.clock;
    state
        .run(move |connection| {
            connection.transaction(|connection| {
                if let Some(session) = session {
                    staff_sessions::delete(connection, &session.hash())?;
                }
                if let Some(user) = user {
                    audit_log::record(
                        connection,
                        Some(user),
                        AuditAction::SignedOut,
                        "",
                        clock.now(),
                    )?;
                }
                Ok(())
            })
        })
        .await
}

pub async fn sign_out_everywhere(state: &AppState, user: UserId) -> Result<usize, AccountError> {
    let clock = state.settings.clock;
    state
        .run(move |connection| {
            connection.transaction(|connection| {
                let ended = staff_sessions::delete_all_for(connection, user)?;
                audit_log::record(
                    connection,
                    Some(user),
                    AuditAction::SignedOutEverywhere,
                    &format!("{ended} sessions ended"),
                    clock.now(),
                )?;
                Ok(ended)
            })
        })
        .await
}

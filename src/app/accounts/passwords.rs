//! Passwords set from a link: accepting an invitation, and resetting a forgotten password.

use diesel::Connection;

use super::{AccountError, AccountOutcome, FieldProblem};
use crate::db::{audit_log, one_time_tokens, staff_sessions, users};
use crate::domain::audit::AuditAction;
use crate::domain::staff::{AccountStatus, EmailAddress, NewPassword, TokenPurpose};
use crate::domain::tokens::Secret;
use crate::email::messages::PasswordReset;
use crate::state::AppState;

/// Sets the password of an invited account, or of one whose reset link this is.
pub async fn set_password_with_link(
    state: &AppState,
    token: Secret,
    purpose: TokenPurpose,
    typed_password: &str,
    confirmation: &str,
) -> Result<AccountOutcome<()>, AccountError> {
    let clock = state.settings.clock;
    let password = match NewPassword::parse(typed_password, confirmation) {
        Ok(password) => password,
        Err(problem) => {
            return Ok(AccountOutcome::Fix(vec![FieldProblem::new(
                "password",
                problem.message_id(),
            )]));
        }
    };
    let hash = state.password_work.hash(password).await?;
    state
        .run(move |connection| {
            let now = clock.now();
            connection.transaction(|connection| {
                let Some(Some(user)) =
                    one_time_tokens::find_valid(connection, &token.hash(), purpose, now)?
                else {
                    return Ok(AccountOutcome::LinkNotValid);
                };
                let Some(account) = users::find(connection, user)? else {
                    return Ok(AccountOutcome::LinkNotValid);
                };
                if account.status == AccountStatus::Disabled
                    || !one_time_tokens::consume(connection, &token.hash(), purpose, now)?
                {
                    return Ok(AccountOutcome::LinkNotValid);
                }
                users::set_password(connection, user, &hash, None)?;
                // A new password ends every session that used the old one.
                staff_sessions::delete_all_for(connection, user)?;
                let action = match purpose {
                    TokenPurpose::Invitation => AuditAction::InvitationAccepted,
                    _ => AuditAction::PasswordReset,
                };
                audit_log::record(connection, Some(user), action, "", now)?;
                Ok(AccountOutcome::Done(()))
            })
        })
        .await
}

/// Reset emails one account may be sent in an hour; more requests are quietly ignored.
const RESETS_PER_ACCOUNT_PER_HOUR: i64 = 3;

/// Emails a reset link if the address has an active account; says nothing either way. The work
/// is done after the response has gone, so known and unknown addresses are answered alike and in
/// the same time.
pub fn request_password_reset(state: &AppState, typed_email: &str) {
    let Ok(email) = EmailAddress::parse(typed_email) else {
        return;
    };
    let state = state.clone();
    actix_web::rt::spawn(async move {
        if let Err(error) = send_password_reset(&state, email).await {
            tracing::error!(%error, "a password reset email could not be sent");
        }
    });
}

async fn send_password_reset(state: &AppState, email: EmailAddress) -> Result<(), AccountError> {
    let clock = state.settings.clock;
    let secret = Secret::generate();
    let token = secret.hash();
    let lookup = email.clone();
    let user = state
        .db(move |connection| {
            let now = clock.now();
            let Some(user) = users::find_by_email(connection, &lookup)? else {
                return Ok(None);
            };
            let recent = audit_log::count_since(
                connection,
                user.id,
                AuditAction::PasswordResetRequested,
                now - chrono::Duration::hours(1),
            )?;
            if user.status != AccountStatus::Active || recent >= RESETS_PER_ACCOUNT_PER_HOUR {
                return Ok(None);
            }
            connection.transaction(|connection| {
                one_time_tokens::withdraw_unused(
                    connection,
                    TokenPurpose::PasswordReset,
                    Some(user.id),
                )?;
                one_time_tokens::create(
                    connection,
                    &token,
                    TokenPurpose::PasswordReset,
                    Some(user.id),
                    now,
                )?;
                audit_log::record(
                    connection,
                    Some(user.id),
                    AuditAction::PasswordResetRequested,
                    "",
                    now,
                )?;
                Ok(Some(user))
            })
        })
        .await?;
    if user.is_some() {
        let link = format!(
            "{}/staff/password-reset/{}",
            state.settings.base_url,
            secret.expose()
        );
        let message = PasswordReset {
            to: &email,
            link: &link,
        }
        .render();
        state
            .mailer
            .send(message)
            .await
            .map_err(|error| AccountError::Mail(error.to_string()))?;
    }
    Ok(())
}

//! Bringing people in: the first admin's link and account, invitations, and whether a link is
//! still good.

use chrono::NaiveDateTime;
use diesel::Connection;

use super::{AccountError, AccountForm, AccountOutcome, FieldProblem};
use crate::db::{AnyConnection, DbError, audit_log, one_time_tokens, staff_sessions, users};
use crate::domain::audit::AuditAction;
use crate::domain::staff::{
    AccountStatus, EmailAddress, NewPassword, Role, StaffUser, TokenPurpose,
};
use crate::domain::tokens::Secret;
use crate::email::messages::Invitation;
use crate::state::AppState;

/// When no active admin exists, a fresh single-use link to create one (earlier links withdrawn).
pub fn first_admin_link(
    connection: &mut AnyConnection,
    base_url: &str,
    now: NaiveDateTime,
) -> Result<Option<String>, DbError> {
    if users::count_active_admins(connection)? > 0 {
        return Ok(None);
    }
    let secret = Secret::generate();
    connection.transaction(|connection| {
        one_time_tokens::withdraw_unused(connection, TokenPurpose::FirstAdmin, None)?;
        one_time_tokens::create(
            connection,
            &secret.hash(),
            TokenPurpose::FirstAdmin,
            None,
            now,
        )
    })?;
    Ok(Some(format!("{base_url}/staff/setup/{}", secret.expose())))
}

/// Creates the first admin and signs them in: the new session comes back with the account.
pub async fn set_up_first_admin(
    state: &AppState,
    token: Secret,
    form: AccountForm,
) -> Result<AccountOutcome<(StaffUser, Secret)>, AccountError> {
    let clock = state.settings.clock;
    let email = EmailAddress::parse(&form.email);
    let name = form.display_name.trim().to_owned();
    let password = NewPassword::parse(&form.password, &form.confirmation);
    let mut problems = Vec::new();
    if email.is_err() {
        problems.push(FieldProblem::new("email", "staff-problem-email"));
    }
    if name.is_empty() {
        problems.push(FieldProblem::new("display_name", "staff-problem-your-name"));
    }
    if let Err(problem) = &password {
        problems.push(FieldProblem::new("password", problem.message_id()));
    }
    let (Ok(email), Ok(password), true) = (email, password, problems.is_empty()) else {
        return Ok(AccountOutcome::Fix(problems));
    };
    let hash = state.password_work.hash(password).await?;
    state
        .run(move |connection| {
            let now = clock.now();
            connection.transaction(|connection| {
                if !one_time_tokens::consume(
                    connection,
                    &token.hash(),
                    TokenPurpose::FirstAdmin,
                    now,
                )? || users::count_active_admins(connection)? > 0
                {
                    return Ok(AccountOutcome::LinkNotValid);
                }
                let user = users::insert(
                    connection,
                    users::NewUser {
                        email: &email,
                        display_name: &name,
                        role: Role::Admin,
                        status: AccountStatus::Active,
                        password_hash: Some(hash),
                        now,
                    },
                )?;
                audit_log::record(
                    connection,
                    Some(user.id),
                    AuditAction::FirstAdminCreated,
                    &email.masked(),
                    now,
                )?;
                let session = Secret::generate();
                staff_sessions::create(connection, &session.hash(), user.id, now)?;
                audit_log::record(connection, Some(user.id), AuditAction::SignedIn, "", now)?;
                Ok(AccountOutcome::Done((user, session)))
            })
        })
        .await
}

/// Whether a link is still good, for showing its form.
pub async fn link_is_valid(
    state: &AppState,
    token: Secret,
    purpose: TokenPurpose,
) -> Result<bool, AccountError> {
    let clock = state.settings.clock;
    state
        .run(move |connection| {
            Ok(
                one_time_tokens::find_valid(connection, &token.hash(), purpose, clock.now())?
                    .is_some(),
            )
        })
        .await
}

/// Invites someone by email; `invited_by` is None from the command line. Returns the link. Every
/// problem with the form is reported at once, in the order the form asks.
pub async fn invite(
    state: &AppState,
    invited_by: Option<&StaffUser>,
    typed_email: &str,
    display_name: &str,
    role: Option<Role>,
) -> Result<AccountOutcome<String>, AccountError> {
    let clock = state.settings.clock;
    let name = display_name.trim().to_owned();
    let email = EmailAddress::parse(typed_email);
    let mut problems = Vec::new();
    if name.is_empty() {
        problems.push(FieldProblem::new(
            "display_name",
            "staff-problem-their-name",
        ));
    }
    if email.is_err() {
        problems.push(FieldProblem::new("email", "staff-problem-email"));
    }
    if role.is_none() {
        problems.push(FieldProblem::new("role", "staff-problem-role"));
    }
    let (Ok(email), Some(role), true) = (email, role, problems.is_empty()) else {
        return Ok(AccountOutcome::Fix(problems));
    };
    let actor = invited_by.map(|user| user.id);
    let secret = Secret::generate();
    let token = secret.hash();
    let stored_email = email.clone();
    let created = state
        .db(move |connection| {
            let now = clock.now();
            connection.transaction(|connection| {
                if users::find_by_email(connection, &stored_email)?.is_some() {
                    return Ok(None);
                }
                let user = users::insert(
                    connection,
                    users::NewUser {
                        email: &stored_email,
                        display_name: &name,
                        role,
                        status: AccountStatus::Invited,
                        password_hash: None,
                        now,
                    },
                )?;
                one_time_tokens::create(
                    connection,
                    &token,
                    TokenPurpose::Invitation,
                    Some(user.id),
                    now,
                )?;
                audit_log::record(
                    connection,
                    actor,
                    AuditAction::UserInvited,
                    &format!("{} as {role}", stored_email.masked()),
                    now,
                )?;
                Ok(Some(now + TokenPurpose::Invitation.lifetime()))
            })
        })
        .await?;
    let Some(expires_at) = created else {
        return Ok(AccountOutcome::Fix(vec![FieldProblem::new(
            "email",
            "staff-problem-email-taken",
        )]));
    };
    let link = format!(
        "{}/staff/invitation/{}",
        state.settings.base_url,
        secret.expose()
    );
    let inviter = invited_by.map_or("A youthvoice administrator", |user| {
        user.display_name.as_str()
    });
    let message = Invitation {
        to: &email,
        invited_by: inviter,
        role,
        link: &link,
        expires_at,
    }
    .render();
    state
        .mailer
        .send(message)
        .await
        .map_err(|error| AccountError::Mail(error.to_string()))?;
    Ok(AccountOutcome::Done(link))
}

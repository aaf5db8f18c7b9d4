//! What staff accounts can do: sign in and out, set up the first admin, invite, accept,
//! reset passwords, change roles, disable. Each operation writes its audit entry.

use chrono::NaiveDateTime;
use diesel::Connection;

use crate::db::{
    AnyConnection, DbError, audit_log, one_time_tokens, sign_in_throttle, staff_sessions, users,
};
use crate::domain::audit::AuditAction;
use crate::domain::ids::UserId;
use crate::domain::staff::{
    AccountStatus, EmailAddress, NewPassword, Role, StaffUser, TokenPurpose,
};
use crate::domain::tokens::{Secret, SecretHash};
use crate::email::messages::{Invitation, PasswordReset};
use crate::error::AppError;
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
) -> Result<SignInOutcome, AppError> {
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
        .db(move |connection| {
            let now = clock.now();
            match (verified, user) {
                (true, Some(user)) => connection.transaction(|connection| {
                    sign_in_throttle::clear(connection, &key, now)?;
                    let session = Secret::generate();
                    staff_sessions::create(connection, &session.hash(), user.id, now)?;
                    audit_log::record(connection, Some(user.id), AuditAction::SignedIn, "", now)?;
                    Ok(SignInOutcome::SignedIn { user, session })
                }),
                (_, user) => {
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
                }
            }
        })
        .await
}

/// Ends this session; a session that is already gone is fine.
pub async fn sign_out(
    state: &AppState,
    user: Option<UserId>,
    session: Option<Secret>,
) -> Result<(), AppError> {
    let clock = state.settings.clock;
    state
        .db(move |connection| {
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
        .await
}

pub async fn sign_out_everywhere(state: &AppState, user: UserId) -> Result<usize, AppError> {
    let clock = state.settings.clock;
    state
        .db(move |connection| {
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
        .await
}

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

/// A problem with what someone typed on an account form, shown next to the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: &'static str,
    pub message: String,
}

impl FieldProblem {
    fn new(field: &'static str, message: impl Into<String>) -> Self {
        FieldProblem {
            field,
            message: message.into(),
        }
    }
}

pub enum AccountOutcome<T> {
    Done(T),
    /// The form needs fixing.
    Fix(Vec<FieldProblem>),
    /// The link is unknown, used or expired.
    LinkNotValid,
}

/// What a new-account form says.
pub struct AccountForm {
    pub email: String,
    pub display_name: String,
    pub password: String,
    pub confirmation: String,
}

pub async fn set_up_first_admin(
    state: &AppState,
    token: Secret,
    form: AccountForm,
) -> Result<AccountOutcome<StaffUser>, AppError> {
    let clock = state.settings.clock;
    let email = EmailAddress::parse(&form.email);
    let name = form.display_name.trim().to_owned();
    let password = NewPassword::parse(&form.password, &form.confirmation);
    let mut problems = Vec::new();
    if email.is_err() {
        problems.push(FieldProblem::new(
            "email",
            "Enter an email address, like name@example.org",
        ));
    }
    if name.is_empty() {
        problems.push(FieldProblem::new("display_name", "Enter your name"));
    }
    if let Err(problem) = &password {
        problems.push(FieldProblem::new("password", problem.to_string()));
    }
    let (Ok(email), Ok(password), true) = (email, password, problems.is_empty()) else {
        return Ok(AccountOutcome::Fix(problems));
    };
    let hash = state.password_work.hash(password).await?;
    state
        .db(move |connection| {
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
                Ok(AccountOutcome::Done(user))
            })
        })
        .await
}

/// Whether a link is still good, for showing its form.
pub async fn link_is_valid(
    state: &AppState,
    token: Secret,
    purpose: TokenPurpose,
) -> Result<bool, AppError> {
    let clock = state.settings.clock;
    state
        .db(move |connection| {
            Ok(
                one_time_tokens::find_valid(connection, &token.hash(), purpose, clock.now())?
                    .is_some(),
            )
        })
        .await
}

/// Invites someone by email; `invited_by` is None from the command line. Returns the link.
pub async fn invite(
    state: &AppState,
    invited_by: Option<&StaffUser>,
    typed_email: &str,
    display_name: &str,
    role: Role,
) -> Result<AccountOutcome<String>, AppError> {
    let clock = state.settings.clock;
    let Ok(email) = EmailAddress::parse(typed_email) else {
        return Ok(AccountOutcome::Fix(vec![FieldProblem::new(
            "email",
            "Enter an email address, like name@example.org",
        )]));
    };
    let name = display_name.trim().to_owned();
    if name.is_empty() {
        return Ok(AccountOutcome::Fix(vec![FieldProblem::new(
            "display_name",
            "Enter their name",
        )]));
    }
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
            "Someone with this email address already has an account",
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
        .map_err(|error| AppError::Internal(error.to_string()))?;
    Ok(AccountOutcome::Done(link))
}

/// Sets the password of an invited account, or of one whose reset link this is.
pub async fn set_password_with_link(
    state: &AppState,
    token: Secret,
    purpose: TokenPurpose,
    typed_password: &str,
    confirmation: &str,
) -> Result<AccountOutcome<()>, AppError> {
    let clock = state.settings.clock;
    let password = match NewPassword::parse(typed_password, confirmation) {
        Ok(password) => password,
        Err(problem) => {
            return Ok(AccountOutcome::Fix(vec![FieldProblem::new(
                "password",
                problem.to_string(),
            )]));
        }
    };
    let hash = state.password_work.hash(password).await?;
    state
        .db(move |connection| {
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

async fn send_password_reset(state: &AppState, email: EmailAddress) -> Result<(), AppError> {
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
            .map_err(|error| AppError::Internal(error.to_string()))?;
    }
    Ok(())
}

/// Why an admin's change to an account was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChangeRefused {
    #[error("There must always be at least one active admin")]
    LastAdmin,
    #[error("You cannot disable your own account")]
    OwnAccount,
    #[error("That account does not exist")]
    NoSuchAccount,
}

pub enum AccountChange {
    Role(Role),
    Disable,
    Enable,
}

pub async fn change_account(
    state: &AppState,
    actor: &StaffUser,
    target: UserId,
    change: AccountChange,
) -> Result<Result<(), ChangeRefused>, AppError> {
    let clock = state.settings.clock;
    let actor = actor.id;
    state
        .db(move |connection| {
            connection.transaction(|connection| {
                let now = clock.now();
                let Some(account) = users::find(connection, target)? else {
                    return Ok(Err(ChangeRefused::NoSuchAccount));
                };
                let is_active_admin =
                    account.role == Role::Admin && account.status == AccountStatus::Active;
                let last_admin = is_active_admin && users::count_active_admins(connection)? <= 1;
                match change {
                    AccountChange::Role(role) => {
                        if last_admin && role != Role::Admin {
                            return Ok(Err(ChangeRefused::LastAdmin));
                        }
                        users::set_role(connection, target, role)?;
                        let detail =
                            format!("{}: {} to {role}", account.email.masked(), account.role);
                        audit_log::record(
                            connection,
                            Some(actor),
                            AuditAction::RoleChanged,
                            &detail,
                            now,
                        )?;
                    }
                    AccountChange::Disable => {
                        if target == actor {
                            return Ok(Err(ChangeRefused::OwnAccount));
                        }
                        if last_admin {
                            return Ok(Err(ChangeRefused::LastAdmin));
                        }
                        users::set_status(connection, target, AccountStatus::Disabled)?;
                        staff_sessions::delete_all_for(connection, target)?;
                        let detail = account.email.masked();
                        audit_log::record(
                            connection,
                            Some(actor),
                            AuditAction::AccountDisabled,
                            &detail,
                            now,
                        )?;
                    }
                    AccountChange::Enable => {
                        let has_password = users::find_for_sign_in(connection, &account.email)?
                            .is_some_and(|(_, hash)| hash.is_some());
                        let status = if has_password {
                            AccountStatus::Active
                        } else {
                            AccountStatus::Invited
                        };
                        users::set_status(connection, target, status)?;
                        let detail = account.email.masked();
                        audit_log::record(
                            connection,
                            Some(actor),
                            AuditAction::AccountEnabled,
                            &detail,
                            now,
                        )?;
                    }
                }
                Ok(Ok(()))
            })
        })
        .await
}

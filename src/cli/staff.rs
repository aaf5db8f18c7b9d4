//! Commands that act for the team as the server would, sending email: inviting a staff member,
//! sending the moderation digest now, and the overdue-action reminders.

use std::sync::Arc;

use super::CliError;
use super::args::UserCommand;
use crate::app::accounts::{AccountOutcome, onboarding};
use crate::app::{moderation_digest, overdue_actions};
use crate::catalogue::staff_words::StaffWords;
use crate::config::Settings;
use crate::domain::staff::Role;
use crate::email::Mailer;
use crate::startup::prepare_database;
use crate::state::AppState;

/// What the web handlers share, for commands that send email as the server would.
pub(super) fn app_state(settings: Settings) -> Result<AppState, CliError> {
    let pool = prepare_database(&settings)?;
    let mailer = Mailer::new(
        &settings.mail,
        &settings.mail_from,
        settings.clock,
        &settings.organisation.name,
    )
    .map_err(|e| CliError::Usage(e.to_string()))?;
    let server_key = crate::server_key::load(&settings.secret_key)
        .map_err(|e| CliError::Usage(e.to_string()))?;
    Ok(AppState::new(settings, pool, mailer, server_key))
}

pub(super) fn user(settings: Settings, command: UserCommand) -> Result<(), CliError> {
    let UserCommand::Invite { email, role, name } = command;
    let role = Role::parse(&role).map_err(|_| {
        CliError::Usage(format!(
            "{role:?} is not a role: use admin, analyst, moderator or viewer"
        ))
    })?;
    let name = name.unwrap_or_else(|| email.split('@').next().unwrap_or_default().to_owned());
    let state = app_state(settings)?;
    let outcome = actix_web::rt::System::new()
        .block_on(async move { onboarding::invite(&state, None, &email, &name, Some(role)).await })
        .map_err(|error| CliError::Usage(error.to_string()))?;
    match outcome {
        AccountOutcome::Done(link) => {
            println!("Invitation sent. The link works once, for 7 days:\n  {link}");
            Ok(())
        }
        AccountOutcome::Fix(problems) => Err(CliError::Usage(
            problems
                .into_iter()
                .map(|problem| StaffWords.message(&problem.message))
                .collect::<Vec<_>>()
                .join("; "),
        )),
        AccountOutcome::LinkNotValid => {
            Err(CliError::Usage("the invitation could not be made".into()))
        }
    }
}

/// Sends today's digest now: the command is an explicit request, so it does not wait for the
/// configured hour.
pub(super) fn send_digest(settings: Settings) -> Result<(), CliError> {
    let sent = now_without_waiting(settings, |state, now| async move {
        moderation_digest::send_if_due(&state, now).await
    })?;
    println!("Sent {sent} digest emails.");
    Ok(())
}

/// Sends the overdue-action reminders now, for the same reason.
pub(super) fn remind_overdue(settings: Settings) -> Result<(), CliError> {
    let sent = now_without_waiting(settings, |state, now| async move {
        overdue_actions::remind_if_due(&state, now).await
    })?;
    println!("Sent {sent} overdue-action reminders.");
    Ok(())
}

/// Runs `work` as the server would, but with the email hour at midnight: a command is an explicit
/// request and does not wait for the configured hour.
fn now_without_waiting<F, Fut>(settings: Settings, work: F) -> Result<usize, CliError>
where
    F: FnOnce(AppState, chrono::NaiveDateTime) -> Fut,
    Fut: std::future::Future<Output = Result<usize, crate::db::DbError>>,
{
    let state = app_state(settings)?;
    let now = state.settings.clock.now();
    let mut settings = (*state.settings).clone();
    settings.moderation_digest_hour = 0;
    let state = AppState {
        settings: Arc::new(settings),
        ..state
    };
    actix_web::rt::System::new()
        .block_on(work(state, now))
        .map_err(|error| CliError::Usage(error.to_string()))
}

//! The daily email telling each moderator how many answers wait in their waves. It carries counts
//! and a link, never what anyone wrote. Sent once a day, after the configured hour, by whichever
//! server gets there first.

use chrono::{NaiveDateTime, Timelike};

use crate::db::{DbError, moderation_assignments, moderation_digests, quotes, surveys, users};
use crate::domain::staff::{AccountStatus, Role};
use crate::email::messages::QuotesWaiting;
use crate::state::AppState;

/// How often `serve` asks whether the digest is due.
pub const CHECK_EVERY: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// Sends today's digest if it is due and nobody sent it yet; returns how many emails went out.
pub async fn send_if_due(state: &AppState, now: NaiveDateTime) -> Result<usize, DbError> {
    if now.hour() < state.settings.moderation_digest_hour {
        return Ok(0);
    }
    let today = now.date();
    let due = state
        .db(move |connection| {
            if !moderation_digests::claim(connection, today)? {
                return Ok(Vec::new());
            }
            let waiting = quotes::open_by_survey(connection)?;
            let waves = surveys::list(connection)?;
            let moderators = users::list(connection)?;
            let mut due = Vec::new();
            for (user_id, survey_id) in moderation_assignments::all(connection)? {
                let Some(moderator) = moderators.iter().find(|user| {
                    user.id == user_id
                        && user.role == Role::Moderator
                        && user.status == AccountStatus::Active
                }) else {
                    continue;
                };
                let Some((_, count)) = waiting.iter().find(|(id, _)| *id == survey_id) else {
                    continue;
                };
                let Some(wave) = waves.iter().find(|wave| wave.id == survey_id) else {
                    continue;
                };
                due.push((moderator.email.clone(), wave.title.clone(), *count));
            }
            Ok(due)
        })
        .await?;
    let queue_link = format!("{}/staff/moderation", state.settings.base_url);
    let mut sent = 0;
    for (to, survey_title, waiting) in &due {
        let email = QuotesWaiting {
            to,
            survey_title,
            waiting: usize::try_from(*waiting).unwrap_or(0),
            queue_link: &queue_link,
        }
        .render();
        match state.mailer.send(email).await {
            Ok(()) => sent += 1,
            // One bad address must not stop everyone else's digest.
            Err(error) => tracing::error!(%error, "a moderation digest could not be sent"),
        }
    }
    Ok(sent)
}

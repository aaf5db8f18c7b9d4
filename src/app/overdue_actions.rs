//! Telling each group about its actions that have fallen overdue: one email per group, listing
//! each action once per due day (a new due day that passes earns a new reminder). Each action is
//! claimed in the database before it is sent, so two servers never both send it. Groups without a
//! contact are skipped here; the Board update lists every overdue action whoever owns it.

use std::collections::BTreeMap;

use chrono::{NaiveDateTime, Timelike};
use diesel::Connection;

use super::actor::Actor;
use crate::db::{DbError, action_owners, programmes, surveys, tracked_actions};
use crate::domain::audit::AuditAction;
use crate::domain::ids::OwnerId;
use crate::domain::staff::EmailAddress;
use crate::domain::tracked_action::reminder_due;
use crate::email::messages::{ActionsOverdue, OverdueLine};
use crate::state::AppState;

struct GroupReminder {
    contact: EmailAddress,
    group: String,
    lines: Vec<OverdueLine>,
}

/// Sends the reminders that are due; returns how many emails went out. Waits, like the digest,
/// until the configured hour, so nobody is emailed in the night.
pub async fn remind_if_due(state: &AppState, now: NaiveDateTime) -> Result<usize, DbError> {
    if now.hour() < state.settings.moderation_digest_hour {
        return Ok(0);
    }
    let today = now.date();
    let base_url = state.settings.base_url.clone();
    let reminders = state
        .db(move |connection| {
            let owners = action_owners::list(connection)?;
            let waves = surveys::list(connection)?;
            let programmes = programmes::list(connection)?;
            let mut by_owner: BTreeMap<OwnerId, GroupReminder> = BTreeMap::new();
            for (action, reminded_for) in tracked_actions::overdue(connection, today)? {
                if !reminder_due(&action, reminded_for, today) {
                    continue;
                }
                let Some(owner) = owners.iter().find(|owner| owner.id == action.owner) else {
                    continue;
                };
                let Some(contact) = owner.contact.clone() else {
                    continue;
                };
                let wave = waves.iter().find(|wave| wave.id == action.survey);
                let claimed = connection.transaction(|connection| {
                    let claimed =
                        tracked_actions::claim_reminder(connection, action.id, action.due_on)?;
                    if claimed {
                        Actor::Scheduled.record(
                            connection,
                            AuditAction::OverdueActionReminded,
                            &format!(
                                "{}: \u{201c}{}\u{201d}, due {}",
                                owner.name, action.words.we_do, action.due_on
                            ),
                            now,
                        )?;
                    }
                    Ok::<_, DbError>(claimed)
                })?;
                if !claimed {
                    continue;
                }
                let link = wave
                    .and_then(|wave| programmes.iter().find(|p| p.id == wave.programme))
                    .map(|programme| {
                        format!(
                            "{base_url}/staff/programmes/{}/actions/{}",
                            programme.slug, action.id
                        )
                    });
                by_owner
                    .entry(owner.id)
                    .or_insert_with(|| GroupReminder {
                        contact,
                        group: owner.name.clone(),
                        lines: Vec::new(),
                    })
                    .lines
                    .push(OverdueLine {
                        action: action.words.we_do.clone(),
                        wave: wave.map(|wave| wave.title.clone()).unwrap_or_default(),
                        due_on: action.due_on,
                        link: link.unwrap_or_else(|| format!("{base_url}/staff")),
                    });
            }
            Ok(by_owner.into_values().collect::<Vec<_>>())
        })
        .await?;
    let mut sent = 0;
    for reminder in &reminders {
        let email = ActionsOverdue {
            to: &reminder.contact,
            group: &reminder.group,
            lines: &reminder.lines,
        }
        .render();
        match state.mailer.send(email).await {
            Ok(()) => sent += 1,
            // One bad address must not stop the other groups hearing.
            Err(error) => tracing::error!(%error, "an overdue-action reminder could not be sent"),
        }
    }
    Ok(sent)
}

//! The actions register's changes: adding an action, editing it, and moving it between planned,
//! doing, done and dropped. Each is written with its audit entry in one transaction, so the log
//! always says who changed what the Board is told.

use chrono::NaiveDateTime;
use diesel::Connection;

use super::actor::Actor;
use crate::db::{AnyConnection, DbError, action_owners, tracked_actions};
use crate::domain::audit::AuditAction;
use crate::domain::ids::{ActionId, OwnerId};
use crate::domain::tracked_action::{ActionDraft, NewStatus, TrackedAction};

fn owner_name(connection: &mut AnyConnection, owner: OwnerId) -> Result<String, DbError> {
    Ok(action_owners::find(connection, owner)?
        .map_or_else(|| "an unknown group".to_owned(), |owner| owner.name))
}

/// The action in a few words for the log: what the team does and by when.
fn described(action_words: &str, due_on: chrono::NaiveDate) -> String {
    let words: String = action_words.chars().take(80).collect();
    let cut = if words.chars().count() < action_words.chars().count() {
        "\u{2026}"
    } else {
        ""
    };
    format!("\u{201c}{words}{cut}\u{201d}, due {due_on}")
}

pub fn add(
    connection: &mut AnyConnection,
    draft: &ActionDraft,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<TrackedAction, DbError> {
    connection.transaction(|connection| {
        let added = tracked_actions::insert(connection, draft, now)?;
        let owner = owner_name(connection, added.owner)?;
        actor.record(
            connection,
            AuditAction::ActionAdded,
            &format!(
                "{}, owned by {owner}",
                described(&added.words.we_do, added.due_on)
            ),
            now,
        )?;
        Ok(added)
    })
}

/// Rewrites the action; `None` when there is no such action.
pub fn edit(
    connection: &mut AnyConnection,
    id: ActionId,
    draft: &ActionDraft,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<Option<TrackedAction>, DbError> {
    connection.transaction(|connection| {
        let Some(before) = tracked_actions::update(connection, id, draft)? else {
            return Ok(None);
        };
        let mut changed = Vec::new();
        if before.words != draft.words {
            changed.push("its words".to_owned());
        }
        if before.survey != draft.survey {
            changed.push("the wave it answers".to_owned());
        }
        if before.measures != draft.measures {
            changed.push("its measures".to_owned());
        }
        if before.owner != draft.owner {
            changed.push(format!(
                "its owner from {} to {}",
                owner_name(connection, before.owner)?,
                owner_name(connection, draft.owner)?
            ));
        }
        if before.due_on != draft.due_on {
            changed.push(format!(
                "its due day from {} to {}",
                before.due_on, draft.due_on
            ));
        }
        if !changed.is_empty() {
            actor.record(
                connection,
                AuditAction::ActionEdited,
                &format!(
                    "{}: changed {}",
                    described(&before.words.we_do, before.due_on),
                    changed.join(", ")
                ),
                now,
            )?;
        }
        tracked_actions::find(connection, id)
    })
}

/// Moves the action to a new status with its note; `None` when there is no such action.
pub fn change_status(
    connection: &mut AnyConnection,
    id: ActionId,
    status: &NewStatus,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<Option<TrackedAction>, DbError> {
    connection.transaction(|connection| {
        let Some(before) = tracked_actions::change_status(connection, id, status, now)? else {
            return Ok(None);
        };
        let note = if status.note.is_empty() {
            String::new()
        } else {
            format!(": {}", status.note)
        };
        actor.record(
            connection,
            AuditAction::ActionStatusChanged,
            &format!(
                "{}: {} (was {}){note}",
                described(&before.words.we_do, before.due_on),
                status.status.label(),
                before.status.label()
            ),
            now,
        )?;
        tracked_actions::find(connection, id)
    })
}

//! How moderation is set up: which waves each moderator reads, and the team's lists (worrying
//! phrases, local schools and places, themes). Each change is audited in its own transaction.

use chrono::NaiveDateTime;
use diesel::Connection;

use crate::db::{
    AnyConnection, DbError, audit_log, moderation_assignments, moderation_lists, quotes, surveys,
};
use crate::domain::audit::AuditAction;
use crate::domain::ids::{SurveyId, UserId};
use crate::domain::redaction_suggestions::LocalName;
use crate::domain::staff::StaffUser;

/// Gives a moderator exactly these waves; false (nothing changed) when one of them does not exist.
pub fn assign_waves(
    connection: &mut AnyConnection,
    by: UserId,
    moderator: &StaffUser,
    waves: &[SurveyId],
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    connection.transaction(|connection| {
        let known: Vec<SurveyId> = surveys::list(connection)?
            .iter()
            .map(|wave| wave.id)
            .collect();
        if waves.iter().any(|id| !known.contains(id)) {
            return Ok(false);
        }
        moderation_assignments::replace_for(connection, moderator.id, waves)?;
        audit_log::record(
            connection,
            Some(by),
            AuditAction::ModerationWavesAssigned,
            &format!("{}: {} waves", moderator.email.masked(), waves.len()),
            now,
        )?;
        Ok(true)
    })
}

/// The team's moderation lists, as a whole.
pub struct ModerationLists {
    pub phrases: Vec<String>,
    pub local_names: Vec<LocalName>,
    pub themes: Vec<String>,
}

/// Replaces every list; answers already waiting are checked again against the new phrases.
pub fn replace_lists(
    connection: &mut AnyConnection,
    by: UserId,
    lists: &ModerationLists,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    connection.transaction(|connection| {
        moderation_lists::replace_phrases(connection, &lists.phrases)?;
        moderation_lists::replace_local_names(connection, &lists.local_names)?;
        moderation_lists::replace_themes(connection, &lists.themes)?;
        quotes::refresh_concerns(connection, &lists.phrases)?;
        audit_log::record(
            connection,
            Some(by),
            AuditAction::ModerationListsChanged,
            &format!(
                "{} phrases, {} local names, {} themes",
                lists.phrases.len(),
                lists.local_names.len(),
                lists.themes.len()
            ),
            now,
        )
    })
}

//! Adding and removing another survey's figure beside a measure, each with its audit entry in one
//! transaction.

use chrono::NaiveDateTime;
use diesel::Connection;

use super::actor::Actor;
use crate::db::{AnyConnection, DbError, comparators};
use crate::domain::audit::AuditAction;
use crate::domain::comparator::{LocalComparator, NewComparator};
use crate::domain::ids::ComparatorId;
use crate::domain::programme::Programme;

fn detail(programme: &Programme, figure: &NewComparator) -> String {
    format!(
        "{}, plan item {}: {} {}, {}",
        programme.name,
        figure.item.number(),
        figure.source,
        figure.year,
        figure.share.label()
    )
}

pub fn add(
    connection: &mut AnyConnection,
    programme: &Programme,
    figure: &NewComparator,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<LocalComparator, DbError> {
    connection.transaction(|connection| {
        let stored = comparators::insert(connection, programme.id, figure, now)?;
        actor.record(
            connection,
            AuditAction::ComparatorAdded,
            &detail(programme, &stored.figure),
            now,
        )?;
        Ok(stored)
    })
}

/// Removes one of the programme's comparators; `None` when it is not there.
pub fn remove(
    connection: &mut AnyConnection,
    programme: &Programme,
    id: ComparatorId,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<Option<LocalComparator>, DbError> {
    connection.transaction(|connection| {
        let Some(removed) = comparators::remove(connection, programme.id, id)? else {
            return Ok(None);
        };
        actor.record(
            connection,
            AuditAction::ComparatorRemoved,
            &detail(programme, &removed.figure),
            now,
        )?;
        Ok(Some(removed))
    })
}

/// Adds every figure of a file, each with its audit entry, all in one transaction: a failure
/// part-way stores none of them.
pub fn add_all(
    connection: &mut AnyConnection,
    programme: &Programme,
    figures: &[NewComparator],
    actor: Actor,
    now: NaiveDateTime,
) -> Result<Vec<LocalComparator>, DbError> {
    connection.transaction(|connection| {
        figures
            .iter()
            .map(|figure| add(connection, programme, figure, actor, now))
            .collect()
    })
}

//! Setting and withdrawing a measure's target: each written with its audit entry in one
//! transaction, so the log always says who changed what the Board is measured against.

use chrono::NaiveDateTime;
use diesel::Connection;

use super::actor::Actor;
use crate::db::{AnyConnection, DbError, targets};
use crate::domain::audit::AuditAction;
use crate::domain::ids::TargetId;
use crate::domain::programme::Programme;
use crate::domain::target::{MeasureTarget, NewTarget, TargetProblem};

fn measure_title(programme: &Programme, target_item: crate::domain::survey::PlanItem) -> String {
    programme.measure(target_item).map_or_else(
        || format!("plan item {}", target_item.number()),
        |m| m.title.clone(),
    )
}

/// Stores the target, or says why not (the measure already has one for that year).
pub fn set(
    connection: &mut AnyConnection,
    programme: &Programme,
    target: &NewTarget,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<Result<MeasureTarget, TargetProblem>, DbError> {
    connection.transaction(|connection| {
        let Some(stored) = targets::insert(connection, programme.id, target, now)? else {
            return Ok(Err(TargetProblem::AlreadySet));
        };
        actor.record(
            connection,
            AuditAction::TargetSet,
            &format!(
                "{}, {}: {}",
                programme.name,
                measure_title(programme, stored.item),
                stored.describe()
            ),
            now,
        )?;
        Ok(Ok(stored))
    })
}

/// Withdraws one of the programme's targets; `None` when it is not there (already withdrawn).
pub fn withdraw(
    connection: &mut AnyConnection,
    programme: &Programme,
    id: TargetId,
    actor: Actor,
    now: NaiveDateTime,
) -> Result<Option<MeasureTarget>, DbError> {
    connection.transaction(|connection| {
        let Some(withdrawn) = targets::withdraw(connection, programme.id, id)? else {
            return Ok(None);
        };
        actor.record(
            connection,
            AuditAction::TargetWithdrawn,
            &format!(
                "{}, {}: {}",
                programme.name,
                measure_title(programme, withdrawn.item),
                withdrawn.describe()
            ),
            now,
        )?;
        Ok(Some(withdrawn))
    })
}

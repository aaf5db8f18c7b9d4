//! The audit log of security-relevant actions.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::{audit_log, users};
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::ids::UserId;

pub fn record(
    connection: &mut AnyConnection,
    actor: Option<UserId>,
    action: AuditAction,
    detail: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::id.eq(uuid::Uuid::new_v4().to_string()),
            audit_log::occurred_at.eq(now),
            audit_log::actor_id.eq(actor.map(|id| id.to_string())),
            audit_log::action.eq(action.as_str()),
            audit_log::detail.eq(detail),
        ))
        .execute(connection)?;
    Ok(())
}

/// How many times `actor` did `action` since `since`.
pub fn count_since(
    connection: &mut AnyConnection,
    actor: UserId,
    action: AuditAction,
    since: NaiveDateTime,
) -> Result<i64, DbError> {
    Ok(audit_log::table
        .filter(audit_log::actor_id.eq(actor.to_string()))
        .filter(audit_log::action.eq(action.as_str()))
        .filter(audit_log::occurred_at.gt(since))
        .count()
        .get_result(connection)?)
}

/// The newest entries first.
pub fn recent(connection: &mut AnyConnection, limit: i64) -> Result<Vec<AuditEntry>, DbError> {
    let rows: Vec<(NaiveDateTime, Option<String>, String, String)> = audit_log::table
        .left_join(users::table)
        .order(audit_log::occurred_at.desc())
        .limit(limit)
        .select((
            audit_log::occurred_at,
            users::email.nullable(),
            audit_log::action,
            audit_log::detail,
        ))
        .load(connection)?;
    rows.into_iter()
        .map(|(occurred_at, actor, action, detail)| {
            Ok(AuditEntry {
                occurred_at,
                actor,
                action: AuditAction::parse(&action)?,
                detail,
            })
        })
        .collect()
}

//! Server-side staff sessions, shared by every app server that uses the same database.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::{staff_sessions, users};
use super::users::UserRow;
use crate::domain::ids::UserId;
use crate::domain::staff::{AccountStatus, StaffUser};
use crate::domain::tokens::SecretHash;

pub fn create(
    connection: &mut AnyConnection,
    session: &SecretHash,
    user: UserId,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::insert_into(staff_sessions::table)
        .values((
            staff_sessions::id_hash.eq(session.as_str()),
            staff_sessions::user_id.eq(user.to_string()),
            staff_sessions::created_at.eq(now),
            staff_sessions::last_seen_at.eq(now),
        ))
        .execute(connection)?;
    Ok(())
}

/// The session's user, if the session exists, is within both timeouts, and the account is active.
/// A live session has its idle clock restarted.
pub fn find_live(
    connection: &mut AnyConnection,
    session: &SecretHash,
    now: NaiveDateTime,
    idle_since: NaiveDateTime,
    created_since: NaiveDateTime,
) -> Result<Option<StaffUser>, DbError> {
    let row: Option<UserRow> = staff_sessions::table
        .inner_join(users::table)
        .filter(staff_sessions::id_hash.eq(session.as_str()))
        .filter(staff_sessions::last_seen_at.gt(idle_since))
        .filter(staff_sessions::created_at.gt(created_since))
        .filter(users::status.eq(AccountStatus::Active.as_str()))
        .select(UserRow::as_select())
        .first(connection)
        .optional()?;
    let Some(row) = row else { return Ok(None) };
    diesel::update(staff_sessions::table.find(session.as_str()))
        .set(staff_sessions::last_seen_at.eq(now))
        .execute(connection)?;
    row.into_domain().map(Some)
}

pub fn delete(connection: &mut AnyConnection, session: &SecretHash) -> Result<(), DbError> {
    diesel::delete(staff_sessions::table.find(session.as_str())).execute(connection)?;
    Ok(())
}

/// Ends every session of a user ("sign out everywhere", a disabled account, a new password).
pub fn delete_all_for(connection: &mut AnyConnection, user: UserId) -> Result<usize, DbError> {
    Ok(
        diesel::delete(staff_sessions::table.filter(staff_sessions::user_id.eq(user.to_string())))
            .execute(connection)?,
    )
}

/// Deletes sessions no longer live: idle since before `idle_since`, or begun before
/// `created_since`. Returns how many.
pub fn delete_ended(
    connection: &mut AnyConnection,
    idle_since: NaiveDateTime,
    created_since: NaiveDateTime,
) -> Result<usize, DbError> {
    Ok(diesel::delete(
        staff_sessions::table.filter(
            staff_sessions::last_seen_at
                .lt(idle_since)
                .or(staff_sessions::created_at.lt(created_since)),
        ),
    )
    .execute(connection)?)
}

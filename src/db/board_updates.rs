//! When each programme's Board update went to the Board, so the next says what changed since.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::board_updates;
use crate::domain::ids::ProgrammeId;

pub fn record(
    connection: &mut AnyConnection,
    programme: ProgrammeId,
    sent_at: NaiveDateTime,
    recipients: usize,
) -> Result<(), DbError> {
    diesel::insert_into(board_updates::table)
        .values((
            board_updates::id.eq(uuid::Uuid::new_v4().to_string()),
            board_updates::programme_id.eq(programme.to_string()),
            board_updates::sent_at.eq(sent_at),
            board_updates::recipients.eq(i32::try_from(recipients).unwrap_or(i32::MAX)),
        ))
        .execute(connection)?;
    Ok(())
}

/// When the programme's last Board update was sent, if one was.
pub fn last_sent(
    connection: &mut AnyConnection,
    programme: ProgrammeId,
) -> Result<Option<NaiveDateTime>, DbError> {
    Ok(board_updates::table
        .filter(board_updates::programme_id.eq(programme.to_string()))
        .select(diesel::dsl::max(board_updates::sent_at))
        .first::<Option<NaiveDateTime>>(connection)?)
}

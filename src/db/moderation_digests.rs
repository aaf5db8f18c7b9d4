//! The days a "quotes are waiting" digest went out: claiming a day is how one server, of
//! however many, sends it.

use chrono::NaiveDate;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error};

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::moderation_digests;

/// True if this call claimed `day` (so it should send the digest); false if it was claimed before.
pub fn claim(connection: &mut AnyConnection, day: NaiveDate) -> Result<bool, DbError> {
    match diesel::insert_into(moderation_digests::table)
        .values(moderation_digests::sent_on.eq(day))
        .execute(connection)
    {
        Ok(_) => Ok(true),
        Err(Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => Ok(false),
        Err(error) => Err(error.into()),
    }
}

//! Counting failed sign-ins per typed address, in the database so a lock-out holds across
//! restarts and across every app server.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::sign_in_throttle;
use crate::domain::staff::{FAILURES_BEFORE_LOCKOUT, LOCKOUT_MINUTES};
use crate::domain::tokens::SecretHash;

/// When the address is locked until, if it is locked now.
pub fn locked_until(
    connection: &mut AnyConnection,
    address: &SecretHash,
    now: NaiveDateTime,
) -> Result<Option<NaiveDateTime>, DbError> {
    let until: Option<Option<NaiveDateTime>> = sign_in_throttle::table
        .find(address.as_str())
        .select(sign_in_throttle::locked_until)
        .first(connection)
        .optional()?;
    Ok(until.flatten().filter(|until| *until > now))
}

/// Records a failure; the fifth in a row locks the address for fifteen minutes.
pub fn record_failure(
    connection: &mut AnyConnection,
    address: &SecretHash,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    connection.transaction(|connection| {
        let failures: Option<i32> = sign_in_throttle::table
            .find(address.as_str())
            .select(sign_in_throttle::consecutive_failures)
            .first(connection)
            .optional()?;
        let failures = failures.unwrap_or(0) + 1;
        let (failures, locked_until) = if failures >= FAILURES_BEFORE_LOCKOUT {
            (0, Some(now + Duration::minutes(LOCKOUT_MINUTES)))
        } else {
            (failures, None)
        };
        let updated = diesel::update(sign_in_throttle::table.find(address.as_str()))
            .set((
                sign_in_throttle::consecutive_failures.eq(failures),
                sign_in_throttle::locked_until.eq(locked_until),
            ))
            .execute(connection)?;
        if updated == 0 {
            diesel::insert_into(sign_in_throttle::table)
                .values((
                    sign_in_throttle::email_hash.eq(address.as_str()),
                    sign_in_throttle::consecutive_failures.eq(failures),
                    sign_in_throttle::locked_until.eq(locked_until),
                ))
                .execute(connection)?;
        }
        Ok(())
    })
}

pub fn clear(connection: &mut AnyConnection, address: &SecretHash) -> Result<(), DbError> {
    diesel::delete(sign_in_throttle::table.find(address.as_str())).execute(connection)?;
    Ok(())
}

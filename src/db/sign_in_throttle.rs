//! Counting sign-in attempts per typed address, in the database so a lock-out holds across
//! restarts and across every app server. An attempt is counted in one atomic statement *before*
//! its password is checked, so guesses sent in parallel cannot slip past the limit, and a lock in
//! force is never lifted or shortened by a later attempt.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use diesel::sql_types::{Integer, Nullable, Text, Timestamp};

use super::connection::AnyConnection;
use super::error::DbError;
use super::schema::sign_in_throttle;
use crate::domain::staff::{FAILURES_BEFORE_LOCKOUT, LOCKOUT_MINUTES};
use crate::domain::tokens::SecretHash;

/// Rows quiet this long (and not locked) are swept away.
const FORGET_AFTER_HOURS: i64 = 24;

/// What counting one more attempt found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reserved {
    /// The password may be checked; this is attempt number `attempt` in the current window.
    Check { attempt: i32 },
    /// Locked (or enough attempts are already being checked): no password is checked.
    Locked { until: NaiveDateTime },
}

#[derive(QueryableByName)]
struct Counted {
    #[diesel(sql_type = Integer)]
    attempts: i32,
    #[diesel(sql_type = Nullable<Timestamp>)]
    locked_until: Option<NaiveDateTime>,
}

/// One statement: start a row at 1, or add one to it, starting again at 1 when the lock has ended
/// or the last attempt was a full window ago.
macro_rules! upsert_sql {
    ($p1:literal, $p2:literal, $p3:literal) => {
        concat!(
            "INSERT INTO sign_in_throttle (email_hash, attempts, locked_until, last_attempt_at) \
             VALUES (", $p1, ", 1, NULL, ", $p2, ") \
             ON CONFLICT (email_hash) DO UPDATE SET \
             attempts = CASE \
                 WHEN sign_in_throttle.locked_until IS NOT NULL AND sign_in_throttle.locked_until <= ", $p2, " THEN 1 \
                 WHEN sign_in_throttle.locked_until IS NULL AND sign_in_throttle.last_attempt_at <= ", $p3, " THEN 1 \
                 ELSE sign_in_throttle.attempts + 1 END, \
             locked_until = CASE \
                 WHEN sign_in_throttle.locked_until IS NOT NULL AND sign_in_throttle.locked_until <= ", $p2, " THEN NULL \
                 ELSE sign_in_throttle.locked_until END, \
             last_attempt_at = ", $p2, " \
             RETURNING attempts, locked_until"
        )
    };
}

/// Counts an attempt for `address` and says whether its password may be checked.
pub fn reserve_attempt(
    connection: &mut AnyConnection,
    address: &SecretHash,
    now: NaiveDateTime,
) -> Result<Reserved, DbError> {
    let window_start = now - Duration::minutes(LOCKOUT_MINUTES);
    let counted: Counted = match connection {
        AnyConnection::Sqlite(connection) => diesel::sql_query(upsert_sql!("?1", "?2", "?3"))
            .bind::<Text, _>(address.as_str())
            .bind::<Timestamp, _>(now)
            .bind::<Timestamp, _>(window_start)
            .get_result(connection)?,
        AnyConnection::Postgresql(connection) => diesel::sql_query(upsert_sql!("$1", "$2", "$3"))
            .bind::<Text, _>(address.as_str())
            .bind::<Timestamp, _>(now)
            .bind::<Timestamp, _>(window_start)
            .get_result(connection)?,
    };
    let lock_ends = now + Duration::minutes(LOCKOUT_MINUTES);
    Ok(match counted.locked_until {
        Some(until) if until > now => Reserved::Locked { until },
        _ if counted.attempts > FAILURES_BEFORE_LOCKOUT => Reserved::Locked { until: lock_ends },
        _ => Reserved::Check {
            attempt: counted.attempts,
        },
    })
}

/// After a wrong password: the attempt that reached the limit locks the address for fifteen
/// minutes. A lock already in force that ends later is kept as it is.
pub fn record_failure(
    connection: &mut AnyConnection,
    address: &SecretHash,
    attempt: i32,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    if attempt < FAILURES_BEFORE_LOCKOUT {
        return Ok(());
    }
    let until = now + Duration::minutes(LOCKOUT_MINUTES);
    diesel::update(
        sign_in_throttle::table.find(address.as_str()).filter(
            sign_in_throttle::locked_until
                .is_null()
                .or(sign_in_throttle::locked_until.lt(until)),
        ),
    )
    .set(sign_in_throttle::locked_until.eq(until))
    .execute(connection)?;
    Ok(())
}

/// After a right password: the count starts again, unless a lock is in force (set by guesses
/// that were in flight alongside this one).
pub fn clear(
    connection: &mut AnyConnection,
    address: &SecretHash,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::delete(
        sign_in_throttle::table.find(address.as_str()).filter(
            sign_in_throttle::locked_until
                .is_null()
                .or(sign_in_throttle::locked_until.le(now)),
        ),
    )
    .execute(connection)?;
    Ok(())
}

/// Forgets addresses nobody has tried for a day, so typed addresses are not kept for ever.
pub fn sweep(connection: &mut AnyConnection, now: NaiveDateTime) -> Result<usize, DbError> {
    let quiet_since = now - Duration::hours(FORGET_AFTER_HOURS);
    Ok(diesel::delete(
        sign_in_throttle::table
            .filter(sign_in_throttle::last_attempt_at.lt(quiet_since))
            .filter(
                sign_in_throttle::locked_until
                    .is_null()
                    .or(sign_in_throttle::locked_until.le(now)),
            ),
    )
    .execute(connection)?)
}

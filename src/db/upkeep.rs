//! Regular upkeep, so nothing lingers that could time or trace an answer or a person: expired drafts
//! (with their words), quiet sign-in rows, ended staff sessions, used or expired links and
//! abandoned uploads are deleted, and the database's own leftovers are cleared. On
//! SQLite, `secure_delete` (set on every connection) zeroes deleted rows, and a checkpoint
//! truncates the write-ahead log, which otherwise keeps old copies of every draft saved. On
//! PostgreSQL the nightly upkeep rewrites the tables that hold answers in key order (CLUSTER),
//! which drops dead row versions and the arrival order of rows.

use chrono::NaiveDateTime;
use diesel::connection::SimpleConnection;

use super::connection::AnyConnection;
use super::error::DbError;
use super::{drafts, one_time_tokens, pending_imports, sign_in_throttle, staff_sessions};
use crate::domain::staff::live_since;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UpkeepDone {
    pub expired_drafts: usize,
    pub forgotten_sign_in_addresses: usize,
    pub ended_sessions: usize,
    pub spent_links: usize,
    pub abandoned_uploads: usize,
}

/// An upload left at its preview this long is deleted: nobody is coming back to confirm it.
const ABANDONED_UPLOAD_HOURS: i64 = 24;

/// Every few minutes, from the server.
pub fn frequent(connection: &mut AnyConnection, now: NaiveDateTime) -> Result<UpkeepDone, DbError> {
    let (idle_since, created_since) = live_since(now);
    let done = UpkeepDone {
        expired_drafts: drafts::delete_expired(connection, now)?,
        forgotten_sign_in_addresses: sign_in_throttle::sweep(connection, now)?,
        ended_sessions: staff_sessions::delete_ended(connection, idle_since, created_since)?,
        spent_links: one_time_tokens::delete_spent(connection, now)?,
        abandoned_uploads: pending_imports::delete_abandoned(
            connection,
            now - chrono::Duration::hours(ABANDONED_UPLOAD_HOURS),
        )?,
    };
    if let AnyConnection::Sqlite(sqlite) = connection {
        sqlite.batch_execute("PRAGMA wal_checkpoint(TRUNCATE);")?;
    }
    Ok(done)
}

/// Tables whose storage order could follow arrival, with the index that orders them by key.
const REORDERED: [(&str, &str); 4] = [
    ("responses", "responses_pkey"),
    ("answers", "answers_pkey"),
    ("quotes", "quotes_pkey"),
    ("drafts", "drafts_pkey"),
];

/// Nightly (`youthvoice upkeep`, from cron): the frequent upkeep, then on PostgreSQL each table
/// that holds answers rewritten in key order, and on SQLite the file rebuilt without free pages.
/// Both lock the tables for a moment: run it when few young people are answering.
pub fn nightly(connection: &mut AnyConnection, now: NaiveDateTime) -> Result<UpkeepDone, DbError> {
    let done = frequent(connection, now)?;
    match connection {
        AnyConnection::Sqlite(sqlite) => {
            sqlite.batch_execute("VACUUM; PRAGMA wal_checkpoint(TRUNCATE);")?;
        }
        AnyConnection::Postgresql(postgres) => {
            for (table, key) in REORDERED {
                postgres.batch_execute(&format!("CLUSTER {table} USING {key}"))?;
            }
        }
    }
    Ok(done)
}

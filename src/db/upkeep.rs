//! Regular upkeep, so nothing lingers that could time or trace an answer: expired drafts (with their
//! words) and quiet sign-in rows are deleted, and the database's own leftovers are cleared. On
//! SQLite, `secure_delete` (set on every connection) zeroes deleted rows, and a checkpoint
//! truncates the write-ahead log, which otherwise keeps old copies of every draft saved. On
//! PostgreSQL the nightly upkeep rewrites the tables that hold answers in key order (CLUSTER),
//! which drops dead row versions and the arrival order of rows.

use chrono::NaiveDateTime;
use diesel::connection::SimpleConnection;

use super::connection::AnyConnection;
use super::error::DbError;
use super::{drafts, sign_in_throttle};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UpkeepDone {
    pub expired_drafts: usize,
    pub forgotten_sign_in_addresses: usize,
}

/// Every few minutes, from the server.
pub fn frequent(connection: &mut AnyConnection, now: NaiveDateTime) -> Result<UpkeepDone, DbError> {
    let done = UpkeepDone {
        expired_drafts: drafts::delete_expired(connection, now)?,
        forgotten_sign_in_addresses: sign_in_throttle::sweep(connection, now)?,
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

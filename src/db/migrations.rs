//! Embedded migrations: one tree per backend, with the same version names.

use diesel::migration::MigrationVersion;
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use super::connection::AnyConnection;

const SQLITE: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES: EmbeddedMigrations = embed_migrations!("migrations/postgres");

type MigrationError = Box<dyn std::error::Error + Send + Sync>;

/// Applies every migration not yet applied; returns the versions applied now.
pub fn run_pending(connection: &mut AnyConnection) -> Result<Vec<String>, MigrationError> {
    let applied = match connection {
        AnyConnection::Sqlite(c) => c.run_pending_migrations(SQLITE)?,
        AnyConnection::Postgresql(c) => c.run_pending_migrations(POSTGRES)?,
    };
    Ok(applied.iter().map(MigrationVersion::to_string).collect())
}

/// Reverts every applied migration (used to prove each `down.sql` works).
pub fn revert_all(connection: &mut AnyConnection) -> Result<Vec<String>, MigrationError> {
    let reverted = match connection {
        AnyConnection::Sqlite(c) => c.revert_all_migrations(SQLITE)?,
        AnyConnection::Postgresql(c) => c.revert_all_migrations(POSTGRES)?,
    };
    Ok(reverted.iter().map(MigrationVersion::to_string).collect())
}

/// Reverts the newest applied migration (to prove a data-moving migration keeps every row).
pub fn revert_last(connection: &mut AnyConnection) -> Result<String, MigrationError> {
    let reverted = match connection {
        AnyConnection::Sqlite(c) => c.revert_last_migration(SQLITE)?,
        AnyConnection::Postgresql(c) => c.revert_last_migration(POSTGRES)?,
    };
    Ok(reverted.to_string())
}

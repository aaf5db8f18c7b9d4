//! A consistent copy of a running SQLite database, taken without stopping the server: SQLite's
//! `VACUUM INTO` reads one snapshot of the database and writes it to a new file. PostgreSQL has
//! its own tool for this, `pg_dump`, which the README describes.

use std::path::Path;

use diesel::RunQueryDsl;
use diesel::sql_types::Text;

use super::connection::AnyConnection;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("this database is PostgreSQL: back it up with pg_dump (see \"Backups\" in the README)")]
    UsePgDump,
    #[error("{0} exists already: choose a new file, so no backup is ever overwritten")]
    Exists(String),
    #[error("the backup could not be written to {path}: {message}")]
    Failed { path: String, message: String },
}

pub fn copy_to(connection: &mut AnyConnection, out: &Path) -> Result<(), BackupError> {
    let AnyConnection::Sqlite(sqlite) = connection else {
        return Err(BackupError::UsePgDump);
    };
    let path = out.display().to_string();
    if out.exists() {
        return Err(BackupError::Exists(path));
    }
    diesel::sql_query("VACUUM INTO ?")
        .bind::<Text, _>(&path)
        .execute(sqlite)
        .map_err(|error| BackupError::Failed {
            path: path.clone(),
            message: error.to_string(),
        })?;
    Ok(())
}

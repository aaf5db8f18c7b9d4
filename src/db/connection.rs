//! One connection type over SQLite and PostgreSQL, chosen by the database URL, and its pool.

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool, PooledConnection};
use diesel::{PgConnection, SqliteConnection};

/// Either backend; queries are written once against this.
#[derive(diesel::MultiConnection)]
pub enum AnyConnection {
    Sqlite(SqliteConnection),
    Postgresql(PgConnection),
}

pub type DbPool = Pool<ConnectionManager<AnyConnection>>;
pub type DbConnection = PooledConnection<ConnectionManager<AnyConnection>>;

/// Which database a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Backend {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }
}

/// What diesel's SQLite driver expects: a plain path (our URLs may say `sqlite://path`).
pub fn sqlite_path(url: &str) -> &str {
    url.strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .unwrap_or(url)
}

/// Settings every SQLite connection needs: enforced foreign keys, WAL so readers never block the
/// writer, a busy timeout so concurrent writers wait instead of failing, and deleted rows (a
/// submitted draft's words) overwritten with zeros rather than left in free pages; the write-ahead
/// log shrinks back to nothing whenever it is reset (see `upkeep`).
#[derive(Debug)]
struct SqlitePragmas;

impl CustomizeConnection<AnyConnection, diesel::r2d2::Error> for SqlitePragmas {
    fn on_acquire(&self, connection: &mut AnyConnection) -> Result<(), diesel::r2d2::Error> {
        if let AnyConnection::Sqlite(sqlite) = connection {
            sqlite
                .batch_execute(
                    "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; \
                     PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; \
                     PRAGMA secure_delete = ON; PRAGMA journal_size_limit = 0;",
                )
                .map_err(diesel::r2d2::Error::QueryError)?;
        }
        Ok(())
    }
}

/// Why the database could not be reached.
#[derive(Debug, thiserror::Error)]
#[error("could not connect to the database: {0}")]
pub struct PoolError(#[from] diesel::r2d2::PoolError);

pub fn build_pool(database_url: &str, max_size: u32) -> Result<DbPool, PoolError> {
    let url = match Backend::of_url(database_url) {
        Backend::Sqlite => sqlite_path(database_url).to_owned(),
        Backend::Postgres => database_url.to_owned(),
    };
    let manager = ConnectionManager::<AnyConnection>::new(url);
    let pool = Pool::builder()
        .max_size(max_size)
        .connection_timeout(Duration::from_secs(10))
        .connection_customizer(Box::new(SqlitePragmas))
        .build(manager)?;
    Ok(pool)
}

/// Whether the database answers a trivial query, for the health check.
pub fn answers(connection: &mut AnyConnection) -> Result<(), super::DbError> {
    connection
        .batch_execute("SELECT 1")
        .map_err(super::DbError::from)
}

//! What can go wrong talking to the database.

/// A database failure. Bad input never reaches here: it is refused before any query runs.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database query failed: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("no database connection available: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    /// A stored row that the domain cannot read, e.g. an enum value outside its CHECK.
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
    /// The blocking pool that runs database work has shut down (the server is stopping).
    #[error("the database worker pool has stopped")]
    WorkerStopped,
}

impl From<crate::domain::ids::InvalidValue> for DbError {
    fn from(invalid: crate::domain::ids::InvalidValue) -> Self {
        DbError::Corrupt(invalid.to_string())
    }
}

use thiserror::Error;

/// What can go wrong talking to the database, in terms callers can act on.
#[derive(Debug, Error)]
pub enum StoreError {
    /// A unique constraint refused the write; carries the constraint (index) name.
    #[error("unique constraint violated: {0}")]
    Conflict(String),
    /// The database could not be opened or migrated.
    #[error("database setup failed: {0}")]
    Setup(String),
    /// The commit this write shared with others failed, so none of them is durable.
    #[error("the write could not be committed: {0}")]
    Commit(String),
    /// Any other database failure.
    #[error(transparent)]
    Database(sqlx::Error),
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        if let Some(db) = e.as_database_error()
            && db.is_unique_violation()
        {
            return StoreError::Conflict(db.constraint().unwrap_or_default().to_owned());
        }
        StoreError::Database(e)
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(e: sqlx::migrate::MigrateError) -> Self {
        StoreError::Setup(e.to_string())
    }
}

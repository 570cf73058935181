use kaiku_store::StoreError;
use thiserror::Error;

/// A validation problem with one input field. `key` is a Fluent message id, never
/// English text, so the web layer can render it in the viewer's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The input field's name (`form` for problems with the whole form).
    pub field: &'static str,
    /// Fluent message id.
    pub key: &'static str,
}

/// Why a use case refused or failed.
#[derive(Debug, Error)]
pub enum DomainError {
    /// Needs a signed-in person.
    #[error("not signed in")]
    Unauthenticated,
    /// Missing, or invisible to the viewer (indistinguishable on purpose).
    #[error("not found")]
    NotFound,
    /// Seen but not allowed.
    #[error("forbidden")]
    Forbidden,
    /// Input failed validation; nothing was changed.
    #[error("invalid input: {0:?}")]
    Invalid(Vec<FieldError>),
    /// The change conflicts with the current state; `key` is a Fluent message id.
    #[error("conflict: {key}")]
    Conflict {
        /// Fluent message id.
        key: &'static str,
    },
    /// A unique value (an address, a slug) is already taken: a conflict about one field.
    #[error("taken: {0:?}")]
    Taken(FieldError),
    /// Too many attempts; try again after this many seconds.
    #[error("rate limited for {retry_after_secs}s")]
    RateLimited {
        /// Seconds until a new attempt may succeed.
        retry_after_secs: u64,
    },
    /// A failure of ours (database down, …); details go to the log only.
    #[error("internal error: {0}")]
    Internal(String),
}

impl DomainError {
    /// One invalid field.
    pub fn invalid(field: &'static str, key: &'static str) -> Self {
        DomainError::Invalid(vec![FieldError { field, key }])
    }
}

impl From<StoreError> for DomainError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict(_) => DomainError::Conflict {
                key: "error-conflict",
            },
            other => DomainError::Internal(other.to_string()),
        }
    }
}

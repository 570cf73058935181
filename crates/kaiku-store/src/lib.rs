//! Persistence for Kaiku: one schema on SQLite (embedded, the default) or PostgreSQL.
//!
//! SQL is written once with `$n` placeholders, which both backends understand; the few
//! statements that must differ choose their text through [`Db::backend`]. Every query
//! lives in the module of the aggregate it serves (`users`, `sessions`, …); callers
//! never see SQL.

mod db;
mod error;
mod writer;

pub mod audit;
pub mod bulk;
pub mod follows;
pub mod invitations;
pub mod login_log;
pub mod mail;
pub mod notifications;
pub mod org;
pub mod outbox;
pub mod password_resets;
pub mod people;
mod people_finding;
pub mod post_stream;
pub mod posts;
pub mod registrations;
pub mod search_source;
pub mod server_keys;
pub mod sessions;
pub mod settings;
pub mod setup;
pub mod spaces;
pub mod tokens;
pub mod users;
pub mod wiki;

pub use db::{Backend, Db, DbStats, Tx};
pub use error::StoreError;

/// Result of a store operation.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

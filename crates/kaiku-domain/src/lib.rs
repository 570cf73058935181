//! Kaiku's use cases and the policy that guards them.
//!
//! Every service is a method on [`Services`]; those that act for somebody take the
//! acting [`Viewer`] first. The web crate calls these and nothing below them.

mod clock;
mod cursor;
mod error;
mod html;
mod input;
mod mail;
mod markdown;
pub mod outbox;
pub mod policy;
mod secrets;
pub mod space_policy;
mod viewer;

pub mod account;
pub mod admin_users;
pub mod auth;
pub mod composing;
pub mod follows;
pub mod invitations;
pub mod login_log;
pub mod moderation;
pub mod notifications;
pub mod passwords;
pub mod people;
pub mod search;
pub mod seed;
pub mod settings;
pub mod setup;
pub mod spaces;
pub mod stream;
pub mod wiki;

use std::sync::Arc;

pub use clock::{Clock, ManualClock, SystemClock};
pub use error::{DomainError, FieldError};
pub use kaiku_i18n::{Lang, Tr, Zone};
pub use kaiku_store::{Backend, DbStats};
pub use mail::{MailLogEntry, MailWorker, SmtpSecurity};
pub use notifications::NotificationWorker;
pub use search::SearchWorker;
pub use viewer::{Account, Role, Viewer, ViewerKind};

use kaiku_store::Db;

/// Result of a service call.
pub type Result<T, E = DomainError> = std::result::Result<T, E>;

/// Settings the services need from the deployment.
#[derive(Debug, Clone)]
pub struct DomainConfig {
    /// The public base URL, used in links sent by e-mail (never the request's Host).
    pub public_url: String,
    /// SMTP used when the administrators have not configured one in the settings.
    pub smtp_fallback: Option<settings::SmtpSettings>,
}

/// Every use case, sharing one database, clock and configuration. Cheap to clone.
#[derive(Clone)]
pub struct Services {
    inner: Arc<Inner>,
}

struct Inner {
    db: Db,
    clock: Arc<dyn Clock>,
    config: DomainConfig,
    mail_wake: tokio::sync::Notify,
    /// The key that signs unsubscribe links, once read.
    unsubscribe_key: tokio::sync::OnceCell<Vec<u8>>,
    /// The directory's filter lists, briefly remembered (see `directory_facets`).
    facets: std::sync::Mutex<Option<(std::time::Instant, people::Facets)>>,
    /// Every skill tag held, briefly remembered (see `skill_vocabulary`).
    skill_tags: std::sync::Mutex<Option<(std::time::Instant, Arc<Vec<String>>)>>,
    /// This node's search index, when this process serves (see `open_search`).
    search: std::sync::OnceLock<Arc<kaiku_search::SearchIndex>>,
    /// Searches running in the index at once: one per core (see `on_index`).
    searching: Arc<tokio::sync::Semaphore>,
}

impl Services {
    /// Opens the database at `database_url` (migrating it) and builds the services.
    pub async fn open(
        database_url: &str,
        clock: Arc<dyn Clock>,
        config: DomainConfig,
    ) -> Result<Self> {
        let db = Db::connect(database_url).await?;
        Ok(Self::with_db(db, clock, config))
    }

    /// Builds the services over an already-connected, migrated database.
    pub fn with_db(db: Db, clock: Arc<dyn Clock>, config: DomainConfig) -> Self {
        Services {
            inner: Arc::new(Inner {
                db,
                clock,
                config,
                mail_wake: tokio::sync::Notify::new(),
                unsubscribe_key: tokio::sync::OnceCell::new(),
                facets: std::sync::Mutex::new(None),
                skill_tags: std::sync::Mutex::new(None),
                search: std::sync::OnceLock::new(),
                searching: Arc::new(tokio::sync::Semaphore::new(
                    std::thread::available_parallelism().map_or(2, std::num::NonZero::get),
                )),
            }),
        }
    }

    /// Connects to PostgreSQL with explicit options (the test harness picks a schema).
    pub async fn open_pg_schema(
        url: &str,
        schema: &str,
        clock: Arc<dyn Clock>,
        config: DomainConfig,
    ) -> Result<Self> {
        let db = Db::connect_pg_schema(url, schema).await?;
        db.migrate().await?;
        Ok(Self::with_db(db, clock, config))
    }

    pub(crate) fn db(&self) -> &Db {
        &self.inner.db
    }

    pub(crate) fn now(&self) -> i64 {
        self.inner.clock.now_ms()
    }

    pub(crate) fn config(&self) -> &DomainConfig {
        &self.inner.config
    }

    /// The current time in unix milliseconds, from the injected clock.
    pub fn now_ms(&self) -> i64 {
        self.now()
    }

    /// Which database engine is in use.
    pub fn backend(&self) -> Backend {
        self.inner.db.backend()
    }

    /// Database reachable and every migration applied.
    pub async fn ready(&self) -> bool {
        matches!(self.inner.db.migrations_applied().await, Ok(true))
    }

    /// Connection pool figures.
    pub fn db_stats(&self) -> DbStats {
        self.inner.db.stats()
    }

    /// Applies pending migrations (they also run at start-up).
    pub async fn migrate(&self) -> Result<()> {
        self.inner.db.migrate().await?;
        Ok(())
    }

    /// Closes the database connections.
    pub async fn close(&self) {
        self.inner.db.close().await;
    }

    /// Builds an absolute link from a path.
    pub(crate) fn link(&self, path: &str) -> String {
        format!(
            "{}{}",
            self.inner.config.public_url.trim_end_matches('/'),
            path
        )
    }
}

/// Advisory-lock keys for changes that must not interleave.
pub(crate) mod locks {
    /// Changes to who is an (active) administrator, and first-run setup.
    pub const ADMINS: i64 = 0x4b41_494b_5501;
}

impl Services {
    /// Records an administrative action in the transaction that performs it.
    pub(crate) async fn audit(
        &self,
        tx: &mut kaiku_store::Tx,
        viewer: &Viewer,
        action: &str,
        target: Option<&str>,
        detail: &str,
    ) -> Result<()> {
        let actor = viewer.account.as_ref().map(|a| a.id.as_str());
        kaiku_store::audit::record(
            tx,
            &secrets::new_ordered_id(),
            self.now(),
            actor,
            action,
            target,
            detail,
        )
        .await?;
        Ok(())
    }
}

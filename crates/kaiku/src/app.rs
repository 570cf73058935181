//! Wiring: configuration → services → router and background workers. Used by
//! `kaiku serve` and by the integration tests alike.

use std::sync::Arc;

use kaiku_domain::settings::SmtpSettings;
use kaiku_domain::{
    Clock, DomainConfig, MailWorker, NotificationWorker, SearchWorker, Services, SmtpSecurity,
};
use kaiku_web::{AppState, WebConfig};

use crate::config::Config;

/// A built application.
pub struct App {
    /// The use cases.
    pub services: Services,
    /// The HTTP router.
    pub router: axum::Router,
    /// Cancelled to shut down: live-update streams end, background work stops.
    pub shutdown: tokio_util::sync::CancellationToken,
}

impl App {
    /// Opens the database (migrating it) and builds the router.
    pub async fn build(config: &Config, clock: Arc<dyn Clock>) -> anyhow::Result<App> {
        let services =
            Services::open(&config.database_url(), clock, domain_config(config)?).await?;
        // People from before the directory, or after a collation change, get
        // their sort keys now (nothing to do on an up-to-date database).
        let filed = services.file_people().await?;
        if filed > 0 {
            tracing::info!(people = filed, "filed people for the directory");
        }
        Ok(Self::from_services(config, services))
    }

    /// Builds the router over existing services.
    pub fn from_services(config: &Config, services: Services) -> App {
        let shutdown = tokio_util::sync::CancellationToken::new();
        let state = AppState::new(
            services.clone(),
            WebConfig {
                public_url: config.public_url.clone(),
                trust_proxy: config.trust_proxy,
                metrics_token: config.metrics_token.clone(),
            },
        )
        .with_shutdown(shutdown.clone());
        App {
            router: kaiku_web::router(state),
            services,
            shutdown,
        }
    }

    /// The mail delivery worker for these services.
    pub fn mail_worker(&self) -> MailWorker {
        MailWorker::new(self.services.clone())
    }

    /// Opens this node's search index under the data directory (the server
    /// does; command-line tools leave it to the server).
    pub fn open_search(&self, config: &Config) -> anyhow::Result<()> {
        let dir = config.data_dir.join("search");
        self.services
            .open_search(&dir)
            .map_err(|e| anyhow::anyhow!("opening the search index in {}: {e}", dir.display()))
    }

    /// The worker that keeps the search index in step, once it is open.
    pub fn search_worker(&self) -> Option<SearchWorker> {
        SearchWorker::new(self.services.clone())
    }

    /// The worker that turns outbox events into notifications and sends digests.
    pub fn notification_worker(&self) -> NotificationWorker {
        NotificationWorker::new(self.services.clone())
    }
}

/// The domain's view of the configuration.
pub fn domain_config(config: &Config) -> anyhow::Result<DomainConfig> {
    let smtp_fallback = match &config.smtp {
        Some(s) => {
            let security = match s.security.as_deref() {
                None => SmtpSecurity::default(),
                Some(v) => SmtpSecurity::parse(v).ok_or_else(|| {
                    anyhow::anyhow!("smtp.security must be starttls, tls or none")
                })?,
            };
            Some(SmtpSettings {
                host: s.host.clone(),
                port: s.port.unwrap_or(security.default_port()),
                security,
                username: s.username.clone(),
                password: s.password.clone(),
                from: s.from.clone(),
            })
        }
        None => None,
    };
    Ok(DomainConfig {
        public_url: config.public_url.clone(),
        smtp_fallback,
    })
}

//! Test harness: a running app, personas, an HTTP client with cookies, an SMTP server.

pub mod client;
pub mod smtp;
pub mod sse;
pub mod world;

use std::sync::Arc;
use std::time::Duration;

use kaiku::app::App;
use kaiku::config::{Config, Overrides};
use kaiku_domain::admin_users::NewAccountInput;
use kaiku_domain::{ManualClock, Services, Viewer};

pub use client::{Client, Resp};
pub use smtp::{Mail, SmtpServer};

/// The strong password every persona uses.
pub const PASSWORD: &str = "correct horse battery staple";

/// One isolated Kaiku.
pub struct TestApp {
    pub app: App,
    pub clock: Arc<ManualClock>,
    pub smtp: SmtpServer,
    pub config: Config,
    _dir: tempfile::TempDir,
    worker: tokio::task::JoinHandle<()>,
    notifier: std::sync::Mutex<Option<tokio::task::JoinHandle<()>>>,
    indexer: tokio::task::JoinHandle<()>,
    /// The PostgreSQL schema this app lives in, if on PostgreSQL.
    pg_schema: Option<String>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.worker.abort();
        self.indexer.abort();
        if let Ok(mut n) = self.notifier.lock()
            && let Some(h) = n.take()
        {
            h.abort();
        }
    }
}

async fn open_services(
    config: &Config,
    pg_schema: Option<&str>,
    clock: Arc<ManualClock>,
) -> Services {
    let domain = kaiku::app::domain_config(config).unwrap_or_else(|e| panic!("{e}"));
    match (pg_url(), pg_schema) {
        (Some(url), Some(schema)) => Services::open_pg_schema(&url, schema, clock, domain).await,
        _ => Services::open(&config.database_url(), clock, domain).await,
    }
    .unwrap_or_else(|e| panic!("opening database: {e}"))
}

/// Which backend the suite runs on.
pub fn pg_url() -> Option<String> {
    std::env::var("KAIKU_TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
}

impl TestApp {
    /// A fresh app with no organisation yet.
    pub async fn empty() -> TestApp {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let config = Config::resolve(Overrides {
            data_dir: Some(dir.path().to_path_buf()),
            public_url: Some("http://kaiku.test".into()),
            ..Overrides::default()
        })
        .unwrap_or_else(|e| panic!("config: {e}"));
        let clock = Arc::new(ManualClock::new());
        let pg_schema = pg_url().map(|_| format!("t_{}", uuid::Uuid::new_v4().simple()));
        let services = open_services(&config, pg_schema.as_deref(), clock.clone()).await;
        let app = App::from_services(&config, services);
        app.open_search(&config)
            .unwrap_or_else(|e| panic!("opening search: {e}"));
        let indexer = app
            .search_worker()
            .unwrap_or_else(|| panic!("no search worker"));
        let indexer = tokio::spawn(async move { indexer.run(std::future::pending()).await });
        let smtp = SmtpServer::start().await;
        let w = app.mail_worker();
        let worker = tokio::spawn(async move { w.run(std::future::pending()).await });
        let n = app.notification_worker();
        let notifier = tokio::spawn(async move { n.run(std::future::pending()).await });
        TestApp {
            app,
            clock,
            smtp,
            config,
            _dir: dir,
            worker,
            notifier: std::sync::Mutex::new(Some(notifier)),
            indexer,
            pg_schema,
        }
    }

    /// Another app node on the same database, with no search index or workers
    /// of its own yet (as a second server, or this one restarted, would be).
    pub async fn another_node(&self) -> App {
        let services =
            open_services(&self.config, self.pg_schema.as_deref(), self.clock.clone()).await;
        App::from_services(&self.config, services)
    }

    /// A fresh app whose organisation "Testi Oy" is set up by admin Aino Admin
    /// through the setup page, with e-mail pointing at the test SMTP server.
    pub async fn new() -> TestApp {
        let t = Self::empty().await;
        let admin = t.client();
        let code = t
            .services()
            .setup_code()
            .await
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("no setup code"));
        let r = admin
            .post_form(
                "/setup",
                &[
                    ("org_name", "Testi Oy"),
                    ("display_name", "Aino Admin"),
                    ("email", "admin@testi.fi"),
                    ("password", PASSWORD),
                    ("code", &code),
                ],
            )
            .await;
        assert_eq!(r.status, 303, "setup failed: {}", r.body);
        t.configure_smtp(&admin).await;
        t
    }

    /// Points the organisation's e-mail at the in-process SMTP server.
    pub async fn configure_smtp(&self, admin: &Client) {
        let port = self.smtp.port.to_string();
        let r = admin
            .post_form(
                "/admin/settings",
                &[
                    ("name", "Testi Oy"),
                    ("accent_color", "#0f766e"),
                    ("registration_mode", "closed"),
                    ("allowed_domains", ""),
                    ("default_locale", "en"),
                    ("smtp_host", "127.0.0.1"),
                    ("smtp_port", &port),
                    ("smtp_security", "none"),
                    ("smtp_username", ""),
                    ("smtp_password", ""),
                    ("smtp_from", "Testi Oy <intranet@testi.fi>"),
                    ("space_creation", "everyone"),
                    ("guests_enabled", "1"),
                ],
            )
            .await;
        assert_eq!(r.status, 303, "saving SMTP settings failed: {}", r.body);
    }

    /// Stops the background mail worker, so a test drives delivery itself and
    /// knows exactly which attempt happens when.
    pub fn stop_mail_worker(&self) {
        self.worker.abort();
    }

    /// Kills the notification worker (as a crash would), wherever it is.
    pub fn kill_notifier(&self) {
        if let Ok(mut n) = self.notifier.lock()
            && let Some(h) = n.take()
        {
            h.abort();
        }
    }

    /// Starts a fresh notification worker (as a restart would).
    pub fn start_notifier(&self) {
        let n = self.app.notification_worker();
        let handle = tokio::spawn(async move { n.run(std::future::pending()).await });
        if let Ok(mut slot) = self.notifier.lock()
            && let Some(old) = slot.replace(handle)
        {
            old.abort();
        }
    }

    /// Waits until the notification worker has read every event committed so far.
    pub async fn notifications_settle(&self) {
        let services = self.services();
        for _ in 0..400 {
            let started = services
                .notification_cursor()
                .await
                .ok()
                .flatten()
                .is_some();
            if started && services.notifications_pending().await.unwrap_or(1) == 0 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("the notification worker did not catch up");
    }

    /// Waits until the search index has taken in every change committed so far
    /// (on a busy PostgreSQL server, transactions of other tests still open
    /// hold the outbox back for a while).
    pub async fn search_settles(&self) {
        for _ in 0..1200 {
            if self.services().search_caught_up().await.unwrap_or(false) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("the search index did not catch up");
    }

    /// The domain services (for arranging state the way the CLI would).
    pub fn services(&self) -> &Services {
        &self.app.services
    }

    /// An anonymous browser.
    pub fn client(&self) -> Client {
        Client::new(self.app.router.clone())
    }

    /// Creates an account (as the CLI would) and returns a browser signed in as it.
    pub async fn persona(&self, email: &str, name: &str, role: &str) -> Client {
        self.create_account(email, name, role).await;
        self.sign_in(email, PASSWORD).await
    }

    /// Creates an account as the command line would; returns its id.
    pub async fn create_account(&self, email: &str, name: &str, role: &str) -> String {
        self.services()
            .create_account(
                &Viewer::system(),
                NewAccountInput {
                    email: email.into(),
                    display_name: name.into(),
                    password: PASSWORD.into(),
                    role: role.into(),
                },
            )
            .await
            .unwrap_or_else(|e| panic!("creating {email}: {e}"))
            .id
    }

    /// A browser signed in with e-mail and password through the sign-in form.
    pub async fn sign_in(&self, email: &str, password: &str) -> Client {
        let c = self.client();
        let r = c
            .post_form("/login", &[("email", email), ("password", password)])
            .await;
        assert_eq!(r.status, 303, "sign-in of {email} failed: {}", r.body);
        c
    }

    /// The administrator created by [`TestApp::new`], signed in.
    pub async fn admin(&self) -> Client {
        self.sign_in("admin@testi.fi", PASSWORD).await
    }

    /// A member persona.
    pub async fn member(&self) -> Client {
        self.persona("maija@testi.fi", "Maija Meikäläinen", "member")
            .await
    }

    /// A guest persona (external partner).
    pub async fn guest(&self) -> Client {
        self.persona("guest@partner.se", "Gösta Gäst", "guest")
            .await
    }

    /// A personal access token for `client`'s account, created through the page.
    pub async fn token(&self, client: &Client, label: &str) -> String {
        let r = client
            .post_form(
                "/account/tokens",
                &[("label", label), ("expires_in_days", "30")],
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.body);
        r.between("id=\"new-token\">", "<")
            .unwrap_or_else(|| panic!("no token on the page: {}", r.body))
    }

    /// Waits for a message to `to` whose subject contains `subject`.
    pub async fn mail_to(&self, to: &str, subject: &str) -> Mail {
        self.smtp
            .wait_for(
                |m| m.to.iter().any(|t| t.contains(to)) && m.subject.contains(subject),
                Duration::from_secs(10),
            )
            .await
            .unwrap_or_else(|| {
                panic!(
                    "no mail to {to} about {subject:?}; got: {:?}",
                    self.smtp.summaries()
                )
            })
    }
}

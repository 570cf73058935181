//! The command line: `serve` (the default), `migrate`, and `admin …` for automation.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use kaiku_domain::admin_users::NewAccountInput;
use kaiku_domain::{DomainError, SystemClock, Viewer};
use tokio_util::sync::CancellationToken;

use crate::app::App;
use crate::config::{Config, Overrides};

/// Kaiku, the social intranet.
#[derive(Debug, Parser)]
#[command(name = "kaiku", version, about)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Configuration file (default: ./kaiku.toml if present).
    #[arg(long, env = "KAIKU_CONFIG", global = true)]
    pub config: Option<PathBuf>,
    /// Address to listen on [default: 127.0.0.1:8080].
    #[arg(long, env = "KAIKU_LISTEN", global = true)]
    pub listen: Option<String>,
    /// Data directory for the SQLite database and files [default: ./kaiku-data].
    #[arg(long, env = "KAIKU_DATA_DIR", global = true)]
    pub data_dir: Option<PathBuf>,
    /// Database URL (postgres://…); SQLite in the data directory when absent.
    #[arg(long, env = "KAIKU_DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// Public URL people use to reach Kaiku [default: http://<listen>].
    #[arg(long, env = "KAIKU_PUBLIC_URL", global = true)]
    pub public_url: Option<String>,
    /// Trust X-Forwarded-For from a reverse proxy.
    #[arg(long, env = "KAIKU_TRUST_PROXY", global = true)]
    pub trust_proxy: Option<bool>,
    /// Log format: pretty or json.
    #[arg(long, env = "KAIKU_LOG_FORMAT", global = true)]
    pub log_format: Option<String>,
    /// Token remote Prometheus scrapers send to read /metrics (local clients need none).
    #[arg(
        long,
        env = "KAIKU_METRICS_TOKEN",
        global = true,
        hide_env_values = true
    )]
    pub metrics_token: Option<String>,
}

/// What to do.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the server (the default).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Rebuild every node's search index from the database (running servers
    /// start at once; others when they next start).
    Reindex,
    /// Generate a realistic organisation into an empty database.
    Seed(SeedArgs),
    /// Start the server on the (seeded) database and measure it under load.
    Bench(BenchArgs),
    /// Administration for scripts.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

/// `kaiku seed …`
#[derive(Debug, Args)]
pub struct SeedArgs {
    /// A small, lively organisation to click around in (overrides the sizes).
    #[arg(long)]
    pub demo: bool,
    /// The same seed gives the same organisation.
    #[arg(long, default_value_t = 2026)]
    pub rng_seed: u64,
    #[arg(long, default_value_t = 300)]
    pub users: usize,
    #[arg(long, default_value_t = 30)]
    pub spaces: usize,
    #[arg(long, default_value_t = 5_000)]
    pub posts: usize,
    #[arg(long, default_value_t = 15_000)]
    pub comments: usize,
    /// The password every generated account shares.
    #[arg(long, default_value = "kaiku-demo-2026")]
    pub password: String,
}

/// `kaiku bench …`
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Concurrent signed-in virtual users.
    #[arg(long, default_value_t = 32)]
    pub users: usize,
    /// Seconds measured.
    #[arg(long, default_value_t = 30)]
    pub seconds: u64,
    /// Seconds of load before measuring.
    #[arg(long, default_value_t = 5)]
    pub warmup: u64,
    /// Where the server under test listens.
    #[arg(long = "bench-listen", default_value = "127.0.0.1:18080")]
    pub bench_listen: String,
    /// The seeded accounts' password.
    #[arg(long, default_value = "kaiku-demo-2026")]
    pub password: String,
    /// Also write the results as JSON here.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Only these operations, comma-separated (e.g. "create post,comment").
    #[arg(long, value_delimiter = ',')]
    pub only: Vec<String>,
    /// Milliseconds each virtual user pauses after a request (0: saturate).
    #[arg(long = "think-ms", default_value_t = 0)]
    pub think_ms: u64,
    /// The Accept-Encoding header the virtual users send ('' for none).
    #[arg(long = "accept-encoding", default_value = "br, gzip")]
    pub accept_encoding: String,
}

/// `kaiku admin …`
#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an account; prints its id.
    CreateUser {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// The password; read from standard input when omitted (keeps it out of `ps`).
        #[arg(long)]
        password: Option<String>,
        /// admin, member or guest.
        #[arg(long, default_value = "member")]
        role: String,
    },
    /// Issue a personal access token; prints it on the last line.
    Token {
        #[arg(long)]
        email: String,
        /// A label to recognise the token by.
        #[arg(long)]
        name: String,
        /// Days until it expires: 7, 30, 90, 365 or never.
        #[arg(long, default_value = "90")]
        expires_in_days: String,
    },
    /// Set someone's password (signs them out everywhere).
    SetPassword {
        #[arg(long)]
        email: String,
        /// The password; read from standard input when omitted (keeps it out of `ps`).
        #[arg(long)]
        password: Option<String>,
    },
}

impl GlobalArgs {
    fn overrides(&self) -> Overrides {
        Overrides {
            config: self.config.clone(),
            listen: self.listen.clone(),
            data_dir: self.data_dir.clone(),
            database_url: self.database_url.clone(),
            public_url: self.public_url.clone(),
            trust_proxy: self.trust_proxy,
            log_format: self.log_format.clone(),
            metrics_token: self.metrics_token.clone(),
        }
    }
}

/// Runs the command line.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = Config::resolve(cli.global.overrides())?;
    init_tracing(&config);
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Migrate => {
            let app = App::build(&config, Arc::new(SystemClock)).await?;
            app.services.close().await;
            println!("migrations applied");
            Ok(())
        }
        Command::Reindex => {
            let app = App::build(&config, Arc::new(SystemClock)).await?;
            app.services
                .request_reindex(&Viewer::system())
                .await
                .map_err(describe)?;
            app.services.close().await;
            println!("search index rebuild requested; the server rebuilds it in the background");
            Ok(())
        }
        Command::Admin { command } => admin(config, command).await,
        Command::Seed(args) => seed(config, args).await,
        Command::Bench(args) => {
            crate::bench::run(
                &config,
                &crate::bench::BenchOptions {
                    users: args.users.max(1),
                    seconds: args.seconds.max(1),
                    warmup: args.warmup,
                    listen: args.bench_listen,
                    password: args.password,
                    out: args.out,
                    only: args.only.iter().map(|s| s.trim().to_owned()).collect(),
                    think_ms: args.think_ms,
                    accept_encoding: args.accept_encoding,
                },
            )
            .await?;
            Ok(())
        }
    }
}

/// Generates an organisation and prints how to sign in to it.
async fn seed(config: Config, args: SeedArgs) -> anyhow::Result<()> {
    let options = if args.demo {
        crate::seed::SeedOptions {
            password: args.password,
            ..crate::seed::SeedOptions::demo()
        }
    } else {
        crate::seed::SeedOptions {
            rng_seed: args.rng_seed,
            users: args.users,
            spaces: args.spaces,
            posts: args.posts,
            comments: args.comments,
            password: args.password,
        }
    };
    let app = App::build(&config, Arc::new(SystemClock)).await?;
    let report = crate::seed::run(&app.services, &options).await?;
    app.services.close().await;
    println!(
        "Seeded in {:.1} s: {} people ({} partner guests), {} units, {} spaces ({} memberships), \
         {} posts, {} comments, {} reactions, {} wiki pages.",
        report.seconds,
        report.people,
        report.guests,
        report.units,
        report.spaces,
        report.memberships,
        report.posts,
        report.comments,
        report.reactions,
        report.wiki_pages
    );
    println!("Every account's password: {}", options.password);
    for (email, name, role) in &report.accounts {
        println!("  {role:<7} {email:<44} {name}");
    }
    Ok(())
}

fn init_tracing(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = if config.log_format == "json" {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}

fn describe(e: DomainError) -> anyhow::Error {
    match e {
        DomainError::Invalid(fields) => {
            let list: Vec<String> = fields
                .iter()
                .map(|f| {
                    format!(
                        "{}: {}",
                        f.field,
                        kaiku_domain::Tr::new(kaiku_domain::Lang::En).t(f.key)
                    )
                })
                .collect();
            anyhow::anyhow!("invalid input: {}", list.join("; "))
        }
        DomainError::Conflict { key } => {
            anyhow::anyhow!("{}", kaiku_domain::Tr::new(kaiku_domain::Lang::En).t(key))
        }
        DomainError::NotFound => anyhow::anyhow!("no such account"),
        other => anyhow::anyhow!("{other}"),
    }
}

/// The given password, or the first line of standard input.
fn password_or_stdin(given: Option<String>) -> anyhow::Result<String> {
    match given {
        Some(p) => Ok(p),
        None => {
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .context("reading the password from standard input")?;
            Ok(line.trim_end_matches(['\n', '\r']).to_owned())
        }
    }
}

async fn admin(config: Config, command: AdminCommand) -> anyhow::Result<()> {
    let app = App::build(&config, Arc::new(SystemClock)).await?;
    let services = &app.services;
    let system = Viewer::system();
    let result = match command {
        AdminCommand::CreateUser {
            email,
            name,
            password,
            role,
        } => {
            let password = password_or_stdin(password)?;
            services
                .create_account(
                    &system,
                    NewAccountInput {
                        email,
                        display_name: name,
                        password,
                        role,
                    },
                )
                .await
                .map(|acc| println!("{}", acc.id))
        }
        AdminCommand::Token {
            email,
            name,
            expires_in_days,
        } => services
            .issue_token_for(&system, &email, &name, &expires_in_days)
            .await
            .map(|t| {
                println!("Token for {email} (shown once; store it safely):");
                println!("{}", t.secret);
            }),
        AdminCommand::SetPassword { email, password } => {
            let password = password_or_stdin(password)?;
            services
                .set_password_of(&system, &email, &password)
                .await
                .map(|()| println!("password set; {email} was signed out everywhere"))
        }
    };
    services.close().await;
    result.map_err(describe)
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let app = App::build(&config, Arc::new(SystemClock))
        .await
        .with_context(|| format!("opening the database ({})", redact(&config.database_url())))?;
    app.open_search(&config)?;
    let listener = tokio::net::TcpListener::bind(&config.listen)
        .await
        .with_context(|| format!("listening on {}", config.listen))?;
    let local = listener.local_addr()?;
    tracing::info!(
        address = %local,
        url = %config.public_url,
        backend = ?app.services.backend(),
        startup_ms = started.elapsed().as_millis() as u64,
        "Kaiku is listening on http://{local}"
    );
    if config.public_url.contains("://0.0.0.0") || config.public_url.contains("://[::]") {
        tracing::warn!(
            "public_url is {}: links in e-mail will not work; set --public-url to the address people use",
            config.public_url
        );
    }
    if let Some(code) = app.services.setup_code().await.map_err(describe)? {
        tracing::warn!(
            "No administrator yet. Open {} and use this one-time setup code: {code}",
            config.public_url
        );
    }

    let shutdown: CancellationToken = app.shutdown.clone();
    let worker = {
        let token = shutdown.clone();
        let w = app.mail_worker();
        tokio::spawn(async move { w.run(token.cancelled_owned()).await })
    };
    let notifier = {
        let token = shutdown.clone();
        let w = app.notification_worker();
        tokio::spawn(async move { w.run(token.cancelled_owned()).await })
    };
    let indexer = app.search_worker().map(|w| {
        let token = shutdown.clone();
        tokio::spawn(async move { w.run(token.cancelled_owned()).await })
    });
    let housekeeping = {
        let token = shutdown.clone();
        let services = app.services.clone();
        tokio::spawn(async move {
            loop {
                tokio::select! {
                    () = token.cancelled() => return,
                    () = tokio::time::sleep(Duration::from_secs(3600)) => {
                        if let Err(e) = services.purge_expired_sessions().await {
                            tracing::warn!(error = %e, "could not purge expired sessions");
                        }
                    }
                }
            }
        })
    };

    let server_token = shutdown.clone();
    axum::serve(
        listener,
        app.router
            .clone()
            .into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        wait_for_signal().await;
        tracing::info!("shutting down: finishing requests in flight");
        server_token.cancel();
    })
    .await?;
    shutdown.cancel();
    let _ = tokio::time::timeout(Duration::from_secs(10), async {
        let _ = worker.await;
        let _ = notifier.await;
        if let Some(i) = indexer {
            let _ = i.await;
        }
        let _ = housekeeping.await;
    })
    .await;
    app.services.close().await;
    tracing::info!("stopped");
    Ok(())
}

async fn wait_for_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

/// A database URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let creds = &url[scheme + 3..at];
            let user = creds.split(':').next().unwrap_or("");
            format!("{}{}:***{}", &url[..scheme + 3], user, &url[at..])
        }
        _ => url.to_owned(),
    }
}

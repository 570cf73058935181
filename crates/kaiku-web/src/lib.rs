//! Kaiku's HTTP face: HTML pages, the JSON API, health and metrics.
//!
//! This crate never touches the database: every handler extracts its input, calls one
//! service of [`kaiku_domain::Services`] and renders the result.

mod api;
mod assets;
mod ctx;
mod error;
mod events;
mod extract;
mod icons;
mod look;
mod metrics;
mod pages;
mod security;
mod views;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;
use kaiku_domain::Services;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;

pub use assets::Assets;

/// How the web layer is deployed.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// The public base URL (`https://…` makes cookies `Secure` and enables HSTS).
    pub public_url: String,
    /// Trust `X-Forwarded-For` / `X-Forwarded-Proto` from a reverse proxy.
    pub trust_proxy: bool,
    /// Bearer token that unlocks `/metrics` for remote scrapers; without it only
    /// clients on this machine may read metrics.
    pub metrics_token: Option<String>,
}

/// Everything handlers share.
#[derive(Clone)]
pub struct AppState {
    pub(crate) services: Services,
    pub(crate) config: Arc<WebConfig>,
    pub(crate) assets: Arc<Assets>,
    pub(crate) metrics: metrics::Metrics,
    pub(crate) hub: Arc<events::Hub>,
    /// Cancelled at shutdown: ends live-update streams so the server can stop.
    pub(crate) shutdown: tokio_util::sync::CancellationToken,
}

impl AppState {
    /// Builds the state.
    pub fn new(services: Services, config: WebConfig) -> Self {
        AppState {
            services,
            config: Arc::new(config),
            assets: Arc::new(Assets::load()),
            metrics: metrics::Metrics::install(),
            hub: Arc::new(events::Hub::new()),
            shutdown: tokio_util::sync::CancellationToken::new(),
        }
    }

    /// Ends live-update streams when `token` is cancelled (graceful shutdown).
    pub fn with_shutdown(mut self, token: tokio_util::sync::CancellationToken) -> Self {
        self.shutdown = token;
        self
    }

    /// Whether the site is served over TLS (directly or behind a proxy that says so).
    pub(crate) fn https(&self) -> bool {
        self.config.public_url.starts_with("https://")
    }
}

/// Largest request body outside upload routes.
pub const BODY_LIMIT: usize = 64 * 1024;

/// Largest body of a wiki page's form or JSON: a page of
/// `kaiku_domain::wiki::BODY_MAX` characters, form-encoded, with room to spare.
pub const WIKI_BODY_LIMIT: usize = 1024 * 1024;

/// The whole application.
pub fn router(state: AppState) -> Router {
    let pages = pages::routes(state.clone());
    let api = api::routes(state.clone());
    Router::new()
        .route("/healthz", get(ops_healthz))
        .route("/readyz", get(ops_readyz))
        .route("/metrics", get(metrics::render))
        .route("/assets/{name}", get(assets::serve))
        .nest("/api/v1", api)
        .merge(pages::cross_site_routes(state.clone()))
        .merge(pages)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        // A stream page is some 100 KB of HTML; over a VPN that matters more than
        // the CPU to shrink it. Live updates (text/event-stream) and images are
        // left alone by the default predicate. Gzip only: a brotli encoder zeroes
        // a 4 MB window for every response (its size is not adjustable here),
        // which `perf` found to be 5.5 % of the server's CPU under load.
        .layer(
            tower_http::compression::CompressionLayer::new()
                .quality(tower_http::CompressionLevel::Precise(4)),
        )
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security::headers,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::track,
        ))
        .layer(CatchPanicLayer::custom(error::panic_response))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(30),
        ))
        .layer(
            tower_http::trace::TraceLayer::new_for_http()
                .make_span_with(security::make_span)
                .on_response(
                    tower_http::trace::DefaultOnResponse::new()
                        .level(tracing::Level::INFO)
                        .latency_unit(tower_http::LatencyUnit::Micros),
                ),
        )
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .with_state(state)
}

async fn ops_healthz() -> &'static str {
    "ok"
}

async fn ops_readyz(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> (axum::http::StatusCode, &'static str) {
    if state.services.ready().await {
        (axum::http::StatusCode::OK, "ready")
    } else {
        (axum::http::StatusCode::SERVICE_UNAVAILABLE, "not ready")
    }
}

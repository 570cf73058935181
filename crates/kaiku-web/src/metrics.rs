//! Prometheus metrics: requests by route and status, latency histograms, database
//! pool figures and build info, rendered at `/metrics`.

use std::sync::OnceLock;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

use crate::AppState;

/// A handle to the process-wide recorder.
#[derive(Clone)]
pub(crate) struct Metrics {
    handle: Option<PrometheusHandle>,
}

static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();

impl Metrics {
    /// Installs the recorder once per process (several apps in one test process
    /// share it).
    pub(crate) fn install() -> Self {
        let handle = HANDLE
            .get_or_init(|| {
                let builder = PrometheusBuilder::new()
                    .set_buckets(&[
                        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
                    ])
                    .ok()?;
                let handle = builder.install_recorder().ok()?;
                metrics::gauge!("kaiku_build_info", "version" => env!("CARGO_PKG_VERSION"))
                    .set(1.0);
                Some(handle)
            })
            .clone();
        Metrics { handle }
    }
}

/// Counts and times every request by its route template (never the raw path, which
/// would explode the label set).
pub(crate) async fn track(req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().as_str().to_owned();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned())
        .unwrap_or_else(|| "unmatched".to_owned());
    let res = next.run(req).await;
    let status = res.status().as_u16().to_string();
    let labels = [("method", method), ("route", route), ("status", status)];
    metrics::counter!("http_requests_total", &labels).increment(1);
    metrics::histogram!("http_request_duration_seconds", &labels)
        .record(start.elapsed().as_secs_f64());
    res
}

/// Serves the metrics to local clients, or to remote ones presenting the token.
pub(crate) async fn render(State(state): State<AppState>, req: Request) -> Response {
    let connect = req
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>();
    let allowed = match &state.config.metrics_token {
        Some(token) => req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .is_some_and(|given| constant_time_eq(given.as_bytes(), token.as_bytes())),
        None => connect.is_some_and(|c| c.0.ip().is_loopback()),
    };
    if !allowed {
        return axum::http::StatusCode::NOT_FOUND.into_response();
    }
    let stats = state.services.db_stats();
    metrics::gauge!("kaiku_db_pool_connections").set(f64::from(stats.size));
    metrics::gauge!("kaiku_db_pool_idle_connections").set(f64::from(stats.idle));
    if let Some((transactions, commits)) = stats.group_commit {
        metrics::counter!("kaiku_db_write_transactions_total").absolute(transactions);
        metrics::counter!("kaiku_db_write_commits_total").absolute(commits);
    }
    if let Some(search) = state.services.search_status() {
        metrics::gauge!("kaiku_search_ready").set(if search.ready { 1.0 } else { 0.0 });
        metrics::gauge!("kaiku_search_documents").set(search.documents as f64);
        metrics::gauge!("kaiku_search_index_bytes").set(search.bytes as f64);
    }
    let body = state
        .metrics
        .handle
        .as_ref()
        .map(PrometheusHandle::render)
        .unwrap_or_default();
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
        )],
        body,
    )
        .into_response()
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

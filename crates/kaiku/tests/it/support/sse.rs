//! Reading a live-update stream (`/events`) the way a browser's EventSource would.

use std::time::Duration;

use axum::body::Body;
use http_body_util::BodyExt;
use tower::ServiceExt;

use super::{Client, TestApp};

/// Opens `/events` as `client` and returns a function reading the next chunk of text.
pub async fn open(t: &TestApp, client: &Client) -> axum::body::Body {
    let req = client
        .request("GET", "/events")
        .body(Body::empty())
        .unwrap_or_else(|e| panic!("{e}"));
    let res = t
        .app
        .router
        .clone()
        .oneshot(req)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .starts_with("text/event-stream")
    );
    res.into_body()
}

/// Reads events until `until` appears in the text (or the time is up); returns all text.
pub async fn read_until(body: &mut Body, until: &str, secs: u64) -> String {
    let mut seen = String::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(secs);
    while !seen.contains(until) {
        match tokio::time::timeout_at(deadline, body.frame()).await {
            Ok(Some(Ok(frame))) => {
                if let Some(data) = frame.data_ref() {
                    seen.push_str(&String::from_utf8_lossy(data));
                }
            }
            _ => break,
        }
    }
    seen
}

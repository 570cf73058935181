//! Health, readiness and metrics.

use crate::support::TestApp;

#[tokio::test]
async fn health_and_readiness() {
    let t = TestApp::new().await;
    let c = t.client();
    let r = c.get("/healthz").await;
    assert_eq!((r.status, r.body.as_str()), (200, "ok"));
    let r = c.get("/readyz").await;
    assert_eq!((r.status, r.body.as_str()), (200, "ready"));
}

#[tokio::test]
async fn metrics_count_requests_by_route_in_prometheus_format() {
    let t = TestApp::new().await;
    // Remote clients without the token see nothing.
    assert_eq!(t.client().get("/metrics").await.status, 404);
    let c = t.client().connecting_from([127, 0, 0, 1]);
    c.get("/login").await;
    c.get("/reset/some-token-value").await;
    let r = c.get("/metrics").await;
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").starts_with("text/plain"));
    assert!(r.body.contains("http_requests_total{"), "{}", r.body);
    assert!(
        r.body.contains("route=\"/reset/{token}\""),
        "routes, not raw paths"
    );
    assert!(!r.body.contains("some-token-value"));
    assert!(r.body.contains("http_request_duration_seconds_bucket"));
    assert!(r.body.contains("kaiku_db_pool_connections"));
    assert!(r.body.contains("kaiku_build_info"));
}

#[tokio::test]
async fn pages_are_compressed_for_browsers_that_ask_and_live_updates_are_not() {
    let t = TestApp::new().await;
    let c = t.client();
    let plain = c.get("/login").await;
    assert_eq!(plain.status, 200);
    assert!(plain.headers.get("content-encoding").is_none());
    // Browsers offer brotli too; pages come gzipped all the same.
    for accept in ["gzip", "br, gzip", "gzip, deflate, br, zstd"] {
        let req = c
            .request("GET", "/login")
            .header("accept-encoding", accept)
            .body(axum::body::Body::empty())
            .unwrap_or_else(|e| panic!("{e}"));
        let r = c.send(req).await;
        assert_eq!(r.status, 200);
        assert_eq!(
            r.headers
                .get("content-encoding")
                .and_then(|v| v.to_str().ok()),
            Some("gzip"),
            "{accept}"
        );
        assert!(
            r.bytes.len() * 2 < plain.bytes.len(),
            "{accept}: {} of {} bytes",
            r.bytes.len(),
            plain.bytes.len()
        );
    }
    // The live-update stream must reach the browser event by event, never
    // held back by a compressor.
    let member = t.persona("mem@testi.fi", "Maija", "member").await;
    let req = member
        .request("GET", "/events")
        .header("accept-encoding", "gzip, br")
        .body(axum::body::Body::empty())
        .unwrap_or_else(|e| panic!("{e}"));
    let res = tower::ServiceExt::oneshot(t.app.router.clone(), req)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.status(), 200);
    assert!(res.headers().get("content-encoding").is_none());
}

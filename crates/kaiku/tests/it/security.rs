//! The security baseline: CSRF, headers, cookies, no state change on GET.

use axum::body::Body;

use crate::support::TestApp;

#[tokio::test]
async fn cross_site_posts_are_refused_and_change_nothing() {
    let t = TestApp::new().await;
    let admin = t.admin().await;
    let forged = admin
        .cross_site_request("POST", "/admin/invitations")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", "https://evil.example")
        .header("sec-fetch-site", "cross-site")
        .body(Body::from("email=victim%40testi.fi&role=member"))
        .unwrap_or_else(|e| panic!("{e}"));
    let r = admin.send(forged).await;
    assert_eq!(r.status, 403);
    assert!(
        r.body.contains("have access to this"),
        "a page, not raw text"
    );
    assert!(
        t.services()
            .invitations(&kaiku_domain::Viewer::system())
            .await
            .unwrap_or_default()
            .is_empty()
    );
    // A cross-origin Origin without Fetch Metadata is refused too.
    let forged = admin
        .cross_site_request("POST", "/logout")
        .header("origin", "https://evil.example")
        .body(Body::empty())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(admin.send(forged).await.status, 403);
    assert_eq!(admin.get("/account").await.status, 200, "still signed in");
}

#[tokio::test]
async fn every_page_carries_the_security_headers() {
    let t = TestApp::new().await;
    let c = t.client();
    for path in [
        "/login",
        "/healthz",
        "/api/v1/openapi.json",
        "/no-such-page",
    ] {
        let r = c.get(path).await;
        let csp = r.header("content-security-policy");
        assert!(
            csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(r.header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(r.header("x-frame-options"), "DENY", "{path}");
        assert!(
            !r.header("x-request-id").is_empty(),
            "{path} has a request id"
        );
    }
    let page = c.get("/login").await;
    assert!(!page.body.contains("<script>"), "no inline script");
    assert!(!page.body.contains("style=\""), "no inline style");
}

#[tokio::test]
async fn state_never_changes_on_get() {
    let t = TestApp::new().await;
    let admin = t.admin().await;
    for path in [
        "/logout",
        "/account/sessions/revoke-all",
        "/admin/settings/test-mail",
        "/language?lang=fi",
    ] {
        let r = admin.get(path).await;
        assert!(r.status == 405 || r.status == 404, "{path}: {}", r.status);
        assert!(
            r.body.contains("class=\"error-page\""),
            "{path}: a localized page"
        );
    }
    assert_eq!(admin.get("/account").await.status, 200);
}

#[tokio::test]
async fn session_cookies_are_secure_behind_https() {
    let t = TestApp::empty().await;
    let config = kaiku::config::Config {
        public_url: "https://intra.example.fi".into(),
        ..t.config.clone()
    };
    let app = kaiku::app::App::from_services(&config, t.services().clone());
    let c = crate::support::Client::new(app.router);
    let r = c.get("/setup").await;
    assert!(r.header("strict-transport-security").contains("max-age="));
    let code = t
        .services()
        .setup_code()
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    let r = c
        .post_form(
            "/setup",
            &[
                ("org_name", "X"),
                ("display_name", "A"),
                ("email", "a@x.fi"),
                ("password", crate::support::PASSWORD),
                ("code", &code),
            ],
        )
        .await;
    assert!(
        r.header("set-cookie").contains("; Secure"),
        "{}",
        r.header("set-cookie")
    );
}

#[tokio::test]
async fn oversized_form_bodies_are_refused() {
    let t = TestApp::new().await;
    let c = t.client();
    let big = "x".repeat(200_000);
    let r = c
        .post_form("/login", &[("email", &big), ("password", "x")])
        .await;
    assert_eq!(r.status, 413);
    assert!(r.body.contains("That was too large"));
}

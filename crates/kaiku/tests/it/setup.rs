//! First run: the setup page, its code, and that it closes for good.

use crate::support::{PASSWORD, TestApp};

#[tokio::test]
async fn a_fresh_install_sends_every_page_to_setup() {
    let t = TestApp::empty().await;
    let c = t.client();
    for path in ["/", "/login", "/admin/users", "/account"] {
        let r = c.get(path).await;
        assert_eq!(r.status, 303, "{path}");
        assert_eq!(r.location(), "/setup", "{path}");
    }
    let r = c.get("/setup").await;
    assert_eq!(r.status, 200);
    assert!(
        r.body.contains("name=\"code\""),
        "setup form asks for the code"
    );
    // Health checks and the API are not behind setup.
    assert_eq!(c.get("/healthz").await.status, 200);
    assert_eq!(c.api("GET", "/api/v1/me", None, None).await.status, 401);
}

#[tokio::test]
async fn setup_creates_the_organisation_and_signs_the_admin_in() {
    let t = TestApp::empty().await;
    let code = t
        .services()
        .setup_code()
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    assert_eq!(
        code.len(),
        19,
        "code looks like ABCD-EFGH-JKLM-NPQR: {code}"
    );
    // Every node (every call) sees the same code while setup is open.
    assert_eq!(
        t.services().setup_code().await.ok().flatten(),
        Some(code.clone())
    );
    let c = t.client();
    let r = c
        .post_form(
            "/setup",
            &[
                ("org_name", "Kaiku Oy"),
                ("display_name", "Aino Admin"),
                ("email", "Aino@Kaiku.fi"),
                ("password", PASSWORD),
                ("code", &code.to_lowercase()),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(c.cookie("kaiku_session").is_some());
    let home = c.get(&r.location()).await;
    assert_eq!(home.status, 200);
    assert!(home.body.contains("Welcome, Aino Admin"), "{}", home.body);
    assert!(home.body.contains("Kaiku Oy"));
    assert!(
        home.body.contains("href=\"/admin/users\""),
        "admins see administration"
    );

    // The setup page is gone.
    let again = t.client().get("/setup").await;
    assert_eq!(again.status, 303);
    assert_eq!(again.location(), "/");
    let replay = t
        .client()
        .post_form(
            "/setup",
            &[
                ("org_name", "Evil"),
                ("display_name", "Evil"),
                ("email", "evil@x.fi"),
                ("password", PASSWORD),
                ("code", &code),
            ],
        )
        .await;
    assert_eq!(replay.status, 404);
    assert_eq!(t.services().setup_code().await.ok().flatten(), None);
}

#[tokio::test]
async fn setup_rejects_a_wrong_code_and_bad_fields_and_changes_nothing() {
    let t = TestApp::empty().await;
    let c = t.client();
    let r = c
        .post_form(
            "/setup",
            &[
                ("org_name", ""),
                ("display_name", "  "),
                ("email", "not-an-email"),
                ("password", "short"),
                ("code", ""),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    for msg in [
        "Please fill in this field.",
        "Enter an e-mail address such as name@example.com.",
        "Use at least 10 characters.",
    ] {
        assert!(r.body.contains(msg), "missing {msg:?}");
    }
    assert!(
        r.body.contains("value=\"not-an-email\""),
        "typed values are kept"
    );
    let r = c
        .post_form(
            "/setup",
            &[
                ("org_name", "Kaiku Oy"),
                ("display_name", "Aino"),
                ("email", "aino@kaiku.fi"),
                ("password", PASSWORD),
                ("code", "WRNG-CODE-0000-0000"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("The setup code is not correct."));
    assert!(
        t.services().needs_setup().await.unwrap_or(false),
        "nothing was created"
    );
    let long = "x".repeat(81);
    let r = c
        .post_form(
            "/setup",
            &[
                ("org_name", &long),
                ("display_name", "Aino"),
                ("email", "aino@kaiku.fi"),
                ("password", PASSWORD),
                ("code", "X"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("This is too long."));
}

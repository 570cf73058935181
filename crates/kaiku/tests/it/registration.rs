//! Self-service registration: closed, open to listed domains, or by approval.

use crate::support::{PASSWORD, TestApp};

async fn set_mode(t: &TestApp, mode: &str, domains: &str) {
    let admin = t.admin().await;
    let port = t.smtp.port.to_string();
    let r = admin
        .post_form(
            "/admin/settings",
            &[
                ("name", "Testi Oy"),
                ("accent_color", "#0f766e"),
                ("registration_mode", mode),
                ("allowed_domains", domains),
                ("default_locale", "en"),
                ("smtp_host", "127.0.0.1"),
                ("smtp_port", &port),
                ("smtp_security", "none"),
                ("smtp_from", "intranet@testi.fi"),
                ("space_creation", "everyone"),
                ("guests_enabled", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
}

#[tokio::test]
async fn closed_registration_is_invitation_only() {
    let t = TestApp::new().await;
    let c = t.client();
    let page = c.get("/signup").await;
    assert!(
        page.body
            .contains("Accounts are created by invitation only.")
    );
    assert!(!c.get("/login").await.body.contains("href=\"/signup\""));
    let r = c
        .post_form("/signup", &[("email", "someone@testi.fi")])
        .await;
    assert_eq!(r.status, 403);
}

#[tokio::test]
async fn allowed_domains_can_join_after_confirming_their_address() {
    let t = TestApp::new().await;
    set_mode(&t, "domains", "testi.fi").await;
    let c = t.client();
    assert!(c.get("/login").await.body.contains("href=\"/signup\""));
    let r = c
        .post_form("/signup", &[("email", "outsider@gmail.com")])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("not open to this e-mail domain"));
    let r = c
        .post_form("/signup", &[("email", "Uusi.Tyontekija@testi.fi")])
        .await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("Check your inbox"));
    // An existing account gets the same answer, and no mail.
    let r2 = c.post_form("/signup", &[("email", "admin@testi.fi")]).await;
    assert_eq!(r2.status, 200);
    assert!(r2.body.contains("Check your inbox"));
    let mail = t
        .mail_to("uusi.tyontekija@testi.fi", "Confirm your address")
        .await;
    let link = mail.link("http://kaiku.test/invite/").unwrap_or_default();
    let r = c
        .post_form(
            link.trim_start_matches("http://kaiku.test"),
            &[
                ("display_name", "Uusi Työntekijä"),
                ("password", PASSWORD),
                ("confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(c.get("/").await.body.contains("Welcome, Uusi Työntekijä"));
    assert!(!t.smtp.all().iter().any(
        |m| m.to.iter().any(|x| x.contains("admin@testi.fi")) && m.subject.contains("Confirm")
    ));
}

#[tokio::test]
async fn requests_are_approved_or_rejected_and_the_applicant_is_told() {
    let t = TestApp::new().await;
    set_mode(&t, "approval", "").await;
    let fin = t.client().with_language("fi-FI,fi;q=0.9");
    let r = fin
        .post_form(
            "/signup",
            &[
                ("display_name", "Liisa Lehtinen"),
                ("email", "liisa@kumppani.fi"),
                ("message", "Projektipäällikkö, kumppani"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    t.clock.advance_ms(1000);
    let sv = t.client().with_language("sv");
    sv.post_form(
        "/signup",
        &[
            ("display_name", "Sven Svensson"),
            ("email", "sven@partner.se"),
            ("message", ""),
        ],
    )
    .await;
    let bad = t
        .client()
        .post_form(
            "/signup",
            &[("display_name", ""), ("email", "x"), ("message", "")],
        )
        .await;
    assert_eq!(bad.status, 422);

    let admin = t.admin().await;
    let list = admin.get("/admin/requests").await;
    assert!(
        list.body.contains("Liisa Lehtinen") && list.body.contains("Projektipäällikkö, kumppani")
    );
    let first = list
        .between("action=\"/admin/requests/", "/approve\"")
        .unwrap_or_default();
    let r = admin
        .post_form(&format!("/admin/requests/{first}/approve"), &[])
        .await;
    assert_eq!(r.status, 200);
    let approved = t.mail_to("liisa@kumppani.fi", "Testi Oy").await;
    let link = approved
        .link("http://kaiku.test/invite/")
        .unwrap_or_else(|| panic!("{}", approved.text));
    assert!(
        approved.text.contains("Hei") || approved.text.contains("Liisa"),
        "{}",
        approved.text
    );
    let liisa = t.client();
    let r = liisa
        .post_form(
            link.trim_start_matches("http://kaiku.test"),
            &[
                ("display_name", "Liisa Lehtinen"),
                ("password", PASSWORD),
                ("confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status, 303);

    let list = admin.get("/admin/requests").await;
    let second = list
        .between("action=\"/admin/requests/", "/approve\"")
        .unwrap_or_default();
    let r = admin
        .post_form(&format!("/admin/requests/{second}/reject"), &[])
        .await;
    assert_eq!(r.status, 303);
    let rejected = t.mail_to("sven@partner.se", "Testi Oy").await;
    assert!(rejected.link("http://kaiku.test/invite/").is_none());
    assert!(
        admin
            .get("/admin/requests")
            .await
            .body
            .contains("No pending requests")
    );
    // Deciding twice is not possible.
    assert_eq!(
        admin
            .post_form(&format!("/admin/requests/{second}/approve"), &[])
            .await
            .status,
        404
    );
}

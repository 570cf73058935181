//! Administration: people, roles, deactivation, invitations, settings, login log.

use crate::support::{PASSWORD, TestApp};

#[tokio::test]
async fn only_admins_reach_administration() {
    let t = TestApp::new().await;
    let member = t.member().await;
    for path in [
        "/admin/users",
        "/admin/invitations",
        "/admin/settings",
        "/admin/login-log",
        "/admin/requests",
    ] {
        let r = member.get(path).await;
        assert_eq!(r.status, 403, "{path}");
        assert!(
            r.body.contains("have access to this") && r.body.contains("error-page"),
            "localized 403 page"
        );
        let anon = t.client().get(path).await;
        assert_eq!(anon.status, 303, "{path}");
        assert!(
            anon.location().starts_with("/login?next="),
            "{}",
            anon.location()
        );
    }
    let r = member
        .post_form(
            "/admin/invitations",
            &[("email", "x@testi.fi"), ("role", "member")],
        )
        .await;
    assert_eq!(r.status, 403);
    assert!(
        t.services()
            .invitations(&kaiku_domain::Viewer::system())
            .await
            .unwrap_or_default()
            .is_empty()
    );
}

#[tokio::test]
async fn the_user_list_searches_and_filters() {
    let t = TestApp::new().await;
    t.create_account("aaro@testi.fi", "Aaro Aalto", "member")
        .await;
    t.create_account("ulla@partner.se", "Ulla Öhman", "guest")
        .await;
    let gone = t
        .create_account("pekka@testi.fi", "Pekka Poissa", "member")
        .await;
    let admin = t.admin().await;
    admin
        .post_form(&format!("/admin/users/{gone}/deactivate"), &[])
        .await;
    // Only the table counts: the header shows the signed-in admin's name too.
    let table = |r: crate::support::Resp| r.body.split("<tbody>").nth(1).unwrap_or("").to_owned();
    let all = admin.get("/admin/users").await;
    for name in ["Aaro Aalto", "Ulla Öhman", "Pekka Poissa", "Aino Admin"] {
        assert!(all.body.contains(name), "{name}");
    }
    let r = table(admin.get("/admin/users?q=%C3%B6hman").await);
    assert!(r.contains("Ulla Öhman") && !r.contains("Aaro Aalto"));
    let r = table(admin.get("/admin/users?role=guest").await);
    assert!(r.contains("Ulla Öhman") && !r.contains("Aino Admin"));
    let r = table(admin.get("/admin/users?state=deactivated").await);
    assert!(r.contains("Pekka Poissa") && !r.contains("Aaro Aalto"));
    let r = admin.get("/admin/users?q=nobody-matches-this").await;
    assert!(r.body.contains("Nobody matches"));
    let r = admin.get("/admin/users?cursor=%21%21garbage").await;
    assert_eq!(r.status, 400);
}

#[tokio::test]
async fn deactivation_revokes_sessions_and_tokens_at_once_and_blocks_sign_in() {
    let t = TestApp::new().await;
    let member = t.member().await;
    let token = t.token(&member, "script").await;
    let id = t
        .services()
        .person_by_email(&kaiku_domain::Viewer::system(), "maija@testi.fi")
        .await
        .map(|a| a.id)
        .unwrap_or_default();
    let admin = t.admin().await;
    let r = admin
        .post_form(&format!("/admin/users/{id}/deactivate"), &[])
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(member.get("/account").await.status, 303, "session ended");
    assert_eq!(
        t.client()
            .api("GET", "/api/v1/me", Some(&token), None)
            .await
            .status,
        401,
        "token revoked"
    );
    let r = t
        .client()
        .post_form(
            "/login",
            &[("email", "maija@testi.fi"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("This account has been deactivated."));
    // Still listed (as deactivated), and still attributed: the person page exists.
    let page = admin.get(&format!("/admin/users/{id}")).await;
    assert!(page.body.contains("Deactivated"));
    let log = admin.get("/admin/login-log").await;
    assert!(log.body.contains("Refused (deactivated)"));
    // Reactivate: they can sign in again.
    admin
        .post_form(&format!("/admin/users/{id}/reactivate"), &[])
        .await;
    t.sign_in("maija@testi.fi", PASSWORD).await;
}

#[tokio::test]
async fn the_last_admin_cannot_be_demoted_or_deactivated() {
    let t = TestApp::new().await;
    let admin = t.admin().await;
    let me = t
        .services()
        .person_by_email(&kaiku_domain::Viewer::system(), "admin@testi.fi")
        .await
        .map(|a| a.id)
        .unwrap_or_default();
    let r = admin
        .post_form(&format!("/admin/users/{me}/role"), &[("role", "member")])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("at least one active administrator"));
    let r = admin
        .post_form(&format!("/admin/users/{me}/deactivate"), &[])
        .await;
    assert_eq!(r.status, 422);
    // With a second admin, roles can change.
    let other = t
        .create_account("toinen@testi.fi", "Toinen Admin", "admin")
        .await;
    let r = admin
        .post_form(&format!("/admin/users/{other}/role"), &[("role", "member")])
        .await;
    assert_eq!(r.status, 303);
    let r = admin
        .post_form(
            &format!("/admin/users/{other}/role"),
            &[("role", "superuser")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Choose one of the options."));
    assert_eq!(admin.get("/admin/users/no-such-user").await.status, 404);
}

#[tokio::test]
async fn an_invited_colleague_joins_through_the_emailed_link() {
    let t = TestApp::new().await;
    let admin = t.admin().await;
    let r = admin
        .post_form(
            "/admin/invitations",
            &[
                ("email", "Kalle@Testi.fi"),
                ("display_name", "Kalle"),
                ("role", "member"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("The invitation has been sent."));
    let mail = t
        .mail_to("kalle@testi.fi", "You are invited to join Testi Oy")
        .await;
    assert!(
        mail.text.contains("Aino Admin has invited you"),
        "{}",
        mail.text
    );
    assert!(
        mail.raw.contains("multipart/alternative"),
        "HTML and plain-text parts"
    );
    assert!(mail.from.contains("intranet@testi.fi"), "{}", mail.from);
    assert!(
        mail.header("message-id")
            .is_some_and(|id| id.ends_with("@testi.fi>")),
        "stable Message-ID"
    );
    let link = mail.link("http://kaiku.test/invite/").unwrap_or_default();
    let path = link.trim_start_matches("http://kaiku.test");
    let c = t.client();
    let form = c.get(path).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("kalle@testi.fi"));
    let bad = c
        .post_form(
            path,
            &[
                ("display_name", "Kalle Kokki"),
                ("password", "short"),
                ("confirm", "short"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    let r = c
        .post_form(
            path,
            &[
                ("display_name", "Kalle Kokki"),
                ("password", PASSWORD),
                ("confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let home = c.get("/").await;
    assert!(home.body.contains("Welcome, Kalle Kokki"));
    // The link worked once.
    assert_eq!(t.client().get(path).await.status, 404);
    let list = admin.get("/admin/invitations").await;
    assert!(list.body.contains("Accepted"));
    // Inviting an existing address is refused clearly.
    let r = admin
        .post_form(
            "/admin/invitations",
            &[("email", "kalle@testi.fi"), ("role", "member")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("already has an account"));
}

#[tokio::test]
async fn revoked_and_expired_invitations_cannot_be_used() {
    let t = TestApp::new().await;
    let admin = t.admin().await;
    admin
        .post_form(
            "/admin/invitations",
            &[("email", "one@testi.fi"), ("role", "guest")],
        )
        .await;
    t.clock.advance_ms(1000);
    admin
        .post_form(
            "/admin/invitations",
            &[("email", "two@testi.fi"), ("role", "member")],
        )
        .await;
    let one = t
        .mail_to("one@testi.fi", "invited")
        .await
        .link("http://kaiku.test/invite/")
        .unwrap_or_default();
    let two = t
        .mail_to("two@testi.fi", "invited")
        .await
        .link("http://kaiku.test/invite/")
        .unwrap_or_default();
    let list = admin.get("/admin/invitations").await;
    // Newest first: the first revoke button belongs to two@.
    let id = list
        .between("action=\"/admin/invitations/", "/revoke\"")
        .unwrap_or_default();
    assert_eq!(
        admin
            .post_form(&format!("/admin/invitations/{id}/revoke"), &[])
            .await
            .status,
        303
    );
    assert_eq!(
        t.client()
            .get(two.trim_start_matches("http://kaiku.test"))
            .await
            .status,
        404
    );
    let guest_form = t
        .client()
        .get(one.trim_start_matches("http://kaiku.test"))
        .await;
    assert!(guest_form.body.contains("external guest"));
    t.clock.advance_ms(8 * 24 * 3600 * 1000);
    assert_eq!(
        t.client()
            .get(one.trim_start_matches("http://kaiku.test"))
            .await
            .status,
        404
    );
    let admin = t.admin().await;
    let bad = admin
        .post_form(
            "/admin/invitations",
            &[("email", "nope"), ("role", "admin")],
        )
        .await;
    assert_eq!(bad.status, 422);
}

#[tokio::test]
async fn without_email_the_admin_gets_links_to_hand_over() {
    let t = TestApp::empty().await;
    let code = t
        .services()
        .setup_code()
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    let admin = t.client();
    admin
        .post_form(
            "/setup",
            &[
                ("org_name", "Ei Postia Oy"),
                ("display_name", "Aino"),
                ("email", "aino@eipostia.fi"),
                ("password", PASSWORD),
                ("code", &code),
            ],
        )
        .await;
    let r = admin
        .post_form(
            "/admin/invitations",
            &[("email", "uusi@eipostia.fi"), ("role", "member")],
        )
        .await;
    assert!(
        r.body
            .contains("E-mail is not set up, so nothing was sent.")
    );
    assert!(r.body.contains("http://kaiku.test/invite/"));
    let id = t
        .create_account("maija@eipostia.fi", "Maija", "member")
        .await;
    let r = admin
        .post_form(&format!("/admin/users/{id}/reset-link"), &[])
        .await;
    assert_eq!(r.status, 200);
    let link = r.between("id=\"reset-link\">", "<").unwrap_or_default();
    assert!(link.starts_with("http://kaiku.test/reset/"), "{link}");
    let c = t.client();
    let path = link.trim_start_matches("http://kaiku.test");
    let r = c
        .post_form(
            path,
            &[
                ("password", "handed over pass"),
                ("confirm", "handed over pass"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    t.sign_in("maija@eipostia.fi", "handed over pass").await;
    assert!(t.smtp.all().is_empty());
}

#[tokio::test]
async fn settings_validate_and_apply_branding() {
    let t = TestApp::new().await;
    let admin = t.admin().await;
    let r = admin
        .post_form(
            "/admin/settings",
            &[
                ("name", ""),
                ("accent_color", "red"),
                ("registration_mode", "everyone"),
                ("allowed_domains", "not a domain!"),
                ("default_locale", "de"),
                ("smtp_host", "smtp://x"),
                ("smtp_port", "99999"),
                ("smtp_security", "ssl"),
                ("smtp_from", "<<bad"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    for msg in [
        "Please fill in this field.",
        "#RRGGBB",
        "Choose one of the options.",
        "Enter domains such as",
        "Enter the server name only",
        "port number between 1 and 65535",
    ] {
        assert!(r.body.contains(msg), "missing {msg}");
    }
    let r = admin
        .post_form(
            "/admin/settings",
            &[
                ("name", "Uusi Nimi Oy"),
                ("accent_color", "#AA3355"),
                ("registration_mode", "domains"),
                ("allowed_domains", "testi.fi, @Example.COM"),
                ("default_locale", "sv"),
                ("smtp_host", "127.0.0.1"),
                ("smtp_port", &t.smtp.port.to_string()),
                ("smtp_security", "none"),
                ("smtp_from", "Intra <intra@testi.fi>"),
                ("space_creation", "everyone"),
                ("guests_enabled", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = admin.get("/admin/settings").await;
    assert!(page.body.contains("Uusi Nimi Oy"));
    assert!(page.body.contains("testi.fi, example.com"));
    let css = t.client().get("/branding.css").await;
    assert_eq!(css.header("content-type"), "text/css; charset=utf-8");
    assert!(css.body.contains("--accent: #aa3355"));
    let r = admin.post_form("/admin/settings/test-mail", &[]).await;
    assert_eq!(r.status, 303);
    t.mail_to("admin@testi.fi", "Test message from Uusi Nimi Oy")
        .await;
}

#[tokio::test]
async fn the_login_log_records_attempts_for_admins_and_the_person() {
    let t = TestApp::new().await;
    let member = t.member().await;
    t.client()
        .connecting_from([192, 0, 2, 50])
        .post_form(
            "/login",
            &[("email", "maija@testi.fi"), ("password", "wrong guess!")],
        )
        .await;
    let admin = t.admin().await;
    let log = admin.get("/admin/login-log").await;
    assert!(log.body.contains("192.0.2.50"));
    assert!(log.body.contains("Failed") && log.body.contains("Signed in"));
    let mine = member.get("/account/logins").await;
    assert!(
        mine.body.contains("192.0.2.50"),
        "the person sees attempts on their account"
    );
    assert!(
        !mine.body.contains("admin@testi.fi"),
        "but not other people's"
    );
    let id = t
        .services()
        .person_by_email(&kaiku_domain::Viewer::system(), "maija@testi.fi")
        .await
        .map(|a| a.id)
        .unwrap_or_default();
    let page = admin.get(&format!("/admin/users/{id}")).await;
    assert!(page.body.contains("192.0.2.50"));
}

async fn upload(
    c: &crate::support::Client,
    filename: &str,
    ctype: &str,
    data: &[u8],
) -> crate::support::Resp {
    c.upload("/admin/settings/logo", "logo", filename, ctype, data)
        .await
}

#[tokio::test]
async fn the_logo_is_uploaded_checked_served_and_removed() {
    let t = TestApp::new().await;
    let admin = t.admin().await;
    assert_eq!(t.client().get("/logo").await.status, 404);
    // An SVG (which can carry script) is refused, whatever it claims to be.
    let svg = br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#;
    let r = upload(&admin, "logo.png", "image/png", svg).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Choose a PNG, JPEG, WebP or GIF image."));
    assert_eq!(t.client().get("/logo").await.status, 404, "nothing stored");
    let big = [b"\x89PNG\r\n\x1a\n".as_slice(), &vec![0u8; 600 * 1024]].concat();
    let r = upload(&admin, "big.png", "image/png", &big).await;
    assert_eq!(r.status, 422, "{}", r.status);
    assert!(r.body.contains("larger than 512 KB"));
    let png = [
        b"\x89PNG\r\n\x1a\n".as_slice(),
        b"\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0",
    ]
    .concat();
    let r = upload(&admin, "logo.bin", "application/octet-stream", &png).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let logo = t.client().get("/logo").await;
    assert_eq!(logo.status, 200);
    assert_eq!(
        logo.header("content-type"),
        "image/png",
        "type from the content, not the upload"
    );
    assert_eq!(logo.header("x-content-type-options"), "nosniff");
    let login = t.client().get("/login").await;
    assert!(
        login.body.contains("class=\"brand-logo\" src=\"/logo?v="),
        "the sign-in page shows it"
    );
    let member = t.member().await;
    assert_eq!(
        upload(&member, "logo.png", "image/png", &png).await.status,
        403
    );
    let r = admin.post_form("/admin/settings/logo/remove", &[]).await;
    assert_eq!(r.status, 303);
    assert_eq!(t.client().get("/logo").await.status, 404);
}

#[tokio::test]
async fn mail_that_cannot_be_delivered_is_retried_and_then_delivered() {
    let t = TestApp::new().await;
    // Only this test's worker delivers: a background attempt that failed against
    // the dead server after the clock moved would push the retry past it.
    t.stop_mail_worker();
    let admin = t.admin().await;
    // Point e-mail at a port where nothing listens.
    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
    let dead_port = dead.local_addr().map(|a| a.port()).unwrap_or(1).to_string();
    drop(dead);
    let settings = |port: String| {
        vec![
            ("name", "Testi Oy".to_owned()),
            ("accent_color", "#0f766e".to_owned()),
            ("registration_mode", "closed".to_owned()),
            ("allowed_domains", String::new()),
            ("default_locale", "en".to_owned()),
            ("smtp_host", "127.0.0.1".to_owned()),
            ("smtp_port", port),
            ("smtp_security", "none".to_owned()),
            ("smtp_from", "intranet@testi.fi".to_owned()),
            ("space_creation", "everyone".to_owned()),
            ("guests_enabled", "1".to_owned()),
        ]
    };
    let form = settings(dead_port);
    let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        admin.post_form("/admin/settings", &fields).await.status,
        303
    );
    let r = admin
        .post_form(
            "/admin/invitations",
            &[("email", "later@testi.fi"), ("role", "member")],
        )
        .await;
    assert!(
        r.body.contains("The invitation has been sent."),
        "queued durably"
    );
    let worker = t.app.mail_worker();
    // The first attempt fails; then the message waits for its backoff.
    assert_eq!(worker.deliver_due().await.unwrap_or(0), 1, "one attempt");
    assert_eq!(
        worker.deliver_due().await.unwrap_or(9),
        0,
        "not due again before the backoff"
    );
    assert!(t.smtp.all().is_empty());
    // The SMTP server comes back; after the backoff the message goes out, once.
    let form = settings(t.smtp.port.to_string());
    let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    admin.post_form("/admin/settings", &fields).await;
    t.clock.advance_ms(5 * 60 * 1000);
    worker.deliver_due().await.unwrap_or_else(|e| panic!("{e}"));
    t.mail_to("later@testi.fi", "invited").await;
    assert_eq!(
        worker.deliver_due().await.unwrap_or(9),
        0,
        "nothing is sent twice"
    );
    assert_eq!(t.smtp.all().len(), 1);
}

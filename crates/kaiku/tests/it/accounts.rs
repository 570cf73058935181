//! Signing in and out, sessions, password change and reset, tokens, rate limits.

use crate::support::{PASSWORD, TestApp};

#[tokio::test]
async fn wrong_password_and_unknown_address_get_the_same_answer() {
    let t = TestApp::new().await;
    let c = t.client();
    let wrong = c
        .post_form(
            "/login",
            &[
                ("email", "admin@testi.fi"),
                ("password", "not the password"),
            ],
        )
        .await;
    let unknown = c
        .post_form(
            "/login",
            &[
                ("email", "nobody@testi.fi"),
                ("password", "not the password"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 422);
    assert_eq!(unknown.status, 422);
    let msg = "The e-mail address or password is incorrect.";
    assert!(wrong.body.contains(msg) && unknown.body.contains(msg));
    assert!(c.cookie("kaiku_session").is_none());
    let empty = c
        .post_form("/login", &[("email", ""), ("password", "")])
        .await;
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains("Please fill in this field."));
}

#[tokio::test]
async fn sign_in_rotates_the_session_and_sign_out_ends_it() {
    let t = TestApp::new().await;
    let c = t.client();
    let r = c
        .post_form(
            "/login",
            &[
                ("email", "ADMIN@testi.fi "),
                ("password", PASSWORD),
                ("next", "/account"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), "/account");
    let cookie = r.header("set-cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Max-Age"),
        "not remembered: a browser-session cookie"
    );
    let first = c.cookie("kaiku_session");
    // Signing in again issues a new session id.
    c.post_form(
        "/login",
        &[("email", "admin@testi.fi"), ("password", PASSWORD)],
    )
    .await;
    assert_ne!(first, c.cookie("kaiku_session"));
    // The old token no longer counts once signed out.
    let r = c.post_form("/logout", &[]).await;
    assert_eq!(r.status, 303);
    assert!(r.location().starts_with("/login"));
    assert_eq!(c.get("/account").await.status, 303);
}

#[tokio::test]
async fn keep_me_signed_in_sets_a_lasting_cookie() {
    let t = TestApp::new().await;
    let c = t.client();
    let r = c
        .post_form(
            "/login",
            &[
                ("email", "admin@testi.fi"),
                ("password", PASSWORD),
                ("remember", "1"),
            ],
        )
        .await;
    assert!(r.header("set-cookie").contains("Max-Age=2592000"));
    let sessions = c.get("/account/sessions").await;
    assert!(sessions.body.contains("Kept signed in"));
}

#[tokio::test]
async fn open_redirects_after_sign_in_are_refused() {
    let t = TestApp::new().await;
    for next in [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
        "/\t/evil.example",
        "/\u{1}x",
    ] {
        let c = t.client();
        let r = c
            .post_form(
                "/login",
                &[
                    ("email", "admin@testi.fi"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(r.location(), "/", "{next}");
    }
}

#[tokio::test]
async fn the_session_list_shows_devices_and_can_revoke_them() {
    let t = TestApp::new().await;
    let laptop = t.admin().await;
    let phone = t.admin().await.connecting_from([198, 51, 100, 9]);
    // The phone makes a request so its address is recorded.
    phone.get("/").await;
    let page = laptop.get("/account/sessions").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Firefox · Linux"));
    assert!(page.body.contains("This device"));
    let list = page.body.split("<ul class=\"list\">").nth(1).unwrap_or("");
    let items: Vec<&str> = list.split("<li>").skip(1).collect();
    // Setup's session, the laptop's and the phone's.
    assert_eq!(items.len(), 3, "three sessions listed");
    let other = items
        .iter()
        .find(|li| li.contains("198.51.100.9"))
        .and_then(|li| li.split("action=\"/account/sessions/").nth(1))
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_default()
        .to_owned();
    let r = laptop
        .post_form(&format!("/account/sessions/{other}/revoke"), &[])
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(
        phone.get("/account").await.status,
        303,
        "the phone was signed out"
    );
    assert_eq!(laptop.get("/account").await.status, 200);
    // Someone else's session id is not found.
    let r = laptop
        .post_form("/account/sessions/doesnotexist/revoke", &[])
        .await;
    assert_eq!(r.status, 404);
    // Sign out everywhere.
    let r = laptop.post_form("/account/sessions/revoke-all", &[]).await;
    assert_eq!(r.status, 303);
    assert_eq!(laptop.get("/account").await.status, 303);
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_signs_out_elsewhere() {
    let t = TestApp::new().await;
    let here = t.admin().await;
    let elsewhere = t.admin().await;
    let r = here
        .post_form(
            "/account/password",
            &[
                ("current", "wrong password!"),
                ("new", "a brand new password"),
                ("confirm", "a brand new password"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("That is not your current password."));
    let r = here
        .post_form(
            "/account/password",
            &[
                ("current", PASSWORD),
                ("new", "a brand new password"),
                ("confirm", "another one entirely"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("The passwords do not match."));
    let r = here
        .post_form(
            "/account/password",
            &[
                ("current", PASSWORD),
                ("new", "a brand new password"),
                ("confirm", "a brand new password"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(here.get("/account").await.status, 200, "this session stays");
    assert_eq!(
        elsewhere.get("/account").await.status,
        303,
        "other sessions end"
    );
    let r = t
        .client()
        .post_form(
            "/login",
            &[("email", "admin@testi.fi"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, 422, "old password no longer works");
    t.sign_in("admin@testi.fi", "a brand new password").await;
}

#[tokio::test]
async fn password_reset_by_email_link_is_single_use() {
    let t = TestApp::new().await;
    let old_session = t.member().await;
    let c = t.client();
    let r = c.post_form("/forgot", &[("email", "maija@testi.fi")]).await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("If an account exists for that address"));
    let unknown = c
        .post_form("/forgot", &[("email", "nobody@testi.fi")])
        .await;
    assert_eq!(unknown.status, 200);
    assert_eq!(
        r.between("<div class=\"alert alert-info\" role=\"status\">", "</div>"),
        unknown.between("<div class=\"alert alert-info\" role=\"status\">", "</div>"),
        "same answer whether or not the address exists"
    );
    let bad = c.post_form("/forgot", &[("email", "not an address")]).await;
    assert_eq!(bad.status, 422);

    let mail = t.mail_to("maija@testi.fi", "Reset your password").await;
    assert!(
        mail.text.contains("Hello Maija Meikäläinen,"),
        "{}",
        mail.text
    );
    let link = mail
        .link("http://kaiku.test/reset/")
        .unwrap_or_else(|| panic!("no link: {}", mail.text));
    let path = link.trim_start_matches("http://kaiku.test");
    assert_eq!(c.get(path).await.status, 200);
    let r = c
        .post_form(path, &[("password", "short"), ("confirm", "short")])
        .await;
    assert_eq!(r.status, 422);
    let r = c
        .post_form(
            path,
            &[
                ("password", "my fresh password 1"),
                ("confirm", "my fresh password 1"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(
        old_session.get("/account").await.status,
        303,
        "reset signs out every session"
    );
    t.sign_in("maija@testi.fi", "my fresh password 1").await;
    // Used once: the link is dead now.
    let again = c.get(path).await;
    assert_eq!(again.status, 404);
    assert!(again.body.contains("expired or has already been used"));
    let r = c
        .post_form(
            path,
            &[
                ("password", "another password 2"),
                ("confirm", "another password 2"),
            ],
        )
        .await;
    assert_eq!(r.status, 404);
    // Only the one message: nothing was sent for the unknown address.
    assert!(
        t.smtp
            .all()
            .iter()
            .all(|m| !m.to.iter().any(|x| x.contains("nobody@")))
    );
}

#[tokio::test]
async fn reset_links_expire_after_an_hour() {
    let t = TestApp::new().await;
    t.member().await;
    t.client()
        .post_form("/forgot", &[("email", "maija@testi.fi")])
        .await;
    let mail = t.mail_to("maija@testi.fi", "Reset your password").await;
    let link = mail.link("http://kaiku.test/reset/").unwrap_or_default();
    let path = link.trim_start_matches("http://kaiku.test");
    t.clock.advance_ms(61 * 60 * 1000);
    let r = t
        .client()
        .post_form(
            path,
            &[
                ("password", "my fresh password 1"),
                ("confirm", "my fresh password 1"),
            ],
        )
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(
        t.client()
            .post_form(
                "/login",
                &[("email", "maija@testi.fi"), ("password", PASSWORD)]
            )
            .await
            .status,
        303
    );
}

#[tokio::test]
async fn repeated_failures_lock_the_account_and_the_address_with_a_clear_message() {
    let t = TestApp::new().await;
    let c = t.client();
    for _ in 0..10 {
        let r = c
            .post_form(
                "/login",
                &[("email", "admin@testi.fi"), ("password", "guessing wrong")],
            )
            .await;
        assert_eq!(r.status, 422);
    }
    // Now even the right password is refused, from anywhere, for this account.
    let r = t
        .client()
        .connecting_from([192, 0, 2, 1])
        .post_form(
            "/login",
            &[("email", "admin@testi.fi"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, 429);
    assert!(
        r.body
            .contains("Too many failed sign-in attempts. Please wait 15 minutes"),
        "{}",
        r.body
    );
    assert_eq!(r.header("retry-after"), "900");
    // Unknown addresses are limited exactly the same way (no enumeration).
    for _ in 0..10 {
        c.post_form(
            "/login",
            &[("email", "ghost@testi.fi"), ("password", "guessing wrong")],
        )
        .await;
    }
    let r = c
        .post_form(
            "/login",
            &[("email", "ghost@testi.fi"), ("password", "guessing wrong")],
        )
        .await;
    assert_eq!(r.status, 429);
    // After the window, the right password works again.
    t.clock.advance_ms(16 * 60 * 1000);
    let r = t
        .client()
        .post_form(
            "/login",
            &[("email", "admin@testi.fi"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, 303);

    // One address spraying many accounts is stopped too.
    let sprayer = t.client().connecting_from([192, 0, 2, 99]);
    for i in 0..100 {
        sprayer
            .post_form(
                "/login",
                &[
                    ("email", &format!("user{i}@testi.fi")),
                    ("password", "guessing wrong"),
                ],
            )
            .await;
    }
    let r = sprayer
        .post_form(
            "/login",
            &[("email", "admin@testi.fi"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, 429);
}

#[tokio::test]
async fn api_tokens_are_shown_once_listed_and_revocable() {
    let t = TestApp::new().await;
    let c = t.admin().await;
    let r = c
        .post_form(
            "/account/tokens",
            &[("label", "HR sync"), ("expires_in_days", "30")],
        )
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("cache-control"), "no-store");
    let token = r.between("id=\"new-token\">", "<").unwrap_or_default();
    assert!(token.starts_with("kaiku_") && token.len() > 40, "{token}");
    let api = t.client();
    assert_eq!(
        api.api("GET", "/api/v1/me", Some(&token), None)
            .await
            .status,
        200
    );
    let list = c.get("/account/tokens").await;
    assert!(list.body.contains("HR sync"));
    assert!(
        !list.body.contains(&token),
        "the secret is never shown again"
    );
    let bad = c
        .post_form(
            "/account/tokens",
            &[("label", ""), ("expires_in_days", "12")],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.body.contains("Please fill in this field.")
            && bad.body.contains("Choose one of the options.")
    );
    let id = list
        .between("action=\"/account/tokens/", "/revoke\"")
        .unwrap_or_default();
    let r = c
        .post_form(&format!("/account/tokens/{id}/revoke"), &[])
        .await;
    assert_eq!(r.status, 303);
    let r = api.api("GET", "/api/v1/me", Some(&token), None).await;
    assert_eq!(r.status, 401);
    assert_eq!(r.header("content-type"), "application/problem+json");
}

#[tokio::test]
async fn expired_tokens_stop_working() {
    let t = TestApp::new().await;
    let c = t.admin().await;
    let r = c
        .post_form(
            "/account/tokens",
            &[("label", "short-lived"), ("expires_in_days", "7")],
        )
        .await;
    let token = r.between("id=\"new-token\">", "<").unwrap_or_default();
    assert_eq!(
        t.client()
            .api("GET", "/api/v1/me", Some(&token), None)
            .await
            .status,
        200
    );
    t.clock.advance_ms(8 * 24 * 3600 * 1000);
    assert_eq!(
        t.client()
            .api("GET", "/api/v1/me", Some(&token), None)
            .await
            .status,
        401
    );
    assert_eq!(
        c.get("/account/tokens").await.status,
        303,
        "the idle session ended too"
    );
    let c = t.admin().await;
    assert!(c.get("/account/tokens").await.body.contains("Expired"));
}

#[tokio::test]
async fn profile_and_language_are_saved() {
    let t = TestApp::new().await;
    let c = t.member().await;
    let r = c
        .post_form(
            "/account/profile",
            &[
                ("display_name", "Maija M."),
                ("title", "Designer"),
                ("locale", "fi"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let page = c.get("/account").await;
    assert!(
        page.body.contains("lang=\"fi\""),
        "the account's language now applies"
    );
    assert!(page.body.contains("Maija M."));
    let bad = c
        .post_form(
            "/account/profile",
            &[("display_name", ""), ("title", ""), ("locale", "")],
        )
        .await;
    assert_eq!(bad.status, 422);
}

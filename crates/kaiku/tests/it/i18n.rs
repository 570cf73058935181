//! Languages: negotiation, the switcher, localized error pages and e-mail.

use crate::support::TestApp;

#[tokio::test]
async fn pages_follow_the_browser_language_then_the_choice() {
    let t = TestApp::new().await;
    let fi = t.client().with_language("fi-FI,fi;q=0.9,en;q=0.5");
    let r = fi.get("/login").await;
    assert!(r.body.contains("<html lang=\"fi\">"));
    let en = t.client().get("/login").await;
    assert!(en.body.contains("<html lang=\"en\">"));
    assert_ne!(
        r.between("<h1>", "</h1>"),
        en.between("<h1>", "</h1>"),
        "Finnish heading differs"
    );
    // The switcher overrides the browser, without signing in.
    let r = fi
        .post_form("/language", &[("lang", "et"), ("next", "/login")])
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), "/login");
    assert!(fi.get("/login").await.body.contains("<html lang=\"et\">"));
    assert_eq!(
        fi.post_form("/language", &[("lang", "xx")]).await.status,
        400
    );
    // Open redirects through the switcher are refused.
    assert_eq!(
        fi.post_form(
            "/language",
            &[("lang", "sv"), ("next", "https://evil.example")]
        )
        .await
        .location(),
        "/"
    );
}

#[tokio::test]
async fn the_account_language_wins_over_the_browser() {
    let t = TestApp::new().await;
    let c = t.member().await.with_language("nl");
    assert!(c.get("/").await.body.contains("<html lang=\"nl\">"));
    c.post_form("/language", &[("lang", "sv"), ("next", "/")])
        .await;
    c.clear_cookies();
    let c = t
        .sign_in("maija@testi.fi", crate::support::PASSWORD)
        .await
        .with_language("nl");
    assert!(
        c.get("/").await.body.contains("<html lang=\"sv\">"),
        "saved on the account"
    );
}

#[tokio::test]
async fn error_pages_are_localized_pages() {
    let t = TestApp::new().await;
    for (lang, code) in [
        ("fi", "fi"),
        ("sv", "sv"),
        ("nl", "nl"),
        ("et", "et"),
        ("en", "en"),
    ] {
        let r = t
            .client()
            .with_language(lang)
            .get("/this/does/not/exist")
            .await;
        assert_eq!(r.status, 404);
        assert!(r.body.contains(&format!("<html lang=\"{code}\">")));
        assert!(r.body.contains("class=\"error-page\""));
        assert_eq!(r.header("content-type"), "text/html; charset=utf-8");
    }
    let en = t.client().get("/this/does/not/exist").await;
    assert!(en.body.contains("Page not found"));
    let fi = t
        .client()
        .with_language("fi")
        .get("/this/does/not/exist")
        .await;
    assert!(!fi.body.contains("Page not found"), "translated");
}

#[tokio::test]
async fn emails_are_written_in_the_recipients_language() {
    let t = TestApp::new().await;
    let c = t.member().await;
    c.post_form(
        "/account/profile",
        &[
            ("display_name", "Maija Meikäläinen"),
            ("title", ""),
            ("locale", "fi"),
        ],
    )
    .await;
    t.client()
        .post_form("/forgot", &[("email", "maija@testi.fi")])
        .await;
    let mail = t
        .smtp
        .wait_for(
            |m| m.to.iter().any(|x| x.contains("maija@")),
            std::time::Duration::from_secs(10),
        )
        .await;
    let mail = mail.unwrap_or_else(|| panic!("no mail"));
    assert!(
        !mail.subject.contains("Reset your password"),
        "Finnish subject: {}",
        mail.subject
    );
    assert!(mail.subject.contains("Testi Oy"));
    assert!(mail.text.contains("Maija Meikäläinen"), "{}", mail.text);
}

#[test]
fn every_message_the_code_uses_exists_in_english() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut missing = Vec::new();
    let mut files = Vec::new();
    for dir in ["kaiku-web/templates", "kaiku-web/src", "kaiku-domain/src"] {
        collect(&root.join(dir), &mut files);
    }
    let known: std::collections::BTreeSet<String> = kaiku_i18n::message_ids(kaiku_i18n::Lang::En)
        .into_iter()
        .collect();
    let mut used = 0;
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        let html = f.extension().is_some_and(|x| x == "html");
        let patterns: &[&str] = if html {
            &[".t(\"", ".t1(\"", ".t2(\""]
        } else {
            &[
                ".t(\"",
                ".t1(\"",
                ".t2(\"",
                "key: \"",
                "\"notice-",
                "\"error-",
                "\"role-",
                "\"invitation-",
                "\"outcome-",
                "\"notif-",
                "\"mail-",
                ".args(\"",
            ]
        };
        for pat in patterns {
            for piece in text.split(pat).skip(1) {
                let rest: String = piece
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                    .collect();
                // Quoted-prefix patterns carry the key's first word in the pattern.
                let key = match pat.strip_prefix('"') {
                    Some(prefix) => format!("{prefix}{rest}"),
                    None => rest,
                };
                if key.contains('-') && !key.ends_with('-') {
                    used += 1;
                    if !known.contains(&key) {
                        missing.push(format!("{key} ({})", f.display()));
                    }
                }
            }
        }
    }
    assert!(used > 200, "found only {used} message uses");
    assert!(
        missing.is_empty(),
        "messages missing from en/main.ftl: {missing:#?}"
    );
}

/// Keys built at run time from the names of kinds, choices and days.
#[test]
fn every_message_built_from_a_name_exists_in_every_language() {
    use kaiku_domain::notifications::{DIGEST_WEEKDAYS, Delivery, Kind, SpaceLevel};
    let mut keys = Vec::new();
    for k in Kind::ALL {
        let name = k.as_str().replace('_', "-");
        keys.push(format!("notif-kind-{name}"));
        keys.push(format!("notif-kind-{name}.hint"));
    }
    keys.extend(
        Delivery::ALL
            .iter()
            .map(|d| format!("notif-delivery-{}", d.as_str())),
    );
    keys.extend(
        SpaceLevel::ALL
            .iter()
            .map(|l| format!("space-level-{}", l.as_str())),
    );
    keys.extend(DIGEST_WEEKDAYS.iter().map(|d| format!("weekday-{d}")));
    keys.extend(
        ["system", "notification", "digest"]
            .iter()
            .map(|p| format!("admin-mail-purpose-{p}")),
    );
    for lang in kaiku_i18n::Lang::ALL {
        let tr = kaiku_i18n::Tr::new(lang);
        for key in &keys {
            // A missing message comes back as its key.
            assert_ne!(&tr.t(key), key, "{} lacks {key}", lang.code());
        }
    }
}

fn collect(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs" || x == "html") {
            out.push(p);
        }
    }
}

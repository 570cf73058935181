//! End to end in a real headless Chromium: first-run setup, sign out, sign in.
//! Skips locally (with a reason) when Chromium or ChromeDriver is missing; in CI
//! (`CI=true`) their absence fails the test.

use std::net::SocketAddr;
use std::process::Stdio;
use std::time::Duration;

use fantoccini::{ClientBuilder, Locator};

use crate::support::{PASSWORD, TestApp};

fn find(cmds: &[&str]) -> Option<String> {
    cmds.iter()
        .find(|c| {
            std::process::Command::new("which")
                .arg(c)
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .map(|c| (*c).to_owned())
}

#[tokio::test]
async fn first_run_setup_sign_out_and_sign_in_in_chromium() {
    let (Some(driver), Some(browser)) = (
        find(&["chromedriver"]),
        find(&["chromium", "chromium-browser", "google-chrome"]),
    ) else {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("CI must have chromium and chromedriver installed (.ci/run installs them)");
        }
        eprintln!(
            "skipped: chromium/chromedriver not installed (apt-get install chromium chromium-driver)"
        );
        return;
    };
    // The WebDriver client's TLS stack needs one process-wide crypto provider.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let t = TestApp::empty().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let addr = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
    let router = t.app.router.clone();
    let server = tokio::spawn(async move {
        let _ = axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await;
    });
    let driver_port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        l.local_addr().map(|a| a.port()).unwrap_or(9515)
    };
    let mut chromedriver = tokio::process::Command::new(&driver)
        .arg(format!("--port={driver_port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|e| panic!("starting chromedriver: {e}"));
    let profile = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let caps: serde_json::Map<String, serde_json::Value> = serde_json::from_value(serde_json::json!({
        "goog:chromeOptions": {
            "binary": browser_path(&browser),
            // No password-manager bubbles over the page.
            "prefs": {"credentials_enable_service": false, "profile.password_manager_enabled": false,
                      "profile.password_manager_leak_detection": false},
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                     "--password-store=basic", "--disable-features=PasswordLeakDetection,PasswordManagerOnboarding,AutofillServerCommunication",
                     format!("--user-data-dir={}", profile.path().display())]
        }
    }))
    .unwrap_or_else(|e| panic!("{e}"));
    let mut client = None;
    for _ in 0..50 {
        match ClientBuilder::rustls()
            .unwrap_or_else(|e| panic!("{e}"))
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{driver_port}"))
            .await
        {
            Ok(c) => {
                client = Some(c);
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
    let c = client.unwrap_or_else(|| panic!("could not connect to chromedriver"));
    let base = format!("http://{addr}");
    let code = t
        .services()
        .setup_code()
        .await
        .ok()
        .flatten()
        .unwrap_or_default();

    let result: Result<(), fantoccini::error::CmdError> = async {
        c.goto(&base).await?;
        assert!(c.current_url().await?.path().ends_with("/setup"));
        c.find(Locator::Css("#org_name"))
            .await?
            .send_keys("Selain Oy")
            .await?;
        c.find(Locator::Css("#display_name"))
            .await?
            .send_keys("Brita Browser")
            .await?;
        c.find(Locator::Css("#email"))
            .await?
            .send_keys("brita@selain.fi")
            .await?;
        c.find(Locator::Css("#password"))
            .await?
            .send_keys(PASSWORD)
            .await?;
        c.find(Locator::Css("#code"))
            .await?
            .send_keys(&code)
            .await?;
        click(&c, "form.form button[type=submit]").await?;
        c.wait().for_element(Locator::Css("main h1")).await?;
        let h1 = c.find(Locator::Css("main h1")).await?.text().await?;
        assert_eq!(h1, "Welcome, Brita Browser");
        // Sign out through the account menu.
        click(&c, "details.menu summary").await?;
        click(&c, ".menu-panel button.menu-item").await?;
        c.wait().for_element(Locator::Css("#email")).await?;
        assert!(c.current_url().await?.path().ends_with("/login"));
        // A wrong password shows the error; the right one signs in.
        c.find(Locator::Css("#email"))
            .await?
            .send_keys("brita@selain.fi")
            .await?;
        c.find(Locator::Css("#password"))
            .await?
            .send_keys("wrong password")
            .await?;
        click(&c, "form.form button[type=submit]").await?;
        let alert = c
            .wait()
            .for_element(Locator::Css(".alert-error"))
            .await?
            .text()
            .await?;
        assert!(alert.contains("incorrect"), "{alert}");
        // This time submit with the Enter key, as people usually do.
        let pw = c.find(Locator::Css("#password")).await?;
        pw.send_keys(PASSWORD).await?;
        pw.send_keys(&fantoccini::key::Key::Enter.to_string())
            .await?;
        c.wait().for_element(Locator::Css(".kpis")).await?;
        let h1 = c.find(Locator::Css("main h1")).await?.text().await?;
        assert_eq!(h1, "Welcome, Brita Browser");

        // Writing: an @mention is completed from the list, the preview shows the
        // rendered draft, and the post is published.
        let area = c.find(Locator::Css("#new-post")).await?;
        area.send_keys("**Tervetuloa** @bri").await?;
        c.wait()
            .for_element(Locator::Css(
                ".mention-list [role=option][aria-selected=true]",
            ))
            .await?;
        area.send_keys(&fantoccini::key::Key::Enter.to_string())
            .await?;
        let text = area.prop("value").await?.unwrap_or_default();
        assert_eq!(text, "**Tervetuloa** @brita ");
        click(&c, "button[data-preview]").await?;
        let strong = c
            .wait()
            .for_element(Locator::Css(".compose-preview strong"))
            .await?;
        assert_eq!(strong.text().await?, "Tervetuloa");
        assert!(
            c.find(Locator::Css(".compose-preview .mention"))
                .await?
                .text()
                .await?
                .contains("Brita Browser")
        );
        click(&c, "button[data-preview]").await?;
        click(&c, ".composer button[type=submit]").await?;
        c.wait()
            .for_element(Locator::Css(".stream .prose strong"))
            .await?;

        // Older posts arrive by themselves on scrolling to the end of the stream.
        c.execute_async(
            "const done = arguments[arguments.length - 1];
             (async () => {
               for (let i = 1; i <= 24; i++) {
                 await fetch('/posts', { method: 'POST', credentials: 'same-origin',
                   body: new URLSearchParams({ space_id: '', body: 'Viesti ' + i }) });
               }
             })().then(() => done(true), () => done(false));",
            vec![],
        )
        .await?;
        c.goto(&base).await?;
        c.wait().for_element(Locator::Css("nav[data-more]")).await?;
        assert_eq!(
            c.find_all(Locator::Css(".stream > article")).await?.len(),
            20
        );
        c.execute("window.scrollTo(0, document.body.scrollHeight);", vec![])
            .await?;
        let mut cards = 0;
        for _ in 0..50 {
            cards = c.find_all(Locator::Css(".stream > article")).await?.len();
            if cards == 25 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert_eq!(cards, 25, "the first post and 24 more, each once");
        assert!(c.find(Locator::Css("nav[data-more]")).await.is_err());

        // A colleague mentions her in another browser: her bell lights up at
        // once, without a reload, and leads to the post.
        t.create_account("ben@selain.fi", "Ben Bloggs", "member")
            .await;
        let ben = t.sign_in("ben@selain.fi", PASSWORD).await;
        let r = ben
            .post_form(
                "/posts",
                &[("space_id", ""), ("body", "Katso tämä @brita@selain.fi")],
            )
            .await;
        assert_eq!(r.status, 303);
        let mut badge = String::new();
        for _ in 0..100 {
            badge = c
                .find(Locator::Css(".bell-badge"))
                .await?
                .text()
                .await
                .unwrap_or_default();
            if badge == "1" {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert_eq!(badge, "1", "the badge updates live");
        click(&c, "a[data-bell]").await?;
        c.wait().for_element(Locator::Css(".notif-unread")).await?;
        click(&c, ".notif-unread button.notif-open").await?;
        c.wait().for_element(Locator::Css("article .prose")).await?;
        assert!(c.current_url().await?.path().starts_with("/p/"));
        let badge_hidden = c
            .find(Locator::Css(".bell-badge"))
            .await?
            .attr("hidden")
            .await?;
        assert!(badge_hidden.is_some(), "read once opened");

        // Search: part of a word is enough for the header box to suggest the
        // post and its author; Enter opens the full results, and a chosen
        // suggestion opens the thing itself.
        let r = ben
            .post_form(
                "/posts",
                &[
                    ("space_id", ""),
                    ("body", "Työterveyshuolto muuttaa kolmanteen kerrokseen."),
                ],
            )
            .await;
        assert_eq!(r.status, 303);
        t.search_settles().await;
        let search = c.find(Locator::Css("#topsearch-q")).await?;
        search.send_keys("työterv").await?;
        let suggestion = c
            .wait()
            .for_element(Locator::Css("#topsearch-list .suggest-item[href^='/p/']"))
            .await?;
        assert!(suggestion.is_displayed().await?);
        assert!(suggestion.text().await?.contains("Työterveyshuolto"));
        if let Ok(dir) = std::env::var("KAIKU_SCREENSHOTS") {
            let png = c.screenshot().await?;
            let _ = std::fs::write(std::path::Path::new(&dir).join("suggest-1280.png"), png);
        }
        search
            .send_keys(&fantoccini::key::Key::Enter.to_string())
            .await?;
        c.wait().for_element(Locator::Css(".result-list")).await?;
        assert_eq!(c.current_url().await?.path(), "/search");
        let search = c.find(Locator::Css("#topsearch-q")).await?;
        assert_eq!(search.prop("value").await?.unwrap_or_default(), "työterv");
        search.clear().await?;
        search.send_keys("ben blo").await?;
        c.wait()
            .for_element(Locator::Css("#topsearch-list .suggest-item[href^='/u/']"))
            .await?;
        search
            .send_keys(&fantoccini::key::Key::Down.to_string())
            .await?;
        search
            .send_keys(&fantoccini::key::Key::Enter.to_string())
            .await?;
        c.wait().for_element(Locator::Css("main h1")).await?;
        assert!(c.current_url().await?.path().starts_with("/u/"));
        if let Ok(dir) = std::env::var("KAIKU_SCREENSHOTS") {
            c.goto(&format!("{base}/search?q=ty%C3%B6terveys")).await?;
            let png = c.screenshot().await?;
            let _ = std::fs::write(std::path::Path::new(&dir).join("search-1280.png"), png);
        }
        if let Ok(dir) = std::env::var("KAIKU_SCREENSHOTS") {
            for (path, name) in [
                ("/notifications", "notifications-1280.png"),
                ("/account/notifications", "notification-settings-1280.png"),
                ("/people", "people-1280.png"),
            ] {
                c.goto(&format!("{base}{path}")).await?;
                let png = c.screenshot().await?;
                let _ = std::fs::write(std::path::Path::new(&dir).join(name), png);
            }
        }
        if let Ok(dir) = std::env::var("KAIKU_SCREENSHOTS") {
            let png = c.screenshot().await?;
            let _ = std::fs::write(std::path::Path::new(&dir).join("home-1280.png"), png);
        }
        Ok(())
    }
    .await;
    let _ = c.close().await;
    let _ = chromedriver.kill().await;
    server.abort();
    result.unwrap_or_else(|e| panic!("browser step failed: {e:?}"));
}

/// Scrolls an element to the middle of the viewport and clicks it, as a person would.
async fn click(c: &fantoccini::Client, css: &str) -> Result<(), fantoccini::error::CmdError> {
    let el = c.find(Locator::Css(css)).await?;
    c.execute(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
        vec![serde_json::to_value(&el).unwrap_or_default()],
    )
    .await?;
    el.click().await
}

fn browser_path(name: &str) -> String {
    std::process::Command::new("which")
        .arg(name)
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| name.to_owned())
}

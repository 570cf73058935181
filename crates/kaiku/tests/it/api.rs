//! The JSON API: bearer tokens, problem+json, pagination, the OpenAPI document.

use crate::support::TestApp;

fn assert_problem(r: &crate::support::Resp, status: u16) {
    assert_eq!(r.status, status, "{}", r.body);
    assert_eq!(
        r.header("content-type"),
        "application/problem+json",
        "{}",
        r.body
    );
    let p = r.json();
    assert_eq!(p["status"], status);
    for field in ["type", "title", "detail"] {
        assert!(p[field].is_string(), "problem lacks {field}: {p}");
    }
}

#[tokio::test]
async fn me_answers_for_the_token_owner() {
    let t = TestApp::new().await;
    let admin = t.admin().await;
    let token = t.token(&admin, "me").await;
    let r = t
        .client()
        .api("GET", "/api/v1/me", Some(&token), None)
        .await;
    assert_eq!(r.status, 200);
    let me = r.json();
    assert_eq!(me["email"], "admin@testi.fi");
    assert_eq!(me["display_name"], "Aino Admin");
    assert_eq!(me["role"], "admin");
    assert!(
        me["id"].as_str().is_some_and(|id| id.len() >= 32),
        "ids are not guessable"
    );
}

#[tokio::test]
async fn missing_bad_and_revoked_tokens_are_401_problems() {
    let t = TestApp::new().await;
    let c = t.client();
    assert_problem(&c.api("GET", "/api/v1/me", None, None).await, 401);
    assert_problem(
        &c.api("GET", "/api/v1/users", Some("kaiku_not-a-real-token"), None)
            .await,
        401,
    );
    assert_problem(
        &c.api("GET", "/api/v1/users", Some(&"x".repeat(5000)), None)
            .await,
        401,
    );
    assert_eq!(
        c.api("GET", "/api/v1/me", None, None)
            .await
            .header("www-authenticate"),
        "Bearer"
    );
}

#[tokio::test]
async fn the_api_ignores_session_cookies() {
    let t = TestApp::new().await;
    let admin = t.admin().await;
    let cookie = admin.cookie("kaiku_session").unwrap_or_default();
    let req = admin
        .request("GET", "/api/v1/me")
        .header("cookie", format!("kaiku_session={cookie}"))
        .body(axum::body::Body::empty())
        .unwrap_or_else(|e| panic!("{e}"));
    let r = admin.send(req).await;
    assert_eq!(r.status, 401);
}

#[tokio::test]
async fn users_are_listed_by_name_with_cursor_pagination() {
    let t = TestApp::new().await;
    for i in 0..25 {
        t.create_account(
            &format!("person{i:02}@testi.fi"),
            &format!("Person {i:02}"),
            "member",
        )
        .await;
    }
    let admin = t.admin().await;
    let token = t.token(&admin, "list").await;
    let c = t.client();
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(cur) => format!("/api/v1/users?limit=10&cursor={cur}"),
            None => "/api/v1/users?limit=10".to_owned(),
        };
        let r = c.api("GET", &path, Some(&token), None).await;
        assert_eq!(r.status, 200, "{}", r.body);
        let page = r.json();
        let items = page["items"].as_array().cloned().unwrap_or_default();
        assert!(items.len() <= 10);
        seen.extend(
            items
                .iter()
                .map(|u| u["display_name"].as_str().unwrap_or("").to_owned()),
        );
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    assert_eq!(seen.len(), 26, "every person exactly once");
    let mut sorted = seen.clone();
    sorted.sort_by_key(|s| s.to_lowercase());
    assert_eq!(seen, sorted, "ordered by name");
    let r = c
        .api("GET", "/api/v1/users?q=person%2007", Some(&token), None)
        .await;
    let items = r.json()["items"].as_array().cloned().unwrap_or_default();
    assert_eq!(items.len(), 1);
    assert_eq!(
        items.first().map(|u| u["email"].clone()),
        Some(serde_json::json!("person07@testi.fi"))
    );
    assert!(
        items
            .first()
            .is_some_and(|u| u["active"] == true && u["skills"].is_array())
    );
    // Bad parameters are clear problems.
    assert_problem(
        &c.api("GET", "/api/v1/users?limit=1000", Some(&token), None)
            .await,
        422,
    );
    assert_problem(
        &c.api("GET", "/api/v1/users?limit=abc", Some(&token), None)
            .await,
        400,
    );
    assert_problem(
        &c.api("GET", "/api/v1/users?cursor=%21%21", Some(&token), None)
            .await,
        422,
    );
    assert_problem(
        &c.api("GET", "/api/v1/users?role=boss", Some(&token), None)
            .await,
        422,
    );
}

#[tokio::test]
async fn one_user_and_unknown_ids() {
    let t = TestApp::new().await;
    let id = t.create_account("kaisa@testi.fi", "Kaisa", "member").await;
    let admin = t.admin().await;
    let token = t.token(&admin, "one").await;
    let c = t.client();
    let r = c
        .api("GET", &format!("/api/v1/users/{id}"), Some(&token), None)
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["email"], "kaisa@testi.fi");
    assert_problem(
        &c.api("GET", "/api/v1/users/nope", Some(&token), None).await,
        404,
    );
    assert_problem(
        &c.api("GET", "/api/v1/no-such-endpoint", Some(&token), None)
            .await,
        404,
    );
    assert_problem(
        &c.api("GET", "/api/v1/no-such-endpoint", None, None).await,
        404,
    );
}

#[tokio::test]
async fn guests_see_only_themselves_through_the_api_for_now() {
    let t = TestApp::new().await;
    let guest = t.guest().await;
    let token = t.token(&guest, "g").await;
    let c = t.client();
    let r = c.api("GET", "/api/v1/users", Some(&token), None).await;
    let items = r.json()["items"].as_array().cloned().unwrap_or_default();
    assert_eq!(items.len(), 1);
    assert_eq!(
        items.first().map(|u| u["role"].clone()),
        Some(serde_json::json!("guest"))
    );
    let admin_id = t
        .services()
        .person_by_email(&kaiku_domain::Viewer::system(), "admin@testi.fi")
        .await
        .map(|a| a.id)
        .unwrap_or_default();
    assert_problem(
        &c.api(
            "GET",
            &format!("/api/v1/users/{admin_id}"),
            Some(&token),
            None,
        )
        .await,
        404,
    );
}

#[tokio::test]
async fn patching_a_profile_validates_and_refuses_unknown_fields() {
    let t = TestApp::new().await;
    let member = t.member().await;
    let token = t.token(&member, "p").await;
    let c = t.client();
    let me = c.api("GET", "/api/v1/me", Some(&token), None).await.json();
    let id = me["id"].as_str().unwrap_or("").to_owned();
    let path = format!("/api/v1/users/{id}");
    let r = c
        .api(
            "PATCH",
            &path,
            Some(&token),
            Some(r#"{"title":"Lead designer"}"#),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["title"], "Lead designer");
    // Mass assignment: role is not a field one may send.
    assert_problem(
        &c.api("PATCH", &path, Some(&token), Some(r#"{"role":"admin"}"#))
            .await,
        422,
    );
    assert_eq!(
        c.api("GET", "/api/v1/me", Some(&token), None).await.json()["role"],
        "member"
    );
    let r = c
        .api("PATCH", &path, Some(&token), Some(r#"{"display_name":""}"#))
        .await;
    assert_problem(&r, 422);
    assert_eq!(r.json()["errors"][0]["field"], "display_name");
    assert_problem(
        &c.api("PATCH", &path, Some(&token), Some("{not json")).await,
        400,
    );
    let req = c
        .request("PATCH", &path)
        .header("authorization", format!("Bearer {token}"))
        .header("content-type", "text/plain")
        .body(axum::body::Body::from("title=x"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_problem(&c.send(req).await, 415);
    let huge = format!(r#"{{"title":"{}"}}"#, "x".repeat(100_000));
    assert_problem(&c.api("PATCH", &path, Some(&token), Some(&huge)).await, 413);
    // Someone else's profile is not the member's to change.
    let admin_id = t
        .services()
        .person_by_email(&kaiku_domain::Viewer::system(), "admin@testi.fi")
        .await
        .map(|a| a.id)
        .unwrap_or_default();
    assert_problem(
        &c.api(
            "PATCH",
            &format!("/api/v1/users/{admin_id}"),
            Some(&token),
            Some(r#"{"title":"x"}"#),
        )
        .await,
        403,
    );
}

#[tokio::test]
async fn problems_speak_the_callers_language() {
    let t = TestApp::new().await;
    let r = t
        .client()
        .with_language("fi")
        .api("GET", "/api/v1/me", None, None)
        .await;
    assert_problem(&r, 401);
    let en = t.client().api("GET", "/api/v1/me", None, None).await;
    assert_ne!(r.json()["detail"], en.json()["detail"]);
}

#[tokio::test]
async fn the_openapi_document_describes_the_api() {
    let t = TestApp::new().await;
    let r = t.client().get("/api/v1/openapi.json").await;
    assert_eq!(r.status, 200);
    let doc = r.json();
    assert!(
        doc["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.1")),
        "{}",
        doc["openapi"]
    );
    for path in ["/api/v1/me", "/api/v1/users", "/api/v1/users/{id}"] {
        assert!(doc["paths"][path].is_object(), "{path} documented");
    }
    assert!(doc["paths"]["/api/v1/users/{id}"]["patch"].is_object());
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
    assert!(doc["components"]["schemas"]["Problem"].is_object());
}

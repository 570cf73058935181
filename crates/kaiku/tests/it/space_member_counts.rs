//! Member counts: each space keeps its own, and every way into or out of a space
//! keeps it right, on the pages and in the API alike.

use crate::support::{Client, TestApp};

/// The count on the space's own page ("N members" in its header).
async fn shown_on_page(c: &Client, slug: &str) -> String {
    let r = c.get(&format!("/s/{slug}")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.body
        .split("class=\"page-header space-header\"")
        .nth(1)
        .and_then(|header| header.split("<span class=\"muted\">").nth(1))
        .and_then(|count| count.split(" member").next())
        .map(str::to_owned)
        .unwrap_or_else(|| panic!("no member count on the page: {}", r.body))
}

/// The count the API reports.
async fn in_api(c: &Client, token: &str, id: &str) -> i64 {
    let r = c
        .api("GET", &format!("/api/v1/spaces/{id}"), Some(token), None)
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()["member_count"].as_i64().unwrap_or(-1)
}

#[tokio::test]
async fn member_counts_follow_every_join_and_departure() {
    let t = TestApp::new().await;
    let owner = t
        .persona("omistaja@testi.fi", "Olli Omistaja", "member")
        .await;
    let anna = t.persona("anna@testi.fi", "Anna Aalto", "member").await;
    let bertil_id = t
        .create_account("bertil@testi.fi", "Bertil Berg", "member")
        .await;
    let bertil = t.sign_in("bertil@testi.fi", crate::support::PASSWORD).await;
    let token = t.token(&owner, "counts").await;
    let bertil_token = t.token(&bertil, "counts").await;
    let api = t.client();
    let r = api
        .api(
            "POST",
            "/api/v1/spaces",
            Some(&token),
            Some(r#"{"name":"Kahvihuone","visibility":"public"}"#),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let id = r.json()["id"].as_str().unwrap_or_default().to_owned();
    assert_eq!(shown_on_page(&owner, "kahvihuone").await, "1");
    assert_eq!(in_api(&api, &token, &id).await, 1, "the owner is a member");

    // Joining through the page and through the API; a second join changes nothing.
    for _ in 0..2 {
        anna.post_form("/s/kahvihuone/join", &[]).await;
    }
    let r = api
        .api(
            "POST",
            &format!("/api/v1/spaces/{id}/join"),
            Some(&bertil_token),
            None,
        )
        .await;
    assert!(r.status < 300, "{}", r.body);
    assert_eq!(in_api(&api, &token, &id).await, 3);
    assert_eq!(shown_on_page(&anna, "kahvihuone").await, "3");
    let home = anna.get("/").await;
    assert!(
        home.body
            .contains("Kahvihuone</strong><span class=\"muted small\">3 members"),
        "my spaces on the home page: {}",
        home.body
    );
    let dir = anna.get("/spaces").await;
    assert!(dir.body.contains("3 members"), "{}", dir.body);

    // Leaving, and being removed by the owner.
    assert_eq!(anna.post_form("/s/kahvihuone/leave", &[]).await.status, 303);
    assert_eq!(in_api(&api, &token, &id).await, 2);
    let r = owner
        .post_form(&format!("/s/kahvihuone/members/{bertil_id}/remove"), &[])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(in_api(&api, &token, &id).await, 1);
    assert_eq!(shown_on_page(&owner, "kahvihuone").await, "1");

    // A private space: a request the owner approves is one member more.
    let r = api
        .api(
            "POST",
            "/api/v1/spaces",
            Some(&token),
            Some(r#"{"name":"Hallitus","visibility":"private"}"#),
        )
        .await;
    let private = r.json()["id"].as_str().unwrap_or_default().to_owned();
    let r = anna
        .post_form("/s/hallitus/request", &[("message", "Olen uusi sihteeri")])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(
        in_api(&api, &token, &private).await,
        1,
        "asking is not joining"
    );
    let requests = owner.get("/s/hallitus/requests").await;
    let request = requests
        .between("/s/hallitus/requests/", "/approve")
        .unwrap_or_default();
    let r = owner
        .post_form(&format!("/s/hallitus/requests/{request}/approve"), &[])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(in_api(&api, &token, &private).await, 2);
    assert_eq!(
        in_api(&api, &token, &id).await,
        1,
        "the other space is unchanged"
    );
}

//! Search: finds inflected forms and compound parts, reflects edits and
//! deletions, and never finds what the searcher may not see.

use crate::support::world::{post, world};

/// The ids of `type` items `/api/v1/search?{query}` returns for a token.
async fn found(w: &crate::support::world::World, token: &str, query: &str) -> Vec<String> {
    let r =
        w.t.client()
            .api("GET", &format!("/api/v1/search?{query}"), Some(token), None)
            .await;
    assert_eq!(r.status, 200, "{query}: {}", r.body);
    r.json()["items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|i| {
            format!(
                "{}:{}",
                i["type"].as_str().unwrap_or(""),
                i["id"].as_str().unwrap_or("")
            )
        })
        .collect()
}

#[tokio::test]
async fn a_unique_word_in_a_closed_space_is_found_by_members_only_until_they_leave() {
    let w = world().await;
    let token_member = w.t.token(&w.member, "m2").await;
    let private = post(&w.owner, &w.private.0, "Projekti kvarkkilaatu alkaa salaa.").await;
    let secret = post(&w.owner, &w.secret.0, "Salainen zorbloxi-suunnitelma.").await;
    w.t.search_settles().await;
    assert_eq!(
        found(&w, &token_member, "q=kvarkkilaatu").await,
        vec![format!("post:{private}")]
    );
    assert_eq!(
        found(&w, &w.token_guest, "q=kvarkkilaatu").await,
        vec![format!("post:{private}")],
        "the guest is in the private space"
    );
    for token in [&w.token_outsider, &w.token_guest] {
        assert!(found(&w, token, "q=zorbloxi").await.is_empty());
    }
    assert!(
        found(&w, &w.token_outsider, "q=kvarkkilaatu")
            .await
            .is_empty()
    );
    // Facet counts and suggestions say nothing either.
    let r =
        w.t.client()
            .api(
                "GET",
                "/api/v1/search?q=zorbloxi",
                Some(&w.token_outsider),
                None,
            )
            .await
            .json();
    assert_eq!(r["total"], 0, "{r}");
    assert_eq!(r["facets"]["space"], serde_json::json!([]), "{r}");
    assert!(r["did_you_mean"].is_null(), "{r}");
    let r =
        w.t.client()
            .api(
                "GET",
                "/api/v1/search?q=zorbloksi",
                Some(&w.token_outsider),
                None,
            )
            .await
            .json();
    assert!(
        r["did_you_mean"].is_null(),
        "a misspelling must not reveal the word: {r}"
    );
    assert_eq!(
        found(&w, &w.token_owner, "q=zorbloxi").await,
        vec![format!("post:{secret}")]
    );
    // Leaving takes effect at once, with no reindexing.
    let r =
        w.t.client()
            .api(
                "POST",
                &format!("/api/v1/spaces/{}/leave", w.private.0),
                Some(&token_member),
                None,
            )
            .await;
    assert!(r.status < 300, "{}", r.body);
    assert!(found(&w, &token_member, "q=kvarkkilaatu").await.is_empty());
}

#[tokio::test]
async fn inflected_forms_and_compound_parts_are_found() {
    let w = world().await;
    let fi = post(
        &w.owner,
        &w.public.0,
        "Työterveyshuolto muuttaa uuteen talossa olevaan toimistoon ensi kuussa.",
    )
    .await;
    let sv = post(
        &w.owner,
        &w.public.0,
        "Alla husen i kvarteret får fjärrvärme i vår.",
    )
    .await;
    let nl = post(
        &w.owner,
        &w.public.0,
        "Het ziekteverzuim daalde dit kwartaal flink.",
    )
    .await;
    w.t.search_settles().await;
    let t = &w.token_outsider;
    assert_eq!(found(&w, t, "q=terveys").await, vec![format!("post:{fi}")]);
    assert_eq!(found(&w, t, "q=talo").await, vec![format!("post:{fi}")]);
    assert_eq!(found(&w, t, "q=hus").await, vec![format!("post:{sv}")]);
    assert_eq!(found(&w, t, "q=ziekte").await, vec![format!("post:{nl}")]);
    assert_eq!(
        found(&w, t, "q=fjärvärme").await,
        vec![format!("post:{sv}")],
        "one typo"
    );
    let r =
        w.t.client()
            .api("GET", "/api/v1/search?q=terveys", Some(t), None)
            .await
            .json();
    let snippet = r["items"][0]["snippet"].as_str().unwrap_or("");
    assert!(
        snippet.contains("<mark>Työterveyshuolto</mark>"),
        "{snippet}"
    );
}

#[tokio::test]
async fn edits_and_deletions_show_in_search_at_once() {
    let w = world().await;
    let id = post(&w.owner, &w.public.0, "Kahvikone on rikki.").await;
    w.t.search_settles().await;
    assert_eq!(
        found(&w, &w.token_owner, "q=kahvikone").await,
        vec![format!("post:{id}")]
    );
    let r =
        w.t.client()
            .api(
                "PATCH",
                &format!("/api/v1/posts/{id}"),
                Some(&w.token_owner),
                Some(r#"{"body":"Teekeitin on rikki."}"#),
            )
            .await;
    assert_eq!(r.status, 200, "{}", r.body);
    w.t.search_settles().await;
    assert!(found(&w, &w.token_owner, "q=kahvikone").await.is_empty());
    assert_eq!(
        found(&w, &w.token_owner, "q=teekeitin").await,
        vec![format!("post:{id}")]
    );
    let r =
        w.t.client()
            .api(
                "DELETE",
                &format!("/api/v1/posts/{id}"),
                Some(&w.token_owner),
                None,
            )
            .await;
    assert!(r.status < 300, "{}", r.body);
    w.t.search_settles().await;
    assert!(found(&w, &w.token_owner, "q=teekeitin").await.is_empty());
}

#[tokio::test]
async fn spaces_and_people_are_found_by_name() {
    let w = world().await;
    w.t.search_settles().await;
    let t = &w.token_outsider;
    assert_eq!(
        found(&w, t, "q=suljettu").await,
        vec![format!("space:{}", w.private.0)]
    );
    assert!(
        found(&w, t, "q=salainen").await.is_empty(),
        "secret spaces are not listed"
    );
    assert_eq!(found(&w, t, "q=maija&type=person").await.len(), 1);
}

#[tokio::test]
async fn bad_queries_get_clear_errors_or_sensible_results() {
    let w = world().await;
    let api = w.t.client();
    let t = Some(w.token_owner.as_str());
    for q in [
        "",
        "%22",
        "*",
        "%3A",
        "%28",
        "-",
        "%22%22%20-%20*%20(%20)%20%3A",
    ] {
        let r = api
            .api("GET", &format!("/api/v1/search?q={q}"), t, None)
            .await;
        assert_eq!(r.status, 200, "{q}: {}", r.body);
    }
    let long = "a".repeat(10_000);
    for path in [
        format!("/api/v1/search?q={long}"),
        "/api/v1/search?q=x&type=banana".to_owned(),
        "/api/v1/search?q=x&space=nope".to_owned(),
        "/api/v1/search?q=x&from=2026-05-01&to=2026-04-01".to_owned(),
        "/api/v1/search?q=x&from=yesterday".to_owned(),
        "/api/v1/search?q=x&sort=best".to_owned(),
        "/api/v1/search?q=x&cursor=zz".to_owned(),
    ] {
        let r = api.api("GET", &path, t, None).await;
        assert_eq!(r.status, 422, "{path}: {}", r.body);
        assert_eq!(r.header("content-type"), "application/problem+json");
        let message = r.json()["errors"][0]["message"]
            .as_str()
            .unwrap_or("")
            .to_owned();
        assert!(
            !message.is_empty() && !message.starts_with("error-"),
            "{path}: {}",
            r.body
        );
    }
    // Someone else's secret space is not a valid filter either.
    let r = api
        .api(
            "GET",
            &format!("/api/v1/search?q=x&space={}", w.secret.0),
            Some(&w.token_outsider),
            None,
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
}

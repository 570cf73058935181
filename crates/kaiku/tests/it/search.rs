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

/// Whether a page or fragment links to this post.
fn links_to(body: &str, post_id: &str) -> bool {
    body.contains(&format!("href=\"/p/{post_id}"))
}

#[tokio::test]
async fn the_results_page_and_suggestions_show_only_what_the_viewer_may_see() {
    let w = world().await;
    let secret = post(&w.owner, &w.secret.0, "Salainen plutoniumkaivos avataan.").await;
    let private = post(&w.owner, &w.private.0, "Suljettu kvasaarikerho kokoontuu.").await;
    w.t.search_settles().await;
    // Members find both on the page and while typing.
    let page = w.member.get("/search?q=plutoniumkaivos").await;
    assert_eq!(page.status, 200);
    assert!(links_to(&page.body, &secret), "{}", page.body);
    assert!(
        page.body.contains("<mark>plutoniumkaivos</mark>"),
        "{}",
        page.body
    );
    let typed = w.member.get("/search/suggest?q=plutoniumk").await;
    assert_eq!(typed.status, 200);
    assert!(links_to(&typed.body, &secret), "{}", typed.body);
    // Outsiders and the partner guest get nothing, not even a facet count or a
    // did-you-mean.
    for who in [&w.outsider, &w.guest] {
        for q in ["plutoniumkaivos", "plutoniumkaivoz"] {
            let page = who.get(&format!("/search?q={q}")).await;
            assert_eq!(page.status, 200);
            assert!(!links_to(&page.body, &secret), "{}", page.body);
            assert!(!page.body.contains("Salainen"), "{}", page.body);
            assert!(
                !page.body.contains("class=\"did-you-mean\""),
                "{}",
                page.body
            );
            assert!(page.body.contains("No results"), "{}", page.body);
        }
        let typed = who.get("/search/suggest?q=plutoniumk").await;
        assert_eq!(typed.status, 200);
        assert!(!links_to(&typed.body, &secret), "{}", typed.body);
        assert!(!typed.body.contains("Salainen"), "{}", typed.body);
    }
    // The guest is in the private space; the outsider, a member of the
    // organisation, is not.
    let guest_page = w.guest.get("/search?q=kvasaarikerho").await;
    assert!(links_to(&guest_page.body, &private), "{}", guest_page.body);
    let outsider_page = w.outsider.get("/search?q=kvasaarikerho").await;
    assert!(
        !links_to(&outsider_page.body, &private),
        "{}",
        outsider_page.body
    );
    // Signed-out visitors are sent to sign in.
    let anon = w.t.client().get("/search/suggest?q=pl").await;
    assert_eq!(anon.status, 303);
}

#[tokio::test]
async fn suggestions_offer_people_spaces_topics_and_content_from_the_second_letter() {
    let w = world().await;
    let id = post(
        &w.owner,
        &w.public.0,
        "Avoimen tilan #kahvitauko on kello kolme, tervetuloa Avoin-porukka.",
    )
    .await;
    w.t.search_settles().await;
    let one = w.member.get("/search/suggest?q=a").await;
    assert_eq!(one.status, 200);
    assert!(
        !one.body.contains("suggest-group"),
        "one letter suggests nothing: {}",
        one.body
    );
    let typed = w.member.get("/search/suggest?q=av").await;
    assert!(
        typed.body.contains("href=\"/s/") && typed.body.contains("Avoin"),
        "the space by the start of its name: {}",
        typed.body
    );
    // Content needs a third letter: two match names only.
    let typed = w.member.get("/search/suggest?q=avo").await;
    assert!(links_to(&typed.body, &id), "{}", typed.body);
    let person = w.member.get("/search/suggest?q=ulla%20out").await;
    assert!(person.body.contains("Ulla Outsider"), "{}", person.body);
    assert!(person.body.contains("href=\"/u/"), "{}", person.body);
    let topic = w.member.get("/search/suggest?q=kahvit").await;
    assert!(
        topic.body.contains("href=\"/t/kahvitauko\""),
        "{}",
        topic.body
    );
    // Every answer ends with the way to the full results.
    assert!(
        topic.body.contains("href=\"/search?q=kahvit\""),
        "{}",
        topic.body
    );
    // Every page carries the box.
    let home = w.member.get("/").await;
    assert!(home.body.contains("data-suggest=\"/search/suggest\""));
}

#[tokio::test]
async fn the_results_page_narrows_sorts_pages_and_suggests_a_spelling() {
    let w = world().await;
    let mut ids = Vec::new();
    for i in 0..22 {
        ids.push(
            post(
                &w.owner,
                &w.public.0,
                &format!("Budjettiriihi numero {i} alkaa."),
            )
            .await,
        );
    }
    w.t.clock.advance_ms(2 * 24 * 3600 * 1000);
    // Two days on, sessions have lapsed: sign in afresh.
    let owner =
        w.t.sign_in("owner@testi.fi", crate::support::PASSWORD)
            .await;
    let private = post(&owner, &w.private.0, "Budjettiriihi suljetussa tilassa.").await;
    w.t.search_settles().await;
    let member =
        w.t.sign_in("member@testi.fi", crate::support::PASSWORD)
            .await;
    let page = member.get("/search?q=budjettiriihi").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("23 results"), "{}", page.body);
    assert!(
        page.body.contains("Avoin") && page.body.contains("Suljettu"),
        "space facet: {}",
        page.body
    );
    assert_eq!(
        page.body.matches("class=\"result result-post\"").count(),
        20
    );
    let next = page
        .between(
            "<nav class=\"pager\"><a class=\"btn\" rel=\"next\" href=\"",
            "\"",
        )
        .unwrap_or_else(|| panic!("no next page: {}", page.body))
        .replace("&#38;", "&")
        .replace("&amp;", "&");
    let second = member.get(&next).await;
    assert_eq!(
        second.body.matches("class=\"result result-post\"").count(),
        3,
        "{}",
        second.body
    );
    // Narrowed to the private space: only its post, and the facet can be cleared.
    let narrowed = member
        .get(&format!("/search?q=budjettiriihi&space={}", w.private.0))
        .await;
    assert!(narrowed.body.contains("1 result"), "{}", narrowed.body);
    assert!(links_to(&narrowed.body, &private));
    assert!(
        narrowed.body.contains("class=\"facet-clear small\""),
        "{}",
        narrowed.body
    );
    // Newest first puts the last one written on top.
    let newest = member.get("/search?q=budjettiriihi&sort=newest").await;
    let first = newest
        .between("<a class=\"result-title\" href=\"/p/", "\"")
        .unwrap_or_default();
    assert_eq!(first, private, "{}", newest.body);
    // The date buckets: one from the last day, all from the last week.
    let today = member.get("/search?q=budjettiriihi&age=day").await;
    assert!(today.body.contains("1 result<"), "{}", today.body);
    let week = member.get("/search?q=budjettiriihi&age=week").await;
    assert!(week.body.contains("23 results"), "{}", week.body);
    // A word misspelt twice finds nothing but offers the right one.
    let typo = member.get("/search?q=budjetiriihu").await;
    assert!(typo.body.contains("Nothing found"), "{}", typo.body);
    assert!(
        typo.body.contains("<strong>budjettiriihi</strong>"),
        "{}",
        typo.body
    );
    let _ = ids;
}

#[tokio::test]
async fn the_results_page_explains_bad_input_in_the_users_language() {
    let w = world().await;
    let fi = w.member.clone().with_language("fi");
    let long = "a".repeat(10_000);
    for (path, message) in [
        (
            "/search?q=x&from=2026-05-01&to=2026-04-01".to_owned(),
            "Alkupäivän on oltava ennen loppupäivää.",
        ),
        (
            "/search?q=x&type=banana".to_owned(),
            "Valitse, mitä haetaan",
        ),
        (format!("/search?q={long}"), "enintään 500 merkkiä"),
    ] {
        let r = fi.get(&path).await;
        assert_eq!(r.status, 422, "{path}");
        assert!(r.body.contains(message), "{path}: {}", r.body);
        assert!(r.body.contains("role=\"alert\""));
    }
    for q in [
        "%22",
        "*",
        "%3A",
        "%28",
        "-",
        "%22%22%20-%20*%20(%20)%20%3A",
        "",
    ] {
        let r = fi.get(&format!("/search?q={q}")).await;
        assert_eq!(r.status, 200, "{q}: {}", r.body);
    }
    // Suggestions for an over-long query are simply empty.
    let r = fi.get(&format!("/search/suggest?q={long}")).await;
    assert_eq!(r.status, 200);
    assert!(!r.body.contains("suggest-group"));
}

#[tokio::test]
async fn people_are_found_by_skill_unit_and_language_and_follow_a_unit_rename() {
    let w = world().await;
    let admin = w.t.admin().await;
    let token = w.t.token(&admin, "people").await;
    let r = admin
        .post_form(
            "/admin/org",
            &[
                ("name", "Työterveyshuolto"),
                ("kind_id", "department"),
                ("parent_id", ""),
                ("description", ""),
                ("lead", ""),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let units =
        w.t.client()
            .api("GET", "/api/v1/org-units", Some(&token), None)
            .await
            .json();
    let unit = units["items"]
        .as_array()
        .and_then(|a| a.iter().find(|u| u["name"] == "Työterveyshuolto"))
        .and_then(|u| u["id"].as_str())
        .unwrap_or("")
        .to_owned();
    let hr =
        w.t.create_account("hr@testi.fi", "Helka Hoitaja", "member")
            .await;
    let r =
        w.t.client()
            .api(
                "PATCH",
                &format!("/api/v1/users/{hr}"),
                Some(&token),
                Some(
                    &serde_json::json!({"unit_id": unit, "title": "Työterveyshoitaja",
                    "skills": [{"name": "Ergonomia"}],
                    "languages": [{"code": "et", "level": "fluent"}]})
                    .to_string(),
                ),
            )
            .await;
    assert_eq!(r.status, 200, "{}", r.body);
    w.t.search_settles().await;
    let person = format!("person:{hr}");
    let t = &w.token_outsider;
    for q in [
        "ergonomia",
        "terveys&type=person",
        "estonian",
        "viro",
        "estniska",
        "eesti",
    ] {
        assert!(
            found(&w, t, &format!("q={q}")).await.contains(&person),
            "{q}"
        );
    }
    // The "työterv" of the issue: the person appears while it is typed.
    let typed = w.member.get("/search/suggest?q=ty%C3%B6terv").await;
    assert!(
        typed.body.contains(&format!("href=\"/u/{hr}\"")),
        "{}",
        typed.body
    );
    // Renaming the unit re-files its people under the new name.
    let r = admin
        .post_form(
            &format!("/admin/org/{unit}"),
            &[
                ("name", "Hyvinvointipalvelut"),
                ("kind_id", "department"),
                ("parent_id", ""),
                ("description", ""),
                ("lead", ""),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    w.t.search_settles().await;
    assert!(
        found(&w, t, "q=hyvinvointipalvelut")
            .await
            .contains(&person)
    );
}

#[tokio::test]
async fn snippets_show_the_text_without_its_markdown() {
    let w = world().await;
    post(
        &w.owner,
        &w.public.0,
        "**Tärkeää:** lue [ohje](https://example.org) ennen _kvarkkikokousta_.",
    )
    .await;
    w.t.search_settles().await;
    let page = w.member.get("/search?q=kvarkkikokousta").await;
    assert!(
        page.body
            .contains("Tärkeää: lue ohje ennen <mark>kvarkkikokousta</mark>."),
        "{}",
        page.body
    );
}

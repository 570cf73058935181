//! Help while writing: the Markdown preview and @mention suggestions, on the
//! page and in the API, and that neither reveals a space or a person.

use crate::support::world::world;

fn names(json: &serde_json::Value) -> Vec<String> {
    let list = json
        .get("items")
        .and_then(|v| v.as_array())
        .or_else(|| json.as_array())
        .cloned()
        .unwrap_or_default();
    list.iter()
        .filter_map(|p| p["display_name"].as_str().map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn preview_renders_a_draft_as_it_would_be_posted_and_saves_nothing() {
    let w = world().await;
    let r = w
        .member
        .post_form(
            "/posts/preview",
            &[
                ("space_id", &w.private.0),
                (
                    "body",
                    "**LUONNOS** <script>alert(1)</script> [x](javascript:alert(1)) @out #aihe",
                ),
            ],
        )
        .await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("<strong>LUONNOS</strong>"), "{}", r.body);
    assert!(!r.body.contains("<script") && !r.body.contains("javascript:"));
    assert!(r.body.contains("href=\"/t/aihe\""), "topics become links");
    // The outsider cannot read the private space: the author is told before posting.
    assert!(r.body.contains("Ulla Outsider"), "{}", r.body);
    // Nothing was saved.
    let space = w.member.get(&format!("/s/{}", w.private.1)).await.body;
    assert!(!space.contains("LUONNOS"));
    assert!(!w.member.get("/").await.body.contains("LUONNOS"));

    // Bad drafts get the field's message in the writer's language.
    let r = w
        .member
        .post_form("/posts/preview", &[("space_id", ""), ("body", "  ")])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Please fill in this field."), "{}", r.body);
    let long = "a".repeat(10_001);
    let r = w
        .member
        .post_form("/posts/preview", &[("body", long.as_str())])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("10,000"));

    // A guest cannot discover people outside their spaces by mentioning them:
    // the handle stays plain text and no name comes back.
    let r = w
        .guest
        .post_form(
            "/posts/preview",
            &[("space_id", &w.private.0), ("body", "Hei @out ja @member")],
        )
        .await;
    assert_eq!(r.status, 200);
    assert!(!r.body.contains("Ulla Outsider"), "{}", r.body);
    assert!(
        r.body.contains("@out") && r.body.contains("Maija Member"),
        "{}",
        r.body
    );

    // A space one cannot read is not there.
    let r = w
        .outsider
        .post_form(
            "/posts/preview",
            &[("space_id", &w.secret.0), ("body", "hei @member")],
        )
        .await;
    assert_eq!(r.status, 404);
    let r = w
        .outsider
        .post_form(
            "/posts/preview",
            &[("space_id", &w.private.0), ("body", "hei @member")],
        )
        .await;
    assert_eq!(r.status, 404);

    // The API.
    let api = w.t.client();
    let r = api
        .api(
            "POST",
            "/api/v1/preview",
            Some(&w.token_owner),
            Some(&format!(
                r##"{{"body":"# Otsikko\n\n@out","space_id":"{}"}}"##,
                w.secret.0
            )),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(
        r.json()["body_html"]
            .as_str()
            .unwrap_or("")
            .contains("<h1>")
    );
    assert_eq!(r.json()["unreachable_mentions"][0], "Ulla Outsider");
    let r = api
        .api(
            "POST",
            "/api/v1/preview",
            Some(&w.token_outsider),
            Some(&format!(r#"{{"body":"x","space_id":"{}"}}"#, w.secret.0)),
        )
        .await;
    assert_eq!(r.status, 404);
    assert!(r.header("content-type").contains("problem+json"));
    let r = api
        .api(
            "POST",
            "/api/v1/preview",
            Some(&w.token_owner),
            Some(r#"{"body":""}"#),
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("\"body\""), "names the field: {}", r.body);
}

#[tokio::test]
async fn mention_suggestions_offer_only_people_the_audience_includes() {
    let w = world().await;
    let suggest = |who: &crate::support::Client, q: &str, space: &str| {
        let path = format!("/mentions?q={q}&space_id={space}");
        let who = who.clone();
        async move { who.get(&path).await }
    };
    // In the private space: its members (the guest too), never the outsider.
    let r = suggest(&w.owner, "u", &w.private.0).await;
    assert_eq!(r.status, 200);
    let found = names(&r.json());
    assert!(!found.contains(&"Ulla Outsider".to_owned()), "{found:?}");
    let found = names(&suggest(&w.owner, "g", &w.private.0).await.json());
    assert!(found.contains(&"Gösta Gäst".to_owned()), "{found:?}");
    let found = names(&suggest(&w.owner, "maija", &w.private.0).await.json());
    assert_eq!(found, vec!["Maija Member".to_owned()]);
    // The handle is what the post will recognise.
    let r = suggest(&w.owner, "@maija", &w.private.0).await.json();
    assert_eq!(r[0]["handle"], "member");

    // In the public space and on a profile: every member, but no guest.
    let found = names(&suggest(&w.owner, "ulla", &w.public.0).await.json());
    assert_eq!(found, vec!["Ulla Outsider".to_owned()]);
    let found = names(&suggest(&w.owner, "ulla", "").await.json());
    assert_eq!(found, vec!["Ulla Outsider".to_owned()]);
    let found = names(&suggest(&w.owner, "gösta", "").await.json());
    assert!(found.is_empty(), "guests cannot read profile posts");

    // A guest is offered only people they share a space with.
    let found = names(&suggest(&w.guest, "ulla", &w.private.0).await.json());
    assert!(found.is_empty());
    let found = names(&suggest(&w.guest, "olli", &w.private.0).await.json());
    assert_eq!(found, vec!["Olli Owner".to_owned()]);

    // Spaces one cannot read are not there; nothing about them is told.
    assert_eq!(suggest(&w.outsider, "maija", &w.secret.0).await.status, 404);
    assert_eq!(
        suggest(&w.outsider, "maija", &w.private.0).await.status,
        404
    );
    assert_eq!(suggest(&w.guest, "maija", &w.secret.0).await.status, 404);

    // The API answers the same way.
    let api = w.t.client();
    let r = api
        .api(
            "GET",
            &format!("/api/v1/mentions?q=maija&space_id={}", w.secret.0),
            Some(&w.token_owner),
            None,
        )
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(names(&r.json()), vec!["Maija Member".to_owned()]);
    let r = api
        .api(
            "GET",
            &format!("/api/v1/mentions?q=maija&space_id={}", w.secret.0),
            Some(&w.token_outsider),
            None,
        )
        .await;
    assert_eq!(r.status, 404);
    let r = api
        .api("GET", "/api/v1/mentions?q=olli", Some(&w.token_guest), None)
        .await;
    assert_eq!(r.status, 403, "guests write no profile posts");
}

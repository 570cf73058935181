//! The stream: posting, conversation, reactions, and that nothing leaks from
//! private and secret spaces or from profiles to guests.

use crate::support::PASSWORD;
use crate::support::world::{post, world};

#[tokio::test]
async fn members_talk_in_a_space_and_see_it_on_their_home() {
    let w = world().await;
    let id = post(
        &w.owner,
        &w.private.0,
        "Hallituksen **kokous** torstaina, ks. https://kaiku.fi/esityslista",
    )
    .await;
    let page = w.member.get(&format!("/s/{}", w.private.1)).await;
    assert!(page.body.contains("Hallituksen <strong>kokous</strong>"));
    assert!(
        page.body
            .contains("<a href=\"https://kaiku.fi/esityslista\""),
        "links are clickable"
    );
    let home = w.member.get("/").await;
    assert!(
        home.body.contains("Hallituksen <strong>kokous</strong>"),
        "on the member's home"
    );
    // A comment, a reply, and a reply to the reply (which joins the same thread).
    let r = w
        .member
        .post_form(&format!("/p/{id}/comments"), &[("body", "Tulen paikalle")])
        .await;
    assert_eq!(r.status, 303);
    let c1 = r
        .location()
        .split("#comment-")
        .nth(1)
        .unwrap_or("")
        .to_owned();
    let r = w
        .owner
        .post_form(
            &format!("/p/{id}/comments"),
            &[("body", "Hienoa!"), ("parent_id", &c1)],
        )
        .await;
    let c2 = r
        .location()
        .split("#comment-")
        .nth(1)
        .unwrap_or("")
        .to_owned();
    let r = w
        .member
        .post_form(
            &format!("/p/{id}/comments"),
            &[("body", "Kiitos"), ("parent_id", &c2)],
        )
        .await;
    assert_eq!(r.status, 303);
    let comments =
        w.t.client()
            .api(
                "GET",
                &format!("/api/v1/posts/{id}/comments"),
                Some(&w.token_owner),
                None,
            )
            .await
            .json();
    let items = comments["items"].as_array().cloned().unwrap_or_default();
    assert_eq!(items.len(), 3);
    assert!(
        items.iter().skip(1).all(|c| c["parent_id"] == c1.as_str()),
        "replies stay one level deep"
    );
    let post_page = w.member.get(&format!("/p/{id}")).await;
    assert!(post_page.body.contains("Tulen paikalle") && post_page.body.contains("Hienoa!"));
    assert!(post_page.body.contains("3 comments"));
}

#[tokio::test]
async fn nothing_from_private_and_secret_spaces_reaches_outsiders() {
    let w = world().await;
    let secret_post = post(&w.owner, &w.secret.0, "SALAINEN-yrityskauppa").await;
    let private_post = post(&w.owner, &w.private.0, "YKSITYINEN-budjetti").await;
    w.member
        .post_form(
            &format!("/p/{secret_post}/comments"),
            &[("body", "SALAINEN-kommentti")],
        )
        .await;
    let api = w.t.client();
    for (who, client, token) in [
        ("outsider", &w.outsider, &w.token_outsider),
        ("guest", &w.guest, &w.token_guest),
    ] {
        let home = client.get("/").await.body;
        assert!(!home.contains("SALAINEN"), "{who} home");
        let stream = api
            .api("GET", "/api/v1/stream", Some(token), None)
            .await
            .body;
        assert!(!stream.contains("SALAINEN"), "{who} API stream");
        for path in [
            format!("/p/{secret_post}"),
            format!("/p/{secret_post}/history"),
        ] {
            let r = client.get(&path).await;
            assert_eq!(r.status, 404, "{who} {path}");
            assert!(!r.body.contains("SALAINEN"));
        }
        for path in [
            format!("/api/v1/posts/{secret_post}"),
            format!("/api/v1/posts/{secret_post}/comments"),
            format!("/api/v1/posts/{secret_post}/reactions"),
        ] {
            assert_eq!(
                api.api("GET", &path, Some(token), None).await.status,
                404,
                "{who} {path}"
            );
        }
        assert_eq!(
            api.api(
                "PUT",
                &format!("/api/v1/posts/{secret_post}/reactions/like"),
                Some(token),
                None
            )
            .await
            .status,
            404
        );
        assert_eq!(
            client
                .post_form(&format!("/p/{secret_post}/comments"), &[("body", "x")])
                .await
                .status,
            404
        );
        assert_eq!(
            client
                .post_form(
                    &format!("/p/{secret_post}/react"),
                    &[("kind", "like"), ("on", "1")]
                )
                .await
                .status,
            404
        );
        assert_eq!(
            api.api(
                "GET",
                &format!("/api/v1/spaces/{}/posts", w.secret.0),
                Some(token),
                None
            )
            .await
            .status,
            404
        );
    }
    // The outsider sees the private space listed, but not its posts.
    let page = w.outsider.get(&format!("/s/{}", w.private.1)).await;
    assert!(!page.body.contains("YKSITYINEN"));
    assert_eq!(
        w.outsider.get(&format!("/p/{private_post}")).await.status,
        404
    );
    assert_eq!(
        api.api(
            "GET",
            &format!("/api/v1/spaces/{}/posts", w.private.0),
            Some(&w.token_outsider),
            None
        )
        .await
        .status,
        403
    );
    // The guest is in the private space: sees it there.
    assert!(
        w.guest
            .get(&format!("/p/{private_post}"))
            .await
            .body
            .contains("YKSITYINEN")
    );
}

#[tokio::test]
async fn profile_posts_are_for_the_organisation_never_for_guests() {
    let w = world().await;
    let id = post(&w.member, "", "PROFIILI-uutinen kaikille").await;
    assert!(
        w.outsider.get("/").await.body.contains("PROFIILI-uutinen"),
        "colleagues see it"
    );
    assert!(
        !w.guest.get("/").await.body.contains("PROFIILI"),
        "guests do not"
    );
    assert_eq!(w.guest.get(&format!("/p/{id}")).await.status, 404);
    assert_eq!(
        w.t.client()
            .api(
                "GET",
                &format!("/api/v1/posts/{id}"),
                Some(&w.token_guest),
                None
            )
            .await
            .status,
        404
    );
    // Guests cannot post on profiles.
    assert!(!w.guest.get("/").await.body.contains("action=\"/posts\""));
    assert_eq!(
        w.guest
            .post_form("/posts", &[("space_id", ""), ("body", "hello")])
            .await
            .status,
        403
    );
}

#[tokio::test]
async fn leaving_a_space_takes_its_posts_off_your_home_at_once() {
    let w = world().await;
    post(&w.owner, &w.private.0, "VAIN-JASENILLE").await;
    assert!(w.member.get("/").await.body.contains("VAIN-JASENILLE"));
    w.member
        .post_form(&format!("/s/{}/leave", w.private.1), &[])
        .await;
    assert!(!w.member.get("/").await.body.contains("VAIN-JASENILLE"));
}

#[tokio::test]
async fn hostile_markdown_is_stored_harmless() {
    let w = world().await;
    let id = post(&w.owner, &w.public.0, "<script>alert('x')</script>\n\n[klikkaa](javascript:alert(1))\n\n<img src=x onerror=alert(1)>\n\n<iframe src=https://evil.example></iframe>").await;
    let api =
        w.t.client()
            .api(
                "GET",
                &format!("/api/v1/posts/{id}"),
                Some(&w.token_owner),
                None,
            )
            .await
            .json();
    let html = api["body_html"].as_str().unwrap_or("").to_lowercase();
    for bad in ["<script", "href=\"javascript", "onerror", "<iframe", "<img"] {
        assert!(!html.contains(bad), "{bad} in {html}");
    }
    assert!(html.contains("klikkaa"), "the harmless text stays: {html}");
    let page = w.owner.get(&format!("/p/{id}")).await.body.to_lowercase();
    assert!(!page.contains("<script>alert") && !page.contains("onerror=alert"));
    assert!(
        api["body"].as_str().unwrap_or("").contains("<script>"),
        "the source is kept as written"
    );
}

#[tokio::test]
async fn reactions_toggle_idempotently_and_count_per_kind() {
    let w = world().await;
    let id = post(&w.owner, &w.public.0, "Reagoikaa").await;
    let api = w.t.client();
    let member_token = w.t.token(&w.member, "m2").await;
    for _ in 0..2 {
        let r = api
            .api(
                "PUT",
                &format!("/api/v1/posts/{id}/reactions/like"),
                Some(&member_token),
                None,
            )
            .await;
        assert_eq!(r.status, 200);
        assert_eq!(r.json()["reactions"]["like"], 1);
    }
    let r = api
        .api(
            "PUT",
            &format!("/api/v1/posts/{id}/reactions/celebrate"),
            Some(&w.token_owner),
            None,
        )
        .await;
    assert_eq!(r.json()["reactions"]["celebrate"], 1);
    assert_eq!(r.json()["my_reactions"][0], "celebrate");
    for _ in 0..2 {
        let r = api
            .api(
                "DELETE",
                &format!("/api/v1/posts/{id}/reactions/like"),
                Some(&member_token),
                None,
            )
            .await;
        assert_eq!(r.status, 200);
        assert!(r.json()["reactions"]["like"].is_null());
    }
    let r = api
        .api(
            "PUT",
            &format!("/api/v1/posts/{id}/reactions/angry"),
            Some(&member_token),
            None,
        )
        .await;
    assert_eq!(r.status, 422);
    // Through the page as well.
    let r = w
        .member
        .post_form(
            &format!("/p/{id}/react"),
            &[("kind", "thanks"), ("on", "1")],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(
        w.member
            .get(&format!("/p/{id}"))
            .await
            .body
            .contains("reaction reaction-mine")
    );
    // A post card's buttons: the one pressed names the kind and whether to
    // add or remove it, so pressing it twice (a double click, a resend)
    // changes nothing more.
    let page = w.member.get(&format!("/p/{id}")).await.body;
    assert!(page.contains(r#"name="remove" value="thanks""#));
    assert!(page.contains(r#"name="add" value="celebrate""#));
    for (button, expected) in [("add", 2), ("add", 2), ("remove", 1), ("remove", 1)] {
        let r = w
            .member
            .post_form(&format!("/p/{id}/react"), &[(button, "celebrate")])
            .await;
        assert_eq!(r.status, 303);
        let r = api
            .api(
                "GET",
                &format!("/api/v1/posts/{id}"),
                Some(&member_token),
                None,
            )
            .await;
        // The owner's, and the member's while it is on.
        assert_eq!(
            r.json()["reactions"]["celebrate"],
            expected,
            "after {button}"
        );
    }
    let r = w
        .member
        .post_form(&format!("/p/{id}/react"), &[("add", "angry")])
        .await;
    assert_eq!(r.status, 400);
    // Who reacted: on the post page and in the API, for anyone who may read it.
    let page = w.outsider.get(&format!("/p/{id}")).await.body;
    assert!(page.contains("Who reacted") && page.contains("Maija Member"));
    assert!(page.contains("Olli Owner"));
    let who = api
        .api(
            "GET",
            &format!("/api/v1/posts/{id}/reactions"),
            Some(&w.token_outsider),
            None,
        )
        .await
        .json();
    let items = who["items"].as_array().cloned().unwrap_or_default();
    assert_eq!(items.len(), 2, "{who}");
    assert!(
        items
            .iter()
            .any(|i| i["kind"] == "thanks" && i["display_name"] == "Maija Member")
    );
    // An outsider of a public space reads but does not take part.
    let r = api
        .api(
            "PUT",
            &format!("/api/v1/posts/{id}/reactions/like"),
            Some(&w.token_outsider),
            None,
        )
        .await;
    assert_eq!(r.status, 403);
}

#[tokio::test]
async fn editing_keeps_history_and_only_authors_and_moderators_delete() {
    let w = world().await;
    let id = post(&w.member, &w.public.0, "Ensimmäinen versio").await;
    assert_eq!(
        w.owner.get(&format!("/p/{id}/edit")).await.status,
        403,
        "only the author edits"
    );
    let r = w
        .member
        .post_form(&format!("/p/{id}/edit"), &[("body", "Korjattu versio")])
        .await;
    assert_eq!(r.status, 303);
    let page = w.outsider.get(&format!("/p/{id}")).await;
    assert!(page.body.contains("Korjattu versio") && page.body.contains("edited"));
    let history = w.outsider.get(&format!("/p/{id}/history")).await;
    assert!(history.body.contains("Ensimmäinen versio"));
    // Someone else cannot delete it; the space's owner (a moderator) can, and it is audited.
    assert_eq!(
        w.outsider
            .post_form(&format!("/p/{id}/delete"), &[])
            .await
            .status,
        403
    );
    assert_eq!(
        w.owner
            .post_form(&format!("/p/{id}/delete"), &[])
            .await
            .status,
        303
    );
    assert_eq!(w.member.get(&format!("/p/{id}")).await.status, 404);
    assert_eq!(
        w.member
            .post_form(&format!("/p/{id}/comments"), &[("body", "myöhässä")])
            .await
            .status,
        404,
        "no comments on a deleted post"
    );
}

#[tokio::test]
async fn bad_posts_are_refused_and_change_nothing() {
    let w = world().await;
    let r = w
        .member
        .post_form("/posts", &[("space_id", &w.public.0), ("body", "   ")])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Please fill in this field."));
    let long = "x".repeat(10_001);
    let r = w
        .member
        .post_form("/posts", &[("space_id", &w.public.0), ("body", &long)])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("at most 10,000 characters"));
    assert!(
        r.body.contains(&"x".repeat(100)),
        "what was typed is shown back"
    );
    // Posting where one may not.
    assert_eq!(
        w.outsider
            .post_form("/posts", &[("space_id", &w.public.0), ("body", "hei")])
            .await
            .status,
        403
    );
    assert_eq!(
        w.outsider
            .post_form("/posts", &[("space_id", &w.secret.0), ("body", "hei")])
            .await
            .status,
        404
    );
    w.owner
        .post_form(&format!("/s/{}/archive", w.public.1), &[("archived", "1")])
        .await;
    let r =
        w.t.client()
            .api(
                "POST",
                &format!("/api/v1/spaces/{}/posts", w.public.0),
                Some(&w.token_owner),
                Some(r#"{"body":"arkistoon"}"#),
            )
            .await;
    assert_eq!(r.status, 409);
    let api_post =
        w.t.client()
            .api(
                "POST",
                &format!("/api/v1/spaces/{}/posts", w.private.0),
                Some(&w.token_owner),
                Some(r#"{"body":""}"#),
            )
            .await;
    assert_eq!(api_post.status, 422);
    let stream =
        w.t.client()
            .api("GET", "/api/v1/stream", Some(&w.token_owner), None)
            .await
            .json();
    assert_eq!(
        stream["items"].as_array().map(Vec::len),
        Some(0),
        "nothing was posted"
    );
}

#[tokio::test]
async fn announcement_spaces_let_only_moderators_post() {
    let w = world().await;
    let r =
        w.t.client()
            .api(
                "PATCH",
                &format!("/api/v1/spaces/{}", w.public.0),
                Some(&w.token_owner),
                Some(r#"{"posting":"moderators"}"#),
            )
            .await;
    assert_eq!(r.status, 200);
    assert_eq!(
        w.member
            .post_form("/posts", &[("space_id", &w.public.0), ("body", "hei")])
            .await
            .status,
        403
    );
    let id = post(&w.owner, &w.public.0, "Tiedote").await;
    assert_eq!(
        w.member
            .post_form(&format!("/p/{id}/comments"), &[("body", "Kiitos tiedosta")])
            .await
            .status,
        303
    );
}

#[tokio::test]
async fn streams_page_by_cursor_and_every_write_reaches_the_outbox() {
    let w = world().await;
    let before =
        w.t.services()
            .outbox_head(&kaiku_domain::Viewer::system())
            .await
            .unwrap_or_default();
    for i in 0..25 {
        w.t.clock.advance_ms(1);
        post(&w.owner, &w.public.0, &format!("Viesti numero {i:02}")).await;
    }
    let api = w.t.client();
    let first = api
        .api("GET", "/api/v1/stream", Some(&w.token_owner), None)
        .await
        .json();
    let items = first["items"].as_array().cloned().unwrap_or_default();
    assert_eq!(items.len(), 20);
    assert!(
        items[0]["body"].as_str().unwrap_or("").contains("24"),
        "newest first"
    );
    let cursor = first["next_cursor"].as_str().unwrap_or("").to_owned();
    let second = api
        .api(
            "GET",
            &format!("/api/v1/stream?cursor={cursor}"),
            Some(&w.token_owner),
            None,
        )
        .await
        .json();
    assert_eq!(second["items"].as_array().map(Vec::len), Some(5));
    assert!(second["next_cursor"].is_null());
    let page = w.owner.get("/").await;
    assert!(page.body.contains("Show older posts"));
    // On PostgreSQL, reads stop below the oldest transaction still running
    // anywhere on the server (another test's, say), so the last events may
    // show a moment later; the head likewise leaves out events committed after
    // such a transaction, so earlier events may follow, none of them posts.
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    let events = loop {
        let events: Vec<_> =
            w.t.services()
                .outbox_after(&kaiku_domain::Viewer::system(), before, 1000)
                .await
                .unwrap_or_default()
                .into_iter()
                .filter(|e| e.kind == "post.created")
                .collect();
        if events.len() >= 25 || tokio::time::Instant::now() > deadline {
            break events;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    };
    assert_eq!(events.len(), 25);
    assert!(events.iter().all(|e| e.kind == "post.created" && e.space_id.as_deref() == Some(w.public.0.as_str())));
    assert!(
        w.t.services()
            .outbox_after(&kaiku_domain::Viewer::anonymous(), before, 10)
            .await
            .is_err(),
        "only for the system"
    );
    let _ = PASSWORD;
}

#[tokio::test]
async fn mentions_reach_only_people_who_can_see_and_the_author_is_told() {
    let w = world().await;
    // member@ is in the private space; out@ is not.
    let id = post(
        &w.owner,
        &w.private.0,
        "Hei @member ja @out@testi.fi, katsokaa #Budjetti2027",
    )
    .await;
    let page = w.owner.get(&format!("/p/{id}")).await;
    assert!(
        page.body
            .contains("<span class=\"mention\">@Maija Member</span>"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("cannot see this post: Ulla Outsider"),
        "the author is told"
    );
    let api = w.t.client();
    let member_token = w.t.token(&w.member, "m3").await;
    let mentions = api
        .api(
            "GET",
            "/api/v1/stream?filter=mentions",
            Some(&member_token),
            None,
        )
        .await
        .json();
    assert_eq!(
        mentions["items"].as_array().map(Vec::len),
        Some(1),
        "the member is mentioned"
    );
    let none = api
        .api(
            "GET",
            "/api/v1/stream?filter=mentions",
            Some(&w.token_outsider),
            None,
        )
        .await
        .json();
    assert_eq!(
        none["items"].as_array().map(Vec::len),
        Some(0),
        "a mention does not widen the audience"
    );
    assert!(
        !w.outsider
            .get("/?show=mentions")
            .await
            .body
            .contains("Budjetti")
    );
    assert_eq!(w.outsider.get(&format!("/p/{id}")).await.status, 404);
    // Only the author sees the warning.
    assert!(
        !w.member
            .get(&format!("/p/{id}"))
            .await
            .body
            .contains("cannot see this post")
    );
}

#[tokio::test]
async fn topics_link_to_a_page_of_visible_posts() {
    let w = world().await;
    post(&w.owner, &w.public.0, "Avoin #Hyvinvointi -tapahtuma").await;
    post(
        &w.owner,
        &w.secret.0,
        "Salainen #hyvinvointi-suunnitelma ja #hyvinvointi",
    )
    .await;
    let member_topic = w.member.get("/t/hyvinvointi").await;
    assert_eq!(member_topic.status, 200);
    assert!(member_topic.body.contains("Avoin") && member_topic.body.contains("Salainen"));
    let outsider_topic = w.outsider.get("/t/hyvinvointi").await;
    assert!(outsider_topic.body.contains("Avoin"));
    assert!(
        !outsider_topic.body.contains("Salainen"),
        "topic pages respect the audience"
    );
    let api =
        w.t.client()
            .api(
                "GET",
                "/api/v1/topics/hyvinvointi/posts",
                Some(&w.token_outsider),
                None,
            )
            .await
            .json();
    assert_eq!(api["items"].as_array().map(Vec::len), Some(1));
    let home = w.member.get("/").await;
    assert!(
        home.body.contains("href=\"/t/hyvinvointi\""),
        "topics are links"
    );
}

#[tokio::test]
async fn saved_posts_and_pins() {
    let w = world().await;
    let id = post(&w.owner, &w.public.0, "Tallenna tämä").await;
    let other = post(&w.owner, &w.public.0, "Toinen").await;
    let member_token = w.t.token(&w.member, "m4").await;
    let api = w.t.client();
    for _ in 0..2 {
        assert_eq!(
            api.api(
                "PUT",
                &format!("/api/v1/posts/{id}/bookmark"),
                Some(&member_token),
                None
            )
            .await
            .status,
            204
        );
    }
    let saved = api
        .api(
            "GET",
            "/api/v1/stream?filter=saved",
            Some(&member_token),
            None,
        )
        .await
        .json();
    let items = saved["items"].as_array().cloned().unwrap_or_default();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["saved"], true);
    assert!(
        w.member
            .get("/?show=saved")
            .await
            .body
            .contains("Tallenna tämä")
    );
    assert_eq!(
        api.api(
            "DELETE",
            &format!("/api/v1/posts/{id}/bookmark"),
            Some(&member_token),
            None
        )
        .await
        .status,
        204
    );
    assert_eq!(
        api.api(
            "GET",
            "/api/v1/stream?filter=saved",
            Some(&member_token),
            None
        )
        .await
        .json()["items"]
            .as_array()
            .map(Vec::len),
        Some(0)
    );
    assert_eq!(
        api.api(
            "GET",
            "/api/v1/stream?filter=bogus",
            Some(&member_token),
            None
        )
        .await
        .status,
        422
    );
    // Pins: moderators only.
    assert_eq!(
        api.api(
            "PUT",
            &format!("/api/v1/posts/{other}/pin"),
            Some(&member_token),
            None
        )
        .await
        .status,
        403
    );
    assert_eq!(
        api.api(
            "PUT",
            &format!("/api/v1/posts/{other}/pin"),
            Some(&w.token_owner),
            None
        )
        .await
        .status,
        204
    );
    let space_page = w.member.get(&format!("/s/{}", w.public.1)).await;
    let first_card = space_page
        .body
        .split("class=\"card post\"")
        .nth(1)
        .unwrap_or("");
    assert!(
        first_card.contains("Toinen") && first_card.contains("Pinned"),
        "pinned posts come first"
    );
    assert_eq!(
        api.api(
            "PUT",
            &format!("/api/v1/posts/{other}/pin"),
            Some(&w.token_outsider),
            None
        )
        .await
        .status,
        403
    );
}

#[tokio::test]
async fn admins_announce_to_everyone_until_each_person_dismisses() {
    let w = world().await;
    let admin = w.t.admin().await;
    let id = post(&admin, "", "TIEDOTE: toimisto suljettu perjantaina").await;
    let private_post = post(&w.owner, &w.private.0, "Yksityinen").await;
    let r = admin
        .post_form(&format!("/p/{id}/announce"), &[("on", "1")])
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(
        w.member
            .post_form(&format!("/p/{id}/announce"), &[("on", "1")])
            .await
            .status,
        403,
        "administrators only"
    );
    // Private content cannot be announced to everyone.
    let admin_token = w.t.token(&admin, "a").await;
    let api = w.t.client();
    let r = api
        .api(
            "PUT",
            &format!("/api/v1/posts/{private_post}/announcement"),
            Some(&admin_token),
            None,
        )
        .await;
    assert_eq!(r.status, 409);
    let home = w.outsider.get("/").await;
    let top = home
        .body
        .split("class=\"stack announcements\"")
        .nth(1)
        .unwrap_or("");
    assert!(top.contains("TIEDOTE"), "on top of every member's home");
    assert!(
        !w.guest.get("/").await.body.contains("TIEDOTE"),
        "never for guests"
    );
    assert_eq!(
        w.outsider
            .post_form(&format!("/p/{id}/dismiss"), &[])
            .await
            .status,
        303
    );
    let home = w.outsider.get("/").await;
    assert!(
        !home.body.contains("class=\"stack announcements\""),
        "dismissed"
    );
    assert!(
        w.member
            .get("/")
            .await
            .body
            .contains("class=\"stack announcements\""),
        "others still see it"
    );
    let list = api
        .api("GET", "/api/v1/announcements", Some(&w.token_owner), None)
        .await
        .json();
    assert_eq!(list["items"].as_array().map(Vec::len), Some(1));
}

#[tokio::test]
async fn reports_reach_the_moderators_who_resolve_them() {
    let w = world().await;
    let id = post(&w.member, &w.public.0, "Asiaton kirjoitus").await;
    let r = w.outsider.get(&format!("/p/{id}/report")).await;
    assert_eq!(r.status, 200);
    let r = w
        .outsider
        .post_form(&format!("/p/{id}/report"), &[("reason", "")])
        .await;
    assert_eq!(r.status, 422);
    let r = w
        .outsider
        .post_form(&format!("/p/{id}/report"), &[("reason", "Loukkaava sävy")])
        .await;
    assert_eq!(r.status, 303);
    // A secret space's post cannot even be reported by outsiders.
    let secret = post(&w.owner, &w.secret.0, "salainen").await;
    assert_eq!(
        w.outsider
            .post_form(&format!("/p/{secret}/report"), &[("reason", "x")])
            .await
            .status,
        404
    );
    // The space's owner (moderator) sees it; the reporter and other members do not.
    let queue = w.owner.get("/reports").await;
    assert!(queue.body.contains("Loukkaava sävy") && queue.body.contains("Asiaton kirjoitus"));
    assert!(!w.outsider.get("/reports").await.body.contains("Loukkaava"));
    assert!(!w.member.get("/reports").await.body.contains("Loukkaava"));
    let rid = queue
        .between("action=\"/reports/", "/resolve\"")
        .unwrap_or_default();
    assert_eq!(
        w.member
            .post_form(&format!("/reports/{rid}/resolve"), &[("action", "remove")])
            .await
            .status,
        404
    );
    assert_eq!(
        w.owner
            .post_form(&format!("/reports/{rid}/resolve"), &[("action", "remove")])
            .await
            .status,
        303
    );
    assert_eq!(
        w.member.get(&format!("/p/{id}")).await.status,
        404,
        "removed"
    );
    assert!(
        w.owner
            .get("/reports")
            .await
            .body
            .contains("No open reports")
    );
    assert!(w.t.admin().await.get("/reports").await.status == 200);
}

#[tokio::test]
async fn following_people_spaces_and_topics_shapes_the_home() {
    let w = world().await;
    let api = w.t.client();
    // The outsider is in no space: the owner's public-space post is not on their home.
    let public_post = post(&w.owner, &w.public.0, "AVOIN-uutinen").await;
    assert!(!w.outsider.get("/").await.body.contains("AVOIN-uutinen"));
    // Follow the public space: it is.
    let r = w
        .outsider
        .post_form(
            "/follow",
            &[("kind", "space"), ("target", &w.public.0), ("on", "1")],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(w.outsider.get("/").await.body.contains("AVOIN-uutinen"));
    assert!(
        w.outsider
            .get("/?show=following")
            .await
            .body
            .contains("AVOIN-uutinen")
    );
    // Following a secret space one cannot see is not possible, nor does it leak.
    assert_eq!(
        w.outsider
            .post_form(
                "/follow",
                &[("kind", "space"), ("target", &w.secret.0), ("on", "1")]
            )
            .await
            .status,
        404
    );
    // Follow a person: their posts where the follower may read them.
    let owner_id = api
        .api("GET", "/api/v1/me", Some(&w.token_owner), None)
        .await
        .json()["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    w.outsider
        .post_form(
            "/follow",
            &[("kind", "space"), ("target", &w.public.0), ("on", "0")],
        )
        .await;
    assert!(!w.outsider.get("/").await.body.contains("AVOIN-uutinen"));
    w.outsider
        .post_form(
            "/follow",
            &[("kind", "person"), ("target", &owner_id), ("on", "1")],
        )
        .await;
    let secret_post = post(&w.owner, &w.secret.0, "SALAINEN-juttu").await;
    let home = w.outsider.get("/").await.body;
    assert!(
        home.contains("AVOIN-uutinen"),
        "followed person's readable posts"
    );
    assert!(
        !home.contains("SALAINEN-juttu"),
        "following a person never widens the audience"
    );
    let _ = secret_post;
    // The person page shows what the viewer may see.
    let page = w.outsider.get(&format!("/u/{owner_id}")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("AVOIN-uutinen") && !page.body.contains("SALAINEN"));
    // Topics.
    post(&w.owner, &w.public.0, "Liikuntaa #lenkki").await;
    w.member
        .post_form(
            "/follow",
            &[("kind", "topic"), ("target", "#Lenkki"), ("on", "1")],
        )
        .await;
    let following = w.member.get("/following").await;
    assert!(following.body.contains("#lenkki"));
    // Members mute one of their own spaces.
    let private_post = post(&w.owner, &w.private.0, "YKSITYINEN-kokous").await;
    assert!(w.member.get("/").await.body.contains("YKSITYINEN-kokous"));
    w.member
        .post_form(
            "/follow",
            &[("kind", "space"), ("target", &w.private.0), ("on", "0")],
        )
        .await;
    assert!(
        !w.member.get("/").await.body.contains("YKSITYINEN-kokous"),
        "muted"
    );
    assert_eq!(
        w.member.get(&format!("/p/{private_post}")).await.status,
        200,
        "still readable"
    );
    let _ = public_post;
    assert_eq!(
        w.member
            .post_form(
                "/follow",
                &[("kind", "nonsense"), ("target", "x"), ("on", "1")]
            )
            .await
            .status,
        400
    );
}

#[tokio::test]
async fn follows_work_through_the_api_without_widening_the_audience() {
    let w = world().await;
    let api = w.t.client();
    let tok = Some(w.token_outsider.as_str());
    let owner_id = api
        .api("GET", "/api/v1/me", Some(&w.token_owner), None)
        .await
        .json()["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    post(&w.owner, &w.public.0, "API-AVOIN #tiedote").await;
    post(&w.owner, &w.secret.0, "API-SALAINEN").await;

    // A person's posts: only what the caller may read.
    let r = api
        .api("GET", &format!("/api/v1/users/{owner_id}/posts"), tok, None)
        .await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("API-AVOIN") && !r.body.contains("API-SALAINEN"));
    assert_eq!(
        api.api("GET", "/api/v1/users/nobody/posts", tok, None)
            .await
            .status,
        404
    );

    // Follow the person and a topic; both show in the list and the stream.
    let put = |path: String| {
        let api = &api;
        async move { api.api("PUT", &path, tok, None).await.status }
    };
    assert_eq!(put(format!("/api/v1/follows/person/{owner_id}")).await, 204);
    assert_eq!(put(format!("/api/v1/follows/person/{owner_id}")).await, 204);
    assert_eq!(put("/api/v1/follows/topic/Tiedote".to_owned()).await, 204);
    let list = api.api("GET", "/api/v1/follows", tok, None).await.json();
    let items = list["items"].as_array().cloned().unwrap_or_default();
    assert_eq!(items.len(), 2, "{list}");
    assert!(
        items
            .iter()
            .any(|i| i["kind"] == "topic" && i["target"] == "tiedote")
    );
    assert!(
        items
            .iter()
            .any(|i| i["kind"] == "person" && i["target"] == owner_id.as_str())
    );
    let s = api
        .api("GET", "/api/v1/stream?filter=following", tok, None)
        .await;
    assert_eq!(s.status, 200);
    assert!(s.body.contains("API-AVOIN") && !s.body.contains("API-SALAINEN"));

    // Hidden spaces, unknown kinds and oneself are refused, and change nothing.
    assert_eq!(
        put(format!("/api/v1/follows/space/{}", w.secret.0)).await,
        404
    );
    assert_eq!(put("/api/v1/follows/planet/mars".to_owned()).await, 404);
    let me = api.api("GET", "/api/v1/me", tok, None).await.json()["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    let r = api
        .api("PUT", &format!("/api/v1/follows/person/{me}"), tok, None)
        .await;
    assert_eq!(r.status, 422);
    assert!(r.header("content-type").contains("problem+json"));
    assert_eq!(
        api.api("GET", "/api/v1/follows", tok, None).await.json()["items"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );

    // Unfollow.
    let r = api
        .api("DELETE", "/api/v1/follows/topic/tiedote", tok, None)
        .await;
    assert_eq!(r.status, 204);
    assert_eq!(
        api.api("GET", "/api/v1/follows", tok, None).await.json()["items"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    // Without a token: 401.
    assert_eq!(
        api.api("GET", "/api/v1/follows", None, None).await.status,
        401
    );
}

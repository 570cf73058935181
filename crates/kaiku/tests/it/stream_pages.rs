//! Stream pages are assembled from many sources (each space, the profile
//! posts, followed people and topics): paging through them yields every post
//! the viewer may read exactly once, newest first, and nothing else.

use std::collections::HashSet;

use crate::support::world::{post, world};

/// Every page of `/api/v1/stream{query}` for a token, as (id, created_at).
async fn all_pages(
    w: &crate::support::world::World,
    token: &str,
    query: &str,
) -> Vec<(String, String)> {
    let api = w.t.client();
    let mut out = Vec::new();
    let mut cursor: Option<String> = None;
    for _ in 0..20 {
        let sep = if query.is_empty() { "?" } else { "&" };
        let path = match &cursor {
            Some(c) => format!("/api/v1/stream{query}{sep}cursor={c}"),
            None => format!("/api/v1/stream{query}"),
        };
        let page = api.api("GET", &path, Some(token), None).await.json();
        for item in page["items"].as_array().cloned().unwrap_or_default() {
            out.push((
                item["id"].as_str().unwrap_or("").to_owned(),
                item["created_at"].as_str().unwrap_or("").to_owned(),
            ));
        }
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => return out,
        }
    }
    panic!("the stream did not end");
}

/// An RFC 3339 UTC time as a sortable key (the fraction has no fixed length).
fn instant(t: &str) -> (String, String) {
    let t = t.trim_end_matches('Z');
    let (whole, fraction) = t.split_once('.').unwrap_or((t, ""));
    (whole.to_owned(), format!("{fraction:0<9}"))
}

#[tokio::test]
async fn paging_through_many_sources_gives_each_readable_post_once_newest_first() {
    let w = world().await;
    // The outsider is in no space; they follow the owner and the topic #kevät.
    let owner_id =
        w.t.client()
            .api("GET", "/api/v1/me", Some(&w.token_owner), None)
            .await
            .json()["id"]
            .as_str()
            .unwrap_or("")
            .to_owned();
    for (kind, target) in [("person", owner_id.as_str()), ("topic", "kevät")] {
        let r = w
            .outsider
            .post_form(
                "/follow",
                &[("kind", kind), ("target", target), ("on", "1")],
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
    }
    let mut everything = Vec::new();
    let mut outsider_sees = HashSet::new();
    let mut guest_sees = HashSet::new();
    let places = [
        ("", true),
        (w.public.0.as_str(), true),
        (w.private.0.as_str(), false),
        (w.secret.0.as_str(), false),
    ];
    for i in 0..46 {
        // Pairs share a millisecond, so pages also split between equal times.
        if i % 2 == 0 {
            w.t.clock.advance_ms(1);
        }
        let (space, readable_by_outsider) = places[i % places.len()];
        let body = if i % 5 == 0 {
            format!("Viesti {i} #kevät")
        } else {
            format!("Viesti {i}")
        };
        let id = post(&w.owner, space, &body).await;
        if readable_by_outsider {
            outsider_sees.insert(id.clone());
        }
        if space == w.private.0 {
            guest_sees.insert(id.clone());
        }
        everything.push(id);
    }
    // The member (another person, in every space) writes too: followed by nobody.
    let member_post = post(&w.member, &w.public.0, "Jäsenen viesti #kevät").await;
    outsider_sees.insert(member_post.clone());

    let all: HashSet<String> = everything.into_iter().chain([member_post]).collect();
    for (who, token, expected) in [
        ("owner", &w.token_owner, all),
        ("outsider", &w.token_outsider, outsider_sees.clone()),
        // The partner is in the private space only, and reads no profile posts.
        ("guest", &w.token_guest, guest_sees),
    ] {
        let seen = all_pages(&w, token, "").await;
        let ids: Vec<&String> = seen.iter().map(|(id, _)| id).collect();
        let unique: HashSet<String> = ids.iter().map(|s| (*s).clone()).collect();
        assert_eq!(unique.len(), ids.len(), "{who}: a post came twice");
        assert_eq!(unique, expected, "{who}: exactly the readable posts");
        assert!(
            seen.windows(2)
                .all(|p| instant(&p[0].1) >= instant(&p[1].1)),
            "{who}: newest first: {seen:?}"
        );
    }
    // The following filter: the owner's readable posts and the topic's.
    let following: HashSet<String> = all_pages(&w, &w.token_outsider, "?filter=following")
        .await
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(following, outsider_sees);
}

#[tokio::test]
async fn a_member_of_very_many_spaces_still_gets_one_complete_home() {
    let w = world().await;
    let api = w.t.client();
    // More spaces than the stream reads one by one: they are read together.
    let mut posted = HashSet::new();
    for i in 0..70 {
        let s = api
            .api(
                "POST",
                "/api/v1/spaces",
                Some(&w.token_owner),
                Some(&format!(r#"{{"name":"Tiimi {i}","visibility":"private"}}"#)),
            )
            .await
            .json();
        let id = s["id"].as_str().unwrap_or("").to_owned();
        assert!(!id.is_empty(), "space {i}: {s}");
        if i % 7 == 0 {
            w.t.clock.advance_ms(1);
            posted.insert(post(&w.owner, &id, &format!("Tiimi {i} kertoo")).await);
        }
    }
    // One muted space drops out of the home.
    let muted = posted.iter().next().cloned().unwrap_or_default();
    let muted_space = api
        .api(
            "GET",
            &format!("/api/v1/posts/{muted}"),
            Some(&w.token_owner),
            None,
        )
        .await
        .json()["space_id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    let r = w
        .owner
        .post_form(
            "/follow",
            &[("kind", "space"), ("target", &muted_space), ("on", "0")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    posted.remove(&muted);
    let home: HashSet<String> = all_pages(&w, &w.token_owner, "")
        .await
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(home, posted);
    // Nobody else sees any of it.
    assert!(all_pages(&w, &w.token_outsider, "").await.is_empty());
}

/// The pages that read their parts side by side still tell a spoiled cursor
/// apart from a failure: 400, not an error page, and nothing else is read.
#[tokio::test]
async fn a_spoiled_cursor_is_a_bad_request_on_every_stream_page() {
    let w = world().await;
    post(&w.owner, &w.public.0, "Yksi viesti").await;
    let me =
        w.t.client()
            .api("GET", "/api/v1/me", Some(&w.token_owner), None)
            .await
            .json();
    let owner_id = me["id"].as_str().unwrap_or("").to_owned();
    let slug = &w.public.1;
    for path in [
        "/?cursor=%21%21garbage".to_owned(),
        "/?show=spaces&cursor=zz".to_owned(),
        format!("/s/{slug}?cursor=%21%21garbage"),
        format!("/u/{owner_id}?cursor=%21%21garbage"),
    ] {
        let r = w.owner.get(&path).await;
        assert_eq!(r.status, 400, "{path}");
    }
    // The same pages without the cursor are whole.
    for path in [
        "/".to_owned(),
        format!("/s/{slug}"),
        format!("/u/{owner_id}"),
    ] {
        let r = w.owner.get(&path).await;
        assert_eq!(r.status, 200, "{path}");
        assert!(r.body.contains("Yksi viesti"), "{path}");
    }
}

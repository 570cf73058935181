//! Live updates over Server-Sent Events reach exactly the viewers who may see them.

use std::time::Duration;

use http_body_util::BodyExt;

use crate::support::TestApp;
use crate::support::sse::{open, read_until};

async fn space(t: &TestApp, token: &str, name: &str, vis: &str) -> String {
    let r = t
        .client()
        .api(
            "POST",
            "/api/v1/spaces",
            Some(token),
            Some(&format!(r#"{{"name":"{name}","visibility":"{vis}"}}"#)),
        )
        .await;
    r.json()["id"].as_str().unwrap_or("").to_owned()
}

async fn post(t: &TestApp, token: &str, space: &str, body: &str) -> String {
    let r = t
        .client()
        .api(
            "POST",
            &format!("/api/v1/spaces/{space}/posts"),
            Some(token),
            Some(&format!(r#"{{"body":"{body}"}}"#)),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    r.json()["id"].as_str().unwrap_or("").to_owned()
}

#[tokio::test]
async fn new_posts_and_comments_reach_members_live_and_never_outsiders() {
    let t = TestApp::new().await;
    let owner = t.persona("owner@testi.fi", "Olli", "member").await;
    let outsider = t.persona("out@testi.fi", "Ulla", "member").await;
    let token = t.token(&owner, "o").await;
    let secret = space(&t, &token, "Salainen", "secret").await;
    let public = space(&t, &token, "Avoin", "public").await;

    let mut owner_events = open(&t, &owner).await;
    let mut outsider_events = open(&t, &outsider).await;

    let hidden = post(&t, &token, &secret, "salaista").await;
    let seen = read_until(&mut owner_events, &hidden, 10).await;
    assert!(
        seen.contains("event: post") && seen.contains(&hidden),
        "the member hears of it: {seen}"
    );
    assert!(seen.contains("\"home\":true"));

    // A marker in a public space: once the outsider hears it, the secret post had
    // its chance to leak and did not.
    let marker = post(&t, &token, &public, "julkista").await;
    let heard = read_until(&mut outsider_events, &marker, 10).await;
    assert!(
        heard.contains(&marker),
        "the outsider hears of public posts: {heard}"
    );
    assert!(
        heard.contains("\"home\":false"),
        "not a post for their home"
    );
    assert!(
        !heard.contains(&hidden),
        "nothing about the secret space: {heard}"
    );

    // A comment on the secret post: activity for the member only.
    let r = t
        .client()
        .api(
            "POST",
            &format!("/api/v1/posts/{hidden}/comments"),
            Some(&token),
            Some(r#"{"body":"kommentti"}"#),
        )
        .await;
    assert_eq!(r.status, 201);
    let seen = read_until(&mut owner_events, "activity", 10).await;
    assert!(
        seen.contains(&format!("\"post_id\":\"{hidden}\"")),
        "{seen}"
    );
    let marker2 = post(&t, &token, &public, "toinen").await;
    let heard = read_until(&mut outsider_events, &marker2, 10).await;
    assert!(!heard.contains(&hidden), "{heard}");
}

#[tokio::test]
async fn leaving_a_space_stops_its_updates_on_an_open_connection() {
    let t = TestApp::new().await;
    let owner = t.persona("owner@testi.fi", "Olli", "member").await;
    let member = t.persona("mem@testi.fi", "Maija", "member").await;
    let token = t.token(&owner, "o").await;
    let member_token = t.token(&member, "m").await;
    let private = space(&t, &token, "Suljettu", "private").await;
    let public = space(&t, &token, "Avoin", "public").await;
    let member_id = t
        .client()
        .api("GET", "/api/v1/me", Some(&member_token), None)
        .await
        .json()["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    t.client()
        .api(
            "POST",
            &format!("/api/v1/spaces/{private}/members"),
            Some(&token),
            Some(&format!(r#"{{"user_id":"{member_id}"}}"#)),
        )
        .await;
    let mut events = open(&t, &member).await;
    let first = post(&t, &token, &private, "eka").await;
    assert!(read_until(&mut events, &first, 10).await.contains(&first));
    let r = t
        .client()
        .api(
            "POST",
            &format!("/api/v1/spaces/{private}/leave"),
            Some(&member_token),
            None,
        )
        .await;
    assert_eq!(r.status, 204);
    let second = post(&t, &token, &private, "toka").await;
    let marker = post(&t, &token, &public, "merkki").await;
    let heard = read_until(&mut events, &marker, 10).await;
    assert!(!heard.contains(&second), "no longer a member: {heard}");
}

#[tokio::test]
async fn signing_out_ends_the_live_stream() {
    let t = TestApp::new().await;
    let member = t.member().await;
    let token = t.token(&member, "m").await;
    let public = space(&t, &token, "Avoin", "public").await;
    let mut events = open(&t, &member).await;
    member.post_form("/logout", &[]).await;
    post(&t, &token, &public, "hei").await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    let mut ended = false;
    while tokio::time::Instant::now() < deadline {
        match tokio::time::timeout_at(deadline, events.frame()).await {
            Ok(None) => {
                ended = true;
                break;
            }
            Ok(Some(Ok(frame))) => {
                let text = frame
                    .data_ref()
                    .map(|d| String::from_utf8_lossy(d).into_owned())
                    .unwrap_or_default();
                assert!(
                    !text.contains("event: post"),
                    "a signed-out session heard: {text}"
                );
            }
            _ => break,
        }
    }
    assert!(ended, "the stream closes once the session is gone");
}

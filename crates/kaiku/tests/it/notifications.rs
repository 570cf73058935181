//! Notifications: in the app, live, by e-mail at once and in digests; preferences;
//! durable production; and that nobody outside an item's audience hears of it.

use axum::body::Body;
use axum::http::{Request, header};
use kaiku_domain::Zone;
use serde_json::Value;

use crate::support::sse::{open, read_until};
use crate::support::world::{World, post, world};
use crate::support::{Client, TestApp};

/// Lets the world's own making (people added to its spaces) be told and read,
/// so that each test starts from quiet. Returns the member's token.
async fn quiet(w: &World) -> String {
    let token_member = w.t.token(&w.member, "m").await;
    w.t.notifications_settle().await;
    for token in [
        &token_member,
        &w.token_owner,
        &w.token_outsider,
        &w.token_guest,
    ] {
        let r =
            w.t.client()
                .api("POST", "/api/v1/notifications/read-all", Some(token), None)
                .await;
        assert_eq!(r.status, 204);
    }
    token_member
}

/// The caller's unread notifications through the API.
async fn listed(t: &TestApp, token: &str) -> Vec<Value> {
    let r = t
        .client()
        .api(
            "GET",
            "/api/v1/notifications?unread=true&limit=100",
            Some(token),
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()["items"].as_array().cloned().unwrap_or_default()
}

async fn unread(t: &TestApp, token: &str) -> i64 {
    t.client()
        .api("GET", "/api/v1/notifications", Some(token), None)
        .await
        .json()["unread"]
        .as_i64()
        .unwrap_or(-1)
}

/// Delivers whatever mail is due now (as the mail worker would) and returns what
/// `to` has received in all.
async fn mail_for(t: &TestApp, to: &str) -> Vec<crate::support::Mail> {
    t.app
        .mail_worker()
        .deliver_due()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    // The background mail worker may hold a message it is sending right now:
    // wait until nothing due is left pending.
    let now = t.services().now_ms();
    for _ in 0..200 {
        let log = t
            .services()
            .mail_log(&kaiku_domain::Viewer::system())
            .await
            .unwrap_or_default();
        if !log
            .iter()
            .any(|m| m.status == "pending" && m.next_attempt_at <= now && m.attempts == 0)
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    t.smtp
        .all()
        .into_iter()
        // Being added to the world's spaces was mailed too; those are not the point.
        .filter(|m| m.to.iter().any(|r| r.contains(to)) && !m.subject.contains(" added you to "))
        .collect()
}

async fn comment(c: &Client, post_id: &str, body: &str) {
    let r = c
        .post_form(&format!("/p/{post_id}/comments"), &[("body", body)])
        .await;
    assert_eq!(r.status, 303, "commenting: {}", r.body);
}

async fn id_of(t: &TestApp, token: &str) -> String {
    t.client()
        .api("GET", "/api/v1/me", Some(token), None)
        .await
        .json()["id"]
        .as_str()
        .unwrap_or("")
        .to_owned()
}

#[tokio::test]
async fn a_mention_lights_the_badge_at_once_and_sends_one_email_with_a_one_click_unsubscribe() {
    let w = world().await;
    let token_member = quiet(&w).await;
    let before = w.member.get("/").await;
    assert!(before.body.contains(r#"data-unread="0""#), "no badge yet");
    let id = post(
        &w.owner,
        &w.public.0,
        "Hei @member@testi.fi, katsotko tämän?",
    )
    .await;
    w.t.notifications_settle().await;

    let page = w.member.get("/").await;
    assert!(page.body.contains(r#"data-unread="1""#), "badge shows one");
    let list = w.member.get("/notifications").await;
    assert!(
        list.body.contains("Olli Owner mentioned you"),
        "{}",
        list.body
    );
    assert!(list.body.contains("katsotko tämän"), "with an excerpt");
    let items = listed(&w.t, &token_member).await;
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["kind"], "mention");
    assert_eq!(items[0]["subject"]["type"], "post");
    assert_eq!(items[0]["subject"]["url"], format!("/p/{id}"));

    let mail =
        w.t.mail_to("member@testi.fi", "Olli Owner mentioned you")
            .await;
    assert!(
        mail.text.contains(&format!("http://kaiku.test/p/{id}")),
        "links the post"
    );
    assert!(mail.text.contains("katsotko tämän"), "quotes it");
    assert!(mail.text.contains("Testi Oy"), "names the organisation");
    assert!(
        mail.raw.contains("text/plain") && mail.raw.contains("text/html"),
        "both parts"
    );
    let unsubscribe = mail.header("List-Unsubscribe").unwrap_or_default();
    assert!(
        unsubscribe.starts_with("<http://kaiku.test/unsubscribe/"),
        "{unsubscribe}"
    );
    assert_eq!(
        mail.header("List-Unsubscribe-Post").as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    assert_eq!(
        mail.header("Auto-Submitted").as_deref(),
        Some("auto-generated")
    );

    // Opening the notification marks it read and leads to the post.
    let nid = items[0]["id"].as_str().unwrap_or("");
    let open = w
        .member
        .post_form(&format!("/notifications/{nid}/open"), &[])
        .await;
    assert_eq!(open.status, 303);
    assert_eq!(open.location(), format!("/p/{id}"));
    assert_eq!(unread(&w.t, &token_member).await, 0);
    // Exactly one e-mail for the one mention.
    assert_eq!(mail_for(&w.t, "member@testi.fi").await.len(), 1);
}

#[tokio::test]
async fn comments_and_reactions_on_a_post_gather_into_one_notification_each() {
    let w = world().await;
    quiet(&w).await;
    let id = post(&w.owner, &w.public.0, "Kahvinkeitin on korjattu").await;
    let third =
        w.t.persona("kolmas@testi.fi", "Kalle Kolmas", "member")
            .await;
    let r = third
        .post_form(&format!("/s/{}/join", w.public.1), &[])
        .await;
    assert_eq!(r.status, 303);
    comment(&w.member, &id, "Hienoa!").await;
    w.t.clock.advance_ms(1000);
    comment(&third, &id, "Kiitos korjaajalle").await;
    w.t.clock.advance_ms(1000);
    comment(&w.member, &id, "Vielä yksi kommentti").await;
    for c in [&w.member, &third] {
        let r = c
            .post_form(&format!("/p/{id}/react"), &[("kind", "like"), ("on", "1")])
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
    }
    w.t.notifications_settle().await;
    let items = listed(&w.t, &w.token_owner).await;
    assert_eq!(
        items.len(),
        2,
        "one for the comments, one for the reactions: {items:#?}"
    );
    let comments = items
        .iter()
        .find(|n| n["kind"] == "comment")
        .cloned()
        .unwrap_or_default();
    assert_eq!(comments["count"], 3);
    assert_eq!(comments["actor_count"], 2);
    assert_eq!(
        comments["title"],
        "Maija Member and one other commented on your post"
    );
    assert!(
        comments["subject"]["url"]
            .as_str()
            .unwrap_or("")
            .contains("#comment-"),
        "leads to the first new comment"
    );
    let reactions = items
        .iter()
        .find(|n| n["kind"] == "reaction")
        .cloned()
        .unwrap_or_default();
    assert_eq!(reactions["actor_count"], 2);

    // Once read, new activity makes a new notification.
    let r =
        w.t.client()
            .api(
                "POST",
                "/api/v1/notifications/read-all",
                Some(&w.token_owner),
                None,
            )
            .await;
    assert_eq!(r.status, 204);
    comment(&third, &id, "Ja toimii hyvin").await;
    w.t.notifications_settle().await;
    let items = listed(&w.t, &w.token_owner).await;
    assert_eq!(items.len(), 1, "a fresh one beside the two read ones");
    assert_eq!(items[0]["read"], false);
    assert_eq!(items[0]["title"], "Kalle Kolmas commented on your post");
    // The commenters follow the conversation: Maija hears of Kalle's comment.
    let token_member = w.t.token(&w.member, "m").await;
    let theirs = listed(&w.t, &token_member).await;
    assert!(
        theirs.iter().any(|n| n["kind"] == "comment"
            && n["title"]
                .as_str()
                .unwrap_or("")
                .contains("conversation you follow")),
        "{theirs:#?}"
    );
}

#[tokio::test]
async fn the_daily_digest_arrives_at_the_local_hour_in_finnish_and_one_click_stops_it() {
    let w = world().await;
    let token_member = quiet(&w).await;
    // Maija reads Kaiku in Finnish.
    let r = w
        .member
        .post_form(
            "/account/profile",
            &[
                ("display_name", "Maija Member"),
                ("title", ""),
                ("locale", "fi"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let worker = w.t.app.notification_worker();
    worker.digests().await.unwrap_or_else(|e| panic!("{e}"));

    let mine = post(&w.member, &w.private.0, "Budjettiluonnos on valmis").await;
    comment(&w.owner, &mine, "Näyttää hyvältä").await;
    let r = w
        .owner
        .post_form(
            &format!("/p/{mine}/react"),
            &[("kind", "thanks"), ("on", "1")],
        )
        .await;
    assert_eq!(r.status, 303);
    let profile = w
        .owner
        .post_form(
            "/posts",
            &[("space_id", ""), ("body", "Hyvää viikonloppua kaikille")],
        )
        .await;
    assert_eq!(profile.status, 303);
    let theirs = profile
        .location()
        .split("#post-")
        .nth(1)
        .unwrap_or("")
        .to_owned();
    comment(&w.member, &theirs, "Samoin!").await;
    comment(&w.owner, &theirs, "Kiitos").await;
    w.t.notifications_settle().await;
    assert_eq!(
        unread(&w.t, &token_member).await,
        3,
        "{:#?}",
        listed(&w.t, &token_member).await
    );
    assert!(
        mail_for(&w.t, "member@testi.fi").await.is_empty(),
        "comments wait for the digest"
    );

    // 08:00 in Helsinki, the organisation's zone.
    let now = w.t.services().now_ms();
    let eight = Zone::find_or_default(Some("Europe/Helsinki"))
        .next_at(now, 8, None)
        .unwrap_or_default();
    w.t.clock.advance_ms(eight - now - 60_000);
    assert_eq!(
        worker.digests().await.unwrap_or_default(),
        0,
        "not yet at 07:59"
    );
    w.t.clock.advance_ms(61_000);
    assert!(worker.digests().await.unwrap_or_default() >= 1, "at 08:00");
    assert_eq!(
        worker.digests().await.unwrap_or_default(),
        0,
        "and only once"
    );
    let digests = mail_for(&w.t, "member@testi.fi").await;
    assert_eq!(digests.len(), 1, "{:?}", w.t.smtp.summaries());
    let d = &digests[0];
    assert_eq!(d.subject, "Testi Oy: 3 uutta asiaa sinulle");
    assert!(
        d.text.contains("Tämä on päivittäinen koosteesi."),
        "{}",
        d.text
    );
    assert!(
        d.text.contains("## Suljettu"),
        "grouped by space: {}",
        d.text
    );
    assert!(
        d.text.contains("## Muualla organisaatiossa"),
        "and the rest"
    );
    assert!(d.text.contains("Olli Owner kommentoi julkaisuasi"));
    assert!(d.text.contains("Olli Owner reagoi julkaisuusi"));
    assert!(d.text.contains("keskusteluun, jota seuraat"));
    assert!(
        d.text
            .contains(&format!("http://kaiku.test/p/{mine}#comment-"))
    );

    // One click in the mail client, without signing in and from another site.
    let link = d
        .header("List-Unsubscribe")
        .unwrap_or_default()
        .trim_matches(['<', '>'])
        .to_owned();
    let path = link.trim_start_matches("http://kaiku.test").to_owned();
    let anonymous = w.t.client();
    let req = Request::builder()
        .method("POST")
        .uri(&path)
        .header(header::HOST, "kaiku.test")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("List-Unsubscribe=One-Click"))
        .unwrap_or_else(|e| panic!("{e}"));
    let r = anonymous.send(req).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(
        r.body.contains("päivittäinen kooste"),
        "answered in her language: {}",
        r.body
    );
    let prefs =
        w.t.client()
            .api(
                "GET",
                "/api/v1/notification-preferences",
                Some(&token_member),
                None,
            )
            .await
            .json();
    assert_eq!(prefs["kinds"]["comment"], "app");
    assert_eq!(prefs["kinds"]["reaction"], "app");
    assert_eq!(prefs["kinds"]["mention"], "email", "other e-mail untouched");

    // The next day brings no digest: new comments stay in the app.
    comment(&w.owner, &mine, "Yksi asia vielä").await;
    w.t.notifications_settle().await;
    w.t.clock.advance_ms(86_400_000);
    assert_eq!(worker.digests().await.unwrap_or_default(), 0);
    assert_eq!(mail_for(&w.t, "member@testi.fi").await.len(), 1);
}

#[tokio::test]
async fn killing_the_notification_worker_at_any_moment_loses_and_repeats_nothing() {
    let w = world().await;
    let token_member = quiet(&w).await;
    w.t.kill_notifier();
    let mut ids = Vec::new();
    for i in 0..12 {
        w.t.clock.advance_ms(1);
        ids.push(
            post(
                &w.owner,
                &w.public.0,
                &format!("Muistutus {i}: @member@testi.fi"),
            )
            .await,
        );
        // Restart (and kill again) while events keep arriving.
        if i % 3 == 0 {
            w.t.start_notifier();
            tokio::time::sleep(std::time::Duration::from_millis(5 + i * 7)).await;
            w.t.kill_notifier();
        }
    }
    w.t.start_notifier();
    w.t.notifications_settle().await;
    // A second worker racing the first changes nothing either.
    w.t.app
        .notification_worker()
        .step()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let items = listed(&w.t, &token_member).await;
    assert_eq!(items.len(), 12, "one notification per mention");
    let mut subjects: Vec<String> = items
        .iter()
        .map(|n| n["subject"]["id"].as_str().unwrap_or("").to_owned())
        .collect();
    subjects.sort();
    ids.sort();
    assert_eq!(subjects, ids);
    let mut mails = Vec::new();
    for _ in 0..50 {
        mails = mail_for(&w.t, "member@testi.fi").await;
        if mails.len() >= 12 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let mut message_ids: Vec<String> = mails
        .iter()
        .filter_map(|m| m.header("Message-ID"))
        .collect();
    message_ids.sort();
    message_ids.dedup();
    assert_eq!(mails.len(), 12, "one e-mail per mention");
    assert_eq!(message_ids.len(), 12, "none twice");
}

#[tokio::test]
async fn a_mention_never_reaches_people_outside_a_private_space_or_guests_on_profiles() {
    let w = world().await;
    quiet(&w).await;
    let mut outsider_events = open(&w.t, &w.outsider).await;
    let mut guest_events = open(&w.t, &w.guest).await;
    post(&w.owner, &w.private.0, "Salainen suunnitelma @out@testi.fi").await;
    post(&w.member, "", "Profiilissa @guest@partner.se").await;
    let secret = post(&w.owner, &w.secret.0, "Vain meille").await;
    comment(
        &w.member,
        &secret,
        "Sovitaan @out@testi.fi ja @guest@partner.se",
    )
    .await;
    w.t.notifications_settle().await;
    assert!(listed(&w.t, &w.token_outsider).await.is_empty());
    assert_eq!(unread(&w.t, &w.token_outsider).await, 0);
    // The partner belongs to the private space and hears of its new post; of the
    // profile post and the secret space, nothing.
    let guest_items = listed(&w.t, &w.token_guest).await;
    assert_eq!(guest_items.len(), 1, "{guest_items:#?}");
    assert_eq!(guest_items[0]["kind"], "space_post");
    assert_eq!(guest_items[0]["space_id"], w.private.0.as_str());
    assert!(
        w.outsider
            .get("/")
            .await
            .body
            .contains(r#"data-unread="0""#)
    );
    assert!(
        !w.outsider
            .get("/notifications")
            .await
            .body
            .contains("Salainen")
    );
    assert!(mail_for(&w.t, "out@testi.fi").await.is_empty());
    assert!(
        mail_for(&w.t, "guest@partner.se").await.is_empty(),
        "a new post waits for the digest; no mention was sent"
    );
    let seen = read_until(&mut outsider_events, "event: notifications", 2).await;
    assert!(!seen.contains("event: notifications"), "{seen}");
    // The partner's page hears of the one notification they may have, and only it.
    let seen = read_until(&mut guest_events, r#""unread":2"#, 2).await;
    assert!(
        seen.contains(r#""unread":1"#) && !seen.contains(r#""unread":2"#),
        "{seen}"
    );
}

#[tokio::test]
async fn after_leaving_a_secret_space_its_reactions_tell_nothing_and_old_notifications_vanish() {
    let w = world().await;
    let token_member = quiet(&w).await;
    let mine = post(&w.member, &w.secret.0, "Luottamuksellinen luonnos").await;
    let r = w
        .owner
        .post_form(
            &format!("/p/{mine}/react"),
            &[("kind", "insightful"), ("on", "1")],
        )
        .await;
    assert_eq!(r.status, 303);
    w.t.notifications_settle().await;
    assert_eq!(
        listed(&w.t, &token_member).await.len(),
        1,
        "a member hears of it"
    );

    let member_id = id_of(&w.t, &token_member).await;
    let r =
        w.t.client()
            .api(
                "DELETE",
                &format!("/api/v1/spaces/{}/members/{member_id}", w.secret.0),
                Some(&w.token_owner),
                None,
            )
            .await;
    assert_eq!(r.status, 204, "{}", r.body);
    // What it was about is no longer hers to see: gone from the list and the count.
    assert!(listed(&w.t, &token_member).await.is_empty());
    assert_eq!(unread(&w.t, &token_member).await, 0);

    let mut events = open(&w.t, &w.member).await;
    let third =
        w.t.persona("kolmas@testi.fi", "Kalle Kolmas", "member")
            .await;
    let third_id = id_of(&w.t, &w.t.token(&third, "k").await).await;
    let r =
        w.t.client()
            .api(
                "POST",
                &format!("/api/v1/spaces/{}/members", w.secret.0),
                Some(&w.token_owner),
                Some(&format!(r#"{{"user_id":"{third_id}"}}"#)),
            )
            .await;
    assert_eq!(r.status, 201);
    let r = third
        .post_form(
            &format!("/p/{mine}/react"),
            &[("kind", "like"), ("on", "1")],
        )
        .await;
    assert_eq!(r.status, 303);
    w.t.notifications_settle().await;
    assert!(listed(&w.t, &token_member).await.is_empty());
    let seen = read_until(&mut events, "event: notifications", 2).await;
    assert!(!seen.contains("event: notifications"), "{seen}");
}

#[tokio::test]
async fn a_comment_in_a_space_someone_left_reaches_them_by_no_path() {
    let w = world().await;
    let token_member = quiet(&w).await;
    let worker = w.t.app.notification_worker();
    worker.digests().await.unwrap_or_else(|e| panic!("{e}"));
    let id = post(&w.owner, &w.private.0, "Kevään rekrytoinnit").await;
    comment(&w.member, &id, "Minulla on ehdokas").await;
    comment(&w.owner, &id, "Kerro lisää").await;
    w.t.notifications_settle().await;
    let items = listed(&w.t, &token_member).await;
    assert!(
        items.iter().any(|n| n["kind"] == "comment"),
        "she follows the thread: {items:#?}"
    );

    let r = w
        .member
        .post_form(&format!("/s/{}/leave", w.private.1), &[])
        .await;
    assert_eq!(r.status, 303);
    let mut events = open(&w.t, &w.member).await;
    comment(&w.owner, &id, "Haastattelut ensi viikolla").await;
    w.t.notifications_settle().await;
    assert!(
        listed(&w.t, &token_member).await.is_empty(),
        "not even the old one"
    );
    let seen = read_until(&mut events, "event: notifications", 2).await;
    assert!(!seen.contains("event: notifications"), "{seen}");
    // Her digest time comes: nothing to tell, nothing sent.
    w.t.clock.advance_ms(86_400_000 + 60_000);
    worker.digests().await.unwrap_or_else(|e| panic!("{e}"));
    assert!(
        mail_for(&w.t, "member@testi.fi").await.is_empty(),
        "{:?}",
        w.t.smtp.summaries()
    );
}

#[tokio::test]
async fn an_email_is_checked_again_when_sent_and_dropped_when_no_longer_visible() {
    let w = world().await;
    let token_member = quiet(&w).await;
    // Comments by e-mail: they wait a moment to gather, then go.
    let r =
        w.t.client()
            .api(
                "PATCH",
                "/api/v1/notification-preferences",
                Some(&token_member),
                Some(r#"{"kinds":{"comment":"email"}}"#),
            )
            .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let gone = post(&w.member, &w.private.0, "Pian poistuva").await;
    let kept = post(&w.member, &w.public.0, "Jää näkyviin").await;
    comment(&w.owner, &gone, "Tämä ei saa näkyä sähköpostissa").await;
    comment(&w.owner, &kept, "Tämä saa").await;
    w.t.notifications_settle().await;
    assert!(
        mail_for(&w.t, "member@testi.fi").await.is_empty(),
        "still gathering"
    );
    let r = w
        .member
        .post_form(&format!("/s/{}/leave", w.private.1), &[])
        .await;
    assert_eq!(r.status, 303);
    w.t.clock.advance_ms(121_000);
    let mails = mail_for(&w.t, "member@testi.fi").await;
    assert_eq!(mails.len(), 1, "{:?}", w.t.smtp.summaries());
    assert!(mails[0].text.contains("Tämä saa"));
    assert!(
        w.t.smtp
            .all()
            .iter()
            .all(|m| !m.text.contains("ei saa näkyä"))
    );
    let log = w.t.admin().await.get("/admin/mail").await;
    assert_eq!(log.status, 200);
    assert!(
        log.body.contains("Not sent"),
        "the log says it was dropped: {}",
        log.body
    );
    assert!(log.body.contains("no longer visible"));
    assert_eq!(w.member.get("/admin/mail").await.status, 403);
}

#[tokio::test]
async fn join_requests_invitations_decisions_and_roles_notify_the_person_concerned() {
    let w = world().await;
    let token_member = quiet(&w).await;
    let asker =
        w.t.persona("kysyja@testi.fi", "Kaisa Kysyjä", "member")
            .await;
    let token_asker = w.t.token(&asker, "k").await;
    let r = asker
        .post_form(
            &format!("/s/{}/request", w.private.1),
            &[("message", "Saisinko tulla mukaan?")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    w.t.notifications_settle().await;
    let owner_items = listed(&w.t, &w.token_owner).await;
    assert_eq!(owner_items[0]["kind"], "join_request");
    assert_eq!(
        owner_items[0]["title"],
        "Kaisa Kysyjä asked to join Suljettu"
    );
    assert_eq!(
        owner_items[0]["subject"]["url"],
        format!("/s/{}/requests", w.private.1)
    );
    w.t.mail_to("owner@testi.fi", "Kaisa Kysyjä asked to join Suljettu")
        .await;
    // The member moderates nothing there: not told.
    assert!(listed(&w.t, &token_member).await.is_empty());

    let requests =
        w.t.client()
            .api(
                "GET",
                &format!("/api/v1/spaces/{}/requests", w.private.0),
                Some(&w.token_owner),
                None,
            )
            .await
            .json();
    let rid = requests["items"][0]["id"].as_str().unwrap_or("").to_owned();
    let r =
        w.t.client()
            .api(
                "POST",
                &format!("/api/v1/spaces/{}/requests/{rid}/approve", w.private.0),
                Some(&w.token_owner),
                None,
            )
            .await;
    assert!(r.status < 300, "{}", r.body);
    let asker_id = id_of(&w.t, &token_asker).await;
    let r = w
        .owner
        .post_form(
            &format!("/s/{}/members/{asker_id}/role", w.private.1),
            &[("role", "moderator")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let r = w
        .owner
        .post_form(
            &format!("/s/{}/members/invite", w.secret.1),
            &[("email", "kysyja@testi.fi")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    w.t.notifications_settle().await;
    let titles: Vec<String> = listed(&w.t, &token_asker)
        .await
        .iter()
        .map(|n| n["title"].as_str().unwrap_or("").to_owned())
        .collect();
    assert!(
        titles.contains(&"Your request to join Suljettu was approved".to_owned()),
        "{titles:?}"
    );
    assert!(
        titles.contains(&"Your role in Suljettu is now: Moderator".to_owned()),
        "{titles:?}"
    );
    assert!(
        titles.contains(&"Olli Owner invited you to Salainen".to_owned()),
        "{titles:?}"
    );
    w.t.mail_to("kysyja@testi.fi", "Olli Owner invited you to Salainen")
        .await;
    // Declining the invitation takes the secret space's name off her list again.
    let r = asker
        .post_form(
            &format!("/spaces/{}/invitation", w.secret.0),
            &[("decline", "1")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let titles: Vec<String> = listed(&w.t, &token_asker)
        .await
        .iter()
        .map(|n| n["title"].as_str().unwrap_or("").to_owned())
        .collect();
    assert!(!titles.iter().any(|t| t.contains("Salainen")), "{titles:?}");
}

#[tokio::test]
async fn preferences_per_kind_space_and_thread_decide_what_arrives() {
    let w = world().await;
    let token_member = quiet(&w).await;
    // Every new post in the public space, through the space page.
    let r = w
        .member
        .post_form(
            &format!("/s/{}/notifications", w.public.1),
            &[("level", "all")],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(
        w.member
            .get(&format!("/s/{}", w.public.1))
            .await
            .body
            .contains("Your own choice.")
    );
    post(&w.owner, &w.public.0, "Ensimmäinen tiedote").await;
    post(&w.owner, &w.public.0, "Toinen tiedote").await;
    // Mentions off entirely, through the settings page.
    let r = w
        .member
        .post_form(
            "/account/notifications",
            &[("kind.mention", "off"), ("digest_hour", "7")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let settings = w.member.get("/account/notifications").await;
    assert!(
        settings.body.contains(r#"<option value="7" selected>"#),
        "saved hour"
    );
    post(&w.owner, &w.private.0, "Huomio @member@testi.fi").await;
    // A muted conversation stays quiet.
    let mine = post(&w.member, &w.private.0, "Oma keskusteluni").await;
    let r = w
        .member
        .post_form(&format!("/p/{mine}/subscription"), &[("state", "muted")])
        .await;
    assert_eq!(r.status, 303);
    assert!(
        w.member
            .get(&format!("/p/{mine}"))
            .await
            .body
            .contains("You muted this conversation")
    );
    comment(&w.owner, &mine, "Hiljaista täällä").await;
    w.t.notifications_settle().await;
    let items = listed(&w.t, &token_member).await;
    assert_eq!(items.len(), 1, "{items:#?}");
    assert_eq!(items[0]["kind"], "space_post");
    assert_eq!(items[0]["title"], "2 new posts in Avoin");
    assert_eq!(items[0]["subject"]["url"], format!("/s/{}", w.public.1));
    // Muting the space quiets new posts too.
    let r =
        w.t.client()
            .api(
                "PUT",
                &format!("/api/v1/spaces/{}/notification-level", w.public.0),
                Some(&token_member),
                Some(r#"{"level":"muted"}"#),
            )
            .await;
    assert_eq!(r.json()["level"], "muted");
    assert_eq!(r.json()["chosen"], true);
    w.t.client()
        .api(
            "POST",
            "/api/v1/notifications/read-all",
            Some(&token_member),
            None,
        )
        .await;
    post(&w.owner, &w.public.0, "Kolmas tiedote").await;
    w.t.notifications_settle().await;
    assert_eq!(unread(&w.t, &token_member).await, 0);
}

#[tokio::test]
async fn bad_preference_input_is_refused_clearly_and_changes_nothing() {
    let w = world().await;
    let token_member = quiet(&w).await;
    let before =
        w.t.client()
            .api(
                "GET",
                "/api/v1/notification-preferences",
                Some(&token_member),
                None,
            )
            .await
            .body;
    for body in [
        r#"{"kinds":{"mention":"carrier-pigeon"}}"#,
        r#"{"kinds":{"gossip":"email"}}"#,
        r#"{"time_zone":"Mars/Olympus_Mons"}"#,
        r#"{"digest_hour":24}"#,
        r#"{"digest_weekday":0}"#,
        r#"{"kinds":{"comment":"off"},"digest_hour":-1}"#,
    ] {
        let r =
            w.t.client()
                .api(
                    "PATCH",
                    "/api/v1/notification-preferences",
                    Some(&token_member),
                    Some(body),
                )
                .await;
        assert_eq!(r.status, 422, "{body}: {}", r.body);
        assert_eq!(r.header("content-type"), "application/problem+json");
        assert!(
            !r.json()["errors"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .is_empty()
        );
    }
    let r =
        w.t.client()
            .api(
                "PATCH",
                "/api/v1/notification-preferences",
                Some(&token_member),
                Some(r#"{"role":"admin"}"#),
            )
            .await;
    assert!(
        r.status == 400 || r.status == 422,
        "unknown fields refused: {}",
        r.body
    );
    let after =
        w.t.client()
            .api(
                "GET",
                "/api/v1/notification-preferences",
                Some(&token_member),
                None,
            )
            .await
            .body;
    assert_eq!(before, after, "nothing changed");
    // The page re-renders with the message in the person's language.
    let fi = w.member.clone().with_language("fi");
    let r = fi
        .post_form(
            "/account/notifications",
            &[("time_zone", "Europe/Atlantis")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(
        r.body.contains("Valitse aikavyöhyke luettelosta."),
        "{}",
        r.body
    );
    let r =
        w.t.client()
            .api(
                "PUT",
                &format!("/api/v1/spaces/{}/notification-level", w.public.0),
                Some(&token_member),
                Some(r#"{"level":"loud"}"#),
            )
            .await;
    assert_eq!(r.status, 422);
    let r =
        w.t.client()
            .api(
                "PUT",
                &format!("/api/v1/spaces/{}/notification-level", w.secret.0),
                Some(&w.token_outsider),
                Some(r#"{"level":"all"}"#),
            )
            .await;
    assert_eq!(r.status, 404, "a secret space stays unseen");
}

#[tokio::test]
async fn the_api_lists_marks_read_and_never_shows_another_persons_notifications() {
    let w = world().await;
    let token_member = quiet(&w).await;
    for i in 0..3 {
        w.t.clock.advance_ms(1);
        post(
            &w.owner,
            &w.public.0,
            &format!("Kysymys {i} @member@testi.fi"),
        )
        .await;
    }
    w.t.notifications_settle().await;
    let api = w.t.client();
    let page = api
        .api(
            "GET",
            "/api/v1/notifications?unread=true&limit=2",
            Some(&token_member),
            None,
        )
        .await
        .json();
    assert_eq!(page["items"].as_array().map(Vec::len), Some(2));
    assert_eq!(page["unread"], 3);
    let cursor = page["next_cursor"].as_str().unwrap_or("").to_owned();
    let rest = api
        .api(
            "GET",
            &format!("/api/v1/notifications?unread=true&limit=2&cursor={cursor}"),
            Some(&token_member),
            None,
        )
        .await
        .json();
    assert_eq!(rest["items"].as_array().map(Vec::len), Some(1));
    assert!(rest["next_cursor"].is_null());
    let id = page["items"][0]["id"].as_str().unwrap_or("").to_owned();
    // Someone else's notification does not exist for them.
    let r = api
        .api(
            "POST",
            &format!("/api/v1/notifications/{id}/read"),
            Some(&w.token_outsider),
            None,
        )
        .await;
    assert_eq!(r.status, 404);
    let r = api
        .api(
            "POST",
            &format!("/api/v1/notifications/{id}/read"),
            Some(&token_member),
            None,
        )
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["read"], true);
    let unread_only = api
        .api(
            "GET",
            "/api/v1/notifications?unread=true",
            Some(&token_member),
            None,
        )
        .await
        .json();
    assert_eq!(unread_only["items"].as_array().map(Vec::len), Some(2));
    for bad in [
        "?limit=0",
        "?limit=101",
        "?cursor=nonsense",
        "?unread=perhaps",
    ] {
        let r = api
            .api(
                "GET",
                &format!("/api/v1/notifications{bad}"),
                Some(&token_member),
                None,
            )
            .await;
        assert!(r.status == 400 || r.status == 422, "{bad}: {}", r.status);
    }
    assert_eq!(
        api.api("GET", "/api/v1/notifications", None, None)
            .await
            .status,
        401
    );
    let doc = api
        .api("GET", "/api/v1/openapi.json", None, None)
        .await
        .json();
    for path in [
        "/api/v1/notifications",
        "/api/v1/notifications/{id}/read",
        "/api/v1/notifications/read-all",
        "/api/v1/notification-preferences",
        "/api/v1/spaces/{id}/notification-level",
        "/api/v1/posts/{id}/subscription",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} documented");
    }
}

#[tokio::test]
async fn the_badge_lights_up_live_when_someone_mentions_you() {
    let w = world().await;
    quiet(&w).await;
    let mut events = open(&w.t, &w.member).await;
    post(&w.owner, &w.public.0, "Nopea kysymys @member@testi.fi").await;
    let seen = read_until(&mut events, r#""unread":1"#, 10).await;
    assert!(seen.contains("event: notifications"), "{seen}");
    let r = w.member.post_form("/notifications/read-all", &[]).await;
    assert_eq!(r.status, 303);
    let seen = read_until(&mut events, r#""unread":0"#, 10).await;
    assert!(
        seen.contains(r#""unread":0"#),
        "other tabs hear it is read: {seen}"
    );
}

#[tokio::test]
async fn times_show_in_the_viewers_time_zone() {
    let w = world().await;
    let id = post(&w.owner, &w.public.0, "Aikavyöhyketesti").await;
    let created = w.t.services().now_ms();
    let local = |zone: &str| {
        kaiku_i18n::Tr::new(kaiku_i18n::Lang::En)
            .in_zone(Zone::find_or_default(Some(zone)))
            .datetime(created)
    };
    let page = w.member.get(&format!("/p/{id}")).await;
    assert!(
        page.body.contains(&local("Europe/Helsinki")),
        "the organisation's zone"
    );
    let token_member = w.t.token(&w.member, "m").await;
    let r =
        w.t.client()
            .api(
                "PATCH",
                "/api/v1/notification-preferences",
                Some(&token_member),
                Some(r#"{"time_zone":"America/New_York"}"#),
            )
            .await;
    assert_eq!(r.json()["time_zone"], "America/New_York");
    let page = w.member.get(&format!("/p/{id}")).await;
    assert!(
        page.body.contains(&local("America/New_York")),
        "her own zone"
    );
}

#[tokio::test]
async fn unsubscribe_links_ask_before_acting_and_refuse_forgeries() {
    let w = world().await;
    let token_member = quiet(&w).await;
    post(&w.owner, &w.public.0, "Katso @member@testi.fi").await;
    let mail = w.t.mail_to("member@testi.fi", "mentioned you").await;
    let link = mail
        .link("http://kaiku.test/unsubscribe/")
        .unwrap_or_default();
    let path = link.trim_start_matches("http://kaiku.test").to_owned();
    let anonymous = w.t.client();
    let page = anonymous.get(&path).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("e-mails about “Mentions of me”"),
        "{}",
        page.body
    );
    let prefs = || async {
        w.t.client()
            .api(
                "GET",
                "/api/v1/notification-preferences",
                Some(&token_member),
                None,
            )
            .await
            .json()["kinds"]["mention"]
            .clone()
    };
    assert_eq!(prefs().await, "email", "looking changes nothing");
    let forged = format!("{}x", path);
    assert_eq!(anonymous.post_form(&forged, &[]).await.status, 404);
    let other_kind = path.replace(".mention.", ".comment.");
    assert_eq!(anonymous.post_form(&other_kind, &[]).await.status, 404);
    assert_eq!(anonymous.get("/unsubscribe/garbage").await.status, 404);
    assert_eq!(prefs().await, "email");
    let done = anonymous.post_form(&path, &[]).await;
    assert_eq!(done.status, 200);
    assert!(done.body.contains("Done. Stopped"));
    assert_eq!(prefs().await, "app");
    assert_eq!(
        anonymous.post_form(&path, &[]).await.status,
        200,
        "twice is harmless"
    );
}

#[tokio::test]
async fn an_announcement_reaches_every_member_but_no_partner_and_weekly_digests_wait_for_their_day()
{
    let w = world().await;
    let token_member = quiet(&w).await;
    let admin = w.t.admin().await;
    let token_admin = w.t.token(&admin, "a").await;
    let r = admin
        .post_form(
            "/posts",
            &[
                ("space_id", ""),
                ("body", "Toimisto on suljettu perjantaina"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let id = r.location().split("#post-").nth(1).unwrap_or("").to_owned();
    // Announcements go weekly for Maija, on Wednesdays.
    let r =
        w.t.client()
            .api(
                "PATCH",
                "/api/v1/notification-preferences",
                Some(&token_member),
                Some(r#"{"kinds":{"announcement":"weekly"},"digest_weekday":3}"#),
            )
            .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let r =
        w.t.client()
            .api(
                "PUT",
                &format!("/api/v1/posts/{id}/announcement"),
                Some(&token_admin),
                None,
            )
            .await;
    assert!(r.status < 300, "{}", r.body);
    w.t.notifications_settle().await;
    for token in [&token_member, &w.token_owner, &w.token_outsider] {
        let items = listed(&w.t, token).await;
        assert_eq!(items.len(), 1, "{items:#?}");
        assert_eq!(items[0]["kind"], "announcement");
        assert_eq!(
            items[0]["title"],
            "Aino Admin made an announcement to everyone"
        );
    }
    assert!(
        listed(&w.t, &w.token_guest).await.is_empty(),
        "partners never see profile posts"
    );

    let worker = w.t.app.notification_worker();
    worker.digests().await.unwrap_or_else(|e| panic!("{e}"));
    let now = w.t.services().now_ms();
    let wednesday = Zone::find_or_default(Some("Europe/Helsinki"))
        .next_at(now, 8, Some(3))
        .unwrap_or_default();
    // The announcement was told before Maija's weekly schedule existed; it waits
    // for her next Wednesday, and nothing comes before.
    w.t.clock.advance_ms(wednesday - now - 60_000);
    worker.digests().await.unwrap_or_else(|e| panic!("{e}"));
    assert!(
        mail_for(&w.t, "member@testi.fi")
            .await
            .iter()
            .all(|m| !m.subject.contains("your week")),
        "{:?}",
        w.t.smtp.summaries()
    );
    w.t.clock.advance_ms(61_000);
    worker.digests().await.unwrap_or_else(|e| panic!("{e}"));
    let weekly: Vec<_> = mail_for(&w.t, "member@testi.fi")
        .await
        .into_iter()
        .filter(|m| m.subject.contains("your week"))
        .collect();
    assert_eq!(weekly.len(), 1, "{:?}", w.t.smtp.summaries());
    assert_eq!(weekly[0].subject, "Testi Oy: your week, 1 new thing");
    assert!(weekly[0].text.contains("Toimisto on suljettu perjantaina"));
    assert!(weekly[0].text.contains("Stop the weekly digest"));
}

#[tokio::test]
async fn an_edit_tells_only_people_mentioned_for_the_first_time() {
    let w = world().await;
    let token_member = quiet(&w).await;
    let id = post(&w.owner, &w.public.0, "Kokous @member@testi.fi").await;
    w.t.notifications_settle().await;
    assert_eq!(listed(&w.t, &token_member).await.len(), 1);
    w.t.client()
        .api(
            "POST",
            "/api/v1/notifications/read-all",
            Some(&token_member),
            None,
        )
        .await;
    let r = w
        .owner
        .post_form(
            &format!("/p/{id}/edit"),
            &[("body", "Kokous @member@testi.fi ja @out@testi.fi")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    w.t.notifications_settle().await;
    assert!(
        listed(&w.t, &token_member).await.is_empty(),
        "told once is enough"
    );
    let theirs = listed(&w.t, &w.token_outsider).await;
    assert_eq!(theirs.len(), 1, "{theirs:#?}");
    assert_eq!(theirs[0]["kind"], "mention");
}

#[tokio::test]
async fn a_deleted_comment_does_not_hide_the_conversation_that_goes_on() {
    let w = world().await;
    quiet(&w).await;
    let id = post(&w.owner, &w.public.0, "Keskustelun aloitus").await;
    let r = w
        .member
        .post_form(
            &format!("/p/{id}/comments"),
            &[("body", "Ensimmäinen kommentti")],
        )
        .await;
    let first = r
        .location()
        .split("#comment-")
        .nth(1)
        .unwrap_or("")
        .to_owned();
    w.t.notifications_settle().await;
    let r = w.member.post_form(&format!("/c/{first}/delete"), &[]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    comment(&w.member, &id, "Toinen kommentti").await;
    w.t.notifications_settle().await;
    let items = listed(&w.t, &w.token_owner).await;
    assert!(
        items
            .iter()
            .any(|n| n["kind"] == "comment" && n["subject"]["excerpt"] == "Toinen kommentti"),
        "{items:#?}"
    );
}

#[tokio::test]
async fn stopping_the_digest_stops_what_already_waits_for_it() {
    let w = world().await;
    let token_member = quiet(&w).await;
    let worker = w.t.app.notification_worker();
    worker.digests().await.unwrap_or_else(|e| panic!("{e}"));
    let mine = post(&w.member, &w.public.0, "Odottava keskustelu").await;
    comment(&w.owner, &mine, "Tämä odottaa koostetta").await;
    w.t.notifications_settle().await;
    let r =
        w.t.client()
            .api(
                "PATCH",
                "/api/v1/notification-preferences",
                Some(&token_member),
                Some(r#"{"kinds":{"comment":"app"}}"#),
            )
            .await;
    assert_eq!(r.status, 200);
    w.t.clock.advance_ms(86_400_000 + 60_000);
    worker.digests().await.unwrap_or_else(|e| panic!("{e}"));
    assert!(
        mail_for(&w.t, "member@testi.fi").await.is_empty(),
        "{:?}",
        w.t.smtp.summaries()
    );
    assert_eq!(
        listed(&w.t, &token_member).await.len(),
        1,
        "still in the app"
    );
}

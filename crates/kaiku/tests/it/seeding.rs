//! `kaiku seed`: the same seed gives the same organisation, and what it makes
//! is a lived-in one that works through every page, partners included.

use kaiku::seed::{SeedOptions, run};

use crate::support::TestApp;

fn small() -> SeedOptions {
    SeedOptions {
        rng_seed: 7,
        users: 60,
        spaces: 8,
        posts: 250,
        comments: 700,
        password: "seeded password 1".to_owned(),
    }
}

#[tokio::test]
async fn the_same_seed_makes_the_same_lived_in_organisation() {
    let a = TestApp::empty().await;
    let b = TestApp::empty().await;
    let ra = run(a.services(), &small())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let rb = run(b.services(), &small())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ra.accounts, rb.accounts, "deterministic");
    assert_eq!(
        (ra.people, ra.spaces, ra.posts, ra.comments, ra.reactions),
        (rb.people, rb.spaces, rb.posts, rb.comments, rb.reactions)
    );
    assert_eq!(ra.posts, 250);
    assert!(ra.guests > 0, "partners too");
    assert!(
        run(a.services(), &small()).await.is_err(),
        "never into a database with people"
    );

    // The first account is the administrator; a member finds a full intranet.
    let (member_email, _, _) = ra
        .accounts
        .iter()
        .find(|(_, _, r)| r == "member")
        .cloned()
        .unwrap_or_default();
    let member = a.sign_in(&member_email, "seeded password 1").await;
    let home = member.get("/").await;
    assert_eq!(home.status, 200);
    assert!(
        home.body.matches("<article").count() >= 5,
        "a stream to read"
    );
    let people = member.get("/people").await;
    assert!(people.body.matches("person-card-name").count() >= 20);
    let org = member.get("/org").await;
    assert!(org.body.contains("Revontuli-konserni") && org.body.contains("org-depth-2"));
    // A partner sees only their partner spaces' people and posts.
    let (guest_email, _, _) = ra
        .accounts
        .iter()
        .find(|(_, _, r)| r == "guest")
        .cloned()
        .unwrap_or_default();
    let guest = a.sign_in(&guest_email, "seeded password 1").await;
    let token = a.token(&guest, "g").await;
    let spaces = a
        .client()
        .api("GET", "/api/v1/spaces?limit=100", Some(&token), None)
        .await
        .json();
    for s in spaces["items"].as_array().cloned().unwrap_or_default() {
        assert_eq!(s["visibility"], "private", "{s}");
    }
    let their_people = a
        .client()
        .api("GET", "/api/v1/users?limit=100", Some(&token), None)
        .await
        .json();
    let n = their_people["items"].as_array().map(Vec::len).unwrap_or(0);
    assert!(
        n < ra.people,
        "a partner does not see the whole organisation ({n})"
    );
}

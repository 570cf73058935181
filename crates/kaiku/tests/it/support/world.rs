//! A shared starting point for stream tests: an owner with a public, a private
//! and a secret space, a member, an outsider and a partner guest.

use super::{Client, TestApp};

/// The people and spaces most stream tests start from.
pub(crate) struct World {
    pub(crate) t: TestApp,
    pub(crate) owner: Client,
    pub(crate) member: Client,
    pub(crate) outsider: Client,
    pub(crate) guest: Client,
    pub(crate) token_owner: String,
    pub(crate) token_outsider: String,
    pub(crate) token_guest: String,
    pub(crate) public: (String, String),
    pub(crate) private: (String, String),
    pub(crate) secret: (String, String),
}

/// An owner with a public, a private and a secret space; a member in all of them,
/// an outsider in none, a guest in the private one.
pub(crate) async fn world() -> World {
    let t = TestApp::new().await;
    let owner = t.persona("owner@testi.fi", "Olli Owner", "member").await;
    let member = t.persona("member@testi.fi", "Maija Member", "member").await;
    let outsider = t.persona("out@testi.fi", "Ulla Outsider", "member").await;
    let guest = t.guest().await;
    let token_owner = t.token(&owner, "o").await;
    let token_outsider = t.token(&outsider, "u").await;
    let token_guest = t.token(&guest, "g").await;
    let api = t.client();
    let member_id = api
        .api(
            "GET",
            "/api/v1/me",
            Some(&t.token(&member, "m").await),
            None,
        )
        .await
        .json()["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    let guest_id = api
        .api("GET", "/api/v1/me", Some(&token_guest), None)
        .await
        .json()["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    let mut made = Vec::new();
    for (name, vis) in [
        ("Avoin", "public"),
        ("Suljettu", "private"),
        ("Salainen", "secret"),
    ] {
        let s = api
            .api(
                "POST",
                "/api/v1/spaces",
                Some(&token_owner),
                Some(&format!(r#"{{"name":"{name}","visibility":"{vis}"}}"#)),
            )
            .await
            .json();
        let id = s["id"].as_str().unwrap_or("").to_owned();
        api.api(
            "POST",
            &format!("/api/v1/spaces/{id}/members"),
            Some(&token_owner),
            Some(&format!(r#"{{"user_id":"{member_id}"}}"#)),
        )
        .await;
        if vis == "private" {
            let r = api
                .api(
                    "POST",
                    &format!("/api/v1/spaces/{id}/members"),
                    Some(&token_owner),
                    Some(&format!(r#"{{"user_id":"{guest_id}"}}"#)),
                )
                .await;
            assert_eq!(r.status, 201, "{}", r.body);
        }
        made.push((id, s["slug"].as_str().unwrap_or("").to_owned()));
    }
    let secret = made.pop().unwrap_or_default();
    let private = made.pop().unwrap_or_default();
    let public = made.pop().unwrap_or_default();
    World {
        t,
        owner,
        member,
        outsider,
        guest,
        token_owner,
        token_outsider,
        token_guest,
        public,
        private,
        secret,
    }
}

/// Posts through the page as `c`; returns the new post's id.
pub(crate) async fn post(c: &Client, space_id: &str, body: &str) -> String {
    let r = c
        .post_form("/posts", &[("space_id", space_id), ("body", body)])
        .await;
    assert_eq!(r.status, 303, "posting {body:?}: {}", r.body);
    r.location().split("#post-").nth(1).unwrap_or("").to_owned()
}

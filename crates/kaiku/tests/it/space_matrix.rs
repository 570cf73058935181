//! The space permission matrix, through HTTP on the real database (SQLite, and
//! PostgreSQL in CI): every persona × visibility × page-level action.

use crate::support::{Client, TestApp};

/// Columns: listed in the directory, open the page, read members/content,
/// approve join requests, change settings, find the space by name in search,
/// find a post of the space in search, read its wiki page, open the page's
/// edit form, find the page in search. `Y` allowed, `.` refused.
const MATRIX: &str = "
    visibility  persona      dir  open read appr set  find hit  wiki wedit wfind
    public      admin        Y    Y    Y    Y    Y    Y    Y    Y    .    Y
    public      owner        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
    public      moderator    Y    Y    Y    Y    .    Y    Y    Y    Y    Y
    public      member       Y    Y    Y    .    .    Y    Y    Y    Y    Y
    public      outsider     Y    Y    Y    .    .    Y    Y    Y    .    Y
    public      guest-in     Y    Y    Y    .    .    Y    Y    Y    Y    Y
    public      guest-out    .    .    .    .    .    .    .    .    .    .
    public      deactivated  .    .    .    .    .    .    .    .    .    .
    public      anonymous    .    .    .    .    .    .    .    .    .    .
    private     admin        Y    Y    Y    Y    Y    Y    Y    Y    .    Y
    private     owner        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
    private     moderator    Y    Y    Y    Y    .    Y    Y    Y    Y    Y
    private     member       Y    Y    Y    .    .    Y    Y    Y    Y    Y
    private     outsider     Y    Y    .    .    .    Y    .    .    .    .
    private     guest-in     Y    Y    Y    .    .    Y    Y    Y    Y    Y
    private     guest-out    .    .    .    .    .    .    .    .    .    .
    private     deactivated  .    .    .    .    .    .    .    .    .    .
    private     anonymous    .    .    .    .    .    .    .    .    .    .
    secret      admin        Y    Y    Y    Y    Y    Y    Y    Y    .    Y
    secret      owner        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
    secret      moderator    Y    Y    Y    Y    .    Y    Y    Y    Y    Y
    secret      member       Y    Y    Y    .    .    Y    Y    Y    Y    Y
    secret      outsider     .    .    .    .    .    .    .    .    .    .
    secret      guest-in     Y    Y    Y    .    .    Y    Y    Y    Y    Y
    secret      guest-out    .    .    .    .    .    .    .    .    .    .
    secret      deactivated  .    .    .    .    .    .    .    .    .    .
    secret      anonymous    .    .    .    .    .    .    .    .    .    .
    archived    admin        Y    Y    Y    .    Y    Y    Y    Y    .    Y
    archived    owner        Y    Y    Y    .    Y    Y    Y    Y    .    Y
    archived    moderator    Y    Y    Y    .    .    Y    Y    Y    .    Y
    archived    member       Y    Y    Y    .    .    Y    Y    Y    .    Y
    archived    outsider     Y    Y    Y    .    .    Y    Y    Y    .    Y
    archived    guest-in     Y    Y    Y    .    .    Y    Y    Y    .    Y
    archived    guest-out    .    .    .    .    .    .    .    .    .    .
    archived    deactivated  .    .    .    .    .    .    .    .    .    .
    archived    anonymous    .    .    .    .    .    .    .    .    .    .
";

#[tokio::test]
async fn every_persona_sees_and_does_exactly_what_the_matrix_says() {
    let t = TestApp::new().await;
    let owner = t.persona("owner@testi.fi", "Oona Owner", "member").await;
    let token = t.token(&owner, "setup").await;
    let mut ids = std::collections::HashMap::new();
    let mut posts = std::collections::HashMap::new();
    let mut pages = std::collections::HashMap::new();
    for (name, vis) in [
        ("Public", "public"),
        ("Private", "private"),
        ("Secret", "secret"),
        ("Archived", "public"),
    ] {
        let r = t
            .client()
            .api(
                "POST",
                "/api/v1/spaces",
                Some(&token),
                Some(&format!(
                    r#"{{"name":"{name} space","visibility":"{vis}"}}"#
                )),
            )
            .await;
        assert_eq!(r.status, 201, "{}", r.body);
        let space = r.json();
        // A post with a word found nowhere else, for the search columns.
        let r = t
            .client()
            .api(
                "POST",
                &format!(
                    "/api/v1/spaces/{}/posts",
                    space["id"].as_str().unwrap_or("")
                ),
                Some(&token),
                Some(&format!(
                    r#"{{"body":"Tunnussana{}"}}"#,
                    name.to_lowercase()
                )),
            )
            .await;
        assert_eq!(r.status, 201, "{}", r.body);
        posts.insert(
            name.to_lowercase(),
            r.json()["id"].as_str().unwrap_or("").to_owned(),
        );
        // And a wiki page with a word of its own, for the wiki columns.
        let r = t
            .client()
            .api(
                "POST",
                &format!("/api/v1/spaces/{}/wiki", space["id"].as_str().unwrap_or("")),
                Some(&token),
                Some(&format!(
                    r#"{{"title":"Ohje {}","body":"Wikisana{}"}}"#,
                    name.to_lowercase(),
                    name.to_lowercase()
                )),
            )
            .await;
        assert_eq!(r.status, 201, "{}", r.body);
        pages.insert(
            name.to_lowercase(),
            r.json()["slug"].as_str().unwrap_or("").to_owned(),
        );
        ids.insert(
            name.to_lowercase(),
            (
                space["id"].as_str().unwrap_or("").to_owned(),
                space["slug"].as_str().unwrap_or("").to_owned(),
            ),
        );
    }
    let mut personas: Vec<(&str, Client)> = vec![("owner", owner), ("admin", t.admin().await)];
    let people = [
        ("moderator", "mod@testi.fi", "member", Some("moderator")),
        ("member", "mem@testi.fi", "member", Some("member")),
        ("outsider", "out@testi.fi", "member", None),
        ("guest-in", "gin@partner.se", "guest", Some("member")),
        ("guest-out", "gout@partner.se", "guest", None),
        ("deactivated", "gone@testi.fi", "member", Some("owner")),
    ];
    for (label, email, role, space_role) in people {
        let id = t.create_account(email, label, role).await;
        if let Some(space_role) = space_role {
            for (space_id, _) in ids.values() {
                let r = t
                    .client()
                    .api(
                        "POST",
                        &format!("/api/v1/spaces/{space_id}/members"),
                        Some(&token),
                        Some(&format!(r#"{{"user_id":"{id}","role":"{space_role}"}}"#)),
                    )
                    .await;
                assert_eq!(r.status, 201, "{label}: {}", r.body);
            }
        }
        personas.push((label, t.sign_in(email, crate::support::PASSWORD).await));
    }
    personas.push(("anonymous", t.client()));
    // Deactivate one member and archive one space.
    let gone = t
        .services()
        .person_by_email(&kaiku_domain::Viewer::system(), "gone@testi.fi")
        .await
        .map(|a| a.id)
        .unwrap_or_default();
    let admin = t.admin().await;
    assert_eq!(
        admin
            .post_form(&format!("/admin/users/{gone}/deactivate"), &[])
            .await
            .status,
        303
    );
    let archived_slug = ids.get("archived").map(|s| s.1.clone()).unwrap_or_default();
    let owner = &personas[0].1;
    assert_eq!(
        owner
            .post_form(&format!("/s/{archived_slug}/archive"), &[("archived", "1")])
            .await
            .status,
        303
    );

    t.search_settles().await;
    let mut checked = 0;
    for line in MATRIX
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .skip(1)
    {
        let cols: Vec<&str> = line.split_whitespace().collect();
        let (vis, who) = (cols[0], cols[1]);
        let (_, slug) = ids.get(vis).cloned().unwrap_or_default();
        let name = format!("{}{} space", &vis[..1].to_uppercase(), &vis[1..]);
        let client = &personas
            .iter()
            .find(|p| p.0 == who)
            .unwrap_or_else(|| panic!("{who}"))
            .1;
        let scope = if vis == "archived" {
            "?scope=archived"
        } else {
            ""
        };
        let dir = client.get(&format!("/spaces{scope}")).await;
        let by_name = client
            .get(&format!("/search?q={vis}%20space&type=space"))
            .await;
        let post_id = posts.get(vis).cloned().unwrap_or_default();
        let by_word = client.get(&format!("/search?q=tunnussana{vis}")).await;
        let page = format!(
            "/s/{slug}/wiki/{}",
            pages.get(vis).cloned().unwrap_or_default()
        );
        let by_wiki_word = client.get(&format!("/search?q=wikisana{vis}")).await;
        let got = [
            dir.status == 200 && dir.body.contains(&format!("<strong>{name}</strong>")),
            client.get(&format!("/s/{slug}")).await.status == 200,
            client.get(&format!("/s/{slug}/members")).await.status == 200,
            client.get(&format!("/s/{slug}/requests")).await.status == 200,
            client.get(&format!("/s/{slug}/settings")).await.status == 200,
            by_name.status == 200 && by_name.body.contains(&format!("href=\"/s/{slug}\"")),
            by_word.status == 200 && by_word.body.contains(&format!("href=\"/p/{post_id}\"")),
            client.get(&page).await.status == 200,
            client.get(&format!("{page}/edit")).await.status == 200,
            by_wiki_word.status == 200 && by_wiki_word.body.contains(&format!("href=\"{page}\"")),
        ];
        for (i, allowed) in got.iter().enumerate() {
            let want = cols[i + 2] == "Y";
            assert_eq!(
                *allowed,
                want,
                "{vis} × {who} × {}",
                [
                    "dir", "open", "read", "appr", "set", "find", "hit", "wiki", "wedit", "wfind"
                ][i]
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 4 * 9 * 10);
}

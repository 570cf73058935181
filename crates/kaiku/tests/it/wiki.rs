//! The wiki: writing, editing with every version kept, refusing an edit made
//! on an older version, comparing and restoring, the page tree, search, and
//! never showing a closed space's pages to anyone outside it.

use crate::support::Client;
use crate::support::world::{World, world};

/// Writes a page through the form as `c`; returns its address (`/s/…/wiki/…`).
async fn write(c: &Client, space_slug: &str, title: &str, body: &str, parent: &str) -> String {
    let r = c
        .post_form(
            &format!("/s/{space_slug}/wiki"),
            &[("title", title), ("body", body), ("parent_id", parent)],
        )
        .await;
    assert_eq!(r.status, 303, "writing {title:?}: {}", r.body);
    r.location()
        .split('?')
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// A page's JSON through the API, found by its title in the space's list.
async fn page_json(w: &World, token: &str, space_id: &str, title: &str) -> serde_json::Value {
    let list =
        w.t.client()
            .api(
                "GET",
                &format!("/api/v1/spaces/{space_id}/wiki"),
                Some(token),
                None,
            )
            .await;
    assert_eq!(list.status, 200, "{}", list.body);
    let id = list.json()["items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .find(|i| i["title"] == title)
        .and_then(|i| i["id"].as_str().map(str::to_owned))
        .unwrap_or_else(|| panic!("no page {title:?} in {}", list.body));
    let r =
        w.t.client()
            .api("GET", &format!("/api/v1/wiki/{id}"), Some(token), None)
            .await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()
}

#[tokio::test]
async fn a_page_is_written_changed_compared_and_an_earlier_version_brought_back() {
    let w = world().await;
    let slug = &w.public.1;
    let href = write(
        &w.owner,
        slug,
        "Lomakäytännöt",
        "Kesäloma pidetään kesä–elokuussa.\n\nIlmoita lomasi esihenkilölle.",
        "",
    )
    .await;
    assert!(href.ends_with("/wiki/lomakaytannot"), "{href}");
    let page = w.member.get(&href).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains("<h2 class=\"wiki-title\">Lomakäytännöt</h2>")
    );
    assert!(page.body.contains("Kesäloma pidetään"));

    // A member edits it, naming the version they started from.
    let edit = w.member.get(&format!("{href}/edit")).await;
    assert_eq!(edit.status, 200);
    assert!(edit.body.contains("name=\"revision\" value=\"1\""));
    let r = w
        .member
        .post_form(
            &format!("{href}/edit"),
            &[
                ("title", "Lomakäytännöt"),
                (
                    "body",
                    "Kesäloma pidetään kesä–elokuussa.\n\nIlmoita lomasi esihenkilölle maaliskuun loppuun mennessä.",
                ),
                ("summary", "Lisätty määräaika"),
                ("revision", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(w.owner.get(&href).await.body.contains("maaliskuun loppuun"));

    // The history has both versions, with who and why; version 2 shows what changed.
    let history = w.owner.get(&format!("{href}/history")).await;
    assert_eq!(history.status, 200);
    assert!(history.body.contains("Versio 2") || history.body.contains("Version 2"));
    assert!(history.body.contains("Lisätty määräaika"));
    assert!(history.body.contains("Maija Member"));
    let v2 = w.owner.get(&format!("{href}/history/2")).await;
    assert_eq!(v2.status, 200);
    assert!(
        v2.body
            .contains("<del role=\"cell\">Ilmoita lomasi esihenkilölle.</del>"),
        "{}",
        v2.body
    );
    assert!(v2.body.contains(
        "<ins role=\"cell\">Ilmoita lomasi esihenkilölle maaliskuun loppuun mennessä.</ins>"
    ));

    // Bringing version 1 back makes a third version; nothing in between is lost.
    let r = w
        .owner
        .post_form(&format!("{href}/history/1/restore"), &[("revision", "2")])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let now = page_json(&w, &w.token_owner, &w.public.0, "Lomakäytännöt").await;
    assert_eq!(now["revision"], 3);
    assert_eq!(
        now["body"],
        "Kesäloma pidetään kesä–elokuussa.\n\nIlmoita lomasi esihenkilölle."
    );
    let id = now["id"].as_str().unwrap_or_default();
    let versions =
        w.t.client()
            .api(
                "GET",
                &format!("/api/v1/wiki/{id}/revisions"),
                Some(&w.token_owner),
                None,
            )
            .await
            .json();
    let items = versions["items"].as_array().cloned().unwrap_or_default();
    assert_eq!(items.len(), 3, "{versions}");
    assert_eq!(items[0]["restored_from"], 1);
    assert_eq!(items[1]["summary"], "Lisätty määräaika");
}

#[tokio::test]
async fn an_edit_made_on_an_older_version_is_refused_and_both_texts_are_kept() {
    let w = world().await;
    let href = write(
        &w.owner,
        &w.public.1,
        "Kahvinkeitto",
        "Keitä kahvi aamulla.",
        "",
    )
    .await;
    // Both open the page at version 1; the owner saves first.
    let r = w
        .owner
        .post_form(
            &format!("{href}/edit"),
            &[
                ("title", "Kahvinkeitto"),
                ("body", "Keitä kahvi aamulla ja iltapäivällä."),
                ("revision", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let r = w
        .member
        .post_form(
            &format!("{href}/edit"),
            &[
                ("title", "Kahvinkeitto"),
                ("body", "Keitä kahvi aamulla. Pese pannu."),
                ("revision", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    // Told why, shown the other's version, and their own text is still in the form,
    // now based on the version they have been shown.
    assert!(r.body.contains("alert-error"));
    assert!(r.body.contains("Keitä kahvi aamulla ja iltapäivällä."));
    assert!(
        r.body
            .contains("Keitä kahvi aamulla. Pese pannu.</textarea>")
    );
    assert!(r.body.contains("name=\"revision\" value=\"2\""));
    let page = page_json(&w, &w.token_owner, &w.public.0, "Kahvinkeitto").await;
    assert_eq!(page["body"], "Keitä kahvi aamulla ja iltapäivällä.");
    assert_eq!(page["revision"], 2);

    // The API says the same with 409, and changes nothing.
    let id = page["id"].as_str().unwrap_or_default();
    let r =
        w.t.client()
            .api(
                "PATCH",
                &format!("/api/v1/wiki/{id}"),
                Some(&w.token_owner),
                Some(r#"{"revision":1,"body":"Vanhan päälle."}"#),
            )
            .await;
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(
        r.header("content-type")
            .starts_with("application/problem+json")
    );
    let r =
        w.t.client()
            .api(
                "PATCH",
                &format!("/api/v1/wiki/{id}"),
                Some(&w.token_owner),
                Some(r#"{"revision":2,"body":"Keitä kahvi. Pese pannu."}"#),
            )
            .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["revision"], 3);
    assert_eq!(
        r.json()["title"],
        "Kahvinkeitto",
        "a field left out is kept"
    );

    // Deleted while somebody edits it: their text comes back as a new page's form.
    assert_eq!(
        w.owner
            .post_form(&format!("{href}/delete"), &[])
            .await
            .status,
        303
    );
    let r = w
        .member
        .post_form(
            &format!("{href}/edit"),
            &[
                ("title", "Kahvinkeitto"),
                ("body", "Oma tärkeä lisäykseni."),
                ("revision", "3"),
            ],
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("alert-error"));
    assert!(r.body.contains("Oma tärkeä lisäykseni.</textarea>"));
    assert!(
        r.body
            .contains(&format!("action=\"/s/{}/wiki\"", w.public.1))
    );
    let again = write(
        &w.member,
        &w.public.1,
        "Kahvinkeitto",
        "Oma tärkeä lisäykseni.",
        "",
    )
    .await;
    assert_eq!(again, href, "the freed address is taken again");
}

#[tokio::test]
async fn pages_form_a_tree_and_deleting_one_moves_its_children_up() {
    let w = world().await;
    let slug = &w.public.1;
    write(&w.owner, slug, "Perehdytys", "Tervetuloa taloon.", "").await;
    let top = page_json(&w, &w.token_owner, &w.public.0, "Perehdytys").await;
    let top_id = top["id"].as_str().unwrap_or_default().to_owned();
    let first = write(
        &w.owner,
        slug,
        "Ensimmäinen päivä",
        "Avaimet ja kulkukortti.",
        &top_id,
    )
    .await;
    let first_id = page_json(&w, &w.token_owner, &w.public.0, "Ensimmäinen päivä").await["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    write(
        &w.owner,
        slug,
        "Tietokone",
        "Kone noudetaan IT-tuesta.",
        &first_id,
    )
    .await;

    let list =
        w.t.client()
            .api(
                "GET",
                &format!("/api/v1/spaces/{}/wiki", w.public.0),
                Some(&w.token_owner),
                None,
            )
            .await
            .json();
    let order: Vec<(String, i64)> = list["items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|i| {
            (
                i["title"].as_str().unwrap_or_default().to_owned(),
                i["depth"].as_i64().unwrap_or(-1),
            )
        })
        .collect();
    assert_eq!(
        order,
        vec![
            ("Perehdytys".to_owned(), 0),
            ("Ensimmäinen päivä".to_owned(), 1),
            ("Tietokone".to_owned(), 2)
        ]
    );
    let page = w.member.get(&first).await.body;
    assert!(
        page.contains("› <a href=\"/s/avoin/wiki/perehdytys\">Perehdytys</a>"),
        "{page}"
    );
    assert!(page.contains("href=\"/s/avoin/wiki/tietokone\">Tietokone</a>"));

    // A page cannot move under itself or a page below it.
    let r = w
        .owner
        .post_form(
            &format!("/s/{slug}/wiki/perehdytys/edit"),
            &[
                ("title", "Perehdytys"),
                ("body", "Tervetuloa taloon."),
                ("parent_id", &first_id),
                ("revision", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("field-error"));

    // Deleting the middle page lifts its child one level, and frees the address.
    let r = w.owner.post_form(&format!("{first}/delete"), &[]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(w.member.get(&first).await.status, 404);
    let child = page_json(&w, &w.token_owner, &w.public.0, "Tietokone").await;
    assert_eq!(child["parent_id"].as_str(), Some(top_id.as_str()));
    let again = write(&w.owner, slug, "Ensimmäinen päivä", "Uusi versio.", "").await;
    assert_eq!(again, first);
}

#[tokio::test]
async fn bad_wiki_input_is_refused_with_reasons_and_changes_nothing() {
    let w = world().await;
    let slug = &w.public.1;
    let long_title = "a".repeat(201);
    let long_body = "b".repeat(100_001);
    for (title, body, summary, field) in [
        ("", "teksti", "", "title"),
        ("   ", "teksti", "", "title"),
        (long_title.as_str(), "teksti", "", "title"),
        ("Otsikko", long_body.as_str(), "", "body"),
        ("Otsikko", "ohjaus\u{7}merkki", "", "body"),
        ("Otsikko", "teksti", &"c".repeat(301), "summary"),
    ] {
        let r = w
            .owner
            .post_form(
                &format!("/s/{slug}/wiki"),
                &[("title", title), ("body", body), ("summary", summary)],
            )
            .await;
        assert_eq!(r.status, 422, "{field}: {}", r.body);
        assert!(r.body.contains(&format!("id=\"{field}-error\"")), "{field}");
    }
    let r = w
        .owner
        .post_form(
            &format!("/s/{slug}/wiki"),
            &[("title", "Otsikko"), ("parent_id", "no-such-page")],
        )
        .await;
    assert_eq!(r.status, 422);
    // The API answers problem+json with the field.
    let r =
        w.t.client()
            .api(
                "POST",
                &format!("/api/v1/spaces/{}/wiki", w.public.0),
                Some(&w.token_owner),
                Some(r#"{"title":""}"#),
            )
            .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("title"), "{}", r.body);
    let list =
        w.t.client()
            .api(
                "GET",
                &format!("/api/v1/spaces/{}/wiki", w.public.0),
                Some(&w.token_owner),
                None,
            )
            .await
            .json();
    assert_eq!(list["items"], serde_json::json!([]), "nothing was written");
    // The longest page allowed goes through the form, even in letters that take
    // six bytes each once form-encoded; past it the form says so.
    let longest = "ä".repeat(100_000);
    let r = w
        .owner
        .post_form(
            &format!("/s/{slug}/wiki"),
            &[("title", "Pitkä sivu"), ("body", &longest)],
        )
        .await;
    assert_eq!(r.status, 303, "{}", &r.body[..r.body.len().min(300)]);
    // A page titled like the wiki's own "new page" address gets another one.
    let href = write(&w.owner, slug, "New", "", "").await;
    assert!(href.ends_with("/wiki/new-2"), "{href}");
    assert_eq!(w.owner.get(&href).await.status, 200);
    // Unknown pages and versions are 404, not 500.
    assert_eq!(
        w.owner
            .get(&format!("/s/{slug}/wiki/nothing-here"))
            .await
            .status,
        404
    );
    assert_eq!(w.owner.get(&format!("{href}/history/99")).await.status, 404);
    assert_eq!(
        w.owner.get(&format!("{href}/history/x")).await.status / 100,
        4
    );
}

#[tokio::test]
async fn outsiders_may_read_public_pages_but_only_members_write_them() {
    let w = world().await;
    let href = write(&w.owner, &w.public.1, "Avoin ohje", "Kaikille.", "").await;
    assert_eq!(w.outsider.get(&href).await.status, 200);
    let page = w.outsider.get(&href).await.body;
    assert!(!page.contains("/edit\""), "no edit button for a non-member");
    assert_eq!(w.outsider.get(&format!("{href}/edit")).await.status, 403);
    let r = w
        .outsider
        .post_form(
            &format!("{href}/edit"),
            &[("title", "Sotkettu"), ("body", "x"), ("revision", "1")],
        )
        .await;
    assert_eq!(r.status, 403);
    let r = w
        .outsider
        .post_form(&format!("/s/{}/wiki", w.public.1), &[("title", "Oma")])
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(
        w.outsider
            .post_form(&format!("{href}/delete"), &[])
            .await
            .status,
        403
    );
    let page = page_json(&w, &w.token_owner, &w.public.0, "Avoin ohje").await;
    assert_eq!(page["title"], "Avoin ohje");
    assert_eq!(page["revision"], 1);
}

#[tokio::test]
async fn pages_of_closed_spaces_reach_no_one_outside_them() {
    let w = world().await;
    let private = write(
        &w.owner,
        &w.private.1,
        "Kvasaarisuunnitelma",
        "Budjetti: vertigolinja.",
        "",
    )
    .await;
    let secret = write(
        &w.owner,
        &w.secret.1,
        "Zeppeliiniprojekti",
        "Salainen hyperkuutio.",
        "",
    )
    .await;
    w.t.search_settles().await;
    let private_id = page_json(&w, &w.token_owner, &w.private.0, "Kvasaarisuunnitelma").await["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let secret_id = page_json(&w, &w.token_owner, &w.secret.0, "Zeppeliiniprojekti").await["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let api = w.t.client();
    // The member and the guest in the private space read its page; the
    // outsider gets nothing by any road.
    assert_eq!(w.member.get(&private).await.status, 200);
    assert_eq!(w.guest.get(&private).await.status, 200);
    for (who, c) in [("outsider", &w.outsider)] {
        for path in [
            private.clone(),
            format!("{private}/history"),
            format!("{private}/history/1"),
            format!("/s/{}/wiki", w.private.1),
        ] {
            assert_eq!(c.get(&path).await.status, 404, "{who} {path}");
        }
    }
    for (who, c, token) in [
        ("outsider", &w.outsider, &w.token_outsider),
        ("guest", &w.guest, &w.token_guest),
    ] {
        for path in [
            secret.clone(),
            format!("{secret}/history"),
            format!("/s/{}/wiki", w.secret.1),
        ] {
            assert_eq!(c.get(&path).await.status, 404, "{who} {path}");
        }
        for path in [
            format!("/api/v1/wiki/{secret_id}"),
            format!("/api/v1/wiki/{secret_id}/revisions"),
            format!("/api/v1/wiki/{secret_id}/revisions/1"),
            format!("/api/v1/spaces/{}/wiki", w.secret.0),
        ] {
            let r = api.api("GET", &path, Some(token), None).await;
            assert_eq!(r.status, 404, "{who} {path}");
        }
        let r = api
            .api(
                "PATCH",
                &format!("/api/v1/wiki/{secret_id}"),
                Some(token),
                Some(r#"{"revision":1,"body":"x"}"#),
            )
            .await;
        assert_eq!(r.status, 404, "{who} may not even learn it exists");
        let r = api
            .api("GET", "/api/v1/search?q=hyperkuutio", Some(token), None)
            .await
            .json();
        assert_eq!(r["total"], 0, "{who}: {r}");
        assert_eq!(r["facets"]["space"], serde_json::json!([]), "{who}: {r}");
        let typed = c.get("/search/suggest?q=zeppeliin").await;
        assert!(!typed.body.contains("Zeppeliini"), "{who}: {}", typed.body);
        let results = c.get("/search?q=zeppeliiniprojekti").await;
        assert!(!results.body.contains(&secret), "{who}");
    }
    for path in [
        format!("/api/v1/wiki/{private_id}"),
        format!("/api/v1/spaces/{}/wiki", w.private.0),
    ] {
        let r = api.api("GET", &path, Some(&w.token_outsider), None).await;
        assert_eq!(r.status, 404, "outsider {path}");
    }
    let r = api
        .api(
            "GET",
            "/api/v1/search?q=vertigolinja",
            Some(&w.token_outsider),
            None,
        )
        .await
        .json();
    assert_eq!(r["total"], 0, "{r}");
    // Members find both, by the title's beginning while typing and by a word of the text.
    let typed = w.owner.get("/search/suggest?q=zeppeliin").await;
    assert!(
        typed.body.contains(&format!("href=\"{secret}\"")),
        "{}",
        typed.body
    );
    let r = api
        .api(
            "GET",
            "/api/v1/search?q=vertigolinja",
            Some(&w.token_guest),
            None,
        )
        .await
        .json();
    assert_eq!(r["items"][0]["type"], "wiki", "{r}");
    assert_eq!(r["items"][0]["url"], private.as_str(), "{r}");
}

#[tokio::test]
async fn search_finds_a_page_by_a_part_of_its_compound_title_and_forgets_it_when_deleted() {
    let w = world().await;
    let href = write(
        &w.owner,
        &w.public.1,
        "Työterveyshuolto",
        "Työterveysasema on avoinna arkisin. Varaa aika sähköisesti.",
        "",
    )
    .await;
    w.t.search_settles().await;
    // Typing the beginning of the word, before it is finished.
    let typed = w.member.get("/search/suggest?q=ty%C3%B6terv").await;
    assert!(
        typed.body.contains(&format!("href=\"{href}\"")),
        "{}",
        typed.body
    );
    // The full search narrows to wiki pages, and finds the part of the compound.
    let found = w.member.get("/search?q=terveys&type=wiki").await;
    assert!(
        found.body.contains(&format!("href=\"{href}\"")),
        "{}",
        found.body
    );
    let r =
        w.t.client()
            .api(
                "GET",
                "/api/v1/search?q=terveys&type=wiki",
                Some(&w.token_owner),
                None,
            )
            .await
            .json();
    assert_eq!(r["items"][0]["type"], "wiki", "{r}");
    assert_eq!(r["items"][0]["title"], "Työterveyshuolto", "{r}");
    // After deletion it is gone from search.
    assert_eq!(
        w.owner
            .post_form(&format!("{href}/delete"), &[])
            .await
            .status,
        303
    );
    w.t.search_settles().await;
    let r =
        w.t.client()
            .api(
                "GET",
                "/api/v1/search?q=terveys&type=wiki",
                Some(&w.token_owner),
                None,
            )
            .await
            .json();
    assert_eq!(r["total"], 0, "{r}");
}

//! People and organisation: profiles with owners and locks, the directory and
//! its filters in each language's order, the expert finder, photos, vCards,
//! units and the reporting line; partners see only the people they share a
//! space with.

use serde_json::{Value, json};

use crate::support::world::{World, world};
use crate::support::{PASSWORD, TestApp};

async fn api(
    t: &TestApp,
    method: &str,
    path: &str,
    token: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let body = body.map(|b| b.to_string());
    let r = t
        .client()
        .api(method, path, Some(token), body.as_deref())
        .await;
    let json = serde_json::from_str(&r.body).unwrap_or(Value::Null);
    (r.status, json)
}

async fn admin_token(t: &TestApp) -> String {
    let admin = t.admin().await;
    t.token(&admin, "admin").await
}

/// Creates a member and returns their id.
async fn colleague(t: &TestApp, email: &str, name: &str) -> String {
    t.create_account(email, name, "member").await
}

async fn unit(
    t: &TestApp,
    admin: &crate::support::Client,
    name: &str,
    kind: &str,
    parent: &str,
) -> String {
    let r = admin
        .post_form(
            "/admin/org",
            &[
                ("name", name),
                ("kind_id", kind),
                ("parent_id", parent),
                ("description", ""),
                ("lead", ""),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "adding {name}: {}", r.body);
    let (_, tree) = api(t, "GET", "/api/v1/org-units", &admin_token(t).await, None).await;
    tree["items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .find(|u| u["name"] == name)
        .and_then(|u| u["id"].as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn names(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|u| u["display_name"].as_str().unwrap_or("").to_owned())
        .collect()
}

#[tokio::test]
async fn a_newcomer_finds_who_in_tampere_speaks_swedish_and_knows_sap_in_one_view() {
    let t = TestApp::new().await;
    let admin = t.admin().await;
    let token = admin_token(&t).await;
    let finance = unit(&t, &admin, "Talous", "department", "").await;
    let boss = colleague(&t, "pomo@testi.fi", "Paula Pomo").await;
    let anna = colleague(&t, "anna@testi.fi", "Anna Ahlström").await;
    let other = colleague(&t, "olli@testi.fi", "Olli Ojala").await;
    let third = colleague(&t, "sara@testi.fi", "Sara Svensson").await;
    for (id, location, langs, skills) in [
        (
            &anna,
            "Tampere",
            json!([{"code": "sv", "level": "native"}, {"code": "fi", "level": "fluent"}]),
            json!([{"name": "SAP", "level": 3}, {"name": "Excel"}]),
        ),
        (
            &other,
            "Tampere",
            json!([{"code": "fi", "level": "native"}]),
            json!([{"name": "SAP", "level": 2}]),
        ),
        (
            &third,
            "Helsinki",
            json!([{"code": "sv", "level": "native"}]),
            json!([{"name": "SAP"}]),
        ),
    ] {
        let (status, body) = api(
            &t,
            "PATCH",
            &format!("/api/v1/users/{id}"),
            &token,
            Some(
                json!({"location": location, "languages": langs, "skills": skills,
                        "unit_id": finance, "manager": "pomo@testi.fi",
                        "phone_mobile": "+358 40 123 4567", "title": "Controller"}),
            ),
        )
        .await;
        assert_eq!(status, 200, "{body}");
    }

    let newcomer = t.persona("uusi@testi.fi", "Uuno Uusi", "member").await;
    let page = newcomer
        .get("/people?location=tampere&language=sv&skill=sap")
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Anna Ahlström"), "{}", page.body);
    assert!(!page.body.contains("Olli Ojala"), "does not speak Swedish");
    assert!(!page.body.contains("Sara Svensson"), "is in Helsinki");
    assert!(
        page.body.contains(r#"href="tel:+358401234567""#),
        "one tap to call"
    );
    assert!(page.body.contains(r#"href="mailto:anna@testi.fi""#));
    // The same question through the API.
    let newcomer_token = t.token(&newcomer, "n").await;
    let (_, list) = api(
        &t,
        "GET",
        "/api/v1/users?location=Tampere&language=sv&skill=SAP",
        &newcomer_token,
        None,
    )
    .await;
    assert_eq!(names(&list), ["Anna Ahlström"]);
    // She opens Anna: the unit, the manager, and a card to save.
    let profile = newcomer.get(&format!("/u/{anna}")).await;
    assert!(profile.body.contains("Talous"));
    assert!(
        profile.body.contains(&format!(r#"href="/u/{boss}""#)),
        "her manager"
    );
    assert!(profile.body.contains("Paula Pomo"));
    assert!(profile.body.contains("Swedish"));
    let card = newcomer.get(&format!("/u/{anna}/vcard")).await;
    assert_eq!(card.header("content-type"), "text/vcard; charset=utf-8");
    assert!(card.body.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    assert!(card.body.contains("FN:Anna Ahlström"));
    assert!(
        card.body
            .contains("TEL;VALUE=uri;TYPE=\"cell,voice\":tel:+358401234567")
    );
    assert!(card.body.contains("ORG:Testi Oy;Talous"));
    // Paula's page lists her reports.
    let paula = newcomer.get(&format!("/u/{boss}")).await;
    assert!(paula.body.contains("3 direct reports"), "{}", paula.body);
}

#[tokio::test]
async fn the_directory_sorts_names_as_each_language_expects() {
    let t = TestApp::new().await;
    for (email, name) in [
        ("o@testi.fi", "Öhman Örjan"),
        ("a@testi.fi", "Ahonen Aino"),
        ("aa@testi.fi", "Åberg Åsa"),
        ("z@testi.fi", "Zetterberg Zeta"),
    ] {
        colleague(&t, email, name).await;
    }
    let viewer = t.member().await;
    let token = t.token(&viewer, "v").await;
    let order = |lang: &'static str| {
        let t = &t;
        let token = token.clone();
        async move {
            let r = t
                .client()
                .with_language(lang)
                .api("GET", "/api/v1/users?q=e", Some(&token), None)
                .await;
            names(&r.json())
                .into_iter()
                .filter(|n| {
                    ["Öhman", "Ahonen", "Åberg", "Zetterberg"]
                        .iter()
                        .any(|s| n.starts_with(s))
                })
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        order("fi").await,
        ["Ahonen Aino", "Zetterberg Zeta", "Åberg Åsa", "Öhman Örjan"],
        "Å, Ä and Ö after Z in Finnish"
    );
    assert_eq!(
        order("en").await,
        ["Åberg Åsa", "Ahonen Aino", "Öhman Örjan", "Zetterberg Zeta"],
        "English reads them as A and O"
    );
    // Paging keeps the order: two at a time.
    let r = t
        .client()
        .with_language("sv")
        .api("GET", "/api/v1/users?limit=2", Some(&token), None)
        .await
        .json();
    let cursor = r["next_cursor"].as_str().unwrap_or("").to_owned();
    let rest = t
        .client()
        .with_language("sv")
        .api(
            "GET",
            &format!("/api/v1/users?limit=100&cursor={cursor}"),
            Some(&token),
            None,
        )
        .await
        .json();
    let mut all = names(&r);
    all.extend(names(&rest));
    assert_eq!(all.last().map(String::as_str), Some("Öhman Örjan"));
    assert_eq!(
        all.len(),
        6,
        "admin, member and four colleagues, each once: {all:?}"
    );
}

#[tokio::test]
async fn partners_see_only_the_people_they_share_a_space_with() {
    let w: World = world().await;
    let admin = w.t.admin().await;
    unit(&w.t, &admin, "Myynti", "department", "").await;
    let page = w.guest.get("/people").await;
    assert!(
        page.body.contains("Maija Member"),
        "shares the private space"
    );
    assert!(page.body.contains("Olli Owner"));
    assert!(!page.body.contains("Ulla Outsider"), "{}", page.body);
    assert!(!page.body.contains("Aino Admin"));
    let (_, list) = api(&w.t, "GET", "/api/v1/users?limit=100", &w.token_guest, None).await;
    let seen = names(&list);
    assert!(!seen.iter().any(|n| n == "Ulla Outsider"), "{seen:?}");
    let outsider = api(&w.t, "GET", "/api/v1/me", &w.token_outsider, None)
        .await
        .1["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    assert_eq!(w.guest.get(&format!("/u/{outsider}")).await.status, 404);
    assert_eq!(
        w.guest.get(&format!("/u/{outsider}/vcard")).await.status,
        404
    );
    assert_eq!(
        w.guest.get(&format!("/u/{outsider}/photo")).await.status,
        404
    );
    let (_, tree) = api(&w.t, "GET", "/api/v1/org-units", &w.token_guest, None).await;
    assert_eq!(
        tree["items"],
        json!([]),
        "the organisation is not a partner's to see"
    );
    assert!(!w.guest.get("/org").await.body.contains("Myynti"));
    // The outsider's skill is not found by the partner either.
    let (status, _) = api(
        &w.t,
        "PATCH",
        &format!("/api/v1/users/{outsider}"),
        &w.token_outsider,
        Some(json!({"skills": [{"name": "Salaiset projektit"}]})),
    )
    .await;
    assert_eq!(status, 200);
    let experts = w.guest.get("/people/experts?q=salaiset+projektit").await;
    assert!(!experts.body.contains("Ulla Outsider"));
    let found = w.member.get("/people/experts?q=salaiset+projektit").await;
    assert!(
        found.body.contains("Ulla Outsider"),
        "colleagues do find her"
    );
}

#[tokio::test]
async fn people_keep_their_own_fields_and_administrators_keep_the_locked_ones() {
    let t = TestApp::new().await;
    let admin = t.admin().await;
    let token_admin = t.token(&admin, "a").await;
    let sales = unit(&t, &admin, "Myynti", "department", "").await;
    let member = t.member().await;
    let token = t.token(&member, "m").await;
    let me = api(&t, "GET", "/api/v1/me", &token, None).await.1["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    // Self-service: bio, skills, phones, location.
    let (status, body) = api(
        &t,
        "PATCH",
        &format!("/api/v1/users/{me}"),
        &token,
        Some(
            json!({"bio": "Autan **budjeteissa**.", "phone_work": "09 123 456",
                    "location": "Oulu", "skills": [{"name": "Budjetointi", "level": 3}]}),
        ),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["bio_html"],
        "<p>Autan <strong>budjeteissa</strong>.</p>\n"
    );
    // Unit, manager and start date are kept for HR by default.
    for (field, value) in [
        ("unit_id", json!(sales)),
        ("manager", json!("admin@testi.fi")),
        ("start_date", json!("2024-01-15")),
    ] {
        let (status, body) = api(
            &t,
            "PATCH",
            &format!("/api/v1/users/{me}"),
            &token,
            Some(json!({ field: value })),
        )
        .await;
        assert_eq!(status, 422, "{field}: {body}");
        assert!(
            body["errors"][0]["message"]
                .as_str()
                .unwrap_or("")
                .contains("administrators"),
            "{body}"
        );
    }
    // The administrator may, and it is audited.
    let (status, body) = api(
        &t,
        "PATCH",
        &format!("/api/v1/users/{me}"),
        &token_admin,
        Some(json!({"unit_id": sales, "manager": "admin@testi.fi", "start_date": "2024-01-15"})),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["unit"], "Myynti");
    assert_eq!(body["start_date"], "2024-01-15");
    let audit = admin.get(&format!("/admin/users/{me}")).await;
    assert!(audit.body.contains("user.profile"), "{}", audit.body);
    // Someone else may not change it at all.
    let other = t.persona("toinen@testi.fi", "Toini Toinen", "member").await;
    let token_other = t.token(&other, "o").await;
    let (status, _) = api(
        &t,
        "PATCH",
        &format!("/api/v1/users/{me}"),
        &token_other,
        Some(json!({"bio": "x"})),
    )
    .await;
    assert_eq!(status, 403);

    // Administrators' own fields, each with who sees it.
    for (label, visibility) in [
        ("Kustannuspaikka", "private"),
        ("Turvakenkien koko", "members"),
        ("LinkedIn", "everyone"),
    ] {
        let kind = if label == "LinkedIn" { "link" } else { "text" };
        let r = admin
            .post_form(
                "/admin/profile/fields",
                &[
                    ("label", label),
                    ("kind", kind),
                    ("choices", ""),
                    ("visibility", visibility),
                    ("self_service", "1"),
                ],
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
    }
    let (_, mine) = api(&t, "GET", &format!("/api/v1/users/{me}"), &token, None).await;
    let page = member.get(&format!("/u/{me}/edit")).await;
    let field_ids: Vec<String> = page
        .body
        .split("name=\"field.")
        .skip(1)
        .filter_map(|s| s.split('"').next().map(str::to_owned))
        .collect();
    assert_eq!(field_ids.len(), 3, "{}", mine);
    let values: serde_json::Map<String, Value> = field_ids
        .iter()
        .zip(["KP-1001", "43", "https://www.linkedin.com/in/maija"])
        .map(|(id, v)| (id.clone(), json!(v)))
        .collect();
    let (status, body) = api(
        &t,
        "PATCH",
        &format!("/api/v1/users/{me}"),
        &token,
        Some(json!({"fields": values})),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let colleague_view = other.get(&format!("/u/{me}")).await;
    assert!(
        !colleague_view.body.contains("KP-1001"),
        "private to her and admins"
    );
    assert!(colleague_view.body.contains("43"));
    assert!(
        colleague_view
            .body
            .contains("https://www.linkedin.com/in/maija")
    );
    assert!(
        admin
            .get(&format!("/u/{me}"))
            .await
            .body
            .contains("KP-1001")
    );
    // Locks can be lifted: now people set their own unit.
    let r = admin
        .post_form("/admin/profile/locks", &[("locked", "start_date")])
        .await;
    assert_eq!(r.status, 303);
    let (status, _) = api(
        &t,
        "PATCH",
        &format!("/api/v1/users/{me}"),
        &token,
        Some(json!({"unit_id": ""})),
    )
    .await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn bad_profile_input_gets_a_clear_error_and_changes_nothing() {
    let t = TestApp::new().await;
    let token = admin_token(&t).await;
    let a = colleague(&t, "a@testi.fi", "Aapo A").await;
    let b = colleague(&t, "b@testi.fi", "Bertta B").await;
    let (status, _) = api(
        &t,
        "PATCH",
        &format!("/api/v1/users/{b}"),
        &token,
        Some(json!({"manager": a})),
    )
    .await;
    assert_eq!(status, 200, "B reports to A");
    let before = api(&t, "GET", &format!("/api/v1/users/{a}"), &token, None)
        .await
        .1;
    for (body, field) in [
        (json!({"manager": b}), "manager"),
        (json!({"manager": a}), "manager"),
        (json!({"manager": "nobody@testi.fi"}), "manager"),
        (json!({"unit_id": "no-such-unit"}), "unit"),
        (json!({"start_date": "2026-02-30"}), "start_date"),
        (json!({"start_date": "tomorrow"}), "start_date"),
        (json!({"phone_mobile": "call me maybe"}), "phone_mobile"),
        (json!({"phone_work": "040-ABC-123"}), "phone_work"),
        (
            json!({"languages": [{"code": "klingon", "level": "native"}]}),
            "languages",
        ),
        (json!({"skills": [{"name": "SAP", "level": 7}]}), "skills"),
        (
            json!({"certificates": [{"name": "Tulityökortti", "issued_on": "2026-05-01", "expires_on": "2025-05-01"}]}),
            "certificates",
        ),
        (json!({"bio": "x".repeat(4001)}), "bio"),
    ] {
        let (status, problem) = api(
            &t,
            "PATCH",
            &format!("/api/v1/users/{a}"),
            &token,
            Some(
                json!({"location": "Changed?"})
                    .as_object()
                    .cloned()
                    .map(|mut o| {
                        o.extend(body.as_object().cloned().unwrap_or_default());
                        Value::Object(o)
                    })
                    .unwrap_or_default(),
            ),
        )
        .await;
        assert_eq!(status, 422, "{body}: {problem}");
        assert!(
            problem["errors"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .iter()
                .any(|e| e["field"] == field),
            "{body}: {problem}"
        );
    }
    let (status, _) = api(
        &t,
        "PATCH",
        &format!("/api/v1/users/{a}"),
        &token,
        Some(json!({"is_admin": true})),
    )
    .await;
    assert!(status == 400 || status == 422, "unknown fields are refused");
    let after = api(&t, "GET", &format!("/api/v1/users/{a}"), &token, None)
        .await
        .1;
    assert_eq!(before, after, "nothing changed");
    // The form shows the message in the person's language, keeping what they typed.
    let aapo = t.sign_in("a@testi.fi", PASSWORD).await.with_language("fi");
    let r = aapo
        .post_form(
            &format!("/u/{a}/edit"),
            &[
                ("display_name", "Aapo A"),
                ("phone_mobile", "soita minulle"),
                ("location", "Kuopio"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(
        r.body.contains("Anna puhelinnumero numeroina"),
        "{}",
        r.body
    );
    assert!(r.body.contains(r#"value="Kuopio""#));
}

fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x % 255) as u8, (y % 255) as u8, 120])
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap_or_else(|e| panic!("{e}"));
    out
}

#[tokio::test]
async fn photos_must_be_real_images_and_show_only_to_those_who_may_see_the_person() {
    let w = world().await;
    let token_member = w.t.token(&w.member, "m").await;
    let me = api(&w.t, "GET", "/api/v1/me", &token_member, None).await.1["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    let path = format!("/u/{me}/photo");
    let html = w
        .member
        .upload(
            &path,
            "photo",
            "me.png",
            "image/png",
            b"<html><script>alert(1)</script>",
        )
        .await;
    assert_eq!(html.status, 422);
    assert!(html.body.contains("not an image Kaiku can use"));
    let svg = w
        .member
        .upload(
            &path,
            "photo",
            "me.svg",
            "image/svg+xml",
            b"<svg xmlns='http://www.w3.org/2000/svg'/>",
        )
        .await;
    assert_eq!(svg.status, 422);
    assert_eq!(w.member.get(&path).await.status, 404, "still no photo");
    let ok = w
        .member
        .upload(&path, "photo", "me.png", "image/png", &png(600, 400))
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    let served = w.owner.get(&format!("{path}?s=small")).await;
    assert_eq!(served.status, 200);
    assert_eq!(served.header("content-type"), "image/jpeg");
    assert_eq!(served.header("x-content-type-options"), "nosniff");
    let small = image::load_from_memory(&served.bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (small.width(), small.height()),
        (96, 96),
        "cropped square and resized"
    );
    // The guest shares a space with her and sees it; anonymous people do not.
    assert_eq!(w.guest.get(&path).await.status, 200);
    assert_ne!(w.t.client().get(&path).await.status, 200);
    // Someone else cannot change her photo.
    let other = w
        .outsider
        .upload(&path, "photo", "x.png", "image/png", &png(64, 64))
        .await;
    assert_eq!(other.status, 403);
    let removed = w
        .member
        .post_form(&format!("/u/{me}/photo/remove"), &[])
        .await;
    assert_eq!(removed.status, 303);
    assert_eq!(w.owner.get(&path).await.status, 404);
}

#[tokio::test]
async fn the_org_chart_walks_units_and_the_management_line() {
    let t = TestApp::new().await;
    let admin = t.admin().await;
    let token = admin_token(&t).await;
    let group = unit(&t, &admin, "Testi-konserni", "group", "").await;
    let company = unit(&t, &admin, "Testi Oy", "company", &group).await;
    let dept = unit(&t, &admin, "Tuotekehitys", "department", &company).await;
    let team = unit(&t, &admin, "Mobiilitiimi", "team", &dept).await;
    let ceo = colleague(&t, "ceo@testi.fi", "Toimi Johtaja").await;
    let lead = colleague(&t, "lead@testi.fi", "Liisa Lead").await;
    let dev = colleague(&t, "dev@testi.fi", "Ville Kehittäjä").await;
    for (id, manager, unit_id) in [
        (&lead, "ceo@testi.fi", &dept),
        (&dev, "lead@testi.fi", &team),
    ] {
        let (status, body) = api(
            &t,
            "PATCH",
            &format!("/api/v1/users/{id}"),
            &token,
            Some(json!({"manager": manager, "unit_id": unit_id})),
        )
        .await;
        assert_eq!(status, 200, "{body}");
    }
    let viewer = t.member().await;
    let chart = viewer.get("/org").await;
    for name in ["Testi-konserni", "Testi Oy", "Tuotekehitys", "Mobiilitiimi"] {
        assert!(chart.body.contains(name), "{name}");
    }
    assert!(chart.body.contains("org-depth-3"), "nested four deep");
    let team_page = viewer.get(&format!("/org/{team}")).await;
    assert!(team_page.body.contains("Ville Kehittäjä"));
    assert!(
        team_page.body.contains(&format!(r#"href="/org/{dept}""#)),
        "the path up"
    );
    let dept_page = viewer.get(&format!("/org/{dept}")).await;
    assert!(dept_page.body.contains("Mobiilitiimi") && dept_page.body.contains("Liisa Lead"));
    // The whole of product development, sub-units included, in the directory.
    let (_, list) = api(
        &t,
        "GET",
        &format!("/api/v1/users?unit={dept}"),
        &token,
        None,
    )
    .await;
    assert_eq!(names(&list), ["Liisa Lead", "Ville Kehittäjä"]);
    let (_, unit_api) = api(
        &t,
        "GET",
        &format!("/api/v1/org-units/{team}"),
        &token,
        None,
    )
    .await;
    assert_eq!(unit_api["kind"], "team");
    assert_eq!(unit_api["kind_label"], "Team");
    assert_eq!(unit_api["path"].as_array().map(Vec::len), Some(3));
    assert_eq!(
        names(&json!({"items": unit_api["members"]})),
        ["Ville Kehittäjä"]
    );
    // Ville's line goes all the way up.
    let (_, ville) = api(&t, "GET", &format!("/api/v1/users/{dev}"), &token, None).await;
    assert_eq!(ville["managers"], json!([lead, ceo]));
    let (_, liisa) = api(&t, "GET", &format!("/api/v1/users/{lead}"), &token, None).await;
    assert_eq!(liisa["reports"], json!([dev]));
    // A unit cannot move below itself; a unit with people cannot be removed.
    let r = admin
        .post_form(
            &format!("/admin/org/{dept}"),
            &[
                ("name", "Tuotekehitys"),
                ("kind_id", "department"),
                ("parent_id", &team),
                ("description", ""),
                ("lead", ""),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("cannot belong to itself"));
    let r = admin
        .post_form(&format!("/admin/org/{team}/remove"), &[])
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    let r = viewer
        .post_form(&format!("/admin/org/{team}/remove"), &[])
        .await;
    assert_eq!(r.status, 403, "members do not manage units");
    // A kind of the organisation's own.
    let r = admin
        .post_form("/admin/org/kinds", &[("name", "Alue")])
        .await;
    assert_eq!(r.status, 303);
    assert!(admin.get("/admin/org").await.body.contains("Alue"));
}

#[tokio::test]
async fn the_expert_finder_ranks_the_skill_then_related_ones_then_recent_activity() {
    let w = world().await;
    let token = admin_token(&w.t).await;
    let people = [
        (
            "guru@testi.fi",
            "Guru Gunnarsson",
            json!([{"name": "SAP", "level": 3}, {"name": "ABAP"}]),
        ),
        (
            "osaaja@testi.fi",
            "Osmo Osaaja",
            json!([{"name": "SAP", "level": 1}, {"name": "ABAP"}]),
        ),
        (
            "hana@testi.fi",
            "Hanna Hana",
            json!([{"name": "SAP HANA", "level": 3}]),
        ),
        (
            "abap@testi.fi",
            "Aapeli Abap",
            json!([{"name": "ABAP", "level": 2}]),
        ),
        (
            "muu@testi.fi",
            "Muu Ihminen",
            json!([{"name": "Leipominen"}]),
        ),
    ];
    for (email, name, skills) in people {
        let id = colleague(&w.t, email, name).await;
        let (status, body) = api(
            &w.t,
            "PATCH",
            &format!("/api/v1/users/{id}"),
            &token,
            Some(json!({"skills": skills})),
        )
        .await;
        assert_eq!(status, 200, "{body}");
    }
    let page = w.member.get("/people/experts?q=sap").await;
    let at = |name: &str| page.body.find(name).unwrap_or(usize::MAX);
    assert!(
        at("Guru Gunnarsson") < at("Osmo Osaaja"),
        "expert before beginner"
    );
    assert!(
        at("Osmo Osaaja") < at("Hanna Hana"),
        "the skill itself before one containing it"
    );
    assert!(
        at("Hanna Hana") < at("Aapeli Abap"),
        "then a skill SAP people also have"
    );
    assert!(at("Aapeli Abap") < usize::MAX);
    assert!(!page.body.contains("Muu Ihminen"));
    let nothing = w.member.get("/people/experts?q=kvanttifysiikka").await;
    assert!(nothing.body.contains("Nobody has listed"));
}

#[tokio::test]
async fn deactivated_people_leave_the_directory_but_stay_as_authors() {
    let w = world().await;
    let admin = w.t.admin().await;
    let token = admin_token(&w.t).await;
    let r = w
        .outsider
        .post_form(
            "/posts",
            &[("space_id", ""), ("body", "Hyvästi ja kiitos kaloista")],
        )
        .await;
    assert_eq!(r.status, 303);
    let outsider = api(&w.t, "GET", "/api/v1/me", &w.token_outsider, None)
        .await
        .1["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    let r = admin
        .post_form(&format!("/admin/users/{outsider}/deactivate"), &[])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(!w.member.get("/people").await.body.contains("Ulla Outsider"));
    let (_, gone) = api(&w.t, "GET", "/api/v1/users?active=false", &token, None).await;
    assert_eq!(names(&gone), ["Ulla Outsider"]);
    assert_eq!(gone["items"][0]["active"], false);
    let home = w.member.get("/").await;
    assert!(
        home.body.contains("Hyvästi ja kiitos kaloista") && home.body.contains("Ulla Outsider")
    );
}

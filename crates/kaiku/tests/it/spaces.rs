//! Spaces, membership and partner access, through pages and the API, for every
//! persona: what each one sees, and that nothing else leaks.

use crate::support::{Client, PASSWORD, TestApp};
use kaiku_i18n::{Lang, Tr};

async fn create(c: &Client, name: &str, visibility: &str) -> String {
    let r = c
        .post_form(
            "/spaces/new",
            &[
                ("name", name),
                ("slug", ""),
                ("description", "What we do here"),
                ("visibility", visibility),
                ("color", "#1d4ed8"),
                ("posting", "members"),
                ("guests_allowed", "1"),
                ("default_notification", "all"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "creating {name}: {}", r.body);
    let loc = r.location();
    loc.trim_start_matches("/s/")
        .split('?')
        .next()
        .unwrap_or("")
        .to_owned()
}

/// The spaces listed on the directory page (their names).
async fn listed(c: &Client, query: &str) -> Vec<String> {
    let r = c.get(&format!("/spaces{query}")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.body
        .split("class=\"card space-card\"")
        .skip(1)
        .filter_map(|card| {
            card.split("<strong>")
                .nth(1)?
                .split("</strong>")
                .next()
                .map(str::to_owned)
        })
        .collect()
}

/// A realistic organisation: an owner with a public, a private and a secret space.
struct Org {
    t: TestApp,
    owner: Client,
    outsider: Client,
    admin: Client,
    public: String,
    private: String,
    secret: String,
}

async fn org() -> Org {
    let t = TestApp::new().await;
    let owner = t
        .persona("omistaja@testi.fi", "Olli Omistaja", "member")
        .await;
    let outsider = t.persona("ulko@testi.fi", "Ulla Ulkona", "member").await;
    let admin = t.admin().await;
    let public = create(&owner, "Kahvihuone", "public").await;
    let private = create(&owner, "Hallitus", "private").await;
    let secret = create(&owner, "Yritysjärjestely", "secret").await;
    Org {
        t,
        owner,
        outsider,
        admin,
        public,
        private,
        secret,
    }
}

#[tokio::test]
async fn creating_a_space_makes_the_creator_its_owner() {
    let o = org().await;
    assert_eq!(o.public, "kahvihuone");
    assert!(
        o.secret.starts_with("yritysjarjestely-")
            && o.secret.len() == "yritysjarjestely-".len() + 6,
        "Nordic letters are folded; a secret space's address gets a random tail: {}",
        o.secret
    );
    let page = o
        .owner
        .get("/s/kahvihuone?notice=notice-space-created")
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Your space is ready."));
    assert!(page.body.contains("Owner"));
    assert!(
        page.body.contains("href=\"/s/kahvihuone/settings\""),
        "owners reach the settings"
    );
    let members = o.owner.get("/s/kahvihuone/members").await;
    assert!(members.body.contains("Olli Omistaja"));
}

#[tokio::test]
async fn bad_space_input_is_refused_clearly_and_creates_nothing() {
    let o = org().await;
    let form = |name: &'static str, slug: &'static str, vis: &'static str| {
        vec![
            ("name", name),
            ("slug", slug),
            ("description", ""),
            ("visibility", vis),
            ("color", ""),
            ("posting", "members"),
        ]
    };
    let r = o
        .owner
        .post_form("/spaces/new", &form("", "", "public"))
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Please fill in this field."));
    let long = "x".repeat(81);
    let mut f = form("", "", "public");
    f[0] = ("name", long.as_str());
    let r = o.owner.post_form("/spaces/new", &f).await;
    assert!(r.body.contains("This is too long."));
    let r = o
        .owner
        .post_form("/spaces/new", &form("Toinen", "kahvihuone", "public"))
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Another space already uses this address."));
    let r = o
        .owner
        .post_form("/spaces/new", &form("Kolmas", "", "everyone"))
        .await;
    assert!(r.body.contains("Choose one of the options."));
    let r = o
        .owner
        .post_form("/spaces/new", &form("Neljäs", "Bad Slug!", "public"))
        .await;
    assert!(r.body.contains("lower-case letters"));
    assert_eq!(
        listed(&o.owner, "?scope=mine").await.len(),
        3,
        "nothing was created"
    );
}

#[tokio::test]
async fn space_errors_speak_every_language() {
    let o = org().await;
    for lang in Lang::ALL {
        let c =
            o.t.sign_in("omistaja@testi.fi", PASSWORD)
                .await
                .with_language(lang.code());
        c.post_form("/language", &[("lang", lang.code())]).await;
        let tr = Tr::new(lang);
        let attempts = [
            (
                "error-slug-taken",
                [
                    ("name", "Kahvihuone"),
                    ("slug", "kahvihuone"),
                    ("visibility", "public"),
                ],
            ),
            (
                "error-choice-invalid",
                [("name", "Uusi"), ("slug", ""), ("visibility", "nobody")],
            ),
            (
                "error-required",
                [("name", ""), ("slug", ""), ("visibility", "public")],
            ),
        ];
        for (key, fields) in attempts {
            let r = c.post_form("/spaces/new", &fields).await;
            assert_eq!(r.status, 422);
            let msg = tr.t(key);
            assert_ne!(msg, key, "{} lacks {key}", lang.code());
            let escaped = msg.replace('\'', "&#39;").replace('"', "&#34;");
            assert!(
                r.body.contains(&escaped) || r.body.contains(&msg),
                "{}: {msg}",
                lang.code()
            );
        }
    }
    assert_eq!(
        listed(&o.owner, "?scope=mine").await.len(),
        3,
        "nothing was created"
    );
}

#[tokio::test]
async fn the_directory_lists_what_each_person_may_see() {
    let o = org().await;
    let mut own = listed(&o.owner, "").await;
    own.sort();
    assert_eq!(own, ["Hallitus", "Kahvihuone", "Yritysjärjestely"]);
    let out = listed(&o.outsider, "").await;
    assert!(out.contains(&"Kahvihuone".to_owned()) && out.contains(&"Hallitus".to_owned()));
    assert!(
        !out.contains(&"Yritysjärjestely".to_owned()),
        "secret spaces are not listed for outsiders"
    );
    assert_eq!(listed(&o.outsider, "?scope=mine").await.len(), 0);
    assert_eq!(listed(&o.outsider, "?scope=private").await, ["Hallitus"]);
    assert_eq!(
        listed(&o.admin, "").await.len(),
        3,
        "administrators see every space"
    );
    let guest = o.t.guest().await;
    assert!(
        listed(&guest, "").await.is_empty(),
        "guests see no space they are not in"
    );
    assert!(listed(&o.outsider, "?q=kahvi").await == ["Kahvihuone"]);
}

#[tokio::test]
async fn secret_spaces_are_indistinguishable_from_missing_ones_for_outsiders() {
    let o = org().await;
    for sub in ["", "/members", "/requests", "/settings"] {
        let secret = o.outsider.get(&format!("/s/{}{sub}", o.secret)).await;
        let missing = o.outsider.get(&format!("/s/no-such-space{sub}")).await;
        assert_eq!(secret.status, 404, "{sub}");
        assert_eq!(missing.status, 404);
        assert_eq!(
            secret.body.replace(&o.secret, "X"),
            missing.body.replace("no-such-space", "X"),
            "the same page for secret and missing ({sub})"
        );
        assert!(!secret.body.contains("Yritysjärjestely"));
    }
    let r = o
        .outsider
        .post_form(&format!("/s/{}/join", o.secret), &[])
        .await;
    assert_eq!(r.status, 404);
    // A private space is listed, but its members and content are not shown.
    let private = o.outsider.get(&format!("/s/{}", o.private)).await;
    assert_eq!(private.status, 200);
    assert!(
        !private.body.contains("Olli Omistaja"),
        "members hidden from outsiders"
    );
    assert_eq!(
        o.outsider
            .get(&format!("/s/{}/members", o.private))
            .await
            .status,
        403
    );
}

#[tokio::test]
async fn joining_requesting_approving_and_leaving() {
    let o = org().await;
    // Public: join at once.
    assert_eq!(
        o.outsider
            .post_form(&format!("/s/{}/join", o.public), &[])
            .await
            .status,
        303
    );
    assert!(
        listed(&o.outsider, "?scope=mine")
            .await
            .contains(&"Kahvihuone".to_owned())
    );
    // Private: ask, then the owner approves.
    assert_eq!(
        o.outsider
            .post_form(&format!("/s/{}/join", o.private), &[])
            .await
            .status,
        403
    );
    let r = o
        .outsider
        .post_form(
            &format!("/s/{}/request", o.private),
            &[("message", "Olen uusi sihteeri")],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(
        o.outsider
            .get(&format!("/s/{}", o.private))
            .await
            .body
            .contains("You have asked to join")
    );
    let requests = o.owner.get(&format!("/s/{}/requests", o.private)).await;
    assert!(requests.body.contains("Olen uusi sihteeri"));
    let id = requests
        .between(&format!("/s/{}/requests/", o.private), "/approve")
        .unwrap_or_default();
    assert_eq!(
        o.outsider
            .post_form(&format!("/s/{}/requests/{id}/approve", o.private), &[])
            .await
            .status,
        403,
        "not for the applicant"
    );
    assert_eq!(
        o.owner
            .post_form(&format!("/s/{}/requests/{id}/approve", o.private), &[])
            .await
            .status,
        303
    );
    // Membership applies on the very next request.
    let members = o.outsider.get(&format!("/s/{}/members", o.private)).await;
    assert_eq!(members.status, 200);
    assert!(members.body.contains("Olli Omistaja"));
    // Leave.
    assert_eq!(
        o.outsider
            .post_form(&format!("/s/{}/leave", o.private), &[])
            .await
            .status,
        303
    );
    assert_eq!(
        o.outsider
            .get(&format!("/s/{}/members", o.private))
            .await
            .status,
        403
    );
}

#[tokio::test]
async fn invitations_bring_people_into_secret_spaces() {
    let o = org().await;
    let r = o
        .owner
        .post_form(
            &format!("/s/{}/members/invite", o.secret),
            &[("email", "ulko@testi.fi")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let dir = o.outsider.get("/spaces").await;
    assert!(dir.body.contains("Invitations for you") && dir.body.contains("Yritysjärjestely"));
    assert!(dir.body.contains("Invited by Olli Omistaja"));
    assert_eq!(
        o.outsider.get(&format!("/s/{}", o.secret)).await.status,
        404,
        "not before accepting"
    );
    let space_id = dir
        .between("action=\"/spaces/", "/invitation\"")
        .unwrap_or_default();
    let r = o
        .outsider
        .post_form(
            &format!("/spaces/{space_id}/invitation"),
            &[("accept", "1")],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(
        o.outsider.get(&format!("/s/{}", o.secret)).await.status,
        200
    );
    // Bad invitations.
    for (email, msg) in [
        (
            "nobody@testi.fi",
            "Nobody in the organisation has this e-mail address.",
        ),
        ("ulko@testi.fi", "already a member"),
        ("not-an-email", "Enter an e-mail address"),
    ] {
        let r = o
            .owner
            .post_form(
                &format!("/s/{}/members/invite", o.secret),
                &[("email", email)],
            )
            .await;
        assert_eq!(r.status, 422, "{email}");
        assert!(r.body.contains(msg), "{email}: {msg}");
    }
    let gone =
        o.t.create_account("poissa@testi.fi", "Pekka Poissa", "member")
            .await;
    o.admin
        .post_form(&format!("/admin/users/{gone}/deactivate"), &[])
        .await;
    let r = o
        .owner
        .post_form(
            &format!("/s/{}/members/invite", o.secret),
            &[("email", "poissa@testi.fi")],
        )
        .await;
    assert!(r.body.contains("has been deactivated"));
}

#[tokio::test]
async fn owners_hand_over_before_leaving_and_cannot_be_removed() {
    let o = org().await;
    o.outsider
        .post_form(&format!("/s/{}/join", o.public), &[])
        .await;
    let r = o
        .owner
        .post_form(&format!("/s/{}/leave", o.public), &[])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("A space needs an owner"));
    let owner_id =
        o.t.services()
            .person_by_email(&kaiku_domain::Viewer::system(), "omistaja@testi.fi")
            .await
            .map(|a| a.id)
            .unwrap_or_default();
    let out_id =
        o.t.services()
            .person_by_email(&kaiku_domain::Viewer::system(), "ulko@testi.fi")
            .await
            .map(|a| a.id)
            .unwrap_or_default();
    // A member cannot remove the owner (or anyone).
    assert_eq!(
        o.outsider
            .post_form(&format!("/s/{}/members/{owner_id}/remove", o.public), &[])
            .await
            .status,
        403
    );
    // The owner cannot demote themselves while the only owner.
    let r = o
        .owner
        .post_form(
            &format!("/s/{}/members/{owner_id}/role", o.public),
            &[("role", "member")],
        )
        .await;
    assert!(r.body.contains("A space needs an owner"));
    // Hand over, then leave.
    assert_eq!(
        o.owner
            .post_form(&format!("/s/{}/members/{out_id}/transfer", o.public), &[])
            .await
            .status,
        303
    );
    let members = o.outsider.get(&format!("/s/{}/members", o.public)).await;
    assert!(
        members.body.contains("href=\"/s/kahvihuone/settings\""),
        "the new owner manages the space"
    );
    assert_eq!(
        o.owner
            .post_form(&format!("/s/{}/leave", o.public), &[])
            .await
            .status,
        303
    );
}

#[tokio::test]
async fn a_partner_joins_through_an_emailed_invitation_and_sees_only_their_space() {
    let o = org().await;
    let r = o
        .owner
        .post_form(
            &format!("/s/{}/members/partner", o.private),
            &[("email", "pia@partner.se"), ("display_name", "Pia Partner")],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let mail = o.t.mail_to("pia@partner.se", "Hallitus").await;
    assert!(mail.text.contains("external guest"), "{}", mail.text);
    let link = mail.link("http://kaiku.test/invite/").unwrap_or_default();
    let pia = o.t.client();
    let r = pia
        .post_form(
            link.trim_start_matches("http://kaiku.test"),
            &[
                ("display_name", "Pia Partner"),
                ("password", PASSWORD),
                ("confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(
        listed(&pia, "").await,
        ["Hallitus"],
        "only the space she was invited to"
    );
    assert_eq!(
        pia.get(&format!("/s/{}", o.public)).await.status,
        404,
        "not even public spaces"
    );
    assert_eq!(pia.get(&format!("/s/{}", o.secret)).await.status, 404);
    // Marked as external wherever she appears.
    let members = o.owner.get(&format!("/s/{}/members", o.private)).await;
    assert!(members.body.contains("Pia Partner") && members.body.contains("badge-guest"));
    // People: only those who share a space with her.
    let token = o.t.token(&pia, "pia").await;
    let people =
        o.t.client()
            .api("GET", "/api/v1/users", Some(&token), None)
            .await
            .json();
    let names: Vec<String> = people["items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|u| u["display_name"].as_str().unwrap_or("").to_owned())
        .collect();
    assert!(
        names.contains(&"Olli Omistaja".to_owned()) && names.contains(&"Pia Partner".to_owned())
    );
    assert!(!names.contains(&"Ulla Ulkona".to_owned()), "{names:?}");
    let ulla =
        o.t.services()
            .person_by_email(&kaiku_domain::Viewer::system(), "ulko@testi.fi")
            .await
            .map(|a| a.id)
            .unwrap_or_default();
    assert_eq!(
        o.t.client()
            .api("GET", &format!("/api/v1/users/{ulla}"), Some(&token), None)
            .await
            .status,
        404
    );
    // Guests cannot create spaces.
    assert_eq!(pia.get("/spaces/new").await.status, 403);
}

#[tokio::test]
async fn internal_only_spaces_and_the_guest_switch_keep_partners_out() {
    let o = org().await;
    let slug = &o.public;
    let r = o
        .owner
        .post_form(
            &format!("/s/{slug}/settings"),
            &[
                ("name", "Kahvihuone"),
                ("slug", slug),
                ("description", ""),
                ("visibility", "public"),
                ("color", "#1d4ed8"),
                ("posting", "members"),
                ("default_notification", "all"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let r = o
        .owner
        .post_form(
            &format!("/s/{slug}/members/partner"),
            &[("email", "x@partner.se")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("internal only"));
    o.t.create_account("vieras@partner.se", "Ville Vieras", "guest")
        .await;
    let r = o
        .owner
        .post_form(
            &format!("/s/{slug}/members/invite"),
            &[("email", "vieras@partner.se")],
        )
        .await;
    assert!(r.body.contains("internal only"));
    // Switching guest accounts off blocks inviting and signing in as a guest.
    let port = o.t.smtp.port.to_string();
    o.admin
        .post_form(
            "/admin/settings",
            &[
                ("name", "Testi Oy"),
                ("accent_color", "#0f766e"),
                ("registration_mode", "closed"),
                ("default_locale", "en"),
                ("smtp_host", "127.0.0.1"),
                ("smtp_port", &port),
                ("smtp_security", "none"),
                ("smtp_from", "intranet@testi.fi"),
                ("space_creation", "everyone"),
            ],
        )
        .await;
    let r = o
        .owner
        .post_form(
            &format!("/s/{}/members/partner", o.private),
            &[("email", "y@partner.se")],
        )
        .await;
    assert!(
        r.body.contains("Guest accounts are switched off"),
        "{}",
        r.status
    );
    let r =
        o.t.client()
            .post_form(
                "/login",
                &[("email", "vieras@partner.se"), ("password", PASSWORD)],
            )
            .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Guest accounts are switched off"));
}

#[tokio::test]
async fn archived_spaces_are_read_only_and_deletion_needs_the_name() {
    let o = org().await;
    o.outsider
        .post_form(&format!("/s/{}/join", o.public), &[])
        .await;
    assert_eq!(
        o.outsider
            .post_form(&format!("/s/{}/archive", o.public), &[("archived", "1")])
            .await
            .status,
        403
    );
    assert_eq!(
        o.owner
            .post_form(&format!("/s/{}/archive", o.public), &[("archived", "1")])
            .await
            .status,
        303
    );
    let page = o.outsider.get(&format!("/s/{}", o.public)).await;
    assert!(page.body.contains("archived"));
    assert!(
        !listed(&o.outsider, "")
            .await
            .contains(&"Kahvihuone".to_owned()),
        "out of the main list"
    );
    assert!(
        listed(&o.outsider, "?scope=archived")
            .await
            .contains(&"Kahvihuone".to_owned())
    );
    let fresh = o.t.persona("uusi@testi.fi", "Uusi", "member").await;
    assert_eq!(
        fresh
            .post_form(&format!("/s/{}/join", o.public), &[])
            .await
            .status,
        403,
        "no joining an archived space"
    );
    o.owner
        .post_form(&format!("/s/{}/archive", o.public), &[("archived", "0")])
        .await;
    // Delete.
    let r = o
        .owner
        .post_form(&format!("/s/{}/delete", o.public), &[("confirm", "wrong")])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Type the space"));
    assert_eq!(
        o.outsider
            .post_form(
                &format!("/s/{}/delete", o.public),
                &[("confirm", "Kahvihuone")]
            )
            .await
            .status,
        403
    );
    assert_eq!(
        o.owner
            .post_form(
                &format!("/s/{}/delete", o.public),
                &[("confirm", "Kahvihuone")]
            )
            .await
            .status,
        303
    );
    assert_eq!(
        o.outsider.get(&format!("/s/{}", o.public)).await.status,
        404
    );
}

#[tokio::test]
async fn changes_are_audited_for_owners_and_admins_only() {
    let o = org().await;
    o.outsider
        .post_form(&format!("/s/{}/join", o.public), &[])
        .await;
    let settings = o.owner.get(&format!("/s/{}/settings", o.public)).await;
    assert!(settings.body.contains("Space created") && settings.body.contains("Joined"));
    assert!(settings.body.contains("ulko@testi.fi"));
    assert_eq!(
        o.admin
            .get(&format!("/s/{}/settings", o.public))
            .await
            .status,
        200
    );
    assert_eq!(
        o.outsider
            .get(&format!("/s/{}/settings", o.public))
            .await
            .status,
        403
    );
}

#[tokio::test]
async fn only_admins_create_spaces_when_the_organisation_says_so() {
    let o = org().await;
    let port = o.t.smtp.port.to_string();
    o.admin
        .post_form(
            "/admin/settings",
            &[
                ("name", "Testi Oy"),
                ("accent_color", "#0f766e"),
                ("registration_mode", "closed"),
                ("default_locale", "en"),
                ("smtp_host", "127.0.0.1"),
                ("smtp_port", &port),
                ("smtp_security", "none"),
                ("smtp_from", "intranet@testi.fi"),
                ("space_creation", "admins"),
                ("guests_enabled", "1"),
            ],
        )
        .await;
    assert_eq!(o.owner.get("/spaces/new").await.status, 403);
    assert!(
        !o.owner
            .get("/spaces")
            .await
            .body
            .contains("href=\"/spaces/new\"")
    );
    assert_eq!(o.admin.get("/spaces/new").await.status, 200);
}

#[tokio::test]
async fn the_spaces_api_follows_the_same_rules() {
    let o = org().await;
    let owner = o.t.token(&o.owner, "o").await;
    let outsider = o.t.token(&o.outsider, "u").await;
    let api = o.t.client();
    let r = api
        .api(
            "POST",
            "/api/v1/spaces",
            Some(&owner),
            Some(r#"{"name":"Markkinointi","visibility":"private","description":"Kampanjat"}"#),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let created = r.json();
    let id = created["id"].as_str().unwrap_or("").to_owned();
    assert_eq!(r.header("location"), format!("/api/v1/spaces/{id}"));
    assert_eq!(created["my_role"], "owner");
    assert_eq!(created["slug"], "markkinointi");
    let r = api
        .api(
            "POST",
            "/api/v1/spaces",
            Some(&owner),
            Some(r#"{"name":"Toinen","slug":"markkinointi","visibility":"public"}"#),
        )
        .await;
    assert_eq!(r.status, 409);
    assert_eq!(r.json()["errors"][0]["field"], "slug");
    let r = api
        .api(
            "POST",
            "/api/v1/spaces",
            Some(&owner),
            Some(r#"{"name":"","visibility":"everyone"}"#),
        )
        .await;
    assert_eq!(r.status, 422);
    let list = api
        .api("GET", "/api/v1/spaces?scope=mine", Some(&owner), None)
        .await
        .json();
    assert_eq!(list["items"].as_array().map(Vec::len), Some(4));
    // The outsider: private is visible but closed; secret is 404.
    let secret_id = {
        let all = api
            .api("GET", "/api/v1/spaces?scope=mine", Some(&owner), None)
            .await
            .json();
        all["items"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .find(|s| s["visibility"] == "secret")
            .map(|s| s["id"].as_str().unwrap_or("").to_owned())
            .unwrap_or_default()
    };
    assert_eq!(
        api.api(
            "GET",
            &format!("/api/v1/spaces/{secret_id}"),
            Some(&outsider),
            None
        )
        .await
        .status,
        404
    );
    assert_eq!(
        api.api(
            "GET",
            &format!("/api/v1/spaces/{secret_id}/members"),
            Some(&outsider),
            None
        )
        .await
        .status,
        404
    );
    assert_eq!(
        api.api(
            "GET",
            &format!("/api/v1/spaces/{id}"),
            Some(&outsider),
            None
        )
        .await
        .status,
        200
    );
    assert_eq!(
        api.api(
            "GET",
            &format!("/api/v1/spaces/{id}/members"),
            Some(&outsider),
            None
        )
        .await
        .status,
        403
    );
    assert_eq!(
        api.api(
            "POST",
            &format!("/api/v1/spaces/{id}/join"),
            Some(&outsider),
            None
        )
        .await
        .status,
        403
    );
    let r = api
        .api(
            "POST",
            &format!("/api/v1/spaces/{id}/requests"),
            Some(&outsider),
            Some(r#"{"message":"Saanko tulla?"}"#),
        )
        .await;
    assert_eq!(r.status, 202);
    let reqs = api
        .api(
            "GET",
            &format!("/api/v1/spaces/{id}/requests"),
            Some(&owner),
            None,
        )
        .await
        .json();
    let rid = reqs["items"][0]["id"].as_str().unwrap_or("").to_owned();
    assert_eq!(
        api.api(
            "POST",
            &format!("/api/v1/spaces/{id}/requests/{rid}/approve"),
            Some(&owner),
            None
        )
        .await
        .status,
        204
    );
    let members = api
        .api(
            "GET",
            &format!("/api/v1/spaces/{id}/members"),
            Some(&outsider),
            None,
        )
        .await;
    assert_eq!(members.status, 200);
    assert_eq!(members.json()["items"].as_array().map(Vec::len), Some(2));
    // Settings: owners only; unknown fields refused.
    assert_eq!(
        api.api(
            "PATCH",
            &format!("/api/v1/spaces/{id}"),
            Some(&outsider),
            Some(r#"{"name":"X"}"#)
        )
        .await
        .status,
        403
    );
    assert_eq!(
        api.api(
            "PATCH",
            &format!("/api/v1/spaces/{id}"),
            Some(&owner),
            Some(r#"{"owner":"me"}"#)
        )
        .await
        .status,
        422
    );
    let r = api
        .api(
            "PATCH",
            &format!("/api/v1/spaces/{id}"),
            Some(&owner),
            Some(r#"{"visibility":"secret"}"#),
        )
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["visibility"], "secret");
    // Members: the last owner cannot leave; removal by the owner works.
    assert_eq!(
        api.api(
            "POST",
            &format!("/api/v1/spaces/{id}/leave"),
            Some(&owner),
            None
        )
        .await
        .status,
        409
    );
    let out_id = api
        .api("GET", "/api/v1/me", Some(&outsider), None)
        .await
        .json()["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    assert_eq!(
        api.api(
            "DELETE",
            &format!("/api/v1/spaces/{id}/members/{out_id}"),
            Some(&owner),
            None
        )
        .await
        .status,
        204
    );
    assert_eq!(
        api.api(
            "GET",
            &format!("/api/v1/spaces/{id}"),
            Some(&outsider),
            None
        )
        .await
        .status,
        404,
        "secret now, and no longer a member"
    );
    let r = api
        .api(
            "POST",
            &format!("/api/v1/spaces/{id}/members"),
            Some(&owner),
            Some(&format!(r#"{{"user_id":"{out_id}","role":"moderator"}}"#)),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.json()["role"], "moderator");
    assert_eq!(
        api.api(
            "POST",
            &format!("/api/v1/spaces/{id}/members"),
            Some(&owner),
            Some(&format!(r#"{{"user_id":"{out_id}"}}"#))
        )
        .await
        .status,
        409
    );
    // Delete needs the name.
    assert_eq!(
        api.api(
            "DELETE",
            &format!("/api/v1/spaces/{id}?confirm=nope"),
            Some(&owner),
            None
        )
        .await
        .status,
        422
    );
    assert_eq!(
        api.api(
            "DELETE",
            &format!("/api/v1/spaces/{id}?confirm=Markkinointi"),
            Some(&owner),
            None
        )
        .await
        .status,
        204
    );
    assert_eq!(
        api.api("GET", &format!("/api/v1/spaces/{id}"), Some(&owner), None)
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn nobody_learns_of_a_secret_space_by_trying_its_address() {
    let o = org().await;
    // The secret space is called "Yritysjärjestely"; an outsider tries the name.
    let probe = create(&o.outsider, "Yritysjärjestely", "public").await;
    assert_eq!(
        probe, "yritysjarjestely",
        "the plain address was free to take"
    );
}

#[tokio::test]
async fn guests_stay_members_and_owners_hand_over_only_to_colleagues() {
    let o = org().await;
    let token = o.t.token(&o.owner, "o").await;
    let guest_id =
        o.t.create_account("g@partner.se", "Gerda Guest", "guest")
            .await;
    let api = o.t.client();
    let space_id = api
        .api(
            "GET",
            "/api/v1/spaces?scope=mine&q=hallitus",
            Some(&token),
            None,
        )
        .await
        .json()["items"][0]["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    let r = api
        .api(
            "POST",
            &format!("/api/v1/spaces/{space_id}/members"),
            Some(&token),
            Some(&format!(r#"{{"user_id":"{guest_id}","role":"moderator"}}"#)),
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    let r = api
        .api(
            "POST",
            &format!("/api/v1/spaces/{space_id}/members"),
            Some(&token),
            Some(&format!(r#"{{"user_id":"{guest_id}"}}"#)),
        )
        .await;
    assert_eq!(r.status, 201);
    let r = o
        .owner
        .post_form(
            &format!("/s/{}/members/{guest_id}/role", o.private),
            &[("role", "owner")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("cannot be moderators or owners"));
    let r = o
        .owner
        .post_form(
            &format!("/s/{}/members/{guest_id}/transfer", o.private),
            &[],
        )
        .await;
    assert_eq!(r.status, 422);
    let owner_id = api
        .api("GET", "/api/v1/me", Some(&token), None)
        .await
        .json()["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    let r = o
        .owner
        .post_form(
            &format!("/s/{}/members/{owner_id}/transfer", o.private),
            &[],
        )
        .await;
    assert_eq!(
        r.status, 422,
        "handing over to oneself would leave no owner"
    );
    let members = api
        .api(
            "GET",
            &format!("/api/v1/spaces/{space_id}/members"),
            Some(&token),
            None,
        )
        .await
        .json();
    assert_eq!(members["items"][0]["role"], "owner", "still owned");
}

#[tokio::test]
async fn the_archived_list_pages_through_every_archived_space() {
    let o = org().await;
    let token = o.t.token(&o.owner, "o").await;
    let api = o.t.client();
    for i in 0..25 {
        let r = api
            .api(
                "POST",
                "/api/v1/spaces",
                Some(&token),
                Some(&format!(
                    r#"{{"name":"Vanha {i:02}","visibility":"public"}}"#
                )),
            )
            .await;
        let id = r.json()["id"].as_str().unwrap_or("").to_owned();
        if i % 2 == 0 {
            o.owner
                .post_form(&format!("/s/vanha-{i:02}/archive"), &[("archived", "1")])
                .await;
        }
        let _ = id;
    }
    let mut seen = 0;
    let mut ids = std::collections::BTreeSet::new();
    let mut cursor = String::new();
    loop {
        let page = api
            .api(
                "GET",
                &format!("/api/v1/spaces?scope=archived&limit=5&cursor={cursor}"),
                Some(&token),
                None,
            )
            .await
            .json();
        let items = page["items"].as_array().cloned().unwrap_or_default();
        assert!(items.iter().all(|s| s["archived"] == true));
        seen += items.len();
        ids.extend(
            items
                .iter()
                .filter_map(|s| s["id"].as_str().map(str::to_owned)),
        );
        match page["next_cursor"].as_str() {
            Some(c) => cursor = c.to_owned(),
            None => break,
        }
    }
    assert_eq!(seen, 13);
    assert_eq!(ids.len(), 13, "no space shown twice across pages");
}

#[tokio::test]
async fn membership_errors_speak_every_language() {
    let o = org().await;
    let gone =
        o.t.create_account("poissa@testi.fi", "Pekka Poissa", "member")
            .await;
    o.admin
        .post_form(&format!("/admin/users/{gone}/deactivate"), &[])
        .await;
    o.t.create_account("vieras@partner.se", "Ville Vieras", "guest")
        .await;
    // An internal-only space.
    let r = o
        .owner
        .post_form(
            &format!("/s/{}/settings", o.public),
            &[
                ("name", "Kahvihuone"),
                ("slug", &o.public),
                ("description", ""),
                ("visibility", "public"),
                ("color", "#1d4ed8"),
                ("posting", "members"),
                ("default_notification", "all"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    for lang in Lang::ALL {
        let owner = o.t.sign_in("omistaja@testi.fi", PASSWORD).await;
        owner.post_form("/language", &[("lang", lang.code())]).await;
        let tr = Tr::new(lang);
        let check = |body: &str, key: &str| {
            let msg = tr.t(key);
            assert_ne!(msg, key);
            let escaped = msg.replace('\'', "&#39;").replace('"', "&#34;");
            assert!(
                body.contains(&escaped) || body.contains(&msg),
                "{}: {key}",
                lang.code()
            );
        };
        let r = owner
            .post_form(
                &format!("/s/{}/members/invite", o.public),
                &[("email", "poissa@testi.fi")],
            )
            .await;
        assert_eq!(r.status, 422);
        check(&r.body, "error-person-deactivated");
        let r = owner
            .post_form(
                &format!("/s/{}/members/invite", o.public),
                &[("email", "vieras@partner.se")],
            )
            .await;
        check(&r.body, "error-space-internal");
        let r = owner
            .post_form(&format!("/s/{}/leave", o.public), &[])
            .await;
        check(&r.body, "error-last-owner");
    }
    // A member trying to remove the owner gets the forbidden page, localized.
    let member = o.t.sign_in("ulko@testi.fi", PASSWORD).await;
    member
        .post_form(&format!("/s/{}/join", o.public), &[])
        .await;
    let owner_id =
        o.t.services()
            .person_by_email(&kaiku_domain::Viewer::system(), "omistaja@testi.fi")
            .await
            .map(|a| a.id)
            .unwrap_or_default();
    for lang in Lang::ALL {
        member
            .post_form("/language", &[("lang", lang.code())])
            .await;
        let r = member
            .post_form(&format!("/s/{}/members/{owner_id}/remove", o.public), &[])
            .await;
        assert_eq!(r.status, 403);
        assert!(r.body.contains(&format!("<html lang=\"{}\">", lang.code())));
    }
    let members = o.owner.get(&format!("/s/{}/members", o.public)).await;
    assert!(members.body.contains("Olli Omistaja"), "nothing changed");
}

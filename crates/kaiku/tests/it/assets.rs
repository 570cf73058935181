//! The stylesheet, script and icons: served from the binary under content-hashed
//! names that browsers may keep forever.

use crate::support::TestApp;

/// The values of `attr="…"` in `html`, in order.
fn attribute_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!("{attr}=\"");
    html.split(needle.as_str())
        .skip(1)
        .filter_map(|rest| rest.split_once('"').map(|(value, _)| value))
        .collect()
}

#[tokio::test]
async fn the_icons_of_a_page_are_symbols_of_one_sprite_cached_forever() {
    let t = TestApp::new().await;
    let member = t.member().await;
    let home = member.get("/").await;
    assert_eq!(home.status, 200);
    let uses: Vec<&str> = attribute_values(&home.body, "href")
        .into_iter()
        .filter(|h| h.contains(".svg#"))
        .collect();
    assert!(uses.len() >= 5, "the header and navigation draw icons");
    assert!(!home.body.contains("<path"), "no icon is drawn inline");
    let sprite_url = uses[0].split('#').next().unwrap_or_default();
    assert!(sprite_url.starts_with("/assets/icons."), "{sprite_url}");

    let sprite = t.client().get(sprite_url).await;
    assert_eq!(sprite.status, 200);
    assert_eq!(sprite.header("content-type"), "image/svg+xml");
    assert!(sprite.header("cache-control").contains("immutable"));
    for href in &uses {
        let (url, id) = href.split_once('#').unwrap_or_default();
        assert_eq!(url, sprite_url, "one sprite for every icon");
        assert!(
            sprite.body.contains(&format!("<symbol id=\"{id}\"")),
            "the sprite lacks {id}"
        );
    }
}

#[tokio::test]
async fn stylesheet_and_script_are_served_under_their_hashed_names_and_others_are_not_found() {
    let t = TestApp::new().await;
    let c = t.client();
    let login = c.get("/login").await;
    let css = attribute_values(&login.body, "href")
        .into_iter()
        .find(|h| h.ends_with(".css"))
        .unwrap_or_default()
        .to_owned();
    let js = attribute_values(&login.body, "src")
        .into_iter()
        .find(|h| h.ends_with(".js"))
        .unwrap_or_default()
        .to_owned();
    for (url, ctype) in [(css.as_str(), "text/css"), (js.as_str(), "text/javascript")] {
        let r = c.get(url).await;
        assert_eq!(r.status, 200, "{url}");
        assert!(r.header("content-type").starts_with(ctype), "{url}");
        assert!(r.header("cache-control").contains("immutable"), "{url}");
    }
    for stale in ["/assets/app.000000000000.css", "/assets/icons.svg"] {
        assert_eq!(c.get(stale).await.status, 404, "{stale}");
    }
}

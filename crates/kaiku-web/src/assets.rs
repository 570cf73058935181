//! The stylesheet, script, favicon and icon sprite, embedded in the binary and served under
//! content-hashed names so browsers may cache them forever.

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::extract::Path;

const CSS: &str = include_str!("../assets/app.css");
const JS: &str = include_str!("../assets/app.js");
const FAVICON: &str = include_str!("../assets/favicon.svg");

/// The embedded assets and their versioned URLs.
#[derive(Debug)]
pub struct Assets {
    /// `/assets/app.<hash>.css`
    pub css_url: String,
    /// `/assets/app.<hash>.js`
    pub js_url: String,
    /// `/assets/favicon.<hash>.svg`
    pub favicon_url: String,
    css_name: String,
    js_name: String,
    favicon_name: String,
}

/// `stem.<hash>.ext`, the hash taken from the body, so a changed body gets a new name.
pub(crate) fn versioned(stem: &str, ext: &str, body: &str) -> String {
    let hash = hex::encode(Sha256::digest(body.as_bytes()));
    format!("{stem}.{}.{ext}", hash.get(..12).unwrap_or("0"))
}

impl Assets {
    /// Computes the versioned names.
    pub fn load() -> Self {
        let css_name = versioned("app", "css", CSS);
        let js_name = versioned("app", "js", JS);
        let favicon_name = versioned("favicon", "svg", FAVICON);
        Assets {
            css_url: format!("/assets/{css_name}"),
            js_url: format!("/assets/{js_name}"),
            favicon_url: format!("/assets/{favicon_name}"),
            css_name,
            js_name,
            favicon_name,
        }
    }
}

pub(crate) async fn serve(State(state): State<AppState>, Path(name): Path<String>) -> Response {
    let a = &state.assets;
    let (body, ctype) = if name == a.css_name {
        (CSS, "text/css; charset=utf-8")
    } else if name == a.js_name {
        (JS, "text/javascript; charset=utf-8")
    } else if name == a.favicon_name {
        (FAVICON, "image/svg+xml")
    } else if name == crate::icons::sprite_name() {
        (crate::icons::SPRITE, "image/svg+xml")
    } else {
        return StatusCode::NOT_FOUND.into_response();
    };
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(ctype)),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
        ],
        body,
    )
        .into_response()
}

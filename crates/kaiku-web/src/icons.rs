//! Icons: our own drawings on a 24×24 grid with 2px strokes, kept as the
//! symbols of one SVG sprite. Browsers fetch the sprite once under a
//! content-hashed name and cache it, so a page carries a short `<use>`
//! reference per icon instead of the drawing (a home page shows some eighty).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::assets::versioned;

/// The sprite, served at [`sprite_name`].
pub(crate) const SPRITE: &str = include_str!("../assets/icons.svg");

static SPRITE_NAME: LazyLock<String> = LazyLock::new(|| versioned("icons", "svg", SPRITE));

/// The markup for each symbol of the sprite, by its id.
static MARKUP: LazyLock<HashMap<&'static str, String>> = LazyLock::new(|| {
    let url = format!("/assets/{}", sprite_name());
    symbol_ids(SPRITE)
        .map(|id| {
            let markup =
                format!(r#"<svg class="icon" aria-hidden="true"><use href="{url}#{id}"/></svg>"#);
            (id, markup)
        })
        .collect()
});

/// The sprite's versioned file name, `icons.<hash>.svg`.
pub(crate) fn sprite_name() -> &'static str {
    &SPRITE_NAME
}

/// SVG markup for the icon `name`, empty for a name the sprite lacks.
pub(crate) fn icon(name: &str) -> &'static str {
    MARKUP.get(name).map_or("", String::as_str)
}

fn symbol_ids(sprite: &str) -> impl Iterator<Item = &str> {
    sprite
        .split(r#"<symbol id=""#)
        .skip(1)
        .filter_map(|rest| rest.split_once('"').map(|(id, _)| id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_symbol_of_the_sprite_is_an_icon_with_a_unique_id() {
        let ids: Vec<&str> = symbol_ids(SPRITE).collect();
        assert_eq!(ids.len(), SPRITE.matches("<symbol ").count());
        assert_eq!(ids.len(), MARKUP.len(), "symbol ids repeat");
        for id in ["home", "bell", "search", "thumb", "hash"] {
            let markup = icon(id);
            assert!(markup.contains(&format!("/assets/{}#{id}\"", sprite_name())));
        }
        assert_eq!(icon("no-such-icon"), "");
    }
}

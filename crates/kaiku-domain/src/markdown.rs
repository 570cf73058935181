//! Markdown to safe HTML, once, on write. Bare web addresses become links; the
//! result is sanitised with an allow-list (no script, no event handlers, no
//! `javascript:` links, no iframes, no styles, no images from elsewhere).

use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.rm_tags(["img"])
        .link_rel(Some("noopener noreferrer nofollow ugc"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect());
    b
});

/// Renders Markdown to sanitised HTML.
pub fn render(source: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_TASKLISTS);
    let mut in_link = 0usize;
    let mut in_code = false;
    let mut events: Vec<Event<'_>> = Vec::new();
    for event in Parser::new_ext(source, options) {
        match &event {
            Event::Start(Tag::Link { .. }) => in_link += 1,
            Event::End(TagEnd::Link) => in_link = in_link.saturating_sub(1),
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            _ => {}
        }
        match event {
            Event::Text(text) if in_link == 0 && !in_code => linkify(text, &mut events),
            other => events.push(other),
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    CLEANER.clean(&html).to_string()
}

/// Splits text into plain runs and links for bare `http(s)://` addresses.
fn linkify<'a>(text: CowStr<'a>, out: &mut Vec<Event<'a>>) {
    let s: &str = &text;
    let mut rest = s;
    let mut pieces: Vec<(bool, String)> = Vec::new();
    while let Some(start) = find_url(rest) {
        let (before, from) = rest.split_at(start);
        let end = from
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
            .unwrap_or(from.len());
        let mut url = &from[..end];
        // Trailing punctuation belongs to the sentence, not the address.
        while url.ends_with(['.', ',', ';', ':', '!', '?', ')', '\'']) {
            url = &url[..url.len() - 1];
        }
        if url.len() <= "https://".len() {
            pieces.push((false, format!("{before}{}", &from[..end])));
            rest = &from[end..];
            continue;
        }
        if !before.is_empty() {
            pieces.push((false, before.to_owned()));
        }
        pieces.push((true, url.to_owned()));
        rest = &from[url.len()..];
    }
    if pieces.is_empty() {
        out.push(Event::Text(text));
        return;
    }
    if !rest.is_empty() {
        pieces.push((false, rest.to_owned()));
    }
    for (is_link, piece) in pieces {
        if is_link {
            out.push(Event::Start(Tag::Link {
                link_type: LinkType::Autolink,
                dest_url: CowStr::from(piece.clone()),
                title: CowStr::from(""),
                id: CowStr::from(""),
            }));
            out.push(Event::Text(CowStr::from(piece)));
            out.push(Event::End(TagEnd::Link));
        } else {
            out.push(Event::Text(CowStr::from(piece)));
        }
    }
}

fn find_url(s: &str) -> Option<usize> {
    match (s.find("https://"), s.find("http://")) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn markdown_is_rendered_and_links_made_clickable() {
        let html = render("**Hei** maailma, katso https://kaiku.fi/ohje. `koodi`");
        assert!(html.contains("<strong>Hei</strong>"));
        assert!(html.contains("<a href=\"https://kaiku.fi/ohje\" rel=\"noopener noreferrer nofollow ugc\">https://kaiku.fi/ohje</a>."), "{html}");
        assert!(html.contains("<code>koodi</code>"));
        let code = render("```\nlet x = https://not-a-link;\n```");
        assert!(!code.contains("<a "), "no links inside code: {code}");
    }

    #[test]
    fn hostile_markdown_is_rendered_harmless() {
        let attacks = [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<a href=\"https://x\" onclick=\"alert(1)\">x</a>",
            "<p style=\"position:fixed;top:0\">overlay</p>",
            "<svg><script>alert(1)</script></svg>",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "<form action=https://evil><input name=p></form>",
            "<object data=x></object><embed src=x>",
        ];
        for a in attacks {
            let html = render(a).to_lowercase();
            for bad in [
                "<script",
                "onerror",
                "onclick",
                "javascript:",
                "<iframe",
                "style=",
                "<svg",
                "data:text",
                "<form",
                "<input",
                "<object",
                "<embed",
                "<img",
            ] {
                assert!(!html.contains(bad), "{a:?} produced {html:?}");
            }
        }
    }
}

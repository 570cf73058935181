//! Markdown to safe HTML, once, on write. Bare web addresses become links; the
//! result is sanitised with an allow-list (no script, no event handlers, no
//! `javascript:` links, no iframes, no styles, no images from elsewhere).

use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

use crate::html::escape;

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.add_allowed_classes("span", ["mention"])
        .add_allowed_classes("a", ["topic"])
        .rm_tags(["img"])
        .link_rel(Some("noopener noreferrer nofollow ugc"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect());
    b
});

/// A rendered text with what it refers to.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    /// Normalised topics (`#Name` → `name`), in order of first appearance.
    pub topics: Vec<String>,
    /// Ids of the people mentioned (resolved handles), in order.
    pub mentions: Vec<String>,
}

/// Longest topic, in characters.
pub const TOPIC_MAX: usize = 50;

/// The `@handles` written in a text (outside code), for resolving before rendering.
pub fn mention_handles(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for text in plain_texts(source) {
        for (_, token) in tokens(&text, '@') {
            if !out.contains(&token) {
                out.push(token);
            }
        }
    }
    out
}

/// Renders Markdown with mentions (handles resolved to `(id, name)`) and topics.
pub fn render_with(
    source: &str,
    people: &std::collections::HashMap<String, (String, String)>,
) -> Rendered {
    let mut topics: Vec<String> = Vec::new();
    let mut mentions: Vec<String> = Vec::new();
    let html = render_inner(source, &mut |text, out| {
        let mut rest = text.to_owned();
        let mut pieces: Vec<Event<'static>> = Vec::new();
        loop {
            // The first token that counts: an unknown @handle or an invalid #tag
            // earlier in the text must not hide the ones after it.
            let next_at = tokens(&rest, '@')
                .into_iter()
                .find(|(_, t)| people.contains_key(t));
            let next_hash = tokens(&rest, '#').into_iter().find(|(_, t)| valid_topic(t));
            let pick = match (next_at, next_hash) {
                (Some(a), Some(h)) => Some(if a.0 < h.0 { ('@', a) } else { ('#', h) }),
                (Some(a), None) => Some(('@', a)),
                (None, Some(h)) => Some(('#', h)),
                (None, None) => None,
            };
            let Some((sigil, (pos, token))) = pick else {
                break;
            };
            if pos > 0 {
                pieces.push(Event::Text(CowStr::from(rest[..pos].to_owned())));
            }
            if sigil == '@' {
                if let Some((id, name)) = people.get(&token) {
                    if !mentions.contains(id) {
                        mentions.push(id.clone());
                    }
                    pieces.push(Event::Html(CowStr::from(format!(
                        "<span class=\"mention\">@{}</span>",
                        escape(name)
                    ))));
                }
            } else {
                let topic = token.to_lowercase();
                if !topics.contains(&topic) {
                    topics.push(topic.clone());
                }
                pieces.push(Event::Start(Tag::Link {
                    link_type: LinkType::Inline,
                    dest_url: CowStr::from(format!("/t/{}", percent_encode(&topic))),
                    title: CowStr::from(""),
                    id: CowStr::from(""),
                }));
                pieces.push(Event::Text(CowStr::from(format!("#{token}"))));
                pieces.push(Event::End(TagEnd::Link));
            }
            rest = rest[pos + 1 + token.len()..].to_owned();
        }
        if !rest.is_empty() {
            pieces.push(Event::Text(CowStr::from(rest)));
        }
        for piece in pieces {
            match piece {
                Event::Text(t) => linkify(t, out),
                other => out.push(other),
            }
        }
    });
    Rendered {
        html,
        topics,
        mentions,
    }
}

/// Renders Markdown to sanitised HTML (no mentions or topics): wiki pages.
pub fn render(source: &str) -> String {
    render_inner(source, &mut |text, out| {
        linkify(CowStr::from(text.to_owned()), out)
    })
}

/// What a reader sees of Markdown, as plain text: the markup gone, link texts
/// and code kept, blocks and line breaks as spaces (for search snippets).
pub(crate) fn plain_text(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    for event in Parser::new_ext(source, options()) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::TableCell,
            ) if !out.is_empty() && !out.ends_with(' ') => out.push(' '),
            _ => {}
        }
    }
    out.trim_end().to_owned()
}

/// Texts outside links and code, as the parser sees them.
fn plain_texts(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_link = 0usize;
    let mut in_code = false;
    for event in Parser::new_ext(source, options()) {
        match &event {
            Event::Start(Tag::Link { .. }) => in_link += 1,
            Event::End(TagEnd::Link) => in_link = in_link.saturating_sub(1),
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Text(t) if in_link == 0 && !in_code => out.push(t.to_string()),
            _ => {}
        }
    }
    out
}

/// `@handle` / `#topic` tokens: the sigil at the start or after a non-word
/// character, then word characters (letters, digits, `_`, `-`, `.`, and `@`
/// inside an address). Trailing dots and dashes belong to the sentence.
fn tokens(text: &str, sigil: char) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some((pos, token)) = next_token(&text[from..], sigil) {
        out.push((from + pos, token.clone()));
        from += pos + 1 + token.len();
    }
    out
}

fn next_token(text: &str, sigil: char) -> Option<(usize, String)> {
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        if c == sigil
            && prev.is_none_or(|p| {
                !(p.is_alphanumeric() || p == '_' || p == '@' || p == '&' || p == '/')
            })
        {
            let rest = &text[i + c.len_utf8()..];
            let token: String = rest
                .chars()
                .take_while(|ch| ch.is_alphanumeric() || matches!(ch, '_' | '-' | '.' | '@' | '+'))
                .collect();
            let token = token.trim_end_matches(['.', '-', '@']).to_owned();
            if !token.is_empty() {
                return Some((i, token));
            }
        }
        prev = Some(c);
    }
    None
}

fn valid_topic(t: &str) -> bool {
    let n = t.chars().count();
    (2..=TOPIC_MAX).contains(&n)
        && t.chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        && t.chars().any(char::is_alphabetic)
}

fn percent_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn options() -> Options {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_TASKLISTS);
    options
}

fn render_inner(source: &str, transform: &mut dyn FnMut(&str, &mut Vec<Event<'static>>)) -> String {
    let mut in_link = 0usize;
    let mut in_code = false;
    let mut events: Vec<Event<'static>> = Vec::new();
    for event in Parser::new_ext(source, options()) {
        match &event {
            Event::Start(Tag::Link { .. }) => in_link += 1,
            Event::End(TagEnd::Link) => in_link = in_link.saturating_sub(1),
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            _ => {}
        }
        match event {
            Event::Text(text) if in_link == 0 && !in_code => transform(&text, &mut events),
            other => events.push(other.into_static()),
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    CLEANER.clean(&html).to_string()
}

/// Splits text into plain runs and links for bare `http(s)://` addresses.
fn linkify(text: CowStr<'_>, out: &mut Vec<Event<'static>>) {
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
        out.push(Event::Text(CowStr::from(s.to_owned())));
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

#[cfg(test)]
mod tag_tests {
    use std::collections::HashMap;

    use super::{mention_handles, render_with};

    #[test]
    fn an_unknown_mention_or_tag_does_not_hide_later_ones() {
        let people = HashMap::from([("maija".to_owned(), ("u1".to_owned(), "Maija".to_owned()))]);
        let r = render_with("@nobody ja @maija, #1 ja #aihe", &people);
        assert_eq!(r.mentions, vec!["u1".to_owned()]);
        assert_eq!(r.topics, vec!["aihe".to_owned()]);
        assert!(
            r.html.contains("@nobody") && r.html.contains("<span class=\"mention\">@Maija</span>")
        );
    }

    #[test]
    fn mentions_and_topics_are_found_outside_code_and_rendered() {
        let src = "Hei @maija ja @pekka@testi.fi! Katso #Työterveys ja #hr-asiat. `#eiaihe @eiketään`\n\nsähköposti: a@b.fi";
        assert_eq!(
            mention_handles(src),
            vec!["maija".to_owned(), "pekka@testi.fi".to_owned()]
        );
        let mut people = HashMap::new();
        people.insert(
            "maija".to_owned(),
            ("u1".to_owned(), "Maija <M>".to_owned()),
        );
        let r = render_with(src, &people);
        assert_eq!(r.mentions, vec!["u1".to_owned()]);
        assert_eq!(
            r.topics,
            vec!["työterveys".to_owned(), "hr-asiat".to_owned()]
        );
        assert!(
            r.html
                .contains("<span class=\"mention\">@Maija &lt;M&gt;</span>"),
            "{}",
            r.html
        );
        assert!(
            r.html.contains("<a href=\"/t/ty%C3%B6terveys\""),
            "{}",
            r.html
        );
        assert!(
            r.html.contains("@pekka@testi.fi"),
            "unknown handles stay as text"
        );
        assert!(r.html.contains("<code>#eiaihe @eiketään</code>"));
        assert!(!r.html.contains("/t/eiaihe"));
    }

    #[test]
    fn a_hash_in_an_address_or_number_is_not_a_topic() {
        let r = render_with("https://x.fi/#ankkuri ja #1 ja a#b", &HashMap::new());
        assert!(r.topics.is_empty(), "{:?}", r.topics);
    }
}

//! Snippets: the part of a text where the query's words are densest, HTML-escaped,
//! with each matching word in `<mark>`. A word matches in any form the search
//! matched it by: as written, stemmed in any language, as the start of a longer
//! word, or as a compound's inner part.

use crate::analysis::{self, Language, PART_MIN};

/// Words of context in a snippet.
const WINDOW: usize = 28;

struct Needle {
    word: String,
    stems: Vec<String>,
}

fn needles(words: &[String]) -> Vec<Needle> {
    words
        .iter()
        .map(|w| Needle {
            word: w.clone(),
            stems: Language::ALL
                .into_iter()
                .map(|l| analysis::stem(l, w))
                .collect(),
        })
        .collect()
}

fn matches(needles: &[Needle], word: &str) -> bool {
    let lower = word.to_lowercase();
    needles.iter().any(|n| {
        lower == n.word
            || (n.word.chars().count() >= 2 && lower.starts_with(&n.word))
            || (n.word.chars().count() > PART_MIN && lower.contains(&n.word))
            || Language::ALL
                .into_iter()
                .zip(&n.stems)
                .any(|(l, s)| !s.is_empty() && analysis::stem(l, &lower) == *s)
    })
}

fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// A snippet of `text` around the query's `words`, as safe HTML. Without a
/// match it is the text's beginning.
pub fn snippet(text: &str, words: &[String]) -> String {
    let needles = needles(words);
    // Word spans: (start, end) byte offsets of alphanumeric runs.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    let hit: Vec<bool> = spans
        .iter()
        .map(|&(s, e)| matches(&needles, &text[s..e]))
        .collect();
    // The window with the most hits (the first such).
    let mut best = 0;
    let mut best_hits = 0;
    let mut current = 0;
    for i in 0..spans.len() {
        if hit[i] {
            current += 1;
        }
        if i >= WINDOW && hit[i - WINDOW] {
            current -= 1;
        }
        if current > best_hits {
            best_hits = current;
            best = (i + 1).saturating_sub(WINDOW);
        }
    }
    let mut out = String::new();
    if spans.is_empty() {
        return out;
    }
    let end_word = (best + WINDOW).min(spans.len());
    let from = if best == 0 { 0 } else { spans[best].0 };
    let to = if end_word == spans.len() {
        text.len()
    } else {
        spans[end_word - 1].1
    };
    if from > 0 {
        out.push('…');
    }
    let mut at = from;
    for (i, &(s, e)) in spans.iter().enumerate().take(end_word).skip(best) {
        escape(&text[at..s], &mut out);
        if hit[i] {
            out.push_str("<mark>");
            escape(&text[s..e], &mut out);
            out.push_str("</mark>");
        } else {
            escape(&text[s..e], &mut out);
        }
        at = e;
    }
    escape(&text[at..to], &mut out);
    if to < text.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn marks_inflected_and_compound_forms_and_escapes_the_rest() {
        let s = snippet(
            "Kokous <b>talossa</b> ja työterveyshuolto & muut",
            &w(&["talo", "terveys"]),
        );
        assert_eq!(
            s,
            "Kokous &lt;b&gt;<mark>talossa</mark>&lt;/b&gt; ja <mark>työterveyshuolto</mark> &amp; muut"
        );
    }

    #[test]
    fn long_texts_are_cut_around_the_match() {
        let text = format!("{} avainsana {}", "alku ".repeat(100), "loppu ".repeat(100));
        let s = snippet(&text, &w(&["avainsana"]));
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.contains("<mark>avainsana</mark>"));
        assert!(s.len() < 400);
    }
}

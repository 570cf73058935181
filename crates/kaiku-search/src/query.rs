//! What people type, made into a query. The syntax is small and forgiving:
//! words (all must match), `"exact phrases"` and `-excluded` words. Every other
//! character (`*`, `:`, `(`, …) is just a separator, so no input is an error and
//! nobody can address the index's internal fields.

use std::ops::Bound;
use std::sync::Arc;

use tantivy::Term;
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur, PhraseQuery, Query,
    RangeQuery, TermQuery,
};
use tantivy::schema::IndexRecordOption;

use crate::analysis::{self, Language, PART_MIN};
use crate::filter_cache::{CachedTermSet, FilterCache};
use crate::schema::{Fields, Words};

/// At most this many words of a query are used.
const MAX_WORDS: usize = 12;
/// Words at least this long tolerate one typo.
const FUZZY_MIN: usize = 5;

/// A query as typed, taken apart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Lower-cased words that must match (in some form).
    pub words: Vec<String>,
    /// Phrases that must appear as written (lower-cased words).
    pub phrases: Vec<Vec<String>>,
    /// Words that must not appear.
    pub excluded: Vec<String>,
}

impl Parsed {
    /// Nothing to look for.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.phrases.is_empty()
    }

    /// Every positive word, phrases included (for highlighting).
    pub fn all_words(&self) -> impl Iterator<Item = &String> {
        self.words.iter().chain(self.phrases.iter().flatten())
    }
}

/// Takes a query apart.
pub fn parse(text: &str) -> Parsed {
    let mut out = Parsed::default();
    let mut rest = text;
    let mut count = 0;
    while !rest.is_empty() && count < MAX_WORDS {
        let trimmed = rest.trim_start();
        if trimmed.is_empty() {
            break;
        }
        if let Some(after) = trimmed.strip_prefix('"') {
            let (inside, next) = match after.find('"') {
                Some(end) => (&after[..end], &after[end + 1..]),
                None => (after, ""),
            };
            let words = analysis::exact_words(inside);
            count += words.len();
            match words.len() {
                0 => {}
                1 => out.words.extend(words),
                _ => out.phrases.push(words),
            }
            rest = next;
            continue;
        }
        let end = trimmed
            .find(|c: char| c.is_whitespace() || c == '"')
            .unwrap_or(trimmed.len());
        let (token, next) = trimmed.split_at(end);
        rest = next;
        let (negated, token) = match token.strip_prefix('-') {
            Some(t) if !t.is_empty() => (true, t),
            _ => (false, token),
        };
        for w in analysis::exact_words(token) {
            count += 1;
            if negated {
                out.excluded.push(w);
            } else {
                out.words.push(w);
            }
        }
    }
    out.words.truncate(MAX_WORDS);
    out
}

fn term_query(field: tantivy::schema::Field, text: &str, boost: f32) -> Box<dyn Query> {
    let q = TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    );
    Box::new(BoostQuery::new(Box::new(q), boost))
}

fn boosted(q: impl Query, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(Box::new(q), boost))
}

/// One word in any of its forms: stemmed in every language, as written, as the
/// start of a longer word (when typing), as a compound's part, with one typo.
/// `words` are the word fields of the kinds searched.
fn word_query(
    f: &Fields,
    words: &[Words],
    word: &str,
    as_prefix: bool,
    known: Known<'_>,
) -> Box<dyn Query> {
    let len = word.chars().count();
    let mut any: Vec<Box<dyn Query>> = Vec::new();
    let mut present = std::iter::once(f.title_exact)
        .chain(words.iter().map(|w| w.body_exact))
        .any(|field| known(&Term::from_field_text(field, word)));
    for (i, lang) in Language::ALL.into_iter().enumerate() {
        let s = analysis::stem(lang, word);
        present = present
            || known(&Term::from_field_text(f.title_stem[i], &s))
            || known(&Term::from_field_text(f.body_stem[i], &s));
        any.push(term_query(f.title_stem[i], &s, 3.0));
        any.push(term_query(f.body_stem[i], &s, 1.0));
    }
    any.push(term_query(f.title_exact, word, 4.0));
    for w in words {
        any.push(term_query(w.body_exact, word, 1.5));
    }
    if as_prefix && len >= 2 {
        any.push(boosted(
            FuzzyTermQuery::new_prefix(Term::from_field_text(f.title_exact, word), 0, false),
            2.0,
        ));
    }
    for w in words {
        if as_prefix && len >= PART_MIN {
            any.push(boosted(
                FuzzyTermQuery::new_prefix(Term::from_field_text(w.body_exact, word), 0, false),
                0.6,
            ));
        }
        if len > PART_MIN {
            // A compound's inner part, or (while typing) the start of one.
            any.push(boosted(
                FuzzyTermQuery::new_prefix(Term::from_field_text(w.parts, word), 0, false),
                0.5,
            ));
        }
    }
    // A typo is corrected in a finished word that the index does not hold in
    // any form (a word still being typed is matched as a prefix instead).
    if len >= FUZZY_MIN && !as_prefix && !present {
        any.push(boosted(
            FuzzyTermQuery::new(Term::from_field_text(f.title_exact, word), 1, true),
            1.0,
        ));
        for w in words {
            any.push(boosted(
                FuzzyTermQuery::new(Term::from_field_text(w.body_exact, word), 1, true),
                0.4,
            ));
        }
    }
    Box::new(BooleanQuery::union(any))
}

fn phrase_query(f: &Fields, words: &[Words], phrase_words: &[String]) -> Box<dyn Query> {
    let phrase = |field| {
        let terms = phrase_words
            .iter()
            .map(|w| Term::from_field_text(field, w))
            .collect::<Vec<_>>();
        Box::new(PhraseQuery::new(terms)) as Box<dyn Query>
    };
    let mut any = vec![boosted(
        BooleanQuery::union(vec![phrase(f.title_exact)]),
        3.0,
    )];
    any.extend(words.iter().map(|w| phrase(w.body_exact)));
    Box::new(BooleanQuery::union(any))
}

/// Which documents may be returned, beside the words.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    /// The viewer's principals; `None` for those who may see everything. A
    /// document passes with any of these or of `shared_principals`.
    pub principals: Option<Vec<String>>,
    /// Principals many viewers have alike (every member's public spaces and
    /// groups): their filter is worked out once and kept. Only counts when
    /// `principals` is set.
    pub shared_principals: Vec<String>,
    pub kinds: Vec<String>,
    pub space: Option<String>,
    pub author: Option<String>,
    /// Created at or after (unix ms).
    pub from: Option<i64>,
    /// Created before (unix ms).
    pub to: Option<i64>,
}

/// Whether the index holds a term at all.
pub(crate) type Known<'a> = &'a dyn Fn(&Term) -> bool;

/// The whole query: the words (the last one as a prefix when typing) under the
/// filters.
pub(crate) fn build(
    f: &Fields,
    cache: &Arc<FilterCache>,
    parsed: &Parsed,
    filters: &Filters,
    typing: bool,
    known: Known<'_>,
) -> Box<dyn Query> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let words = f.words_for(&filters.kinds);
    let last = parsed.words.len().saturating_sub(1);
    for (i, w) in parsed.words.iter().enumerate() {
        clauses.push((
            Occur::Must,
            word_query(f, &words, w, typing && i == last, known),
        ));
    }
    for p in &parsed.phrases {
        clauses.push((Occur::Must, phrase_query(f, &words, p)));
    }
    for w in &parsed.excluded {
        let mut any = vec![term_query(f.title_exact, w, 1.0)];
        any.extend(words.iter().map(|g| term_query(g.body_exact, w, 1.0)));
        clauses.push((Occur::MustNot, Box::new(BooleanQuery::union(any))));
    }
    filter_clauses(f, cache, filters, &mut clauses);
    Box::new(BooleanQuery::new(clauses))
}

/// A clause that narrows without scoring.
fn filter(q: impl Query) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(Box::new(q), 0.0))
}

/// The filters alone, as clauses that do not score.
pub(crate) fn filter_clauses(
    f: &Fields,
    cache: &Arc<FilterCache>,
    filters: &Filters,
    clauses: &mut Vec<(Occur, Box<dyn Query>)>,
) {
    if let Some(own) = &filters.principals {
        clauses.push((
            Occur::Must,
            filter(CachedTermSet::new(
                f.principals,
                &[&filters.shared_principals, own],
                cache.clone(),
            )),
        ));
    }
    if !filters.kinds.is_empty() {
        clauses.push((
            Occur::Must,
            filter(CachedTermSet::new(f.kind, &[&filters.kinds], cache.clone())),
        ));
    }
    if let Some(space) = &filters.space {
        clauses.push((
            Occur::Must,
            filter(TermQuery::new(
                Term::from_field_text(f.space, space),
                IndexRecordOption::Basic,
            )),
        ));
    }
    if let Some(author) = &filters.author {
        clauses.push((
            Occur::Must,
            filter(TermQuery::new(
                Term::from_field_text(f.author, author),
                IndexRecordOption::Basic,
            )),
        ));
    }
    if filters.from.is_some() || filters.to.is_some() {
        let bound = |v: Option<i64>, incl: bool| match v {
            Some(v) if incl => Bound::Included(Term::from_field_i64(f.created_at, v)),
            Some(v) => Bound::Excluded(Term::from_field_i64(f.created_at, v)),
            None => Bound::Unbounded,
        };
        clauses.push((
            Occur::Must,
            filter(RangeQuery::new(
                bound(filters.from, true),
                bound(filters.to, false),
            )),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn syntax_characters_are_separators_not_errors() {
        let p = parse(r#"työ:terv* (huolto) "oma "#);
        assert_eq!(p.words, words(&["työ", "terv", "huolto", "oma"]));
        assert!(parse(r#"" * : ( - ""#).is_empty());
    }

    #[test]
    fn quotes_make_phrases_and_a_leading_minus_excludes() {
        let p = parse(r#""annual leave" policy -draft"#);
        assert_eq!(p.phrases, vec![words(&["annual", "leave"])]);
        assert_eq!(p.words, words(&["policy"]));
        assert_eq!(p.excluded, words(&["draft"]));
    }

    #[test]
    fn a_huge_query_keeps_its_first_words() {
        let text = "sana ".repeat(2_000);
        assert_eq!(parse(&text).words.len(), MAX_WORDS);
    }
}

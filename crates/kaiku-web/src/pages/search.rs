//! The search results page and the header box's as-you-type suggestions.

use crate::extract::Query;
use askama::Template;
use axum::response::Response;
use kaiku_domain::DomainError;
use kaiku_domain::search::{
    SearchItem, SearchPage, SearchQuery, Suggestions, parse_day, parse_sort,
};
use serde::Deserialize;

use crate::ctx::Member;
use crate::error::PageError;
use crate::views::{Page, form_errors, render, render_invalid};

/// The results page's address: the query and every narrowing choice.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub(crate) struct SearchForm {
    q: String,
    #[serde(rename = "type")]
    kind: String,
    space: String,
    author: String,
    age: String,
    from: String,
    to: String,
    sort: String,
    cursor: String,
}

impl SearchForm {
    fn pairs(&self) -> Vec<(&'static str, &str)> {
        [
            ("q", self.q.as_str()),
            ("type", self.kind.as_str()),
            ("space", self.space.as_str()),
            ("author", self.author.as_str()),
            ("age", self.age.as_str()),
            ("from", self.from.as_str()),
            ("to", self.to.as_str()),
            ("sort", self.sort.as_str()),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .collect()
    }

    /// This search with one choice changed (`""` removes it), from the first page.
    fn with(&self, key: &str, value: &str) -> String {
        let mut pairs: Vec<(&str, &str)> = self
            .pairs()
            .into_iter()
            .filter(|(k, _)| *k != key)
            .collect();
        // A date range and an age bucket are two ways to say the same thing.
        if key == "age" {
            pairs.retain(|(k, _)| *k != "from" && *k != "to");
        }
        if !value.is_empty() {
            pairs.push((key, value));
        }
        format!(
            "/search?{}",
            serde_urlencoded::to_string(pairs).unwrap_or_default()
        )
    }

    fn next(&self, cursor: &str) -> String {
        let mut pairs = self.pairs();
        pairs.push(("cursor", cursor));
        format!(
            "/search?{}",
            serde_urlencoded::to_string(pairs).unwrap_or_default()
        )
    }

    /// The choices kept as hidden fields by the date-range form.
    fn kept_for_dates(&self) -> Vec<(&'static str, &str)> {
        self.pairs()
            .into_iter()
            .filter(|(k, _)| !matches!(*k, "from" | "to" | "age"))
            .collect()
    }

    fn narrowed(&self) -> bool {
        [
            &self.kind,
            &self.space,
            &self.author,
            &self.age,
            &self.from,
            &self.to,
        ]
        .iter()
        .any(|v| !v.is_empty())
    }
}

/// One choice in a facet: its label and count, and the address that applies it
/// (or, when it is applied, removes it).
pub(crate) struct FacetLink {
    label: String,
    count: u64,
    href: String,
    selected: bool,
}

/// A group of facet choices.
pub(crate) struct FacetGroup {
    title: String,
    links: Vec<FacetLink>,
    /// Set when one is applied: the address without it.
    clear: Option<String>,
}

#[derive(Template)]
#[template(path = "pages/search.html")]
struct ResultsTemplate {
    p: Page,
    q: SearchForm,
    searched: bool,
    error: Option<String>,
    page: SearchPage,
    facets: Vec<FacetGroup>,
    did_you_mean: Option<(String, String)>,
    relevance_href: String,
    newest_href: String,
    newest: bool,
    next: Option<String>,
    from_value: String,
    to_value: String,
    kept: Vec<(&'static str, String)>,
    /// The choices the main form keeps when the words change.
    kept_query: Vec<(&'static str, String)>,
    narrowed: bool,
    clear_all: String,
}

impl ResultsTemplate {
    fn kind_label(&self, kind: &str) -> String {
        self.p.t(kind_key(kind))
    }

    fn kind_icon(&self, kind: &str) -> &'static str {
        kind_icon(kind)
    }
}

fn kind_key(kind: &str) -> &'static str {
    match kind {
        "post" => "search-kind-post",
        "comment" => "search-kind-comment",
        "wiki" => "search-kind-wiki",
        "space" => "search-kind-space",
        "person" => "search-kind-person",
        _ => "search-kind-topic",
    }
}

fn kind_plural_key(kind: &str) -> &'static str {
    match kind {
        "post" => "search-kinds-post",
        "comment" => "search-kinds-comment",
        "wiki" => "search-kinds-wiki",
        "space" => "search-kinds-space",
        "person" => "search-kinds-person",
        _ => "search-kinds-topic",
    }
}

fn kind_icon(kind: &str) -> &'static str {
    crate::icons::icon(match kind {
        "post" => "message",
        "comment" => "reply",
        "wiki" => "page",
        "space" => "grid",
        "person" => "user",
        _ => "hash",
    })
}

fn age_key(age: &str) -> &'static str {
    match age {
        "day" => "search-age-day",
        "week" => "search-age-week",
        "month" => "search-age-month",
        "year" => "search-age-year",
        _ => "search-age-older",
    }
}

fn facet_groups(p: &Page, q: &SearchForm, page: &SearchPage) -> Vec<FacetGroup> {
    let f = &page.facets;
    let group = |title: &str, key: &str, current: &str, items: Vec<(String, String, u64)>| {
        let links: Vec<FacetLink> = items
            .into_iter()
            .filter(|(_, _, n)| *n > 0)
            .map(|(value, label, count)| {
                let selected = value == current;
                FacetLink {
                    label,
                    count,
                    href: q.with(key, if selected { "" } else { &value }),
                    selected,
                }
            })
            .collect();
        FacetGroup {
            title: p.t(title),
            clear: (!current.is_empty()).then(|| q.with(key, "")),
            links,
        }
    };
    let kinds = f
        .kinds
        .iter()
        .map(|(k, n)| (k.clone(), p.t(kind_plural_key(k)), *n))
        .collect();
    let ages = f
        .ages
        .iter()
        .map(|(a, n)| ((*a).to_owned(), p.t(age_key(a)), *n))
        .collect();
    vec![
        group("search-facet-type", "type", &q.kind, kinds),
        group("search-facet-space", "space", &q.space, f.spaces.clone()),
        group(
            "search-facet-author",
            "author",
            &q.author,
            f.authors.clone(),
        ),
        group("search-facet-date", "age", &q.age, ages),
    ]
    .into_iter()
    .filter(|g| !g.links.is_empty() || g.clear.is_some())
    .collect()
}

fn query_of(f: &SearchForm) -> Result<SearchQuery, DomainError> {
    let newest = parse_sort(&f.sort)?;
    let some = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    Ok(SearchQuery {
        text: f.q.clone(),
        kind: some(&f.kind),
        space: some(&f.space),
        author: some(&f.author),
        from: parse_day("from", &f.from, false)?,
        to: parse_day("to", &f.to, true)?,
        age: some(&f.age),
        newest,
        cursor: some(&f.cursor),
        limit: 20,
        typing: false,
    })
}

/// `GET /search`: everything the viewer may see that matches, with facets.
pub(crate) async fn results(
    Member(ctx): Member,
    Query(f): Query<SearchForm>,
) -> Result<Response, PageError> {
    let searched = !f.q.trim().is_empty();
    let title = if searched {
        ctx.tr.t1("search-title-for", "query", f.q.trim())
    } else {
        ctx.tr.t("search-title")
    };
    let mut p = ctx.page(title, "search");
    p.search = f.q.clone();
    let outcome = match query_of(&f) {
        Ok(query) if searched => ctx.state.services.search(&ctx.viewer, query).await,
        Ok(_) => Ok(SearchPage::default()),
        Err(e) => Err(e),
    };
    let (page, error) = match outcome {
        Ok(page) => (page, None),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            let first = [
                "q", "type", "space", "age", "from", "to", "sort", "cursor", "form",
            ]
            .iter()
            .find_map(|k| errs.get(k).cloned());
            (SearchPage::default(), Some(first.unwrap_or_default()))
        }
    };
    let facets = facet_groups(&p, &f, &page);
    let did_you_mean = page.did_you_mean.clone().map(|d| (f.with("q", &d), d));
    let next = page.next_cursor.as_deref().map(|c| f.next(c));
    let invalid = error.is_some();
    let t = ResultsTemplate {
        searched,
        error,
        facets,
        did_you_mean,
        relevance_href: f.with("sort", ""),
        newest_href: f.with("sort", "newest"),
        newest: f.sort == "newest",
        next,
        from_value: f.from.clone(),
        to_value: f.to.clone(),
        kept: f
            .kept_for_dates()
            .into_iter()
            .map(|(k, v)| (k, v.to_owned()))
            .collect(),
        kept_query: f
            .pairs()
            .into_iter()
            .filter(|(k, _)| *k != "q")
            .map(|(k, v)| (k, v.to_owned()))
            .collect(),
        narrowed: f.narrowed(),
        clear_all: format!(
            "/search?{}",
            serde_urlencoded::to_string([("q", f.q.as_str())]).unwrap_or_default()
        ),
        page,
        q: f,
        p,
    };
    Ok(if invalid {
        render_invalid(&t)
    } else {
        render(&t)
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct SuggestQuery {
    q: String,
}

#[derive(Template)]
#[template(path = "partials/search_suggest.html")]
struct SuggestTemplate {
    p: Page,
    q: String,
    all_href: String,
    groups: Vec<(String, Vec<SearchItem>)>,
}

impl SuggestTemplate {
    fn kind_icon(&self, kind: &str) -> &'static str {
        kind_icon(kind)
    }
}

/// `GET /search/suggest?q=`: the header box's suggestions, as an HTML fragment.
pub(crate) async fn suggest(
    Member(ctx): Member,
    Query(s): Query<SuggestQuery>,
) -> Result<Response, PageError> {
    let found = match ctx.state.services.suggest(&ctx.viewer, &s.q).await {
        Ok(found) => found,
        // Too long to suggest for: the full search will say so.
        Err(DomainError::Invalid(_)) => Suggestions::default(),
        Err(e) => return Err(e.into()),
    };
    let Suggestions {
        people,
        spaces,
        topics,
        pages,
        content,
    } = found;
    let groups = [
        ("search-kinds-person", people),
        ("search-kinds-space", spaces),
        ("search-kinds-topic", topics),
        ("search-kinds-wiki", pages),
        ("search-suggest-content", content),
    ]
    .into_iter()
    .filter(|(_, items)| !items.is_empty())
    .map(|(key, items)| (ctx.tr.t(key), items))
    .collect();
    let q = s.q.trim().to_owned();
    Ok(render(&SuggestTemplate {
        p: ctx.page(String::new(), "search"),
        all_href: format!(
            "/search?{}",
            serde_urlencoded::to_string([("q", q.as_str())]).unwrap_or_default()
        ),
        q,
        groups,
    }))
}

//! Search in the API: one query over posts, comments, spaces, people and topics,
//! filtered to what the caller may see.

use axum::Json;
use axum::extract::State;
use kaiku_domain::DomainError;
use kaiku_domain::search::{SearchItem, SearchQuery, parse_day, parse_sort};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::ApiCaller;
use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::ApiQuery;

/// What to search for.
#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub(crate) struct SearchParams {
    /// The words; `"…"` for a phrase, `-word` to exclude. At most 500 characters.
    q: String,
    /// `post`, `comment`, `space`, `person` or `topic`.
    #[serde(rename = "type")]
    kind: Option<String>,
    /// Only in this space (id).
    space: Option<String>,
    /// Only by this person (id).
    author: Option<String>,
    /// Created on or after this day (`YYYY-MM-DD`, UTC).
    from: Option<String>,
    /// Created before the end of this day (`YYYY-MM-DD`, UTC).
    to: Option<String>,
    /// `relevance` (default) or `newest`.
    sort: Option<String>,
    cursor: Option<String>,
    /// 1–100, default 20 (at most 50 are returned).
    limit: Option<usize>,
}

/// One thing found.
#[derive(Serialize, ToSchema)]
pub(crate) struct SearchItemBody {
    #[serde(rename = "type")]
    kind: &'static str,
    id: String,
    title: String,
    /// HTML: escaped text with the matching words in `<mark>`.
    snippet: String,
    url: String,
    space_name: Option<String>,
    author_name: Option<String>,
    created_at: Option<String>,
}

/// A count under one facet value.
#[derive(Serialize, ToSchema)]
pub(crate) struct FacetCount {
    value: String,
    label: String,
    count: u64,
}

/// Counts of everything the query matches that the caller may see.
#[derive(Serialize, ToSchema)]
pub(crate) struct SearchFacetsBody {
    #[serde(rename = "type")]
    kinds: Vec<FacetCount>,
    space: Vec<FacetCount>,
    author: Vec<FacetCount>,
    /// `day`, `week`, `month`, `year`, `older`.
    age: Vec<FacetCount>,
}

/// A page of results.
#[derive(Serialize, ToSchema)]
pub(crate) struct SearchResults {
    items: Vec<SearchItemBody>,
    total: usize,
    next_cursor: Option<String>,
    facets: SearchFacetsBody,
    did_you_mean: Option<String>,
    /// The index is still being built; results may be incomplete.
    indexing: bool,
}

fn item(i: SearchItem) -> SearchItemBody {
    SearchItemBody {
        kind: i.kind,
        id: i.id,
        title: i.title,
        snippet: i.snippet,
        url: i.url,
        space_name: i.space_name,
        author_name: i.author_name,
        created_at: (i.created_at > 0).then(|| super::posts::rfc3339(i.created_at)),
    }
}

/// Searches posts, comments, spaces, people and topics the caller may see.
#[utoipa::path(get, path = "/api/v1/search", tag = "search", params(SearchParams),
    responses((status = 200, body = SearchResults),
        (status = 400, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn search(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiQuery(p): ApiQuery<SearchParams>,
) -> Result<Json<SearchResults>, ApiError> {
    let problem = caller.problem();
    let limit = p.limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return Err(problem(DomainError::invalid("limit", "error-limit-range")));
    }
    let newest = parse_sort(p.sort.as_deref().unwrap_or("")).map_err(&problem)?;
    let query = SearchQuery {
        text: p.q,
        kind: p.kind,
        space: p.space,
        author: p.author,
        from: parse_day("from", p.from.as_deref().unwrap_or(""), false).map_err(&problem)?,
        to: parse_day("to", p.to.as_deref().unwrap_or(""), true).map_err(&problem)?,
        age: None,
        newest,
        cursor: p.cursor,
        limit,
        typing: false,
    };
    let page = state
        .services
        .search(&caller.viewer, query)
        .await
        .map_err(&problem)?;
    let counts = |v: Vec<(String, String, u64)>| {
        v.into_iter()
            .map(|(value, label, count)| FacetCount {
                value,
                label,
                count,
            })
            .collect()
    };
    let f = page.facets;
    Ok(Json(SearchResults {
        items: page.items.into_iter().map(item).collect(),
        total: page.total,
        next_cursor: page.next_cursor,
        facets: SearchFacetsBody {
            kinds: f
                .kinds
                .into_iter()
                .map(|(k, count)| FacetCount {
                    label: k.clone(),
                    value: k,
                    count,
                })
                .collect(),
            space: counts(f.spaces),
            author: counts(f.authors),
            age: f
                .ages
                .into_iter()
                .map(|(a, count)| FacetCount {
                    value: a.to_owned(),
                    label: a.to_owned(),
                    count,
                })
                .collect(),
        },
        did_you_mean: page.did_you_mean,
        indexing: page.indexing,
    }))
}

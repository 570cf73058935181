//! Search over everything a viewer may see. The index is a per-node cache fed by
//! the [`SearchWorker`]; a query is filtered by the viewer's principals, worked
//! out now from the database, and every hit is checked again against the current
//! rows before it is shown.

mod documents;
mod indexer;
mod reach;
mod results;
mod suggest;

use std::path::Path;
use std::sync::Arc;

use kaiku_search::{Age, Filters, Request, SearchIndex, Sort};
use kaiku_store::spaces;

pub use indexer::SearchWorker;
pub use suggest::Suggestions;

use crate::{DomainError, Result, Services, Viewer};
use reach::Reach;

/// Longest query accepted, in characters.
pub const QUERY_MAX: usize = 500;
/// The kinds a search can be narrowed to.
pub const KINDS: [&str; 6] = ["post", "comment", "wiki", "space", "person", "topic"];

/// What to look for.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    pub text: String,
    pub kind: Option<String>,
    pub space: Option<String>,
    pub author: Option<String>,
    /// Created at or after / before (unix ms).
    pub from: Option<i64>,
    pub to: Option<i64>,
    pub age: Option<String>,
    pub newest: bool,
    pub cursor: Option<String>,
    pub limit: usize,
    /// Still typing: the last word is a prefix, and no facets are counted.
    pub typing: bool,
}

/// One thing found.
#[derive(Debug, Clone)]
pub struct SearchItem {
    pub kind: &'static str,
    pub id: String,
    pub title: String,
    /// Safe HTML with the matching words in `<mark>`.
    pub snippet: String,
    pub url: String,
    pub space_name: Option<String>,
    pub author_name: Option<String>,
    pub created_at: i64,
}

/// Counts of what matched.
#[derive(Debug, Clone, Default)]
pub struct SearchFacets {
    pub kinds: Vec<(String, u64)>,
    /// `(space id, name, count)`.
    pub spaces: Vec<(String, String, u64)>,
    /// `(person id, name, count)`.
    pub authors: Vec<(String, String, u64)>,
    pub ages: Vec<(&'static str, u64)>,
}

/// A page of results.
#[derive(Debug, Clone, Default)]
pub struct SearchPage {
    pub items: Vec<SearchItem>,
    pub total: usize,
    pub next_cursor: Option<String>,
    pub facets: SearchFacets,
    /// A query that finds something, when this one found nothing.
    pub did_you_mean: Option<String>,
    /// The index is still being built: results may be incomplete.
    pub indexing: bool,
}

/// A node's index: whether it is built, and how big.
#[derive(Debug, Clone, Copy)]
pub struct SearchStatus {
    /// Built and following the outbox (not in a rebuild).
    pub ready: bool,
    pub documents: u64,
    pub bytes: u64,
}

impl Services {
    /// Opens this node's index in `dir` (the server does; command-line tools do
    /// not, so they never contend for it). Fails if another process holds it.
    pub fn open_search(&self, dir: &Path) -> Result<()> {
        let index = SearchIndex::open(dir).map_err(|e| DomainError::Internal(e.to_string()))?;
        let _ = self.inner.search.set(Arc::new(index));
        Ok(())
    }

    pub(crate) fn search_index(&self) -> Option<Arc<SearchIndex>> {
        self.inner.search.get().cloned()
    }

    /// Asks every node to rebuild its index from the database (system only).
    pub async fn request_reindex(&self, viewer: &Viewer) -> Result<()> {
        if viewer.kind != crate::ViewerKind::System {
            return Err(DomainError::Forbidden);
        }
        let generation = crate::secrets::new_id();
        kaiku_store::server_keys::set(self.db(), indexer::GENERATION_KEY, &generation, self.now())
            .await?;
        Ok(())
    }

    /// How this node's index stands (for metrics and the benchmark); `None`
    /// when this process does not search.
    pub fn search_status(&self) -> Option<SearchStatus> {
        let index = self.search_index()?;
        let stats = index.stats();
        Some(SearchStatus {
            ready: index.payload().ok().flatten().is_some(),
            documents: stats.documents,
            bytes: stats.bytes,
        })
    }

    fn running_index(&self) -> Result<Arc<SearchIndex>> {
        self.search_index()
            .ok_or_else(|| DomainError::Internal("search is not running on this node".into()))
    }

    /// Runs a search in the index on a blocking thread, at most one per core at
    /// a time. A search is pure CPU work: more at once would not finish sooner,
    /// but each would hold its own working memory on its own thread, and
    /// together they would crowd out the requests that only read the database.
    pub(super) async fn on_index<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> kaiku_search::Result<T> + Send + 'static,
    ) -> Result<T> {
        let turn = self
            .inner
            .searching
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| DomainError::Internal(e.to_string()))?;
        // The turn ends with the work, not with the request: a visitor who
        // leaves mid-search does not let another search start beside it.
        tokio::task::spawn_blocking(move || {
            let _turn = turn;
            work()
        })
        .await
        .map_err(|e| DomainError::Internal(e.to_string()))?
        .map_err(|e| DomainError::Internal(e.to_string()))
    }

    /// Searches everything the viewer may see.
    pub async fn search(&self, viewer: &Viewer, q: SearchQuery) -> Result<SearchPage> {
        let reach = Reach::of(self, viewer).await?;
        let index = self.running_index()?;
        let (filters, offset, limit) = self.check_query(&q, &reach).await?;
        let parsed = kaiku_search::parse(&q.text);
        let req = Request {
            query: parsed.clone(),
            filters,
            sort: if q.newest {
                Sort::Newest
            } else {
                Sort::Relevance
            },
            offset,
            // A few more than shown, for those the recheck drops.
            limit: limit + 5,
            typing: q.typing,
            facets: !q.typing,
            now: self.now(),
        };
        let ix = index.clone();
        let mut found = self.on_index(move || ix.search(&req)).await?;
        let words: Vec<String> = parsed.all_words().cloned().collect();
        let counts = found.facets.take();
        let facets = async {
            match counts {
                Some(f) => self.name_facets(&reach, f).await,
                None => Ok(SearchFacets::default()),
            }
        };
        let (mut items, facets) =
            tokio::try_join!(self.visible_items(&reach, &found.hits, &words), facets)?;
        let more = found.total > offset + limit;
        items.truncate(limit);
        let did_you_mean = if found.total == 0 && !q.typing {
            self.did_you_mean(&index, &parsed, &reach).await?
        } else {
            None
        };
        Ok(SearchPage {
            items,
            total: found.total,
            next_cursor: more.then(|| (offset + limit).to_string()),
            facets,
            did_you_mean,
            indexing: index.payload().ok().flatten().is_none(),
        })
    }

    async fn check_query(&self, q: &SearchQuery, reach: &Reach) -> Result<(Filters, usize, usize)> {
        if q.text.chars().count() > QUERY_MAX {
            return Err(DomainError::invalid("q", "error-search-too-long"));
        }
        let mut f = reach.filters();
        if let Some(k) = q.kind.as_deref().filter(|k| !k.is_empty()) {
            if !KINDS.contains(&k) {
                return Err(DomainError::invalid("type", "error-search-type"));
            }
            f.kinds = vec![k.to_owned()];
        }
        if let Some(s) = q.space.as_deref().filter(|s| !s.is_empty()) {
            if !reach.may_filter_by_space(s) || spaces::get(self.db(), s).await?.is_none() {
                return Err(DomainError::invalid("space", "error-search-space"));
            }
            f.space = Some(s.to_owned());
        }
        f.author = q.author.clone().filter(|a| !a.is_empty());
        f.from = q.from;
        f.to = q.to;
        if let Some(a) = q.age.as_deref().filter(|a| !a.is_empty()) {
            let age = Age::parse(a).ok_or(DomainError::invalid("age", "error-search-age"))?;
            (f.from, f.to) = age.span(self.now());
        }
        if let (Some(from), Some(to)) = (f.from, f.to)
            && from >= to
        {
            return Err(DomainError::invalid("to", "error-search-dates"));
        }
        let offset = match q.cursor.as_deref().filter(|c| !c.is_empty()) {
            None => 0,
            Some(c) => c
                .parse::<usize>()
                .ok()
                .filter(|o| *o <= 1_000)
                .ok_or(DomainError::invalid("cursor", "error-cursor-invalid"))?,
        };
        Ok((f, offset, q.limit.clamp(1, 50)))
    }

    /// Replaces each word that matches nothing with the commonest indexed word
    /// near it, and offers the result only if it finds something the viewer may
    /// see (so a suggestion never reveals a word from elsewhere).
    async fn did_you_mean(
        &self,
        index: &Arc<SearchIndex>,
        parsed: &kaiku_search::Parsed,
        reach: &Reach,
    ) -> Result<Option<String>> {
        if parsed.words.is_empty() {
            return Ok(None);
        }
        let ix = index.clone();
        let parsed = parsed.clone();
        let access = reach.filters();
        let now = self.now();
        self.on_index(move || -> kaiku_search::Result<Option<String>> {
            let mut words = parsed.words.clone();
            let mut changed = false;
            for w in words.iter_mut() {
                if w.chars().count() < 3 {
                    continue;
                }
                if let Some(better) = ix.similar_words(w, 1)?.into_iter().next() {
                    *w = better;
                    changed = true;
                }
            }
            if !changed {
                return Ok(None);
            }
            let text = words.join(" ");
            let found = ix.search(&Request {
                query: kaiku_search::parse(&text),
                filters: access,
                limit: 1,
                now,
                ..Request::default()
            })?;
            Ok((found.total > 0).then_some(text))
        })
        .await
    }
}

/// The sort order by name: `relevance` (or nothing) or `newest`; true for newest.
pub fn parse_sort(v: &str) -> Result<bool> {
    match v {
        "" | "relevance" => Ok(false),
        "newest" => Ok(true),
        _ => Err(DomainError::invalid("sort", "error-choice-invalid")),
    }
}

/// A calendar day (`YYYY-MM-DD`, UTC) as unix ms: its start, or with `end` the
/// start of the next day, so `from`..`to` covers both days whole.
pub fn parse_day(field: &'static str, v: &str, end: bool) -> Result<Option<i64>> {
    let v = v.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let date = time::Date::parse(v, &format)
        .map_err(|_| DomainError::invalid(field, "error-date-invalid"))?;
    let date = if end {
        date.next_day().unwrap_or(date)
    } else {
        date
    };
    Ok(Some(date.midnight().assume_utc().unix_timestamp() * 1000))
}

//! Search over everything a viewer may see. The index is a per-node cache fed by
//! the [`SearchWorker`]; a query is filtered by the viewer's principals, worked
//! out now from the database, and every hit is checked again against the current
//! rows before it is shown.

mod documents;
mod indexer;

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

use kaiku_search::{Age, Filters, Request, SearchIndex, Sort};
use kaiku_store::search_source as source;
use kaiku_store::spaces;

pub use indexer::SearchWorker;

use crate::viewer::Role;
use crate::{DomainError, Result, Services, Viewer};

/// Longest query accepted, in characters.
pub const QUERY_MAX: usize = 500;
/// The kinds a search can be narrowed to.
pub const KINDS: [&str; 5] = ["post", "comment", "space", "person", "topic"];

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

    /// The viewer's principals: `None` for administrators, who find everything.
    async fn principals(&self, viewer: &Viewer) -> Result<Option<HashSet<String>>> {
        let acc = viewer.require()?;
        if acc.role == Role::Admin {
            return Ok(None);
        }
        let db = self.db();
        let mut p: HashSet<String> = spaces::space_ids_of(db, &acc.id)
            .await?
            .into_iter()
            .map(|s| format!("s:{s}"))
            .collect();
        if acc.role == Role::Guest {
            p.extend(
                source::co_member_ids(db, &acc.id)
                    .await?
                    .into_iter()
                    .map(|u| format!("u:{u}")),
            );
            p.insert(format!("u:{}", acc.id));
        } else {
            p.extend(
                source::public_space_ids(db)
                    .await?
                    .into_iter()
                    .map(|s| format!("s:{s}")),
            );
            for g in ["listed", "people", "profiles"] {
                p.insert(g.to_owned());
            }
        }
        Ok(Some(p))
    }

    /// Searches everything the viewer may see.
    pub async fn search(&self, viewer: &Viewer, q: SearchQuery) -> Result<SearchPage> {
        let principals = self.principals(viewer).await?;
        let Some(index) = self.search_index() else {
            return Err(DomainError::Internal(
                "search is not running on this node".into(),
            ));
        };
        let (filters, offset, limit) = self.check_query(&q, &principals).await?;
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
        let found = tokio::task::spawn_blocking(move || ix.search(&req))
            .await
            .map_err(|e| DomainError::Internal(e.to_string()))?
            .map_err(|e| DomainError::Internal(e.to_string()))?;
        let words: Vec<String> = parsed.all_words().cloned().collect();
        let mut items = self.visible_items(&principals, &found.hits, &words).await?;
        let more = found.total > offset + limit;
        items.truncate(limit);
        let facets = match found.facets {
            Some(f) => self.name_facets(f).await?,
            None => SearchFacets::default(),
        };
        let did_you_mean = if found.total == 0 && !q.typing {
            self.did_you_mean(&index, &parsed, &principals).await?
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

    async fn check_query(
        &self,
        q: &SearchQuery,
        principals: &Option<HashSet<String>>,
    ) -> Result<(Filters, usize, usize)> {
        if q.text.chars().count() > QUERY_MAX {
            return Err(DomainError::invalid("q", "error-search-too-long"));
        }
        let mut f = Filters {
            principals: principals.as_ref().map(|p| p.iter().cloned().collect()),
            ..Filters::default()
        };
        if let Some(k) = q.kind.as_deref().filter(|k| !k.is_empty()) {
            if !KINDS.contains(&k) {
                return Err(DomainError::invalid("type", "error-search-type"));
            }
            f.kinds = vec![k.to_owned()];
        }
        if let Some(s) = q.space.as_deref().filter(|s| !s.is_empty()) {
            let visible = match principals {
                None => spaces::get(self.db(), s).await?.is_some(),
                Some(p) => p.contains(&format!("s:{s}")),
            };
            if !visible {
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

    /// Loads the hits' current rows and keeps those the viewer may see now.
    async fn visible_items(
        &self,
        principals: &Option<HashSet<String>>,
        hits: &[kaiku_search::Hit],
        words: &[String],
    ) -> Result<Vec<SearchItem>> {
        let may = |p: &str| principals.as_ref().is_none_or(|set| set.contains(p));
        let ids = |kind: &str| -> Vec<String> {
            hits.iter()
                .filter(|h| h.kind == kind)
                .map(|h| h.id.clone())
                .collect()
        };
        let db = self.db();
        let posts = source::posts(db, &ids("post")).await?;
        let comments = source::comments(db, &ids("comment")).await?;
        let spaces_found = source::spaces(db, &ids("space")).await?;
        let people = source::people(db, &ids("person")).await?;
        let mut out = Vec::new();
        for h in hits {
            let item = match h.kind.as_str() {
                "post" => posts
                    .iter()
                    .find(|p| p.id == h.id)
                    .filter(|p| may(&documents::readers(p.space_id.as_deref())))
                    .map(|p| SearchItem {
                        kind: "post",
                        id: p.id.clone(),
                        title: p.author_name.clone(),
                        snippet: kaiku_search::snippet(&p.body, words),
                        url: format!("/posts/{}", p.id),
                        space_name: p.space_name.clone(),
                        author_name: Some(p.author_name.clone()),
                        created_at: p.created_at,
                    }),
                "comment" => comments
                    .iter()
                    .find(|c| c.id == h.id)
                    .filter(|c| may(&documents::readers(c.space_id.as_deref())))
                    .map(|c| SearchItem {
                        kind: "comment",
                        id: c.id.clone(),
                        title: c.author_name.clone(),
                        snippet: kaiku_search::snippet(&c.body, words),
                        url: format!("/posts/{}#comment-{}", c.post_id, c.id),
                        space_name: c.space_name.clone(),
                        author_name: Some(c.author_name.clone()),
                        created_at: c.created_at,
                    }),
                "space" => spaces_found
                    .iter()
                    .find(|s| s.id == h.id)
                    .filter(|s| {
                        may(&format!("s:{}", s.id)) || (s.visibility != "secret" && may("listed"))
                    })
                    .map(|s| SearchItem {
                        kind: "space",
                        id: s.id.clone(),
                        title: s.name.clone(),
                        snippet: kaiku_search::snippet(&s.description, words),
                        url: format!("/s/{}", s.slug),
                        space_name: None,
                        author_name: None,
                        created_at: s.created_at,
                    }),
                "person" => people
                    .iter()
                    .find(|p| p.id == h.id)
                    .filter(|p| p.active && (may("people") || may(&format!("u:{}", p.id))))
                    .map(|p| SearchItem {
                        kind: "person",
                        id: p.id.clone(),
                        title: p.display_name.clone(),
                        snippet: kaiku_search::snippet(
                            &[p.title.as_deref(), p.unit_name.as_deref()]
                                .into_iter()
                                .flatten()
                                .collect::<Vec<_>>()
                                .join(" · "),
                            words,
                        ),
                        url: format!("/people/{}", p.id),
                        space_name: None,
                        author_name: None,
                        created_at: p.created_at,
                    }),
                "topic" => {
                    // Found only where a visible post carries it (the index's
                    // principals say so; the topic page checks each post).
                    Some(SearchItem {
                        kind: "topic",
                        id: h.id.clone(),
                        title: format!("#{}", h.id),
                        snippet: String::new(),
                        url: format!("/t/{}", h.id),
                        space_name: None,
                        author_name: None,
                        created_at: 0,
                    })
                }
                _ => None,
            };
            out.extend(item);
        }
        Ok(out)
    }

    async fn name_facets(&self, f: kaiku_search::Facets) -> Result<SearchFacets> {
        let db = self.db();
        let space_ids: Vec<String> = f.spaces.iter().map(|(s, _)| s.clone()).collect();
        let author_ids: Vec<String> = f.authors.iter().map(|(a, _)| a.clone()).collect();
        let space_rows = source::spaces(db, &space_ids).await?;
        let people = source::people(db, &author_ids).await?;
        Ok(SearchFacets {
            kinds: f.kinds,
            spaces: f
                .spaces
                .into_iter()
                .filter_map(|(id, n)| {
                    let name = space_rows.iter().find(|s| s.id == id)?.name.clone();
                    Some((id, name, n))
                })
                .collect(),
            authors: f
                .authors
                .into_iter()
                .filter_map(|(id, n)| {
                    let name = people.iter().find(|p| p.id == id)?.display_name.clone();
                    Some((id, name, n))
                })
                .collect(),
            ages: f.ages.into_iter().map(|(a, n)| (a.as_str(), n)).collect(),
        })
    }

    /// Replaces each word that matches nothing with the commonest indexed word
    /// near it, and offers the result only if it finds something the viewer may
    /// see (so a suggestion never reveals a word from elsewhere).
    async fn did_you_mean(
        &self,
        index: &Arc<SearchIndex>,
        parsed: &kaiku_search::Parsed,
        principals: &Option<HashSet<String>>,
    ) -> Result<Option<String>> {
        if parsed.words.is_empty() {
            return Ok(None);
        }
        let ix = index.clone();
        let parsed = parsed.clone();
        let principals: Option<Vec<String>> =
            principals.as_ref().map(|p| p.iter().cloned().collect());
        let now = self.now();
        tokio::task::spawn_blocking(move || -> kaiku_search::Result<Option<String>> {
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
                filters: Filters {
                    principals,
                    ..Filters::default()
                },
                limit: 1,
                now,
                ..Request::default()
            })?;
            Ok((found.total > 0).then_some(text))
        })
        .await
        .map_err(|e| DomainError::Internal(e.to_string()))?
        .map_err(|e| DomainError::Internal(e.to_string()))
    }
}

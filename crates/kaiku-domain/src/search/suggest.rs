//! As-you-type suggestions for the header's search box: the people, spaces and
//! topics whose names match, and the best few pieces of content.

use kaiku_search::{Filters, Request, Sort};

use super::reach::Reach;
use super::{QUERY_MAX, SearchItem};
use crate::{DomainError, Result, Services, Viewer};

/// Fewest characters worth suggesting for.
pub const SUGGEST_MIN_CHARS: usize = 2;
const NAMED_MAX: usize = 8;
const CONTENT_MAX: usize = 4;

/// What the search box offers while the viewer types.
#[derive(Debug, Clone, Default)]
pub struct Suggestions {
    pub people: Vec<SearchItem>,
    pub spaces: Vec<SearchItem>,
    pub topics: Vec<SearchItem>,
    /// Wiki pages, by title first.
    pub pages: Vec<SearchItem>,
    pub content: Vec<SearchItem>,
}

impl Suggestions {
    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
            && self.spaces.is_empty()
            && self.topics.is_empty()
            && self.pages.is_empty()
            && self.content.is_empty()
    }
}

impl Services {
    /// Suggestions for a query still being typed (the last word is a prefix).
    /// Fewer than two characters suggest nothing.
    pub async fn suggest(&self, viewer: &Viewer, text: &str) -> Result<Suggestions> {
        let reach = Reach::of(self, viewer).await?;
        if text.chars().count() > QUERY_MAX {
            return Err(DomainError::invalid("q", "error-search-too-long"));
        }
        if text.trim().chars().count() < SUGGEST_MIN_CHARS {
            return Ok(Suggestions::default());
        }
        let index = self.running_index()?;
        let parsed = kaiku_search::parse(text);
        let request = |kinds: &[&str], limit: usize| Request {
            query: parsed.clone(),
            filters: Filters {
                kinds: kinds.iter().map(|k| (*k).to_owned()).collect(),
                ..reach.filters()
            },
            sort: Sort::Relevance,
            offset: 0,
            // A few spare for those the recheck drops.
            limit: limit + 3,
            typing: true,
            facets: false,
            now: self.now(),
        };
        let named = request(&["person", "space", "topic"], NAMED_MAX);
        // Wiki pages are content found by their titles first: they rank among posts.
        let content = request(&["wiki", "post", "comment"], CONTENT_MAX);
        // The two lists are separate searches: on two cores, the box waits for
        // the slower one rather than for both in turn.
        let (ix, other) = (index.clone(), index);
        let (named, content) = tokio::try_join!(
            self.on_index(move || ix.search(&named)),
            self.on_index(move || other.search(&content)),
        )?;
        let words: Vec<String> = parsed.all_words().cloned().collect();
        // One recheck for both lists: one round of row loading.
        let hits: Vec<kaiku_search::Hit> = named.hits.into_iter().chain(content.hits).collect();
        let mut out = Suggestions::default();
        for item in self.visible_items(&reach, &hits, &words).await? {
            let (list, cap) = match item.kind {
                "person" => (&mut out.people, 4),
                "space" => (&mut out.spaces, 3),
                "topic" => (&mut out.topics, 3),
                "wiki" => (&mut out.pages, 3),
                _ => (&mut out.content, CONTENT_MAX),
            };
            if list.len() < cap {
                list.push(item);
            }
        }
        Ok(out)
    }
}

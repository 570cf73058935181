//! Counts of matching documents by kind, space, author and age, gathered in the
//! same pass as the hits (the counts only ever include what the viewer may find,
//! because they are taken under the same principal filter).

use std::collections::HashMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// How old a match is: within the last day, week, month or year (each
/// including the shorter ones), or older than a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Age {
    Day,
    Week,
    Month,
    Year,
    Older,
}

impl Age {
    /// Every bucket, newest first.
    pub const ALL: [Age; 5] = [Age::Day, Age::Week, Age::Month, Age::Year, Age::Older];

    /// Stable name (the API's and the page's parameter).
    pub fn as_str(self) -> &'static str {
        match self {
            Age::Day => "day",
            Age::Week => "week",
            Age::Month => "month",
            Age::Year => "year",
            Age::Older => "older",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Age> {
        Age::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// The bucket's span back from `now`, as `(from, to)` in unix ms.
    pub fn span(self, now: i64) -> (Option<i64>, Option<i64>) {
        const DAY: i64 = 86_400_000;
        let back = |days: i64| now - days * DAY;
        match self {
            Age::Day => (Some(back(1)), None),
            Age::Week => (Some(back(7)), None),
            Age::Month => (Some(back(30)), None),
            Age::Year => (Some(back(365)), None),
            Age::Older => (None, Some(back(365))),
        }
    }
}

/// The counts for one query.
#[derive(Debug, Clone, Default)]
pub struct Facets {
    pub kinds: Vec<(String, u64)>,
    pub spaces: Vec<(String, u64)>,
    pub authors: Vec<(String, u64)>,
    pub ages: Vec<(Age, u64)>,
}

pub(crate) struct FacetCollector {
    pub now: i64,
}

#[derive(Default)]
pub(crate) struct Counts {
    kinds: HashMap<String, u64>,
    spaces: HashMap<String, u64>,
    authors: HashMap<String, u64>,
    ages: HashMap<Age, u64>,
}

/// One segment's counts, by dictionary ordinal (dense arrays: a search may
/// count hundreds of thousands of matches, so no hashing per document).
pub(crate) struct SegmentCounts {
    /// Where each age bucket starts, newest first (unix ms).
    since: [i64; 4],
    kind: Option<StrColumn>,
    space: Option<StrColumn>,
    author: Option<StrColumn>,
    created: Column<i64>,
    by_kind: Vec<u64>,
    by_space: Vec<u64>,
    by_author: Vec<u64>,
    ages: [u64; 5],
}

fn slots(col: &Option<StrColumn>) -> Vec<u64> {
    let n = col.as_ref().map_or(0, |c| c.dictionary().num_terms());
    vec![0; n]
}

fn count(col: &Option<StrColumn>, doc: DocId, into: &mut [u64]) {
    if let Some(c) = col {
        for ord in c.term_ords(doc) {
            if let Some(n) = usize::try_from(ord).ok().and_then(|i| into.get_mut(i)) {
                *n += 1;
            }
        }
    }
}

fn named(col: &Option<StrColumn>, counts: &[u64], into: &mut HashMap<String, u64>) {
    let Some(c) = col else { return };
    let (ords, ns): (Vec<u64>, Vec<u64>) = counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(ord, n)| (ord as u64, *n))
        .unzip();
    // One walk through the dictionary for every counted name: looking each up
    // on its own decodes its block from the start, which for the thousands of
    // authors a broad word matches cost more than the whole search.
    let mut i = 0;
    let walked = c.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
        if let (Ok(name), Some(n)) = (std::str::from_utf8(bytes), ns.get(i))
            && !name.is_empty()
        {
            *into.entry(name.to_owned()).or_default() += n;
        }
        i += 1;
    });
    if let Err(e) = walked {
        tracing::warn!(error = %e, "search: facet names could not be read");
    }
}

impl SegmentCollector for SegmentCounts {
    type Fruit = Counts;

    fn collect(&mut self, doc: DocId, _score: Score) {
        count(&self.kind, doc, &mut self.by_kind);
        count(&self.space, doc, &mut self.by_space);
        count(&self.author, doc, &mut self.by_author);
        if let Some(at) = self.created.first(doc) {
            let bucket = self.since.iter().position(|s| at >= *s).unwrap_or(4);
            self.ages[bucket] += 1;
        }
    }

    fn harvest(self) -> Counts {
        let mut out = Counts::default();
        for (age, n) in Age::ALL.into_iter().zip(self.ages) {
            if n > 0 {
                out.ages.insert(age, n);
            }
        }
        named(&self.kind, &self.by_kind, &mut out.kinds);
        named(&self.space, &self.by_space, &mut out.spaces);
        named(&self.author, &self.by_author, &mut out.authors);
        out
    }
}

impl Collector for FacetCollector {
    type Fruit = Counts;
    type Child = SegmentCounts;

    fn for_segment(
        &self,
        _segment_local_id: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentCounts> {
        let ff = segment.fast_fields();
        let kind = ff.str("kind")?;
        let space = ff.str("space")?;
        let author = ff.str("author")?;
        let since = [Age::Day, Age::Week, Age::Month, Age::Year]
            .map(|a| a.span(self.now).0.unwrap_or(i64::MIN));
        Ok(SegmentCounts {
            since,
            by_kind: slots(&kind),
            by_space: slots(&space),
            by_author: slots(&author),
            kind,
            space,
            author,
            created: ff.i64("created_at")?,
            ages: [0; 5],
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Counts>) -> tantivy::Result<Counts> {
        let mut all = Counts::default();
        for f in fruits {
            for (k, n) in f.kinds {
                *all.kinds.entry(k).or_default() += n;
            }
            for (k, n) in f.spaces {
                *all.spaces.entry(k).or_default() += n;
            }
            for (k, n) in f.authors {
                *all.authors.entry(k).or_default() += n;
            }
            for (k, n) in f.ages {
                *all.ages.entry(k).or_default() += n;
            }
        }
        Ok(all)
    }
}

/// The largest counts first, at most `limit` of them.
fn top(map: HashMap<String, u64>, limit: usize) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = map.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(limit);
    v
}

impl Counts {
    pub(crate) fn into_facets(self, limit: usize) -> Facets {
        Facets {
            kinds: top(self.kinds, limit),
            spaces: top(self.spaces, limit),
            authors: top(self.authors, limit),
            ages: {
                // "Within the last week" includes the last day, and so on up;
                // "older" is what is left.
                let mut within = 0;
                Age::ALL
                    .into_iter()
                    .filter_map(|a| {
                        let n = self.ages.get(&a).copied().unwrap_or(0);
                        let shown = if a == Age::Older {
                            n
                        } else {
                            within += n;
                            within
                        };
                        (shown > 0).then_some((a, shown))
                    })
                    .collect()
            },
        }
    }
}

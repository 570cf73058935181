//! Counts of matching documents by kind, space, author and age, gathered in the
//! same pass as the hits (the counts only ever include what the viewer may find,
//! because they are taken under the same principal filter).

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, ColumnIndex, StrColumn};
use tantivy::{COLLECT_BLOCK_BUFFER_LEN, DocId, Score, SegmentOrdinal, SegmentReader};

/// How many matches are read from the columns at a time: one call into each
/// column per block instead of one per match.
pub(crate) const BLOCK: usize = COLLECT_BLOCK_BUFFER_LEN;

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

/// Counts by name, sorted by name (as a segment's dictionary walks them), so
/// that segments merge without hashing: a broad word counts thousands of
/// authors in every segment.
type ByName = Vec<(String, u64)>;

#[derive(Default)]
pub(crate) struct Counts {
    kinds: ByName,
    spaces: ByName,
    authors: ByName,
    ages: [u64; 5],
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
    /// Scratch for a block's ordinals.
    ords: [u64; BLOCK],
    by_kind: Vec<u64>,
    by_space: Vec<u64>,
    by_author: Vec<u64>,
    ages: [u64; 5],
}

fn slots(col: &Option<StrColumn>) -> Vec<u64> {
    let n = col.as_ref().map_or(0, |c| c.dictionary().num_terms());
    vec![0; n]
}

fn bump(into: &mut [u64], ord: u64) {
    if let Some(n) = usize::try_from(ord).ok().and_then(|i| into.get_mut(i)) {
        *n += 1;
    }
}

/// Counts a block of documents by their values in `col`. Every document has
/// exactly one kind, space and author value, so their ordinals are read in one
/// call for the block; a column of any other shape is read document by document.
fn count(col: &Option<StrColumn>, docs: &[DocId], scratch: &mut [u64; BLOCK], into: &mut [u64]) {
    let Some(c) = col else { return };
    let ords = c.ords();
    match (&ords.index, scratch.get_mut(..docs.len())) {
        (ColumnIndex::Full, Some(scratch)) => {
            ords.values.get_vals(docs, scratch);
            for ord in scratch.iter() {
                bump(into, *ord);
            }
        }
        _ => {
            for doc in docs {
                for ord in c.term_ords(*doc) {
                    bump(into, ord);
                }
            }
        }
    }
}

fn named(col: &Option<StrColumn>, counts: &[u64]) -> ByName {
    let Some(c) = col else {
        return Vec::new();
    };
    let (ords, ns): (Vec<u64>, Vec<u64>) = counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(ord, n)| (ord as u64, *n))
        .unzip();
    // One walk through the dictionary for every counted name: looking each up
    // on its own decodes its block from the start, which for the thousands of
    // authors a broad word matches cost more than the whole search.
    let mut out = Vec::with_capacity(ords.len());
    let mut i = 0;
    let walked = c.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
        if let (Ok(name), Some(n)) = (std::str::from_utf8(bytes), ns.get(i))
            && !name.is_empty()
        {
            out.push((name.to_owned(), *n));
        }
        i += 1;
    });
    if let Err(e) = walked {
        tracing::warn!(error = %e, "search: facet names could not be read");
    }
    out
}

/// Two lists sorted by name merged into one, the counts of a name in both
/// added up.
fn merge(a: ByName, b: ByName) -> ByName {
    if a.is_empty() {
        return b;
    }
    let mut out = Vec::with_capacity(a.len().max(b.len()));
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => match x.0.cmp(&y.0) {
                std::cmp::Ordering::Less => a.next(),
                std::cmp::Ordering::Greater => b.next(),
                std::cmp::Ordering::Equal => {
                    let (name, n) = a.next().unwrap_or_default();
                    let m = b.next().map_or(0, |(_, m)| m);
                    Some((name, n + m))
                }
            },
            (Some(_), None) => a.next(),
            (None, Some(_)) => b.next(),
            (None, None) => break,
        };
        out.extend(next);
    }
    out
}

impl SegmentCounts {
    /// Counts a block of at most [`BLOCK`] matches and hands back each one's
    /// date in `dates` (so ranking them need not read it again).
    pub(crate) fn count_block(&mut self, docs: &[DocId], dates: &mut [Option<i64>]) {
        let n = docs.len().min(dates.len()).min(BLOCK);
        let (docs, dates) = (&docs[..n], &mut dates[..n]);
        count(&self.kind, docs, &mut self.ords, &mut self.by_kind);
        count(&self.space, docs, &mut self.ords, &mut self.by_space);
        count(&self.author, docs, &mut self.ords, &mut self.by_author);
        dates.fill(None);
        self.created.first_vals(docs, dates);
        for at in dates.iter().flatten() {
            let bucket = self.since.iter().position(|s| at >= s).unwrap_or(4);
            self.ages[bucket] += 1;
        }
    }
}

impl SegmentCollector for SegmentCounts {
    type Fruit = Counts;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.count_block(&[doc], &mut [None]);
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        let mut dates = [None; BLOCK];
        for chunk in docs.chunks(BLOCK) {
            self.count_block(chunk, &mut dates);
        }
    }

    fn harvest(self) -> Counts {
        Counts {
            kinds: named(&self.kind, &self.by_kind),
            spaces: named(&self.space, &self.by_space),
            authors: named(&self.author, &self.by_author),
            ages: self.ages,
        }
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
            ords: [0; BLOCK],
            ages: [0; 5],
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Counts>) -> tantivy::Result<Counts> {
        let mut all = Counts::default();
        for f in fruits {
            all.kinds = merge(all.kinds, f.kinds);
            all.spaces = merge(all.spaces, f.spaces);
            all.authors = merge(all.authors, f.authors);
            for (sum, n) in all.ages.iter_mut().zip(f.ages) {
                *sum += n;
            }
        }
        Ok(all)
    }
}

/// The largest counts first (equal ones by name), at most `limit` of them.
fn top(mut v: ByName, limit: usize) -> Vec<(String, u64)> {
    let order = |a: &(String, u64), b: &(String, u64)| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0));
    // Only the shown few need sorting: thousands of authors may be counted.
    if v.len() > limit && limit > 0 {
        v.select_nth_unstable_by(limit - 1, order);
    }
    v.truncate(limit);
    v.sort_unstable_by(order);
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
                    .zip(self.ages)
                    .filter_map(|(a, n)| {
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

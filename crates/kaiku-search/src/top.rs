//! The best matches by relevance with a gentle preference for newer ones.
//!
//! A broad word (or a short prefix being typed) matches hundreds of thousands
//! of documents, and tantivy's score tweak reads each one's date and works out
//! its recency before it knows whether the document can place. The recency
//! factor is at most [`RECENCY_MAX`], so a match whose plain score times that
//! cannot beat the current last place is passed over without reading its date.
//!
//! The same pass counts the matches and, for the results page, their facets;
//! those read every match's date anyway, so it is read once, a block of
//! matches at a time, and handed to the ranking.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

use crate::facets::{BLOCK, Counts, FacetCollector, SegmentCounts};

/// The most the recency factor multiplies a score by (a match from today).
pub(crate) const RECENCY_MAX: f32 = 1.1;

/// A gentle preference for newer matches: at most a tenth more for today's,
/// halving every half year.
pub(crate) fn recency(at: i64, now: i64) -> f32 {
    let age_days = ((now - at).max(0) as f32) / 86_400_000.0;
    (1.0 + 0.1 * 0.5f32.powf(age_days / 180.0)).min(RECENCY_MAX)
}

/// The top `limit` documents by score × recency, best first (equal scores in
/// index order), with how many matched and, when `facets` is set, the facet
/// counts: all in one pass, each match's date read once for both.
pub(crate) struct RecentTop {
    pub limit: usize,
    pub now: i64,
    pub facets: Option<FacetCollector>,
}

/// What one pass of [`RecentTop`] found.
pub(crate) struct Ranked {
    pub top: Vec<(Score, DocAddress)>,
    pub total: usize,
    pub counts: Option<Counts>,
}

/// One candidate; the heap keeps the worst on top.
#[derive(Clone, Copy)]
struct Scored {
    score: Score,
    addr: DocAddress,
}

impl Scored {
    /// Better first: higher score, then earlier in the index.
    fn rank(&self, other: &Self) -> Ordering {
        other
            .score
            .total_cmp(&self.score)
            .then_with(|| self.addr.cmp(&other.addr))
    }
}

impl PartialEq for Scored {
    fn eq(&self, other: &Self) -> bool {
        self.rank(other) == Ordering::Equal
    }
}
impl Eq for Scored {}
impl PartialOrd for Scored {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Scored {
    /// Worse is greater, so the max-heap's top is the current last place.
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank(other)
    }
}

/// One segment's best so far.
struct Best {
    ord: SegmentOrdinal,
    heap: BinaryHeap<Scored>,
    limit: usize,
    now: i64,
}

impl Best {
    /// Offers a match; `date` is asked for only if the match could place.
    fn offer(&mut self, doc: DocId, score: Score, date: impl FnOnce() -> i64) {
        if self.limit == 0 {
            return;
        }
        // Documents arrive in index order, so one that only ties the last
        // place loses to it and is not worth reading.
        if self.heap.len() >= self.limit
            && self
                .heap
                .peek()
                .is_some_and(|last| score * RECENCY_MAX <= last.score)
        {
            return;
        }
        let candidate = Scored {
            score: score * recency(date(), self.now),
            addr: DocAddress::new(self.ord, doc),
        };
        if self.heap.len() < self.limit {
            self.heap.push(candidate);
        } else if let Some(mut last) = self.heap.peek_mut()
            && candidate < *last
        {
            *last = candidate;
        }
    }
}

/// Matches waiting to be counted a block at a time.
struct Pending {
    counts: SegmentCounts,
    docs: Vec<DocId>,
    scores: Vec<Score>,
    dates: [Option<i64>; BLOCK],
}

pub(crate) struct RecentTopSegment {
    best: Best,
    created: Option<Column<i64>>,
    total: usize,
    pending: Option<Box<Pending>>,
}

impl RecentTopSegment {
    /// Counts the pending block and offers each of its matches for a place.
    fn flush(&mut self) {
        let Some(p) = self.pending.as_deref_mut() else {
            return;
        };
        p.counts.count_block(&p.docs, &mut p.dates);
        for ((doc, score), at) in p.docs.iter().zip(&p.scores).zip(&p.dates) {
            self.best.offer(*doc, *score, || at.unwrap_or(0));
        }
        p.docs.clear();
        p.scores.clear();
    }
}

impl Collector for RecentTop {
    type Fruit = Ranked;
    type Child = RecentTopSegment;

    fn for_segment(
        &self,
        ord: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<RecentTopSegment> {
        let pending = match &self.facets {
            Some(f) => Some(Box::new(Pending {
                counts: f.for_segment(ord, segment)?,
                docs: Vec::with_capacity(BLOCK),
                scores: Vec::with_capacity(BLOCK),
                dates: [None; BLOCK],
            })),
            None => None,
        };
        Ok(RecentTopSegment {
            best: Best {
                ord,
                heap: BinaryHeap::with_capacity(self.limit + 1),
                limit: self.limit,
                now: self.now,
            },
            created: segment.fast_fields().i64("created_at").ok(),
            total: 0,
            pending,
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Ranked>) -> tantivy::Result<Ranked> {
        let mut all: Vec<Scored> = Vec::new();
        let mut total = 0;
        let mut counts = Vec::new();
        for f in fruits {
            all.extend(
                f.top
                    .into_iter()
                    .map(|(score, addr)| Scored { score, addr }),
            );
            total += f.total;
            counts.extend(f.counts);
        }
        all.sort();
        all.truncate(self.limit);
        Ok(Ranked {
            top: all.into_iter().map(|s| (s.score, s.addr)).collect(),
            total,
            counts: match &self.facets {
                Some(f) => Some(f.merge_fruits(counts)?),
                None => None,
            },
        })
    }
}

impl SegmentCollector for RecentTopSegment {
    type Fruit = Ranked;

    fn collect(&mut self, doc: DocId, score: Score) {
        self.total += 1;
        match self.pending.as_deref_mut() {
            Some(p) => {
                p.docs.push(doc);
                p.scores.push(score);
                if p.docs.len() >= BLOCK {
                    self.flush();
                }
            }
            None => {
                let created = &self.created;
                self.best.offer(doc, score, || {
                    created.as_ref().and_then(|c| c.first(doc)).unwrap_or(0)
                });
            }
        }
    }

    fn harvest(mut self) -> Ranked {
        self.flush();
        Ranked {
            top: self
                .best
                .heap
                .into_sorted_vec()
                .into_iter()
                .map(|s| (s.score, s.addr))
                .collect(),
            total: self.total,
            counts: self.pending.map(|p| p.counts.harvest()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recency_never_exceeds_its_bound_and_fades_with_age() {
        let now = 1_800_000_000_000;
        assert!(recency(now, now) <= RECENCY_MAX);
        assert!(recency(now + 86_400_000, now) <= RECENCY_MAX);
        let day = 86_400_000;
        assert!(recency(now - 10 * day, now) > recency(now - 400 * day, now));
        assert!(recency(0, now) >= 1.0);
    }
}

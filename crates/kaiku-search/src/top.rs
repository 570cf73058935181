//! The best matches by relevance with a gentle preference for newer ones.
//!
//! A broad word (or a short prefix being typed) matches hundreds of thousands
//! of documents, and tantivy's score tweak reads each one's date and works out
//! its recency before it knows whether the document can place. The recency
//! factor is at most [`RECENCY_MAX`], so a match whose plain score times that
//! cannot beat the current last place is passed over without reading its date.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

/// The most the recency factor multiplies a score by (a match from today).
pub(crate) const RECENCY_MAX: f32 = 1.1;

/// A gentle preference for newer matches: at most a tenth more for today's,
/// halving every half year.
pub(crate) fn recency(at: i64, now: i64) -> f32 {
    let age_days = ((now - at).max(0) as f32) / 86_400_000.0;
    (1.0 + 0.1 * 0.5f32.powf(age_days / 180.0)).min(RECENCY_MAX)
}

/// The top `limit` documents by score × recency, best first (equal scores in
/// index order).
pub(crate) struct RecentTop {
    pub limit: usize,
    pub now: i64,
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

pub(crate) struct RecentTopSegment {
    ord: SegmentOrdinal,
    created: Option<Column<i64>>,
    heap: BinaryHeap<Scored>,
    limit: usize,
    now: i64,
}

impl Collector for RecentTop {
    type Fruit = Vec<(Score, DocAddress)>;
    type Child = RecentTopSegment;

    fn for_segment(
        &self,
        ord: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<RecentTopSegment> {
        Ok(RecentTopSegment {
            ord,
            created: segment.fast_fields().i64("created_at").ok(),
            heap: BinaryHeap::with_capacity(self.limit + 1),
            limit: self.limit,
            now: self.now,
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(
        &self,
        fruits: Vec<Vec<(Score, DocAddress)>>,
    ) -> tantivy::Result<Vec<(Score, DocAddress)>> {
        let mut all: Vec<Scored> = fruits
            .into_iter()
            .flatten()
            .map(|(score, addr)| Scored { score, addr })
            .collect();
        all.sort();
        all.truncate(self.limit);
        Ok(all.into_iter().map(|s| (s.score, s.addr)).collect())
    }
}

impl SegmentCollector for RecentTopSegment {
    type Fruit = Vec<(Score, DocAddress)>;

    fn collect(&mut self, doc: DocId, score: Score) {
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
        let at = self
            .created
            .as_ref()
            .and_then(|c| c.first(doc))
            .unwrap_or(0);
        let candidate = Scored {
            score: score * recency(at, self.now),
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

    fn harvest(self) -> Vec<(Score, DocAddress)> {
        self.heap
            .into_sorted_vec()
            .into_iter()
            .map(|s| (s.score, s.addr))
            .collect()
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

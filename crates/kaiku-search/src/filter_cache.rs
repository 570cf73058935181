//! Filters that many searches share (the principals every member has, the
//! kinds the suggestions ask for) cover most of the index, and working one out
//! means reading millions of postings. They are kept per segment as bitsets:
//! a segment's documents never change (deletions are applied on top), so an
//! entry stays right for as long as its segment exists.

use std::collections::{HashMap, VecDeque};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::{Arc, Mutex};

use tantivy::index::SegmentId;
use tantivy::query::{
    BitSetDocSet, ConstScorer, EnableScoring, Explanation, Query, Scorer, TermSetQuery, Weight,
};
use tantivy::schema::Field;
use tantivy::{BitSet, DocId, DocSet, Score, SegmentReader, TERMINATED, Term};

/// How much the cache may hold, in bytes of bitsets.
const BUDGET: usize = 24 * 1024 * 1024;

type Key = (SegmentId, u64);

/// Bitsets by segment and filter, the least recently used dropped first.
#[derive(Default)]
pub(crate) struct FilterCache {
    inner: Mutex<Entries>,
}

#[derive(Default)]
struct Entries {
    map: HashMap<Key, Arc<BitSet>>,
    order: VecDeque<Key>,
    bytes: usize,
}

fn size(bits: &BitSet) -> usize {
    (bits.max_value() as usize).div_ceil(8)
}

impl FilterCache {
    fn get(&self, key: &Key) -> Option<Arc<BitSet>> {
        let mut e = self.inner.lock().ok()?;
        let found = e.map.get(key).cloned()?;
        if let Some(i) = e.order.iter().position(|k| k == key) {
            e.order.remove(i);
        }
        e.order.push_back(*key);
        Some(found)
    }

    fn put(&self, key: Key, bits: Arc<BitSet>) {
        let Ok(mut e) = self.inner.lock() else { return };
        let n = size(&bits);
        if n > BUDGET {
            return;
        }
        while e.bytes + n > BUDGET {
            let Some(old) = e.order.pop_front() else {
                break;
            };
            if let Some(b) = e.map.remove(&old) {
                e.bytes -= size(&b);
            }
        }
        if e.map.insert(key, bits).is_none() {
            e.order.push_back(key);
            e.bytes += n;
        }
    }
}

/// Documents carrying any of these terms of one field, from the cache when it
/// can be. The terms come in sets (one many viewers share, one of their own):
/// each set's bitset is kept, and so is their union, so a search intersects
/// with one bitset rather than merging several.
#[derive(Clone)]
pub(crate) struct CachedTermSet {
    field: Field,
    sets: Vec<(u64, Arc<Vec<String>>)>,
    id: u64,
    cache: Arc<FilterCache>,
}

impl std::fmt::Debug for CachedTermSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CachedTermSet({} sets)", self.sets.len())
    }
}

fn set_id(field: Field, terms: &[String]) -> u64 {
    let mut h = DefaultHasher::new();
    field.field_id().hash(&mut h);
    terms.hash(&mut h);
    h.finish()
}

impl CachedTermSet {
    pub(crate) fn new(field: Field, sets: &[&[String]], cache: Arc<FilterCache>) -> CachedTermSet {
        let sets: Vec<(u64, Arc<Vec<String>>)> = sets
            .iter()
            .filter(|s| !s.is_empty())
            .map(|terms| {
                let mut sorted = terms.to_vec();
                sorted.sort();
                sorted.dedup();
                (set_id(field, &sorted), Arc::new(sorted))
            })
            .collect();
        let mut h = DefaultHasher::new();
        for (id, _) in &sets {
            id.hash(&mut h);
        }
        CachedTermSet {
            field,
            id: h.finish(),
            sets,
            cache,
        }
    }

    fn set_bits(
        &self,
        reader: &SegmentReader,
        id: u64,
        terms: &[String],
    ) -> tantivy::Result<Arc<BitSet>> {
        let key = (reader.segment_id(), id);
        if let Some(bits) = self.cache.get(&key) {
            return Ok(bits);
        }
        let set = TermSetQuery::new(terms.iter().map(|t| Term::from_field_text(self.field, t)));
        let weight = set.weight(EnableScoring::disabled_from_schema(reader.schema()))?;
        let mut docs = weight.scorer(reader, 1.0)?;
        let mut bits = BitSet::with_max_value(reader.max_doc());
        let mut doc = docs.doc();
        while doc != TERMINATED {
            bits.insert(doc);
            doc = docs.advance();
        }
        let bits = Arc::new(bits);
        self.cache.put(key, bits.clone());
        Ok(bits)
    }

    fn bits(&self, reader: &SegmentReader) -> tantivy::Result<Arc<BitSet>> {
        if let [(id, terms)] = self.sets.as_slice() {
            return self.set_bits(reader, *id, terms);
        }
        let key = (reader.segment_id(), self.id);
        if let Some(bits) = self.cache.get(&key) {
            return Ok(bits);
        }
        let mut union = BitSet::with_max_value(reader.max_doc());
        for (id, terms) in &self.sets {
            let part = self.set_bits(reader, *id, terms)?;
            let mut docs = BitSetDocSet::from((*part).clone());
            let mut doc = docs.doc();
            while doc != TERMINATED {
                union.insert(doc);
                doc = docs.advance();
            }
        }
        let union = Arc::new(union);
        self.cache.put(key, union.clone());
        Ok(union)
    }
}

impl Query for CachedTermSet {
    fn weight(&self, _scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.clone()))
    }
}

impl Weight for CachedTermSet {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let bits = self.bits(reader)?;
        Ok(Box::new(ConstScorer::new(SharedBits::new(bits), boost)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let bits = self.bits(reader)?;
        if bits.contains(doc) {
            Ok(Explanation::new("CachedTermSet", 1.0))
        } else {
            Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} does not match"
            )))
        }
    }
}

/// The documents of a cached bitset, read in place: the bitset is shared by
/// every search using it, never copied (a copy per search and segment was a
/// large allocation each time). The cursor keeps the rest of its 64-document
/// word, so stepping and seeking are a few bit operations: most filters here
/// cover most of the index, and an intersection seeks them once per match.
struct SharedBits {
    bits: Arc<BitSet>,
    /// The 64-document bucket the cursor is in.
    bucket: u32,
    /// The bucket's documents after the cursor, one bit each.
    rest: u64,
    doc: DocId,
}

fn word(bits: &BitSet, bucket: u32) -> u64 {
    u64::from_le_bytes(bits.tinyset(bucket).into_bytes())
}

impl SharedBits {
    fn new(bits: Arc<BitSet>) -> SharedBits {
        let mut s = SharedBits {
            bits,
            bucket: 0,
            rest: 0,
            doc: 0,
        };
        s.doc = s.first_from(0, 0);
        s
    }

    fn buckets(&self) -> u32 {
        self.bits.max_value().div_ceil(64)
    }

    /// The first document at or after `target`, looking from `bucket` on.
    fn first_from(&mut self, bucket: u32, target: DocId) -> DocId {
        let buckets = self.buckets();
        for b in bucket..buckets {
            let mut w = word(&self.bits, b);
            if b == target / 64 {
                w &= u64::MAX << (target % 64);
            }
            if w != 0 {
                self.bucket = b;
                return self.take_lowest(w);
            }
        }
        self.rest = 0;
        self.bucket = buckets;
        TERMINATED
    }

    /// Moves the cursor to the lowest document of `w` (non-empty, in the
    /// current bucket) and keeps the others.
    fn take_lowest(&mut self, w: u64) -> DocId {
        self.rest = w & (w - 1);
        self.bucket * 64 + w.trailing_zeros()
    }
}

impl DocSet for SharedBits {
    fn advance(&mut self) -> DocId {
        if self.doc == TERMINATED {
            return TERMINATED;
        }
        self.doc = if self.rest != 0 {
            self.take_lowest(self.rest)
        } else {
            self.first_from(self.bucket + 1, 0)
        };
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if target <= self.doc {
            return self.doc;
        }
        self.doc = if target / 64 == self.bucket {
            let w = self.rest & (u64::MAX << (target % 64));
            if w != 0 {
                self.take_lowest(w)
            } else {
                self.first_from(self.bucket + 1, 0)
            }
        } else {
            self.first_from(target / 64, target)
        };
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        u32::try_from(self.bits.len()).unwrap_or(u32::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(set: &[u32], max: u32) -> SharedBits {
        let mut bits = BitSet::with_max_value(max);
        for d in set {
            bits.insert(*d);
        }
        SharedBits::new(Arc::new(bits))
    }

    #[test]
    fn shared_bits_walk_and_seek_like_the_set() {
        let set = [0, 3, 63, 64, 65, 200, 1000, 4095];
        let mut d = docs(&set, 5000);
        let mut seen = vec![d.doc()];
        while d.advance() != TERMINATED {
            seen.push(d.doc());
        }
        assert_eq!(seen, set);
        let mut d = docs(&set, 5000);
        assert_eq!(d.seek(4), 63);
        assert_eq!(d.seek(63), 63);
        assert_eq!(d.seek(66), 200);
        assert_eq!(d.advance(), 1000);
        assert_eq!(d.seek(1001), 4095);
        assert_eq!(d.seek(4096), TERMINATED);
        assert_eq!(docs(&[], 100).doc(), TERMINATED);
        assert_eq!(docs(&[99], 100).doc(), 99);
    }

    /// A small deterministic generator, so the test needs no crate.
    fn next(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    #[test]
    fn shared_bits_agree_with_a_sorted_set_under_random_steps_and_seeks() {
        let mut rng = 0x9e37_79b9_7f4a_7c15_u64;
        for round in 0..200 {
            let max = 1 + u32::try_from(next(&mut rng) % 2_000).unwrap_or(1);
            // From nearly empty to nearly full.
            let density = round % 10;
            let set: Vec<u32> = (0..max).filter(|_| next(&mut rng) % 10 < density).collect();
            let mut d = docs(&set, max);
            let mut model = set.iter().copied().peekable();
            assert_eq!(d.doc(), model.peek().copied().unwrap_or(TERMINATED));
            for _ in 0..300 {
                let got = if next(&mut rng).is_multiple_of(2) {
                    let target = u32::try_from(next(&mut rng) % u64::from(max + 70)).unwrap_or(0);
                    let current = model.peek().copied().unwrap_or(TERMINATED);
                    if target > current {
                        while model.next_if(|x| *x < target).is_some() {}
                    }
                    d.seek(target)
                } else {
                    if model.peek().is_some() {
                        model.next();
                    }
                    d.advance()
                };
                assert_eq!(got, model.peek().copied().unwrap_or(TERMINATED));
                assert_eq!(d.doc(), got);
            }
        }
    }
}

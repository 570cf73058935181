//! The index itself: one per node, under the data directory, written by one
//! writer (the node's indexer) and read by every request.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use tantivy::collector::{Count, TopDocs};
use tantivy::columnar::{Column, StrColumn};
use tantivy::directory::MmapDirectory;
use tantivy::query::{BooleanQuery, Occur, Query};
use tantivy::schema::Value;
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy, Searcher, TantivyDocument,
    Term,
};

use crate::analysis::{self, Language};
use crate::facets::{FacetCollector, Facets};
use crate::filter_cache::FilterCache;
use crate::query::{self, Filters, Parsed};
use crate::schema::{self, Fields};
use crate::{Error, Result};

/// Memory the writer buffers before it flushes a segment.
const WRITER_HEAP: usize = 40_000_000;
/// The file beside the index naming its schema version.
const VERSION_FILE: &str = "kaiku-search-version";

/// A thing to index.
#[derive(Debug, Clone)]
pub struct Doc {
    /// The kind (`post`, `comment`, `space`, `person`, `topic`).
    pub kind: &'static str,
    /// The id within its kind.
    pub id: String,
    /// A name or title: ranks above the body.
    pub title: String,
    pub body: String,
    /// The language it is most likely written in (the author's), if known.
    pub language_hint: Option<Language>,
    /// Who may find it.
    pub principals: Vec<String>,
    pub space_id: Option<String>,
    pub author_id: Option<String>,
    pub topics: Vec<String>,
    pub created_at: i64,
}

/// The unique key of a document.
pub fn key(kind: &str, id: &str) -> String {
    format!("{kind}:{id}")
}

/// One change to the index.
#[derive(Debug, Clone)]
pub enum Change {
    /// Add or replace.
    Upsert(Doc),
    /// Remove by kind and id.
    Delete(&'static str, String),
    /// Remove everything in a space.
    DeleteSpace(String),
}

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Best match first; newer first among equals.
    #[default]
    Relevance,
    Newest,
}

/// A search.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub query: Parsed,
    pub filters: Filters,
    pub sort: Sort,
    pub offset: usize,
    pub limit: usize,
    /// The last word is still being typed.
    pub typing: bool,
    /// Count by kind, space, author and age (over the words and principals only,
    /// so the other choices stay visible).
    pub facets: bool,
    /// For age buckets and recency.
    pub now: i64,
}

/// One match.
#[derive(Debug, Clone)]
pub struct Hit {
    pub kind: String,
    pub id: String,
    pub score: f32,
}

/// What a search found.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// How many documents match.
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Option<Facets>,
}

/// Figures about the index.
#[derive(Debug, Clone, Copy)]
pub struct IndexStats {
    pub documents: u64,
    pub bytes: u64,
}

/// The search index.
pub struct SearchIndex {
    reader: IndexReader,
    fields: Fields,
    filters: Arc<FilterCache>,
    writer: Mutex<IndexWriter>,
    dir: Option<PathBuf>,
    /// The payload of the commit searches see (set only after the reader has
    /// reloaded, so "caught up" never runs ahead of what a search returns).
    visible: Mutex<Option<String>>,
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it, or starting it afresh when it was
    /// built by another version. Fails when another process holds it.
    pub fn open(dir: &Path) -> Result<SearchIndex> {
        std::fs::create_dir_all(dir)?;
        let version_file = dir.join(VERSION_FILE);
        let current = std::fs::read_to_string(&version_file)
            .ok()
            .and_then(|v| v.trim().parse::<u32>().ok());
        if current != Some(schema::VERSION) {
            // Another version's index: nothing of it can be trusted.
            for entry in std::fs::read_dir(dir)? {
                let path = entry?.path();
                if path.is_dir() {
                    std::fs::remove_dir_all(&path)?;
                } else {
                    std::fs::remove_file(&path)?;
                }
            }
            std::fs::write(&version_file, schema::VERSION.to_string())?;
        }
        let (schema, _) = schema::build();
        let directory = MmapDirectory::open(dir).map_err(|e| Error::Io(e.to_string()))?;
        let index = Index::open_or_create(directory, schema)?;
        Self::with_index(index, Some(dir.to_path_buf()))
    }

    /// An index in memory (nothing is kept).
    pub fn in_memory() -> Result<SearchIndex> {
        let (schema, _) = schema::build();
        Self::with_index(Index::create_in_ram(schema), None)
    }

    fn with_index(mut index: Index, dir: Option<PathBuf>) -> Result<SearchIndex> {
        // A search walks its segments side by side on every core (the two large
        // segments of a big index take about as long each). Searches share this
        // one pool, so when many run at once they queue for the cores instead
        // of all being sliced between them.
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        index.set_multithread_executor(cores)?;
        analysis::register(index.tokenizers());
        let (_, fields) = schema::build();
        let writer = index
            .writer_with_num_threads(1, WRITER_HEAP)
            .map_err(|e| match e {
                tantivy::TantivyError::LockFailure(..) => Error::Busy,
                e => Error::Index(e),
            })?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            // Only the key is read from the store, a few dozen per search:
            // a small block cache per segment is plenty.
            .doc_store_cache_num_blocks(8)
            .try_into()?;
        let visible = index.load_metas()?.payload.filter(|p| !p.is_empty());
        Ok(SearchIndex {
            reader,
            fields,
            filters: Arc::default(),
            writer: Mutex::new(writer),
            dir,
            visible: Mutex::new(visible),
        })
    }

    /// What the indexer noted with its last commit (its place in the outbox).
    pub fn payload(&self) -> Result<Option<String>> {
        Ok(self.visible.lock().map_err(|_| Error::Poisoned)?.clone())
    }

    /// Applies changes and commits them with `payload` (empty while a rebuild is
    /// under way), all or nothing; searches see them at once.
    pub fn apply(&self, changes: Vec<Change>, payload: &str) -> Result<()> {
        let f = &self.fields;
        let mut w = self.writer.lock().map_err(|_| Error::Poisoned)?;
        for change in changes {
            match change {
                Change::Upsert(doc) => {
                    w.delete_term(Term::from_field_text(f.key, &key(doc.kind, &doc.id)));
                    w.add_document(self.document(doc))?;
                }
                Change::Delete(kind, id) => {
                    w.delete_term(Term::from_field_text(f.key, &key(kind, &id)));
                }
                Change::DeleteSpace(space) => {
                    w.delete_term(Term::from_field_text(f.space, &space));
                    w.delete_term(Term::from_field_text(f.key, &key("space", &space)));
                }
            }
        }
        let mut prepared = w.prepare_commit()?;
        prepared.set_payload(payload);
        prepared.commit()?;
        self.reader.reload()?;
        *self.visible.lock().map_err(|_| Error::Poisoned)? =
            Some(payload.to_owned()).filter(|p| !p.is_empty());
        drop(w);
        Ok(())
    }

    /// Removes every document (uncommitted until the next `apply`).
    pub fn clear(&self) -> Result<()> {
        let w = self.writer.lock().map_err(|_| Error::Poisoned)?;
        w.delete_all_documents()?;
        Ok(())
    }

    fn document(&self, doc: Doc) -> TantivyDocument {
        let f = &self.fields;
        let mut d = TantivyDocument::default();
        d.add_text(f.key, key(doc.kind, &doc.id));
        match hex_id(&doc.id) {
            Some(n) => {
                d.add_u64(f.id_hi, (n >> 64) as u64);
                d.add_u64(f.id_lo, n as u64);
                d.add_u64(f.id_hex, 1);
            }
            None => {
                d.add_u64(f.id_hi, 0);
                d.add_u64(f.id_lo, 0);
                d.add_u64(f.id_hex, 0);
            }
        }
        d.add_text(f.kind, doc.kind);
        // Every document has a space and an author value, empty when it has
        // none: a column with a value for each document is read directly,
        // which makes counting facets over many matches several times faster.
        d.add_text(f.space, doc.space_id.as_deref().unwrap_or(""));
        d.add_text(f.author, doc.author_id.as_deref().unwrap_or(""));
        for p in &doc.principals {
            d.add_text(f.principals, p);
        }
        for t in &doc.topics {
            d.add_text(f.topics, t);
        }
        d.add_i64(f.created_at, doc.created_at);
        let sample = if doc.body.is_empty() {
            &doc.title
        } else {
            &doc.body
        };
        for lang in analysis::languages_of(sample, doc.language_hint) {
            let i = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
            if !doc.title.is_empty() {
                d.add_text(f.title_stem[i], &doc.title);
            }
            if !doc.body.is_empty() {
                d.add_text(f.body_stem[i], &doc.body);
            }
        }
        let words = f.words_of(doc.kind);
        d.add_text(f.title_exact, &doc.title);
        d.add_text(words.body_exact, &doc.body);
        d.add_text(words.parts, &doc.title);
        d.add_text(words.parts, &doc.body);
        d
    }

    fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// Runs a search.
    pub fn search(&self, req: &Request) -> Result<Found> {
        if req.query.is_empty() {
            return Ok(Found::default());
        }
        let searcher = self.searcher();
        // Typo tolerance only for words the index does not hold as written or
        // stemmed: walking the term dictionary with an edit automaton is the
        // costliest part of a query, and a word that exists needs no correcting.
        let known = |t: &Term| searcher.doc_freq(t).map_or(true, |n| n > 0);
        let q = query::build(
            &self.fields,
            &self.filters,
            &req.query,
            &req.filters,
            req.typing,
            &known,
        );
        let limit = req.limit.clamp(1, 100);
        let offset = req.offset.min(10_000);
        let now = req.now;
        // The facets count over the words and principals alone; when no other
        // filter is set that is this same query, counted in the same pass.
        let base = Filters {
            principals: req.filters.principals.clone(),
            shared_principals: req.filters.shared_principals.clone(),
            ..Filters::default()
        };
        let same_pass = req.facets && req.filters == base;
        let facet_pass = same_pass.then_some(FacetCollector { now });
        let (addresses, total, counts): (Vec<(f32, DocAddress)>, usize, Option<_>) = match req.sort
        {
            Sort::Relevance => {
                let ranked = searcher.search(
                    &q,
                    &crate::top::RecentTop {
                        limit: limit + offset,
                        now,
                        facets: facet_pass,
                    },
                )?;
                (
                    ranked.top.into_iter().skip(offset).collect(),
                    ranked.total,
                    ranked.counts,
                )
            }
            Sort::Newest => {
                let top = TopDocs::with_limit(limit)
                    .and_offset(offset)
                    .order_by_fast_field::<i64>("created_at", Order::Desc);
                let (top, total, counts) = one_pass(&searcher, &q, top, facet_pass)?;
                (
                    top.into_iter().map(|(_, a)| (0.0, a)).collect(),
                    total,
                    counts,
                )
            }
        };
        let hits = self.hits(&searcher, addresses)?;
        let facets = match counts {
            Some(c) => Some(c.into_facets(20)),
            None if req.facets => {
                let fq = query::build(
                    &self.fields,
                    &self.filters,
                    &req.query,
                    &base,
                    req.typing,
                    &known,
                );
                Some(
                    searcher
                        .search(&fq, &FacetCollector { now })?
                        .into_facets(20),
                )
            }
            None => None,
        };
        Ok(Found {
            total,
            hits,
            facets,
        })
    }

    /// Each address's kind and id, from the columns (the store only for an id
    /// that is not hex).
    fn hits(&self, searcher: &Searcher, addresses: Vec<(f32, DocAddress)>) -> Result<Vec<Hit>> {
        let mut hits = Vec::with_capacity(addresses.len());
        let mut columns: HashMap<u32, IdColumns> = HashMap::new();
        for (score, addr) in addresses {
            let cols = match columns.entry(addr.segment_ord) {
                Entry::Occupied(e) => e.into_mut(),
                Entry::Vacant(e) => {
                    e.insert(IdColumns::of(searcher.segment_reader(addr.segment_ord))?)
                }
            };
            let found = match cols.read(addr.doc_id) {
                Some(hit) => Some(hit),
                None => {
                    let doc: TantivyDocument = searcher.doc(addr)?;
                    doc.get_first(self.fields.key)
                        .and_then(|v| v.as_str())
                        .and_then(|k| k.split_once(':'))
                        .map(|(kind, id)| (kind.to_owned(), id.to_owned()))
                }
            };
            if let Some((kind, id)) = found {
                hits.push(Hit { kind, id, score });
            }
        }
        Ok(hits)
    }

    /// How many documents the filters alone let through (for topic counts).
    pub fn count(&self, filters: &Filters, topic: Option<&str>) -> Result<usize> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some(t) = topic {
            clauses.push((
                Occur::Must,
                Box::new(tantivy::query::TermQuery::new(
                    Term::from_field_text(self.fields.topics, t),
                    tantivy::schema::IndexRecordOption::Basic,
                )),
            ));
        } else {
            clauses.push((Occur::Must, Box::new(tantivy::query::AllQuery)));
        }
        query::filter_clauses(&self.fields, &self.filters, filters, &mut clauses);
        Ok(self
            .searcher()
            .search(&BooleanQuery::new(clauses), &Count)?)
    }

    /// The topics a stored document carries (to refresh them when it changes).
    pub fn topics_of(&self, kind: &str, id: &str) -> Result<Vec<String>> {
        let searcher = self.searcher();
        let q = tantivy::query::TermQuery::new(
            Term::from_field_text(self.fields.key, &key(kind, id)),
            tantivy::schema::IndexRecordOption::Basic,
        );
        let mut out = Vec::new();
        for (_, addr) in searcher.search(&q, &TopDocs::with_limit(1).order_by_score())? {
            let doc: TantivyDocument = searcher.doc(addr)?;
            for v in doc.get_all(self.fields.topics) {
                if let Some(s) = v.as_str() {
                    out.push(s.to_owned());
                }
            }
        }
        Ok(out)
    }

    /// For a word that matches nothing, the most common indexed word within two
    /// edits of it (the caller checks the viewer finds something with it).
    pub fn similar_words(&self, word: &str, limit: usize) -> Result<Vec<String>> {
        let searcher = self.searcher();
        let mut found: std::collections::HashMap<String, u64> = Default::default();
        let f = &self.fields;
        for field in [f.title_exact, f.content.body_exact, f.named.body_exact] {
            let fuzzy =
                tantivy::query::FuzzyTermQuery::new(Term::from_field_text(field, word), 2, true);
            for segment in searcher.segment_readers() {
                let automaton = fuzzy.automaton()?;
                let inverted = segment.inverted_index(field)?;
                let mut stream = inverted.terms().search(automaton).into_stream()?;
                while stream.advance() {
                    if let Ok(term) = std::str::from_utf8(stream.key())
                        && term != word
                    {
                        *found.entry(term.to_owned()).or_default() +=
                            u64::from(stream.value().doc_freq);
                    }
                }
            }
        }
        let mut v: Vec<(String, u64)> = found.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Ok(v.into_iter().take(limit).map(|(w, _)| w).collect())
    }

    /// Document count and size on disk.
    pub fn stats(&self) -> IndexStats {
        let documents = self.searcher().num_docs();
        let bytes = self.dir.as_deref().map(dir_size).unwrap_or(0);
        IndexStats { documents, bytes }
    }
}

/// The 128 bits of an id written as 32 lower-case hex digits (the only form
/// that writes them back the same).
fn hex_id(id: &str) -> Option<u128> {
    let hex = id.len() == 32 && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    hex.then(|| u128::from_str_radix(id, 16).ok()).flatten()
}

/// One segment's columns that name a hit.
struct IdColumns {
    kind: StrColumn,
    hi: Column<u64>,
    lo: Column<u64>,
    hex: Column<u64>,
}

impl IdColumns {
    fn of(segment: &tantivy::SegmentReader) -> Result<IdColumns> {
        let ff = segment.fast_fields();
        let kind = ff.str("kind")?.ok_or_else(|| {
            tantivy::TantivyError::SchemaError("the index has no kind column".into())
        })?;
        Ok(IdColumns {
            kind,
            hi: ff.u64("id_hi")?,
            lo: ff.u64("id_lo")?,
            hex: ff.u64("id_hex")?,
        })
    }

    /// The kind and id, or `None` when the id must be read from the store.
    fn read(&self, doc: u32) -> Option<(String, String)> {
        if self.hex.first(doc)? != 1 {
            return None;
        }
        let id = (u128::from(self.hi.first(doc)?) << 64) | u128::from(self.lo.first(doc)?);
        let ord = self.kind.term_ords(doc).next()?;
        let mut kind = String::new();
        if !self.kind.ord_to_str(ord, &mut kind).ok()? {
            return None;
        }
        Some((kind, format!("{id:032x}")))
    }
}

fn dir_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter_map(|e| e.metadata().ok())
                .filter(|m| m.is_file())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

/// Runs a query once for its top documents, its total and (when asked) its
/// facet counts (the newest-first order; relevance has a collector of its own
/// that does all three).
fn one_pass<C>(
    searcher: &Searcher,
    q: &dyn Query,
    top: C,
    facets: Option<FacetCollector>,
) -> Result<(C::Fruit, usize, Option<crate::facets::Counts>)>
where
    C: tantivy::collector::Collector,
{
    Ok(match facets {
        Some(f) => {
            let (top, total, counts) = searcher.search(q, &(top, Count, f))?;
            (top, total, Some(counts))
        }
        None => {
            let (top, total) = searcher.search(q, &(top, Count))?;
            (top, total, None)
        }
    })
}

//! The index's fields. Changing them (or an analyzer) bumps [`VERSION`], which
//! makes every node rebuild its index from the database on start.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

use crate::analysis::{EXACT, Language, PARTS};

/// The schema and analyzers' version, kept beside the index.
pub(crate) const VERSION: u32 = 3;

/// Kinds found by their names (short documents, a few thousand of them). Their
/// words have fields of their own, so that a name search while typing walks
/// only their terms and not the millions of posts' and comments'.
pub(crate) const NAMED: [&str; 3] = ["person", "space", "topic"];

/// The fields searched as written, as a prefix and with a typo: one pair for
/// named kinds and one for content (see [`NAMED`]).
#[derive(Clone, Copy)]
pub(crate) struct Words {
    pub body_exact: Field,
    /// Inner parts of compound words (of the title and the body).
    pub parts: Field,
}

/// Every field, by purpose.
#[derive(Clone)]
pub(crate) struct Fields {
    /// `kind:id`, unique per document.
    pub key: Field,
    /// An id of 32 hex digits (every id but a topic's) as two numbers, read
    /// from columns for each hit instead of from the document store, which
    /// would be touched at random over a run and stay in memory.
    pub id_hi: Field,
    pub id_lo: Field,
    /// 1 when the id is in `id_hi` and `id_lo`; 0 when only the key has it.
    pub id_hex: Field,
    pub kind: Field,
    pub space: Field,
    pub author: Field,
    /// Who may find the document (see the crate docs).
    pub principals: Field,
    pub topics: Field,
    pub created_at: Field,
    /// Stemmed title and body per language, in [`Language::ALL`] order.
    pub title_stem: [Field; 5],
    pub body_stem: [Field; 5],
    /// Lower-cased words with positions: phrases, prefixes, typos.
    pub title_exact: Field,
    /// Words of content kinds' bodies.
    pub content: Words,
    /// Words of named kinds' bodies.
    pub named: Words,
}

impl Fields {
    /// Where a document of `kind` keeps its words.
    pub(crate) fn words_of(&self, kind: &str) -> Words {
        if NAMED.contains(&kind) {
            self.named
        } else {
            self.content
        }
    }

    /// The word fields a search among `kinds` needs (every kind when empty).
    pub(crate) fn words_for(&self, kinds: &[String]) -> Vec<Words> {
        let named = kinds.iter().filter(|k| NAMED.contains(&k.as_str())).count();
        match (named > 0, kinds.len() > named) {
            (true, false) => vec![self.named],
            (false, true) => vec![self.content],
            _ => vec![self.content, self.named],
        }
    }
}

fn text(analyzer: &str, record: IndexRecordOption) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyzer)
            .set_index_option(record),
    )
}

/// Builds the schema and names its fields.
pub(crate) fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let key = b.add_text_field("key", STRING | STORED);
    let id_hi = b.add_u64_field("id_hi", FAST);
    let id_lo = b.add_u64_field("id_lo", FAST);
    let id_hex = b.add_u64_field("id_hex", FAST);
    let kind = b.add_text_field("kind", STRING | STORED | FAST);
    let space = b.add_text_field("space", STRING | FAST);
    let author = b.add_text_field("author", STRING | FAST);
    let principals = b.add_text_field("principals", STRING);
    let topics = b.add_text_field("topics", STRING | STORED);
    let created_at = b.add_i64_field("created_at", INDEXED | FAST | STORED);
    let stem = |b: &mut tantivy::schema::SchemaBuilder, prefix: &str| {
        Language::ALL.map(|l| {
            b.add_text_field(
                &format!("{prefix}_{}", l.code()),
                text(l.analyzer(), IndexRecordOption::WithFreqs),
            )
        })
    };
    let title_stem = stem(&mut b, "title");
    let body_stem = stem(&mut b, "body");
    let title_exact = b.add_text_field(
        "title_exact",
        text(EXACT, IndexRecordOption::WithFreqsAndPositions),
    );
    let words = |b: &mut tantivy::schema::SchemaBuilder, prefix: &str| Words {
        body_exact: b.add_text_field(
            &format!("{prefix}body_exact"),
            text(EXACT, IndexRecordOption::WithFreqsAndPositions),
        ),
        parts: b.add_text_field(
            &format!("{prefix}parts"),
            text(PARTS, IndexRecordOption::Basic),
        ),
    };
    let content = words(&mut b, "");
    let named = words(&mut b, "named_");
    (
        b.build(),
        Fields {
            key,
            id_hi,
            id_lo,
            id_hex,
            kind,
            space,
            author,
            principals,
            topics,
            created_at,
            title_stem,
            body_stem,
            title_exact,
            content,
            named,
        },
    )
}

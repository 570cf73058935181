//! The index's fields. Changing them (or an analyzer) bumps [`VERSION`], which
//! makes every node rebuild its index from the database on start.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

use crate::analysis::{EXACT, Language, PARTS};

/// The schema and analyzers' version, kept beside the index.
pub(crate) const VERSION: u32 = 2;

/// Every field, by purpose.
#[derive(Clone)]
pub(crate) struct Fields {
    /// `kind:id`, unique per document.
    pub key: Field,
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
    pub body_exact: Field,
    /// Inner parts of compound words.
    pub parts: Field,
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
    let body_exact = b.add_text_field(
        "body_exact",
        text(EXACT, IndexRecordOption::WithFreqsAndPositions),
    );
    let parts = b.add_text_field("parts", text(PARTS, IndexRecordOption::Basic));
    (
        b.build(),
        Fields {
            key,
            kind,
            space,
            author,
            principals,
            topics,
            created_at,
            title_stem,
            body_stem,
            title_exact,
            body_exact,
            parts,
        },
    )
}

//! Kaiku's search index: one embedded tantivy index per node.
//!
//! Text is analysed in every language Kaiku speaks (stemmed per language, as
//! written, and broken into compound parts), so a query finds inflected forms and
//! parts of compounds in Finnish, Swedish, Dutch, Estonian and English.
//!
//! Each document carries *principals*, the groups of people who may find it:
//! `s:<space>` (readers of a space), `profiles` (organisation members reading
//! profile posts), `listed` (members who see the space directory), `people`
//! (members who see the person directory), `u:<person>` (a guest who shares a
//! space with that person). A viewer's principals are worked out at query time,
//! so joining or leaving a space, or a space's visibility changing, takes effect
//! at once without touching the index.

mod analysis;
mod facets;
mod filter_cache;
mod highlight;
mod index;
mod query;
mod schema;
mod top;

pub use analysis::{Language, exact_words, languages_of, stem};
pub use facets::{Age, Facets};
pub use highlight::snippet;
pub use index::{Change, Doc, Found, Hit, IndexStats, Request, SearchIndex, Sort, key};
pub use query::{Filters, Parsed, parse};

/// What can go wrong with the index.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Another process (a running server) holds the index.
    #[error("the search index is in use by another process")]
    Busy,
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("search index directory: {0}")]
    Io(String),
    #[error("the search index writer failed earlier")]
    Poisoned,
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e.to_string())
    }
}

/// Result of an index operation.
pub type Result<T, E = Error> = std::result::Result<T, E>;

//! How text becomes terms: one stemmed analyzer per language, an exact analyzer
//! (lower-cased words, for phrases, prefixes and typos), and a compound-parts
//! analyzer that lets a word's inner parts be found ("terveys" in
//! "työterveyshuolto", "verzuim" in "ziekteverzuim").

use frostem::{Algorithm, Stemmer};
use tantivy::tokenizer::{
    LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, Token, TokenFilter, TokenStream,
    Tokenizer, TokenizerManager,
};

/// A language the index analyses text in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    Finnish,
    Swedish,
    Dutch,
    Estonian,
}

impl Language {
    /// Every language, in field order.
    pub const ALL: [Language; 5] = [
        Language::English,
        Language::Finnish,
        Language::Swedish,
        Language::Dutch,
        Language::Estonian,
    ];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Finnish => "fi",
            Language::Swedish => "sv",
            Language::Dutch => "nl",
            Language::Estonian => "et",
        }
    }

    /// Parses an ISO 639-1 code or a locale tag (`fi`, `sv-FI`).
    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code.split(['-', '_']).next().unwrap_or("");
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    fn algorithm(self) -> Algorithm {
        match self {
            Language::English => Algorithm::English,
            Language::Finnish => Algorithm::Finnish,
            Language::Swedish => Algorithm::Swedish,
            Language::Dutch => Algorithm::Dutch,
            Language::Estonian => Algorithm::Estonian,
        }
    }

    fn whatlang(self) -> whatlang::Lang {
        match self {
            Language::English => whatlang::Lang::Eng,
            Language::Finnish => whatlang::Lang::Fin,
            Language::Swedish => whatlang::Lang::Swe,
            Language::Dutch => whatlang::Lang::Nld,
            Language::Estonian => whatlang::Lang::Est,
        }
    }

    /// The name of this language's stemming analyzer.
    pub(crate) fn analyzer(self) -> &'static str {
        match self {
            Language::English => "stem_en",
            Language::Finnish => "stem_fi",
            Language::Swedish => "stem_sv",
            Language::Dutch => "stem_nl",
            Language::Estonian => "stem_et",
        }
    }
}

/// Words longer than this are not indexed (hashes, base64, pasted garbage).
const LONGEST_WORD: usize = 40;
/// Words at least this long have their inner parts indexed.
const COMPOUND_MIN: usize = 6;
/// The shortest inner part indexed (and the shortest query that looks for parts).
pub(crate) const PART_MIN: usize = 3;

/// The exact analyzer's name.
pub(crate) const EXACT: &str = "exact";
/// The compound-parts analyzer's name.
pub(crate) const PARTS: &str = "parts";

fn exact_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(LONGEST_WORD))
        .filter(LowerCaser)
        .build()
}

/// Registers every analyzer the schema names.
pub(crate) fn register(manager: &TokenizerManager) {
    for lang in Language::ALL {
        manager.register(
            lang.analyzer(),
            TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(LONGEST_WORD))
                .filter(LowerCaser)
                .filter(Snowball(lang.algorithm()))
                .build(),
        );
    }
    manager.register(EXACT, exact_analyzer());
    manager.register(
        PARTS,
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(LONGEST_WORD))
            .filter(LowerCaser)
            .filter(CompoundParts)
            .build(),
    );
}

/// The lower-cased words of a text, as the exact analyzer sees them.
pub fn exact_words(text: &str) -> Vec<String> {
    let mut analyzer = exact_analyzer();
    let mut out = Vec::new();
    analyzer
        .token_stream(text)
        .process(&mut |t: &Token| out.push(t.text.clone()));
    out
}

/// A lower-cased word's stem in a language.
pub fn stem(lang: Language, word: &str) -> String {
    Stemmer::new(lang.algorithm()).stem(word).into_owned()
}

/// The languages a text is indexed in: the one it is written in when that is
/// clear, and the hint (its author's or space's language); every language when
/// neither is known, so a short text is still found by its inflected forms.
pub fn languages_of(text: &str, hint: Option<Language>) -> Vec<Language> {
    let detector = whatlang::Detector::with_allowlist(
        Language::ALL.into_iter().map(Language::whatlang).collect(),
    );
    let detected = detector
        .detect(text)
        .filter(|info| info.is_reliable())
        .and_then(|info| {
            Language::ALL
                .into_iter()
                .find(|l| l.whatlang() == info.lang())
        });
    let mut out: Vec<Language> = detected.into_iter().chain(hint).collect();
    out.dedup();
    if out.is_empty() {
        out = Language::ALL.to_vec();
    }
    out
}

/// Snowball stemming through frostem (tantivy's own `Stemmer` does not offer
/// Estonian).
#[derive(Clone)]
struct Snowball(Algorithm);

impl TokenFilter for Snowball {
    type Tokenizer<T: Tokenizer> = SnowballTokenizer<T>;
    fn transform<T: Tokenizer>(self, inner: T) -> SnowballTokenizer<T> {
        SnowballTokenizer {
            algorithm: self.0,
            inner,
        }
    }
}

#[derive(Clone)]
struct SnowballTokenizer<T> {
    algorithm: Algorithm,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for SnowballTokenizer<T> {
    type TokenStream<'a> = SnowballStream<T::TokenStream<'a>>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        SnowballStream {
            stemmer: Stemmer::new(self.algorithm),
            tail: self.inner.token_stream(text),
        }
    }
}

struct SnowballStream<T> {
    stemmer: Stemmer,
    tail: T,
}

impl<T: TokenStream> TokenStream for SnowballStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        let stemmed = self.stemmer.stem(&token.text).into_owned();
        token.text = stemmed;
        true
    }
    fn token(&self) -> &Token {
        self.tail.token()
    }
    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Emits, for each long word, the word and its suffixes from the third letter on
/// (at least [`PART_MIN`] letters): a prefix search over these finds any part of a
/// compound without a dictionary of each language's word parts.
#[derive(Clone)]
struct CompoundParts;

impl TokenFilter for CompoundParts {
    type Tokenizer<T: Tokenizer> = PartsTokenizer<T>;
    fn transform<T: Tokenizer>(self, inner: T) -> PartsTokenizer<T> {
        PartsTokenizer { inner }
    }
}

#[derive(Clone)]
struct PartsTokenizer<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for PartsTokenizer<T> {
    type TokenStream<'a> = PartsStream<T::TokenStream<'a>>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        PartsStream {
            tail: self.inner.token_stream(text),
            pending: Vec::new(),
            token: Token::default(),
        }
    }
}

struct PartsStream<T> {
    tail: T,
    /// Parts of the current word still to emit, last first.
    pending: Vec<String>,
    token: Token,
}

impl<T: TokenStream> TokenStream for PartsStream<T> {
    fn advance(&mut self) -> bool {
        loop {
            if let Some(part) = self.pending.pop() {
                self.token.text = part;
                return true;
            }
            if !self.tail.advance() {
                return false;
            }
            let word = self.tail.token();
            let chars: Vec<(usize, char)> = word.text.char_indices().collect();
            if chars.len() < COMPOUND_MIN {
                continue;
            }
            self.token = word.clone();
            // The word, and its suffixes from the 3rd letter on, down to the last
            // PART_MIN letters.
            let last_start = chars.len() - PART_MIN;
            self.pending = std::iter::once(0)
                .chain(2..=last_start)
                .rev()
                .map(|i| word.text[chars[i].0..].to_owned())
                .collect();
        }
    }
    fn token(&self) -> &Token {
        &self.token
    }
    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(name: &str, text: &str) -> Vec<String> {
        let manager = TokenizerManager::default();
        register(&manager);
        let mut a = manager.get(name).unwrap_or_else(|| panic!("no {name}"));
        let mut out = Vec::new();
        a.token_stream(text)
            .process(&mut |t: &Token| out.push(t.text.clone()));
        out
    }

    #[test]
    fn inflected_forms_share_a_stem_in_each_language() {
        assert_eq!(
            stem(Language::Finnish, "talossa"),
            stem(Language::Finnish, "talo")
        );
        assert_eq!(
            stem(Language::Swedish, "husen"),
            stem(Language::Swedish, "hus")
        );
        assert_eq!(
            stem(Language::Dutch, "vergaderingen"),
            stem(Language::Dutch, "vergadering")
        );
        assert_eq!(
            stem(Language::English, "meetings"),
            stem(Language::English, "meeting")
        );
        assert_eq!(
            run("stem_et", "Linnades"),
            vec![stem(Language::Estonian, "linnas")]
        );
        assert_eq!(
            stem(Language::Estonian, "majas"),
            stem(Language::Estonian, "maja")
        );
    }

    #[test]
    fn long_words_yield_their_inner_parts() {
        let parts = run(PARTS, "Työterveyshuolto auki");
        assert!(parts.contains(&"terveyshuolto".to_owned()), "{parts:?}");
        assert!(parts.contains(&"huolto".to_owned()), "{parts:?}");
        assert!(!parts.iter().any(|p| p == "auki"), "{parts:?}");
        let nl = run(PARTS, "ziekteverzuim");
        assert!(nl.contains(&"verzuim".to_owned()), "{nl:?}");
    }

    #[test]
    fn exact_words_keep_nordic_letters_and_drop_case() {
        assert_eq!(
            exact_words("Öljyä, ÕUN-mahl!"),
            vec!["öljyä", "õun", "mahl"]
        );
    }

    #[test]
    fn language_is_detected_from_longer_text_and_hinted_otherwise() {
        let fi = languages_of(
            "Työterveyshuolto on auki maanantaista perjantaihin, ja ajanvaraus tehdään verkossa.",
            None,
        );
        assert_eq!(fi[0], Language::Finnish);
        assert_eq!(
            languages_of("ok", Some(Language::Swedish)),
            vec![Language::Swedish]
        );
        assert_eq!(languages_of("ok", None).len(), 5);
        assert_eq!(Language::from_code("sv-FI"), Some(Language::Swedish));
    }
}

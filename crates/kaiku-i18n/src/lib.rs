//! Kaiku's user-facing language: Fluent messages for English (the source), Finnish,
//! Swedish, Dutch and Estonian; language negotiation; dates and numbers per locale.
//!
//! Every string a person reads goes through [`Tr`]. A test checks that every message
//! in English exists in every other locale, and that no locale has messages English
//! lacks.

mod zones;

pub use zones::{DEFAULT_ZONE_NAME, Zone};

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use time::OffsetDateTime;
use unic_langid::LanguageIdentifier;

/// A supported UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the source language).
    En,
    /// Finnish.
    Fi,
    /// Swedish.
    Sv,
    /// Dutch.
    Nl,
    /// Estonian.
    Et,
}

impl Lang {
    /// Every supported language, in the order the switcher lists them.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Fi, Lang::Sv, Lang::Nl, Lang::Et];

    /// The BCP 47 code (`en`, `fi`, …).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::Nl => "nl",
            Lang::Et => "et",
        }
    }

    /// The language's name in itself, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fi => "Suomi",
            Lang::Sv => "Svenska",
            Lang::Nl => "Nederlands",
            Lang::Et => "Eesti",
        }
    }

    /// The time zone an organisation speaking this language most likely keeps.
    pub fn home_zone(self) -> &'static str {
        match self {
            Lang::Sv => "Europe/Stockholm",
            Lang::Nl => "Europe/Amsterdam",
            Lang::Et => "Europe/Tallinn",
            Lang::En | Lang::Fi => "Europe/Helsinki",
        }
    }

    /// Parses a code; accepts regional variants (`sv-FI`, `nl-BE`).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "fi" => Some(Lang::Fi),
            "sv" => Some(Lang::Sv),
            "nl" => Some(Lang::Nl),
            "et" => Some(Lang::Et),
            _ => None,
        }
    }

    /// Picks the best supported language from an `Accept-Language` header.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut ranked: Vec<(u16, usize, Lang)> = header
            .split(',')
            .take(32)
            .enumerate()
            .filter_map(|(pos, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let mut weight = 1000u16;
                for p in pieces {
                    if let Some(v) = p.trim().strip_prefix("q=") {
                        let q: f32 = v.trim().parse().ok()?;
                        weight = (q.clamp(0.0, 1.0) * 1000.0) as u16;
                    }
                }
                if weight == 0 {
                    return None;
                }
                Some((weight, pos, Lang::from_code(tag)?))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.first().map(|r| r.2)
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../locales/en/main.ftl"),
            Lang::Fi => include_str!("../locales/fi/main.ftl"),
            Lang::Sv => include_str!("../locales/sv/main.ftl"),
            Lang::Nl => include_str!("../locales/nl/main.ftl"),
            Lang::Et => include_str!("../locales/et/main.ftl"),
        }
    }
}

struct Catalog {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
}

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| {
    let mut bundles = HashMap::new();
    for lang in Lang::ALL {
        let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Isolation marks (U+2068/U+2069) around placeables would end up in e-mail
        // subjects and form values; our placeables are names and numbers.
        bundle.set_use_isolating(false);
        let resource = match FluentResource::try_new(lang.source().to_owned()) {
            Ok(r) => r,
            // A syntax error keeps the valid entries; the locale test reports it.
            Err((r, _)) => r,
        };
        let _ = bundle.add_resource(resource);
        bundles.insert(lang, bundle);
    }
    Catalog { bundles }
});

/// Translator for one language and time zone; cheap to copy into every template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    lang: Lang,
    zone: Zone,
}

impl Tr {
    /// A translator for `lang`, showing times in UTC until given a zone.
    pub fn new(lang: Lang) -> Self {
        Tr {
            lang,
            zone: Zone::utc(),
        }
    }

    /// The same translator, showing times in `zone`.
    pub fn in_zone(self, zone: Zone) -> Self {
        Tr { zone, ..self }
    }

    /// The time zone times are shown in.
    pub fn zone(&self) -> Zone {
        self.zone
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The language code, for `<html lang>`.
    pub fn code(&self) -> &'static str {
        self.lang.code()
    }

    /// The message `key` with no arguments.
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The message `key` with one argument.
    pub fn t1(&self, key: &str, name: &str, value: impl Into<Arg>) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), value.into().0);
        self.format(key, Some(&args))
    }

    /// The message `key` with two arguments.
    pub fn t2(
        &self,
        key: &str,
        n1: &str,
        v1: impl Into<Arg>,
        n2: &str,
        v2: impl Into<Arg>,
    ) -> String {
        let mut args = FluentArgs::new();
        args.set(n1.to_owned(), v1.into().0);
        args.set(n2.to_owned(), v2.into().0);
        self.format(key, Some(&args))
    }

    /// The message `key` with any number of named arguments.
    pub fn args(&self, key: &str, args: Vec<(&str, Arg)>) -> String {
        let mut fa = FluentArgs::new();
        for (name, value) in args {
            fa.set(name.to_owned(), value.0);
        }
        self.format(key, Some(&fa))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let (id, attr) = match key.split_once('.') {
            Some((id, attr)) => (id, Some(attr)),
            None => (key, None),
        };
        let Some(bundle) = CATALOG.bundles.get(&self.lang) else {
            return key.to_owned();
        };
        let Some(msg) = bundle.get_message(id) else {
            return key.to_owned();
        };
        let pattern = match attr {
            Some(a) => msg.get_attribute(a).map(|a| a.value()),
            None => msg.value(),
        };
        let Some(pattern) = pattern else {
            return key.to_owned();
        };
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// A date (no time) in the translator's zone, in the language's customary form.
    pub fn date(&self, unix_ms: i64) -> String {
        let Some(d) = self.zone.local(unix_ms) else {
            return String::new();
        };
        self.calendar_date(i32::from(d.year()), d.month(), d.day())
    }

    /// A calendar date given as `YYYY-MM-DD` (a start date, an expiry), in the
    /// language's customary form; anything else is shown as it is.
    pub fn ymd(&self, iso: &str) -> String {
        let mut parts = iso.splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return iso.to_owned();
        };
        match (y.parse::<i32>(), m.parse::<i8>(), d.parse::<i8>()) {
            (Ok(y), Ok(m), Ok(d)) if (1..=12).contains(&m) && (1..=31).contains(&d) => {
                self.calendar_date(y, m, d)
            }
            _ => iso.to_owned(),
        }
    }

    fn calendar_date(&self, y: i32, m: i8, day: i8) -> String {
        match self.lang {
            Lang::En => format!("{} {} {}", day, self.month_abbrev(m), y),
            Lang::Fi | Lang::Et => format!("{day}.{m}.{y}"),
            Lang::Sv => format!("{y}-{m:02}-{day:02}"),
            Lang::Nl => format!("{day}-{m}-{y}"),
        }
    }

    /// A date and time in the translator's zone, in the language's customary form.
    pub fn datetime(&self, unix_ms: i64) -> String {
        let Some(d) = self.zone.local(unix_ms) else {
            return String::new();
        };
        let (h, min) = (d.hour(), d.minute());
        let date = self.date(unix_ms);
        match self.lang {
            Lang::En => format!("{date}, {h:02}:{min:02}"),
            Lang::Fi => format!("{date} klo {h}.{min:02}"),
            Lang::Sv | Lang::Nl | Lang::Et => format!("{date} {h:02}:{min:02}"),
        }
    }

    /// A time of day given as an hour, in the language's customary form (`8.00`, `08:00`).
    pub fn hour(&self, hour: i64) -> String {
        match self.lang {
            Lang::Fi => format!("{hour}.00"),
            _ => format!("{hour:02}:00"),
        }
    }

    /// An RFC 3339 timestamp for `<time datetime>`.
    pub fn iso(&self, unix_ms: i64) -> String {
        to_datetime(unix_ms)
            .and_then(|d| {
                d.format(&time::format_description::well_known::Rfc3339)
                    .ok()
            })
            .unwrap_or_default()
    }

    /// A whole number with the language's digit grouping.
    pub fn number(&self, n: i64) -> String {
        let sep = match self.lang {
            Lang::En => ",",
            Lang::Nl => ".",
            // Finnish, Swedish and Estonian group with a (no-break) space.
            Lang::Fi | Lang::Sv | Lang::Et => "\u{a0}",
        };
        let digits = n.unsigned_abs().to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(c);
        }
        if n < 0 { format!("-{out}") } else { out }
    }

    fn month_abbrev(&self, m: i8) -> &'static str {
        const EN: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        EN.get(usize::try_from(m.saturating_sub(1)).unwrap_or(0))
            .copied()
            .unwrap_or("")
    }
}

fn to_datetime(unix_ms: i64) -> Option<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(unix_ms) * 1_000_000).ok()
}

/// A Fluent argument value.
pub struct Arg(FluentValue<'static>);

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg(FluentValue::from(v.to_owned()))
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg(FluentValue::from(v))
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg(FluentValue::from(v.clone()))
    }
}
impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Arg(FluentValue::from(v))
    }
}
impl From<usize> for Arg {
    fn from(v: usize) -> Self {
        Arg(FluentValue::from(v))
    }
}

/// The message ids of a locale's source, for the completeness test.
pub fn message_ids(lang: Lang) -> Vec<String> {
    let resource = match FluentResource::try_new(lang.source().to_owned()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Syntax errors in a locale's source, for the completeness test.
pub fn syntax_errors(lang: Lang) -> usize {
    match FluentResource::try_new(lang.source().to_owned()) {
        Ok(_) => 0,
        Err((_, errs)) => errs.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_prefers_highest_weight_supported_language() {
        assert_eq!(
            Lang::from_accept_language("de-DE,sv;q=0.8,fi;q=0.9"),
            Some(Lang::Fi)
        );
        assert_eq!(Lang::from_accept_language("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::from_accept_language("de, fr;q=0.5"), None);
        assert_eq!(
            Lang::from_accept_language("et;q=0, en;q=0.1"),
            Some(Lang::En)
        );
    }

    #[test]
    fn every_locale_has_exactly_the_english_messages() {
        let en: std::collections::BTreeSet<String> = message_ids(Lang::En).into_iter().collect();
        assert!(en.len() > 50, "English catalogue looks empty");
        for lang in Lang::ALL {
            assert_eq!(
                syntax_errors(lang),
                0,
                "{} has Fluent syntax errors",
                lang.code()
            );
            let ids: std::collections::BTreeSet<String> = message_ids(lang).into_iter().collect();
            let missing: Vec<_> = en.difference(&ids).collect();
            let extra: Vec<_> = ids.difference(&en).collect();
            assert!(missing.is_empty(), "{} lacks {:?}", lang.code(), missing);
            assert!(extra.is_empty(), "{} has unknown {:?}", lang.code(), extra);
        }
    }

    #[test]
    fn numbers_and_dates_follow_the_locale() {
        assert_eq!(Tr::new(Lang::En).number(1234567), "1,234,567");
        assert_eq!(Tr::new(Lang::Fi).number(12345), "12\u{a0}345");
        assert_eq!(Tr::new(Lang::Nl).number(-1000), "-1.000");
        // 2026-11-22T14:05:00Z
        let t = 1_795_356_300_000;
        assert_eq!(Tr::new(Lang::Fi).datetime(t), "22.11.2026 klo 14.05");
        assert_eq!(Tr::new(Lang::Sv).date(t), "2026-11-22");
        assert_eq!(Tr::new(Lang::En).date(t), "22 Nov 2026");
        assert_eq!(Tr::new(Lang::Fi).ymd("2027-03-05"), "5.3.2027");
        assert_eq!(Tr::new(Lang::Sv).ymd("2027-03-05"), "2027-03-05");
        assert_eq!(Tr::new(Lang::En).ymd("not a date"), "not a date");
        let hki = Tr::new(Lang::Fi).in_zone(Zone::find_or_default(Some("Europe/Helsinki")));
        assert_eq!(hki.datetime(t), "22.11.2026 klo 16.05");
        // Late evening UTC is already tomorrow in Helsinki.
        assert_eq!(hki.date(t + 8 * 3_600_000), "23.11.2026");
    }
}

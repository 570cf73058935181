//! Names in each language's alphabetical order (ICU4X collation, CLDR data):
//! Å, Ä and Ö after Z for Finns and Swedes, Õ Ä Ö Ü after W and Š Z Ž after S
//! for Estonians, accents as minor differences for Dutch and English. Sort
//! keys are stored per person and language, so the directory sorts and pages
//! in SQL.

use std::collections::HashMap;
use std::sync::LazyLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed, CollatorPreferences};
use icu_locale_core::Locale;
use kaiku_i18n::Lang;

/// Stored with the keys: when the collation code or data changes (a new
/// `icu_collator`), raise it and every key is computed again at start-up.
pub(crate) const VERSION: &str = "icu4x-collator-2.4";

static COLLATORS: LazyLock<HashMap<Lang, CollatorBorrowed<'static>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .filter_map(|lang| {
            let locale = Locale::try_from_str(lang.code()).ok()?;
            let prefs = CollatorPreferences::from(&locale);
            let collator = Collator::try_new(prefs, CollatorOptions::default()).ok()?;
            Some((*lang, collator))
        })
        .collect()
});

/// The bytes that sort `name` as `lang` expects (compared as bytes).
pub(crate) fn sort_key(lang: Lang, name: &str) -> Vec<u8> {
    let mut key = Vec::new();
    match COLLATORS.get(&lang) {
        Some(c) => {
            let _ = c.write_sort_key_to(name, &mut key);
        }
        None => key.extend(name.to_lowercase().into_bytes()),
    }
    key
}

/// A person's keys for every language.
pub(crate) fn sort_keys(name: &str) -> Vec<(&'static str, Vec<u8>)> {
    Lang::ALL
        .iter()
        .map(|l| (l.code(), sort_key(*l, name)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(lang: Lang, names: &[&str]) -> Vec<String> {
        let mut v: Vec<(Vec<u8>, String)> = names
            .iter()
            .map(|n| (sort_key(lang, n), (*n).to_owned()))
            .collect();
        v.sort();
        v.into_iter().map(|(_, n)| n).collect()
    }

    #[test]
    fn nordic_letters_sort_where_finns_and_swedes_expect() {
        let names = [
            "Öhman",
            "Ahonen",
            "Åberg",
            "Zetterberg",
            "Äijälä",
            "Virtanen",
        ];
        let want = [
            "Ahonen",
            "Virtanen",
            "Zetterberg",
            "Åberg",
            "Äijälä",
            "Öhman",
        ];
        assert_eq!(sorted(Lang::Fi, &names), want);
        assert_eq!(sorted(Lang::Sv, &names), want);
        // English and Dutch read the letters as A and O.
        assert_eq!(
            sorted(Lang::En, &names),
            [
                "Åberg",
                "Ahonen",
                "Äijälä",
                "Öhman",
                "Virtanen",
                "Zetterberg"
            ]
        );
    }

    #[test]
    fn estonian_letters_sort_where_estonians_expect() {
        let names = [
            "Zirk", "Saar", "Šmidt", "Tamm", "Õun", "Ülper", "Wiik", "Ärm",
        ];
        assert_eq!(
            sorted(Lang::Et, &names),
            [
                "Saar", "Šmidt", "Zirk", "Tamm", "Wiik", "Õun", "Ärm", "Ülper"
            ]
        );
    }

    #[test]
    fn case_does_not_split_a_name() {
        let names = ["de Vries", "Dekker", "De Jong"];
        assert_eq!(sorted(Lang::Nl, &names), ["De Jong", "de Vries", "Dekker"]);
    }
}

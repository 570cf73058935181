//! The index finds what people mean, and only what they may find.

use kaiku_search::{Age, Change, Doc, Filters, Language, Request, SearchIndex, Sort, parse};

fn doc(kind: &'static str, id: &str, title: &str, body: &str, principal: &str, at: i64) -> Doc {
    Doc {
        kind,
        id: id.to_owned(),
        title: title.to_owned(),
        body: body.to_owned(),
        language_hint: None,
        principals: vec![principal.to_owned()],
        space_id: Some(principal.trim_start_matches("s:").to_owned()),
        author_id: Some("a1".to_owned()),
        topics: vec![],
        created_at: at,
    }
}

fn index() -> SearchIndex {
    let idx = SearchIndex::in_memory().unwrap_or_else(|e| panic!("{e}"));
    let docs = vec![
        doc(
            "post",
            "fi",
            "",
            "Palaveri pidetään uudessa talossa torstaina kello kymmenen, ja ensi kuussa taas.",
            "s:a",
            1_000,
        ),
        doc(
            "post",
            "sv",
            "",
            "Alla husen i kvarteret får ny fjärrvärme under våren.",
            "s:a",
            2_000,
        ),
        doc(
            "post",
            "oh",
            "",
            "Työterveyshuolto muuttaa uusiin tiloihin ensi kuussa.",
            "s:a",
            3_000,
        ),
        doc(
            "post",
            "nl",
            "",
            "Het ziekteverzuim is dit kwartaal gedaald, dankzij de nieuwe aanpak.",
            "s:a",
            4_000,
        ),
        doc(
            "post",
            "secret",
            "",
            "Projekti zorblax alkaa salaa maanantaina.",
            "s:hidden",
            5_000,
        ),
        doc(
            "space",
            "hr",
            "Henkilöstöhallinto",
            "Kaikki HR-asiat yhdessä paikassa",
            "s:a",
            6_000,
        ),
        doc(
            "post",
            "phrase",
            "",
            "The annual leave policy was updated; leave annual reports aside.",
            "s:a",
            7_000,
        ),
    ];
    idx.apply(docs.into_iter().map(Change::Upsert).collect(), "1")
        .unwrap_or_else(|e| panic!("{e}"));
    idx
}

fn ids(idx: &SearchIndex, q: &str, principals: &[&str], typing: bool) -> Vec<String> {
    let found = idx
        .search(&Request {
            query: parse(q),
            filters: Filters {
                principals: Some(principals.iter().map(|p| (*p).to_owned()).collect()),
                ..Filters::default()
            },
            limit: 20,
            typing,
            now: 10_000,
            ..Request::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
    let mut v: Vec<String> = found.hits.into_iter().map(|h| h.id).collect();
    v.sort();
    v
}

#[test]
fn inflected_forms_find_each_other_in_finnish_swedish_and_dutch() {
    let idx = index();
    assert_eq!(ids(&idx, "talo", &["s:a"], false), vec!["fi"]);
    assert_eq!(ids(&idx, "hus", &["s:a"], false), vec!["sv"]);
    assert_eq!(ids(&idx, "kwartalen", &["s:a"], false), vec!["nl"]);
    assert_eq!(ids(&idx, "aanpakken", &["s:a"], false), vec!["nl"]);
}

#[test]
fn compound_parts_and_prefixes_find_the_compound() {
    let idx = index();
    assert_eq!(ids(&idx, "terveys", &["s:a"], false), vec!["oh"]);
    assert_eq!(ids(&idx, "ziekte", &["s:a"], false), vec!["nl"]);
    assert_eq!(ids(&idx, "työterv", &["s:a"], true), vec!["oh"]);
    assert_eq!(ids(&idx, "henkilöstö", &["s:a"], true), vec!["hr"]);
}

#[test]
fn one_typo_is_forgiven_in_longer_words() {
    let idx = index();
    assert_eq!(ids(&idx, "fjärvärme", &["s:a"], false), vec!["sv"]);
    assert!(
        idx.similar_words("fjärvärmee", 3)
            .unwrap_or_default()
            .contains(&"fjärrvärme".to_owned())
    );
}

#[test]
fn quotes_require_the_exact_phrase() {
    let idx = index();
    assert_eq!(
        ids(&idx, "\"annual leave\"", &["s:a"], false),
        vec!["phrase"]
    );
    assert!(ids(&idx, "\"leave policy annual\"", &["s:a"], false).is_empty());
    assert!(ids(&idx, "annual -policy", &["s:a"], false).is_empty());
}

#[test]
fn principals_decide_what_is_found_and_counted() {
    let idx = index();
    assert!(ids(&idx, "zorblax", &["s:a"], false).is_empty());
    assert_eq!(ids(&idx, "zorblax", &["s:hidden"], false), vec!["secret"]);
    let found = idx
        .search(&Request {
            query: parse("maanantaina"),
            filters: Filters {
                principals: Some(vec!["s:a".into()]),
                ..Filters::default()
            },
            facets: true,
            limit: 10,
            now: 10_000,
            ..Request::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(found.total, 0);
    let facets = found.facets.unwrap_or_default();
    assert!(
        facets.spaces.is_empty() && facets.kinds.is_empty(),
        "{facets:?}"
    );
}

#[test]
fn deletes_and_replacements_take_effect_on_commit() {
    let idx = index();
    idx.apply(vec![Change::Delete("post", "fi".into())], "2")
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(ids(&idx, "talo", &["s:a"], false).is_empty());
    let mut d = doc("post", "sv", "", "Inget om byggnader längre.", "s:a", 2_000);
    d.language_hint = Some(Language::Swedish);
    idx.apply(vec![Change::Upsert(d)], "3")
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(ids(&idx, "hus", &["s:a"], false).is_empty());
    assert_eq!(idx.payload().ok().flatten().as_deref(), Some("3"));
    idx.apply(vec![Change::DeleteSpace("a".into())], "4")
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(ids(&idx, "ziekte", &["s:a"], false).is_empty());
}

#[test]
fn newest_first_orders_by_time() {
    let idx = index();
    let found = idx
        .search(&Request {
            query: parse("uusiin uudessa"),
            filters: Filters::default(),
            sort: Sort::Newest,
            limit: 10,
            now: 10_000,
            ..Request::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(found.total, 0);
    let found = idx
        .search(&Request {
            query: parse("kuussa"),
            sort: Sort::Newest,
            limit: 10,
            now: 10_000,
            ..Request::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
    let order: Vec<&str> = found.hits.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(order, vec!["oh", "fi"]);
}

/// The number a generated facet name ends with.
fn number_after(name: &str, prefix: &str) -> u32 {
    name.strip_prefix(prefix)
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("unexpected facet name {name}"))
}

#[test]
fn facet_counts_name_each_author_and_space_exactly_across_segments() {
    let idx = SearchIndex::in_memory().unwrap_or_else(|e| panic!("{e}"));
    // Author N writes N % 4 + 1 posts in each commit it is in; enough authors
    // that their names span several dictionary blocks, in two commits (two
    // segments) that share authors 150 to 299.
    for (batch, authors) in [(0..300u32), (150..450u32)].into_iter().enumerate() {
        let mut changes = Vec::new();
        for a in authors {
            for k in 0..=(a % 4) {
                let mut d = doc(
                    "post",
                    &format!("b{batch}-a{a}-{k}"),
                    "",
                    "Kvartalsrapport valmis",
                    &format!("s:sp{}", a % 7),
                    1_000,
                );
                d.author_id = Some(format!("author-{a:04}"));
                changes.push(Change::Upsert(d));
            }
        }
        idx.apply(changes, &batch.to_string())
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let found = idx
        .search(&Request {
            query: parse("valmis"),
            filters: Filters::default(),
            facets: true,
            limit: 5,
            now: 10_000,
            ..Request::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
    let per_author = |a: u32| u64::from(a % 4 + 1) * if (150..300).contains(&a) { 2 } else { 1 };
    let expected_total: u64 = (0..450).map(per_author).sum();
    assert_eq!(found.total as u64, expected_total);
    let facets = found.facets.unwrap_or_default();
    // The top twenty: the authors in both segments with four posts in each.
    assert_eq!(facets.authors.len(), 20);
    for (name, n) in &facets.authors {
        let a = number_after(name, "author-");
        assert_eq!(*n, per_author(a), "{name}");
        assert_eq!(*n, 8, "{name}");
    }
    let spaces: u64 = facets.spaces.iter().map(|(_, n)| n).sum();
    assert_eq!(spaces, expected_total);
    assert_eq!(facets.spaces.len(), 7);
    for (name, n) in &facets.spaces {
        let s = number_after(name, "sp");
        let want: u64 = (0..450).filter(|a| a % 7 == s).map(per_author).sum();
        assert_eq!(*n, want, "{name}");
    }
}

/// The best few of many matches are the first few of all of them ranked, and
/// the next page continues where the first ended: passing over matches that
/// cannot place must not change the order.
#[test]
fn the_top_of_many_matches_is_the_start_of_them_all_ranked() {
    let idx = SearchIndex::in_memory().unwrap_or_else(|e| panic!("{e}"));
    let day = 86_400_000_i64;
    let now = 2_000 * day;
    // Three commits make three segments; lengths and ages vary the scores.
    // 99 matches: a page of 100 holds them all, so it is ranked in full.
    for batch in 0..3 {
        let docs: Vec<Change> = (0..33)
            .map(|i| {
                let n = batch * 33 + i;
                let filler = "muuta ".repeat(usize::try_from(n % 7).unwrap_or(0));
                let body = format!(
                    "kokous {filler}asiaa {}",
                    "kokous ".repeat(usize::try_from(n % 3).unwrap_or(0))
                );
                Change::Upsert(doc(
                    "post",
                    &format!("p{n}"),
                    "",
                    &body,
                    "s:a",
                    now - (n % 50) * 30 * day,
                ))
            })
            .collect();
        idx.apply(docs, &batch.to_string())
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let search = |offset: usize, limit: usize, facets: bool| {
        idx.search(&Request {
            query: parse("kokous"),
            limit,
            offset,
            now,
            facets,
            ..Request::default()
        })
        .unwrap_or_else(|e| panic!("{e}"))
    };
    let ranked = |offset: usize, limit: usize| -> Vec<String> {
        let ids = |facets| -> Vec<String> {
            search(offset, limit, facets)
                .hits
                .into_iter()
                .map(|h| h.id)
                .collect()
        };
        // Counting facets in the same pass hands the ranking each match's
        // date from the block it was counted in: the order must not change.
        let plain = ids(false);
        assert_eq!(ids(true), plain, "offset {offset}, limit {limit}");
        plain
    };
    let all = ranked(0, 100);
    assert_eq!(all.len(), 99);
    assert_eq!(ranked(0, 7), all[..7]);
    assert_eq!(ranked(7, 7), all[7..14]);
    assert_eq!(ranked(0, 50), all[..50]);
    assert_eq!(ranked(90, 10), all[90..]);
    // Ages are 0, 30, 60, … days (n % 50 × 30): within the last day and week
    // n % 50 = 0 (2 posts), the last 30 days also 1 (4), the last year up to
    // 12 (26), older the other 73.
    let found = search(0, 5, true);
    assert_eq!(found.total, 99);
    let ages = found.facets.unwrap_or_default().ages;
    assert_eq!(
        ages,
        vec![
            (Age::Day, 2),
            (Age::Week, 2),
            (Age::Month, 4),
            (Age::Year, 26),
            (Age::Older, 73)
        ]
    );
    let scores: Vec<f32> = idx
        .search(&Request {
            query: parse("kokous"),
            limit: 100,
            now,
            ..Request::default()
        })
        .unwrap_or_else(|e| panic!("{e}"))
        .hits
        .iter()
        .map(|h| h.score)
        .collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "best first: {scores:?}"
    );
}

fn found(idx: &SearchIndex, q: &str, kinds: &[&str], typing: bool) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = idx
        .search(&Request {
            query: parse(q),
            filters: Filters {
                kinds: kinds.iter().map(|k| (*k).to_owned()).collect(),
                ..Filters::default()
            },
            limit: 20,
            typing,
            now: 10_000,
            ..Request::default()
        })
        .unwrap_or_else(|e| panic!("{e}"))
        .hits
        .into_iter()
        .map(|h| (h.kind, h.id))
        .collect();
    v.sort();
    v
}

fn pair(kind: &str, id: &str) -> (String, String) {
    (kind.to_owned(), id.to_owned())
}

#[test]
fn hits_name_their_kind_and_id_exactly_as_indexed() {
    let idx = SearchIndex::in_memory().unwrap_or_else(|e| panic!("{e}"));
    let hex = "00ff0000000000000000000000000a1b";
    let docs = vec![
        doc("post", hex, "", "Sauna lämpiää perjantaina", "s:a", 1),
        // Not 32 lower-case hex digits: each comes back as written.
        doc("topic", "sauna", "sauna", "", "s:a", 2),
        doc(
            "post",
            "00FF0000000000000000000000000A1C",
            "",
            "Saunailta",
            "s:a",
            3,
        ),
        doc("comment", "ff", "", "Sauna oli hyvä", "s:a", 4),
    ];
    idx.apply(docs.into_iter().map(Change::Upsert).collect(), "1")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        found(&idx, "sauna", &[], true),
        vec![
            pair("comment", "ff"),
            pair("post", "00FF0000000000000000000000000A1C"),
            pair("post", hex),
            pair("topic", "sauna"),
        ]
    );
}

#[test]
fn names_and_content_are_searched_apart_and_together() {
    let idx = SearchIndex::in_memory().unwrap_or_else(|e| panic!("{e}"));
    let person = "0123456789abcdef0123456789abcdef";
    let post = "fedcba9876543210fedcba9876543210";
    let docs = vec![
        doc(
            "person",
            person,
            "Aino Virtanen",
            "Palkanlaskenta ja työterveyshuolto",
            "people",
            1,
        ),
        doc(
            "post",
            post,
            "",
            "Palkanlaskennan aikataulu muuttuu",
            "s:a",
            2,
        ),
    ];
    idx.apply(docs.into_iter().map(Change::Upsert).collect(), "1")
        .unwrap_or_else(|e| panic!("{e}"));
    // While typing, by a prefix and by a compound's part, in each group alone
    // and in both at once.
    for q in ["palkanl", "terveys"] {
        assert_eq!(
            found(&idx, q, &["person", "space"], true),
            vec![pair("person", person)],
            "{q}"
        );
    }
    assert_eq!(
        found(&idx, "palkanl", &["post", "wiki"], true),
        vec![pair("post", post)]
    );
    assert!(found(&idx, "terveys", &["post"], true).is_empty());
    assert_eq!(
        found(&idx, "palkanl", &[], true),
        vec![pair("person", person), pair("post", post)]
    );
    // Finished words, phrases and exclusions reach both groups too.
    assert_eq!(
        found(&idx, "työterveyshuolto", &[], false),
        vec![pair("person", person)]
    );
    assert_eq!(
        found(&idx, "\"ja työterveyshuolto\"", &[], false),
        vec![pair("person", person)]
    );
    assert_eq!(
        found(&idx, "palkanlaskenta -aino", &["person"], false),
        vec![]
    );
}

#[test]
fn a_prefix_finds_every_word_it_starts_whether_few_or_many_have_it() {
    let idx = SearchIndex::in_memory().unwrap_or_else(|e| panic!("{e}"));
    // 200 documents: "kalenteri…" in three of them, "kahvi…" in 147, in
    // several word forms each.
    let docs: Vec<Change> = (0..200)
        .map(|i| {
            let body = match i {
                7 => "Kalenterit päivitetään".to_owned(),
                70 => "kalenterissa uusi aika".to_owned(),
                170 => "Kalenterimerkintä".to_owned(),
                i if i % 4 == 0 => "muuta asiaa".to_owned(),
                i if i % 2 == 0 => "kahvia keittiössä".to_owned(),
                _ => "kahvi loppui".to_owned(),
            };
            Change::Upsert(doc("post", &format!("p{i:03}"), "", &body, "s:a", i))
        })
        .collect();
    idx.apply(docs, "1").unwrap_or_else(|e| panic!("{e}"));
    let total = |q: &str| {
        idx.search(&Request {
            query: parse(q),
            limit: 5,
            typing: true,
            now: 10_000,
            ..Request::default()
        })
        .unwrap_or_else(|e| panic!("{e}"))
        .total
    };
    assert_eq!(total("kalent"), 3);
    assert_eq!(total("kah"), 147);
    assert_eq!(total("kahvi kalent"), 0);
    assert_eq!(
        ids(&idx, "kalent", &["s:a"], true),
        vec!["p007", "p070", "p170"]
    );
    assert!(ids(&idx, "kalent", &["s:b"], true).is_empty());
}

//! Times queries against an existing index directory (for profiling by hand):
//! `cargo run --release -p kaiku-search --example probe -- DIR`.

use std::time::Instant;

use kaiku_search::{Filters, Request, SearchIndex, parse};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).ok_or("usage: probe DIR")?;
    let index = SearchIndex::open(std::path::Path::new(&dir))?;
    // Every member's shared principals: the public spaces (one per line in the
    // file given second) and the organisation-wide groups.
    let mut principals: Vec<String> = match std::env::args().nth(2) {
        Some(file) => std::fs::read_to_string(file)?
            .lines()
            .map(str::to_owned)
            .collect(),
        None => Vec::new(),
    };
    principals.extend(["listed", "people", "profiles"].map(String::from));
    let now = 1_796_000_000_000;
    for (label, text, typing, filter) in [
        ("word, admin", "kahvi", false, None),
        ("word, member", "kahvi", false, Some(principals.clone())),
        ("typo word, admin", "kahvu", false, None),
        ("prefix 3, admin", "kah", true, None),
        ("prefix 3, member", "kah", true, Some(principals.clone())),
        ("prefix 6, admin", "työter", true, None),
        (
            "two words, member",
            "budjetti kokous",
            false,
            Some(principals.clone()),
        ),
    ] {
        // Every kind with and without facets; while typing also the two lists
        // the search box asks for (names, content).
        let named = ["person", "space", "topic"];
        let content = ["wiki", "post", "comment"];
        let mut runs: Vec<(&str, bool, &[&str])> = vec![("all", false, &[]), ("all", true, &[])];
        if typing {
            runs.push(("names", false, &named));
            runs.push(("content", false, &content));
        }
        for (kinds_label, facets, kinds) in runs {
            let req = Request {
                query: parse(text),
                filters: Filters {
                    principals: filter.as_ref().map(|_| vec!["s:own".to_owned()]),
                    shared_principals: filter.clone().unwrap_or_default(),
                    kinds: kinds.iter().map(|k| (*k).to_owned()).collect(),
                    ..Filters::default()
                },
                limit: 25,
                typing,
                facets,
                now,
                ..Request::default()
            };
            let _ = index.search(&req)?;
            let t = Instant::now();
            let mut total = 0;
            for _ in 0..10 {
                total = index.search(&req)?.total;
            }
            println!(
                "{label:22} {kinds_label:8} facets={facets:5} {:7.2} ms  total {total}",
                t.elapsed().as_secs_f64() * 100.0
            );
        }
    }
    Ok(())
}

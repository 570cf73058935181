//! Many people writing at once: every acknowledged write is kept, a refused one
//! changes nothing, and on SQLite the writes that queued up share their commits.

use crate::support::pg_url;
use crate::support::world::{post, world};

/// A counter from `/metrics` (0 when absent).
async fn counter(t: &crate::support::TestApp, name: &str) -> f64 {
    let r = t
        .client()
        .connecting_from([127, 0, 0, 1])
        .get("/metrics")
        .await;
    r.body
        .lines()
        .find_map(|l| l.strip_prefix(name)?.trim().parse().ok())
        .unwrap_or(0.0)
}

#[tokio::test]
async fn simultaneous_posts_and_comments_are_all_kept_and_a_refused_one_changes_nothing() {
    let w = world().await;
    let target = post(&w.owner, &w.public.0, "Kahvinkeitin on rikki").await;
    let transactions = counter(&w.t, "kaiku_db_write_transactions_total").await;
    let commits = counter(&w.t, "kaiku_db_write_commits_total").await;

    let mut tasks = Vec::new();
    for i in 0..48 {
        let c = w.t.client();
        let token = w.token_owner.clone();
        let (path, body) = match i % 4 {
            // Refused inside the service (the body is too long): nothing is written.
            3 if i == 23 => (
                format!("/api/v1/spaces/{}/posts", w.public.0),
                serde_json::json!({ "body": "x".repeat(20_000) }),
            ),
            0 | 1 => (
                format!("/api/v1/spaces/{}/posts", w.public.0),
                serde_json::json!({ "body": format!("Samaan aikaan {i}") }),
            ),
            _ => (
                format!("/api/v1/posts/{target}/comments"),
                serde_json::json!({ "body": format!("Samaa mieltä {i}") }),
            ),
        };
        tasks.push(tokio::spawn(async move {
            let r = c
                .api("POST", &path, Some(&token), Some(&body.to_string()))
                .await;
            (i, r.status)
        }));
    }
    for task in tasks {
        let (i, status) = task.await.unwrap_or_else(|e| panic!("{e}"));
        let expected = if i == 23 { 422 } else { 201 };
        assert_eq!(status, expected, "request {i}");
    }

    let api = w.t.client();
    let posts = api
        .api(
            "GET",
            &format!("/api/v1/spaces/{}/posts?limit=100", w.public.0),
            Some(&w.token_owner),
            None,
        )
        .await
        .json();
    let mut bodies: Vec<String> = posts["items"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|p| p["body"].as_str())
                .filter(|b| b.starts_with("Samaan aikaan"))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    bodies.sort();
    let mut expected: Vec<String> = (0..48)
        .filter(|i| i % 4 < 2)
        .map(|i| format!("Samaan aikaan {i}"))
        .collect();
    expected.sort();
    assert_eq!(bodies, expected, "every acknowledged post is there");

    let comments = api
        .api(
            "GET",
            &format!("/api/v1/posts/{target}/comments?limit=100"),
            Some(&w.token_owner),
            None,
        )
        .await
        .json();
    let n = comments["items"].as_array().map_or(0, Vec::len);
    assert_eq!(n, 23, "every acknowledged comment, and not the refused one");
    let shown = api
        .api(
            "GET",
            &format!("/api/v1/posts/{target}"),
            Some(&w.token_owner),
            None,
        )
        .await
        .json();
    assert_eq!(shown["comment_count"], 23);

    if pg_url().is_none() {
        let transactions = counter(&w.t, "kaiku_db_write_transactions_total").await - transactions;
        let commits = counter(&w.t, "kaiku_db_write_commits_total").await - commits;
        assert!(
            transactions >= 47.0,
            "each acknowledged write was a durable transaction: {transactions}"
        );
        assert!(
            commits >= 1.0 && commits <= transactions,
            "{commits} commits for {transactions} transactions"
        );
    }
}

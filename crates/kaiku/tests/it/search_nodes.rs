//! Search across nodes and crashes: each node's index is fed from the outbox by
//! its own indexer, so every node converges on the same content, and an indexer
//! killed at any point (mid-rebuild or mid-batch) catches up without losing or
//! repeating anything.

use std::collections::BTreeSet;
use std::time::Duration;

use kaiku::app::App;

use crate::support::{Client, TestApp};

/// What a node's search API finds for `q`: the total and the ids, in order.
async fn find(node: &Client, token: &str, q: &str) -> (u64, Vec<String>) {
    let r = node
        .api(
            "GET",
            &format!("/api/v1/search?q={q}&type=post&limit=50"),
            Some(token),
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json();
    let ids = v["items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|i| i["id"].as_str().unwrap_or("").to_owned())
        .collect();
    (v["total"].as_u64().unwrap_or(0), ids)
}

async fn write_post(api: &Client, token: &str, space: &str, body: &str) -> String {
    let r = api
        .api(
            "POST",
            &format!("/api/v1/spaces/{space}/posts"),
            Some(token),
            Some(&serde_json::json!({ "body": body }).to_string()),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    r.json()["id"].as_str().unwrap_or("").to_owned()
}

/// Opens the node's index, retrying while a killed indexer's last write still
/// holds it (as a restarted process waits for the old one's lock to go).
async fn open_index(node: &App, dir: &std::path::Path) {
    for _ in 0..200 {
        if node.services.open_search(dir).is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("the index stayed locked");
}

async fn caught_up(node: &App) {
    for _ in 0..1200 {
        if node.services.search_caught_up().await.unwrap_or(false) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("the second node did not catch up");
}

#[tokio::test]
async fn every_node_converges_and_a_killed_indexer_loses_and_repeats_nothing() {
    let t = TestApp::new().await;
    let admin = t.admin().await;
    let token = t.token(&admin, "nodes").await;
    let api = t.client();
    let space = api
        .api(
            "POST",
            "/api/v1/spaces",
            Some(&token),
            Some(r#"{"name":"Metsä","visibility":"public"}"#),
        )
        .await
        .json()["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    let mut expected = BTreeSet::new();
    for i in 0..24 {
        expected.insert(write_post(&api, &token, &space, &format!("Kaarnikka numero {i}")).await);
    }
    // The second node's index lives in its own directory, outlives its
    // "processes", and starts empty: its first run is a rebuild.
    let index_dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for (round, delay_ms) in [0u64, 1, 2, 4, 8, 16, 32].into_iter().enumerate() {
        let node = t.another_node().await;
        open_index(&node, index_dir.path()).await;
        let worker = node
            .search_worker()
            .unwrap_or_else(|| panic!("no search worker"));
        let running = tokio::spawn(async move { worker.run(std::future::pending()).await });
        // Meanwhile the organisation keeps writing, editing and deleting.
        for k in 0..3 {
            expected.insert(
                write_post(
                    &api,
                    &token,
                    &space,
                    &format!("Kaarnikka kierros {round}.{k}"),
                )
                .await,
            );
        }
        if let Some(first) = expected.iter().next().cloned() {
            let r = api
                .api(
                    "DELETE",
                    &format!("/api/v1/posts/{first}"),
                    Some(&token),
                    None,
                )
                .await;
            assert!(r.status < 300, "{}", r.body);
            expected.remove(&first);
        }
        if let Some(last) = expected.iter().next_back().cloned() {
            let r = api
                .api(
                    "PATCH",
                    &format!("/api/v1/posts/{last}"),
                    Some(&token),
                    Some(r#"{"body":"Mustikka nyt"}"#),
                )
                .await;
            assert_eq!(r.status, 200, "{}", r.body);
            expected.remove(&last);
        }
        tokio::time::sleep(Duration::from_millis(delay_ms)).await;
        // Killed wherever it is, and everything in memory with it.
        running.abort();
        let _ = running.await;
        drop(node);
    }
    let node = t.another_node().await;
    open_index(&node, index_dir.path()).await;
    let worker = node
        .search_worker()
        .unwrap_or_else(|| panic!("no search worker"));
    let running = tokio::spawn(async move { worker.run(std::future::pending()).await });
    caught_up(&node).await;
    t.search_settles().await;
    let second = Client::new(node.router.clone());
    let (total_here, ids_here) = find(&api, &token, "kaarnikka").await;
    let (total_there, ids_there) = find(&second, &token, "kaarnikka").await;
    let here: BTreeSet<String> = ids_here.iter().cloned().collect();
    let there: BTreeSet<String> = ids_there.iter().cloned().collect();
    assert_eq!(here, expected, "the first node holds exactly what is live");
    assert_eq!(there, expected, "the second node converged on the same");
    assert_eq!(total_here, expected.len() as u64);
    assert_eq!(total_there, expected.len() as u64, "nothing indexed twice");
    assert_eq!(ids_there.len(), there.len(), "no hit repeated");
    let (edited, _) = find(&second, &token, "mustikka").await;
    assert_eq!(edited, 7, "every edit arrived");
    running.abort();
}

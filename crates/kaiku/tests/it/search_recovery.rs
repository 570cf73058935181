//! The real binary's search index through `kaiku seed`, `kaiku reindex` and a
//! `kill -9` in the middle of a rebuild: after the restart it holds everything
//! once.

use std::process::Stdio;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::sync::mpsc;

use crate::cli::{BIN, database_args, run};

/// A running `kaiku serve`, its port and its log lines.
struct Server {
    child: tokio::process::Child,
    port: u16,
    log: mpsc::UnboundedReceiver<String>,
}

impl Server {
    async fn start(args: &[String]) -> Server {
        let mut a = vec![
            "serve".to_owned(),
            "--listen".to_owned(),
            "127.0.0.1:0".to_owned(),
        ];
        a.extend(args.iter().cloned());
        let mut child = tokio::process::Command::new(BIN)
            .args(&a)
            .env_remove("KAIKU_DATABASE_URL")
            .env("RUST_LOG", "info,sqlx=warn")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        let stderr = child.stderr.take().unwrap_or_else(|| panic!("no stderr"));
        let (tx, mut log) = mpsc::unbounded_channel();
        tokio::spawn(async move {
            let mut lines = BufReader::new(stderr).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut port = 0;
        while let Ok(Some(line)) = tokio::time::timeout(Duration::from_secs(30), log.recv()).await {
            if let Some(rest) = line.split("listening on http://127.0.0.1:").nth(1) {
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                port = digits.parse().unwrap_or(0);
                break;
            }
        }
        assert!(port > 0, "the server did not report its address");
        Server { child, port, log }
    }

    /// Waits for a log line containing `text`.
    async fn wait_for(&mut self, text: &str) {
        let found = tokio::time::timeout(Duration::from_secs(60), async {
            while let Some(line) = self.log.recv().await {
                if line.contains(text) {
                    return true;
                }
            }
            false
        })
        .await;
        assert_eq!(found, Ok(true), "no log line with {text:?}");
    }

    async fn send(&self, method: &str, path: &str, token: &str, body: Option<&str>) -> String {
        let mut s = tokio::net::TcpStream::connect(("127.0.0.1", self.port))
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let body = body.unwrap_or("");
        let req = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        s.write_all(req.as_bytes())
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let mut out = String::new();
        s.read_to_string(&mut out)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        out
    }

    async fn json(
        &self,
        method: &str,
        path: &str,
        token: &str,
        body: Option<&str>,
    ) -> serde_json::Value {
        let r = self.send(method, path, token, body).await;
        let (head, body) = r.split_once("\r\n\r\n").unwrap_or((&r, ""));
        assert!(head.starts_with("HTTP/1.1 2"), "{method} {path}: {r}");
        // Chunked or not, the JSON is the one line that parses.
        body.lines()
            .find_map(|l| serde_json::from_str(l).ok())
            .unwrap_or_else(|| panic!("no JSON in {r}"))
    }

    /// The post ids a search finds, waiting (up to a while) for `want` of them.
    async fn found(&self, token: &str, q: &str, want: usize) -> (u64, Vec<String>) {
        let mut last = (0, Vec::new());
        for _ in 0..200 {
            let v = self
                .json(
                    "GET",
                    &format!("/api/v1/search?q={q}&type=post&limit=50"),
                    token,
                    None,
                )
                .await;
            let ids: Vec<String> = v["items"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .iter()
                .map(|i| i["id"].as_str().unwrap_or("").to_owned())
                .collect();
            last = (v["total"].as_u64().unwrap_or(0), ids);
            if last.1.len() >= want && !v["indexing"].as_bool().unwrap_or(true) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        last
    }

    async fn kill9(mut self) {
        let pid = self.child.id().unwrap_or(0).to_string();
        let _ = tokio::process::Command::new("kill")
            .args(["-KILL", &pid])
            .status()
            .await;
        let _ = self.child.wait().await;
    }
}

#[tokio::test]
async fn the_index_survives_kill_9_mid_rebuild_and_reindex_rebuilds_it() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = database_args(dir.path()).await;
    let with = |extra: &[&str]| -> Vec<String> {
        let mut a: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
        a.extend(db.iter().cloned());
        a
    };
    // Seeded rows bypass the outbox: the first start indexes them by rebuilding.
    let (ok, _, err) = run(&with(&[
        "seed",
        "--users",
        "30",
        "--spaces",
        "4",
        "--posts",
        "1500",
        "--comments",
        "3000",
    ]))
    .await;
    assert!(ok, "{err}");
    let (ok, _, err) = run(&with(&[
        "admin",
        "create-user",
        "--email",
        "ops@kaiku.fi",
        "--name",
        "Olli Ops",
        "--password",
        "long enough password",
        "--role",
        "admin",
    ]))
    .await;
    assert!(ok, "{err}");
    let (_, out, _) = run(&with(&[
        "admin",
        "token",
        "--email",
        "ops@kaiku.fi",
        "--name",
        "t",
    ]))
    .await;
    let token = out.lines().last().unwrap_or("").trim().to_owned();

    let mut server = Server::start(&db).await;
    server.wait_for("search: index built").await;
    let someone = server
        .json("GET", "/api/v1/users?limit=5", &token, None)
        .await;
    let name = someone["items"]
        .as_array()
        .and_then(|a| a.iter().find(|u| u["email"] != "ops@kaiku.fi"))
        .and_then(|u| u["display_name"].as_str())
        .unwrap_or("")
        .to_owned();
    assert!(!name.is_empty(), "{someone}");
    let space = server
        .json(
            "POST",
            "/api/v1/spaces",
            &token,
            Some(r#"{"name":"Metsä","visibility":"public"}"#),
        )
        .await["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    let mut ids = Vec::new();
    for i in 0..12 {
        let body = serde_json::json!({ "body": format!("Kaarnikka numero {i}") }).to_string();
        let p = server
            .json(
                "POST",
                &format!("/api/v1/spaces/{space}/posts"),
                &token,
                Some(&body),
            )
            .await;
        ids.push(p["id"].as_str().unwrap_or("").to_owned());
    }
    ids.sort();
    let (total, mut got) = server.found(&token, "kaarnikka", 12).await;
    got.sort();
    assert_eq!(
        (total, &got),
        (12, &ids),
        "written through the API, found at once"
    );

    // An operator asks for a rebuild; the server is killed in the middle of it.
    let (ok, out, err) = run(&with(&["reindex"])).await;
    assert!(ok, "{err}");
    assert!(out.contains("rebuild requested"), "{out}");
    server.wait_for("search: building the index").await;
    server.kill9().await;

    // Restarted, it starts the rebuild over and ends with everything, once.
    let mut server = Server::start(&db).await;
    server.wait_for("search: index built").await;
    let (total, mut got) = server.found(&token, "kaarnikka", 12).await;
    got.sort();
    assert_eq!((total, &got), (12, &ids), "nothing lost, nothing twice");
    let q: String = serde_urlencoded::to_string([("q", name.as_str())]).unwrap_or_default();
    let people = server
        .json(
            "GET",
            &format!("/api/v1/search?{q}&type=person"),
            &token,
            None,
        )
        .await;
    assert!(
        people["items"].as_array().is_some_and(|a| !a.is_empty()),
        "seeded people are back: {people}"
    );
    server.kill9().await;
}

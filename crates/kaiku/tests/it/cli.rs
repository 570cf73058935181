//! The binary itself: admin commands for automation, and `serve` starting, printing
//! the setup code, answering, and shutting down gracefully on SIGTERM.

use std::process::Stdio;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

use crate::support::pg_url;

pub(crate) const BIN: &str = env!("CARGO_BIN_EXE_kaiku");

/// A database for one run of the binary: a SQLite file in `dir`, or a fresh
/// PostgreSQL database.
pub(crate) async fn database_args(dir: &std::path::Path) -> Vec<String> {
    let mut args = vec!["--data-dir".to_owned(), dir.display().to_string()];
    if let Some(url) = pg_url() {
        let name = format!("kaiku_cli_{}", uuid::Uuid::new_v4().simple());
        let pool = sqlx::PgPool::connect(&url)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&pool)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let base = url
            .rsplit_once('/')
            .map(|(b, _)| b.to_owned())
            .unwrap_or(url.clone());
        args.push("--database-url".into());
        args.push(format!("{base}/{name}"));
    }
    args
}

pub(crate) async fn run(args: &[String]) -> (bool, String, String) {
    let out = tokio::process::Command::new(BIN)
        .args(args)
        .env_remove("KAIKU_DATABASE_URL")
        .output()
        .await
        .unwrap_or_else(|e| panic!("running kaiku: {e}"));
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

async fn http_get(port: u16, path: &str, token: Option<&str>) -> String {
    let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let auth = token
        .map(|t| format!("Authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    let req = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{auth}Connection: close\r\n\r\n");
    s.write_all(req.as_bytes())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let mut out = String::new();
    s.read_to_string(&mut out)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    out
}

#[tokio::test]
async fn admin_commands_create_users_and_tokens_for_scripts() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = database_args(dir.path()).await;
    let with = |extra: &[&str]| -> Vec<String> {
        let mut a: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
        a.extend(db.iter().cloned());
        a
    };
    let (ok, out, err) = run(&with(&["migrate"])).await;
    assert!(ok, "{err}");
    assert!(out.contains("migrations applied"));
    let (ok, out, err) = run(&with(&[
        "admin",
        "create-user",
        "--email",
        "ops@kaiku.fi",
        "--name",
        "Ops Person",
        "--password",
        "long enough password",
        "--role",
        "admin",
    ]))
    .await;
    assert!(ok, "{err}");
    assert_eq!(out.trim().len(), 32, "prints the id: {out}");
    let (ok, _, err) = run(&with(&[
        "admin",
        "create-user",
        "--email",
        "ops@kaiku.fi",
        "--name",
        "Again",
        "--password",
        "long enough password",
    ]))
    .await;
    assert!(!ok);
    assert!(err.contains("already has an account"), "{err}");
    let (ok, _, err) = run(&with(&[
        "admin",
        "create-user",
        "--email",
        "bad",
        "--name",
        "",
        "--password",
        "short",
    ]))
    .await;
    assert!(!ok);
    assert!(err.contains("email") && err.contains("password"), "{err}");
    let (ok, out, err) = run(&with(&[
        "admin",
        "token",
        "--email",
        "ops@kaiku.fi",
        "--name",
        "ci",
    ]))
    .await;
    assert!(ok, "{err}");
    let token = out.lines().last().unwrap_or("").trim().to_owned();
    assert!(token.starts_with("kaiku_"), "{out}");
    // The password can come on standard input, out of sight of `ps`.
    let mut child = tokio::process::Command::new(BIN)
        .args(with(&["admin", "set-password", "--email", "ops@kaiku.fi"]))
        .env_remove("KAIKU_DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(b"another long password\n")
            .await
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let out = child
        .wait_with_output()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // The token works against the served API; set-password revoked tokens, so make a new one.
    let (_, out, _) = run(&with(&[
        "admin",
        "token",
        "--email",
        "ops@kaiku.fi",
        "--name",
        "ci2",
    ]))
    .await;
    let token = out.lines().last().unwrap_or("").trim().to_owned();
    let mut child = tokio::process::Command::new(BIN)
        .args(with(&["serve", "--listen", "127.0.0.1:0"]))
        .env_remove("KAIKU_DATABASE_URL")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = child.stderr.take().unwrap_or_else(|| panic!("no stderr"));
    let mut lines = BufReader::new(stderr).lines();
    let port = tokio::time::timeout(Duration::from_secs(30), async {
        while let Ok(Some(line)) = lines.next_line().await {
            if let Some(rest) = line.split("listening on http://127.0.0.1:").nth(1) {
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                return digits.parse::<u16>().ok();
            }
        }
        None
    })
    .await
    .ok()
    .flatten()
    .unwrap_or_else(|| panic!("server did not report its address"));
    let me = http_get(port, "/api/v1/me", Some(&token)).await;
    assert!(me.starts_with("HTTP/1.1 200"), "{me}");
    assert!(me.contains("\"email\":\"ops@kaiku.fi\""));
    // An admin exists, so the home page is the sign-in page, not setup.
    let home = http_get(port, "/", None).await;
    assert!(home.contains("location: /login"), "{home}");
    let pid = child.id().unwrap_or(0).to_string();
    let _ = tokio::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .await;
    let status = tokio::time::timeout(Duration::from_secs(20), child.wait())
        .await
        .unwrap_or_else(|_| panic!("no graceful shutdown"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(status.success(), "exit status {status}");
}

#[tokio::test]
async fn serve_prints_a_setup_code_on_a_fresh_install() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = database_args(dir.path()).await;
    let mut args = vec!["--listen".to_owned(), "127.0.0.1:0".to_owned()];
    args.extend(db);
    let mut child = tokio::process::Command::new(BIN)
        .args(&args)
        .env_remove("KAIKU_DATABASE_URL")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = child.stderr.take().unwrap_or_else(|| panic!("no stderr"));
    let mut lines = BufReader::new(stderr).lines();
    let found = tokio::time::timeout(Duration::from_secs(30), async {
        let mut seen = String::new();
        while let Ok(Some(line)) = lines.next_line().await {
            seen.push_str(&line);
            seen.push('\n');
            if line.contains("setup code") {
                return seen;
            }
        }
        seen
    })
    .await
    .unwrap_or_default();
    assert!(found.contains("listening on http://127.0.0.1:"), "{found}");
    assert!(found.contains("one-time setup code"), "{found}");
    if pg_url().is_none() {
        assert!(
            dir.path().join("kaiku.db").exists(),
            "SQLite file in the data directory"
        );
    }
    let _ = child.kill().await;
}

#[tokio::test]
async fn seed_then_bench_drives_the_real_server_without_errors() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = database_args(dir.path()).await;
    let with = |extra: &[&str]| -> Vec<String> {
        let mut a: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
        a.extend(db.iter().cloned());
        a
    };
    let (ok, out, err) = run(&with(&[
        "seed",
        "--users",
        "40",
        "--spaces",
        "6",
        "--posts",
        "300",
        "--comments",
        "600",
    ]))
    .await;
    assert!(ok, "{err}");
    assert!(out.contains("300 posts"), "{out}");
    assert!(out.contains("Every account's password: kaiku-demo-2026"));
    let (ok, _, err) = run(&with(&["seed", "--users", "10"])).await;
    assert!(!ok, "a second seed into the same database is refused");
    assert!(err.contains("already holds people"), "{err}");
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        l.local_addr().map(|a| a.port()).unwrap_or(18081)
    };
    let listen = format!("127.0.0.1:{port}");
    let (ok, out, err) = run(&with(&[
        "bench",
        "--users",
        "3",
        "--seconds",
        "2",
        "--warmup",
        "0",
        "--bench-listen",
        &listen,
    ]))
    .await;
    assert!(ok, "{out}\n{err}");
    assert!(out.contains("| **all** |"), "{out}");
    for line in out
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| operation"))
    {
        assert!(line.trim_end().ends_with("| 0 |"), "no errors: {line}");
    }
    assert!(out.contains("server peak RSS"), "{out}");
}

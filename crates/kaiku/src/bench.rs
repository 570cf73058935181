//! `kaiku bench`: starts this binary's server on the configured (seeded)
//! database, signs in N virtual users and drives a realistic mix over real
//! HTTP (reading the home stream, spaces, posts, profiles and the directory;
//! searching as people type and in full; posting, commenting, reacting).
//! Reports throughput and p50/p95/p99 latency per operation, errors, the
//! server's peak memory, database and index size, cold start, how long the
//! search index took to build, and the machine.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::{Method, Request};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use kaiku_domain::seed::{BenchSample, BenchSpace};
use kaiku_domain::{SystemClock, Viewer};
use tokio::sync::Mutex;

use crate::app::App;
use crate::config::Config;

/// How to run the benchmark.
#[derive(Debug, Clone)]
pub struct BenchOptions {
    pub users: usize,
    pub seconds: u64,
    pub warmup: u64,
    pub listen: String,
    pub password: String,
    /// Where to write the results as JSON, besides printing the table.
    pub out: Option<PathBuf>,
    /// Only these operations of the mix (by name), keeping their weights.
    pub only: Vec<String>,
    /// A pause after each request, as a person reading would take (0: none,
    /// every virtual user sends its next request at once: a saturation test).
    pub think_ms: u64,
    /// The `Accept-Encoding` the virtual users send (empty: none). Browsers
    /// ask for compression, so the default does too: what the server spends
    /// compressing is part of what a user waits for.
    pub accept_encoding: String,
}

/// The operations of the mix, with their weights.
const MIX: [(&str, u32); 12] = [
    ("home stream", 30),
    ("space page", 12),
    ("post page", 12),
    ("profile", 6),
    ("directory filter", 6),
    ("expert finder", 4),
    ("search suggestions", 10),
    ("search results", 5),
    ("notifications", 5),
    ("create post", 7),
    ("comment", 8),
    ("react", 10),
];

type Http = Client<HttpConnector, Full<Bytes>>;

struct Virtual {
    cookie: String,
    spaces: Vec<BenchSpace>,
}

#[derive(Default)]
struct Tally {
    micros: BTreeMap<&'static str, Vec<u64>>,
    errors: BTreeMap<&'static str, u64>,
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)] as f64 / 1000.0
}

async fn send(
    http: &Http,
    base: &str,
    method: Method,
    path: &str,
    cookie: Option<&str>,
    form: Option<String>,
    encoding: &str,
) -> anyhow::Result<(u16, hyper::HeaderMap, Bytes)> {
    let mut b = Request::builder()
        .method(method)
        .uri(format!("{base}{path}"))
        .header("origin", base)
        .header("sec-fetch-site", "same-origin")
        .header("accept-language", "fi");
    if !encoding.is_empty() {
        b = b.header("accept-encoding", encoding);
    }
    if let Some(c) = cookie {
        b = b.header("cookie", c);
    }
    let body = match form {
        Some(f) => {
            b = b.header("content-type", "application/x-www-form-urlencoded");
            Full::new(Bytes::from(f))
        }
        None => Full::new(Bytes::new()),
    };
    let res = http.request(b.body(body)?).await?;
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await?.to_bytes();
    Ok((status, headers, bytes))
}

fn form(pairs: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(pairs).unwrap_or_default()
}

/// Words people search the seeded organisation for: what its posts are made of
/// and the names in it, in all five languages.
fn search_terms() -> Vec<String> {
    use crate::seed::vocab::{self, Culture};
    let mut words: Vec<String> = Vec::new();
    for (c, _) in Culture::MIX {
        for text in vocab::post_templates(c)
            .iter()
            .chain(vocab::comments(c))
            .chain(c.skills())
        {
            words.extend(
                text.split(|ch: char| !ch.is_alphabetic())
                    .filter(|w| w.chars().count() >= 5)
                    .map(str::to_lowercase),
            );
        }
        words.extend(c.first_names().iter().map(|n| n.to_lowercase()));
    }
    words.extend(vocab::TOPICS.iter().map(|t| t.to_lowercase()));
    words.sort();
    words.dedup();
    words
}

/// A Prometheus gauge's value from a `/metrics` page.
fn gauge(page: &str, name: &str) -> Option<f64> {
    page.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.trim().parse().ok())
}

/// Runs the benchmark; prints the table and returns it as JSON.
pub async fn run(config: &Config, o: &BenchOptions) -> anyhow::Result<serde_json::Value> {
    // What to drive, read straight from the database before the server starts.
    let app = App::build(config, Arc::new(SystemClock)).await?;
    let sample: BenchSample = app
        .services
        .seed_writer(&Viewer::system())
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .bench_sample(o.users)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    app.services.close().await;
    if sample.accounts.is_empty() {
        bail!("no members to sign in as: run `kaiku seed` on this database first");
    }

    // The server: this same binary, on the same storage, as its own process.
    let exe = std::env::current_exe().context("finding this program")?;
    let started = Instant::now();
    let mut cmd = tokio::process::Command::new(exe);
    cmd.arg("--data-dir")
        .arg(&config.data_dir)
        .arg("--listen")
        .arg(&o.listen)
        .arg("--public-url")
        .arg(format!("http://{}", o.listen))
        .arg("serve")
        .env("RUST_LOG", "warn")
        .kill_on_drop(true)
        .stdout(std::process::Stdio::null());
    if let Some(url) = &config.database_url {
        cmd.arg("--database-url").arg(url);
    }
    let mut child = cmd.spawn().context("starting the server")?;
    let pid = child.id().unwrap_or(0);
    let base = format!("http://{}", o.listen);
    let http: Http = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(o.users * 2)
        .build_http();
    let mut ready = None;
    for _ in 0..600 {
        if let Ok((200, _, _)) = send(&http, &base, Method::GET, "/readyz", None, None, "").await {
            ready = Some(started.elapsed());
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let Some(cold_start) = ready else {
        let _ = child.kill().await;
        bail!("the server did not become ready");
    };
    // Search needs its index: a freshly seeded database is indexed in the
    // background first (and once only; later runs reuse it).
    let mut index: (f64, f64);
    let mut last_note = Instant::now();
    let index_wait = loop {
        let page = send(&http, &base, Method::GET, "/metrics", None, None, "")
            .await
            .map(|(_, _, b)| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
        index = (
            gauge(&page, "kaiku_search_documents").unwrap_or(0.0),
            gauge(&page, "kaiku_search_index_bytes").unwrap_or(0.0),
        );
        if gauge(&page, "kaiku_search_ready") == Some(1.0) {
            break started.elapsed().saturating_sub(cold_start);
        }
        if started.elapsed() > Duration::from_secs(4 * 3600) {
            let _ = child.kill().await;
            bail!("the search index was not built within four hours");
        }
        if last_note.elapsed() > Duration::from_secs(30) {
            eprintln!("building the search index: {:.0} documents so far", index.0);
            last_note = Instant::now();
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    };
    let terms = Arc::new(search_terms());

    // Sign everyone in (each virtual user is one person, with their spaces).
    let mut users = Vec::new();
    for i in 0..o.users {
        let (email, spaces) = &sample.accounts[i % sample.accounts.len()];
        let (status, headers, _) = send(
            &http,
            &base,
            Method::POST,
            "/login",
            None,
            Some(form(&[("email", email), ("password", &o.password)])),
            "",
        )
        .await?;
        let cookie = headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("kaiku_session="))
            .and_then(|v| v.split(';').next())
            .map(str::to_owned);
        match (status, cookie) {
            (303, Some(c)) => users.push(Virtual {
                cookie: c,
                spaces: spaces.clone(),
            }),
            _ => bail!(
                "signing in as {email} failed ({status}); was the seed's password {}?",
                o.password
            ),
        }
    }

    let tally = Arc::new(Mutex::new(Tally::default()));
    let sample = Arc::new(sample);
    let mix: Vec<(&'static str, u32)> = MIX
        .iter()
        .copied()
        .filter(|(name, _)| o.only.is_empty() || o.only.iter().any(|x| x == name))
        .collect();
    if mix.is_empty() {
        bail!(
            "--only names none of the operations: {}",
            MIX.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
        );
    }
    let mix = Arc::new(mix);
    let total: u32 = mix.iter().map(|(_, w)| w).sum();
    let warm_until = Instant::now() + Duration::from_secs(o.warmup);
    let end = warm_until + Duration::from_secs(o.seconds);
    let mut tasks = Vec::new();
    let peak_rss = Arc::new(std::sync::atomic::AtomicU64::new(0));
    // The kernel keeps no high-water mark of anonymous memory, and VmHWM
    // counts mapped index pages the kernel may take back at will: what the
    // process itself holds is sampled.
    let peak_anon = Arc::new(std::sync::atomic::AtomicU64::new(0));
    {
        let peak = peak_rss.clone();
        let anon = peak_anon.clone();
        tasks.push(tokio::spawn(async move {
            while Instant::now() < end {
                if let Some(kb) = rss_kb(pid, "VmRSS") {
                    peak.fetch_max(kb, std::sync::atomic::Ordering::Relaxed);
                }
                if let Some(kb) = rss_kb(pid, "RssAnon") {
                    anon.fetch_max(kb, std::sync::atomic::Ordering::Relaxed);
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }));
    }
    // What the server spent and how starved the host was, over the measured
    // window only: latencies on a shared host mean little without them.
    let window = tokio::spawn(async move {
        tokio::time::sleep_until(tokio::time::Instant::from_std(warm_until)).await;
        let start = (cpu_seconds(pid), pressure_some_us());
        tokio::time::sleep_until(tokio::time::Instant::from_std(end)).await;
        let stop = (cpu_seconds(pid), pressure_some_us());
        let cpu = start.0.zip(stop.0).map(|(a, b)| b - a);
        let stalled = start.1.zip(stop.1).map(|(a, b)| b.saturating_sub(a));
        (cpu, stalled)
    });
    for (n, u) in users.into_iter().enumerate() {
        let http = http.clone();
        let base = base.clone();
        let tally = tally.clone();
        let sample = sample.clone();
        let mix = mix.clone();
        let terms = terms.clone();
        let think = Duration::from_millis(o.think_ms);
        let encoding = o.accept_encoding.clone();
        tasks.push(tokio::spawn(async move {
            let mut seed = 0x9E37_79B9u64.wrapping_mul(n as u64 + 1);
            let mut next = move || {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed
            };
            let mut local = Tally::default();
            let mut i = 0u64;
            while Instant::now() < end {
                i += 1;
                let mut pick = (next() % u64::from(total)) as u32;
                let mut op = mix[0].0;
                for &(name, w) in mix.iter() {
                    if pick < w {
                        op = name;
                        break;
                    }
                    pick -= w;
                }
                let space = &u.spaces[(next() as usize) % u.spaces.len().max(1)];
                let post = space
                    .2
                    .get((next() as usize) % space.2.len().max(1))
                    .cloned();
                let person = &sample.people[(next() as usize) % sample.people.len().max(1)];
                let skill = sample
                    .skills
                    .get((next() as usize) % sample.skills.len().max(1));
                let location = sample
                    .locations
                    .get((next() as usize) % sample.locations.len().max(1));
                let term = terms
                    .get((next() as usize) % terms.len().max(1))
                    .map(String::as_str)
                    .unwrap_or("kahvi");
                // Suggestions are asked for as a word is typed: any prefix of
                // two letters or more.
                let typed: String = {
                    let len = term.chars().count().max(2);
                    let upto = 2 + (next() as usize) % (len - 1);
                    term.chars().take(upto).collect()
                };
                let (method, path, body): (Method, String, Option<String>) = match op {
                    "home stream" => (Method::GET, "/".into(), None),
                    "space page" => (Method::GET, format!("/s/{}", space.1), None),
                    "post page" | "comment" | "react" if post.is_none() => {
                        (Method::GET, format!("/s/{}", space.1), None)
                    }
                    "post page" => (
                        Method::GET,
                        format!("/p/{}", post.clone().unwrap_or_default()),
                        None,
                    ),
                    "profile" => (Method::GET, format!("/u/{person}"), None),
                    "directory filter" => (
                        Method::GET,
                        format!(
                            "/people?{}",
                            form(&[
                                ("skill", skill.map(String::as_str).unwrap_or("")),
                                ("location", location.map(String::as_str).unwrap_or("")),
                            ])
                        ),
                        None,
                    ),
                    "expert finder" => (
                        Method::GET,
                        format!(
                            "/people/experts?{}",
                            form(&[("q", skill.map(String::as_str).unwrap_or("sap"))])
                        ),
                        None,
                    ),
                    "notifications" => (Method::GET, "/notifications".into(), None),
                    "search suggestions" => (
                        Method::GET,
                        format!("/search/suggest?{}", form(&[("q", &typed)])),
                        None,
                    ),
                    "search results" => (
                        Method::GET,
                        format!("/search?{}", form(&[("q", term)])),
                        None,
                    ),
                    "create post" => (
                        Method::POST,
                        "/posts".into(),
                        Some(form(&[
                            ("space_id", &space.0),
                            ("body", &format!("Kuormitustesti {n}-{i}: #bench")),
                        ])),
                    ),
                    "comment" => (
                        Method::POST,
                        format!("/p/{}/comments", post.clone().unwrap_or_default()),
                        Some(form(&[("body", "Kiitos, hyvä pointti!")])),
                    ),
                    _ => (
                        Method::POST,
                        format!("/p/{}/react", post.clone().unwrap_or_default()),
                        Some(form(&[
                            ("kind", "like"),
                            ("on", if i.is_multiple_of(2) { "1" } else { "0" }),
                        ])),
                    ),
                };
                let t = Instant::now();
                let result = send(
                    &http,
                    &base,
                    method,
                    &path,
                    Some(&u.cookie),
                    body,
                    &encoding,
                )
                .await;
                let micros = u64::try_from(t.elapsed().as_micros()).unwrap_or(u64::MAX);
                if !think.is_zero() {
                    tokio::time::sleep(think).await;
                }
                if Instant::now() < warm_until {
                    continue;
                }
                match result {
                    Ok((200 | 303, _, _)) => local.micros.entry(op).or_default().push(micros),
                    _ => *local.errors.entry(op).or_default() += 1,
                }
            }
            let mut all = tally.lock().await;
            for (op, mut v) in local.micros {
                all.micros.entry(op).or_default().append(&mut v);
            }
            for (op, n) in local.errors {
                *all.errors.entry(op).or_default() += n;
            }
        }));
    }
    for t in tasks {
        let _ = t.await;
    }
    let hwm = rss_kb(pid, "VmHWM");
    let (anon_kb, file_kb) = (rss_kb(pid, "RssAnon"), rss_kb(pid, "RssFile"));
    let (server_cpu, stalled_us) = window.await.unwrap_or((None, None));
    let _ = child.kill().await;

    let tally = tally.lock().await;
    let mut rows = Vec::new();
    let mut overall: Vec<u64> = Vec::new();
    println!("\n| operation | requests | req/s | p50 ms | p95 ms | p99 ms | errors |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for &(op, _) in mix.iter() {
        let mut v = tally.micros.get(op).cloned().unwrap_or_default();
        v.sort_unstable();
        overall.extend(&v);
        let errors = tally.errors.get(op).copied().unwrap_or(0);
        let rate = v.len() as f64 / o.seconds as f64;
        println!(
            "| {op} | {} | {rate:.0} | {:.1} | {:.1} | {:.1} | {errors} |",
            v.len(),
            percentile(&v, 0.5),
            percentile(&v, 0.95),
            percentile(&v, 0.99)
        );
        rows.push(serde_json::json!({
            "operation": op, "requests": v.len(), "per_second": rate,
            "p50_ms": percentile(&v, 0.5), "p95_ms": percentile(&v, 0.95), "p99_ms": percentile(&v, 0.99),
            "errors": errors,
        }));
    }
    overall.sort_unstable();
    let errors: u64 = tally.errors.values().sum();
    println!(
        "| **all** | {} | {:.0} | {:.1} | {:.1} | {:.1} | {errors} |",
        overall.len(),
        overall.len() as f64 / o.seconds as f64,
        percentile(&overall, 0.5),
        percentile(&overall, 0.95),
        percentile(&overall, 0.99)
    );
    let db_bytes = match sample.database_bytes {
        Some(b) => Some(u64::try_from(b).unwrap_or(0)),
        None => {
            let file = config.data_dir.join("kaiku.db");
            let wal = config.data_dir.join("kaiku.db-wal");
            std::fs::metadata(&file)
                .ok()
                .map(|m| m.len() + std::fs::metadata(&wal).map(|w| w.len()).unwrap_or(0))
        }
    };
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let memory_kb = meminfo_kb("MemTotal");
    let peak_kb = hwm.unwrap_or_else(|| peak_rss.load(std::sync::atomic::Ordering::Relaxed));
    let peak_anon_kb = peak_anon.load(std::sync::atomic::Ordering::Relaxed);
    println!(
        "\nvirtual users {}, think time {} ms, {} s measured after {} s warm-up; server peak RSS \
         {:.0} MB; database {:.0} MB; cold start to ready {} ms; search index {:.0} documents, \
         {:.0} MB, ready {:.1} s after start; machine: {cores} cores, {:.1} GiB",
        o.users,
        o.think_ms,
        o.seconds,
        o.warmup,
        peak_kb as f64 / 1024.0,
        db_bytes.unwrap_or(0) as f64 / 1_048_576.0,
        cold_start.as_millis(),
        index.0,
        index.1 / 1_048_576.0,
        index_wait.as_secs_f64(),
        memory_kb.unwrap_or(0) as f64 / 1_048_576.0,
    );
    let requests = overall.len() as u64 + errors;
    let cpu_ms_per_request = server_cpu
        .filter(|_| requests > 0)
        .map(|c| c * 1000.0 / requests as f64);
    // The share of the window in which some runnable task waited for a CPU
    // (the kernel's pressure figure): the load generator, the server and
    // anything else on the host competing for the cores.
    let pressure = stalled_us.map(|us| us as f64 / (o.seconds as f64 * 1e6) * 100.0);
    println!(
        "server CPU per request {} ms; CPU pressure (some) {} %; peak anonymous RSS {:.0} MB; \
         RSS at the end {} MB anonymous, {} MB mapped files; Accept-Encoding {:?}",
        cpu_ms_per_request.map_or("?".into(), |v| format!("{v:.2}")),
        pressure.map_or("?".into(), |v| format!("{v:.0}")),
        peak_anon_kb as f64 / 1024.0,
        anon_kb.map_or("?".into(), |v| format!("{:.0}", v as f64 / 1024.0)),
        file_kb.map_or("?".into(), |v| format!("{:.0}", v as f64 / 1024.0)),
        o.accept_encoding,
    );
    if let Some(seed) = &sample.seed_report {
        println!("seed: {seed}");
    }
    let result = serde_json::json!({
        "virtual_users": o.users, "seconds": o.seconds, "think_ms": o.think_ms,
        "operations": rows,
        "errors": errors, "peak_rss_mb": peak_kb as f64 / 1024.0,
        "peak_rss_anon_mb": peak_anon_kb as f64 / 1024.0,
        "accept_encoding": o.accept_encoding,
        "database_mb": db_bytes.unwrap_or(0) as f64 / 1_048_576.0,
        "cold_start_ms": cold_start.as_millis() as u64, "cores": cores,
        "search_documents": index.0, "search_index_mb": index.1 / 1_048_576.0,
        "search_ready_after_s": index_wait.as_secs_f64(),
        "memory_gib": memory_kb.unwrap_or(0) as f64 / 1_048_576.0,
        "server_cpu_ms_per_request": cpu_ms_per_request,
        "cpu_pressure_some_pct": pressure,
        "rss_anon_mb": anon_kb.map(|v| v as f64 / 1024.0),
        "rss_file_mb": file_kb.map(|v| v as f64 / 1024.0),
        "seed": sample.seed_report.as_deref().and_then(|s| serde_json::from_str::<serde_json::Value>(s).ok()),
    });
    if let Some(path) = &o.out {
        std::fs::write(path, serde_json::to_string_pretty(&result)?)
            .with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(result)
}

/// A memory figure of a process from `/proc/<pid>/status`, in KiB.
fn rss_kb(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with(field))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// CPU time a process has used, user and system, in seconds
/// (`/proc/<pid>/stat`, counted in USER_HZ ticks, 100 a second on Linux).
fn cpu_seconds(pid: u32) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name may hold spaces; the fields after it do not.
    let rest = stat.rsplit_once(')')?.1;
    let mut fields = rest.split_whitespace().skip(11);
    let user: u64 = fields.next()?.parse().ok()?;
    let system: u64 = fields.next()?.parse().ok()?;
    Some((user + system) as f64 / 100.0)
}

/// Microseconds in which some runnable task waited for a CPU, since boot.
fn pressure_some_us() -> Option<u64> {
    let p = std::fs::read_to_string("/proc/pressure/cpu").ok()?;
    p.lines()
        .find(|l| l.starts_with("some"))?
        .split_whitespace()
        .find_map(|f| f.strip_prefix("total="))?
        .parse()
        .ok()
}

/// A figure from `/proc/meminfo`, in KiB.
fn meminfo_kb(field: &str) -> Option<u64> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    info.lines()
        .find(|l| l.starts_with(field))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

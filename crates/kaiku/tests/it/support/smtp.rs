//! A real SMTP server inside the test process: it speaks enough of RFC 5321 for a
//! real client (lettre) to deliver to it, and keeps what it receives.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::Notify;

/// A received message.
#[derive(Debug, Clone)]
pub struct Mail {
    pub from: String,
    pub to: Vec<String>,
    pub raw: String,
    pub subject: String,
    /// The decoded text of every body part, concatenated.
    pub text: String,
}

impl Mail {
    /// The first link in the body that starts with `prefix`.
    pub fn link(&self, prefix: &str) -> Option<String> {
        let start = self.text.find(prefix)?;
        let rest = self.text.get(start..)?;
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '"' || c == '<')
            .unwrap_or(rest.len());
        rest.get(..end).map(str::to_owned)
    }

    /// A header's raw value.
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.raw.split("\r\n\r\n").next()?;
        let prefix = format!("{}:", name.to_ascii_lowercase());
        head.split("\r\n")
            .find(|l| l.to_ascii_lowercase().starts_with(&prefix))
            .map(|l| l.get(prefix.len()..).unwrap_or("").trim().to_owned())
    }
}

/// The server and its mailbox.
#[derive(Clone)]
pub struct SmtpServer {
    pub port: u16,
    inbox: Arc<Mutex<Vec<Mail>>>,
    arrived: Arc<Notify>,
}

impl SmtpServer {
    pub async fn start() -> SmtpServer {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .unwrap_or_else(|e| panic!("smtp bind: {e}"));
        let port = listener.local_addr().map(|a| a.port()).unwrap_or(0);
        let server = SmtpServer {
            port,
            inbox: Arc::default(),
            arrived: Arc::new(Notify::new()),
        };
        let s = server.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let s = s.clone();
                tokio::spawn(async move {
                    let _ = s.session(stream).await;
                });
            }
        });
        server
    }

    async fn session(&self, stream: tokio::net::TcpStream) -> std::io::Result<()> {
        let (r, mut w) = stream.into_split();
        let mut lines = BufReader::new(r);
        w.write_all(b"220 kaiku-test ESMTP\r\n").await?;
        let (mut from, mut to) = (String::new(), Vec::new());
        let mut line = String::new();
        loop {
            line.clear();
            if lines.read_line(&mut line).await? == 0 {
                return Ok(());
            }
            let cmd = line.trim_end().to_owned();
            let upper = cmd.to_ascii_uppercase();
            if upper.starts_with("EHLO") {
                w.write_all(b"250-kaiku-test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
                    .await?;
            } else if upper.starts_with("HELO") {
                w.write_all(b"250 kaiku-test\r\n").await?;
            } else if upper.starts_with("MAIL FROM:") {
                from = cmd.get(10..).unwrap_or("").trim().to_owned();
                to.clear();
                w.write_all(b"250 OK\r\n").await?;
            } else if upper.starts_with("RCPT TO:") {
                to.push(cmd.get(8..).unwrap_or("").trim().to_owned());
                w.write_all(b"250 OK\r\n").await?;
            } else if upper == "DATA" {
                w.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    .await?;
                let mut raw = String::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == ".\r\n" || line == ".\n" {
                        break;
                    }
                    let l = line.strip_prefix('.').unwrap_or(&line);
                    raw.push_str(l);
                }
                let mail = parse(&from, &to, raw);
                self.inbox
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(mail);
                self.arrived.notify_waiters();
                w.write_all(b"250 OK queued\r\n").await?;
            } else if upper == "QUIT" {
                w.write_all(b"221 Bye\r\n").await?;
                return Ok(());
            } else if upper == "RSET" || upper == "NOOP" {
                w.write_all(b"250 OK\r\n").await?;
            } else {
                w.write_all(b"502 Command not implemented\r\n").await?;
            }
        }
    }

    /// Everything received so far.
    pub fn all(&self) -> Vec<Mail> {
        self.inbox.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// `(to, subject)` of everything received, for failure messages.
    pub fn summaries(&self) -> Vec<(Vec<String>, String)> {
        self.all().into_iter().map(|m| (m.to, m.subject)).collect()
    }

    /// Waits until a message matching `pred` arrives.
    pub async fn wait_for(&self, pred: impl Fn(&Mail) -> bool, timeout: Duration) -> Option<Mail> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.arrived.notified();
            if let Some(m) = self.all().into_iter().find(|m| pred(m)) {
                return Some(m);
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return self.all().into_iter().find(|m| pred(m));
            }
        }
    }
}

fn parse(from: &str, to: &[String], raw: String) -> Mail {
    let subject = raw
        .split("\r\n\r\n")
        .next()
        .unwrap_or("")
        .replace("\r\n ", " ")
        .split("\r\n")
        .find_map(|l| l.strip_prefix("Subject: ").map(decode_words))
        .unwrap_or_default();
    Mail {
        from: from.to_owned(),
        to: to.to_vec(),
        subject,
        text: decode_bodies(&raw),
        raw,
    }
}

/// Decodes RFC 2047 encoded words (`=?utf-8?b?…?=`, `=?utf-8?q?…?=`).
fn decode_words(s: &str) -> String {
    let mut out = String::new();
    // Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
    let mut prev_encoded = false;
    for (i, word) in s.split(' ').enumerate() {
        let lower = word.to_ascii_lowercase();
        let decoded = if lower.starts_with("=?utf-8?b?") && word.ends_with("?=") {
            let inner = word.get(10..word.len() - 2).unwrap_or("");
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(inner)
                .unwrap_or_default();
            Some(String::from_utf8_lossy(&bytes).into_owned())
        } else if lower.starts_with("=?utf-8?q?") && word.ends_with("?=") {
            Some(decode_qp(
                &word.get(10..word.len() - 2).unwrap_or("").replace('_', " "),
            ))
        } else {
            None
        };
        if i > 0 && !(prev_encoded && decoded.is_some()) {
            out.push(' ');
        }
        prev_encoded = decoded.is_some();
        out.push_str(decoded.as_deref().unwrap_or(word));
    }
    out
}

fn decode_qp(s: &str) -> String {
    let joined = s.replace("=\r\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(
                std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"),
                16,
            )
        {
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The decoded text of every MIME part (or the single body).
fn decode_bodies(raw: &str) -> String {
    let mut out = String::new();
    let mut encoding = String::new();
    let mut in_headers = true;
    let mut body = String::new();
    let flush = |encoding: &str, body: &mut String, out: &mut String| {
        match encoding {
            "quoted-printable" => out.push_str(&decode_qp(body)),
            "base64" => {
                let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(compact)
                    .unwrap_or_default();
                out.push_str(&String::from_utf8_lossy(&bytes));
            }
            _ => out.push_str(body),
        }
        out.push('\n');
        body.clear();
    };
    for line in raw.split("\r\n") {
        if line.starts_with("--") {
            flush(&encoding, &mut body, &mut out);
            in_headers = true;
            encoding.clear();
            continue;
        }
        if in_headers {
            if line.is_empty() {
                in_headers = false;
            } else if let Some(v) = line
                .to_ascii_lowercase()
                .strip_prefix("content-transfer-encoding:")
            {
                encoding = v.trim().to_owned();
            }
            continue;
        }
        body.push_str(line);
        body.push_str("\r\n");
    }
    flush(&encoding, &mut body, &mut out);
    out
}

//! Outgoing e-mail: composing localized messages, queueing them durably in the
//! transaction that causes them, and a worker that delivers them over SMTP with
//! retries and backoff.

use std::time::Duration;

use kaiku_i18n::Tr;
use kaiku_store::{Tx, mail as store};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::settings::SmtpSettings;
use crate::{DomainError, Result, Services, secrets};

/// How the SMTP connection is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SmtpSecurity {
    /// Plain SMTP, upgraded with STARTTLS (required).
    #[default]
    StartTls,
    /// TLS from the first byte (SMTPS, usually port 465).
    Tls,
    /// No encryption: only for a relay on the same host or network.
    None,
}

impl SmtpSecurity {
    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            SmtpSecurity::StartTls => "starttls",
            SmtpSecurity::Tls => "tls",
            SmtpSecurity::None => "none",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "starttls" => Some(SmtpSecurity::StartTls),
            "tls" => Some(SmtpSecurity::Tls),
            "none" => Some(SmtpSecurity::None),
            _ => None,
        }
    }

    /// The customary port.
    pub fn default_port(self) -> u16 {
        match self {
            SmtpSecurity::StartTls => 587,
            SmtpSecurity::Tls => 465,
            SmtpSecurity::None => 25,
        }
    }
}

/// A composed message.
#[derive(Debug, Clone)]
pub(crate) struct Mail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Builds a message with a greeting, paragraphs, one call-to-action link and a footer.
pub(crate) fn compose(
    tr: Tr,
    org: &str,
    to: &str,
    subject: String,
    paragraphs: &[String],
    action: Option<(String, String)>,
) -> Mail {
    let mut text = String::new();
    let mut html = String::from(
        "<!doctype html><html><body style=\"font-family:system-ui,sans-serif;line-height:1.5;\
         color:#1f2937;max-width:560px;margin:0 auto;padding:24px\">",
    );
    html.push_str(&format!(
        "<p style=\"font-weight:600;font-size:18px\">{}</p>",
        escape(org)
    ));
    for p in paragraphs {
        text.push_str(p);
        text.push_str("\n\n");
        html.push_str(&format!("<p>{}</p>", escape(p)));
    }
    if let Some((label, url)) = action {
        text.push_str(&format!("{label}:\n{url}\n\n"));
        html.push_str(&format!(
            "<p><a href=\"{u}\" style=\"display:inline-block;background:#0f766e;color:#fff;\
             padding:10px 18px;border-radius:6px;text-decoration:none\">{l}</a></p>\
             <p style=\"font-size:13px;color:#6b7280\">{u}</p>",
            u = escape(&url),
            l = escape(&label)
        ));
    }
    let footer = tr.t1("mail-footer", "org", org);
    text.push_str("-- \n");
    text.push_str(&footer);
    text.push('\n');
    html.push_str(&format!(
        "<hr style=\"border:none;border-top:1px solid #e5e7eb\"><p style=\"font-size:13px;\
         color:#6b7280\">{}</p></body></html>",
        escape(&footer)
    ));
    Mail {
        to: to.to_owned(),
        subject,
        text,
        html,
    }
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

impl Services {
    /// Queues `mail` in `tx` if e-mail is configured; returns whether it was queued.
    pub(crate) async fn queue_mail(&self, tx: &mut Tx, mail: &Mail) -> Result<bool> {
        if self.smtp().await?.is_none() {
            return Ok(false);
        }
        store::enqueue(
            tx,
            &secrets::new_ordered_id(),
            &mail.to,
            &mail.subject,
            &mail.text,
            Some(&mail.html),
            self.now(),
        )
        .await?;
        Ok(true)
    }

    /// Wakes the mail worker (call after committing a transaction that queued mail).
    pub(crate) fn wake_mailer(&self) {
        self.inner.mail_wake.notify_one();
    }

    /// Whether e-mail can be sent.
    pub async fn mail_configured(&self) -> Result<bool> {
        Ok(self.smtp().await?.is_some())
    }
}

/// Attempts before a message is given up.
const MAX_ATTEMPTS: i64 = 8;
/// How long a leased message is reserved for one worker.
const LEASE_MS: i64 = 120_000;

/// Delivers queued mail until cancelled. Several may run (one per node): each
/// message is leased by exactly one of them at a time.
pub struct MailWorker {
    services: Services,
}

impl MailWorker {
    /// A worker over these services.
    pub fn new(services: Services) -> Self {
        MailWorker { services }
    }

    /// Runs until `shutdown` resolves.
    pub async fn run(self, shutdown: impl std::future::Future<Output = ()>) {
        tokio::pin!(shutdown);
        loop {
            let delivered = match self.deliver_due().await {
                Ok(n) => n,
                Err(e) => {
                    tracing::error!(error = %e, "mail worker failed to read the queue");
                    0
                }
            };
            if delivered > 0 {
                continue;
            }
            let wait = self.idle_wait().await;
            tokio::select! {
                () = &mut shutdown => return,
                () = self.services.inner.mail_wake.notified() => {}
                () = tokio::time::sleep(wait) => {}
            }
        }
    }

    async fn idle_wait(&self) -> Duration {
        let now = self.services.now();
        match store::next_due(self.services.db()).await {
            Ok(Some(t)) if t > now => {
                Duration::from_millis(u64::try_from((t - now).min(30_000)).unwrap_or(30_000))
            }
            Ok(Some(_)) => Duration::from_millis(500),
            _ => Duration::from_secs(30),
        }
    }

    /// Sends every message that is due now; returns how many were attempted.
    pub async fn deliver_due(&self) -> Result<usize> {
        let Some(smtp) = self.services.smtp().await? else {
            return Ok(0);
        };
        let mut n = 0;
        while let Some(msg) =
            store::lease_next(self.services.db(), self.services.now(), LEASE_MS).await?
        {
            n += 1;
            match send(&smtp, &msg).await {
                Ok(()) => {
                    store::mark_sent(self.services.db(), &msg.id, self.services.now()).await?;
                    tracing::info!(mail_id = %msg.id, "mail delivered");
                }
                Err(e) => {
                    let attempts = msg.attempts + 1;
                    let give_up = attempts >= MAX_ATTEMPTS;
                    // 30 s, 1 min, 2 min … capped at 6 h.
                    let backoff = (30_000i64 << attempts.min(10)).min(6 * 3_600_000);
                    let next = self.services.now() + backoff;
                    store::mark_failed(self.services.db(), &msg.id, &e, next, give_up).await?;
                    tracing::warn!(mail_id = %msg.id, attempts, give_up, error = %e, "mail delivery failed");
                }
            }
        }
        Ok(n)
    }
}

async fn send(smtp: &SmtpSettings, msg: &store::MailRow) -> std::result::Result<(), String> {
    let from: Mailbox = smtp
        .from
        .parse()
        .map_err(|e| format!("from address: {e}"))?;
    let to: Mailbox = msg
        .recipient
        .parse()
        .map_err(|e| format!("recipient: {e}"))?;
    let host_part = from.email.domain().to_owned();
    let builder = Message::builder()
        .from(from)
        .to(to)
        .subject(msg.subject.clone())
        // A stable Message-ID per queued message lets receivers drop a duplicate if a
        // crash between sending and recording makes us send it twice.
        .message_id(Some(format!("<{}@{}>", msg.id, host_part)));
    let email = match &msg.html_body {
        Some(html) => builder.multipart(MultiPart::alternative_plain_html(
            msg.text_body.clone(),
            html.clone(),
        )),
        None => builder.body(msg.text_body.clone()),
    }
    .map_err(|e| e.to_string())?;
    let transport = match smtp.security {
        SmtpSecurity::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&smtp.host),
        SmtpSecurity::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&smtp.host),
        SmtpSecurity::None => Ok(AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(
            &smtp.host,
        )),
    }
    .map_err(|e| e.to_string())?;
    let mut transport = transport
        .port(smtp.port)
        .timeout(Some(Duration::from_secs(20)));
    if let (Some(u), Some(p)) = (&smtp.username, &smtp.password) {
        transport = transport.credentials(Credentials::new(u.clone(), p.clone()));
    }
    transport
        .build()
        .send(email)
        .await
        .map(|_| ())
        .map_err(|e| e.to_string())
}

impl From<lettre::error::Error> for DomainError {
    fn from(e: lettre::error::Error) -> Self {
        DomainError::Internal(e.to_string())
    }
}

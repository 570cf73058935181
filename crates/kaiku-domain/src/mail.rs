//! Outgoing e-mail: composing localized messages, queueing them durably in the
//! transaction that causes them, and a worker that delivers them over SMTP with
//! retries and backoff.

use std::time::Duration;

use kaiku_i18n::Tr;
use kaiku_store::{Tx, mail as store};
use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::html::escape;
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
    /// The one-click unsubscribe link (RFC 8058), for messages people can stop.
    pub unsubscribe: Option<String>,
}

/// One outgoing message in the administrators' delivery log.
#[derive(Debug, Clone)]
pub struct MailLogEntry {
    pub id: String,
    /// Empty until a notification or digest is written (at sending time).
    pub recipient: String,
    pub subject: String,
    /// `system`, `notification` or `digest`.
    pub purpose: String,
    /// `pending`, `sent`, `failed` (given up) or `cancelled` (not to be sent).
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub next_attempt_at: i64,
    pub sent_at: Option<i64>,
}

/// A message being written: plain text and HTML side by side, in one layout.
pub(crate) struct Letter {
    text: String,
    html: String,
}

const MUTED: &str = "font-size:13px;color:#6b7280";

impl Letter {
    /// Starts a letter headed with the organisation's name.
    pub(crate) fn new(org: &str) -> Self {
        Letter {
            text: String::new(),
            html: format!(
                "<!doctype html><html><body style=\"font-family:system-ui,sans-serif;\
                 line-height:1.5;color:#1f2937;max-width:560px;margin:0 auto;padding:24px\">\
                 <p style=\"font-weight:600;font-size:18px\">{}</p>",
                escape(org)
            ),
        }
    }

    /// A paragraph.
    pub(crate) fn para(&mut self, p: &str) -> &mut Self {
        self.text.push_str(p);
        self.text.push_str("\n\n");
        self.html.push_str(&format!("<p>{}</p>", escape(p)));
        self
    }

    /// A section heading.
    pub(crate) fn heading(&mut self, h: &str) -> &mut Self {
        self.text.push_str(&format!("## {h}\n\n"));
        self.html.push_str(&format!(
            "<h2 style=\"font-size:16px;margin:24px 0 8px\">{}</h2>",
            escape(h)
        ));
        self
    }

    /// One item: what happened, an excerpt of what it is about, and its link.
    pub(crate) fn item(&mut self, line: &str, excerpt: Option<&str>, url: &str) -> &mut Self {
        self.text.push_str(&format!("- {line}\n"));
        if let Some(e) = excerpt.filter(|e| !e.is_empty()) {
            self.text.push_str(&format!("  \u{201c}{e}\u{201d}\n"));
        }
        self.text.push_str(&format!("  {url}\n\n"));
        self.html.push_str(&format!(
            "<p style=\"margin:0 0 14px\"><a href=\"{u}\" style=\"color:#0f766e;font-weight:600\">{l}</a>",
            u = escape(url),
            l = escape(line)
        ));
        if let Some(e) = excerpt.filter(|e| !e.is_empty()) {
            self.html.push_str(&format!(
                "<br><span style=\"color:#4b5563\">\u{201c}{}\u{201d}</span>",
                escape(e)
            ));
        }
        self.html.push_str("</p>");
        self
    }

    /// A quotation of the text a message is about.
    pub(crate) fn quote(&mut self, q: &str) -> &mut Self {
        self.text.push_str(&format!("> {q}\n\n"));
        self.html.push_str(&format!(
            "<blockquote style=\"margin:0 0 16px;padding:8px 14px;border-left:3px solid #d1d5db;\
             color:#374151\">{}</blockquote>",
            escape(q)
        ));
        self
    }

    /// The call to action: a button, and its address for clients without HTML.
    pub(crate) fn action(&mut self, label: &str, url: &str) -> &mut Self {
        self.text.push_str(&format!("{label}:\n{url}\n\n"));
        self.html.push_str(&format!(
            "<p><a href=\"{u}\" style=\"display:inline-block;background:#0f766e;color:#fff;\
             padding:10px 18px;border-radius:6px;text-decoration:none\">{l}</a></p>\
             <p style=\"{MUTED}\">{u}</p>",
            u = escape(url),
            l = escape(label)
        ));
        self
    }

    /// Ends the letter with the footer and, for messages people can stop, links to
    /// their settings and to unsubscribe.
    pub(crate) fn finish(
        mut self,
        tr: Tr,
        org: &str,
        to: &str,
        subject: String,
        links: &[(String, String)],
    ) -> Mail {
        let footer = tr.t1("mail-footer", "org", org);
        self.text.push_str("-- \n");
        self.text.push_str(&footer);
        self.text.push('\n');
        self.html.push_str(&format!(
            "<hr style=\"border:none;border-top:1px solid #e5e7eb\"><p style=\"{MUTED}\">{}</p>",
            escape(&footer)
        ));
        for (label, url) in links {
            self.text.push_str(&format!("{label}: {url}\n"));
            self.html.push_str(&format!(
                "<p style=\"{MUTED};margin:4px 0\"><a href=\"{u}\" style=\"color:#6b7280\">{l}</a></p>",
                u = escape(url),
                l = escape(label)
            ));
        }
        self.html.push_str("</body></html>");
        Mail {
            to: to.to_owned(),
            subject,
            text: self.text,
            html: self.html,
            unsubscribe: None,
        }
    }
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
    let mut letter = Letter::new(org);
    for p in paragraphs {
        letter.para(p);
    }
    if let Some((label, url)) = action {
        letter.action(&label, &url);
    }
    letter.finish(tr, org, to, subject, &[])
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

    /// The most recent outgoing messages, for administrators: what was sent, what
    /// waits for a retry and why, what was given up or not sent.
    pub async fn mail_log(&self, viewer: &crate::Viewer) -> Result<Vec<MailLogEntry>> {
        crate::policy::require(viewer, crate::policy::Action::Administer)?;
        Ok(store::list_recent(self.db(), 200)
            .await?
            .into_iter()
            .map(|m| MailLogEntry {
                id: m.id,
                recipient: m.recipient,
                subject: m.subject,
                purpose: m.purpose,
                status: m.status,
                attempts: m.attempts,
                last_error: m.last_error,
                created_at: m.created_at,
                next_attempt_at: m.next_attempt_at,
                sent_at: m.sent_at,
            })
            .collect())
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
            let services = &self.services;
            // Notifications and digests are written now, for what the recipient
            // may see now: nothing is sent about what became theirs no longer.
            let letter = if msg.purpose == "system" {
                Some(Outgoing {
                    to: msg.recipient.clone(),
                    subject: msg.subject.clone(),
                    text: msg.text_body.clone(),
                    html: msg.html_body.clone(),
                    unsubscribe: None,
                })
            } else {
                match services.compose_queued(&msg).await {
                    Ok(Ok(mail)) => {
                        store::set_composed(
                            services.db(),
                            &msg.id,
                            &mail.to,
                            &mail.subject,
                            &mail.text,
                            &mail.html,
                        )
                        .await?;
                        Some(Outgoing {
                            to: mail.to,
                            subject: mail.subject,
                            text: mail.text,
                            html: Some(mail.html),
                            unsubscribe: mail.unsubscribe,
                        })
                    }
                    Ok(Err(reason)) => {
                        store::mark_cancelled(services.db(), &msg.id, reason).await?;
                        tracing::info!(mail_id = %msg.id, reason, "mail not sent");
                        None
                    }
                    Err(e) => {
                        // Counted as an attempt, so a lasting fault ends in "failed"
                        // rather than in a message leased again forever.
                        tracing::error!(mail_id = %msg.id, error = %e, "mail could not be composed");
                        let attempts = msg.attempts + 1;
                        let next =
                            services.now() + (30_000i64 << attempts.min(10)).min(6 * 3_600_000);
                        store::mark_failed(
                            services.db(),
                            &msg.id,
                            &e.to_string(),
                            next,
                            attempts >= MAX_ATTEMPTS,
                        )
                        .await?;
                        None
                    }
                }
            };
            let Some(letter) = letter else { continue };
            match send(&smtp, &msg.id, &letter).await {
                Ok(()) => {
                    store::mark_sent(services.db(), &msg.id, services.now()).await?;
                    tracing::info!(mail_id = %msg.id, "mail delivered");
                }
                Err(e) => {
                    let attempts = msg.attempts + 1;
                    let give_up = attempts >= MAX_ATTEMPTS;
                    // 30 s, 1 min, 2 min … capped at 6 h.
                    let backoff = (30_000i64 << attempts.min(10)).min(6 * 3_600_000);
                    let next = services.now() + backoff;
                    store::mark_failed(services.db(), &msg.id, &e, next, give_up).await?;
                    tracing::warn!(mail_id = %msg.id, attempts, give_up, error = %e, "mail delivery failed");
                }
            }
        }
        Ok(n)
    }
}

/// A message ready for SMTP.
struct Outgoing {
    to: String,
    subject: String,
    text: String,
    html: Option<String>,
    unsubscribe: Option<String>,
}

/// `List-Unsubscribe` (RFC 2369).
#[derive(Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }
    fn parse(s: &str) -> std::result::Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(s.to_owned()))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// `List-Unsubscribe-Post` (RFC 8058): the link works with one POST.
#[derive(Clone)]
struct ListUnsubscribePost;

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }
    fn parse(_: &str) -> std::result::Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribePost)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_owned())
    }
}

/// `Auto-Submitted` (RFC 3834): no out-of-office replies to notifications.
#[derive(Clone)]
struct AutoSubmitted;

impl Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }
    fn parse(_: &str) -> std::result::Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(AutoSubmitted)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "auto-generated".to_owned())
    }
}

async fn send(smtp: &SmtpSettings, id: &str, msg: &Outgoing) -> std::result::Result<(), String> {
    let from: Mailbox = smtp
        .from
        .parse()
        .map_err(|e| format!("from address: {e}"))?;
    let to: Mailbox = msg.to.parse().map_err(|e| format!("recipient: {e}"))?;
    let host_part = from.email.domain().to_owned();
    let mut builder = Message::builder()
        .from(from)
        .to(to)
        .subject(msg.subject.clone())
        // A stable Message-ID per queued message lets receivers drop a duplicate if a
        // crash between sending and recording makes us send it twice.
        .message_id(Some(format!("<{id}@{host_part}>")));
    if let Some(url) = &msg.unsubscribe {
        builder = builder
            .header(ListUnsubscribe(format!("<{url}>")))
            .header(ListUnsubscribePost)
            .header(AutoSubmitted);
    }
    let email = match &msg.html {
        Some(html) => builder.multipart(MultiPart::alternative_plain_html(
            msg.text.clone(),
            html.clone(),
        )),
        None => builder.body(msg.text.clone()),
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

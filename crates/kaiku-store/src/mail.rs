//! The durable outgoing mail queue. A message is queued in the same transaction as
//! the change that causes it, so a crash can delay it but never lose it.

use crate::Result;
use crate::db::{Backend, Db, Tx, q};

/// A queued message.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MailRow {
    pub id: String,
    pub recipient: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: Option<String>,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub next_attempt_at: i64,
    pub sent_at: Option<i64>,
    /// `system` (stored composed), `notification` or `digest` (composed when sent).
    pub purpose: String,
    pub user_id: Option<String>,
    /// What a `notification` or `digest` message is about.
    #[sqlx(rename = "ref")]
    pub reference: Option<String>,
}

/// Queues a message for sending as soon as possible.
pub async fn enqueue(
    tx: &mut Tx,
    id: &str,
    recipient: &str,
    subject: &str,
    text_body: &str,
    html_body: Option<&str>,
    now: i64,
) -> Result<()> {
    tx.execute(
        q("INSERT INTO mail_queue (id, recipient, subject, text_body, html_body, status, attempts, \
           last_error, created_at, next_attempt_at, locked_until, sent_at) \
           VALUES ($1, $2, $3, $4, $5, 'pending', 0, NULL, $6, $6, NULL, NULL)")
        .bind(id)
        .bind(recipient)
        .bind(subject)
        .bind(text_body)
        .bind(html_body)
        .bind(now),
    )
    .await?;
    Ok(())
}

/// Queues a message for `user_id` that is composed when it is sent (`purpose`
/// `notification` or `digest`, about `reference`), due at `due_at`.
pub async fn enqueue_composed_later(
    tx: &mut Tx,
    id: &str,
    purpose: &str,
    user_id: &str,
    reference: &str,
    now: i64,
    due_at: i64,
) -> Result<()> {
    tx.execute(
        q("INSERT INTO mail_queue (id, recipient, subject, text_body, html_body, status, attempts, \
           last_error, created_at, next_attempt_at, locked_until, sent_at, purpose, user_id, ref) \
           VALUES ($1, '', '', '', NULL, 'pending', 0, NULL, $2, $3, NULL, NULL, $4, $5, $6)")
        .bind(id)
        .bind(now)
        .bind(due_at)
        .bind(purpose)
        .bind(user_id)
        .bind(reference),
    )
    .await?;
    Ok(())
}

/// Records what a message composed at sending time said (for the delivery log).
pub async fn set_composed(
    db: &Db,
    id: &str,
    recipient: &str,
    subject: &str,
    text_body: &str,
    html_body: &str,
) -> Result<u64> {
    db.execute(
        q(
            "UPDATE mail_queue SET recipient = $2, subject = $3, text_body = $4, html_body = $5 \
           WHERE id = $1",
        )
        .bind(id)
        .bind(recipient)
        .bind(subject)
        .bind(text_body)
        .bind(html_body),
    )
    .await
}

/// Drops a message that must no longer be sent (what it was about became
/// invisible to its recipient, or was already read); `reason` is for the log.
pub async fn mark_cancelled(db: &Db, id: &str, reason: &str) -> Result<u64> {
    db.execute(
        q(
            "UPDATE mail_queue SET status = 'cancelled', last_error = $2, locked_until = NULL \
           WHERE id = $1",
        )
        .bind(id)
        .bind(reason),
    )
    .await
}

/// Leases the next due message for `lease_ms`, so that no other worker (on any node)
/// takes it meanwhile. Returns `None` when nothing is due.
pub async fn lease_next(db: &Db, now: i64, lease_ms: i64) -> Result<Option<MailRow>> {
    // PostgreSQL: SKIP LOCKED lets several nodes lease different rows at once.
    // SQLite: the single writer connection serialises the UPDATE, which is enough.
    let sql = match db.backend() {
        Backend::Postgres => {
            "UPDATE mail_queue SET locked_until = $2 WHERE id = (SELECT id FROM mail_queue \
             WHERE status = 'pending' AND next_attempt_at <= $1 \
             AND (locked_until IS NULL OR locked_until <= $1) \
             ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) \
             RETURNING id, recipient, subject, text_body, html_body, status, attempts, last_error, \
             created_at, next_attempt_at, sent_at, purpose, user_id, ref"
        }
        Backend::Sqlite => {
            "UPDATE mail_queue SET locked_until = $2 WHERE id = (SELECT id FROM mail_queue \
             WHERE status = 'pending' AND next_attempt_at <= $1 \
             AND (locked_until IS NULL OR locked_until <= $1) \
             ORDER BY next_attempt_at, id LIMIT 1) \
             RETURNING id, recipient, subject, text_body, html_body, status, attempts, last_error, \
             created_at, next_attempt_at, sent_at, purpose, user_id, ref"
        }
    };
    let rows: Vec<MailRow> = db
        .write_fetch_all(q(sql).bind(now).bind(now + lease_ms))
        .await?;
    Ok(rows.into_iter().next())
}

/// Records a successful delivery.
pub async fn mark_sent(db: &Db, id: &str, now: i64) -> Result<u64> {
    db.execute(
        q(
            "UPDATE mail_queue SET status = 'sent', sent_at = $2, attempts = attempts + 1, \
           locked_until = NULL, last_error = NULL WHERE id = $1",
        )
        .bind(id)
        .bind(now),
    )
    .await
}

/// Records a failed attempt: retried at `next_attempt_at`, or given up when `give_up`.
pub async fn mark_failed(
    db: &Db,
    id: &str,
    error: &str,
    next_attempt_at: i64,
    give_up: bool,
) -> Result<u64> {
    let status = if give_up { "failed" } else { "pending" };
    db.execute(
        q(
            "UPDATE mail_queue SET status = $2, attempts = attempts + 1, last_error = $3, \
           next_attempt_at = $4, locked_until = NULL WHERE id = $1",
        )
        .bind(id)
        .bind(status)
        .bind(error)
        .bind(next_attempt_at),
    )
    .await
}

/// The earliest time a pending message becomes due, if any.
pub async fn next_due(db: &Db) -> Result<Option<i64>> {
    let (t,): (Option<i64>,) = db
        .fetch_one(q(
            "SELECT MIN(next_attempt_at) FROM mail_queue WHERE status = 'pending'",
        ))
        .await?;
    Ok(t)
}

/// Most recent messages, newest first (the admins' delivery log).
pub async fn list_recent(db: &Db, limit: i64) -> Result<Vec<MailRow>> {
    db.fetch_all(
        q(
            "SELECT id, recipient, subject, text_body, html_body, status, attempts, last_error, \
           created_at, next_attempt_at, sent_at, purpose, user_id, ref FROM mail_queue \
           ORDER BY created_at DESC, id DESC LIMIT $1",
        )
        .bind(limit),
    )
    .await
}

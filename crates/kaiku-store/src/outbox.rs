//! The outbox: every write appends its event here in the same transaction, so
//! consumers (live updates now; notifications, search and webhooks next) can never
//! miss one, even across a crash.

use crate::Result;
use crate::db::{Db, Tx, q};

/// One event.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRow {
    pub seq: i64,
    pub kind: String,
    pub space_id: Option<String>,
    pub subject_id: String,
    pub actor_id: Option<String>,
    pub payload: String,
    pub created_at: i64,
}

/// Appends an event inside the writing transaction.
pub async fn append(
    tx: &mut Tx,
    kind: &str,
    space_id: Option<&str>,
    subject_id: &str,
    actor_id: Option<&str>,
    payload: &str,
    now: i64,
) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO outbox (kind, space_id, subject_id, actor_id, payload, created_at) \
           VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(kind)
        .bind(space_id)
        .bind(subject_id)
        .bind(actor_id)
        .bind(payload)
        .bind(now),
    )
    .await?;
    Ok(())
}

/// Events after `after`, oldest first.
pub async fn after(db: &Db, after: i64, limit: i64) -> Result<Vec<EventRow>> {
    db.fetch_all(
        q(
            "SELECT seq, kind, space_id, subject_id, actor_id, payload, created_at FROM outbox \
           WHERE seq > $1 ORDER BY seq LIMIT $2",
        )
        .bind(after)
        .bind(limit),
    )
    .await
}

/// The latest sequence number (0 when empty).
pub async fn head(db: &Db) -> Result<i64> {
    let (n,): (Option<i64>,) = db.fetch_one(q("SELECT MAX(seq) FROM outbox")).await?;
    Ok(n.unwrap_or(0))
}

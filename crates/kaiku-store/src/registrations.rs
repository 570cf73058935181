//! Requests to join the organisation, when registration is by approval.

use crate::Result;
use crate::db::{Db, Tx, q};

/// A stored request.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RequestRow {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub message: String,
    pub locale: String,
    pub status: String,
    pub created_at: i64,
    pub decided_at: Option<i64>,
}

/// Stores a pending request.
pub async fn insert(
    db: &Db,
    id: &str,
    email: &str,
    display_name: &str,
    message: &str,
    locale: &str,
    now: i64,
) -> Result<()> {
    db.execute(
        q("INSERT INTO registration_requests (id, email, display_name, message, locale, status, \
           created_at, decided_at, decided_by) VALUES ($1, $2, $3, $4, $5, 'pending', $6, NULL, NULL)")
        .bind(id)
        .bind(email)
        .bind(display_name)
        .bind(message)
        .bind(locale)
        .bind(now),
    )
    .await?;
    Ok(())
}

/// Whether a pending request for this e-mail already exists.
pub async fn pending_exists(db: &Db, email: &str) -> Result<bool> {
    let (n,): (i64,) = db
        .fetch_one(
            q("SELECT COUNT(*) FROM registration_requests WHERE email = $1 AND status = 'pending'")
                .bind(email),
        )
        .await?;
    Ok(n > 0)
}

/// Pending requests, oldest first.
pub async fn list_pending(db: &Db) -> Result<Vec<RequestRow>> {
    db.fetch_all(q(
        "SELECT id, email, display_name, message, locale, status, created_at, decided_at \
         FROM registration_requests WHERE status = 'pending' ORDER BY created_at, id LIMIT 500",
    ))
    .await
}

/// Decides a pending request; returns it if this call made the decision.
pub async fn decide(
    tx: &mut Tx,
    id: &str,
    status: &str,
    by: &str,
    now: i64,
) -> Result<Option<RequestRow>> {
    let row: Option<RequestRow> = tx
        .fetch_optional(
            q(
                "SELECT id, email, display_name, message, locale, status, created_at, decided_at \
               FROM registration_requests WHERE id = $1 AND status = 'pending'",
            )
            .bind(id),
        )
        .await?;
    let Some(row) = row else { return Ok(None) };
    let n = tx
        .execute(
            q(
                "UPDATE registration_requests SET status = $2, decided_at = $3, decided_by = $4 \
               WHERE id = $1 AND status = 'pending'",
            )
            .bind(id)
            .bind(status)
            .bind(now)
            .bind(by),
        )
        .await?;
    Ok(if n == 1 { Some(row) } else { None })
}

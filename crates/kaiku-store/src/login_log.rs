//! Every sign-in attempt, successful or not. Also the source of login rate limits.

use crate::Result;
use crate::db::{Db, q};

/// One attempt.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LoginRow {
    pub id: String,
    pub at: i64,
    pub user_id: Option<String>,
    pub email: String,
    pub ip: String,
    pub user_agent: String,
    pub outcome: String,
    /// The account's display name, when the attempt matched one.
    pub display_name: Option<String>,
}

/// Records an attempt.
#[allow(clippy::too_many_arguments)]
pub async fn insert(
    db: &Db,
    id: &str,
    at: i64,
    user_id: Option<&str>,
    email: &str,
    ip: &str,
    user_agent: &str,
    outcome: &str,
) -> Result<()> {
    db.execute(
        q(
            "INSERT INTO login_log (id, at, user_id, email, ip, user_agent, outcome) \
           VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
        .bind(at)
        .bind(user_id)
        .bind(email)
        .bind(ip)
        .bind(user_agent)
        .bind(outcome),
    )
    .await?;
    Ok(())
}

/// Sets the outcome of a recorded attempt (and its account, once known).
pub async fn set_outcome(db: &Db, id: &str, user_id: Option<&str>, outcome: &str) -> Result<()> {
    db.execute(
        q("UPDATE login_log SET outcome = $2, user_id = COALESCE($3, user_id) WHERE id = $1")
            .bind(id)
            .bind(outcome)
            .bind(user_id),
    )
    .await?;
    Ok(())
}

/// Failed attempts for an e-mail since `since`.
pub async fn failures_for_email(db: &Db, email: &str, since: i64) -> Result<i64> {
    let (n,): (i64,) = db
        .fetch_one(
            q(
                "SELECT COUNT(*) FROM login_log WHERE email = $1 AND at >= $2 \
               AND outcome = 'failed'",
            )
            .bind(email)
            .bind(since),
        )
        .await?;
    Ok(n)
}

/// Failed attempts from an address since `since`.
pub async fn failures_for_ip(db: &Db, ip: &str, since: i64) -> Result<i64> {
    let (n,): (i64,) = db
        .fetch_one(
            q("SELECT COUNT(*) FROM login_log WHERE ip = $1 AND at >= $2 \
               AND outcome = 'failed'")
            .bind(ip)
            .bind(since),
        )
        .await?;
    Ok(n)
}

/// Attempts newest first, for everyone or one user, keyset-paginated by `(at, id)`.
pub async fn list(
    db: &Db,
    user_id: Option<&str>,
    before: Option<(i64, String)>,
    limit: i64,
) -> Result<Vec<LoginRow>> {
    let (before_at, before_id) = match before {
        Some((a, i)) => (Some(a), Some(i)),
        None => (None, None),
    };
    db.fetch_all(
        q(
            "SELECT l.id, l.at, l.user_id, l.email, l.ip, l.user_agent, l.outcome, \
           u.display_name FROM login_log l LEFT JOIN users u ON u.id = l.user_id \
           WHERE ($1 IS NULL OR l.user_id = $1) \
             AND ($2 IS NULL OR l.at < $2 OR (l.at = $2 AND l.id < $3)) \
           ORDER BY l.at DESC, l.id DESC LIMIT $4",
        )
        .bind(user_id)
        .bind(before_at)
        .bind(before_id)
        .bind(limit),
    )
    .await
}

//! What people follow: other people, spaces and topics.

use crate::Result;
use crate::db::{Db, Tx, q};

/// Starts (`on`) or stops following.
pub async fn set(
    tx: &mut Tx,
    user_id: &str,
    kind: &str,
    target: &str,
    on: bool,
    now: i64,
) -> Result<()> {
    if on {
        tx.execute(
            q(
                "INSERT INTO follows (user_id, kind, target, created_at) VALUES ($1, $2, $3, $4) \
               ON CONFLICT (user_id, kind, target) DO NOTHING",
            )
            .bind(user_id)
            .bind(kind)
            .bind(target)
            .bind(now),
        )
        .await?;
    } else {
        tx.execute(
            q("DELETE FROM follows WHERE user_id = $1 AND kind = $2 AND target = $3")
                .bind(user_id)
                .bind(kind)
                .bind(target),
        )
        .await?;
    }
    Ok(())
}

/// Whether a follow row exists.
pub async fn exists(db: &Db, user_id: &str, kind: &str, target: &str) -> Result<bool> {
    let (n,): (i64,) = db
        .fetch_one(
            q("SELECT COUNT(*) FROM follows WHERE user_id = $1 AND kind = $2 AND target = $3")
                .bind(user_id)
                .bind(kind)
                .bind(target),
        )
        .await?;
    Ok(n > 0)
}

/// Everything a user follows, newest first: `(kind, target)`.
pub async fn of(db: &Db, user_id: &str) -> Result<Vec<(String, String)>> {
    db.fetch_all(
        q("SELECT kind, target FROM follows WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1000")
            .bind(user_id),
    )
    .await
}

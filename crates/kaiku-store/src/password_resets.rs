//! Single-use password reset links. Only a hash of the secret is stored.

use crate::Result;
use crate::db::{Db, Tx, q};

/// Stores a reset token.
pub async fn insert(
    tx: &mut Tx,
    id: &str,
    user_id: &str,
    token_hash: &str,
    now: i64,
    expires_at: i64,
) -> Result<()> {
    tx.execute(
        q("INSERT INTO password_resets (id, user_id, token_hash, created_at, expires_at, used_at) \
           VALUES ($1, $2, $3, $4, $5, NULL)")
        .bind(id)
        .bind(user_id)
        .bind(token_hash)
        .bind(now)
        .bind(expires_at),
    )
    .await?;
    Ok(())
}

/// Whether an unused, unexpired reset with this hash exists; returns its user.
pub async fn peek(tx: &mut Tx, token_hash: &str, now: i64) -> Result<Option<String>> {
    let row: Option<(String,)> = tx
        .fetch_optional(
            q("SELECT user_id FROM password_resets \
               WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2")
            .bind(token_hash)
            .bind(now),
        )
        .await?;
    Ok(row.map(|r| r.0))
}

/// Marks the token used, atomically: only one caller can win; returns its user.
pub async fn consume(tx: &mut Tx, token_hash: &str, now: i64) -> Result<Option<String>> {
    let user = peek(tx, token_hash, now).await?;
    if user.is_none() {
        return Ok(None);
    }
    let n = tx
        .execute(
            q("UPDATE password_resets SET used_at = $2 \
               WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2")
            .bind(token_hash)
            .bind(now),
        )
        .await?;
    Ok(if n == 1 { user } else { None })
}

/// Invalidates every outstanding reset of a user (after any password change).
pub async fn delete_all_for_user(tx: &mut Tx, user_id: &str) -> Result<u64> {
    tx.execute(q("DELETE FROM password_resets WHERE user_id = $1").bind(user_id))
        .await
}

/// Whether a usable reset with this hash exists (a read; no write lock).
pub async fn is_usable(db: &Db, token_hash: &str, now: i64) -> Result<bool> {
    let (n,): (i64,) = db
        .fetch_one(
            q("SELECT COUNT(*) FROM password_resets \
               WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2")
            .bind(token_hash)
            .bind(now),
        )
        .await?;
    Ok(n > 0)
}

/// Resets issued for a user since `since` (to cap reset e-mails).
pub async fn count_since(db: &Db, user_id: &str, since: i64) -> Result<i64> {
    let (n,): (i64,) = db
        .fetch_one(
            q("SELECT COUNT(*) FROM password_resets WHERE user_id = $1 AND created_at >= $2")
                .bind(user_id)
                .bind(since),
        )
        .await?;
    Ok(n)
}

//! Personal access tokens for the API. Only a hash of the secret is stored.

use crate::Result;
use crate::db::{Db, Tx, q};

/// A stored token (without its secret).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TokenRow {
    pub id: String,
    pub user_id: String,
    pub label: String,
    pub token_prefix: String,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    pub last_used_at: Option<i64>,
}

/// A new token.
#[derive(Debug, Clone)]
pub struct NewToken {
    pub id: String,
    pub user_id: String,
    pub label: String,
    pub token_hash: String,
    pub token_prefix: String,
    pub now: i64,
    pub expires_at: Option<i64>,
}

/// Stores a token.
pub async fn insert(db: &Db, t: &NewToken) -> Result<()> {
    db.execute(
        q(
            "INSERT INTO api_tokens (id, user_id, label, token_hash, token_prefix, created_at, \
           expires_at, last_used_at) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL)",
        )
        .bind(&t.id)
        .bind(&t.user_id)
        .bind(&t.label)
        .bind(&t.token_hash)
        .bind(&t.token_prefix)
        .bind(t.now)
        .bind(t.expires_at),
    )
    .await?;
    Ok(())
}

/// Finds an unexpired token by hash.
pub async fn find_live(db: &Db, token_hash: &str, now: i64) -> Result<Option<TokenRow>> {
    db.fetch_optional(
        q(
            "SELECT id, user_id, label, token_prefix, created_at, expires_at, last_used_at \
           FROM api_tokens WHERE token_hash = $1 AND (expires_at IS NULL OR expires_at > $2)",
        )
        .bind(token_hash)
        .bind(now),
    )
    .await
}

/// Records use of a token.
pub async fn touch(db: &Db, id: &str, now: i64) -> Result<u64> {
    db.execute(
        q("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1")
            .bind(id)
            .bind(now),
    )
    .await
}

/// A user's tokens, newest first (expired ones included, marked by their expiry).
pub async fn list_for_user(db: &Db, user_id: &str) -> Result<Vec<TokenRow>> {
    db.fetch_all(
        q(
            "SELECT id, user_id, label, token_prefix, created_at, expires_at, last_used_at \
           FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC, id",
        )
        .bind(user_id),
    )
    .await
}

/// Revokes one of a user's tokens.
pub async fn delete(db: &Db, user_id: &str, id: &str) -> Result<u64> {
    db.execute(
        q("DELETE FROM api_tokens WHERE user_id = $1 AND id = $2")
            .bind(user_id)
            .bind(id),
    )
    .await
}

/// Revokes every token of a user.
pub async fn delete_all_for_user(tx: &mut Tx, user_id: &str) -> Result<u64> {
    tx.execute(q("DELETE FROM api_tokens WHERE user_id = $1").bind(user_id))
        .await
}

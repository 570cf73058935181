//! Secrets the server keeps for itself (the key that signs unsubscribe links),
//! in the database so that every node shares them.

use crate::Result;
use crate::db::{Db, q};

/// The value of key `name`, creating it from `fresh` if it does not exist yet.
/// Several nodes starting at once agree on one value.
pub async fn get_or_create(db: &Db, name: &str, fresh: &str, now: i64) -> Result<String> {
    db.execute(
        q(
            "INSERT INTO server_keys (name, value, created_at) VALUES ($1, $2, $3) \
           ON CONFLICT (name) DO NOTHING",
        )
        .bind(name)
        .bind(fresh)
        .bind(now),
    )
    .await?;
    let (v,): (String,) = db
        .fetch_one(q("SELECT value FROM server_keys WHERE name = $1").bind(name))
        .await?;
    Ok(v)
}

/// Replaces key `name`.
pub async fn set(db: &Db, name: &str, value: &str, now: i64) -> Result<()> {
    db.execute(
        q(
            "INSERT INTO server_keys (name, value, created_at) VALUES ($1, $2, $3) \
           ON CONFLICT (name) DO UPDATE SET value = $2, created_at = $3",
        )
        .bind(name)
        .bind(value)
        .bind(now),
    )
    .await?;
    Ok(())
}

/// The value of key `name`, if set.
pub async fn get(db: &Db, name: &str) -> Result<Option<String>> {
    let row: Option<(String,)> = db
        .fetch_optional(q("SELECT value FROM server_keys WHERE name = $1").bind(name))
        .await?;
    Ok(row.map(|r| r.0))
}

//! The one-time setup code, shared by every node while no administrator exists.

use crate::Result;
use crate::db::{Db, Tx, q};

/// Stores `code` unless a code already exists; returns the code in force.
pub async fn ensure_code(db: &Db, code: &str, now: i64) -> Result<String> {
    db.execute(
        q(
            "INSERT INTO setup_state (id, code, created_at) VALUES (1, $1, $2) \
           ON CONFLICT (id) DO NOTHING",
        )
        .bind(code)
        .bind(now),
    )
    .await?;
    let (c,): (String,) = db
        .fetch_one(q("SELECT code FROM setup_state WHERE id = 1"))
        .await?;
    Ok(c)
}

/// The code in force, inside the setup transaction.
pub async fn code_tx(tx: &mut Tx) -> Result<Option<String>> {
    let row: Option<(String,)> = tx
        .fetch_optional(q("SELECT code FROM setup_state WHERE id = 1"))
        .await?;
    Ok(row.map(|r| r.0))
}

/// Removes the code: setup is closed for good.
pub async fn clear(tx: &mut Tx) -> Result<()> {
    tx.execute(q("DELETE FROM setup_state")).await?;
    Ok(())
}

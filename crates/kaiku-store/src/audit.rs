//! The audit trail of administrative actions.

use crate::Result;
use crate::db::{Db, Tx, q};

/// One recorded action.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditRow {
    pub id: String,
    pub at: i64,
    pub actor_id: Option<String>,
    pub action: String,
    pub target_id: Option<String>,
    pub detail: String,
}

/// Records an action in the transaction that performs it.
pub async fn record(
    tx: &mut Tx,
    id: &str,
    at: i64,
    actor_id: Option<&str>,
    action: &str,
    target_id: Option<&str>,
    detail: &str,
) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO audit_log (id, at, actor_id, action, target_id, detail) \
           VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(at)
        .bind(actor_id)
        .bind(action)
        .bind(target_id)
        .bind(detail),
    )
    .await?;
    Ok(())
}

/// Actions concerning one target, newest first.
pub async fn list_for_target(db: &Db, target_id: &str, limit: i64) -> Result<Vec<AuditRow>> {
    db.fetch_all(
        q(
            "SELECT id, at, actor_id, action, target_id, detail FROM audit_log \
           WHERE target_id = $1 ORDER BY at DESC, id DESC LIMIT $2",
        )
        .bind(target_id)
        .bind(limit),
    )
    .await
}

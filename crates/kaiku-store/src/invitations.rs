//! Invitations (by an admin) and sign-up links (self-service for allowed domains):
//! both let the holder of the link set a name and password for the given e-mail.

use crate::Result;
use crate::db::{Db, Tx, q};

/// A stored invitation.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InvitationRow {
    pub id: String,
    pub kind: String,
    pub email: String,
    pub display_name: Option<String>,
    pub role: String,
    pub invited_by: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
    pub accepted_at: Option<i64>,
    pub revoked_at: Option<i64>,
    /// A space the invitee joins on accepting (partner invitations).
    pub space_id: Option<String>,
}

/// A new invitation.
#[derive(Debug, Clone)]
pub struct NewInvitation {
    pub id: String,
    pub kind: String,
    pub email: String,
    pub display_name: Option<String>,
    pub role: String,
    pub token_hash: String,
    pub invited_by: Option<String>,
    pub space_id: Option<String>,
    pub now: i64,
    pub expires_at: i64,
}

/// Stores an invitation.
pub async fn insert(tx: &mut Tx, i: &NewInvitation) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO invitations (id, kind, email, display_name, role, token_hash, invited_by, \
           created_at, expires_at, accepted_at, revoked_at, space_id) \
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, NULL, $10)",
        )
        .bind(&i.id)
        .bind(&i.kind)
        .bind(&i.email)
        .bind(i.display_name.clone())
        .bind(&i.role)
        .bind(&i.token_hash)
        .bind(i.invited_by.clone())
        .bind(i.now)
        .bind(i.expires_at)
        .bind(i.space_id.clone()),
    )
    .await?;
    Ok(())
}

/// An open (not accepted, not revoked, not expired) invitation by token hash.
pub async fn find_open(db: &Db, token_hash: &str, now: i64) -> Result<Option<InvitationRow>> {
    db.fetch_optional(
        q(
            "SELECT id, kind, email, display_name, role, invited_by, created_at, expires_at, \
           accepted_at, revoked_at, space_id FROM invitations WHERE token_hash = $1 \
           AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now),
    )
    .await
}

/// Marks an open invitation accepted; only one caller can win.
pub async fn accept(tx: &mut Tx, token_hash: &str, now: i64) -> Result<Option<InvitationRow>> {
    let row: Option<InvitationRow> = tx
        .fetch_optional(
            q(
                "SELECT id, kind, email, display_name, role, invited_by, created_at, expires_at, \
               accepted_at, revoked_at, space_id FROM invitations WHERE token_hash = $1 \
               AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $2",
            )
            .bind(token_hash)
            .bind(now),
        )
        .await?;
    let Some(row) = row else { return Ok(None) };
    let n = tx
        .execute(
            q(
                "UPDATE invitations SET accepted_at = $2 WHERE id = $1 AND accepted_at IS NULL \
               AND revoked_at IS NULL AND expires_at > $2",
            )
            .bind(&row.id)
            .bind(now),
        )
        .await?;
    Ok(if n == 1 { Some(row) } else { None })
}

/// Revokes an open invitation.
pub async fn revoke(db: &Db, id: &str, now: i64) -> Result<u64> {
    db.execute(
        q("UPDATE invitations SET revoked_at = $2 \
           WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL")
        .bind(id)
        .bind(now),
    )
    .await
}

/// Recent invitations sent by admins (not self-service sign-ups), newest first.
pub async fn list_recent(db: &Db, limit: i64) -> Result<Vec<InvitationRow>> {
    db.fetch_all(
        q(
            "SELECT id, kind, email, display_name, role, invited_by, created_at, expires_at, \
           accepted_at, revoked_at, space_id FROM invitations WHERE kind = 'invite' \
           ORDER BY created_at DESC, id LIMIT $1",
        )
        .bind(limit),
    )
    .await
}

/// Invitations of a kind sent to an address since `since` (to cap sign-up e-mails).
pub async fn count_since(db: &Db, email: &str, kind: &str, since: i64) -> Result<i64> {
    let (n,): (i64,) = db
        .fetch_one(
            q("SELECT COUNT(*) FROM invitations WHERE email = $1 AND kind = $2 AND created_at >= $3")
                .bind(email)
                .bind(kind)
                .bind(since),
        )
        .await?;
    Ok(n)
}

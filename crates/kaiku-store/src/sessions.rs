//! Signed-in browser sessions. The cookie carries a random token; only its hash is stored.

use crate::Result;
use crate::db::{Db, Tx, q};
use crate::users::UserRow;

/// A stored session joined with its user's state.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionRow {
    pub id: String,
    pub user_id: String,
    pub persistent: bool,
    pub ip: String,
    pub user_agent: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
}

/// A new session.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub id: String,
    pub token_hash: String,
    pub user_id: String,
    pub persistent: bool,
    pub ip: String,
    pub user_agent: String,
    pub now: i64,
    pub expires_at: i64,
}

/// Stores a new session.
pub async fn insert(tx: &mut Tx, s: &NewSession) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO sessions (id, token_hash, user_id, persistent, ip, user_agent, \
           created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)",
        )
        .bind(&s.id)
        .bind(&s.token_hash)
        .bind(&s.user_id)
        .bind(s.persistent)
        .bind(&s.ip)
        .bind(&s.user_agent)
        .bind(s.now)
        .bind(s.expires_at),
    )
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct LiveSession {
    #[sqlx(flatten)]
    user: UserRow,
    session_id: String,
    session_persistent: bool,
    session_ip: String,
    session_user_agent: String,
    session_created_at: i64,
    session_last_seen_at: i64,
    session_expires_at: i64,
}

/// Finds an unexpired session by token hash, with its account, in one round
/// trip: every signed-in request starts here.
pub async fn find_live_with_user(
    db: &Db,
    token_hash: &str,
    now: i64,
) -> Result<Option<(SessionRow, UserRow)>> {
    let row: Option<LiveSession> = db
        .fetch_optional(
            q(
                "SELECT u.id, u.email, u.display_name, u.title, u.password_hash, u.role, u.active, \
               u.locale, u.created_at, u.updated_at, u.deactivated_at, u.password_changed_at, \
               u.time_zone, s.id AS session_id, s.persistent AS session_persistent, \
               s.ip AS session_ip, s.user_agent AS session_user_agent, \
               s.created_at AS session_created_at, s.last_seen_at AS session_last_seen_at, \
               s.expires_at AS session_expires_at \
               FROM sessions s JOIN users u ON u.id = s.user_id \
               WHERE s.token_hash = $1 AND s.expires_at > $2",
            )
            .bind(token_hash)
            .bind(now),
        )
        .await?;
    Ok(row.map(|r| {
        (
            SessionRow {
                id: r.session_id,
                user_id: r.user.id.clone(),
                persistent: r.session_persistent,
                ip: r.session_ip,
                user_agent: r.session_user_agent,
                created_at: r.session_created_at,
                last_seen_at: r.session_last_seen_at,
                expires_at: r.session_expires_at,
            },
            r.user,
        )
    }))
}

/// Records activity and slides the expiry.
pub async fn touch(db: &Db, id: &str, now: i64, expires_at: i64, ip: &str) -> Result<u64> {
    db.execute(
        q("UPDATE sessions SET last_seen_at = $2, expires_at = $3, ip = $4 WHERE id = $1")
            .bind(id)
            .bind(now)
            .bind(expires_at)
            .bind(ip),
    )
    .await
}

/// A user's unexpired sessions, most recently used first.
pub async fn list_for_user(db: &Db, user_id: &str, now: i64) -> Result<Vec<SessionRow>> {
    db.fetch_all(
        q(
            "SELECT id, user_id, persistent, ip, user_agent, created_at, last_seen_at, expires_at \
           FROM sessions WHERE user_id = $1 AND expires_at > $2 ORDER BY last_seen_at DESC, id",
        )
        .bind(user_id)
        .bind(now),
    )
    .await
}

/// Deletes one of a user's sessions.
pub async fn delete(db: &Db, user_id: &str, id: &str) -> Result<u64> {
    db.execute(
        q("DELETE FROM sessions WHERE user_id = $1 AND id = $2")
            .bind(user_id)
            .bind(id),
    )
    .await
}

/// Deletes every session of a user, optionally keeping one.
pub async fn delete_all_for_user(tx: &mut Tx, user_id: &str, keep: Option<&str>) -> Result<u64> {
    tx.execute(
        q("DELETE FROM sessions WHERE user_id = $1 AND ($2 IS NULL OR id <> $2)")
            .bind(user_id)
            .bind(keep),
    )
    .await
}

/// Removes expired sessions.
pub async fn purge_expired(db: &Db, now: i64) -> Result<u64> {
    db.execute(q("DELETE FROM sessions WHERE expires_at <= $1").bind(now))
        .await
}

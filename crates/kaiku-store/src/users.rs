//! People's accounts.

use crate::Result;
use crate::db::{Db, Tx, q};

/// A stored account.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UserRow {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub title: Option<String>,
    pub password_hash: Option<String>,
    pub role: String,
    pub active: bool,
    pub locale: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub deactivated_at: Option<i64>,
    pub password_changed_at: Option<i64>,
    /// Their chosen IANA time zone (`None`: the organisation's).
    pub time_zone: Option<String>,
}

/// A new account to insert.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub search_key: String,
    pub password_hash: Option<String>,
    pub role: String,
    pub locale: Option<String>,
    pub now: i64,
}

/// Filters for the user list.
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    /// Lower-cased fragment matched against name and e-mail.
    pub text: Option<String>,
    pub role: Option<String>,
    pub active: Option<bool>,
    /// Keyset cursor: continue after this `(search_key, id)`.
    pub after: Option<(String, String)>,
    /// A guest viewer: only they and people who share a space with them.
    pub guest_scope: Option<String>,
    pub limit: i64,
}

/// Inserts an account. Fails with `Conflict("users_email_key")` for a taken e-mail.
pub async fn insert(tx: &mut Tx, u: &NewUser) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO users (id, email, display_name, search_key, title, password_hash, role, \
           active, locale, created_at, updated_at, deactivated_at, password_changed_at) \
           VALUES ($1, $2, $3, $4, NULL, $5, $6, TRUE, $7, $8, $8, NULL, $8)",
        )
        .bind(&u.id)
        .bind(&u.email)
        .bind(&u.display_name)
        .bind(&u.search_key)
        .bind(u.password_hash.clone())
        .bind(&u.role)
        .bind(u.locale.clone())
        .bind(u.now),
    )
    .await?;
    Ok(())
}

/// Looks an account up by id.
pub async fn get(db: &Db, id: &str) -> Result<Option<UserRow>> {
    db.fetch_optional(
        q(
            "SELECT id, email, display_name, title, password_hash, role, active, locale, \
           created_at, updated_at, deactivated_at, password_changed_at, time_zone FROM users WHERE id = $1",
        )
        .bind(id),
    )
    .await
}

/// Looks an account up by normalised e-mail.
pub async fn get_by_email(db: &Db, email: &str) -> Result<Option<UserRow>> {
    db.fetch_optional(
        q(
            "SELECT id, email, display_name, title, password_hash, role, active, locale, \
           created_at, updated_at, deactivated_at, password_changed_at, time_zone FROM users WHERE email = $1",
        )
        .bind(email),
    )
    .await
}

/// Same as [`get_by_email`], inside a transaction.
pub async fn get_by_email_tx(tx: &mut Tx, email: &str) -> Result<Option<UserRow>> {
    tx.fetch_optional(
        q(
            "SELECT id, email, display_name, title, password_hash, role, active, locale, \
           created_at, updated_at, deactivated_at, password_changed_at, time_zone FROM users WHERE email = $1",
        )
        .bind(email),
    )
    .await
}

/// Whether any active administrator exists (setup is closed once one does).
pub async fn admin_exists(db: &Db) -> Result<bool> {
    let (n,): (i64,) = db
        .fetch_one(q("SELECT COUNT(*) FROM users WHERE role = 'admin'"))
        .await?;
    Ok(n > 0)
}

/// Same as [`admin_exists`], inside a transaction (setup's race guard).
pub async fn admin_exists_tx(tx: &mut Tx) -> Result<bool> {
    let (n,): (i64,) = tx
        .fetch_one(q("SELECT COUNT(*) FROM users WHERE role = 'admin'"))
        .await?;
    Ok(n > 0)
}

/// Number of active administrators, inside a transaction (last-admin guard).
pub async fn active_admin_count_tx(tx: &mut Tx) -> Result<i64> {
    let (n,): (i64,) = tx
        .fetch_one(q(
            "SELECT COUNT(*) FROM users WHERE role = 'admin' AND active",
        ))
        .await?;
    Ok(n)
}

/// Lists accounts ordered by name, keyset-paginated.
pub async fn list(db: &Db, f: &UserFilter) -> Result<Vec<UserRow>> {
    let (after_key, after_id) = match &f.after {
        Some((k, i)) => (Some(k.clone()), Some(i.clone())),
        None => (None, None),
    };
    let pattern = f.text.as_ref().map(|t| format!("%{}%", escape_like(t)));
    db.fetch_all(
        q(
            "SELECT id, email, display_name, title, password_hash, role, active, locale, \
           created_at, updated_at, deactivated_at, password_changed_at, time_zone FROM users \
           WHERE ($1 IS NULL OR search_key LIKE $1 ESCAPE '\\') \
             AND ($2 IS NULL OR role = $2) \
             AND ($3 IS NULL OR active = $3) \
             AND ($4 IS NULL OR search_key > $4 OR (search_key = $4 AND id > $5)) \
             AND ($6 IS NULL OR id = $6 OR EXISTS (SELECT 1 FROM space_members a \
                  JOIN space_members b ON b.space_id = a.space_id \
                  WHERE a.user_id = $6 AND b.user_id = users.id)) \
           ORDER BY search_key, id LIMIT $7",
        )
        .bind(pattern)
        .bind(f.role.clone())
        .bind(f.active)
        .bind(after_key)
        .bind(after_id)
        .bind(f.guest_scope.clone())
        .bind(f.limit),
    )
    .await
}

/// The sort key of a user, for building a keyset cursor.
pub async fn search_key(db: &Db, id: &str) -> Result<Option<String>> {
    let row: Option<(String,)> = db
        .fetch_optional(q("SELECT search_key FROM users WHERE id = $1").bind(id))
        .await?;
    Ok(row.map(|r| r.0))
}

pub(crate) fn escape_like(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Replaces the password hash.
pub async fn set_password(tx: &mut Tx, id: &str, hash: &str, now: i64) -> Result<u64> {
    tx.execute(
        q(
            "UPDATE users SET password_hash = $2, password_changed_at = $3, updated_at = $3 \
           WHERE id = $1",
        )
        .bind(id)
        .bind(hash)
        .bind(now),
    )
    .await
}

/// Activates or deactivates an account.
pub async fn set_active(tx: &mut Tx, id: &str, active: bool, now: i64) -> Result<u64> {
    let deactivated_at = if active { None } else { Some(now) };
    tx.execute(
        q("UPDATE users SET active = $2, deactivated_at = $3, updated_at = $4 WHERE id = $1")
            .bind(id)
            .bind(active)
            .bind(deactivated_at)
            .bind(now),
    )
    .await
}

/// Changes an account's role.
pub async fn set_role(tx: &mut Tx, id: &str, role: &str, now: i64) -> Result<u64> {
    tx.execute(
        q("UPDATE users SET role = $2, updated_at = $3 WHERE id = $1")
            .bind(id)
            .bind(role)
            .bind(now),
    )
    .await
}

/// Sets (or clears) the preferred UI language.
pub async fn set_locale(db: &Db, id: &str, locale: Option<&str>, now: i64) -> Result<u64> {
    db.execute(
        q("UPDATE users SET locale = $2, updated_at = $3 WHERE id = $1")
            .bind(id)
            .bind(locale)
            .bind(now),
    )
    .await
}

/// Updates name and title.
pub async fn set_profile(
    tx: &mut Tx,
    id: &str,
    display_name: &str,
    search_key: &str,
    title: Option<&str>,
    now: i64,
) -> Result<u64> {
    tx.execute(
        q(
            "UPDATE users SET display_name = $2, search_key = $3, title = $4, updated_at = $5 \
           WHERE id = $1",
        )
        .bind(id)
        .bind(display_name)
        .bind(search_key)
        .bind(title)
        .bind(now),
    )
    .await
}

/// Same as [`get`], inside a transaction.
pub async fn get_tx(tx: &mut Tx, id: &str) -> Result<Option<UserRow>> {
    tx.fetch_optional(
        q(
            "SELECT id, email, display_name, title, password_hash, role, active, locale, \
           created_at, updated_at, deactivated_at, password_changed_at, time_zone FROM users WHERE id = $1",
        )
        .bind(id),
    )
    .await
}

/// Counts accounts by role and state, for the admin overview.
pub async fn counts(db: &Db) -> Result<(i64, i64, i64)> {
    let (total, active, guests): (i64, i64, i64) = db
        .fetch_one(q("SELECT COUNT(*), \
                      COALESCE(SUM(CASE WHEN active THEN 1 ELSE 0 END), 0), \
                      COALESCE(SUM(CASE WHEN role = 'guest' THEN 1 ELSE 0 END), 0) FROM users"))
        .await?;
    Ok((total, active, guests))
}

/// What a person's home page counts about their account.
#[derive(Debug, sqlx::FromRow)]
pub struct AccountCounts {
    /// Sessions not yet expired.
    pub sessions: i64,
    /// API tokens not yet expired.
    pub tokens: i64,
    /// Invitations into spaces that are not archived.
    pub invitations: i64,
}

/// [`AccountCounts`] in one round trip (the home page used to load three lists).
pub async fn account_counts(db: &Db, user_id: &str, now: i64) -> Result<AccountCounts> {
    db.fetch_one(
        q("SELECT \
           (SELECT COUNT(*) FROM sessions WHERE user_id = $1 AND expires_at > $2) AS sessions, \
           (SELECT COUNT(*) FROM api_tokens WHERE user_id = $1 \
              AND (expires_at IS NULL OR expires_at > $2)) AS tokens, \
           (SELECT COUNT(*) FROM space_invitations i JOIN spaces s ON s.id = i.space_id \
              WHERE i.user_id = $1 AND s.archived_at IS NULL) AS invitations")
        .bind(user_id)
        .bind(now),
    )
    .await
}

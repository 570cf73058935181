//! Organisation-wide settings: one row.

use crate::Result;
use crate::db::{Db, Tx, q};

/// The settings row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SettingsRow {
    pub name: String,
    pub accent_color: String,
    /// When the logo was last changed (`None`: no logo); read-only here.
    pub logo_updated_at: Option<i64>,
    pub registration_mode: String,
    pub allowed_domains: String,
    pub default_locale: String,
    pub smtp_host: Option<String>,
    pub smtp_port: Option<i64>,
    pub smtp_security: String,
    pub smtp_username: Option<String>,
    pub smtp_password: Option<String>,
    pub smtp_from: Option<String>,
    /// `everyone` (members, not guests) or `admins`.
    pub space_creation: String,
    /// Whether guest (partner) accounts may be invited and may sign in.
    pub guests_enabled: bool,
    /// The IANA time zone for people who have not chosen their own.
    pub default_time_zone: String,
    /// Profile fields kept for administrators and HR (space-separated names).
    pub locked_profile_fields: String,
    pub updated_at: i64,
}

/// Reads the settings; `None` before setup.
pub async fn get(db: &Db) -> Result<Option<SettingsRow>> {
    db.fetch_optional(q(
        "SELECT name, accent_color, (SELECT updated_at FROM org_logo WHERE id = 1) AS logo_updated_at, \
         registration_mode, allowed_domains, default_locale, smtp_host, smtp_port, smtp_security, \
         smtp_username, smtp_password, smtp_from, space_creation, guests_enabled, default_time_zone, \
         locked_profile_fields, updated_at FROM org_settings WHERE id = 1",
    ))
    .await
}

/// Reads the settings inside a transaction.
pub async fn get_tx(tx: &mut Tx) -> Result<Option<SettingsRow>> {
    tx.fetch_optional(q(
        "SELECT name, accent_color, (SELECT updated_at FROM org_logo WHERE id = 1) AS logo_updated_at, \
         registration_mode, allowed_domains, default_locale, smtp_host, smtp_port, smtp_security, \
         smtp_username, smtp_password, smtp_from, space_creation, guests_enabled, default_time_zone, \
         locked_profile_fields, updated_at FROM org_settings WHERE id = 1",
    ))
    .await
}

/// Creates or replaces the settings row.
pub async fn put(tx: &mut Tx, s: &SettingsRow) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO org_settings (id, name, accent_color, registration_mode, \
           allowed_domains, default_locale, smtp_host, smtp_port, smtp_security, \
           smtp_username, smtp_password, smtp_from, space_creation, guests_enabled, updated_at, \
           default_time_zone, locked_profile_fields) \
           VALUES (1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) \
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, \
           accent_color = excluded.accent_color, registration_mode = excluded.registration_mode, \
           allowed_domains = excluded.allowed_domains, default_locale = excluded.default_locale, \
           smtp_host = excluded.smtp_host, smtp_port = excluded.smtp_port, \
           smtp_security = excluded.smtp_security, smtp_username = excluded.smtp_username, \
           smtp_password = excluded.smtp_password, smtp_from = excluded.smtp_from, \
           space_creation = excluded.space_creation, guests_enabled = excluded.guests_enabled, \
           updated_at = excluded.updated_at, default_time_zone = excluded.default_time_zone, \
           locked_profile_fields = excluded.locked_profile_fields",
        )
        .bind(&s.name)
        .bind(&s.accent_color)
        .bind(&s.registration_mode)
        .bind(&s.allowed_domains)
        .bind(&s.default_locale)
        .bind(s.smtp_host.clone())
        .bind(s.smtp_port)
        .bind(&s.smtp_security)
        .bind(s.smtp_username.clone())
        .bind(s.smtp_password.clone())
        .bind(s.smtp_from.clone())
        .bind(&s.space_creation)
        .bind(s.guests_enabled)
        .bind(s.updated_at)
        .bind(&s.default_time_zone)
        .bind(&s.locked_profile_fields),
    )
    .await?;
    Ok(())
}

/// The logo's content type, bytes and change time.
pub async fn logo(db: &Db) -> Result<Option<(String, Vec<u8>, i64)>> {
    db.fetch_optional(q(
        "SELECT content_type, data, updated_at FROM org_logo WHERE id = 1",
    ))
    .await
}

/// Stores (replaces) the logo.
pub async fn put_logo(tx: &mut Tx, content_type: &str, data: Vec<u8>, now: i64) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO org_logo (id, content_type, data, updated_at) VALUES (1, $1, $2, $3) \
           ON CONFLICT (id) DO UPDATE SET content_type = excluded.content_type, \
           data = excluded.data, updated_at = excluded.updated_at",
        )
        .bind(content_type)
        .bind(data)
        .bind(now),
    )
    .await?;
    Ok(())
}

/// Removes the logo.
pub async fn delete_logo(tx: &mut Tx) -> Result<u64> {
    tx.execute(q("DELETE FROM org_logo WHERE id = 1")).await
}

/// Whether guest accounts are enabled (checked whenever a guest acts).
pub async fn guests_enabled(db: &Db) -> Result<bool> {
    let row: Option<(bool,)> = db
        .fetch_optional(q("SELECT guests_enabled FROM org_settings WHERE id = 1"))
        .await?;
    Ok(row.is_none_or(|r| r.0))
}

/// Sets which profile fields are kept for administrators (space-separated names).
pub async fn set_locked_profile_fields(tx: &mut Tx, value: &str, now: i64) -> Result<u64> {
    tx.execute(
        q("UPDATE org_settings SET locked_profile_fields = $1, updated_at = $2 WHERE id = 1")
            .bind(value)
            .bind(now),
    )
    .await
}

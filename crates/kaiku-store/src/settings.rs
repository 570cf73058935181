//! Organisation-wide settings: one row.

use crate::Result;
use crate::db::{Db, Tx, q};

/// The settings row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SettingsRow {
    pub name: String,
    pub accent_color: String,
    pub logo_key: Option<String>,
    pub logo_type: Option<String>,
    pub registration_mode: String,
    pub allowed_domains: String,
    pub default_locale: String,
    pub smtp_host: Option<String>,
    pub smtp_port: Option<i64>,
    pub smtp_security: String,
    pub smtp_username: Option<String>,
    pub smtp_password: Option<String>,
    pub smtp_from: Option<String>,
    pub updated_at: i64,
}

/// Reads the settings; `None` before setup.
pub async fn get(db: &Db) -> Result<Option<SettingsRow>> {
    db.fetch_optional(q(
        "SELECT name, accent_color, logo_key, logo_type, registration_mode, allowed_domains, \
         default_locale, smtp_host, smtp_port, smtp_security, smtp_username, smtp_password, \
         smtp_from, updated_at FROM org_settings WHERE id = 1",
    ))
    .await
}

/// Creates or replaces the settings row.
pub async fn put(tx: &mut Tx, s: &SettingsRow) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO org_settings (id, name, accent_color, logo_key, logo_type, \
           registration_mode, allowed_domains, default_locale, smtp_host, smtp_port, \
           smtp_security, smtp_username, smtp_password, smtp_from, updated_at) \
           VALUES (1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) \
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, \
           accent_color = excluded.accent_color, logo_key = excluded.logo_key, \
           logo_type = excluded.logo_type, registration_mode = excluded.registration_mode, \
           allowed_domains = excluded.allowed_domains, default_locale = excluded.default_locale, \
           smtp_host = excluded.smtp_host, smtp_port = excluded.smtp_port, \
           smtp_security = excluded.smtp_security, smtp_username = excluded.smtp_username, \
           smtp_password = excluded.smtp_password, smtp_from = excluded.smtp_from, \
           updated_at = excluded.updated_at",
        )
        .bind(&s.name)
        .bind(&s.accent_color)
        .bind(s.logo_key.clone())
        .bind(s.logo_type.clone())
        .bind(&s.registration_mode)
        .bind(&s.allowed_domains)
        .bind(&s.default_locale)
        .bind(s.smtp_host.clone())
        .bind(s.smtp_port)
        .bind(&s.smtp_security)
        .bind(s.smtp_username.clone())
        .bind(s.smtp_password.clone())
        .bind(s.smtp_from.clone())
        .bind(s.updated_at),
    )
    .await?;
    Ok(())
}

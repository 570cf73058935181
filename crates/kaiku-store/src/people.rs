//! Profiles: the details people keep about themselves (or that HR keeps), their
//! photo, skills, languages and certificates, admin-defined fields, and the
//! directory that lists them sorted by each language's collation.

use std::sync::LazyLock;

use crate::Result;
use crate::db::{Db, Tx, q};

pub use crate::people_finding::{
    DirectoryFilter, SkillMatch, directory, locations, skill_holders, skill_tags, skills_held_with,
    spoken_languages,
};

/// The profile details beyond the account.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ProfileRow {
    pub user_id: String,
    pub unit_id: Option<String>,
    pub unit_name: Option<String>,
    pub manager_id: Option<String>,
    pub manager_name: Option<String>,
    pub location: Option<String>,
    pub phone_work: Option<String>,
    pub phone_mobile: Option<String>,
    pub bio: String,
    pub bio_html: String,
    pub start_date: Option<String>,
    pub photo_updated_at: Option<i64>,
    pub last_active_at: Option<i64>,
}

/// One person's profile details.
pub async fn profile(db: &Db, user_id: &str) -> Result<Option<ProfileRow>> {
    db.fetch_optional(
        q(
            "SELECT u.id AS user_id, u.unit_id, o.name AS unit_name, u.manager_id, \
           m.display_name AS manager_name, u.location, u.phone_work, u.phone_mobile, u.bio, \
           u.bio_html, u.start_date, u.photo_updated_at, u.last_active_at FROM users u \
           LEFT JOIN org_units o ON o.id = u.unit_id LEFT JOIN users m ON m.id = u.manager_id \
           WHERE u.id = $1",
        )
        .bind(user_id),
    )
    .await
}

/// The profile details to save.
#[derive(Debug, Clone)]
pub struct ProfileUpdate {
    pub display_name: String,
    pub search_key: String,
    pub directory_text: String,
    pub title: Option<String>,
    pub unit_id: Option<String>,
    pub manager_id: Option<String>,
    pub location: Option<String>,
    pub location_key: Option<String>,
    pub phone_work: Option<String>,
    pub phone_mobile: Option<String>,
    pub bio: String,
    pub bio_html: String,
    pub start_date: Option<String>,
}

/// Saves a person's profile details.
pub async fn set_profile(tx: &mut Tx, user_id: &str, p: &ProfileUpdate, now: i64) -> Result<u64> {
    tx.execute(
        q(
            "UPDATE users SET display_name = $2, search_key = $3, directory_text = $4, title = $5, \
           unit_id = $6, manager_id = $7, location = $8, location_key = $9, phone_work = $10, \
           phone_mobile = $11, bio = $12, bio_html = $13, start_date = $14, updated_at = $15 \
           WHERE id = $1",
        )
        .bind(user_id)
        .bind(&p.display_name)
        .bind(&p.search_key)
        .bind(&p.directory_text)
        .bind(p.title.clone())
        .bind(p.unit_id.clone())
        .bind(p.manager_id.clone())
        .bind(p.location.clone())
        .bind(p.location_key.clone())
        .bind(p.phone_work.clone())
        .bind(p.phone_mobile.clone())
        .bind(&p.bio)
        .bind(&p.bio_html)
        .bind(p.start_date.clone())
        .bind(now),
    )
    .await
}

/// Sets only the directory's text (after a name or title change elsewhere).
pub async fn set_directory_text(tx: &mut Tx, user_id: &str, text: &str) -> Result<u64> {
    tx.execute(
        q("UPDATE users SET directory_text = $2 WHERE id = $1")
            .bind(user_id)
            .bind(text),
    )
    .await
}

/// Who someone's manager is, for walking the management line.
pub async fn manager_of(db: &Db, user_id: &str) -> Result<Option<String>> {
    let row: Option<(Option<String>,)> = db
        .fetch_optional(q("SELECT manager_id FROM users WHERE id = $1").bind(user_id))
        .await?;
    Ok(row.and_then(|r| r.0))
}

/// Same as [`manager_of`], inside a transaction (the loop check under the write lock).
pub async fn manager_of_tx(tx: &mut Tx, user_id: &str) -> Result<Option<String>> {
    let row: Option<(Option<String>,)> = tx
        .fetch_optional(q("SELECT manager_id FROM users WHERE id = $1").bind(user_id))
        .await?;
    Ok(row.and_then(|r| r.0))
}

/// A person as a line in a list (directory, reports, unit members).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PersonLine {
    pub id: String,
    pub display_name: String,
    pub email: String,
    pub title: Option<String>,
    pub role: String,
    pub active: bool,
    pub unit_id: Option<String>,
    pub unit_name: Option<String>,
    pub location: Option<String>,
    pub phone_work: Option<String>,
    pub phone_mobile: Option<String>,
    pub photo_updated_at: Option<i64>,
    pub last_active_at: Option<i64>,
    pub created_at: i64,
    pub sort_key: Option<Vec<u8>>,
}

pub(crate) const LINE_COLS: &str = "u.id, u.display_name, u.email, u.title, u.role, u.active, u.unit_id, \
     o.name AS unit_name, u.location, u.phone_work, u.phone_mobile, u.photo_updated_at, \
     u.last_active_at, u.created_at, k.sort_key";

/// A person's skills, as written, with their levels.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SkillRow {
    pub user_id: String,
    pub skill: String,
    pub label: String,
    pub level: Option<i64>,
}

static SKILLS_AMONG_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT user_id, skill, label, level FROM user_skills WHERE user_id IN ({}) \
         ORDER BY user_id, COALESCE(level, 0) DESC, label",
        crate::db::slots(1, 50)
    )
});

/// The skills of many people at once, in one query per 50.
pub async fn skills_among(db: &Db, user_ids: &[String]) -> Result<Vec<SkillRow>> {
    let mut out = Vec::new();
    for chunk in user_ids.chunks(50) {
        let mut query = q(SKILLS_AMONG_SQL.as_str());
        for i in 0..50 {
            query = query.bind(chunk.get(i).cloned());
        }
        out.extend(db.fetch_all::<SkillRow>(query).await?);
    }
    Ok(out)
}

/// Replaces a person's skills.
pub async fn set_skills(
    tx: &mut Tx,
    user_id: &str,
    skills: &[(String, String, Option<i64>)],
) -> Result<()> {
    tx.execute(q("DELETE FROM user_skills WHERE user_id = $1").bind(user_id))
        .await?;
    for (skill, label, level) in skills {
        tx.execute(
            q(
                "INSERT INTO user_skills (user_id, skill, label, level) VALUES ($1, $2, $3, $4) \
               ON CONFLICT (user_id, skill) DO NOTHING",
            )
            .bind(user_id)
            .bind(skill)
            .bind(label)
            .bind(*level),
        )
        .await?;
    }
    Ok(())
}

/// One person's spoken languages.
pub async fn languages_of(db: &Db, user_id: &str) -> Result<Vec<(String, String)>> {
    db.fetch_all(
        q("SELECT lang, level FROM user_languages WHERE user_id = $1 ORDER BY lang").bind(user_id),
    )
    .await
}

/// Replaces a person's spoken languages.
pub async fn set_languages(tx: &mut Tx, user_id: &str, langs: &[(String, String)]) -> Result<()> {
    tx.execute(q("DELETE FROM user_languages WHERE user_id = $1").bind(user_id))
        .await?;
    for (lang, level) in langs {
        tx.execute(
            q(
                "INSERT INTO user_languages (user_id, lang, level) VALUES ($1, $2, $3) \
               ON CONFLICT (user_id, lang) DO NOTHING",
            )
            .bind(user_id)
            .bind(lang)
            .bind(level),
        )
        .await?;
    }
    Ok(())
}

/// A certificate or licence.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CertificateRow {
    pub id: String,
    pub name: String,
    pub issuer: String,
    pub issued_on: Option<String>,
    pub expires_on: Option<String>,
}

/// One person's certificates, those expiring soonest first.
pub async fn certificates_of(db: &Db, user_id: &str) -> Result<Vec<CertificateRow>> {
    db.fetch_all(
        q(
            "SELECT id, name, issuer, issued_on, expires_on FROM user_certificates \
           WHERE user_id = $1 ORDER BY expires_on IS NULL, expires_on, name LIMIT 100",
        )
        .bind(user_id),
    )
    .await
}

/// Replaces a person's certificates.
pub async fn set_certificates(
    tx: &mut Tx,
    user_id: &str,
    certs: &[CertificateRow],
    now: i64,
) -> Result<()> {
    tx.execute(q("DELETE FROM user_certificates WHERE user_id = $1").bind(user_id))
        .await?;
    for c in certs {
        tx.execute(
            q(
                "INSERT INTO user_certificates (id, user_id, name, issuer, issued_on, expires_on, \
               created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(&c.id)
            .bind(user_id)
            .bind(&c.name)
            .bind(&c.issuer)
            .bind(c.issued_on.clone())
            .bind(c.expires_on.clone())
            .bind(now),
        )
        .await?;
    }
    Ok(())
}

static LINES_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT {LINE_COLS} FROM users u LEFT JOIN org_units o ON o.id = u.unit_id \
         LEFT JOIN person_sort_keys k ON k.user_id = u.id AND k.lang = $1 \
         WHERE u.id IN ({})",
        crate::db::slots(2, 50)
    )
});

/// Many people as list lines (sort key of `lang`), in one query per 50.
pub async fn lines_among(db: &Db, lang: &str, ids: &[String]) -> Result<Vec<PersonLine>> {
    let mut out = Vec::new();
    for chunk in ids.chunks(50) {
        let mut query = q(LINES_SQL.as_str()).bind(lang);
        for i in 0..50 {
            query = query.bind(chunk.get(i).cloned());
        }
        out.extend(db.fetch_all::<PersonLine>(query).await?);
    }
    Ok(out)
}

/// Notes that someone took part (wrote a post or a comment): the expert finder
/// ranks the active first.
pub async fn touch_activity(tx: &mut Tx, user_id: &str, now: i64) -> Result<()> {
    tx.execute(
        q("UPDATE users SET last_active_at = $2 WHERE id = $1")
            .bind(user_id)
            .bind(now),
    )
    .await?;
    Ok(())
}

// ---- sort keys ----------------------------------------------------------

/// Replaces a person's sort keys (one per language).
pub async fn set_sort_keys(tx: &mut Tx, user_id: &str, keys: &[(&str, Vec<u8>)]) -> Result<()> {
    tx.execute(q("DELETE FROM person_sort_keys WHERE user_id = $1").bind(user_id))
        .await?;
    for (lang, key) in keys {
        tx.execute(
            q("INSERT INTO person_sort_keys (user_id, lang, sort_key) VALUES ($1, $2, $3)")
                .bind(user_id)
                .bind(*lang)
                .bind(key.clone()),
        )
        .await?;
    }
    Ok(())
}

/// People (id and name) whose sort keys are missing, a page at a time.
pub async fn without_sort_keys(db: &Db, limit: i64) -> Result<Vec<(String, String)>> {
    db.fetch_all(
        q("SELECT u.id, u.display_name FROM users u WHERE NOT EXISTS \
           (SELECT 1 FROM person_sort_keys k WHERE k.user_id = u.id) ORDER BY u.id LIMIT $1")
        .bind(limit),
    )
    .await
}

/// Forgets every sort key (the collation changed: they are computed again).
pub async fn clear_sort_keys(db: &Db) -> Result<u64> {
    db.execute(q("DELETE FROM person_sort_keys")).await
}

// ---- photos -------------------------------------------------------------

/// Stores a person's photo (both sizes) and notes when it changed.
pub async fn set_photo(
    tx: &mut Tx,
    user_id: &str,
    content_type: &str,
    large: Vec<u8>,
    small: Vec<u8>,
    now: i64,
) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO user_photos (user_id, content_type, large, small, updated_at) \
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (user_id) DO UPDATE SET \
           content_type = $2, large = $3, small = $4, updated_at = $5",
        )
        .bind(user_id)
        .bind(content_type)
        .bind(large)
        .bind(small)
        .bind(now),
    )
    .await?;
    tx.execute(
        q("UPDATE users SET photo_updated_at = $2 WHERE id = $1")
            .bind(user_id)
            .bind(now),
    )
    .await?;
    Ok(())
}

/// Removes a person's photo.
pub async fn remove_photo(tx: &mut Tx, user_id: &str) -> Result<()> {
    tx.execute(q("DELETE FROM user_photos WHERE user_id = $1").bind(user_id))
        .await?;
    tx.execute(q("UPDATE users SET photo_updated_at = NULL WHERE id = $1").bind(user_id))
        .await?;
    Ok(())
}

/// A person's photo: content type and the bytes of the size asked for.
pub async fn photo(db: &Db, user_id: &str, small: bool) -> Result<Option<(String, Vec<u8>)>> {
    let sql = if small {
        "SELECT content_type, small FROM user_photos WHERE user_id = $1"
    } else {
        "SELECT content_type, large FROM user_photos WHERE user_id = $1"
    };
    db.fetch_optional(q(sql).bind(user_id)).await
}

// ---- admin-defined fields -------------------------------------------------

/// A field administrators added to every profile.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FieldRow {
    pub id: String,
    pub label: String,
    pub kind: String,
    pub choices: String,
    pub visibility: String,
    pub self_service: bool,
    pub position: i64,
}

/// Every admin-defined field, in order.
pub async fn fields(db: &Db) -> Result<Vec<FieldRow>> {
    db.fetch_all(q(
        "SELECT id, label, kind, choices, visibility, self_service, position FROM profile_fields \
         ORDER BY position, id LIMIT 200",
    ))
    .await
}

/// Adds a field at the end.
pub async fn add_field(tx: &mut Tx, f: &FieldRow, now: i64) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO profile_fields (id, label, kind, choices, visibility, self_service, \
           position, created_at) VALUES ($1, $2, $3, $4, $5, $6, \
           (SELECT COALESCE(MAX(position), 0) + 1 FROM profile_fields), $7)",
        )
        .bind(&f.id)
        .bind(&f.label)
        .bind(&f.kind)
        .bind(&f.choices)
        .bind(&f.visibility)
        .bind(f.self_service)
        .bind(now),
    )
    .await?;
    Ok(())
}

/// Removes a field and every value of it.
pub async fn remove_field(tx: &mut Tx, id: &str) -> Result<u64> {
    tx.execute(q("DELETE FROM profile_fields WHERE id = $1").bind(id))
        .await
}

/// One person's values of the admin-defined fields.
pub async fn values_of(db: &Db, user_id: &str) -> Result<Vec<(String, String)>> {
    db.fetch_all(q("SELECT field_id, value FROM profile_values WHERE user_id = $1").bind(user_id))
        .await
}

/// Sets (or, when empty, removes) one value.
pub async fn set_value(tx: &mut Tx, user_id: &str, field_id: &str, value: &str) -> Result<()> {
    if value.is_empty() {
        tx.execute(
            q("DELETE FROM profile_values WHERE user_id = $1 AND field_id = $2")
                .bind(user_id)
                .bind(field_id),
        )
        .await?;
    } else {
        tx.execute(
            q(
                "INSERT INTO profile_values (user_id, field_id, value) VALUES ($1, $2, $3) \
               ON CONFLICT (user_id, field_id) DO UPDATE SET value = $3",
            )
            .bind(user_id)
            .bind(field_id)
            .bind(value),
        )
        .await?;
    }
    Ok(())
}

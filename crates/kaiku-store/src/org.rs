//! The organisation's structure: units (group, company, business unit,
//! department, team, or kinds of the administrators' own) in one tree.

use crate::Result;
use crate::db::{Db, Tx, q};

/// A kind of unit.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct KindRow {
    pub id: String,
    /// A built-in kind's stable key (its name is translated); `None` for custom ones.
    pub builtin: Option<String>,
    pub name: String,
    pub position: i64,
}

/// Every kind, in order.
pub async fn kinds(db: &Db) -> Result<Vec<KindRow>> {
    db.fetch_all(q(
        "SELECT id, builtin, name, position FROM org_unit_kinds ORDER BY position, id LIMIT 100",
    ))
    .await
}

/// Adds a kind unless one with this id exists.
pub async fn add_kind(tx: &mut Tx, k: &KindRow) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO org_unit_kinds (id, builtin, name, position) VALUES ($1, $2, $3, $4) \
           ON CONFLICT (id) DO NOTHING",
        )
        .bind(&k.id)
        .bind(k.builtin.clone())
        .bind(&k.name)
        .bind(k.position),
    )
    .await?;
    Ok(())
}

/// Removes a kind no unit uses; returns whether it was removed.
pub async fn remove_kind(tx: &mut Tx, id: &str) -> Result<bool> {
    Ok(tx
        .execute(
            q("DELETE FROM org_unit_kinds WHERE id = $1 \
               AND NOT EXISTS (SELECT 1 FROM org_units WHERE kind_id = $1)")
            .bind(id),
        )
        .await?
        == 1)
}

/// A unit with what a tree or a page of it shows.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UnitRow {
    pub id: String,
    pub parent_id: Option<String>,
    pub kind_id: String,
    pub kind_builtin: Option<String>,
    pub kind_name: String,
    pub name: String,
    pub description: String,
    pub lead_id: Option<String>,
    pub lead_name: Option<String>,
    /// Active people directly in the unit.
    pub people: i64,
}

const UNIT_COLS: &str = "o.id, o.parent_id, o.kind_id, k.builtin AS kind_builtin, \
     k.name AS kind_name, o.name, o.description, o.lead_id, l.display_name AS lead_name, \
     (SELECT COUNT(*) FROM users u WHERE u.unit_id = o.id AND u.active) AS people";

/// Every unit (the whole tree), ordered by name within each parent.
pub async fn units(db: &Db) -> Result<Vec<UnitRow>> {
    static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "SELECT {UNIT_COLS} FROM org_units o JOIN org_unit_kinds k ON k.id = o.kind_id \
             LEFT JOIN users l ON l.id = o.lead_id ORDER BY o.sort_key, o.id LIMIT 5000"
        )
    });
    db.fetch_all(q(SQL.as_str())).await
}

/// One unit.
pub async fn unit(db: &Db, id: &str) -> Result<Option<UnitRow>> {
    static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "SELECT {UNIT_COLS} FROM org_units o JOIN org_unit_kinds k ON k.id = o.kind_id \
             LEFT JOIN users l ON l.id = o.lead_id WHERE o.id = $1"
        )
    });
    db.fetch_optional(q(SQL.as_str()).bind(id)).await
}

/// A unit to create or change.
#[derive(Debug, Clone)]
pub struct UnitWrite {
    pub id: String,
    pub parent_id: Option<String>,
    pub kind_id: String,
    pub name: String,
    pub sort_key: String,
    pub description: String,
    pub lead_id: Option<String>,
}

/// Adds a unit.
pub async fn insert_unit(tx: &mut Tx, u: &UnitWrite, now: i64) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO org_units (id, parent_id, kind_id, name, sort_key, description, lead_id, \
           created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
        )
        .bind(&u.id)
        .bind(u.parent_id.clone())
        .bind(&u.kind_id)
        .bind(&u.name)
        .bind(&u.sort_key)
        .bind(&u.description)
        .bind(u.lead_id.clone())
        .bind(now),
    )
    .await?;
    Ok(())
}

/// Changes a unit.
pub async fn update_unit(tx: &mut Tx, u: &UnitWrite, now: i64) -> Result<u64> {
    tx.execute(
        q(
            "UPDATE org_units SET parent_id = $2, kind_id = $3, name = $4, sort_key = $5, \
           description = $6, lead_id = $7, updated_at = $8 WHERE id = $1",
        )
        .bind(&u.id)
        .bind(u.parent_id.clone())
        .bind(&u.kind_id)
        .bind(&u.name)
        .bind(&u.sort_key)
        .bind(&u.description)
        .bind(u.lead_id.clone())
        .bind(now),
    )
    .await
}

/// A unit's parent, for walking up the tree.
pub async fn parent_of_tx(tx: &mut Tx, id: &str) -> Result<Option<String>> {
    let row: Option<(Option<String>,)> = tx
        .fetch_optional(q("SELECT parent_id FROM org_units WHERE id = $1").bind(id))
        .await?;
    Ok(row.and_then(|r| r.0))
}

/// Whether a unit exists (inside the transaction that relies on it).
pub async fn exists_tx(tx: &mut Tx, id: &str) -> Result<bool> {
    let row: Option<(i64,)> = tx
        .fetch_optional(q("SELECT CAST(1 AS BIGINT) FROM org_units WHERE id = $1").bind(id))
        .await?;
    Ok(row.is_some())
}

/// Removes a unit that has no sub-units and no people; returns whether it did.
pub async fn remove_unit(tx: &mut Tx, id: &str) -> Result<bool> {
    Ok(tx
        .execute(
            q("DELETE FROM org_units WHERE id = $1 \
               AND NOT EXISTS (SELECT 1 FROM org_units c WHERE c.parent_id = $1) \
               AND NOT EXISTS (SELECT 1 FROM users u WHERE u.unit_id = $1)")
            .bind(id),
        )
        .await?
        == 1)
}

//! Wiki pages and their revisions. The page row is the current version; every
//! version, the current one included, is a row of `wiki_revisions`.

use std::sync::LazyLock;

use crate::Result;
use crate::db::{Db, Tx, q};

/// Longest a space's page list gets in one read.
const LIST_MAX: i64 = 2_000;

/// The current version of a page, with the names of who wrote it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PageRow {
    pub id: String,
    pub space_id: String,
    pub parent_id: Option<String>,
    pub slug: String,
    pub title: String,
    pub body: String,
    pub body_html: String,
    pub revision: i64,
    pub created_by: String,
    pub created_by_name: String,
    pub created_at: i64,
    pub updated_by: String,
    pub updated_by_name: String,
    pub updated_at: i64,
}

const PAGE_COLS: &str = "p.id, p.space_id, p.parent_id, p.slug, p.title, p.body, p.body_html, \
     p.revision, p.created_by, c.display_name AS created_by_name, p.created_at, p.updated_by, \
     e.display_name AS updated_by_name, p.updated_at \
     FROM wiki_pages p JOIN users c ON c.id = p.created_by JOIN users e ON e.id = p.updated_by";

/// A page in a space's list (no text).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PageListRow {
    pub id: String,
    pub parent_id: Option<String>,
    pub slug: String,
    pub title: String,
    pub updated_at: i64,
    pub updated_by_name: String,
}

/// A new page: its first version.
#[derive(Debug, Clone)]
pub struct NewPage<'a> {
    pub id: &'a str,
    pub revision_id: &'a str,
    pub space_id: &'a str,
    pub parent_id: Option<&'a str>,
    pub slug: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    pub body_html: &'a str,
    pub author_id: &'a str,
    pub summary: &'a str,
    pub now: i64,
}

/// Stores a new page and its first revision.
pub async fn insert(tx: &mut Tx, p: &NewPage<'_>) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO wiki_pages (id, space_id, parent_id, slug, title, body, body_html, \
           revision, created_by, created_at, updated_by, updated_at, deleted_at) \
           VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9, $8, $9, NULL)",
        )
        .bind(p.id)
        .bind(p.space_id)
        .bind(p.parent_id)
        .bind(p.slug)
        .bind(p.title)
        .bind(p.body)
        .bind(p.body_html)
        .bind(p.author_id)
        .bind(p.now),
    )
    .await?;
    insert_revision(
        tx,
        p.revision_id,
        p.id,
        1,
        p.title,
        p.body,
        p.summary,
        None,
        p.author_id,
        p.now,
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn insert_revision(
    tx: &mut Tx,
    id: &str,
    page_id: &str,
    revision: i64,
    title: &str,
    body: &str,
    summary: &str,
    restored_from: Option<i64>,
    editor: &str,
    now: i64,
) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO wiki_revisions (id, page_id, revision, title, body, summary, \
           restored_from, edited_by, edited_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(id)
        .bind(page_id)
        .bind(revision)
        .bind(title)
        .bind(body)
        .bind(summary)
        .bind(restored_from)
        .bind(editor)
        .bind(now),
    )
    .await?;
    Ok(())
}

/// A live page by id; the caller applies the policy.
pub async fn get(db: &Db, id: &str) -> Result<Option<PageRow>> {
    db.fetch_optional(q(PAGE_BY_ID_SQL.as_str()).bind(id)).await
}

static PAGE_BY_ID_SQL: LazyLock<String> =
    LazyLock::new(|| format!("SELECT {PAGE_COLS} WHERE p.id = $1 AND p.deleted_at IS NULL"));

static PAGE_BY_SLUG_SQL: LazyLock<String> = LazyLock::new(|| {
    format!("SELECT {PAGE_COLS} WHERE p.space_id = $1 AND p.slug = $2 AND p.deleted_at IS NULL")
});

/// A live page by its address in a space.
pub async fn get_by_slug(db: &Db, space_id: &str, slug: &str) -> Result<Option<PageRow>> {
    db.fetch_optional(q(PAGE_BY_SLUG_SQL.as_str()).bind(space_id).bind(slug))
        .await
}

/// Whether a live page of the space has this address (read in the writing
/// transaction, so two pages cannot take it at once).
pub async fn slug_taken(tx: &mut Tx, space_id: &str, slug: &str) -> Result<bool> {
    let row: Option<(String,)> = tx
        .fetch_optional(
            q(
                "SELECT id FROM wiki_pages WHERE space_id = $1 AND slug = $2 \
               AND deleted_at IS NULL",
            )
            .bind(space_id)
            .bind(slug),
        )
        .await?;
    Ok(row.is_some())
}

/// The live pages of a space, by title.
pub async fn list(db: &Db, space_id: &str) -> Result<Vec<PageListRow>> {
    db.fetch_all(
        q("SELECT p.id, p.parent_id, p.slug, p.title, p.updated_at, \
             e.display_name AS updated_by_name FROM wiki_pages p \
             JOIN users e ON e.id = p.updated_by \
             WHERE p.space_id = $1 AND p.deleted_at IS NULL ORDER BY p.title, p.id LIMIT $2")
        .bind(space_id)
        .bind(LIST_MAX),
    )
    .await
}

/// A new version of a page.
#[derive(Debug, Clone)]
pub struct PageEdit<'a> {
    pub id: &'a str,
    pub revision_id: &'a str,
    /// The version the editor started from; the edit is refused if another
    /// has been saved since.
    pub base_revision: i64,
    pub parent_id: Option<&'a str>,
    pub title: &'a str,
    pub body: &'a str,
    pub body_html: &'a str,
    pub editor_id: &'a str,
    pub summary: &'a str,
    /// The earlier version this edit brings back, if it is a restore.
    pub restored_from: Option<i64>,
    pub now: i64,
}

/// Saves a new version unless another was saved after `base_revision`; returns
/// whether it was saved. The check and the write are one statement, so two
/// editors can never both win.
pub async fn update(tx: &mut Tx, e: &PageEdit<'_>) -> Result<bool> {
    let n = tx
        .execute(
            q(
                "UPDATE wiki_pages SET parent_id = $3, title = $4, body = $5, body_html = $6, \
               revision = revision + 1, updated_by = $7, updated_at = $8 \
               WHERE id = $1 AND revision = $2 AND deleted_at IS NULL",
            )
            .bind(e.id)
            .bind(e.base_revision)
            .bind(e.parent_id)
            .bind(e.title)
            .bind(e.body)
            .bind(e.body_html)
            .bind(e.editor_id)
            .bind(e.now),
        )
        .await?;
    if n == 0 {
        return Ok(false);
    }
    insert_revision(
        tx,
        e.revision_id,
        e.id,
        e.base_revision + 1,
        e.title,
        e.body,
        e.summary,
        e.restored_from,
        e.editor_id,
        e.now,
    )
    .await?;
    Ok(true)
}

/// Soft-deletes a page; its children move up to its parent, so none is lost
/// from the tree.
pub async fn delete(tx: &mut Tx, id: &str, parent_id: Option<&str>, now: i64) -> Result<u64> {
    tx.execute(
        q("UPDATE wiki_pages SET parent_id = $2 WHERE parent_id = $1")
            .bind(id)
            .bind(parent_id),
    )
    .await?;
    tx.execute(
        q("UPDATE wiki_pages SET deleted_at = $2 WHERE id = $1 AND deleted_at IS NULL")
            .bind(id)
            .bind(now),
    )
    .await
}

/// One version of a page.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RevisionRow {
    pub revision: i64,
    pub title: String,
    pub body: String,
    pub summary: String,
    pub restored_from: Option<i64>,
    pub editor_name: Option<String>,
    pub edited_at: i64,
}

/// Every version of a page, newest first.
pub async fn revisions(db: &Db, page_id: &str) -> Result<Vec<RevisionRow>> {
    db.fetch_all(
        q(
            "SELECT r.revision, r.title, '' AS body, r.summary, r.restored_from, u.display_name AS editor_name, \
             r.edited_at FROM wiki_revisions r LEFT JOIN users u ON u.id = r.edited_by \
             WHERE r.page_id = $1 ORDER BY r.revision DESC LIMIT 500",
        )
        .bind(page_id),
    )
    .await
}

/// One version of a page, with its text.
pub async fn revision(db: &Db, page_id: &str, revision: i64) -> Result<Option<RevisionRow>> {
    db.fetch_optional(
        q(
            "SELECT r.revision, r.title, r.body, r.summary, r.restored_from, u.display_name AS editor_name, \
             r.edited_at FROM wiki_revisions r LEFT JOIN users u ON u.id = r.edited_by \
             WHERE r.page_id = $1 AND r.revision = $2",
        )
        .bind(page_id)
        .bind(revision),
    )
    .await
}

//! Posts, their revisions, comments and reactions. Listing queries take the
//! viewer's audience (see [`Audience`]) and apply it in SQL.

use crate::Result;
use crate::db::{Db, Tx, q};

/// A post with its author and space, ready to show.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PostRow {
    pub id: String,
    pub space_id: Option<String>,
    pub space_slug: Option<String>,
    pub space_name: Option<String>,
    pub author_id: String,
    pub author_name: String,
    pub author_role: String,
    pub body: String,
    pub body_html: String,
    pub comment_count: i64,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub pinned_at: Option<i64>,
    pub announced_at: Option<i64>,
}

pub use crate::post_stream::{Audience, StreamScope, stream};

/// Stores a new post.
#[allow(clippy::too_many_arguments)]
pub async fn insert(
    tx: &mut Tx,
    id: &str,
    space_id: Option<&str>,
    author_id: &str,
    body: &str,
    body_html: &str,
    now: i64,
) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO posts (id, space_id, author_id, body, body_html, comment_count, \
           created_at, edited_at, deleted_at) VALUES ($1, $2, $3, $4, $5, 0, $6, NULL, NULL)",
        )
        .bind(id)
        .bind(space_id)
        .bind(author_id)
        .bind(body)
        .bind(body_html)
        .bind(now),
    )
    .await?;
    Ok(())
}

/// A live (not deleted) post by id; the caller applies the policy.
pub async fn get(db: &Db, id: &str) -> Result<Option<PostRow>> {
    db.fetch_optional(
        q(
            "SELECT p.id, p.space_id, s.slug AS space_slug, s.name AS space_name, p.author_id, \
           u.display_name AS author_name, u.role AS author_role, p.body, p.body_html, \
           p.comment_count, p.created_at, p.edited_at, p.pinned_at, p.announced_at \
           FROM posts p JOIN users u ON u.id = p.author_id LEFT JOIN spaces s ON s.id = p.space_id \
           WHERE p.id = $1 AND p.deleted_at IS NULL",
        )
        .bind(id),
    )
    .await
}

/// Replaces a post's body, keeping the previous one as a revision.
#[allow(clippy::too_many_arguments)]
pub async fn update(
    tx: &mut Tx,
    id: &str,
    revision_id: &str,
    old_body: &str,
    body: &str,
    body_html: &str,
    editor: &str,
    now: i64,
) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO post_revisions (id, post_id, body, edited_by, edited_at) \
           VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(revision_id)
        .bind(id)
        .bind(old_body)
        .bind(editor)
        .bind(now),
    )
    .await?;
    tx.execute(
        q("UPDATE posts SET body = $2, body_html = $3, edited_at = $4 WHERE id = $1")
            .bind(id)
            .bind(body)
            .bind(body_html)
            .bind(now),
    )
    .await?;
    Ok(())
}

/// Soft-deletes a post.
pub async fn delete(tx: &mut Tx, id: &str, now: i64) -> Result<u64> {
    tx.execute(
        q("UPDATE posts SET deleted_at = $2 WHERE id = $1 AND deleted_at IS NULL")
            .bind(id)
            .bind(now),
    )
    .await
}

/// A revision of a post.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RevisionRow {
    pub body: String,
    pub editor_name: Option<String>,
    pub edited_at: i64,
}

/// A post's earlier versions, newest first.
pub async fn revisions(db: &Db, post_id: &str) -> Result<Vec<RevisionRow>> {
    db.fetch_all(
        q(
            "SELECT r.body, u.display_name AS editor_name, r.edited_at FROM post_revisions r \
           LEFT JOIN users u ON u.id = r.edited_by WHERE r.post_id = $1 \
           ORDER BY r.edited_at DESC, r.id DESC LIMIT 200",
        )
        .bind(post_id),
    )
    .await
}

/// A comment with its author.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CommentRow {
    pub id: String,
    pub post_id: String,
    pub parent_id: Option<String>,
    pub author_id: String,
    pub author_name: String,
    pub author_role: String,
    pub body: String,
    pub body_html: String,
    pub created_at: i64,
    pub edited_at: Option<i64>,
}

/// Stores a comment and counts it on its post.
#[allow(clippy::too_many_arguments)]
pub async fn insert_comment(
    tx: &mut Tx,
    id: &str,
    post_id: &str,
    parent_id: Option<&str>,
    author_id: &str,
    body: &str,
    body_html: &str,
    now: i64,
) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO comments (id, post_id, parent_id, author_id, body, body_html, created_at, \
           edited_at, deleted_at) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, NULL)",
        )
        .bind(id)
        .bind(post_id)
        .bind(parent_id)
        .bind(author_id)
        .bind(body)
        .bind(body_html)
        .bind(now),
    )
    .await?;
    tx.execute(q("UPDATE posts SET comment_count = comment_count + 1 WHERE id = $1").bind(post_id))
        .await?;
    Ok(())
}

/// A live comment by id.
pub async fn get_comment(db: &Db, id: &str) -> Result<Option<CommentRow>> {
    db.fetch_optional(
        q(
            "SELECT c.id, c.post_id, c.parent_id, c.author_id, u.display_name AS author_name, \
           u.role AS author_role, c.body, c.body_html, c.created_at, c.edited_at \
           FROM comments c JOIN users u ON u.id = c.author_id \
           WHERE c.id = $1 AND c.deleted_at IS NULL",
        )
        .bind(id),
    )
    .await
}

/// The live comments of a post, oldest first.
pub async fn comments(db: &Db, post_id: &str, limit: i64) -> Result<Vec<CommentRow>> {
    db.fetch_all(
        q(
            "SELECT c.id, c.post_id, c.parent_id, c.author_id, u.display_name AS author_name, \
           u.role AS author_role, c.body, c.body_html, c.created_at, c.edited_at \
           FROM comments c JOIN users u ON u.id = c.author_id \
           WHERE c.post_id = $1 AND c.deleted_at IS NULL \
           ORDER BY c.created_at, c.id LIMIT $2",
        )
        .bind(post_id)
        .bind(limit),
    )
    .await
}

/// Replaces a comment's body.
pub async fn update_comment(
    tx: &mut Tx,
    id: &str,
    body: &str,
    body_html: &str,
    now: i64,
) -> Result<u64> {
    tx.execute(
        q("UPDATE comments SET body = $2, body_html = $3, edited_at = $4 WHERE id = $1")
            .bind(id)
            .bind(body)
            .bind(body_html)
            .bind(now),
    )
    .await
}

/// Soft-deletes a comment (and its replies) and uncounts them.
pub async fn delete_comment(tx: &mut Tx, id: &str, post_id: &str, now: i64) -> Result<u64> {
    let n = tx
        .execute(
            q("UPDATE comments SET deleted_at = $2 \
               WHERE (id = $1 OR parent_id = $1) AND deleted_at IS NULL")
            .bind(id)
            .bind(now),
        )
        .await?;
    let n_i64 = i64::try_from(n).unwrap_or(0);
    tx.execute(
        q("UPDATE posts SET comment_count = comment_count - $2 WHERE id = $1")
            .bind(post_id)
            .bind(n_i64),
    )
    .await?;
    Ok(n)
}

/// Adds a reaction; returns whether it was new.
pub async fn react(
    tx: &mut Tx,
    post_id: &str,
    user_id: &str,
    kind: &str,
    now: i64,
) -> Result<bool> {
    let n = tx
        .execute(
            q("INSERT INTO reactions (post_id, user_id, kind, created_at) VALUES ($1, $2, $3, $4) \
               ON CONFLICT (post_id, user_id, kind) DO NOTHING")
            .bind(post_id)
            .bind(user_id)
            .bind(kind)
            .bind(now),
        )
        .await?;
    Ok(n == 1)
}

/// Removes a reaction; returns whether there was one.
pub async fn unreact(tx: &mut Tx, post_id: &str, user_id: &str, kind: &str) -> Result<bool> {
    let n = tx
        .execute(
            q("DELETE FROM reactions WHERE post_id = $1 AND user_id = $2 AND kind = $3")
                .bind(post_id)
                .bind(user_id)
                .bind(kind),
        )
        .await?;
    Ok(n == 1)
}

/// One reaction count, with whether the viewer is among them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReactionCount {
    pub post_id: String,
    pub kind: String,
    pub count: i64,
    pub mine: i64,
}

/// Reaction counts for a page of posts in one query (no N+1).
pub async fn reaction_counts(
    db: &Db,
    post_ids: &[String],
    viewer: &str,
) -> Result<Vec<ReactionCount>> {
    let mut out = Vec::new();
    // Chunks of 50 ids keep the statement text fixed (unused slots bind NULL).
    for chunk in post_ids.chunks(50) {
        let mut query = q(REACTION_COUNTS_SQL).bind(viewer);
        for i in 0..50 {
            query = query.bind(chunk.get(i).cloned());
        }
        out.extend(db.fetch_all::<ReactionCount>(query).await?);
    }
    Ok(out)
}

/// The latest comments of a page of posts: up to `per_post` each, in one query.
pub async fn latest_comments(
    db: &Db,
    post_ids: &[String],
    per_post: i64,
) -> Result<Vec<CommentRow>> {
    let mut out = Vec::new();
    for chunk in post_ids.chunks(50) {
        let mut query = q(LATEST_COMMENTS_SQL).bind(per_post);
        for i in 0..50 {
            query = query.bind(chunk.get(i).cloned());
        }
        out.extend(db.fetch_all::<CommentRow>(query).await?);
    }
    Ok(out)
}

/// Who reacted to a post, by kind.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReactorRow {
    pub kind: String,
    pub display_name: String,
}

/// The people who reacted to a post.
pub async fn reactors(db: &Db, post_id: &str) -> Result<Vec<ReactorRow>> {
    db.fetch_all(
        q(
            "SELECT r.kind, u.display_name FROM reactions r JOIN users u ON u.id = r.user_id \
           WHERE r.post_id = $1 ORDER BY r.kind, r.created_at LIMIT 500",
        )
        .bind(post_id),
    )
    .await
}

const REACTION_COUNTS_SQL: &str = "SELECT post_id, kind, COUNT(*) AS count, \
     SUM(CASE WHEN user_id = $1 THEN 1 ELSE 0 END) AS mine FROM reactions \
     WHERE post_id IN ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, \
     $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, \
     $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51) \
     GROUP BY post_id, kind";

// The window ranks by the (post_id, created_at) index alone; bodies and
// authors are read only for the rows kept, not for every comment of a busy post.
const LATEST_COMMENTS_SQL: &str = "SELECT c.id, c.post_id, c.parent_id, c.author_id, \
     u.display_name AS author_name, u.role AS author_role, c.body, c.body_html, c.created_at, \
     c.edited_at FROM ( \
     SELECT id, ROW_NUMBER() OVER (PARTITION BY post_id ORDER BY created_at DESC, id DESC) AS rn \
     FROM comments \
     WHERE deleted_at IS NULL AND post_id IN ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, \
     $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, \
     $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, \
     $49, $50, $51)) t JOIN comments c ON c.id = t.id JOIN users u ON u.id = c.author_id \
     WHERE t.rn <= $1 ORDER BY c.post_id, c.created_at, c.id";

/// The post a comment belongs to, even once the comment is deleted.
pub async fn post_of_comment(db: &Db, comment_id: &str) -> Result<Option<String>> {
    let row: Option<(String,)> = db
        .fetch_optional(q("SELECT post_id FROM comments WHERE id = $1").bind(comment_id))
        .await?;
    Ok(row.map(|r| r.0))
}

/// Replaces a post's parsed mentions and topics.
pub async fn set_tags(
    tx: &mut Tx,
    post_id: &str,
    mentions: &[String],
    topics: &[String],
) -> Result<()> {
    tx.execute(q("DELETE FROM post_mentions WHERE post_id = $1").bind(post_id))
        .await?;
    tx.execute(q("DELETE FROM post_topics WHERE post_id = $1").bind(post_id))
        .await?;
    add_tags(tx, post_id, mentions, topics).await
}

/// Records the mentions and topics of a post that has none yet (a new one).
pub async fn add_tags(
    tx: &mut Tx,
    post_id: &str,
    mentions: &[String],
    topics: &[String],
) -> Result<()> {
    for user_id in mentions {
        tx.execute(
            q("INSERT INTO post_mentions (post_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .bind(post_id)
                .bind(user_id),
        )
        .await?;
    }
    for topic in topics {
        tx.execute(
            q("INSERT INTO post_topics (post_id, topic, created_at) \
               SELECT $1, $2, p.created_at FROM posts p WHERE p.id = $1 ON CONFLICT DO NOTHING")
            .bind(post_id)
            .bind(topic),
        )
        .await?;
    }
    Ok(())
}

/// Saves (`on`) or unsaves a post for a user.
pub async fn set_bookmark(
    tx: &mut Tx,
    user_id: &str,
    post_id: &str,
    on: bool,
    now: i64,
) -> Result<()> {
    if on {
        tx.execute(
            q(
                "INSERT INTO bookmarks (user_id, post_id, created_at) VALUES ($1, $2, $3) \
               ON CONFLICT (user_id, post_id) DO NOTHING",
            )
            .bind(user_id)
            .bind(post_id)
            .bind(now),
        )
        .await?;
    } else {
        tx.execute(
            q("DELETE FROM bookmarks WHERE user_id = $1 AND post_id = $2")
                .bind(user_id)
                .bind(post_id),
        )
        .await?;
    }
    Ok(())
}

/// Which of these posts the user saved.
pub async fn saved_among(db: &Db, user_id: &str, post_ids: &[String]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for chunk in post_ids.chunks(50) {
        let mut query = q(SAVED_AMONG_SQL).bind(user_id);
        for i in 0..50 {
            query = query.bind(chunk.get(i).cloned());
        }
        let rows: Vec<(String,)> = db.fetch_all(query).await?;
        out.extend(rows.into_iter().map(|r| r.0));
    }
    Ok(out)
}

const SAVED_AMONG_SQL: &str = "SELECT post_id FROM bookmarks WHERE user_id = $1 AND post_id IN \
     ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, \
     $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, \
     $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51)";

/// Pins or unpins a post.
pub async fn set_pinned(tx: &mut Tx, post_id: &str, at: Option<i64>) -> Result<u64> {
    tx.execute(
        q("UPDATE posts SET pinned_at = $2 WHERE id = $1")
            .bind(post_id)
            .bind(at),
    )
    .await
}

/// The pinned posts of a space, most recently pinned first.
pub async fn pinned(db: &Db, space_id: &str) -> Result<Vec<PostRow>> {
    db.fetch_all(
        q(
            "SELECT p.id, p.space_id, s.slug AS space_slug, s.name AS space_name, p.author_id, \
           u.display_name AS author_name, u.role AS author_role, p.body, p.body_html, \
           p.comment_count, p.created_at, p.edited_at, p.pinned_at, p.announced_at \
           FROM posts p JOIN users u ON u.id = p.author_id LEFT JOIN spaces s ON s.id = p.space_id \
           WHERE p.space_id = $1 AND p.pinned_at IS NOT NULL AND p.deleted_at IS NULL \
           ORDER BY p.pinned_at DESC, p.id DESC LIMIT 10",
        )
        .bind(space_id),
    )
    .await
}

/// A person found by a mention handle: the e-mail address, or its local part
/// when only one active person has it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MentionCandidate {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub active: bool,
}

/// People whose address matches a handle (`name` or `name@domain`).
pub async fn mention_candidates(db: &Db, handle: &str) -> Result<Vec<MentionCandidate>> {
    let pattern = if handle.contains('@') {
        crate::users::escape_like(handle)
    } else {
        format!("{}@%", crate::users::escape_like(handle))
    };
    db.fetch_all(
        q("SELECT id, email, display_name, role, active FROM users \
           WHERE email LIKE $1 ESCAPE '\\' AND active LIMIT 2")
        .bind(pattern),
    )
    .await
}

/// Announces a post to everyone (`Some(time)`) or stops announcing it.
pub async fn set_announced(tx: &mut Tx, post_id: &str, at: Option<i64>) -> Result<u64> {
    tx.execute(
        q("UPDATE posts SET announced_at = $2 WHERE id = $1")
            .bind(post_id)
            .bind(at),
    )
    .await
}

/// Records that a person dismissed an announcement.
pub async fn dismiss(tx: &mut Tx, user_id: &str, post_id: &str, now: i64) -> Result<()> {
    tx.execute(
        q("INSERT INTO announcement_dismissals (user_id, post_id, dismissed_at) VALUES ($1, $2, $3) \
           ON CONFLICT (user_id, post_id) DO NOTHING")
        .bind(user_id)
        .bind(post_id)
        .bind(now),
    )
    .await?;
    Ok(())
}

/// A report with what it is about.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReportRow {
    pub id: String,
    pub post_id: String,
    pub comment_id: Option<String>,
    pub space_id: Option<String>,
    pub space_name: Option<String>,
    pub reporter_name: Option<String>,
    pub reason: String,
    pub created_at: i64,
    pub excerpt: String,
    pub author_name: String,
}

/// Files a report.
#[allow(clippy::too_many_arguments)]
pub async fn insert_report(
    tx: &mut Tx,
    id: &str,
    post_id: &str,
    comment_id: Option<&str>,
    space_id: Option<&str>,
    reporter_id: &str,
    reason: &str,
    now: i64,
) -> Result<()> {
    tx.execute(
        q("INSERT INTO reports (id, post_id, comment_id, space_id, reporter_id, reason, created_at, \
           resolved_at, resolved_by, resolution) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, NULL, NULL)")
        .bind(id)
        .bind(post_id)
        .bind(comment_id)
        .bind(space_id)
        .bind(reporter_id)
        .bind(reason)
        .bind(now),
    )
    .await?;
    Ok(())
}

/// Open reports the viewer may handle: every one for administrators, otherwise
/// those in spaces where the viewer moderates.
pub async fn open_reports(db: &Db, user_id: &str, all: bool) -> Result<Vec<ReportRow>> {
    db.fetch_all(
        q(
            "SELECT r.id, r.post_id, r.comment_id, r.space_id, s.name AS space_name, \
           ru.display_name AS reporter_name, r.reason, r.created_at, \
           COALESCE(c.body, p.body) AS excerpt, au.display_name AS author_name \
           FROM reports r JOIN posts p ON p.id = r.post_id \
           LEFT JOIN comments c ON c.id = r.comment_id \
           LEFT JOIN spaces s ON s.id = r.space_id \
           LEFT JOIN users ru ON ru.id = r.reporter_id \
           JOIN users au ON au.id = COALESCE(c.author_id, p.author_id) \
           WHERE r.resolved_at IS NULL AND p.deleted_at IS NULL AND c.deleted_at IS NULL \
             AND ($2 OR EXISTS (SELECT 1 FROM space_members m WHERE m.space_id = r.space_id \
                  AND m.user_id = $1 AND m.role IN ('owner', 'moderator'))) \
           ORDER BY r.created_at, r.id LIMIT 200",
        )
        .bind(user_id)
        .bind(all),
    )
    .await
}

/// A report by id (open or not).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReportRef {
    pub id: String,
    pub post_id: String,
    pub comment_id: Option<String>,
    pub resolved_at: Option<i64>,
}

/// Looks a report up.
pub async fn report(db: &Db, id: &str) -> Result<Option<ReportRef>> {
    db.fetch_optional(
        q("SELECT id, post_id, comment_id, resolved_at FROM reports WHERE id = $1").bind(id),
    )
    .await
}

/// Resolves every open report about the same post or comment.
pub async fn resolve_reports(
    tx: &mut Tx,
    post_id: &str,
    comment_id: Option<&str>,
    by: &str,
    resolution: &str,
    now: i64,
) -> Result<u64> {
    tx.execute(
        q(
            "UPDATE reports SET resolved_at = $4, resolved_by = $3, resolution = $5 \
           WHERE post_id = $1 AND resolved_at IS NULL \
             AND (($2 IS NULL AND comment_id IS NULL) OR comment_id = $2)",
        )
        .bind(post_id)
        .bind(comment_id)
        .bind(by)
        .bind(now)
        .bind(resolution),
    )
    .await
}

//! What the search indexer reads: the current state of each searchable thing (by
//! id, for changes, and in id order, for a rebuild), and the facts that decide
//! who may find it. Results pages load their rows from here too.

use std::sync::LazyLock;

use crate::Result;
use crate::db::{Db, Row, q};

/// Ids per statement; unused slots bind NULL so each statement's text is fixed.
const SLOTS: usize = 50;

fn slots(from: usize) -> String {
    (from..from + SLOTS)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A post as search sees it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SearchPost {
    pub id: String,
    pub space_id: Option<String>,
    pub space_slug: Option<String>,
    pub space_name: Option<String>,
    pub author_id: String,
    pub author_name: String,
    pub author_locale: Option<String>,
    pub body: String,
    pub created_at: i64,
}

const POST_COLS: &str = "p.id, p.space_id, s.slug AS space_slug, s.name AS space_name, \
     p.author_id, u.display_name AS author_name, u.locale AS author_locale, p.body, p.created_at \
     FROM posts p JOIN users u ON u.id = p.author_id LEFT JOIN spaces s ON s.id = p.space_id";

static POSTS_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT {POST_COLS} WHERE p.deleted_at IS NULL AND p.id IN ({})",
        slots(1)
    )
});
static POSTS_AFTER_SQL: LazyLock<String> = LazyLock::new(|| {
    format!("SELECT {POST_COLS} WHERE p.deleted_at IS NULL AND p.id > $1 ORDER BY p.id LIMIT $2")
});

async fn by_ids<T: Row>(db: &Db, sql: &'static str, ids: &[String]) -> Result<Vec<T>> {
    let mut out = Vec::new();
    for chunk in ids.chunks(SLOTS) {
        let mut query = q(sql);
        for i in 0..SLOTS {
            query = query.bind(chunk.get(i).cloned());
        }
        out.extend(db.fetch_all::<T>(query).await?);
    }
    Ok(out)
}

/// The live (not deleted) posts among these ids.
pub async fn posts(db: &Db, ids: &[String]) -> Result<Vec<SearchPost>> {
    by_ids(db, POSTS_SQL.as_str(), ids).await
}

/// Live posts after `after` in id order (a rebuild's batches).
pub async fn posts_after(db: &Db, after: &str, limit: i64) -> Result<Vec<SearchPost>> {
    db.fetch_all(q(POSTS_AFTER_SQL.as_str()).bind(after).bind(limit))
        .await
}

static TOPICS_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT post_id, topic FROM post_topics WHERE post_id IN ({})",
        slots(1)
    )
});

/// `(post id, topic)` for these posts.
pub async fn topics_of(db: &Db, post_ids: &[String]) -> Result<Vec<(String, String)>> {
    by_ids(db, TOPICS_SQL.as_str(), post_ids).await
}

/// A comment as search sees it, with its post's space.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SearchComment {
    pub id: String,
    pub post_id: String,
    pub space_id: Option<String>,
    pub space_slug: Option<String>,
    pub space_name: Option<String>,
    pub author_id: String,
    pub author_name: String,
    pub author_locale: Option<String>,
    pub body: String,
    pub created_at: i64,
}

const COMMENT_COLS: &str = "c.id, c.post_id, p.space_id, s.slug AS space_slug, \
     s.name AS space_name, c.author_id, u.display_name AS author_name, \
     u.locale AS author_locale, c.body, c.created_at \
     FROM comments c JOIN posts p ON p.id = c.post_id JOIN users u ON u.id = c.author_id \
     LEFT JOIN spaces s ON s.id = p.space_id";

static COMMENTS_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT {COMMENT_COLS} WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL \
         AND c.id IN ({})",
        slots(1)
    )
});
static COMMENTS_AFTER_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT {COMMENT_COLS} WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL \
         AND c.id > $1 ORDER BY c.id LIMIT $2"
    )
});

/// The live comments (on live posts) among these ids.
pub async fn comments(db: &Db, ids: &[String]) -> Result<Vec<SearchComment>> {
    by_ids(db, COMMENTS_SQL.as_str(), ids).await
}

/// Live comments after `after` in id order.
pub async fn comments_after(db: &Db, after: &str, limit: i64) -> Result<Vec<SearchComment>> {
    db.fetch_all(q(COMMENTS_AFTER_SQL.as_str()).bind(after).bind(limit))
        .await
}

/// Every comment id of a post, deleted or not (to drop them with the post).
pub async fn comment_ids_of_post(db: &Db, post_id: &str) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = db
        .fetch_all(q("SELECT id FROM comments WHERE post_id = $1").bind(post_id))
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// A wiki page as search sees it, with its space.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SearchWikiPage {
    pub id: String,
    pub space_id: String,
    pub space_slug: String,
    pub space_name: String,
    pub slug: String,
    pub title: String,
    pub body: String,
    pub created_by: String,
    pub author_locale: Option<String>,
    pub updated_at: i64,
}

const WIKI_COLS: &str = "w.id, w.space_id, s.slug AS space_slug, s.name AS space_name, w.slug, \
     w.title, w.body, w.created_by, u.locale AS author_locale, w.updated_at \
     FROM wiki_pages w JOIN spaces s ON s.id = w.space_id JOIN users u ON u.id = w.created_by";

static WIKI_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT {WIKI_COLS} WHERE w.deleted_at IS NULL AND w.id IN ({})",
        slots(1)
    )
});
static WIKI_AFTER_SQL: LazyLock<String> = LazyLock::new(|| {
    format!("SELECT {WIKI_COLS} WHERE w.deleted_at IS NULL AND w.id > $1 ORDER BY w.id LIMIT $2")
});

/// The live wiki pages among these ids.
pub async fn wiki_pages(db: &Db, ids: &[String]) -> Result<Vec<SearchWikiPage>> {
    by_ids(db, WIKI_SQL.as_str(), ids).await
}

/// Live wiki pages after `after` in id order (a rebuild's batches).
pub async fn wiki_pages_after(db: &Db, after: &str, limit: i64) -> Result<Vec<SearchWikiPage>> {
    db.fetch_all(q(WIKI_AFTER_SQL.as_str()).bind(after).bind(limit))
        .await
}

/// A space as search sees it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SearchSpace {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub visibility: String,
    pub created_at: i64,
}

const SPACE_COLS: &str = "id, slug, name, description, visibility, created_at FROM spaces";

static SPACES_SQL: LazyLock<String> =
    LazyLock::new(|| format!("SELECT {SPACE_COLS} WHERE id IN ({})", slots(1)));
static SPACES_AFTER_SQL: LazyLock<String> =
    LazyLock::new(|| format!("SELECT {SPACE_COLS} WHERE id > $1 ORDER BY id LIMIT $2"));

/// The spaces among these ids.
pub async fn spaces(db: &Db, ids: &[String]) -> Result<Vec<SearchSpace>> {
    by_ids(db, SPACES_SQL.as_str(), ids).await
}

/// Spaces after `after` in id order.
pub async fn spaces_after(db: &Db, after: &str, limit: i64) -> Result<Vec<SearchSpace>> {
    db.fetch_all(q(SPACES_AFTER_SQL.as_str()).bind(after).bind(limit))
        .await
}

/// A person as search sees them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SearchPerson {
    pub id: String,
    pub display_name: String,
    pub title: Option<String>,
    pub role: String,
    pub active: bool,
    pub locale: Option<String>,
    pub unit_name: Option<String>,
    /// Name, title, unit, location, skills and languages, as the directory
    /// searches them.
    pub directory_text: String,
    pub photo_updated_at: Option<i64>,
    pub created_at: i64,
}

const PERSON_COLS: &str = "u.id, u.display_name, u.title, u.role, u.active, u.locale, \
     o.name AS unit_name, u.directory_text, u.photo_updated_at, u.created_at \
     FROM users u LEFT JOIN org_units o ON o.id = u.unit_id";

static PEOPLE_SQL: LazyLock<String> =
    LazyLock::new(|| format!("SELECT {PERSON_COLS} WHERE u.id IN ({})", slots(1)));
static PEOPLE_AFTER_SQL: LazyLock<String> =
    LazyLock::new(|| format!("SELECT {PERSON_COLS} WHERE u.id > $1 ORDER BY u.id LIMIT $2"));

/// The people among these ids (active or not: the caller decides).
pub async fn people(db: &Db, ids: &[String]) -> Result<Vec<SearchPerson>> {
    by_ids(db, PEOPLE_SQL.as_str(), ids).await
}

/// People after `after` in id order.
pub async fn people_after(db: &Db, after: &str, limit: i64) -> Result<Vec<SearchPerson>> {
    db.fetch_all(q(PEOPLE_AFTER_SQL.as_str()).bind(after).bind(limit))
        .await
}

static SKILLS_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT user_id, label FROM user_skills WHERE user_id IN ({})",
        slots(1)
    )
});
static LANGUAGES_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT user_id, lang FROM user_languages WHERE user_id IN ({})",
        slots(1)
    )
});

/// `(person id, skill as written)` for these people.
pub async fn skills_of(db: &Db, ids: &[String]) -> Result<Vec<(String, String)>> {
    by_ids(db, SKILLS_SQL.as_str(), ids).await
}

/// `(person id, language code)` for these people.
pub async fn languages_of(db: &Db, ids: &[String]) -> Result<Vec<(String, String)>> {
    by_ids(db, LANGUAGES_SQL.as_str(), ids).await
}

/// The people placed in an organisation unit.
pub async fn people_in_unit(db: &Db, unit_id: &str) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = db
        .fetch_all(q("SELECT id FROM users WHERE unit_id = $1").bind(unit_id))
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// Where a topic is used: each space (`None` for profile posts) with its newest
/// live post's time.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TopicUse {
    pub topic: String,
    pub space_id: Option<String>,
    pub latest: i64,
}

/// Where one topic is used.
pub async fn topic_uses(db: &Db, topic: &str) -> Result<Vec<TopicUse>> {
    db.fetch_all(
        q(
            "SELECT t.topic, p.space_id, MAX(p.created_at) AS latest FROM post_topics t \
           CROSS JOIN posts p WHERE t.topic = $1 AND p.id = t.post_id AND p.deleted_at IS NULL \
           GROUP BY t.topic, p.space_id",
        )
        .bind(topic),
    )
    .await
}

/// Where every topic is used (a rebuild).
pub async fn all_topic_uses(db: &Db) -> Result<Vec<TopicUse>> {
    db.fetch_all(q(
        "SELECT t.topic, p.space_id, MAX(p.created_at) AS latest FROM post_topics t \
         JOIN posts p ON p.id = t.post_id WHERE p.deleted_at IS NULL \
         GROUP BY t.topic, p.space_id ORDER BY t.topic",
    ))
    .await
}

/// Ids of the public spaces (every organisation member reads them).
pub async fn public_space_ids(db: &Db) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = db
        .fetch_all(q("SELECT id FROM spaces WHERE visibility = 'public'"))
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// The people who share a space with this person (themselves included).
pub async fn co_member_ids(db: &Db, user_id: &str) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = db
        .fetch_all(
            q(
                "SELECT DISTINCT y.user_id FROM space_members x JOIN space_members y \
               ON y.space_id = x.space_id WHERE x.user_id = $1",
            )
            .bind(user_id),
        )
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// Counts for the progress of a rebuild.
pub async fn totals(db: &Db) -> Result<(i64, i64)> {
    let (p,): (i64,) = db
        .fetch_one(q("SELECT COUNT(*) FROM posts WHERE deleted_at IS NULL"))
        .await?;
    let (c,): (i64,) = db
        .fetch_one(q("SELECT COUNT(*) FROM comments WHERE deleted_at IS NULL"))
        .await?;
    Ok((p, c))
}

//! Loading many rows at once, for `kaiku seed`: multi-row inserts in large
//! transactions. No outbox events are written (seeded history is not news), and
//! derived columns (counts, sort keys) are the caller's to get right.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use crate::Result;
use crate::db::{Db, Q, Tx, Val, q};

/// Rows per statement: well below both backends' parameter limits.
const ROWS: usize = 100;

/// `INSERT INTO <prefix> VALUES (…), (…)` for `rows` rows of `cols` columns,
/// made once per shape and kept (statements must be `'static`).
fn statement(prefix: &'static str, cols: usize, rows: usize) -> &'static str {
    static CACHE: LazyLock<Mutex<HashMap<(&'static str, usize), &'static str>>> =
        LazyLock::new(Mutex::default);
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    cache.entry((prefix, rows)).or_insert_with(|| {
        let mut sql = format!("INSERT INTO {prefix} VALUES ");
        let mut n = 1;
        for r in 0..rows {
            if r > 0 {
                sql.push_str(", ");
            }
            sql.push('(');
            for c in 0..cols {
                if c > 0 {
                    sql.push_str(", ");
                }
                sql.push_str(&format!("${n}"));
                n += 1;
            }
            sql.push(')');
        }
        sql.push_str(" ON CONFLICT DO NOTHING");
        Box::leak(sql.into_boxed_str())
    })
}

/// Inserts `rows` (each `cols` values) into `prefix` (`table (col, …)`).
async fn insert(tx: &mut Tx, prefix: &'static str, cols: usize, rows: Vec<Vec<Val>>) -> Result<()> {
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<Vec<Val>> = rows.by_ref().take(ROWS).collect();
        let mut query: Q = q(statement(prefix, cols, chunk.len()));
        for row in chunk {
            for v in row {
                query = query.bind(v);
            }
        }
        tx.execute(query).await?;
    }
    Ok(())
}

/// A person to load.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub search_key: String,
    pub directory_text: String,
    pub title: Option<String>,
    pub password_hash: String,
    pub role: String,
    pub locale: Option<String>,
    pub unit_id: Option<String>,
    pub manager_id: Option<String>,
    pub location: Option<String>,
    pub location_key: Option<String>,
    pub phone_work: Option<String>,
    pub phone_mobile: Option<String>,
    pub bio: String,
    pub bio_html: String,
    pub start_date: Option<String>,
    pub created_at: i64,
    pub last_active_at: Option<i64>,
    /// `(lang, key)` for the directory.
    pub sort_keys: Vec<(&'static str, Vec<u8>)>,
    /// `(tag, label, level)`.
    pub skills: Vec<(String, String, Option<i64>)>,
    /// `(ISO code, level)`.
    pub languages: Vec<(String, String)>,
}

/// Loads people, with their sort keys, skills and languages. Managers may
/// point at people of the same batch: they are set after all rows exist.
pub async fn people(db: &Db, people: &[Person]) -> Result<()> {
    let mut tx = db.begin().await?;
    let rows = people
        .iter()
        .map(|p| {
            vec![
                Val::from(&p.id),
                Val::from(&p.email),
                Val::from(&p.display_name),
                Val::from(&p.search_key),
                Val::from(p.title.clone()),
                Val::from(p.password_hash.clone()),
                Val::from(&p.role),
                Val::from(true),
                Val::from(p.locale.clone()),
                Val::from(p.created_at),
                Val::from(p.created_at),
                Val::Int(None),
                Val::from(p.created_at),
                Val::from(p.unit_id.clone()),
                Val::from(p.location.clone()),
                Val::from(p.location_key.clone()),
                Val::from(p.phone_work.clone()),
                Val::from(p.phone_mobile.clone()),
                Val::from(p.bio.clone()),
                Val::from(p.bio_html.clone()),
                Val::from(p.start_date.clone()),
                Val::from(p.last_active_at),
                Val::from(&p.directory_text),
            ]
        })
        .collect();
    insert(
        &mut tx,
        "users (id, email, display_name, search_key, title, password_hash, role, active, locale, \
         created_at, updated_at, deactivated_at, password_changed_at, unit_id, location, \
         location_key, phone_work, phone_mobile, bio, bio_html, start_date, last_active_at, \
         directory_text)",
        23,
        rows,
    )
    .await?;
    let keys = people
        .iter()
        .flat_map(|p| {
            p.sort_keys.iter().map(move |(lang, key)| {
                vec![Val::from(&p.id), Val::from(*lang), Val::from(key.clone())]
            })
        })
        .collect();
    insert(
        &mut tx,
        "person_sort_keys (user_id, lang, sort_key)",
        3,
        keys,
    )
    .await?;
    let skills = people
        .iter()
        .flat_map(|p| {
            p.skills.iter().map(move |(tag, label, level)| {
                vec![
                    Val::from(&p.id),
                    Val::from(tag),
                    Val::from(label),
                    Val::from(*level),
                ]
            })
        })
        .collect();
    insert(
        &mut tx,
        "user_skills (user_id, skill, label, level)",
        4,
        skills,
    )
    .await?;
    let langs = people
        .iter()
        .flat_map(|p| {
            p.languages
                .iter()
                .map(move |(code, level)| vec![Val::from(&p.id), Val::from(code), Val::from(level)])
        })
        .collect();
    insert(&mut tx, "user_languages (user_id, lang, level)", 3, langs).await?;
    for p in people.iter().filter(|p| p.manager_id.is_some()) {
        tx.execute(
            q("UPDATE users SET manager_id = $2 WHERE id = $1")
                .bind(&p.id)
                .bind(p.manager_id.clone()),
        )
        .await?;
    }
    tx.commit().await
}

/// A unit to load, parents first.
#[derive(Debug, Clone)]
pub struct Unit {
    pub id: String,
    pub parent_id: Option<String>,
    pub kind_id: String,
    pub name: String,
    pub sort_key: String,
    pub now: i64,
}

/// Loads units (parents before children).
pub async fn units(db: &Db, units: &[Unit]) -> Result<()> {
    let mut tx = db.begin().await?;
    let rows = units
        .iter()
        .map(|u| {
            vec![
                Val::from(&u.id),
                Val::from(u.parent_id.clone()),
                Val::from(&u.kind_id),
                Val::from(&u.name),
                Val::from(&u.sort_key),
                Val::from(""),
                Val::Text(None),
                Val::from(u.now),
                Val::from(u.now),
            ]
        })
        .collect();
    insert(
        &mut tx,
        "org_units (id, parent_id, kind_id, name, sort_key, description, lead_id, created_at, \
         updated_at)",
        9,
        rows,
    )
    .await?;
    tx.commit().await
}

/// Names a unit's lead (after the people exist).
pub async fn unit_leads(db: &Db, leads: &[(String, String)]) -> Result<()> {
    let mut tx = db.begin().await?;
    for (unit, lead) in leads {
        tx.execute(
            q("UPDATE org_units SET lead_id = $2 WHERE id = $1")
                .bind(unit)
                .bind(lead),
        )
        .await?;
    }
    tx.commit().await
}

/// Loads spaces.
pub async fn spaces(db: &Db, spaces: &[crate::spaces::NewSpace]) -> Result<()> {
    let mut tx = db.begin().await?;
    let rows = spaces
        .iter()
        .map(|s| {
            vec![
                Val::from(&s.id),
                Val::from(&s.slug),
                Val::from(&s.name),
                Val::from(&s.sort_key),
                Val::from(&s.description),
                Val::from(&s.color),
                Val::from(&s.visibility),
                Val::from(&s.posting),
                Val::from(s.guests_allowed),
                Val::from(&s.default_notification),
                Val::Int(None),
                Val::from(&s.created_by),
                Val::from(s.now),
                Val::from(s.now),
            ]
        })
        .collect();
    insert(
        &mut tx,
        "spaces (id, slug, name, sort_key, description, color, visibility, posting, \
         guests_allowed, default_notification, archived_at, created_by, created_at, updated_at)",
        14,
        rows,
    )
    .await?;
    tx.commit().await
}

/// Loads memberships: `(space, user, role, joined_at)`.
pub async fn members(db: &Db, members: &[(String, String, &'static str, i64)]) -> Result<()> {
    for chunk in members.chunks(20_000) {
        let mut tx = db.begin().await?;
        let rows = chunk
            .iter()
            .map(|(s, u, r, at)| vec![Val::from(s), Val::from(u), Val::from(*r), Val::from(*at)])
            .collect();
        insert(
            &mut tx,
            "space_members (space_id, user_id, role, joined_at)",
            4,
            rows,
        )
        .await?;
        tx.commit().await?;
    }
    Ok(())
}

/// A post to load.
#[derive(Debug, Clone)]
pub struct Post {
    pub id: String,
    pub space_id: Option<String>,
    pub author_id: String,
    pub body: String,
    pub body_html: String,
    pub comment_count: i64,
    pub created_at: i64,
    pub topics: Vec<String>,
    pub mentions: Vec<String>,
}

/// Loads posts with their topics and mentions, in one transaction.
pub async fn posts(db: &Db, posts: &[Post]) -> Result<()> {
    let mut tx = db.begin().await?;
    let rows = posts
        .iter()
        .map(|p| {
            vec![
                Val::from(&p.id),
                Val::from(p.space_id.clone()),
                Val::from(&p.author_id),
                Val::from(&p.body),
                Val::from(&p.body_html),
                Val::from(p.comment_count),
                Val::from(p.created_at),
                Val::Int(None),
                Val::Int(None),
            ]
        })
        .collect();
    insert(
        &mut tx,
        "posts (id, space_id, author_id, body, body_html, comment_count, created_at, edited_at, \
         deleted_at)",
        9,
        rows,
    )
    .await?;
    let topics = posts
        .iter()
        .flat_map(|p| {
            p.topics
                .iter()
                .map(move |t| vec![Val::from(&p.id), Val::from(t), Val::from(p.created_at)])
        })
        .collect();
    insert(
        &mut tx,
        "post_topics (post_id, topic, created_at)",
        3,
        topics,
    )
    .await?;
    let mentions = posts
        .iter()
        .flat_map(|p| {
            p.mentions
                .iter()
                .map(move |u| vec![Val::from(&p.id), Val::from(u)])
        })
        .collect();
    insert(&mut tx, "post_mentions (post_id, user_id)", 2, mentions).await?;
    tx.commit().await
}

/// A comment to load.
#[derive(Debug, Clone)]
pub struct Comment {
    pub id: String,
    pub post_id: String,
    pub parent_id: Option<String>,
    pub author_id: String,
    pub body: String,
    pub body_html: String,
    pub created_at: i64,
}

/// Loads comments (their posts' counts are set with the posts).
pub async fn comments(db: &Db, comments: &[Comment]) -> Result<()> {
    let mut tx = db.begin().await?;
    let rows = comments
        .iter()
        .map(|c| {
            vec![
                Val::from(&c.id),
                Val::from(&c.post_id),
                Val::from(c.parent_id.clone()),
                Val::from(&c.author_id),
                Val::from(&c.body),
                Val::from(&c.body_html),
                Val::from(c.created_at),
                Val::Int(None),
                Val::Int(None),
            ]
        })
        .collect();
    insert(
        &mut tx,
        "comments (id, post_id, parent_id, author_id, body, body_html, created_at, edited_at, \
         deleted_at)",
        9,
        rows,
    )
    .await?;
    tx.commit().await
}

/// Loads reactions: `(post, user, kind, at)`.
pub async fn reactions(db: &Db, reactions: &[(String, String, &'static str, i64)]) -> Result<()> {
    let mut tx = db.begin().await?;
    let rows = reactions
        .iter()
        .map(|(p, u, k, at)| vec![Val::from(p), Val::from(u), Val::from(*k), Val::from(*at)])
        .collect();
    insert(
        &mut tx,
        "reactions (post_id, user_id, kind, created_at)",
        4,
        rows,
    )
    .await?;
    tx.commit().await
}

/// Brings the query planner's statistics up to date after a large load.
pub async fn analyze(db: &Db) -> Result<()> {
    db.execute(q("ANALYZE")).await?;
    Ok(())
}

/// Active members (not guests or admins) with the spaces they belong to, for
/// the benchmark's virtual users: `(email, [(space id, slug)])`.
pub async fn sample_members(db: &Db, n: i64) -> Result<Vec<(String, Vec<(String, String)>)>> {
    let people: Vec<(String, String)> = db
        .fetch_all(
            q(
                "SELECT u.id, u.email FROM users u WHERE u.active AND u.role = 'member' \
               AND EXISTS (SELECT 1 FROM space_members m WHERE m.user_id = u.id) \
               ORDER BY u.id LIMIT $1",
            )
            .bind(n),
        )
        .await?;
    let mut out = Vec::with_capacity(people.len());
    for (id, email) in people {
        let spaces: Vec<(String, String)> = db
            .fetch_all(
                q(
                    "SELECT s.id, s.slug FROM space_members m JOIN spaces s ON s.id = m.space_id \
                   WHERE m.user_id = $1 AND s.archived_at IS NULL ORDER BY s.id LIMIT 100",
                )
                .bind(&id),
            )
            .await?;
        out.push((email, spaces));
    }
    Ok(out)
}

/// The newest posts of a space (for the benchmark).
pub async fn sample_posts(db: &Db, space_id: &str, n: i64) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = db
        .fetch_all(
            q(
                "SELECT id FROM posts WHERE space_id = $1 AND deleted_at IS NULL \
               ORDER BY created_at DESC, id DESC LIMIT $2",
            )
            .bind(space_id)
            .bind(n),
        )
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// Some active people's ids, and the most common skills (for the benchmark).
pub async fn sample_people(db: &Db, n: i64) -> Result<(Vec<String>, Vec<String>)> {
    let people: Vec<(String,)> = db
        .fetch_all(
            q("SELECT id FROM users WHERE active AND role <> 'guest' ORDER BY id LIMIT $1").bind(n),
        )
        .await?;
    let skills: Vec<(String, i64)> = db
        .fetch_all(q(
            "SELECT skill, COUNT(*) FROM user_skills GROUP BY skill ORDER BY COUNT(*) DESC, skill LIMIT 30",
        ))
        .await?;
    Ok((
        people.into_iter().map(|r| r.0).collect(),
        skills.into_iter().map(|r| r.0).collect(),
    ))
}

/// The database's size in bytes (PostgreSQL), or `None` on SQLite (a file).
pub async fn database_size(db: &Db) -> Result<Option<i64>> {
    match db.backend() {
        crate::Backend::Sqlite => Ok(None),
        crate::Backend::Postgres => {
            let (n,): (i64,) = db
                .fetch_one(q("SELECT pg_database_size(current_database())"))
                .await?;
            Ok(Some(n))
        }
    }
}

/// What `kaiku seed` recorded about itself, if it ran.
pub async fn seed_report(db: &Db) -> Result<Option<String>> {
    let row: Option<(String,)> = db
        .fetch_optional(q(
            "SELECT value FROM server_keys WHERE name = 'seed-report'",
        ))
        .await?;
    Ok(row.map(|r| r.0))
}

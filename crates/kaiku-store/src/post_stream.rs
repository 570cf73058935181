//! Stream pages: the newest posts a viewer may read in one scope, keyset-paginated
//! by `(created_at, id)`.
//!
//! A stream is the union of its *sources* (each of the viewer's spaces, the
//! profile posts, each followed person or topic). Each source is one arm reading
//! its newest posts straight from an index with the page's limit, so a page costs
//! a handful of short index walks however large the organisation and however few
//! of its posts reach this viewer. One query scanning every post newest-first and
//! testing each against the audience took seconds for a guest in one space of a
//! million-post organisation.

use std::collections::HashSet;

use crate::Result;
use crate::db::{Db, Slots, q};
use crate::posts::PostRow;

/// Whose posts a viewer may read, as data the query applies.
#[derive(Debug, Clone)]
pub struct Audience {
    pub user_id: String,
    /// Organisation members read profile posts; guests do not.
    pub profiles: bool,
    /// Administrators read every space.
    pub all_spaces: bool,
}

/// Which posts a stream shows.
#[derive(Debug, Clone)]
pub enum StreamScope {
    /// Posts in the viewer's spaces, profile posts, and what they follow (home).
    Home,
    /// One space's posts (the caller has checked the viewer may read it).
    Space(String),
    /// One person's posts, wherever the viewer may read them.
    Author(String),
    /// Posts in the viewer's spaces (and followed spaces, people and topics there).
    MySpaces,
    /// Posts mentioning the viewer.
    Mentions,
    /// Posts the viewer saved.
    Saved,
    /// Posts with a topic.
    Topic(String),
    /// Announcements the viewer has not dismissed.
    Announcements,
    /// Posts from the people, spaces and topics the viewer follows.
    Following,
}

/// Above this many sources of one kind, they are read through one arm instead of
/// one arm each (the statement stays small; such a viewer's page costs a scan).
const MAX_ARMS_PER_KIND: usize = 64;

/// The slots shared by every arm of one statement.
struct Shared {
    user: String,
    /// The cursor's `(created_at, id)` slots, when the page continues one.
    before: Option<(String, String)>,
    limit: String,
}

impl Shared {
    fn older_than(&self, at: &str, id: &str) -> String {
        match &self.before {
            Some((a, i)) => format!(" AND {at} <= {a} AND ({at} < {a} OR {id} < {i})"),
            None => String::new(),
        }
    }
}

/// The audience test on post `p`, as SQL.
fn readable(a: &Audience, user: &str) -> String {
    if a.all_spaces {
        return "TRUE".to_owned();
    }
    let member = format!(
        "EXISTS (SELECT 1 FROM space_members m WHERE m.space_id = p.space_id AND m.user_id = {user})"
    );
    if a.profiles {
        format!(
            "(p.space_id IS NULL OR {member} OR EXISTS (SELECT 1 FROM spaces rs \
             WHERE rs.id = p.space_id AND rs.visibility = 'public'))"
        )
    } else {
        format!("(p.space_id IS NOT NULL AND {member})")
    }
}

/// One arm over `posts p` driven by `cond`, newest first.
fn posts_arm(sh: &Shared, cond: &str) -> String {
    format!(
        "SELECT p.id, p.created_at FROM posts p WHERE p.deleted_at IS NULL AND {cond}{} \
         ORDER BY p.created_at DESC, p.id DESC LIMIT {}",
        sh.older_than("p.created_at", "p.id"),
        sh.limit
    )
}

/// One arm driven by a table of `(…, post_id)` rows for the viewer (mentions,
/// bookmarks, a topic): that table is read first, then each post looked up.
fn via_arm(sh: &Shared, from: &str, cond: &str, at: &str, id: &str) -> String {
    // CROSS JOIN fixes the join order on SQLite; PostgreSQL plans it as usual.
    format!(
        "SELECT p.id, p.created_at FROM {from} CROSS JOIN posts p WHERE {cond} AND p.deleted_at IS NULL{} \
         ORDER BY {at} DESC, {id} DESC LIMIT {}",
        sh.older_than(at, id),
        sh.limit
    )
}

#[derive(sqlx::FromRow)]
struct SourceRow {
    kind: String,
    target: String,
}

/// What a viewer's home is made of.
#[derive(Default)]
struct Sources {
    member_spaces: Vec<String>,
    followed_spaces: Vec<String>,
    people: Vec<String>,
    topics: Vec<String>,
}

async fn sources(db: &Db, user_id: &str) -> Result<Sources> {
    let rows: Vec<SourceRow> = db
        .fetch_all(
            q(
                "SELECT 'member' AS kind, space_id AS target FROM space_members WHERE user_id = $1 \
               UNION ALL SELECT kind, target FROM follows WHERE user_id = $1",
            )
            .bind(user_id),
        )
        .await?;
    let muted: HashSet<&str> = rows
        .iter()
        .filter(|r| r.kind == "space-muted")
        .map(|r| r.target.as_str())
        .collect();
    let mut s = Sources::default();
    let mut members = HashSet::new();
    for r in &rows {
        match r.kind.as_str() {
            "member" if !muted.contains(r.target.as_str()) => {
                members.insert(r.target.as_str());
                s.member_spaces.push(r.target.clone());
            }
            "person" => s.people.push(r.target.clone()),
            "topic" => s.topics.push(r.target.clone()),
            _ => {}
        }
    }
    s.followed_spaces = rows
        .iter()
        .filter(|r| r.kind == "space" && !members.contains(r.target.as_str()))
        .map(|r| r.target.clone())
        .collect();
    Ok(s)
}

/// Arms for a list of sources of one kind: one each, or one for all of them.
fn arms_for(
    sql: &mut Slots,
    items: &[String],
    one: impl Fn(String) -> String,
    all: impl FnOnce() -> String,
) -> Vec<String> {
    if items.len() > MAX_ARMS_PER_KIND {
        return vec![all()];
    }
    items.iter().map(|item| one(sql.slot(item))).collect()
}

/// The arms of the home, my-spaces and following streams.
fn follow_arms(
    sql: &mut Slots,
    sh: &Shared,
    a: &Audience,
    src: &Sources,
    scope: &StreamScope,
) -> Vec<String> {
    let u = &sh.user;
    let can_read = readable(a, u);
    let spaces_only = matches!(scope, StreamScope::MySpaces);
    let in_space = if spaces_only {
        " AND p.space_id IS NOT NULL"
    } else {
        ""
    };
    let mut arms = Vec::new();
    if matches!(scope, StreamScope::Home) && a.profiles {
        arms.push(posts_arm(sh, "p.space_id IS NULL"));
    }
    if !matches!(scope, StreamScope::Following) {
        arms.extend(arms_for(
            sql,
            &src.member_spaces,
            |s| posts_arm(sh, &format!("p.space_id = {s}")),
            || {
                posts_arm(
                    sh,
                    &format!(
                        "p.space_id IN (SELECT sm.space_id FROM space_members sm WHERE sm.user_id = {u}) \
                         AND NOT EXISTS (SELECT 1 FROM follows f WHERE f.user_id = {u} \
                         AND f.kind = 'space-muted' AND f.target = p.space_id)"
                    ),
                )
            },
        ));
    }
    arms.extend(arms_for(
        sql,
        &src.followed_spaces,
        |s| posts_arm(sh, &format!("p.space_id = {s} AND {can_read}")),
        || {
            posts_arm(
                sh,
                &format!(
                    "p.space_id IN (SELECT f.target FROM follows f WHERE f.user_id = {u} \
                     AND f.kind = 'space') AND {can_read}"
                ),
            )
        },
    ));
    arms.extend(arms_for(
        sql,
        &src.people,
        |person| {
            posts_arm(
                sh,
                &format!("p.author_id = {person}{in_space} AND {can_read}"),
            )
        },
        || {
            posts_arm(
                sh,
                &format!(
                    "p.author_id IN (SELECT f.target FROM follows f WHERE f.user_id = {u} \
                     AND f.kind = 'person'){in_space} AND {can_read}"
                ),
            )
        },
    ));
    arms.extend(arms_for(
        sql,
        &src.topics,
        |topic| {
            via_arm(
                sh,
                "post_topics pt",
                &format!("pt.topic = {topic} AND p.id = pt.post_id{in_space} AND {can_read}"),
                "pt.created_at",
                "pt.post_id",
            )
        },
        || {
            posts_arm(
                sh,
                &format!(
                    "EXISTS (SELECT 1 FROM post_topics pt JOIN follows f ON f.target = pt.topic \
                     WHERE pt.post_id = p.id AND f.user_id = {u} AND f.kind = 'topic')\
                     {in_space} AND {can_read}"
                ),
            )
        },
    ));
    arms
}

/// A stream page, newest first: up to `limit` posts older than `before`.
pub async fn stream(
    db: &Db,
    audience: &Audience,
    scope: &StreamScope,
    before: Option<(i64, String)>,
    limit: i64,
) -> Result<Vec<PostRow>> {
    let mut sql = Slots::default();
    let user = sql.slot(&audience.user_id);
    let before = before.map(|(at, id)| (sql.slot(at), sql.slot(id)));
    let limit = sql.slot(limit);
    let sh = Shared {
        user,
        before,
        limit,
    };
    let u = &sh.user;
    let can_read = readable(audience, u);
    let arms = match scope {
        StreamScope::Home | StreamScope::MySpaces | StreamScope::Following => {
            let src = sources(db, &audience.user_id).await?;
            follow_arms(&mut sql, &sh, audience, &src, scope)
        }
        StreamScope::Space(space) => {
            let s = sql.slot(space);
            vec![posts_arm(&sh, &format!("p.space_id = {s}"))]
        }
        StreamScope::Author(author) => {
            let a = sql.slot(author);
            vec![posts_arm(&sh, &format!("p.author_id = {a} AND {can_read}"))]
        }
        StreamScope::Mentions => vec![via_arm(
            &sh,
            "post_mentions pm",
            &format!("pm.user_id = {u} AND p.id = pm.post_id AND {can_read}"),
            "p.created_at",
            "p.id",
        )],
        StreamScope::Saved => vec![via_arm(
            &sh,
            "bookmarks b",
            &format!("b.user_id = {u} AND p.id = b.post_id AND {can_read}"),
            "p.created_at",
            "p.id",
        )],
        StreamScope::Topic(topic) => {
            let t = sql.slot(topic);
            vec![via_arm(
                &sh,
                "post_topics pt",
                &format!("pt.topic = {t} AND p.id = pt.post_id AND {can_read}"),
                "pt.created_at",
                "pt.post_id",
            )]
        }
        StreamScope::Announcements => vec![posts_arm(
            &sh,
            &format!(
                "p.announced_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM announcement_dismissals ad \
                 WHERE ad.post_id = p.id AND ad.user_id = {u}) AND {can_read}"
            ),
        )],
    };
    if arms.is_empty() {
        return Ok(Vec::new());
    }
    // The page is chosen from ids and times alone; only its rows are read whole.
    let union = arms
        .iter()
        .enumerate()
        .map(|(i, arm)| format!("SELECT id, created_at FROM ({arm}) a{i}"))
        .collect::<Vec<_>>()
        .join(" UNION ");
    // The audience is applied once more on the page itself: defence in depth.
    let text = format!(
        "WITH page AS ({union} ORDER BY created_at DESC, id DESC LIMIT {}) \
         SELECT p.id, p.space_id, s.slug AS space_slug, s.name AS space_name, p.author_id, \
         u.display_name AS author_name, u.role AS author_role, p.body, p.body_html, \
         p.comment_count, p.created_at, p.edited_at, p.pinned_at, p.announced_at \
         FROM page JOIN posts p ON p.id = page.id JOIN users u ON u.id = p.author_id \
         LEFT JOIN spaces s ON s.id = p.space_id \
         WHERE {can_read} ORDER BY p.created_at DESC, p.id DESC",
        sh.limit
    );
    db.fetch_all(sql.statement(text)).await
}

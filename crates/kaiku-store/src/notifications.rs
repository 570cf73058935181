//! Notifications, their actors, and what each person wants to be told: per kind
//! of notification, per space and per thread. Lists apply the reader's audience
//! in SQL, so an item they can no longer see is neither shown nor counted.

use std::sync::LazyLock;

use crate::Result;
use crate::db::{Db, Tx, q, slots};
use crate::posts::Audience;

/// A notification as listed, with what is needed to describe and link it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NotificationRow {
    pub id: String,
    pub user_id: String,
    pub kind: String,
    pub space_id: Option<String>,
    pub space_slug: Option<String>,
    pub space_name: Option<String>,
    pub post_id: Option<String>,
    pub comment_id: Option<String>,
    pub actor_id: Option<String>,
    pub actor_name: Option<String>,
    pub actor_count: i64,
    pub event_count: i64,
    pub detail: String,
    pub delivery: String,
    /// The start of the post's (or comment's) source text.
    pub excerpt: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub read_at: Option<i64>,
    pub mailed_at: Option<i64>,
}

/// A notification to record, or to fold into the reader's unread one of the same group.
#[derive(Debug, Clone)]
pub struct NewNotification {
    pub id: String,
    pub user_id: String,
    pub kind: String,
    /// Unread notifications with the same key become one ("Anna and 4 others").
    pub group_key: String,
    pub space_id: Option<String>,
    pub post_id: Option<String>,
    pub comment_id: Option<String>,
    pub actor_id: Option<String>,
    pub detail: String,
    pub delivery: String,
    pub now: i64,
}

/// What recording a notification did.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// The notification's id (new, or the unread one it was folded into).
    pub id: String,
    /// Whether an e-mail or digest has already been queued for it.
    pub mailed: bool,
}

/// Records a notification: folds it into the reader's unread notification of the
/// same group if there is one (counting the event and its actor), else adds it.
pub async fn record(tx: &mut Tx, n: &NewNotification) -> Result<Recorded> {
    // Fold only into a notification that is unread, whose item still stands, and
    // that no digest has carried yet (a digest reader would never see what came
    // after); an e-mailed one keeps gathering until it is read.
    let existing: Option<(String, Option<i64>)> = tx
        .fetch_optional(
            q("SELECT n.id, n.mailed_at FROM notifications n \
               WHERE n.user_id = $1 AND n.group_key = $2 AND n.read_at IS NULL \
               AND (n.mailed_at IS NULL OR n.delivery = 'email') \
               AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.id = n.post_id AND p.deleted_at IS NOT NULL) \
               AND NOT EXISTS (SELECT 1 FROM comments c WHERE c.id = n.comment_id AND c.deleted_at IS NOT NULL) \
               ORDER BY n.updated_at DESC LIMIT 1")
            .bind(&n.user_id)
            .bind(&n.group_key),
        )
        .await?;
    let folded =
        match existing {
            Some((id, mailed_at)) => {
                // Read meanwhile (a concurrent "mark all read"): then a new one starts.
                let updated = tx
                .execute(
                    q("UPDATE notifications SET event_count = event_count + 1, updated_at = $2, \
                       actor_id = COALESCE($3, actor_id) WHERE id = $1 AND read_at IS NULL")
                    .bind(&id)
                    .bind(n.now)
                    .bind(n.actor_id.clone()),
                )
                .await?;
                (updated == 1).then_some((id, mailed_at.is_some()))
            }
            None => None,
        };
    let (id, mailed) =
        match folded {
            Some(f) => f,
            None => {
                tx.execute(
                q("INSERT INTO notifications (id, user_id, kind, group_key, space_id, post_id, \
                   comment_id, actor_id, actor_count, event_count, detail, delivery, created_at, \
                   updated_at, read_at, mailed_at) \
                   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, 1, $9, $10, $11, $11, NULL, NULL)")
                .bind(&n.id)
                .bind(&n.user_id)
                .bind(&n.kind)
                .bind(&n.group_key)
                .bind(n.space_id.clone())
                .bind(n.post_id.clone())
                .bind(n.comment_id.clone())
                .bind(n.actor_id.clone())
                .bind(&n.detail)
                .bind(&n.delivery)
                .bind(n.now),
            )
            .await?;
                (n.id.clone(), false)
            }
        };
    if let Some(actor) = &n.actor_id {
        tx.execute(
            q("INSERT INTO notification_actors (notification_id, actor_id, at) VALUES ($1, $2, $3) \
               ON CONFLICT (notification_id, actor_id) DO UPDATE SET at = $3")
            .bind(&id)
            .bind(actor)
            .bind(n.now),
        )
        .await?;
        tx.execute(
            q("UPDATE notifications SET actor_count = \
               (SELECT COUNT(*) FROM notification_actors WHERE notification_id = $1) WHERE id = $1")
            .bind(&id),
        )
        .await?;
    }
    Ok(Recorded { id, mailed })
}

/// Notes that an e-mail or a digest now carries these notifications.
pub async fn mark_mailed(tx: &mut Tx, ids: &[String], now: i64) -> Result<()> {
    for id in ids {
        tx.execute(
            q("UPDATE notifications SET mailed_at = $2 WHERE id = $1 AND mailed_at IS NULL")
                .bind(id)
                .bind(now),
        )
        .await?;
    }
    Ok(())
}

/// Whether the person was ever told about this group (read or not).
pub async fn ever_told(db: &Db, user_id: &str, group_key: &str) -> Result<bool> {
    let row: Option<(i64,)> = db
        .fetch_optional(
            q("SELECT CAST(1 AS BIGINT) FROM notifications WHERE user_id = $1 AND group_key = $2 LIMIT 1")
                .bind(user_id)
                .bind(group_key),
        )
        .await?;
    Ok(row.is_some())
}

/// The reader's audience test, shared by every list and count. `$1` is the reader,
/// `$2` whether they read profile posts and public spaces (not guests), `$3`
/// whether they read every space (administrators).
const VISIBLE: &str = "n.user_id = $1 \
     AND (n.post_id IS NULL OR (p.deleted_at IS NULL AND (n.space_id IS NOT NULL OR $2))) \
     AND (n.comment_id IS NULL OR c.deleted_at IS NULL) \
     AND (n.kind <> 'join_request' OR $3 OR EXISTS (SELECT 1 FROM space_members jm \
          WHERE jm.space_id = n.space_id AND jm.user_id = $1 AND jm.role IN ('moderator', 'owner'))) \
     AND (n.space_id IS NULL OR $3 \
          OR EXISTS (SELECT 1 FROM space_members m WHERE m.space_id = n.space_id AND m.user_id = $1) \
          OR (n.post_id IS NOT NULL AND s.visibility = 'public' AND $2) \
          OR (n.kind = 'invitation' AND EXISTS (SELECT 1 FROM space_invitations i \
              WHERE i.space_id = n.space_id AND i.user_id = $1)) \
          OR (n.kind = 'request_decided' AND s.visibility <> 'secret' AND $2))";

const FROM: &str = "FROM notifications n \
     LEFT JOIN posts p ON p.id = n.post_id \
     LEFT JOIN comments c ON c.id = n.comment_id \
     LEFT JOIN spaces s ON s.id = n.space_id \
     LEFT JOIN users a ON a.id = n.actor_id";

static LIST_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT n.id, n.user_id, n.kind, n.space_id, s.slug AS space_slug, s.name AS space_name, \
         n.post_id, n.comment_id, n.actor_id, a.display_name AS actor_name, n.actor_count, \
         n.event_count, n.detail, n.delivery, \
         SUBSTR(COALESCE(c.body, p.body), 1, 240) AS excerpt, \
         n.created_at, n.updated_at, n.read_at, n.mailed_at {FROM} \
         WHERE {VISIBLE} AND (NOT $4 OR n.read_at IS NULL) \
           AND ($5 IS NULL OR n.updated_at < $5 OR (n.updated_at = $5 AND n.id < $6)) \
         ORDER BY n.updated_at DESC, n.id DESC LIMIT $7"
    )
});

/// A page of the reader's notifications, newest activity first.
pub async fn list(
    db: &Db,
    audience: &Audience,
    unread_only: bool,
    before: Option<(i64, String)>,
    limit: i64,
) -> Result<Vec<NotificationRow>> {
    let (at, id) = match before {
        Some((a, i)) => (Some(a), Some(i)),
        None => (None, None),
    };
    db.fetch_all(
        q(LIST_SQL.as_str())
            .bind(&audience.user_id)
            .bind(audience.profiles)
            .bind(audience.all_spaces)
            .bind(unread_only)
            .bind(at)
            .bind(id)
            .bind(limit),
    )
    .await
}

static ONE_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT n.id, n.user_id, n.kind, n.space_id, s.slug AS space_slug, s.name AS space_name, \
         n.post_id, n.comment_id, n.actor_id, a.display_name AS actor_name, n.actor_count, \
         n.event_count, n.detail, n.delivery, \
         SUBSTR(COALESCE(c.body, p.body), 1, 240) AS excerpt, \
         n.created_at, n.updated_at, n.read_at, n.mailed_at {FROM} \
         WHERE {VISIBLE} AND n.id = $4"
    )
});

/// One of the reader's notifications, if they may still see what it is about.
pub async fn get(db: &Db, audience: &Audience, id: &str) -> Result<Option<NotificationRow>> {
    db.fetch_optional(
        q(ONE_SQL.as_str())
            .bind(&audience.user_id)
            .bind(audience.profiles)
            .bind(audience.all_spaces)
            .bind(id),
    )
    .await
}

static UNREAD_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT COUNT(*) FROM (SELECT 1 {FROM} WHERE {VISIBLE} AND n.read_at IS NULL LIMIT $4) t"
    )
});

/// How many unread notifications the reader may see, up to `cap`.
pub async fn unread_count(db: &Db, audience: &Audience, cap: i64) -> Result<i64> {
    let (n,): (i64,) = db
        .fetch_one(
            q(UNREAD_SQL.as_str())
                .bind(&audience.user_id)
                .bind(audience.profiles)
                .bind(audience.all_spaces)
                .bind(cap),
        )
        .await?;
    Ok(n)
}

/// Marks one of the reader's notifications read.
pub async fn mark_read(tx: &mut Tx, user_id: &str, id: &str, now: i64) -> Result<u64> {
    tx.execute(
        q("UPDATE notifications SET read_at = $3 WHERE id = $2 AND user_id = $1 AND read_at IS NULL")
            .bind(user_id)
            .bind(id)
            .bind(now),
    )
    .await
}

/// Marks all the reader's notifications read.
pub async fn mark_all_read(tx: &mut Tx, user_id: &str, now: i64) -> Result<u64> {
    tx.execute(
        q("UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL")
            .bind(user_id)
            .bind(now),
    )
    .await
}

/// Marks read the reader's notifications about a post (they opened it).
pub async fn mark_read_about_post(
    tx: &mut Tx,
    user_id: &str,
    post_id: &str,
    now: i64,
) -> Result<u64> {
    tx.execute(
        q("UPDATE notifications SET read_at = $3 \
           WHERE user_id = $1 AND post_id = $2 AND read_at IS NULL")
        .bind(user_id)
        .bind(post_id)
        .bind(now),
    )
    .await
}

/// One actor of a notification.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ActorRow {
    pub notification_id: String,
    pub actor_id: String,
    pub display_name: String,
}

static ACTORS_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT notification_id, actor_id, display_name FROM ( \
         SELECT na.notification_id, na.actor_id, u.display_name, \
         ROW_NUMBER() OVER (PARTITION BY na.notification_id ORDER BY na.at DESC, na.actor_id) AS rn \
         FROM notification_actors na JOIN users u ON u.id = na.actor_id \
         WHERE na.notification_id IN ({})) t WHERE rn <= 3 \
         ORDER BY notification_id, rn",
        slots(1, 50)
    )
});

/// The actors of a page of notifications, most recent first, in one query per 50.
pub async fn actors_among(db: &Db, ids: &[String]) -> Result<Vec<ActorRow>> {
    let mut out = Vec::new();
    for chunk in ids.chunks(50) {
        let mut query = q(ACTORS_SQL.as_str());
        for i in 0..50 {
            query = query.bind(chunk.get(i).cloned());
        }
        out.extend(db.fetch_all::<ActorRow>(query).await?);
    }
    Ok(out)
}

/// The notifications a digest would carry: unread, not yet mailed, of this
/// delivery, and from after `since` (nothing stale piles up into one digest).
pub async fn due_for_digest(
    db: &Db,
    user_id: &str,
    delivery: &str,
    since: i64,
) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = db
        .fetch_all(
            q(
                "SELECT id FROM notifications WHERE user_id = $1 AND delivery = $2 \
               AND mailed_at IS NULL AND read_at IS NULL AND updated_at > $3 \
               ORDER BY updated_at LIMIT 500",
            )
            .bind(user_id)
            .bind(delivery)
            .bind(since),
        )
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

// ---- preferences ----------------------------------------------------------

/// A person's chosen delivery per kind (kinds without a row use the default).
pub async fn prefs_of(db: &Db, user_id: &str) -> Result<Vec<(String, String)>> {
    db.fetch_all(
        q("SELECT kind, delivery FROM notification_prefs WHERE user_id = $1 ORDER BY kind")
            .bind(user_id),
    )
    .await
}

/// Sets a person's delivery for a kind; what waits unread and unmailed follows
/// the new choice (so stopping the digest stops it for what already waits).
pub async fn set_pref(tx: &mut Tx, user_id: &str, kind: &str, delivery: &str) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO notification_prefs (user_id, kind, delivery) VALUES ($1, $2, $3) \
           ON CONFLICT (user_id, kind) DO UPDATE SET delivery = $3",
        )
        .bind(user_id)
        .bind(kind)
        .bind(delivery),
    )
    .await?;
    tx.execute(
        q(
            "UPDATE notifications SET delivery = $3 WHERE user_id = $1 AND kind = $2 \
           AND read_at IS NULL AND mailed_at IS NULL",
        )
        .bind(user_id)
        .bind(kind)
        .bind(delivery),
    )
    .await?;
    Ok(())
}

/// A person's chosen delivery for one kind, if they chose one.
pub async fn pref_of(db: &Db, user_id: &str, kind: &str) -> Result<Option<String>> {
    let row: Option<(String,)> = db
        .fetch_optional(
            q("SELECT delivery FROM notification_prefs WHERE user_id = $1 AND kind = $2")
                .bind(user_id)
                .bind(kind),
        )
        .await?;
    Ok(row.map(|r| r.0))
}

/// A person's level for a space, if they chose one.
pub async fn space_level(db: &Db, user_id: &str, space_id: &str) -> Result<Option<String>> {
    let row: Option<(String,)> = db
        .fetch_optional(
            q("SELECT level FROM space_notification_levels WHERE user_id = $1 AND space_id = $2")
                .bind(user_id)
                .bind(space_id),
        )
        .await?;
    Ok(row.map(|r| r.0))
}

/// Sets (or, with `None`, forgets) a person's level for a space.
pub async fn set_space_level(
    tx: &mut Tx,
    user_id: &str,
    space_id: &str,
    level: Option<&str>,
) -> Result<()> {
    match level {
        Some(l) => tx.execute(
            q("INSERT INTO space_notification_levels (user_id, space_id, level) VALUES ($1, $2, $3) \
               ON CONFLICT (user_id, space_id) DO UPDATE SET level = $3")
            .bind(user_id)
            .bind(space_id)
            .bind(l),
        ),
        None => tx.execute(
            q("DELETE FROM space_notification_levels WHERE user_id = $1 AND space_id = $2")
                .bind(user_id)
                .bind(space_id),
        ),
    }
    .await?;
    Ok(())
}

/// A person's stance on a thread (`following` or `muted`), if any.
pub async fn thread_state(db: &Db, user_id: &str, post_id: &str) -> Result<Option<String>> {
    let row: Option<(String,)> = db
        .fetch_optional(
            q("SELECT state FROM thread_subscriptions WHERE user_id = $1 AND post_id = $2")
                .bind(user_id)
                .bind(post_id),
        )
        .await?;
    Ok(row.map(|r| r.0))
}

/// Follows a thread unless the person muted it (writing in a thread follows it).
pub async fn follow_thread_unless_muted(
    tx: &mut Tx,
    user_id: &str,
    post_id: &str,
    now: i64,
) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO thread_subscriptions (user_id, post_id, state, created_at) \
           VALUES ($1, $2, 'following', $3) ON CONFLICT (user_id, post_id) DO NOTHING",
        )
        .bind(user_id)
        .bind(post_id)
        .bind(now),
    )
    .await?;
    Ok(())
}

/// Sets (or, with `None`, forgets) a person's stance on a thread.
pub async fn set_thread_state(
    tx: &mut Tx,
    user_id: &str,
    post_id: &str,
    state: Option<&str>,
    now: i64,
) -> Result<()> {
    match state {
        Some(s) => tx.execute(
            q(
                "INSERT INTO thread_subscriptions (user_id, post_id, state, created_at) \
               VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, post_id) DO UPDATE SET state = $3",
            )
            .bind(user_id)
            .bind(post_id)
            .bind(s)
            .bind(now),
        ),
        None => tx.execute(
            q("DELETE FROM thread_subscriptions WHERE user_id = $1 AND post_id = $2")
                .bind(user_id)
                .bind(post_id),
        ),
    }
    .await?;
    Ok(())
}

// ---- recipients -----------------------------------------------------------

/// What deciding whether and how to tell one person needs.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RecipientRow {
    pub user_id: String,
    pub role: String,
    pub active: bool,
    /// Their role in the space the event happened in.
    pub space_role: Option<String>,
    /// Their chosen level for that space.
    pub level: Option<String>,
    /// Their chosen delivery for the notification's kind.
    pub delivery: Option<String>,
    /// Their stance on the thread the event happened in.
    pub thread_state: Option<String>,
}

static RECIPIENTS_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT u.id AS user_id, u.role, u.active, m.role AS space_role, l.level, \
         pr.delivery, ts.state AS thread_state FROM users u \
         LEFT JOIN space_members m ON m.user_id = u.id AND m.space_id = $1 \
         LEFT JOIN space_notification_levels l ON l.user_id = u.id AND l.space_id = $1 \
         LEFT JOIN notification_prefs pr ON pr.user_id = u.id AND pr.kind = $2 \
         LEFT JOIN thread_subscriptions ts ON ts.user_id = u.id AND ts.post_id = $3 \
         WHERE u.id IN ({})",
        slots(4, 50)
    )
});

/// The facts about each of these people, in one query per 50.
pub async fn recipients(
    db: &Db,
    user_ids: &[String],
    space_id: Option<&str>,
    kind: &str,
    post_id: Option<&str>,
) -> Result<Vec<RecipientRow>> {
    let mut out = Vec::new();
    for chunk in user_ids.chunks(50) {
        let mut query = q(RECIPIENTS_SQL.as_str())
            .bind(space_id)
            .bind(kind)
            .bind(post_id);
        for i in 0..50 {
            query = query.bind(chunk.get(i).cloned());
        }
        out.extend(db.fetch_all::<RecipientRow>(query).await?);
    }
    Ok(out)
}

/// Members of a space whose level (chosen, or the space's default) is `all`.
pub async fn members_hearing_everything(
    db: &Db,
    space_id: &str,
    space_default: &str,
) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = db
        .fetch_all(
            q("SELECT m.user_id FROM space_members m \
               LEFT JOIN space_notification_levels l ON l.user_id = m.user_id AND l.space_id = m.space_id \
               WHERE m.space_id = $1 AND COALESCE(l.level, $2) = 'all' LIMIT 100000")
            .bind(space_id)
            .bind(space_default),
        )
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// The people following a thread (excluding those who muted it).
pub async fn thread_followers(db: &Db, post_id: &str) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = db
        .fetch_all(
            q("SELECT user_id FROM thread_subscriptions WHERE post_id = $1 AND state = 'following' \
               LIMIT 10000")
            .bind(post_id),
        )
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// Moderators and owners of a space.
pub async fn space_moderators(db: &Db, space_id: &str) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = db
        .fetch_all(
            q("SELECT user_id FROM space_members WHERE space_id = $1 \
               AND role IN ('moderator', 'owner') LIMIT 1000")
            .bind(space_id),
        )
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// Every active member of the organisation (not guests), for announcements.
pub async fn organisation_members(db: &Db) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = db
        .fetch_all(q(
            "SELECT id FROM users WHERE active AND role <> 'guest' ORDER BY id LIMIT 1000000",
        ))
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// The people a comment mentions.
pub async fn comment_mentions(db: &Db, comment_id: &str) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = db
        .fetch_all(q("SELECT user_id FROM comment_mentions WHERE comment_id = $1").bind(comment_id))
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// The people a post mentions.
pub async fn post_mentions(db: &Db, post_id: &str) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = db
        .fetch_all(q("SELECT user_id FROM post_mentions WHERE post_id = $1").bind(post_id))
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// Replaces the people a comment mentions.
pub async fn set_comment_mentions(
    tx: &mut Tx,
    comment_id: &str,
    user_ids: &[String],
) -> Result<()> {
    tx.execute(q("DELETE FROM comment_mentions WHERE comment_id = $1").bind(comment_id))
        .await?;
    for u in user_ids {
        tx.execute(
            q(
                "INSERT INTO comment_mentions (comment_id, user_id) VALUES ($1, $2) \
               ON CONFLICT DO NOTHING",
            )
            .bind(comment_id)
            .bind(u),
        )
        .await?;
    }
    Ok(())
}

// ---- digest schedule ------------------------------------------------------

/// When and where a person reads their digests.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ScheduleRow {
    pub user_id: String,
    pub email: String,
    pub locale: Option<String>,
    pub role: String,
    pub active: bool,
    /// IANA zone; `None` means the organisation's default.
    pub time_zone: Option<String>,
    /// Local hour (0–23) digests go out.
    pub digest_hour: i64,
    /// ISO weekday (1 = Monday) of the weekly digest.
    pub digest_weekday: i64,
    pub next_daily_digest_at: Option<i64>,
    pub next_weekly_digest_at: Option<i64>,
}

const SCHEDULE_COLS: &str = "id AS user_id, email, locale, role, active, time_zone, digest_hour, \
     digest_weekday, next_daily_digest_at, next_weekly_digest_at";

static SCHEDULE_SQL: LazyLock<String> =
    LazyLock::new(|| format!("SELECT {SCHEDULE_COLS} FROM users WHERE id = $1"));

/// One person's digest schedule.
pub async fn schedule_of(db: &Db, user_id: &str) -> Result<Option<ScheduleRow>> {
    db.fetch_optional(q(SCHEDULE_SQL.as_str()).bind(user_id))
        .await
}

static DUE_DAILY_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT {SCHEDULE_COLS} FROM users WHERE active \
         AND (next_daily_digest_at IS NULL OR next_daily_digest_at <= $1) \
         ORDER BY next_daily_digest_at NULLS FIRST, id LIMIT $2"
    )
});

static DUE_WEEKLY_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT {SCHEDULE_COLS} FROM users WHERE active \
         AND (next_weekly_digest_at IS NULL OR next_weekly_digest_at <= $1) \
         ORDER BY next_weekly_digest_at NULLS FIRST, id LIMIT $2"
    )
});

/// People whose daily (or weekly) digest is due, or not yet scheduled.
pub async fn due_schedules(
    db: &Db,
    weekly: bool,
    now: i64,
    limit: i64,
) -> Result<Vec<ScheduleRow>> {
    let sql = if weekly {
        DUE_WEEKLY_SQL.as_str()
    } else {
        DUE_DAILY_SQL.as_str()
    };
    db.fetch_all(q(sql).bind(now).bind(limit)).await
}

/// Moves a person's next daily (or weekly) digest to `at`, unless another worker
/// already moved it from `was` (returns false then).
pub async fn reschedule(
    tx: &mut Tx,
    user_id: &str,
    weekly: bool,
    was: Option<i64>,
    at: i64,
) -> Result<bool> {
    let sql = if weekly {
        "UPDATE users SET next_weekly_digest_at = $3 WHERE id = $1 \
         AND (next_weekly_digest_at = $2 OR (next_weekly_digest_at IS NULL AND $2 IS NULL))"
    } else {
        "UPDATE users SET next_daily_digest_at = $3 WHERE id = $1 \
         AND (next_daily_digest_at = $2 OR (next_daily_digest_at IS NULL AND $2 IS NULL))"
    };
    Ok(tx.execute(q(sql).bind(user_id).bind(was).bind(at)).await? == 1)
}

/// Saves when and where a person reads digests, with their newly computed times.
#[allow(clippy::too_many_arguments)]
pub async fn set_schedule(
    tx: &mut Tx,
    user_id: &str,
    time_zone: Option<&str>,
    digest_hour: i64,
    digest_weekday: i64,
    next_daily: i64,
    next_weekly: i64,
) -> Result<()> {
    tx.execute(
        q(
            "UPDATE users SET time_zone = $2, digest_hour = $3, digest_weekday = $4, \
           next_daily_digest_at = $5, next_weekly_digest_at = $6 WHERE id = $1",
        )
        .bind(user_id)
        .bind(time_zone)
        .bind(digest_hour)
        .bind(digest_weekday)
        .bind(next_daily)
        .bind(next_weekly),
    )
    .await?;
    Ok(())
}

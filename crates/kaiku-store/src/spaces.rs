//! Spaces and their memberships, join requests and invitations.
//!
//! Listing applies the viewer's visibility in SQL (see [`Visibility`]), so pages and
//! counts never include a space the viewer may not see.

use crate::Result;
use crate::db::{Db, Tx, q};

/// A stored space.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SpaceRow {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub color: String,
    pub visibility: String,
    pub posting: String,
    pub guests_allowed: bool,
    pub default_notification: String,
    pub archived_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub member_count: i64,
}

/// A space in a listing, with the viewer's own role in it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SpaceListRow {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub sort_key: String,
    pub description: String,
    pub color: String,
    pub visibility: String,
    pub archived_at: Option<i64>,
    pub member_count: i64,
    pub my_role: Option<String>,
}

/// Which spaces a viewer may see at all, as data the query applies.
#[derive(Debug, Clone)]
pub struct Visibility {
    /// The viewer (spaces they belong to are always visible).
    pub user_id: String,
    /// Administrators see every space.
    pub all: bool,
    /// Organisation members see public and private spaces; guests do not.
    pub listed: bool,
}

/// A listing query.
#[derive(Debug, Clone)]
pub struct SpaceFilter {
    pub visibility: Visibility,
    /// Only spaces the viewer belongs to.
    pub mine: bool,
    /// Only this visibility (`public`, `private`, `secret`).
    pub only: Option<String>,
    /// Include archived spaces.
    pub archived: bool,
    /// Only archived spaces.
    pub archived_only: bool,
    /// Lower-cased fragment of the name.
    pub text: Option<String>,
    /// Keyset cursor `(sort_key, id)`.
    pub after: Option<(String, String)>,
    pub limit: i64,
}

/// A new space.
#[derive(Debug, Clone)]
pub struct NewSpace {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub sort_key: String,
    pub description: String,
    pub color: String,
    pub visibility: String,
    pub posting: String,
    pub guests_allowed: bool,
    pub default_notification: String,
    pub created_by: String,
    pub now: i64,
}

/// A member of a space.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MemberRow {
    pub user_id: String,
    pub display_name: String,
    pub email: String,
    pub org_role: String,
    pub active: bool,
    pub role: String,
    pub joined_at: i64,
}

/// A pending request to join.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct JoinRequestRow {
    pub id: String,
    pub space_id: String,
    pub user_id: String,
    pub display_name: String,
    pub email: String,
    pub org_role: String,
    pub message: String,
    pub created_at: i64,
}

/// A pending invitation into a space, for the invitee.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InvitationRow {
    pub space_id: String,
    pub slug: String,
    pub name: String,
    pub color: String,
    pub visibility: String,
    pub invited_by_name: Option<String>,
    pub created_at: i64,
}

/// Stores a space.
pub async fn insert(tx: &mut Tx, s: &NewSpace) -> Result<()> {
    tx.execute(
        q("INSERT INTO spaces (id, slug, name, sort_key, description, color, visibility, posting, \
           guests_allowed, default_notification, archived_at, created_by, created_at, updated_at) \
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, $11, $12, $12)")
        .bind(&s.id)
        .bind(&s.slug)
        .bind(&s.name)
        .bind(&s.sort_key)
        .bind(&s.description)
        .bind(&s.color)
        .bind(&s.visibility)
        .bind(&s.posting)
        .bind(s.guests_allowed)
        .bind(&s.default_notification)
        .bind(&s.created_by)
        .bind(s.now),
    )
    .await?;
    Ok(())
}

/// A space by id (regardless of who asks: callers apply the policy).
pub async fn get(db: &Db, id: &str) -> Result<Option<SpaceRow>> {
    db.fetch_optional(
        q(
            "SELECT id, slug, name, description, color, visibility, posting, guests_allowed, \
           default_notification, archived_at, created_at, updated_at, \
           s.member_count \
           FROM spaces s WHERE id = $1",
        )
        .bind(id),
    )
    .await
}

/// A space by slug.
pub async fn get_by_slug(db: &Db, slug: &str) -> Result<Option<SpaceRow>> {
    db.fetch_optional(
        q(
            "SELECT id, slug, name, description, color, visibility, posting, guests_allowed, \
           default_notification, archived_at, created_at, updated_at, \
           s.member_count \
           FROM spaces s WHERE slug = $1",
        )
        .bind(slug),
    )
    .await
}

/// Spaces the viewer may see, by name, keyset-paginated.
pub async fn list(db: &Db, f: &SpaceFilter) -> Result<Vec<SpaceListRow>> {
    let (after_key, after_id) = match &f.after {
        Some((k, i)) => (Some(k.clone()), Some(i.clone())),
        None => (None, None),
    };
    let pattern = f
        .text
        .as_ref()
        .map(|t| format!("%{}%", crate::users::escape_like(t)));
    db.fetch_all(
        q(
            "SELECT s.id, s.slug, s.name, s.sort_key, s.description, s.color, s.visibility, \
           s.archived_at, \
           s.member_count, \
           m.role AS my_role \
           FROM spaces s LEFT JOIN space_members m ON m.space_id = s.id AND m.user_id = $1 \
           WHERE ($2 OR m.user_id IS NOT NULL OR ($3 AND s.visibility IN ('public', 'private'))) \
             AND (NOT $4 OR m.user_id IS NOT NULL) \
             AND ($5 IS NULL OR s.visibility = $5) \
             AND ($6 OR s.archived_at IS NULL) \
             AND (NOT $11 OR s.archived_at IS NOT NULL) \
             AND ($7 IS NULL OR s.sort_key LIKE $7 ESCAPE '\\') \
             AND ($8 IS NULL OR s.sort_key > $8 OR (s.sort_key = $8 AND s.id > $9)) \
           ORDER BY s.sort_key, s.id LIMIT $10",
        )
        .bind(&f.visibility.user_id)
        .bind(f.visibility.all)
        .bind(f.visibility.listed)
        .bind(f.mine)
        .bind(f.only.clone())
        .bind(f.archived)
        .bind(pattern)
        .bind(after_key)
        .bind(after_id)
        .bind(f.limit)
        .bind(f.archived_only),
    )
    .await
}

/// Changed settings of a space.
#[derive(Debug, Clone)]
pub struct SpaceUpdate {
    pub slug: String,
    pub name: String,
    pub sort_key: String,
    pub description: String,
    pub color: String,
    pub visibility: String,
    pub posting: String,
    pub guests_allowed: bool,
    pub default_notification: String,
}

/// Updates a space's settings.
pub async fn update(tx: &mut Tx, id: &str, u: &SpaceUpdate, now: i64) -> Result<u64> {
    tx.execute(
        q(
            "UPDATE spaces SET slug = $2, name = $3, sort_key = $4, description = $5, color = $6, \
           visibility = $7, posting = $8, guests_allowed = $9, default_notification = $10, \
           updated_at = $11 WHERE id = $1",
        )
        .bind(id)
        .bind(&u.slug)
        .bind(&u.name)
        .bind(&u.sort_key)
        .bind(&u.description)
        .bind(&u.color)
        .bind(&u.visibility)
        .bind(&u.posting)
        .bind(u.guests_allowed)
        .bind(&u.default_notification)
        .bind(now),
    )
    .await
}

/// Archives (`Some(time)`) or unarchives (`None`) a space.
pub async fn set_archived(tx: &mut Tx, id: &str, at: Option<i64>, now: i64) -> Result<u64> {
    tx.execute(
        q("UPDATE spaces SET archived_at = $2, updated_at = $3 WHERE id = $1")
            .bind(id)
            .bind(at)
            .bind(now),
    )
    .await
}

/// Deletes a space and, through the foreign keys, everything in it.
pub async fn delete(tx: &mut Tx, id: &str) -> Result<u64> {
    tx.execute(q("DELETE FROM spaces WHERE id = $1").bind(id))
        .await
}

/// The user's role in the space, if a member.
pub async fn role_of(db: &Db, space_id: &str, user_id: &str) -> Result<Option<String>> {
    let row: Option<(String,)> = db
        .fetch_optional(
            q("SELECT role FROM space_members WHERE space_id = $1 AND user_id = $2")
                .bind(space_id)
                .bind(user_id),
        )
        .await?;
    Ok(row.map(|r| r.0))
}

/// What the access policy needs about a space, with one person's role in it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AccessRow {
    pub id: String,
    pub visibility: String,
    pub posting: String,
    pub guests_allowed: bool,
    pub archived_at: Option<i64>,
    pub role: Option<String>,
}

/// Slots per [`access_among`] statement; unused ones bind NULL, so the text is fixed.
const ACCESS_SLOTS: usize = 50;

static ACCESS_SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let slots: Vec<String> = (2..ACCESS_SLOTS + 2).map(|i| format!("${i}")).collect();
    format!(
        "SELECT s.id, s.visibility, s.posting, s.guests_allowed, s.archived_at, m.role \
         FROM spaces s LEFT JOIN space_members m ON m.space_id = s.id AND m.user_id = $1 \
         WHERE s.id IN ({})",
        slots.join(", ")
    )
});

/// Access facts for many spaces at once (a page of posts), in one query per 50.
pub async fn access_among(db: &Db, space_ids: &[String], user_id: &str) -> Result<Vec<AccessRow>> {
    let mut out = Vec::new();
    for chunk in space_ids.chunks(ACCESS_SLOTS) {
        let mut query = q(ACCESS_SQL.as_str()).bind(user_id);
        for i in 0..ACCESS_SLOTS {
            query = query.bind(chunk.get(i).cloned());
        }
        out.extend(db.fetch_all::<AccessRow>(query).await?);
    }
    Ok(out)
}

/// Same as [`role_of`], inside a transaction.
pub async fn role_of_tx(tx: &mut Tx, space_id: &str, user_id: &str) -> Result<Option<String>> {
    let row: Option<(String,)> = tx
        .fetch_optional(
            q("SELECT role FROM space_members WHERE space_id = $1 AND user_id = $2")
                .bind(space_id)
                .bind(user_id),
        )
        .await?;
    Ok(row.map(|r| r.0))
}

/// Members by role (owners first) then name.
pub async fn members(db: &Db, space_id: &str, limit: i64) -> Result<Vec<MemberRow>> {
    db.fetch_all(
        q(
            "SELECT u.id AS user_id, u.display_name, u.email, u.role AS org_role, u.active, \
           m.role, m.joined_at FROM space_members m JOIN users u ON u.id = m.user_id \
           WHERE m.space_id = $1 \
           ORDER BY CASE m.role WHEN 'owner' THEN 0 WHEN 'moderator' THEN 1 ELSE 2 END, \
           u.search_key, u.id LIMIT $2",
        )
        .bind(space_id)
        .bind(limit),
    )
    .await
}

/// A space's leaders (owners, then moderators, by name) and then its newest
/// members, at most `limit` in all: a large space's member strip, read from the
/// role index rather than by sorting every membership.
pub async fn first_members(db: &Db, space_id: &str, limit: i64) -> Result<Vec<MemberRow>> {
    db.fetch_all(
        q(
            "SELECT * FROM (SELECT u.id AS user_id, u.display_name, u.email, u.role AS org_role, \
             u.active, m.role, m.joined_at FROM space_members m JOIN users u ON u.id = m.user_id \
             WHERE m.space_id = $1 AND m.role IN ('owner', 'moderator') \
             ORDER BY CASE m.role WHEN 'owner' THEN 0 ELSE 1 END, u.search_key, u.id LIMIT $2) l \
             UNION ALL SELECT * FROM (SELECT u.id AS user_id, u.display_name, u.email, \
             u.role AS org_role, u.active, m.role, m.joined_at FROM space_members m \
             JOIN users u ON u.id = m.user_id WHERE m.space_id = $1 AND m.role = 'member' \
             ORDER BY m.joined_at DESC, m.user_id LIMIT $2) n",
        )
        .bind(space_id)
        .bind(limit),
    )
    .await
    .map(|mut rows: Vec<MemberRow>| {
        rows.truncate(usize::try_from(limit).unwrap_or(0));
        rows
    })
}

/// Adds a member (no-op if already one); returns whether they were added.
pub async fn add_member(
    tx: &mut Tx,
    space_id: &str,
    user_id: &str,
    role: &str,
    now: i64,
) -> Result<bool> {
    let n = tx
        .execute(
            q(
                "INSERT INTO space_members (space_id, user_id, role, joined_at) \
               VALUES ($1, $2, $3, $4) ON CONFLICT (space_id, user_id) DO NOTHING",
            )
            .bind(space_id)
            .bind(user_id)
            .bind(role)
            .bind(now),
        )
        .await?;
    Ok(n == 1)
}

/// Removes a member.
pub async fn remove_member(tx: &mut Tx, space_id: &str, user_id: &str) -> Result<u64> {
    tx.execute(
        q("DELETE FROM space_members WHERE space_id = $1 AND user_id = $2")
            .bind(space_id)
            .bind(user_id),
    )
    .await
}

/// Changes a member's role.
pub async fn set_member_role(
    tx: &mut Tx,
    space_id: &str,
    user_id: &str,
    role: &str,
) -> Result<u64> {
    tx.execute(
        q("UPDATE space_members SET role = $3 WHERE space_id = $1 AND user_id = $2")
            .bind(space_id)
            .bind(user_id)
            .bind(role),
    )
    .await
}

/// How many owners a space has (inside the changing transaction).
pub async fn owner_count_tx(tx: &mut Tx, space_id: &str) -> Result<i64> {
    let (n,): (i64,) = tx
        .fetch_one(
            q("SELECT COUNT(*) FROM space_members WHERE space_id = $1 AND role = 'owner'")
                .bind(space_id),
        )
        .await?;
    Ok(n)
}

/// Records a request to join.
pub async fn insert_join_request(
    tx: &mut Tx,
    id: &str,
    space_id: &str,
    user_id: &str,
    message: &str,
    now: i64,
) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO space_join_requests (id, space_id, user_id, message, created_at) \
           VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(space_id)
        .bind(user_id)
        .bind(message)
        .bind(now),
    )
    .await?;
    Ok(())
}

/// Pending requests of a space, oldest first.
pub async fn join_requests(db: &Db, space_id: &str) -> Result<Vec<JoinRequestRow>> {
    db.fetch_all(
        q(
            "SELECT r.id, r.space_id, r.user_id, u.display_name, u.email, u.role AS org_role, \
           r.message, r.created_at FROM space_join_requests r JOIN users u ON u.id = r.user_id \
           WHERE r.space_id = $1 ORDER BY r.created_at, r.id LIMIT 500",
        )
        .bind(space_id),
    )
    .await
}

/// Whether the user has a pending request for the space.
pub async fn has_join_request(db: &Db, space_id: &str, user_id: &str) -> Result<bool> {
    let (n,): (i64,) = db
        .fetch_one(
            q("SELECT COUNT(*) FROM space_join_requests WHERE space_id = $1 AND user_id = $2")
                .bind(space_id)
                .bind(user_id),
        )
        .await?;
    Ok(n > 0)
}

/// Removes (decides) a request; returns its user if this call removed it.
pub async fn take_join_request(tx: &mut Tx, space_id: &str, id: &str) -> Result<Option<String>> {
    let row: Option<(String,)> = tx
        .fetch_optional(
            q("DELETE FROM space_join_requests WHERE space_id = $1 AND id = $2 RETURNING user_id")
                .bind(space_id)
                .bind(id),
        )
        .await?;
    Ok(row.map(|r| r.0))
}

/// Withdraws a user's request (or clears it once they are in).
pub async fn delete_join_request_of(tx: &mut Tx, space_id: &str, user_id: &str) -> Result<u64> {
    tx.execute(
        q("DELETE FROM space_join_requests WHERE space_id = $1 AND user_id = $2")
            .bind(space_id)
            .bind(user_id),
    )
    .await
}

/// Invites an existing person (no-op if already invited).
pub async fn insert_invitation(
    tx: &mut Tx,
    space_id: &str,
    user_id: &str,
    invited_by: &str,
    now: i64,
) -> Result<bool> {
    let n = tx
        .execute(
            q(
                "INSERT INTO space_invitations (space_id, user_id, invited_by, created_at) \
               VALUES ($1, $2, $3, $4) ON CONFLICT (space_id, user_id) DO NOTHING",
            )
            .bind(space_id)
            .bind(user_id)
            .bind(invited_by)
            .bind(now),
        )
        .await?;
    Ok(n == 1)
}

/// Removes an invitation (accepted, declined or withdrawn); returns whether it existed.
pub async fn delete_invitation(tx: &mut Tx, space_id: &str, user_id: &str) -> Result<bool> {
    let n = tx
        .execute(
            q("DELETE FROM space_invitations WHERE space_id = $1 AND user_id = $2")
                .bind(space_id)
                .bind(user_id),
        )
        .await?;
    Ok(n == 1)
}

/// Whether the user is invited to the space.
pub async fn is_invited(db: &Db, space_id: &str, user_id: &str) -> Result<bool> {
    let (n,): (i64,) = db
        .fetch_one(
            q("SELECT COUNT(*) FROM space_invitations WHERE space_id = $1 AND user_id = $2")
                .bind(space_id)
                .bind(user_id),
        )
        .await?;
    Ok(n > 0)
}

/// The user's pending invitations, newest first.
pub async fn invitations_for(db: &Db, user_id: &str) -> Result<Vec<InvitationRow>> {
    db.fetch_all(
        q("SELECT s.id AS space_id, s.slug, s.name, s.color, s.visibility, \
           u.display_name AS invited_by_name, i.created_at FROM space_invitations i \
           JOIN spaces s ON s.id = i.space_id LEFT JOIN users u ON u.id = i.invited_by \
           WHERE i.user_id = $1 AND s.archived_at IS NULL ORDER BY i.created_at DESC, s.id LIMIT 100")
        .bind(user_id),
    )
    .await
}

/// Ids of the spaces the user belongs to (the viewer's principals).
pub async fn space_ids_of(db: &Db, user_id: &str) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = db
        .fetch_all(q("SELECT space_id FROM space_members WHERE user_id = $1").bind(user_id))
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// Whether two people share at least one space (guests see only such people).
pub async fn share_a_space(db: &Db, a: &str, b: &str) -> Result<bool> {
    let (n,): (i64,) = db
        .fetch_one(
            q("SELECT COUNT(*) FROM space_members x JOIN space_members y \
               ON y.space_id = x.space_id WHERE x.user_id = $1 AND y.user_id = $2")
            .bind(a)
            .bind(b),
        )
        .await?;
    Ok(n > 0)
}

/// A space someone belongs to, for their profile.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MembershipRow {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub color: String,
    pub role: String,
}

/// The live spaces `person` belongs to, among those `viewer` could see listed:
/// their own, listed ones (not for guests: `listed` false), or all (`all`, admins).
pub async fn of_person(
    db: &Db,
    person: &str,
    viewer: &str,
    listed: bool,
    all: bool,
) -> Result<Vec<MembershipRow>> {
    db.fetch_all(
        q("SELECT s.id, s.slug, s.name, s.color, pm.role FROM space_members pm \
           JOIN spaces s ON s.id = pm.space_id \
           WHERE pm.user_id = $1 AND s.archived_at IS NULL \
             AND ($4 OR EXISTS (SELECT 1 FROM space_members vm WHERE vm.space_id = s.id AND vm.user_id = $2) \
                  OR ($3 AND s.visibility IN ('public', 'private'))) \
           ORDER BY s.sort_key, s.id LIMIT 200")
        .bind(person)
        .bind(viewer)
        .bind(listed)
        .bind(all),
    )
    .await
}

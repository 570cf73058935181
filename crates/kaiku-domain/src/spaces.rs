//! Spaces: creating and configuring them, the directory, membership (join, leave,
//! requests, invitations, roles), archiving and deletion. Every decision goes
//! through [`crate::space_policy`]; outsiders of a secret space get `NotFound`.

use kaiku_i18n::{Lang, Tr};
use kaiku_store::spaces::{self as store, SpaceFilter, SpaceRow, SpaceUpdate, Visibility};
use kaiku_store::{audit, users};

use crate::input::{self, Checks};
use crate::mail::compose;
use crate::policy;
use crate::space_policy::{SpaceAction, SpaceFacts, SpaceRole, SpaceVisibility, space_allows};
use crate::viewer::Role;
use crate::{DomainError, Result, Services, Viewer, secrets};

/// Longest space name.
pub const SPACE_NAME_MAX: usize = 80;
/// Longest description.
pub const SPACE_DESCRIPTION_MAX: usize = 2000;
/// Slug length bounds.
pub const SLUG_MIN: usize = 2;
/// See [`SLUG_MIN`].
pub const SLUG_MAX: usize = 60;
/// Words that cannot be slugs (they are routes).
const RESERVED_SLUGS: [&str; 4] = ["new", "admin", "api", "settings"];
/// The palette offered for spaces (all readable with white text).
pub const SPACE_COLORS: [&str; 8] = [
    "#0f766e", "#1d4ed8", "#7c3aed", "#be185d", "#b45309", "#15803d", "#475569", "#b91c1c",
];

/// The palette slot (0–7) of a space colour, for styling.
pub fn color_slot(color: &str) -> usize {
    SPACE_COLORS.iter().position(|c| *c == color).unwrap_or(0)
}

/// A space as the viewer sees it, with what they may do.
#[derive(Debug, Clone)]
pub struct Space {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub color: String,
    pub visibility: SpaceVisibility,
    pub moderators_post: bool,
    pub guests_allowed: bool,
    pub default_notification: String,
    pub archived_at: Option<i64>,
    pub created_at: i64,
    pub member_count: i64,
    /// The viewer's role, if a member.
    pub my_role: Option<SpaceRole>,
    /// The viewer has asked to join and waits for a decision.
    pub requested: bool,
    /// The viewer has been invited.
    pub invited: bool,
    pub can: SpacePermissions,
}

/// The viewer's permissions in one space, for the page to show the right actions.
#[derive(Debug, Clone, Copy, Default)]
pub struct SpacePermissions {
    pub read: bool,
    pub post: bool,
    /// Write and change wiki pages.
    pub wiki: bool,
    pub moderate: bool,
    pub approve: bool,
    pub invite: bool,
    pub manage: bool,
    pub settings: bool,
    pub join: bool,
    pub request: bool,
    pub leave: bool,
}

/// A space in the directory.
#[derive(Debug, Clone)]
pub struct SpaceSummary {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub color: String,
    pub visibility: SpaceVisibility,
    pub archived: bool,
    pub member_count: i64,
    pub my_role: Option<SpaceRole>,
}

/// Which spaces the directory shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SpaceScope {
    /// Everything the viewer may see.
    #[default]
    All,
    /// Spaces the viewer belongs to.
    Mine,
    /// Only public ones.
    Public,
    /// Only private ones.
    Private,
    /// Archived ones.
    Archived,
}

/// A directory query.
#[derive(Debug, Clone, Default)]
pub struct SpaceQuery {
    pub scope: SpaceScope,
    pub q: Option<String>,
    pub cursor: Option<String>,
    pub limit: usize,
}

/// One page of the directory.
#[derive(Debug, Clone)]
pub struct SpacePage {
    pub items: Vec<SpaceSummary>,
    pub next_cursor: Option<String>,
}

/// What the create and settings forms send.
#[derive(Debug, Clone, Default)]
pub struct SpaceInput {
    pub name: String,
    /// Empty: made from the name.
    pub slug: String,
    pub description: String,
    pub visibility: String,
    pub color: String,
    /// `members` or `moderators`.
    pub posting: String,
    pub guests_allowed: bool,
    /// `all`, `mentions` or `muted`.
    pub default_notification: String,
}

/// A member of a space.
#[derive(Debug, Clone)]
pub struct Member {
    pub user_id: String,
    pub display_name: String,
    pub email: String,
    pub guest: bool,
    pub active: bool,
    pub role: SpaceRole,
    pub joined_at: i64,
}

/// A pending request to join.
#[derive(Debug, Clone)]
pub struct JoinRequest {
    pub id: String,
    pub user_id: String,
    pub display_name: String,
    pub email: String,
    pub guest: bool,
    pub message: String,
    pub created_at: i64,
}

/// An invitation into a space, as the invitee sees it.
#[derive(Debug, Clone)]
pub struct SpaceInvitation {
    pub space_id: String,
    pub slug: String,
    pub name: String,
    pub color: String,
    pub invited_by: Option<String>,
    pub created_at: i64,
}

/// A recorded change to a space.
#[derive(Debug, Clone)]
pub struct SpaceAuditEntry {
    pub at: i64,
    pub actor: Option<String>,
    pub action: String,
    pub detail: String,
}

/// Makes a URL slug from a name: lower case, Nordic letters folded, dashes between words.
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        let mapped = match c {
            'ä' | 'å' | 'á' | 'à' | 'â' => 'a',
            'ö' | 'õ' | 'ø' | 'ó' | 'ò' | 'ô' => 'o',
            'ü' | 'ú' | 'ù' | 'û' => 'u',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'š' => 's',
            'ž' => 'z',
            'ï' | 'í' | 'ì' | 'î' => 'i',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if mapped == '-' {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push(mapped);
        }
    }
    let trimmed: String = out.trim_matches('-').chars().take(SLUG_MAX).collect();
    trimmed.trim_end_matches('-').to_owned()
}

fn valid_slug(slug: &str) -> bool {
    (SLUG_MIN..=SLUG_MAX).contains(&slug.len())
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
        && !RESERVED_SLUGS.contains(&slug)
}

/// A secret space's address carries a random tail, so that nobody can learn that
/// a secret space exists by trying to take its address.
fn secret_slug(base: &str) -> Result<String> {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let mut buf = [0u8; 6];
    getrandom::fill(&mut buf).map_err(|e| DomainError::Internal(e.to_string()))?;
    let tail: String = buf
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
        .collect();
    let head: String = base.chars().take(SLUG_MAX - 7).collect();
    Ok(format!("{}-{tail}", head.trim_end_matches('-')))
}

fn facts(row: &SpaceRow, role: Option<SpaceRole>) -> SpaceFacts {
    facts_of(
        &row.visibility,
        row.archived_at,
        &row.posting,
        row.guests_allowed,
        role,
    )
}

/// The policy's view of a stored space; an unknown visibility counts as secret.
pub(crate) fn facts_of(
    visibility: &str,
    archived_at: Option<i64>,
    posting: &str,
    guests_allowed: bool,
    role: Option<SpaceRole>,
) -> SpaceFacts {
    SpaceFacts {
        visibility: SpaceVisibility::parse(visibility).unwrap_or(SpaceVisibility::Secret),
        archived: archived_at.is_some(),
        moderators_post: posting == "moderators",
        guests_allowed,
        role,
    }
}

fn permissions(viewer: &Viewer, f: &SpaceFacts) -> SpacePermissions {
    let a = |action| space_allows(viewer, f, action);
    SpacePermissions {
        read: a(SpaceAction::ReadContent),
        post: a(SpaceAction::Post),
        wiki: a(SpaceAction::EditWiki),
        moderate: a(SpaceAction::Moderate),
        approve: a(SpaceAction::ApproveJoins),
        invite: a(SpaceAction::Invite),
        manage: a(SpaceAction::ManageMembers),
        settings: a(SpaceAction::ChangeSettings),
        join: a(SpaceAction::Join),
        request: a(SpaceAction::RequestToJoin),
        leave: a(SpaceAction::Leave),
    }
}

fn encode_cursor(key: &str, id: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("{key}\u{1f}{id}"))
}

fn decode_cursor(c: &str) -> Option<(String, String)> {
    use base64::Engine;
    if c.len() > 1000 {
        return None;
    }
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(c)
        .ok()?;
    let s = String::from_utf8(bytes).ok()?;
    let (k, i) = s.split_once('\u{1f}')?;
    Some((k.to_owned(), i.to_owned()))
}

/// A space loaded for an action, with the viewer's role and facts.
struct Loaded {
    row: SpaceRow,
    role: Option<SpaceRole>,
    facts: SpaceFacts,
}

impl Services {
    /// Loads a space by id or slug for `viewer`; `NotFound` unless they may open it.
    async fn load_space(&self, viewer: &Viewer, id_or_slug: &str, by_slug: bool) -> Result<Loaded> {
        if id_or_slug.len() > 100 {
            return Err(DomainError::NotFound);
        }
        let row = if by_slug {
            store::get_by_slug(self.db(), id_or_slug).await?
        } else {
            store::get(self.db(), id_or_slug).await?
        }
        .ok_or(DomainError::NotFound)?;
        let role = match viewer.account.as_ref() {
            Some(acc) => store::role_of(self.db(), &row.id, &acc.id)
                .await?
                .as_deref()
                .and_then(SpaceRole::parse),
            None => None,
        };
        let facts = facts(&row, role);
        if !space_allows(viewer, &facts, SpaceAction::Open) {
            if viewer.account.is_none() && viewer.kind != crate::ViewerKind::System {
                return Err(DomainError::Unauthenticated);
            }
            return Err(DomainError::NotFound);
        }
        Ok(Loaded { row, role, facts })
    }

    /// Refuses unless `action` is allowed (Forbidden: the viewer can see the space).
    fn require_space(viewer: &Viewer, l: &Loaded, action: SpaceAction) -> Result<()> {
        if space_allows(viewer, &l.facts, action) {
            Ok(())
        } else {
            Err(DomainError::Forbidden)
        }
    }

    async fn space_view(&self, viewer: &Viewer, l: Loaded) -> Result<Space> {
        let (requested, invited) = match viewer.account.as_ref() {
            Some(acc) if l.role.is_none() => (
                store::has_join_request(self.db(), &l.row.id, &acc.id).await?,
                store::is_invited(self.db(), &l.row.id, &acc.id).await?,
            ),
            _ => (false, false),
        };
        let r = l.row;
        Ok(Space {
            can: permissions(viewer, &l.facts),
            visibility: l.facts.visibility,
            moderators_post: l.facts.moderators_post,
            my_role: l.role,
            requested,
            invited,
            id: r.id,
            slug: r.slug,
            name: r.name,
            description: r.description,
            color: r.color,
            guests_allowed: r.guests_allowed,
            default_notification: r.default_notification,
            archived_at: r.archived_at,
            created_at: r.created_at,
            member_count: r.member_count,
        })
    }

    /// A space by its slug (its URL).
    pub async fn space_by_slug(&self, viewer: &Viewer, slug: &str) -> Result<Space> {
        let l = self.load_space(viewer, slug, true).await?;
        self.space_view(viewer, l).await
    }

    /// A space by its id (the API).
    pub async fn space(&self, viewer: &Viewer, id: &str) -> Result<Space> {
        let l = self.load_space(viewer, id, false).await?;
        self.space_view(viewer, l).await
    }

    /// Whether the viewer may create spaces.
    pub async fn may_create_space(&self, viewer: &Viewer) -> Result<bool> {
        let admins_only = self
            .org_profile()
            .await?
            .is_some_and(|o| o.spaces_admins_only);
        Ok(policy::may_create_space(viewer, admins_only))
    }

    fn check_space_input(
        &self,
        input: &SpaceInput,
        c: &mut Checks,
    ) -> (String, String, String, SpaceVisibility, String) {
        let name = c.take(input::text("name", &input.name, SPACE_NAME_MAX, true));
        let slug_raw = input.slug.trim().to_lowercase();
        let slug = if slug_raw.is_empty() {
            slugify(&name)
        } else {
            slug_raw
        };
        if !name.is_empty() && !valid_slug(&slug) {
            c.push("slug", "error-slug-invalid");
        }
        let description = c.take(input::multiline(
            "description",
            &input.description,
            SPACE_DESCRIPTION_MAX,
        ));
        let visibility = SpaceVisibility::parse(&input.visibility);
        if visibility.is_none() {
            c.push("visibility", "error-choice-invalid");
        }
        let color = if input.color.trim().is_empty() {
            SPACE_COLORS[0].to_owned()
        } else {
            let color = c.take(input::color("color", &input.color));
            if !color.is_empty() && !SPACE_COLORS.contains(&color.as_str()) {
                c.push("color", "error-choice-invalid");
            }
            color
        };
        (
            name,
            slug,
            description,
            visibility.unwrap_or(SpaceVisibility::Secret),
            color,
        )
    }

    /// Creates a space; the creator becomes its owner.
    pub async fn create_space(&self, viewer: &Viewer, input: SpaceInput) -> Result<Space> {
        let me = viewer.require()?.clone();
        if !self.may_create_space(viewer).await? {
            return Err(DomainError::Forbidden);
        }
        let mut c = Checks::default();
        let (name, slug, description, visibility, color) = self.check_space_input(&input, &mut c);
        let posting = if input.posting == "moderators" {
            "moderators"
        } else {
            "members"
        };
        c.finish()?;
        let id = secrets::new_id();
        let now = self.now();
        let slug = if visibility == SpaceVisibility::Secret {
            secret_slug(&slug)?
        } else {
            slug
        };
        let mut tx = self.db().begin().await?;
        let inserted = store::insert(
            &mut tx,
            &store::NewSpace {
                id: id.clone(),
                slug,
                sort_key: name.to_lowercase(),
                name,
                description,
                color,
                visibility: visibility.as_str().to_owned(),
                posting: posting.to_owned(),
                guests_allowed: input.guests_allowed,
                default_notification: "all".to_owned(),
                created_by: me.id.clone(),
                now,
            },
        )
        .await;
        if let Err(kaiku_store::StoreError::Conflict(_)) = inserted {
            return Err(DomainError::Taken(crate::FieldError {
                field: "slug",
                key: "error-slug-taken",
            }));
        }
        inserted?;
        store::add_member(&mut tx, &id, &me.id, SpaceRole::Owner.as_str(), now).await?;
        self.audit(
            &mut tx,
            viewer,
            "space.create",
            Some(&id),
            visibility.as_str(),
        )
        .await?;
        self.event_about(
            &mut tx,
            "space.created",
            Some(&id),
            &id,
            Some(&me.id),
            None,
            None,
        )
        .await?;
        tx.commit().await?;
        self.space(viewer, &id).await
    }

    /// Changes a space's settings (owners and administrators).
    pub async fn update_space(
        &self,
        viewer: &Viewer,
        id: &str,
        input: SpaceInput,
    ) -> Result<Space> {
        let l = self.load_space(viewer, id, false).await?;
        Self::require_space(viewer, &l, SpaceAction::ChangeSettings)?;
        let mut c = Checks::default();
        let (name, slug, description, visibility, color) = self.check_space_input(&input, &mut c);
        let was_secret = l.row.visibility == SpaceVisibility::Secret.as_str();
        let slug = if visibility == SpaceVisibility::Secret && (!was_secret || slug != l.row.slug) {
            secret_slug(&slug)?
        } else {
            slug
        };
        let posting = match input.posting.as_str() {
            "members" | "moderators" => input.posting.clone(),
            _ => {
                c.push("posting", "error-choice-invalid");
                String::new()
            }
        };
        let notification = match input.default_notification.as_str() {
            "all" | "mentions" | "muted" => input.default_notification.clone(),
            _ => {
                c.push("default_notification", "error-choice-invalid");
                String::new()
            }
        };
        c.finish()?;
        let mut tx = self.db().begin().await?;
        if !input.guests_allowed && l.row.guests_allowed {
            // "Internal only" with guests still inside would be a lie.
            let members = store::members(self.db(), &l.row.id, 10_000).await?;
            if members.iter().any(|m| m.org_role == "guest") {
                return Err(DomainError::invalid(
                    "guests_allowed",
                    "error-space-has-guests",
                ));
            }
        }
        let update = SpaceUpdate {
            sort_key: name.to_lowercase(),
            slug,
            name,
            description,
            color,
            visibility: visibility.as_str().to_owned(),
            posting,
            guests_allowed: input.guests_allowed,
            default_notification: notification,
        };
        let changes = describe_changes(&l.row, &update);
        match store::update(&mut tx, &l.row.id, &update, self.now()).await {
            Err(kaiku_store::StoreError::Conflict(_)) => {
                return Err(DomainError::Taken(crate::FieldError {
                    field: "slug",
                    key: "error-slug-taken",
                }));
            }
            other => other?,
        };
        if !changes.is_empty() {
            self.audit(&mut tx, viewer, "space.settings", Some(&l.row.id), &changes)
                .await?;
        }
        let actor = viewer.account.as_ref().map(|a| a.id.as_str());
        self.event_about(
            &mut tx,
            "space.changed",
            Some(&l.row.id),
            &l.row.id,
            actor,
            None,
            None,
        )
        .await?;
        tx.commit().await?;
        self.space(viewer, &l.row.id).await
    }

    /// Archives (read-only, still visible to its audience) or unarchives a space.
    pub async fn set_space_archived(
        &self,
        viewer: &Viewer,
        id: &str,
        archived: bool,
    ) -> Result<()> {
        let l = self.load_space(viewer, id, false).await?;
        Self::require_space(viewer, &l, SpaceAction::Archive)?;
        let mut tx = self.db().begin().await?;
        let now = self.now();
        store::set_archived(&mut tx, &l.row.id, archived.then_some(now), now).await?;
        let action = if archived {
            "space.archive"
        } else {
            "space.unarchive"
        };
        self.audit(&mut tx, viewer, action, Some(&l.row.id), "")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Deletes a space with everything in it. `confirm_name` must repeat its name.
    pub async fn delete_space(&self, viewer: &Viewer, id: &str, confirm_name: &str) -> Result<()> {
        let l = self.load_space(viewer, id, false).await?;
        Self::require_space(viewer, &l, SpaceAction::Delete)?;
        if confirm_name.trim() != l.row.name {
            return Err(DomainError::invalid("confirm", "error-confirm-name"));
        }
        let mut tx = self.db().begin().await?;
        // Its posts go with it: consumers (live pages, later the search index)
        // hear of the space as a whole.
        let payload = serde_json::json!({ "kind": "space.deleted", "id": l.row.id }).to_string();
        let actor = viewer.account.as_ref().map(|a| a.id.as_str());
        kaiku_store::outbox::append(
            &mut tx,
            "space.deleted",
            Some(&l.row.id),
            &l.row.id,
            actor,
            &payload,
            self.now(),
        )
        .await?;
        store::delete(&mut tx, &l.row.id).await?;
        self.audit(
            &mut tx,
            viewer,
            "space.delete",
            Some(&l.row.id),
            &l.row.name,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The directory: spaces the viewer may see, by name.
    pub async fn list_spaces(&self, viewer: &Viewer, query: SpaceQuery) -> Result<SpacePage> {
        let me = viewer.require()?;
        if !me.active {
            return Err(DomainError::Unauthenticated);
        }
        let limit = query.limit.clamp(1, 100);
        let after = match query.cursor.as_deref().filter(|c| !c.is_empty()) {
            Some(c) => Some(
                decode_cursor(c)
                    .ok_or_else(|| DomainError::invalid("cursor", "error-cursor-invalid"))?,
            ),
            None => None,
        };
        let text = query
            .q
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty());
        if text.as_ref().is_some_and(|t| t.chars().count() > 200) {
            return Err(DomainError::invalid("q", "error-too-long"));
        }
        let rows = store::list(
            self.db(),
            &SpaceFilter {
                visibility: Visibility {
                    user_id: me.id.clone(),
                    all: me.role == Role::Admin,
                    listed: me.role != Role::Guest,
                },
                mine: query.scope == SpaceScope::Mine,
                only: match query.scope {
                    SpaceScope::Public => Some("public".into()),
                    SpaceScope::Private => Some("private".into()),
                    _ => None,
                },
                archived: query.scope == SpaceScope::Archived || query.scope == SpaceScope::Mine,
                archived_only: query.scope == SpaceScope::Archived,
                text,
                after,
                limit: i64::try_from(limit + 1).unwrap_or(101),
            },
        )
        .await?;
        // The cursor is the last shown row's key, read with the page rather
        // than looked up again.
        let next_cursor = rows
            .get(limit.saturating_sub(1))
            .filter(|_| rows.len() > limit)
            .map(|last| encode_cursor(&last.sort_key, &last.id));
        let items: Vec<SpaceSummary> = rows
            .into_iter()
            .take(limit)
            .map(|r| SpaceSummary {
                visibility: SpaceVisibility::parse(&r.visibility)
                    .unwrap_or(SpaceVisibility::Secret),
                archived: r.archived_at.is_some(),
                my_role: r.my_role.as_deref().and_then(SpaceRole::parse),
                id: r.id,
                slug: r.slug,
                name: r.name,
                description: r.description,
                color: r.color,
                member_count: r.member_count,
            })
            .collect();
        Ok(SpacePage { items, next_cursor })
    }

    /// The members, owners first (for those who may read the space's content).
    pub async fn space_members(&self, viewer: &Viewer, id: &str) -> Result<Vec<Member>> {
        let l = self.load_space(viewer, id, false).await?;
        Self::require_space(viewer, &l, SpaceAction::ReadContent)?;
        Ok(Self::members_of(
            store::members(self.db(), &l.row.id, 5000).await?,
        ))
    }

    /// A space page's member strip: owners and moderators, then the newest
    /// members, at most `limit`.
    pub async fn first_space_members(
        &self,
        viewer: &Viewer,
        id: &str,
        limit: i64,
    ) -> Result<Vec<Member>> {
        let l = self.load_space(viewer, id, false).await?;
        Self::require_space(viewer, &l, SpaceAction::ReadContent)?;
        Ok(Self::members_of(
            store::first_members(self.db(), &l.row.id, limit).await?,
        ))
    }

    fn members_of(rows: Vec<store::MemberRow>) -> Vec<Member> {
        rows.into_iter()
            .map(|m| Member {
                guest: m.org_role == "guest",
                role: SpaceRole::parse(&m.role).unwrap_or(SpaceRole::Member),
                user_id: m.user_id,
                display_name: m.display_name,
                email: m.email,
                active: m.active,
                joined_at: m.joined_at,
            })
            .collect()
    }

    /// Appends a membership event (who it concerns, and how) to the outbox.
    async fn space_event(
        &self,
        tx: &mut kaiku_store::Tx,
        viewer: &Viewer,
        kind: &str,
        space_id: &str,
        target: &str,
        detail: Option<&str>,
    ) -> Result<()> {
        let actor = viewer.account.as_ref().map(|a| a.id.as_str());
        self.event_about(
            tx,
            kind,
            Some(space_id),
            space_id,
            actor,
            Some(target),
            detail,
        )
        .await
    }

    async fn audit_space(
        &self,
        tx: &mut kaiku_store::Tx,
        viewer: &Viewer,
        action: &str,
        space_id: &str,
        detail: &str,
    ) -> Result<()> {
        self.audit(tx, viewer, action, Some(space_id), detail).await
    }

    /// Whether a person may be a member of this space now: the space is not
    /// archived, and a guest only where guests are allowed (by the space and by
    /// the organisation). One check for every way in.
    pub(crate) async fn may_belong(&self, space: &SpaceRow, person_role: &str) -> Result<()> {
        if space.archived_at.is_some() {
            return Err(DomainError::Conflict {
                key: "error-space-archived",
            });
        }
        if person_role == "guest" {
            if !space.guests_allowed {
                return Err(DomainError::invalid("email", "error-space-internal"));
            }
            if !kaiku_store::settings::guests_enabled(self.db()).await? {
                return Err(DomainError::invalid("email", "error-guests-disabled"));
            }
        }
        Ok(())
    }

    /// Serialises changes to who owns a space (leaving, removing, roles, hand-over).
    async fn lock_owners(tx: &mut kaiku_store::Tx, space_id: &str) -> Result<()> {
        tx.lock_text(&format!("space-owners:{space_id}")).await?;
        Ok(())
    }

    /// Joins a public space.
    pub async fn join_space(&self, viewer: &Viewer, id: &str) -> Result<()> {
        let me = viewer.require()?.clone();
        let l = self.load_space(viewer, id, false).await?;
        Self::require_space(viewer, &l, SpaceAction::Join)?;
        let mut tx = self.db().begin().await?;
        if store::add_member(
            &mut tx,
            &l.row.id,
            &me.id,
            SpaceRole::Member.as_str(),
            self.now(),
        )
        .await?
        {
            store::delete_join_request_of(&mut tx, &l.row.id, &me.id).await?;
            store::delete_invitation(&mut tx, &l.row.id, &me.id).await?;
            self.audit_space(&mut tx, viewer, "space.join", &l.row.id, &me.email)
                .await?;
            self.space_event(
                &mut tx,
                viewer,
                "space.member_joined",
                &l.row.id,
                &me.id,
                None,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Leaves a space. The last owner must hand ownership over first.
    pub async fn leave_space(&self, viewer: &Viewer, id: &str) -> Result<()> {
        let me = viewer.require()?.clone();
        let l = self.load_space(viewer, id, false).await?;
        Self::require_space(viewer, &l, SpaceAction::Leave)?;
        let mut tx = self.db().begin().await?;
        Self::lock_owners(&mut tx, &l.row.id).await?;
        let role = store::role_of_tx(&mut tx, &l.row.id, &me.id).await?;
        if role.as_deref() == Some("owner") && store::owner_count_tx(&mut tx, &l.row.id).await? <= 1
        {
            return Err(DomainError::Conflict {
                key: "error-last-owner",
            });
        }
        store::remove_member(&mut tx, &l.row.id, &me.id).await?;
        self.audit_space(&mut tx, viewer, "space.leave", &l.row.id, &me.email)
            .await?;
        self.space_event(
            &mut tx,
            viewer,
            "space.member_left",
            &l.row.id,
            &me.id,
            None,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Asks to join a private space, with a message for its moderators.
    pub async fn request_to_join(&self, viewer: &Viewer, id: &str, message: &str) -> Result<()> {
        let me = viewer.require()?.clone();
        let l = self.load_space(viewer, id, false).await?;
        Self::require_space(viewer, &l, SpaceAction::RequestToJoin)?;
        let message = input::multiline("message", message, input::MESSAGE_MAX)
            .map_err(|e| DomainError::Invalid(vec![e]))?;
        let mut tx = self.db().begin().await?;
        match store::insert_join_request(
            &mut tx,
            &secrets::new_id(),
            &l.row.id,
            &me.id,
            &message,
            self.now(),
        )
        .await
        {
            // Asking twice is harmless: the first request stands.
            Err(kaiku_store::StoreError::Conflict(_)) => return Ok(()),
            other => other?,
        }
        self.audit_space(&mut tx, viewer, "space.request", &l.row.id, &me.email)
            .await?;
        self.space_event(
            &mut tx,
            viewer,
            "space.join_requested",
            &l.row.id,
            &me.id,
            None,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Withdraws my request to join.
    pub async fn withdraw_request(&self, viewer: &Viewer, id: &str) -> Result<()> {
        let me = viewer.require()?.clone();
        let l = self.load_space(viewer, id, false).await?;
        let mut tx = self.db().begin().await?;
        store::delete_join_request_of(&mut tx, &l.row.id, &me.id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Pending requests (moderators, owners, administrators).
    pub async fn join_requests_of(&self, viewer: &Viewer, id: &str) -> Result<Vec<JoinRequest>> {
        let l = self.load_space(viewer, id, false).await?;
        Self::require_space(viewer, &l, SpaceAction::ApproveJoins)?;
        Ok(store::join_requests(self.db(), &l.row.id)
            .await?
            .into_iter()
            .map(|r| JoinRequest {
                guest: r.org_role == "guest",
                id: r.id,
                user_id: r.user_id,
                display_name: r.display_name,
                email: r.email,
                message: r.message,
                created_at: r.created_at,
            })
            .collect())
    }

    /// Approves or rejects a request to join.
    pub async fn decide_space_request(
        &self,
        viewer: &Viewer,
        id: &str,
        request_id: &str,
        approve: bool,
    ) -> Result<()> {
        let l = self.load_space(viewer, id, false).await?;
        Self::require_space(viewer, &l, SpaceAction::ApproveJoins)?;
        let mut tx = self.db().begin().await?;
        let user_id = store::take_join_request(&mut tx, &l.row.id, request_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let person = users::get_tx(&mut tx, &user_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        if approve {
            if !person.active {
                return Err(DomainError::invalid("form", "error-person-deactivated"));
            }
            self.may_belong(&l.row, &person.role).await?;
            store::add_member(
                &mut tx,
                &l.row.id,
                &user_id,
                SpaceRole::Member.as_str(),
                self.now(),
            )
            .await?;
            self.audit_space(
                &mut tx,
                viewer,
                "space.request_approved",
                &l.row.id,
                &person.email,
            )
            .await?;
            self.space_event(
                &mut tx,
                viewer,
                "space.request_decided",
                &l.row.id,
                &user_id,
                Some("approved"),
            )
            .await?;
        } else {
            self.audit_space(
                &mut tx,
                viewer,
                "space.request_rejected",
                &l.row.id,
                &person.email,
            )
            .await?;
            self.space_event(
                &mut tx,
                viewer,
                "space.request_decided",
                &l.row.id,
                &user_id,
                Some("rejected"),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Invites an existing person by e-mail address; they accept or decline.
    pub async fn invite_to_space(&self, viewer: &Viewer, id: &str, email: &str) -> Result<()> {
        let me = viewer.require()?.clone();
        let l = self.load_space(viewer, id, false).await?;
        Self::require_space(viewer, &l, SpaceAction::Invite)?;
        let email = input::email("email", email).map_err(|e| DomainError::Invalid(vec![e]))?;
        let person = users::get_by_email(self.db(), &email)
            .await?
            .ok_or_else(|| DomainError::invalid("email", "error-no-such-person"))?;
        if !person.active {
            return Err(DomainError::invalid("email", "error-person-deactivated"));
        }
        if person.role == "guest" && !l.row.guests_allowed {
            return Err(DomainError::invalid("email", "error-space-internal"));
        }
        if person.role == "guest" && !kaiku_store::settings::guests_enabled(self.db()).await? {
            return Err(DomainError::invalid("email", "error-guests-disabled"));
        }
        let mut tx = self.db().begin().await?;
        if store::role_of_tx(&mut tx, &l.row.id, &person.id)
            .await?
            .is_some()
        {
            return Err(DomainError::invalid("email", "error-already-member"));
        }
        if store::insert_invitation(&mut tx, &l.row.id, &person.id, &me.id, self.now()).await? {
            self.audit_space(&mut tx, viewer, "space.invite", &l.row.id, &person.email)
                .await?;
            self.space_event(
                &mut tx,
                viewer,
                "space.invited",
                &l.row.id,
                &person.id,
                None,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Invites a partner who has no account yet: an e-mail invitation that creates a
    /// guest account and brings them into this space.
    pub async fn invite_partner(
        &self,
        viewer: &Viewer,
        id: &str,
        email: &str,
        display_name: &str,
        locale: Lang,
    ) -> Result<crate::invitations::InviteCreated> {
        let me = viewer.require()?.clone();
        let l = self.load_space(viewer, id, false).await?;
        Self::require_space(viewer, &l, SpaceAction::Invite)?;
        if !l.row.guests_allowed {
            return Err(DomainError::invalid("email", "error-space-internal"));
        }
        if !kaiku_store::settings::guests_enabled(self.db()).await? {
            return Err(DomainError::invalid("email", "error-guests-disabled"));
        }
        let mut c = Checks::default();
        let email = c.take(input::email("email", email));
        let name = c.take(input::text(
            "display_name",
            display_name,
            input::NAME_MAX,
            false,
        ));
        c.finish()?;
        if users::get_by_email(self.db(), &email).await?.is_some() {
            return Err(DomainError::invalid(
                "email",
                "error-email-taken-invite-instead",
            ));
        }
        let org = self
            .org_profile()
            .await?
            .map(|o| o.name)
            .unwrap_or_default();
        let tr = Tr::new(locale);
        let token = secrets::random_token()?;
        let link = self.link(&format!("/invite/{token}"));
        let mail = compose(
            tr,
            &org,
            &email,
            tr.t2("mail-partner-subject", "space", &l.row.name, "org", &org),
            &[
                tr.t("mail-greeting-plain"),
                tr.t2(
                    "mail-partner-body",
                    "inviter",
                    &me.display_name,
                    "space",
                    &l.row.name,
                ),
                tr.t("mail-invite-expiry"),
            ],
            Some((tr.t("mail-invite-action"), link.clone())),
        );
        let now = self.now();
        let mut tx = self.db().begin().await?;
        kaiku_store::invitations::insert(
            &mut tx,
            &kaiku_store::invitations::NewInvitation {
                id: secrets::new_id(),
                kind: "invite".into(),
                email: email.clone(),
                display_name: Some(name).filter(|n| !n.is_empty()),
                role: Role::Guest.as_str().into(),
                token_hash: secrets::hash_token(&token),
                invited_by: Some(me.id.clone()),
                space_id: Some(l.row.id.clone()),
                now,
                expires_at: now + crate::invitations::INVITE_TTL_MS,
            },
        )
        .await?;
        let mailed = self.queue_mail(&mut tx, &mail).await?;
        self.audit_space(&mut tx, viewer, "space.invite_partner", &l.row.id, &email)
            .await?;
        tx.commit().await?;
        if mailed {
            self.wake_mailer();
        }
        Ok(crate::invitations::InviteCreated { link, mailed })
    }

    /// My pending invitations into spaces.
    pub async fn my_space_invitations(&self, viewer: &Viewer) -> Result<Vec<SpaceInvitation>> {
        let me = viewer.require()?;
        Ok(store::invitations_for(self.db(), &me.id)
            .await?
            .into_iter()
            .map(|i| SpaceInvitation {
                space_id: i.space_id,
                slug: i.slug,
                name: i.name,
                color: i.color,
                invited_by: i.invited_by_name,
                created_at: i.created_at,
            })
            .collect())
    }

    /// Accepts or declines an invitation into a space.
    pub async fn answer_space_invitation(
        &self,
        viewer: &Viewer,
        id: &str,
        accept: bool,
    ) -> Result<()> {
        let me = viewer.require()?.clone();
        if id.len() > 64 {
            return Err(DomainError::NotFound);
        }
        // An invitation lets a secret space be opened by the invitee.
        let row = store::get(self.db(), id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let mut tx = self.db().begin().await?;
        if !store::delete_invitation(&mut tx, &row.id, &me.id).await? {
            return Err(DomainError::NotFound);
        }
        if accept {
            self.may_belong(&row, me.role.as_str()).await?;
            store::add_member(
                &mut tx,
                &row.id,
                &me.id,
                SpaceRole::Member.as_str(),
                self.now(),
            )
            .await?;
            store::delete_join_request_of(&mut tx, &row.id, &me.id).await?;
            self.audit_space(
                &mut tx,
                viewer,
                "space.invitation_accepted",
                &row.id,
                &me.email,
            )
            .await?;
            self.space_event(
                &mut tx,
                viewer,
                "space.member_joined",
                &row.id,
                &me.id,
                None,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Adds a person directly (owners and administrators; the API).
    pub async fn add_space_member(
        &self,
        viewer: &Viewer,
        id: &str,
        user_id: &str,
        role: &str,
    ) -> Result<()> {
        let l = self.load_space(viewer, id, false).await?;
        Self::require_space(viewer, &l, SpaceAction::ManageMembers)?;
        let role = SpaceRole::parse(role)
            .ok_or_else(|| DomainError::invalid("role", "error-choice-invalid"))?;
        if user_id.len() > 64 {
            return Err(DomainError::invalid("user_id", "error-no-such-person"));
        }
        let person = users::get(self.db(), user_id)
            .await?
            .ok_or_else(|| DomainError::invalid("user_id", "error-no-such-person"))?;
        if !person.active {
            return Err(DomainError::invalid("user_id", "error-person-deactivated"));
        }
        if person.role == "guest" && role != SpaceRole::Member {
            return Err(DomainError::invalid("role", "error-guest-role"));
        }
        self.may_belong(&l.row, &person.role)
            .await
            .map_err(|e| match e {
                DomainError::Invalid(mut f) => {
                    f.iter_mut().for_each(|x| x.field = "user_id");
                    DomainError::Invalid(f)
                }
                other => other,
            })?;
        let mut tx = self.db().begin().await?;
        if !store::add_member(&mut tx, &l.row.id, &person.id, role.as_str(), self.now()).await? {
            return Err(DomainError::Conflict {
                key: "error-already-member",
            });
        }
        store::delete_invitation(&mut tx, &l.row.id, &person.id).await?;
        store::delete_join_request_of(&mut tx, &l.row.id, &person.id).await?;
        let detail = format!("{} {}", person.email, role.as_str());
        self.audit_space(&mut tx, viewer, "space.add_member", &l.row.id, &detail)
            .await?;
        self.space_event(
            &mut tx,
            viewer,
            "space.member_added",
            &l.row.id,
            &person.id,
            Some(role.as_str()),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes a member (owners and administrators). Owners are not removed this way:
    /// they step down or hand over first.
    pub async fn remove_space_member(
        &self,
        viewer: &Viewer,
        id: &str,
        user_id: &str,
    ) -> Result<()> {
        let l = self.load_space(viewer, id, false).await?;
        if viewer.account.as_ref().is_some_and(|a| a.id == user_id) {
            return self.leave_space(viewer, id).await;
        }
        Self::require_space(viewer, &l, SpaceAction::ManageMembers)?;
        let mut tx = self.db().begin().await?;
        Self::lock_owners(&mut tx, &l.row.id).await?;
        let role = store::role_of_tx(&mut tx, &l.row.id, user_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        if role == "owner" && !viewer.is_admin() {
            return Err(DomainError::Conflict {
                key: "error-remove-owner",
            });
        }
        if role == "owner" && store::owner_count_tx(&mut tx, &l.row.id).await? <= 1 {
            return Err(DomainError::Conflict {
                key: "error-last-owner",
            });
        }
        store::remove_member(&mut tx, &l.row.id, user_id).await?;
        let who = users::get_tx(&mut tx, user_id)
            .await?
            .map(|u| u.email)
            .unwrap_or_default();
        self.audit_space(&mut tx, viewer, "space.remove_member", &l.row.id, &who)
            .await?;
        self.space_event(
            &mut tx,
            viewer,
            "space.member_removed",
            &l.row.id,
            user_id,
            None,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Changes a member's role (owners and administrators). The last owner cannot be
    /// demoted; hand over by making someone else owner first.
    pub async fn set_space_role(
        &self,
        viewer: &Viewer,
        id: &str,
        user_id: &str,
        role: &str,
    ) -> Result<()> {
        let l = self.load_space(viewer, id, false).await?;
        Self::require_space(viewer, &l, SpaceAction::ManageMembers)?;
        let role = SpaceRole::parse(role)
            .ok_or_else(|| DomainError::invalid("role", "error-choice-invalid"))?;
        let me = viewer
            .account
            .as_ref()
            .map(|a| a.id.clone())
            .unwrap_or_default();
        let mut tx = self.db().begin().await?;
        Self::lock_owners(&mut tx, &l.row.id).await?;
        let current = store::role_of_tx(&mut tx, &l.row.id, user_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        if current == role.as_str() {
            return Ok(());
        }
        let person = users::get_tx(&mut tx, user_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        if person.role == "guest" && role != SpaceRole::Member {
            return Err(DomainError::invalid("role", "error-guest-role"));
        }
        // Owners step down themselves; only administrators demote another owner.
        if current == "owner" && user_id != me && !viewer.is_admin() {
            return Err(DomainError::Conflict {
                key: "error-remove-owner",
            });
        }
        if current == "owner" && store::owner_count_tx(&mut tx, &l.row.id).await? <= 1 {
            return Err(DomainError::Conflict {
                key: "error-last-owner",
            });
        }
        store::set_member_role(&mut tx, &l.row.id, user_id, role.as_str()).await?;
        let detail = format!("{} {current} → {}", person.email, role.as_str());
        self.audit_space(&mut tx, viewer, "space.role", &l.row.id, &detail)
            .await?;
        self.space_event(
            &mut tx,
            viewer,
            "space.role_changed",
            &l.row.id,
            user_id,
            Some(role.as_str()),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Hands ownership to another member: they become owner, I become moderator.
    pub async fn transfer_space(&self, viewer: &Viewer, id: &str, to_user: &str) -> Result<()> {
        let me = viewer.require()?.clone();
        let l = self.load_space(viewer, id, false).await?;
        if to_user == me.id {
            return Err(DomainError::invalid("form", "error-transfer-self"));
        }
        let mut tx = self.db().begin().await?;
        Self::lock_owners(&mut tx, &l.row.id).await?;
        if store::role_of_tx(&mut tx, &l.row.id, &me.id)
            .await?
            .as_deref()
            != Some("owner")
        {
            return Err(DomainError::Forbidden);
        }
        if store::role_of_tx(&mut tx, &l.row.id, to_user)
            .await?
            .is_none()
        {
            return Err(DomainError::NotFound);
        }
        let person = users::get_tx(&mut tx, to_user)
            .await?
            .ok_or(DomainError::NotFound)?;
        if !person.active {
            return Err(DomainError::invalid("form", "error-person-deactivated"));
        }
        if person.role == "guest" {
            return Err(DomainError::invalid("form", "error-guest-role"));
        }
        store::set_member_role(&mut tx, &l.row.id, to_user, SpaceRole::Owner.as_str()).await?;
        store::set_member_role(&mut tx, &l.row.id, &me.id, SpaceRole::Moderator.as_str()).await?;
        self.audit_space(&mut tx, viewer, "space.transfer", &l.row.id, &person.email)
            .await?;
        self.space_event(
            &mut tx,
            viewer,
            "space.role_changed",
            &l.row.id,
            to_user,
            Some(SpaceRole::Owner.as_str()),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The space's change history (owners and administrators).
    pub async fn space_audit(&self, viewer: &Viewer, id: &str) -> Result<Vec<SpaceAuditEntry>> {
        let l = self.load_space(viewer, id, false).await?;
        Self::require_space(viewer, &l, SpaceAction::ChangeSettings)?;
        let rows = audit::list_for_target(self.db(), &l.row.id, 100).await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let actor = match &r.actor_id {
                Some(a) => users::get(self.db(), a).await?.map(|u| u.display_name),
                None => None,
            };
            out.push(SpaceAuditEntry {
                at: r.at,
                actor,
                action: r.action,
                detail: r.detail,
            });
        }
        Ok(out)
    }
}

fn describe_changes(old: &SpaceRow, new: &SpaceUpdate) -> String {
    let mut parts = Vec::new();
    let mut diff = |field: &str, a: &str, b: &str| {
        if a != b {
            parts.push(format!("{field}: {a} → {b}"));
        }
    };
    diff("name", &old.name, &new.name);
    diff("slug", &old.slug, &new.slug);
    diff("visibility", &old.visibility, &new.visibility);
    diff("posting", &old.posting, &new.posting);
    diff("color", &old.color, &new.color);
    diff(
        "notifications",
        &old.default_notification,
        &new.default_notification,
    );
    if old.guests_allowed != new.guests_allowed {
        parts.push(format!(
            "guests: {} → {}",
            old.guests_allowed, new.guests_allowed
        ));
    }
    if old.description != new.description {
        parts.push("description".to_owned());
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_nordic_letters_and_punctuation() {
        assert_eq!(
            slugify("Työterveys & Hyvinvointi"),
            "tyoterveys-hyvinvointi"
        );
        assert_eq!(
            slugify("  Åsa's Öland-projekt 2027 "),
            "asa-s-oland-projekt-2027"
        );
        assert_eq!(slugify("Õpetajate tuba"), "opetajate-tuba");
        assert!(valid_slug("hr-team"));
        for bad in ["", "a", "Bad", "new", "-x", "x-", "a--b", "ä-b"] {
            assert!(!valid_slug(bad), "{bad}");
        }
    }
}

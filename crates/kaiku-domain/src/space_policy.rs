//! Who may see and do what in a space: pure functions over the viewer, the space's
//! facts and the viewer's membership. The permission-matrix test below (and the
//! integration tests) exercise every role × visibility × action.

use crate::viewer::{Role, Viewer, ViewerKind};

/// Who can see a space and its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpaceVisibility {
    /// Every organisation member sees it and its content, and may join.
    Public,
    /// Listed for organisation members; content for its members; join by request.
    Private,
    /// Invisible to non-members; invitation only.
    Secret,
}

impl SpaceVisibility {
    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            SpaceVisibility::Public => "public",
            SpaceVisibility::Private => "private",
            SpaceVisibility::Secret => "secret",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "public" => Some(SpaceVisibility::Public),
            "private" => Some(SpaceVisibility::Private),
            "secret" => Some(SpaceVisibility::Secret),
            _ => None,
        }
    }
}

/// A member's role in a space, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SpaceRole {
    /// Takes part.
    Member,
    /// Approves join requests and moderates content.
    Moderator,
    /// Changes settings and roles; can transfer ownership.
    Owner,
}

impl SpaceRole {
    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            SpaceRole::Member => "member",
            SpaceRole::Moderator => "moderator",
            SpaceRole::Owner => "owner",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "member" => Some(SpaceRole::Member),
            "moderator" => Some(SpaceRole::Moderator),
            "owner" => Some(SpaceRole::Owner),
            _ => None,
        }
    }
}

/// What the policy needs to know about a space.
#[derive(Debug, Clone, Copy)]
pub struct SpaceFacts {
    pub visibility: SpaceVisibility,
    pub archived: bool,
    /// Only moderators and owners post (announcement spaces).
    pub moderators_post: bool,
    /// Guests may be added ("internal only" when false).
    pub guests_allowed: bool,
    /// The viewer's role in the space, if a member.
    pub role: Option<SpaceRole>,
}

/// Everything one may try in or with a space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpaceAction {
    /// See it listed in the directory.
    SeeInDirectory,
    /// Open its page (name, description, member count).
    Open,
    /// Read its content and member list.
    ReadContent,
    /// Write a post.
    Post,
    /// Comment on posts.
    Comment,
    /// Write and change wiki pages (and restore their earlier versions).
    EditWiki,
    /// Remove or pin others' content.
    Moderate,
    /// Approve or reject requests to join.
    ApproveJoins,
    /// Invite people into the space.
    Invite,
    /// Remove members and change their roles.
    ManageMembers,
    /// Change name, description, visibility and rules.
    ChangeSettings,
    /// Archive or unarchive.
    Archive,
    /// Delete with everything in it.
    Delete,
    /// Join directly.
    Join,
    /// Ask to join.
    RequestToJoin,
    /// Leave.
    Leave,
}

impl SpaceAction {
    /// Every action, for matrices and documentation.
    pub const ALL: [SpaceAction; 16] = [
        SpaceAction::SeeInDirectory,
        SpaceAction::Open,
        SpaceAction::ReadContent,
        SpaceAction::Post,
        SpaceAction::Comment,
        SpaceAction::EditWiki,
        SpaceAction::Moderate,
        SpaceAction::ApproveJoins,
        SpaceAction::Invite,
        SpaceAction::ManageMembers,
        SpaceAction::ChangeSettings,
        SpaceAction::Archive,
        SpaceAction::Delete,
        SpaceAction::Join,
        SpaceAction::RequestToJoin,
        SpaceAction::Leave,
    ];
}

/// Decides one action. Outsiders of a secret space cannot even open it: services
/// answer `NotFound` for anything that fails [`SpaceAction::Open`].
pub fn space_allows(viewer: &Viewer, s: &SpaceFacts, action: SpaceAction) -> bool {
    if viewer.kind == ViewerKind::System {
        return true;
    }
    let Some(acc) = viewer.account.as_ref().filter(|a| a.active) else {
        return false;
    };
    let admin = acc.role == Role::Admin;
    let guest = acc.role == Role::Guest;
    let role = s.role;
    let member = role.is_some();
    let at_least = |r: SpaceRole| role.is_some_and(|mine| mine >= r);
    let listed = !guest
        && matches!(
            s.visibility,
            SpaceVisibility::Public | SpaceVisibility::Private
        );
    let open = admin || member || listed;
    let writable = !s.archived;
    match action {
        SpaceAction::SeeInDirectory | SpaceAction::Open => open,
        SpaceAction::ReadContent => {
            admin || member || (!guest && s.visibility == SpaceVisibility::Public)
        }
        // The wiki is written by those who may post: in an announcement space,
        // its moderators only.
        SpaceAction::Post | SpaceAction::EditWiki => {
            writable && member && (!s.moderators_post || at_least(SpaceRole::Moderator))
        }
        SpaceAction::Comment => writable && member,
        SpaceAction::Moderate => open && (admin || at_least(SpaceRole::Moderator)),
        SpaceAction::ApproveJoins | SpaceAction::Invite => {
            writable && (admin || at_least(SpaceRole::Moderator))
        }
        SpaceAction::ManageMembers => writable && (admin || at_least(SpaceRole::Owner)),
        SpaceAction::ChangeSettings | SpaceAction::Archive | SpaceAction::Delete => {
            admin || at_least(SpaceRole::Owner)
        }
        SpaceAction::Join => {
            writable && !member && !guest && s.visibility == SpaceVisibility::Public
        }
        SpaceAction::RequestToJoin => {
            writable && !member && !guest && s.visibility == SpaceVisibility::Private
        }
        SpaceAction::Leave => member,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::viewer::Account;

    fn person(role: Role, active: bool) -> Viewer {
        Viewer {
            kind: ViewerKind::Session("s".into()),
            account: Some(Account {
                id: "p".into(),
                email: "p@example.org".into(),
                display_name: "P".into(),
                title: None,
                role,
                active,
                locale: None,
                created_at: 0,
                deactivated_at: None,
                time_zone: None,
            }),
        }
    }

    /// The personas of the matrix, with their space role.
    fn personas() -> Vec<(&'static str, Viewer, Option<SpaceRole>)> {
        vec![
            ("admin", person(Role::Admin, true), None),
            ("owner", person(Role::Member, true), Some(SpaceRole::Owner)),
            (
                "moderator",
                person(Role::Member, true),
                Some(SpaceRole::Moderator),
            ),
            (
                "member",
                person(Role::Member, true),
                Some(SpaceRole::Member),
            ),
            ("outsider", person(Role::Member, true), None),
            (
                "guest-in",
                person(Role::Guest, true),
                Some(SpaceRole::Member),
            ),
            ("guest-out", person(Role::Guest, true), None),
            (
                "deactivated",
                person(Role::Member, false),
                Some(SpaceRole::Owner),
            ),
            ("anonymous", Viewer::anonymous(), None),
        ]
    }

    /// Columns: directory, open, read, post, comment, edit the wiki, moderate, approve joins,
    /// invite, manage members, settings, archive, delete, join, request, leave.
    /// `Y` allowed, `.` refused.
    const MATRIX: &str = "
        visibility  persona      dir  open read post comm wiki mod  appr inv  mgmt set  arch del  join req  leave
        public      admin        Y    Y    Y    .    .    .    Y    Y    Y    Y    Y    Y    Y    Y    .    .
        public      owner        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    .    .    Y
        public      moderator    Y    Y    Y    Y    Y    Y    Y    Y    Y    .    .    .    .    .    .    Y
        public      member       Y    Y    Y    Y    Y    Y    .    .    .    .    .    .    .    .    .    Y
        public      outsider     Y    Y    Y    .    .    .    .    .    .    .    .    .    .    Y    .    .
        public      guest-in     Y    Y    Y    Y    Y    Y    .    .    .    .    .    .    .    .    .    Y
        public      guest-out    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .
        public      deactivated  .    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .
        public      anonymous    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .
        private     admin        Y    Y    Y    .    .    .    Y    Y    Y    Y    Y    Y    Y    .    Y    .
        private     owner        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    .    .    Y
        private     moderator    Y    Y    Y    Y    Y    Y    Y    Y    Y    .    .    .    .    .    .    Y
        private     member       Y    Y    Y    Y    Y    Y    .    .    .    .    .    .    .    .    .    Y
        private     outsider     Y    Y    .    .    .    .    .    .    .    .    .    .    .    .    Y    .
        private     guest-in     Y    Y    Y    Y    Y    Y    .    .    .    .    .    .    .    .    .    Y
        private     guest-out    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .
        private     deactivated  .    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .
        private     anonymous    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .
        secret      admin        Y    Y    Y    .    .    .    Y    Y    Y    Y    Y    Y    Y    .    .    .
        secret      owner        Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    Y    .    .    Y
        secret      moderator    Y    Y    Y    Y    Y    Y    Y    Y    Y    .    .    .    .    .    .    Y
        secret      member       Y    Y    Y    Y    Y    Y    .    .    .    .    .    .    .    .    .    Y
        secret      outsider     .    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .
        secret      guest-in     Y    Y    Y    Y    Y    Y    .    .    .    .    .    .    .    .    .    Y
        secret      guest-out    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .
        secret      deactivated  .    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .
        secret      anonymous    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .
        archived    admin        Y    Y    Y    .    .    .    Y    .    .    .    Y    Y    Y    .    .    .
        archived    owner        Y    Y    Y    .    .    .    Y    .    .    .    Y    Y    Y    .    .    Y
        archived    moderator    Y    Y    Y    .    .    .    Y    .    .    .    .    .    .    .    .    Y
        archived    member       Y    Y    Y    .    .    .    .    .    .    .    .    .    .    .    .    Y
        archived    outsider     Y    Y    Y    .    .    .    .    .    .    .    .    .    .    .    .    .
        archived    guest-in     Y    Y    Y    .    .    .    .    .    .    .    .    .    .    .    .    Y
        archived    guest-out    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .
        archived    deactivated  .    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .
        archived    anonymous    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .
    ";

    #[test]
    fn space_permission_matrix() {
        let personas = personas();
        let mut checked = 0;
        for line in MATRIX
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .skip(1)
        {
            let cols: Vec<&str> = line.split_whitespace().collect();
            let (Some(vis), Some(who)) = (cols.first(), cols.get(1)) else {
                continue;
            };
            let (visibility, archived) = match *vis {
                "archived" => (SpaceVisibility::Public, true),
                v => (
                    SpaceVisibility::parse(v).unwrap_or(SpaceVisibility::Secret),
                    false,
                ),
            };
            let Some((_, viewer, role)) = personas.iter().find(|p| p.0 == *who) else {
                panic!("unknown persona {who}");
            };
            let facts = SpaceFacts {
                visibility,
                archived,
                moderators_post: false,
                guests_allowed: true,
                role: *role,
            };
            for (i, action) in SpaceAction::ALL.iter().enumerate() {
                let want = cols.get(i + 2) == Some(&"Y");
                assert_eq!(
                    space_allows(viewer, &facts, *action),
                    want,
                    "{vis} × {who} × {action:?}"
                );
                checked += 1;
            }
        }
        assert_eq!(checked, 4 * 9 * SpaceAction::ALL.len());
    }

    #[test]
    fn announcement_spaces_let_only_moderators_post() {
        let member = person(Role::Member, true);
        let mut facts = SpaceFacts {
            visibility: SpaceVisibility::Public,
            archived: false,
            moderators_post: true,
            guests_allowed: false,
            role: Some(SpaceRole::Member),
        };
        assert!(!space_allows(&member, &facts, SpaceAction::Post));
        assert!(!space_allows(&member, &facts, SpaceAction::EditWiki));
        assert!(space_allows(&member, &facts, SpaceAction::Comment));
        facts.role = Some(SpaceRole::Moderator);
        assert!(space_allows(&member, &facts, SpaceAction::Post));
        assert!(space_allows(&member, &facts, SpaceAction::EditWiki));
    }
}

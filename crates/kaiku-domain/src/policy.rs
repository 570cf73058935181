//! Who may see and do what. Pure functions over the viewer and the resource; every
//! service asks here, and the permission matrix test exercises every combination.

use crate::viewer::{Account, Role, Viewer, ViewerKind};
use crate::{DomainError, Result};

/// Something a viewer may try to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Manage accounts, invitations, registrations and organisation settings.
    Administer,
    /// Read the organisation-wide or another person's login log.
    ReadLoginLog,
    /// List people in the directory.
    ListPeople,
    /// Create a space (subject to the organisation's setting, see [`may_create_space`]).
    CreateSpace,
}

/// Decides an organisation-level action.
pub fn allowed(viewer: &Viewer, action: Action) -> bool {
    if viewer.kind == ViewerKind::System {
        return true;
    }
    let Some(acc) = active(viewer) else {
        return false;
    };
    match action {
        Action::Administer | Action::ReadLoginLog => acc.role == Role::Admin,
        Action::ListPeople => true,
        Action::CreateSpace => acc.role != Role::Guest,
    }
}

/// Whether the viewer may create spaces, given who the organisation lets create them.
pub fn may_create_space(viewer: &Viewer, admins_only: bool) -> bool {
    allowed(viewer, Action::CreateSpace) && (!admins_only || allowed(viewer, Action::Administer))
}

/// Like [`allowed`], but as an error: `Unauthenticated` for nobody, `Forbidden` otherwise.
pub fn require(viewer: &Viewer, action: Action) -> Result<()> {
    if allowed(viewer, action) {
        return Ok(());
    }
    if viewer.account.is_none() && viewer.kind != ViewerKind::System {
        return Err(DomainError::Unauthenticated);
    }
    Err(DomainError::Forbidden)
}

/// Whether the viewer may see another person's profile without further facts.
///
/// Guests see themselves here; the people they share a space with are checked
/// against the memberships by the caller (see [`people_scope`]). Everyone else in
/// the organisation sees everyone.
pub fn may_see_person(viewer: &Viewer, person: &Account) -> bool {
    if viewer.kind == ViewerKind::System {
        return true;
    }
    let Some(acc) = active(viewer) else {
        return false;
    };
    match acc.role {
        Role::Admin | Role::Member => true,
        Role::Guest => acc.id == person.id,
    }
}

/// For a guest viewer, their id: listings show only them and the people who share
/// a space with them. `None` for everyone else.
pub fn people_scope(viewer: &Viewer) -> Option<String> {
    match active(viewer) {
        Some(acc) if acc.role == Role::Guest => Some(acc.id.clone()),
        _ => None,
    }
}

/// Whether the viewer may read this person's login log.
pub fn may_read_login_log_of(viewer: &Viewer, person_id: &str) -> bool {
    allowed(viewer, Action::ReadLoginLog) || active(viewer).is_some_and(|acc| acc.id == person_id)
}

fn active(viewer: &Viewer) -> Option<&Account> {
    viewer.account.as_ref().filter(|a| a.active)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: &str, role: Role, active: bool) -> Viewer {
        Viewer {
            kind: ViewerKind::Session(format!("s-{id}")),
            account: Some(Account {
                id: id.into(),
                email: format!("{id}@example.org"),
                display_name: id.into(),
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

    #[test]
    fn permission_matrix_for_organisation_actions() {
        let cases = [
            ("admin", person("a", Role::Admin, true), [true, true, true]),
            (
                "member",
                person("m", Role::Member, true),
                [false, false, true],
            ),
            (
                "guest",
                person("g", Role::Guest, true),
                [false, false, true],
            ),
            (
                "deactivated admin",
                person("d", Role::Admin, false),
                [false, false, false],
            ),
            ("anonymous", Viewer::anonymous(), [false, false, false]),
            ("system", Viewer::system(), [true, true, true]),
        ];
        let actions = [Action::Administer, Action::ReadLoginLog, Action::ListPeople];
        for (name, viewer, expected) in cases {
            for (action, want) in actions.iter().zip(expected) {
                assert_eq!(allowed(&viewer, *action), want, "{name} × {action:?}");
            }
        }
    }

    #[test]
    fn guests_see_only_themselves_until_they_share_a_space() {
        let guest = person("g", Role::Guest, true);
        let member = person("m", Role::Member, true);
        let g = guest.account.clone().unwrap_or_else(|| unreachable!());
        let m = member.account.clone().unwrap_or_else(|| unreachable!());
        assert!(may_see_person(&guest, &g));
        assert!(!may_see_person(&guest, &m));
        assert!(may_see_person(&member, &g));
        assert!(!may_see_person(&Viewer::anonymous(), &m));
        assert!(!may_see_person(&person("x", Role::Member, false), &m));
    }

    #[test]
    fn login_log_is_for_admins_and_the_person_only() {
        let member = person("m", Role::Member, true);
        assert!(may_read_login_log_of(&member, "m"));
        assert!(!may_read_login_log_of(&member, "other"));
        assert!(may_read_login_log_of(
            &person("a", Role::Admin, true),
            "other"
        ));
    }

    #[test]
    fn require_distinguishes_nobody_from_not_allowed() {
        assert!(matches!(
            require(&Viewer::anonymous(), Action::Administer),
            Err(DomainError::Unauthenticated)
        ));
        assert!(matches!(
            require(&person("m", Role::Member, true), Action::Administer),
            Err(DomainError::Forbidden)
        ));
    }
}

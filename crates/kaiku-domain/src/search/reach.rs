//! What a viewer may find, worked out from the database at query time: the
//! principals that filter the index, and the policy check each hit passes again
//! before it is shown. The two are independent on purpose: a document indexed
//! with stale principals is still dropped by the policy.

use std::collections::HashSet;

use kaiku_search::Filters;
use kaiku_store::search_source as source;
use kaiku_store::spaces;

use crate::space_policy::{SpaceAction, SpaceRole};
use crate::stream::Place;
use crate::viewer::Role;
use crate::{Result, Services, Viewer, policy};

/// The viewer's standing, loaded once per search.
pub(crate) struct Reach {
    pub viewer: Viewer,
    admin: bool,
    guest: bool,
    /// Spaces they belong to.
    member_of: HashSet<String>,
    /// For members: public spaces, whose content they read without joining.
    public: HashSet<String>,
    /// For guests: the people they share a space with (themselves included).
    co_members: HashSet<String>,
}

impl Reach {
    pub(crate) async fn of(services: &Services, viewer: &Viewer) -> Result<Reach> {
        let acc = viewer.require()?;
        let db = services.db();
        let admin = acc.role == Role::Admin;
        let guest = acc.role == Role::Guest;
        let member_of = spaces::space_ids_of(db, &acc.id)
            .await?
            .into_iter()
            .collect();
        let mut reach = Reach {
            viewer: viewer.clone(),
            admin,
            guest,
            member_of,
            public: HashSet::new(),
            co_members: HashSet::new(),
        };
        if guest {
            reach.co_members = source::co_member_ids(db, &acc.id)
                .await?
                .into_iter()
                .collect();
            reach.co_members.insert(acc.id.clone());
        } else if !admin {
            reach.public = source::public_space_ids(db).await?.into_iter().collect();
        }
        Ok(reach)
    }

    /// The index filter that lets the viewer's documents through: for
    /// administrators none; for members the principals they share with every
    /// member (public spaces, the organisation-wide groups) apart from their
    /// own spaces, so the shared part is worked out once for all of them.
    pub(crate) fn filters(&self) -> Filters {
        if self.admin {
            return Filters::default();
        }
        let space = |s: &String| format!("s:{s}");
        let mut own: Vec<String> = self.member_of.iter().map(space).collect();
        let mut shared = Vec::new();
        if self.guest {
            own.extend(self.co_members.iter().map(|u| format!("u:{u}")));
        } else {
            shared.extend(self.public.iter().map(space));
            shared.extend(["listed", "people", "profiles"].map(String::from));
        }
        Filters {
            principals: Some(own),
            shared_principals: shared,
            ..Filters::default()
        }
    }

    /// The stream's own decision for content in this place (`None`: profile
    /// posts), with the viewer's membership as loaded.
    fn allows(&self, space: Option<(&str, &str)>, action: SpaceAction) -> bool {
        let Some(acc) = self.viewer.account.as_ref() else {
            return false;
        };
        let place = Place {
            space: space.map(|(id, visibility)| {
                let role = self.member_of.contains(id).then_some(SpaceRole::Member);
                crate::spaces::facts_of(visibility, None, "all", true, role)
            }),
        };
        Services::may(&self.viewer, acc, &place, action)
    }

    /// Whether the viewer may read content of this space, or of profiles (`None`).
    pub(crate) fn may_read(&self, space: Option<(&str, &str)>) -> bool {
        self.allows(space, SpaceAction::ReadContent)
    }

    /// Whether the viewer may see this space at all.
    pub(crate) fn may_open_space(&self, id: &str, visibility: &str) -> bool {
        self.allows(Some((id, visibility)), SpaceAction::Open)
    }

    /// Whether the viewer may see this person.
    pub(crate) fn may_see_person(&self, person_id: &str) -> bool {
        let Some(acc) = self.viewer.account.as_ref() else {
            return false;
        };
        let mut person = acc.clone();
        person.id = person_id.to_owned();
        policy::may_see_person(&self.viewer, &person)
            || (self.guest && self.co_members.contains(person_id))
    }

    /// Whether the viewer may narrow a search to this space.
    pub(crate) fn may_filter_by_space(&self, id: &str) -> bool {
        self.admin || self.member_of.contains(id) || self.public.contains(id)
    }
}

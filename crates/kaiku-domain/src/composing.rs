//! Help while writing a post or comment: a preview rendered exactly as it will
//! be stored, and @mention suggestions limited to the post's audience.

use kaiku_store::posts as store;

use crate::admin_users::PeopleQuery;
use crate::space_policy::SpaceAction;
use crate::stream::{POST_MAX, active, body_text};
use crate::{DomainError, Result, Services, Viewer};

/// A rendered draft.
#[derive(Debug, Clone)]
pub struct Preview {
    /// Sanitised HTML, as the post would show it.
    pub html: String,
    /// Names of mentioned people who could not read it (they would get nothing).
    pub unreachable_mentions: Vec<String>,
}

/// A person one may mention in a place.
#[derive(Debug, Clone)]
pub struct MentionSuggestion {
    pub id: String,
    pub display_name: String,
    /// What to write after `@`: the address's local part, or the whole address
    /// when the local part is shared.
    pub handle: String,
}

/// How many suggestions are offered at most.
pub const SUGGESTIONS_MAX: usize = 8;

impl Services {
    /// Checks that the viewer may read the place a draft is meant for; a space
    /// they cannot see is `NotFound`, so the answer never reveals it.
    /// Profile drafts need the right to post on a profile (guests have none).
    async fn draft_place(&self, viewer: &Viewer, space_id: Option<&str>) -> Result<()> {
        let acc = active(viewer)?.clone();
        match space_id {
            Some(id) => {
                let space = self.space(viewer, id).await?;
                if !space.can.read {
                    return Err(DomainError::NotFound);
                }
            }
            None => {
                let place = self.place(viewer, None).await?;
                if !Self::may(viewer, &acc, &place, SpaceAction::Post) {
                    return Err(DomainError::Forbidden);
                }
            }
        }
        Ok(())
    }

    /// Renders a draft for a space (or the author's profile) without saving it.
    pub async fn preview(
        &self,
        viewer: &Viewer,
        space_id: Option<&str>,
        body: &str,
    ) -> Result<Preview> {
        self.draft_place(viewer, space_id).await?;
        let body = body_text("body", body, POST_MAX)?;
        let (html, _, _) = self.render_post(viewer, &body, space_id).await?;
        let unreachable_mentions = self.unreachable_mentions(viewer, &body, space_id).await?;
        Ok(Preview {
            html,
            unreachable_mentions,
        })
    }

    /// People the viewer may see whose name or address contains `prefix` and
    /// who can read what is written in the place: mentioning anyone else would
    /// reach nobody, so they are not offered.
    pub async fn mention_suggestions(
        &self,
        viewer: &Viewer,
        space_id: Option<&str>,
        prefix: &str,
    ) -> Result<Vec<MentionSuggestion>> {
        self.draft_place(viewer, space_id).await?;
        let prefix = prefix.trim().trim_start_matches('@').to_lowercase();
        if prefix.is_empty() {
            return Ok(Vec::new());
        }
        if prefix.chars().count() > 100 {
            return Err(DomainError::invalid("q", "error-too-long"));
        }
        let query = PeopleQuery {
            q: Some(prefix),
            role: None,
            active: Some(true),
            cursor: None,
            limit: 40,
        };
        let people = self.list_people(viewer, query).await?;
        let mut out = Vec::new();
        for person in people.items {
            if !person.active || !self.may_read_as(&person.id, space_id).await? {
                continue;
            }
            let local = person
                .email
                .split('@')
                .next()
                .unwrap_or_default()
                .to_lowercase();
            let unique = store::mention_candidates(self.db(), &local).await?.len() == 1;
            out.push(MentionSuggestion {
                handle: if unique {
                    local
                } else {
                    person.email.to_lowercase()
                },
                id: person.id,
                display_name: person.display_name,
            });
            if out.len() == SUGGESTIONS_MAX {
                break;
            }
        }
        Ok(out)
    }
}

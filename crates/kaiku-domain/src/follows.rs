//! Following people, spaces and topics: what reaches one's home stream.
//! Members follow their spaces by default and may mute one; anyone may follow a
//! space they can read, a person they can see, or a topic.

use kaiku_store::follows as store;

use crate::stream::active;
use crate::{DomainError, Result, Services, Viewer, markdown};

/// What can be followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowKind {
    Person,
    Space,
    Topic,
}

impl FollowKind {
    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            FollowKind::Person => "person",
            FollowKind::Space => "space",
            FollowKind::Topic => "topic",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "person" => Some(FollowKind::Person),
            "space" => Some(FollowKind::Space),
            "topic" => Some(FollowKind::Topic),
            _ => None,
        }
    }
}

/// One thing I follow.
#[derive(Debug, Clone)]
pub struct Followed {
    pub kind: FollowKind,
    /// Person or space id, or the topic.
    pub target: String,
    pub label: String,
    pub href: String,
}

impl Services {
    /// Starts or stops following. Following what one cannot see is `NotFound`.
    pub async fn follow(
        &self,
        viewer: &Viewer,
        kind: FollowKind,
        target: &str,
        on: bool,
    ) -> Result<()> {
        let me = active(viewer)?.clone();
        let (row_kind, row_target, row_on) = match kind {
            FollowKind::Person => {
                let person = self.person(viewer, target).await?;
                if person.id == me.id {
                    return Err(DomainError::invalid("target", "error-follow-self"));
                }
                ("person", person.id, on)
            }
            FollowKind::Space => {
                let space = self.space(viewer, target).await?;
                if !space.can.read {
                    return Err(DomainError::Forbidden);
                }
                if space.my_role.is_some() {
                    // Members follow by default: unfollowing mutes the space.
                    ("space-muted", space.id, !on)
                } else {
                    ("space", space.id, on)
                }
            }
            FollowKind::Topic => {
                let t = target.trim().trim_start_matches('#').to_lowercase();
                if t.is_empty() || t.chars().count() > markdown::TOPIC_MAX {
                    return Err(DomainError::invalid("target", "error-choice-invalid"));
                }
                ("topic", t, on)
            }
        };
        let mut tx = self.db().begin().await?;
        store::set(&mut tx, &me.id, row_kind, &row_target, row_on, self.now()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether I follow a person, space (members: unless muted) or topic.
    pub async fn follows(&self, viewer: &Viewer, kind: FollowKind, target: &str) -> Result<bool> {
        let me = active(viewer)?.clone();
        Ok(match kind {
            FollowKind::Space => {
                let member = kaiku_store::spaces::role_of(self.db(), target, &me.id)
                    .await?
                    .is_some();
                if member {
                    !store::exists(self.db(), &me.id, "space-muted", target).await?
                } else {
                    store::exists(self.db(), &me.id, "space", target).await?
                }
            }
            FollowKind::Person => store::exists(self.db(), &me.id, "person", target).await?,
            FollowKind::Topic => {
                let t = target.trim().trim_start_matches('#').to_lowercase();
                store::exists(self.db(), &me.id, "topic", &t).await?
            }
        })
    }

    /// What I follow explicitly (people, spaces beyond my own, topics), newest
    /// first; things I can no longer see are left out.
    pub async fn following(&self, viewer: &Viewer) -> Result<Vec<Followed>> {
        let me = active(viewer)?.clone();
        let mut out = Vec::new();
        for (kind, target) in store::of(self.db(), &me.id).await? {
            match kind.as_str() {
                "person" => {
                    if let Ok(p) = self.person(viewer, &target).await {
                        out.push(Followed {
                            kind: FollowKind::Person,
                            href: format!("/u/{}", p.id),
                            label: p.display_name,
                            target,
                        });
                    }
                }
                "space" => {
                    if let Ok(s) = self.space(viewer, &target).await
                        && s.can.read
                    {
                        out.push(Followed {
                            kind: FollowKind::Space,
                            href: format!("/s/{}", s.slug),
                            label: s.name,
                            target,
                        });
                    }
                }
                "topic" => out.push(Followed {
                    kind: FollowKind::Topic,
                    href: format!("/t/{target}"),
                    label: format!("#{target}"),
                    target,
                }),
                _ => {}
            }
        }
        Ok(out)
    }
}

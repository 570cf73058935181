//! Notifications: what each person is told about activity that concerns them, in
//! the app (a live badge and a list), by e-mail at once, or in a daily or weekly
//! digest, as they prefer. They are produced from the outbox by
//! [`NotificationWorker`]; whatever they point at is checked against the reader's
//! current rights whenever they are listed, counted or mailed.

mod describe;
mod digest;
mod mailing;
mod prefs;
mod produce;

use std::collections::HashMap;

use kaiku_store::notifications as store;
use kaiku_store::posts::Audience;

use crate::stream::active;
use crate::viewer::{Account, Role};
use crate::{DomainError, Result, Services, Viewer};

pub use mailing::{Unsubscribe, UnsubscribeLink};
pub use prefs::{DIGEST_WEEKDAYS, KindPreference, NotificationSettings, NotificationSettingsInput};
pub use produce::NotificationWorker;

/// What a notification is about. The names are stable (storage, API, preferences).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Someone mentioned me in a post or comment.
    Mention,
    /// Comments on my post, or in a conversation I take part in.
    Comment,
    /// Reactions to my post.
    Reaction,
    /// New posts in a space I hear everything from.
    SpacePost,
    /// An invitation to a space, or being added to one.
    Invitation,
    /// Someone asked to join a space I moderate.
    JoinRequest,
    /// My request to join was approved or declined.
    RequestDecided,
    /// My role in a space changed.
    RoleChanged,
    /// An announcement to the whole organisation.
    Announcement,
}

impl Kind {
    /// Every kind, in the order the preferences list them.
    pub const ALL: [Kind; 9] = [
        Kind::Mention,
        Kind::Comment,
        Kind::Reaction,
        Kind::SpacePost,
        Kind::Announcement,
        Kind::Invitation,
        Kind::JoinRequest,
        Kind::RequestDecided,
        Kind::RoleChanged,
    ];

    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Mention => "mention",
            Kind::Comment => "comment",
            Kind::Reaction => "reaction",
            Kind::SpacePost => "space_post",
            Kind::Invitation => "invitation",
            Kind::JoinRequest => "join_request",
            Kind::RequestDecided => "request_decided",
            Kind::RoleChanged => "role_changed",
            Kind::Announcement => "announcement",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// How people hear of it until they choose: what is addressed to them
    /// personally by e-mail at once, everything else in the daily digest.
    pub fn default_delivery(self) -> Delivery {
        match self {
            Kind::Mention | Kind::Invitation | Kind::JoinRequest | Kind::RequestDecided => {
                Delivery::Email
            }
            _ => Delivery::Daily,
        }
    }

    /// Bursts of these are gathered for a moment before an e-mail goes out, so
    /// that ten quick comments make one message.
    pub(crate) fn gather_ms(self) -> i64 {
        match self {
            Kind::Comment | Kind::Reaction | Kind::SpacePost | Kind::RoleChanged => 120_000,
            _ => 0,
        }
    }
}

/// How a person hears of one kind of notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// In the app only.
    App,
    /// In the app, and by e-mail at once.
    Email,
    /// In the app, and in the daily digest.
    Daily,
    /// In the app, and in the weekly digest.
    Weekly,
    /// Not at all.
    Off,
}

impl Delivery {
    /// Every choice, in the order forms show them.
    pub const ALL: [Delivery; 5] = [
        Delivery::App,
        Delivery::Email,
        Delivery::Daily,
        Delivery::Weekly,
        Delivery::Off,
    ];

    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::App => "app",
            Delivery::Email => "email",
            Delivery::Daily => "daily",
            Delivery::Weekly => "weekly",
            Delivery::Off => "off",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Delivery> {
        Delivery::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// How much a person hears from one space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpaceLevel {
    /// Every new post, and the conversations I take part in.
    All,
    /// Mentions of me and the conversations I take part in.
    Mentions,
    /// Only mentions of me.
    Muted,
}

impl SpaceLevel {
    /// Every level.
    pub const ALL: [SpaceLevel; 3] = [SpaceLevel::All, SpaceLevel::Mentions, SpaceLevel::Muted];

    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            SpaceLevel::All => "all",
            SpaceLevel::Mentions => "mentions",
            SpaceLevel::Muted => "muted",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<SpaceLevel> {
        SpaceLevel::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// Whether a notification of `kind` from a space at this level gets through.
    pub(crate) fn lets_through(self, kind: Kind) -> bool {
        match self {
            SpaceLevel::All => true,
            SpaceLevel::Mentions => kind != Kind::SpacePost,
            SpaceLevel::Muted => kind == Kind::Mention,
        }
    }
}

/// Someone who caused a notification.
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: String,
    pub display_name: String,
}

/// A notification as its reader sees it.
#[derive(Debug, Clone)]
pub struct Notification {
    pub id: String,
    pub kind: Kind,
    pub read: bool,
    pub created_at: i64,
    /// When the latest activity folded into it happened.
    pub updated_at: i64,
    /// The most recent actors (up to three).
    pub actors: Vec<Actor>,
    /// How many different people took part.
    pub actor_count: i64,
    /// How many events it stands for.
    pub event_count: i64,
    pub space_id: Option<String>,
    pub space_name: Option<String>,
    pub post_id: Option<String>,
    pub comment_id: Option<String>,
    /// The beginning of the text it is about, as plain text.
    pub excerpt: Option<String>,
    /// A stable qualifier: `own` (my post), `added`, `approved`, `rejected`, a role.
    pub detail: String,
    /// Where it leads: the exact item (the comment, not just the post).
    pub url: String,
}

/// One page of notifications.
#[derive(Debug, Clone)]
pub struct NotificationPage {
    pub items: Vec<Notification>,
    pub next_cursor: Option<String>,
}

/// Unread counts above this show as "99+".
pub const UNREAD_CAP: i64 = 100;

pub(crate) fn audience_of(acc: &Account) -> Audience {
    Audience {
        user_id: acc.id.clone(),
        profiles: acc.role != Role::Guest,
        all_spaces: acc.role == Role::Admin,
    }
}

impl Notification {
    fn from_row(r: store::NotificationRow, actors: Vec<Actor>) -> Option<Self> {
        let kind = Kind::parse(&r.kind)?;
        let url = describe::url_of(kind, &r);
        Some(Notification {
            id: r.id,
            kind,
            read: r.read_at.is_some(),
            created_at: r.created_at,
            updated_at: r.updated_at,
            actors,
            actor_count: r.actor_count,
            event_count: r.event_count,
            space_id: r.space_id,
            space_name: r.space_name,
            post_id: r.post_id,
            comment_id: r.comment_id,
            excerpt: r.excerpt.as_deref().map(describe::plain_excerpt),
            detail: r.detail,
            url,
        })
    }
}

impl Services {
    async fn with_actors(&self, rows: Vec<store::NotificationRow>) -> Result<Vec<Notification>> {
        let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
        let mut actors: HashMap<String, Vec<Actor>> = HashMap::new();
        for a in store::actors_among(self.db(), &ids).await? {
            let list = actors.entry(a.notification_id).or_default();
            if list.len() < 3 {
                list.push(Actor {
                    id: a.actor_id,
                    display_name: a.display_name,
                });
            }
        }
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                let a = actors.remove(&r.id).unwrap_or_default();
                Notification::from_row(r, a)
            })
            .collect())
    }

    /// The viewer's notifications, newest activity first.
    pub async fn notifications(
        &self,
        viewer: &Viewer,
        unread_only: bool,
        cursor: Option<&str>,
        limit: usize,
    ) -> Result<NotificationPage> {
        let acc = active(viewer)?;
        let before = crate::cursor::before(cursor)?;
        let limit = limit.clamp(1, 100);
        let mut rows = store::list(
            self.db(),
            &audience_of(acc),
            unread_only,
            before,
            i64::try_from(limit + 1).unwrap_or(101),
        )
        .await?;
        let next_cursor = if rows.len() > limit {
            rows.truncate(limit);
            rows.last()
                .map(|r| crate::cursor::encode(r.updated_at, &r.id))
        } else {
            None
        };
        let items = self.with_actors(rows).await?;
        let items = self.still_visible(viewer, acc, items).await?;
        Ok(NotificationPage { items, next_cursor })
    }

    /// Defence in depth: the SQL applied the reader's audience; the policy must
    /// agree that everything a notification points at is theirs to read.
    async fn still_visible(
        &self,
        viewer: &Viewer,
        acc: &Account,
        items: Vec<Notification>,
    ) -> Result<Vec<Notification>> {
        let spaces = items
            .iter()
            .filter(|n| n.post_id.is_some())
            .filter_map(|n| n.space_id.clone())
            .collect();
        let places = self.places_among(acc, spaces).await?;
        Ok(items
            .into_iter()
            .filter(|n| {
                n.post_id.is_none()
                    || places.get(&n.space_id).is_some_and(|place| {
                        Self::may(
                            viewer,
                            acc,
                            place,
                            crate::space_policy::SpaceAction::ReadContent,
                        )
                    })
            })
            .collect())
    }

    /// How many unread notifications the viewer has (up to [`UNREAD_CAP`]).
    pub async fn unread_notifications(&self, viewer: &Viewer) -> Result<i64> {
        let acc = active(viewer)?;
        Ok(store::unread_count(self.db(), &audience_of(acc), UNREAD_CAP).await?)
    }

    /// One of the viewer's notifications.
    pub async fn notification(&self, viewer: &Viewer, id: &str) -> Result<Notification> {
        let acc = active(viewer)?;
        if id.len() > 64 {
            return Err(DomainError::NotFound);
        }
        let row = store::get(self.db(), &audience_of(acc), id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let acc = acc.clone();
        let n = self.with_actors(vec![row]).await?;
        self.still_visible(viewer, &acc, n)
            .await?
            .pop()
            .ok_or(DomainError::NotFound)
    }

    /// Marks one notification read; returns it (with where it leads).
    pub async fn read_notification(&self, viewer: &Viewer, id: &str) -> Result<Notification> {
        let acc = active(viewer)?.clone();
        let mut n = self.notification(viewer, id).await?;
        if !n.read {
            let mut tx = self.db().begin().await?;
            store::mark_read(&mut tx, &acc.id, &n.id, self.now()).await?;
            self.notifications_changed(&mut tx, &acc.id).await?;
            tx.commit().await?;
            n.read = true;
        }
        Ok(n)
    }

    /// Marks every notification of the viewer read.
    pub async fn read_all_notifications(&self, viewer: &Viewer) -> Result<()> {
        let acc = active(viewer)?.clone();
        let mut tx = self.db().begin().await?;
        if store::mark_all_read(&mut tx, &acc.id, self.now()).await? > 0 {
            self.notifications_changed(&mut tx, &acc.id).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Tells the person's open pages that their notifications changed (`*`: everyone's).
    pub(crate) async fn notifications_changed(
        &self,
        tx: &mut kaiku_store::Tx,
        user_id: &str,
    ) -> Result<()> {
        self.event_about(tx, "notification.changed", None, user_id, None, None, None)
            .await
    }
}

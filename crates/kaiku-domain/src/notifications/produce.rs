//! Turning outbox events into notifications. One consumer for the whole cluster:
//! it reads a batch, works out who is told what (asking the policy, for each
//! person, whether they may see it now), and records the notifications, the
//! e-mails they call for and its new cursor in one transaction. A crash or a
//! restart therefore neither loses nor repeats anything; a second node that read
//! the same batch finds the cursor moved and drops its work.

use std::collections::BTreeSet;
use std::time::Duration;

use kaiku_store::notifications::{self as store, NewNotification, RecipientRow};
use kaiku_store::spaces::SpaceRow;
use kaiku_store::{mail, outbox, posts, spaces};

use super::{Delivery, Kind, SpaceLevel};
use crate::outbox::{OutboxCursor, OutboxEvent};
use crate::space_policy::{SpaceAction, SpaceRole, space_allows};
use crate::viewer::{Account, Role};
use crate::{Result, Services, Viewer, ViewerKind, secrets};

/// The consumer's name in `consumer_cursors`.
const CONSUMER: &str = "notifications";
/// Events read per transaction.
const BATCH: i64 = 100;
/// How often the outbox is looked at when idle.
const POLL: Duration = Duration::from_millis(200);
/// How often due digests are looked for.
const DIGEST_EVERY: Duration = Duration::from_secs(30);
/// Beyond this many people told at once, open pages are told to refresh all badges.
const BROADCAST_OVER: usize = 200;

/// One notification to record.
#[derive(Debug, Clone)]
struct Planned {
    user_id: String,
    kind: Kind,
    group_key: String,
    space_id: Option<String>,
    post_id: Option<String>,
    comment_id: Option<String>,
    actor_id: Option<String>,
    detail: String,
    delivery: Delivery,
    /// When it happened (the event's time, not when it was processed).
    at: i64,
}

/// What decides whether a person hears of an event.
#[derive(Clone, Copy)]
struct Rules<'a> {
    kind: Kind,
    /// Where it happened.
    space: Option<&'a SpaceRow>,
    /// The post whose conversation it belongs to (for muted threads).
    post_id: Option<&'a str>,
    /// Only people who may read the content (everything about posts).
    readers_only: bool,
    /// The person's level for the space applies.
    levels: bool,
    /// Who did it: never told of their own doing.
    actor: Option<&'a str>,
}

impl<'a> Rules<'a> {
    /// Activity on content in a space (or on profiles).
    fn content(
        kind: Kind,
        space: Option<&'a SpaceRow>,
        post_id: &'a str,
        actor: Option<&'a str>,
    ) -> Self {
        Rules {
            kind,
            space,
            post_id: Some(post_id),
            readers_only: true,
            levels: true,
            actor,
        }
    }

    /// Something addressed to people personally about a space.
    fn personal(kind: Kind, space: &'a SpaceRow, actor: Option<&'a str>) -> Self {
        Rules {
            kind,
            space: Some(space),
            post_id: None,
            readers_only: false,
            levels: false,
            actor,
        }
    }
}

/// Produces notifications from the outbox and sends due digests, until stopped.
/// Every node may run one: they take turns through the consumer's cursor.
pub struct NotificationWorker {
    services: Services,
}

impl NotificationWorker {
    /// A worker over these services.
    pub fn new(services: Services) -> Self {
        NotificationWorker { services }
    }

    /// Runs until `shutdown` resolves.
    pub async fn run(self, shutdown: impl std::future::Future<Output = ()>) {
        tokio::pin!(shutdown);
        let mut last_digest: Option<tokio::time::Instant> = None;
        loop {
            let produced = match self.step().await {
                Ok(n) => n,
                Err(e) => {
                    tracing::error!(error = %e, "notifications: could not process the outbox");
                    0
                }
            };
            if last_digest.is_none_or(|t| t.elapsed() >= DIGEST_EVERY) {
                if let Err(e) = self.services.schedule_digests().await {
                    tracing::error!(error = %e, "notifications: could not schedule digests");
                }
                last_digest = Some(tokio::time::Instant::now());
            }
            if produced > 0 {
                continue;
            }
            tokio::select! {
                () = &mut shutdown => return,
                () = tokio::time::sleep(POLL) => {}
            }
        }
    }

    /// Processes one batch of events; returns how many were read.
    pub async fn step(&self) -> Result<usize> {
        self.services.produce_notifications().await
    }

    /// Queues the digests that are due now; returns how many were queued.
    pub async fn digests(&self) -> Result<usize> {
        self.services.schedule_digests().await
    }
}

/// The person as a viewer, for asking the policy what they may see.
fn viewer_of(r: &RecipientRow) -> (Viewer, Account) {
    let acc = Account {
        id: r.user_id.clone(),
        email: String::new(),
        display_name: String::new(),
        title: None,
        role: Role::parse(&r.role).unwrap_or(Role::Guest),
        active: r.active,
        locale: None,
        created_at: 0,
        deactivated_at: None,
        time_zone: None,
    };
    (
        Viewer {
            kind: ViewerKind::Session(String::new()),
            account: Some(acc.clone()),
        },
        acc,
    )
}

/// Whether a person may read content in this place now (a space, or profiles).
fn may_read(r: &RecipientRow, space: Option<&SpaceRow>) -> bool {
    let (viewer, acc) = viewer_of(r);
    if !acc.active {
        return false;
    }
    match space {
        None => acc.role != Role::Guest,
        Some(s) => {
            let facts = crate::spaces::facts_of(
                &s.visibility,
                s.archived_at,
                &s.posting,
                s.guests_allowed,
                r.space_role.as_deref().and_then(SpaceRole::parse),
            );
            space_allows(&viewer, &facts, SpaceAction::ReadContent)
        }
    }
}

impl Services {
    /// How far notifications have been produced (`None` before the first run).
    pub async fn notification_cursor(&self) -> Result<Option<OutboxCursor>> {
        Ok(outbox::cursor_of(self.db(), CONSUMER).await?)
    }

    /// How many events wait for the notification consumer (its lag).
    pub async fn notifications_pending(&self) -> Result<i64> {
        let at = outbox::cursor_of(self.db(), CONSUMER)
            .await?
            .unwrap_or_default();
        Ok(outbox::count_after(self.db(), at).await?)
    }

    /// Reads one batch of outbox events and records the notifications they cause.
    pub(crate) async fn produce_notifications(&self) -> Result<usize> {
        let db = self.db();
        let cursor = match outbox::cursor_of(db, CONSUMER).await? {
            Some(c) => c,
            None => {
                // A new installation (or one upgraded to notifications) starts
                // from now rather than telling everyone about the past.
                let head = outbox::head(db).await?;
                outbox::init_cursor(db, CONSUMER, head, self.now()).await?;
                outbox::cursor_of(db, CONSUMER).await?.unwrap_or(head)
            }
        };
        if outbox::cursor_from_elsewhere(db, cursor).await? {
            // Restored or moved to another server: its transaction ids start
            // lower, and the old cursor would never be passed again.
            tracing::warn!(
                ?cursor,
                "notifications: the outbox cursor is from another server; starting from now"
            );
            let head = outbox::head(db).await?;
            let mut tx = db.begin().await?;
            outbox::advance(&mut tx, CONSUMER, cursor, head, self.now()).await?;
            tx.commit().await?;
            return Ok(0);
        }
        let events = self.outbox_after(&Viewer::system(), cursor, BATCH).await?;
        let Some(last) = events.last().map(|e| e.cursor) else {
            return Ok(0);
        };
        let mut planned = Vec::new();
        for e in &events {
            planned.extend(self.plan(e).await?);
        }
        self.apply(cursor, last, planned).await?;
        Ok(events.len())
    }

    /// Records planned notifications and the cursor's move in one transaction.
    async fn apply(
        &self,
        from: OutboxCursor,
        to: OutboxCursor,
        planned: Vec<Planned>,
    ) -> Result<()> {
        let now = self.now();
        let mut tx = self.db().begin().await?;
        if !outbox::advance(&mut tx, CONSUMER, from, to, now).await? {
            // Another node processed this batch first.
            return Ok(());
        }
        let mut told = BTreeSet::new();
        let mut mailed = false;
        // Without e-mail set up, notifications stay in the app: nothing piles up
        // to be sent, stale, on the day someone configures SMTP.
        let can_mail = self.mail_configured().await?;
        for p in planned {
            let recorded = store::record(
                &mut tx,
                &NewNotification {
                    id: secrets::new_ordered_id(),
                    user_id: p.user_id.clone(),
                    kind: p.kind.as_str().to_owned(),
                    group_key: p.group_key,
                    space_id: p.space_id,
                    post_id: p.post_id,
                    comment_id: p.comment_id,
                    actor_id: p.actor_id,
                    detail: p.detail,
                    delivery: p.delivery.as_str().to_owned(),
                    now: p.at,
                },
            )
            .await?;
            // One e-mail per unread notification: later activity folded into it
            // waits until the person has looked.
            if can_mail && p.delivery == Delivery::Email && !recorded.mailed {
                mail::enqueue_composed_later(
                    &mut tx,
                    &secrets::new_ordered_id(),
                    "notification",
                    &p.user_id,
                    &recorded.id,
                    now,
                    now + p.kind.gather_ms(),
                )
                .await?;
                store::mark_mailed(&mut tx, std::slice::from_ref(&recorded.id), now).await?;
                mailed = true;
            }
            told.insert(p.user_id);
        }
        if told.len() > BROADCAST_OVER {
            self.notifications_changed(&mut tx, "*").await?;
        } else {
            for user in &told {
                self.notifications_changed(&mut tx, user).await?;
            }
        }
        tx.commit().await?;
        if mailed {
            self.wake_mailer();
        }
        Ok(())
    }

    /// Who is told what about one event.
    async fn plan(&self, e: &OutboxEvent) -> Result<Vec<Planned>> {
        match e.kind.as_str() {
            "post.created" => self.plan_post(e, false).await,
            "post.edited" => self.plan_post(e, true).await,
            "comment.created" => self.plan_comment(e, false).await,
            "comment.edited" => self.plan_comment(e, true).await,
            "reaction.added" => self.plan_reaction(e).await,
            "post.announced" => self.plan_announcement(e).await,
            "space.invited" | "space.member_added" => {
                let detail = if e.kind == "space.invited" {
                    ""
                } else {
                    "added"
                };
                self.plan_personal(e, Kind::Invitation, e.target.clone(), detail, "invitation")
                    .await
            }
            "space.request_decided" => {
                let detail = e.detail.clone().unwrap_or_default();
                let key = format!("decided:{}", e.seq);
                self.plan_personal(e, Kind::RequestDecided, e.target.clone(), &detail, &key)
                    .await
            }
            "space.role_changed" => {
                let detail = e.detail.clone().unwrap_or_default();
                let key = format!("role:{}", e.seq);
                self.plan_personal(e, Kind::RoleChanged, e.target.clone(), &detail, &key)
                    .await
            }
            "space.join_requested" => self.plan_join_request(e).await,
            _ => Ok(Vec::new()),
        }
    }

    async fn space_row(&self, space_id: Option<&str>) -> Result<Option<SpaceRow>> {
        match space_id {
            Some(id) => Ok(spaces::get(self.db(), id).await?),
            None => Ok(None),
        }
    }

    /// Decides for each candidate whether and how they hear of it.
    async fn decide(
        &self,
        candidates: Vec<String>,
        rules: Rules<'_>,
        make: impl Fn(&RecipientRow, Delivery) -> Planned,
    ) -> Result<Vec<Planned>> {
        let Rules {
            kind,
            space,
            post_id,
            readers_only,
            levels,
            actor,
        } = rules;
        let mut ids: Vec<String> = candidates
            .into_iter()
            .filter(|u| Some(u.as_str()) != actor)
            .collect();
        ids.sort();
        ids.dedup();
        let rows = store::recipients(
            self.db(),
            &ids,
            space.map(|s| s.id.as_str()),
            kind.as_str(),
            post_id,
        )
        .await?;
        let default_level = space
            .and_then(|s| SpaceLevel::parse(&s.default_notification))
            .unwrap_or(SpaceLevel::Mentions);
        let mut out = Vec::new();
        for r in rows {
            if !r.active {
                continue;
            }
            // A notification about content goes only to people who may read it
            // now: a mention never widens the audience.
            if readers_only && !may_read(&r, space) {
                continue;
            }
            if levels && space.is_some() {
                let level = r
                    .level
                    .as_deref()
                    .and_then(SpaceLevel::parse)
                    .unwrap_or(default_level);
                if !level.lets_through(kind) {
                    continue;
                }
            }
            if r.thread_state.as_deref() == Some("muted") && kind != Kind::Mention {
                continue;
            }
            let delivery = r
                .delivery
                .as_deref()
                .and_then(Delivery::parse)
                .unwrap_or(kind.default_delivery());
            if delivery == Delivery::Off {
                continue;
            }
            out.push(make(&r, delivery));
        }
        Ok(out)
    }

    async fn plan_post(&self, e: &OutboxEvent, edited: bool) -> Result<Vec<Planned>> {
        let at = e.created_at;
        let Some(post) = posts::get(self.db(), &e.subject_id).await? else {
            return Ok(Vec::new());
        };
        let space = self.space_row(post.space_id.as_deref()).await?;
        let mentioned = store::post_mentions(self.db(), &post.id).await?;
        let mention_key = format!("mention:{}", post.id);
        let mut fresh = Vec::new();
        for u in &mentioned {
            // After an edit, only people mentioned for the first time are told.
            if !edited || !store::ever_told(self.db(), u, &mention_key).await? {
                fresh.push(u.clone());
            }
        }
        let planned_for = |kind: Kind, key: String| {
            let post = post.clone();
            move |r: &RecipientRow, delivery: Delivery| Planned {
                user_id: r.user_id.clone(),
                kind,
                group_key: key.clone(),
                space_id: post.space_id.clone(),
                post_id: Some(post.id.clone()),
                comment_id: None,
                actor_id: Some(post.author_id.clone()),
                detail: String::new(),
                delivery,
                at,
            }
        };
        let mut out = self
            .decide(
                fresh,
                Rules::content(
                    Kind::Mention,
                    space.as_ref(),
                    &post.id,
                    Some(&post.author_id),
                ),
                planned_for(Kind::Mention, mention_key),
            )
            .await?;
        if let (false, Some(s)) = (edited, space.as_ref()) {
            let everyone =
                store::members_hearing_everything(self.db(), &s.id, &s.default_notification)
                    .await?
                    .into_iter()
                    .filter(|u| !mentioned.contains(u))
                    .collect();
            out.extend(
                self.decide(
                    everyone,
                    Rules::content(
                        Kind::SpacePost,
                        space.as_ref(),
                        &post.id,
                        Some(&post.author_id),
                    ),
                    planned_for(Kind::SpacePost, format!("space-posts:{}", s.id)),
                )
                .await?,
            );
        }
        Ok(out)
    }

    async fn plan_comment(&self, e: &OutboxEvent, edited: bool) -> Result<Vec<Planned>> {
        let at = e.created_at;
        let Some(c) = posts::get_comment(self.db(), &e.subject_id).await? else {
            return Ok(Vec::new());
        };
        let Some(post) = posts::get(self.db(), &c.post_id).await? else {
            return Ok(Vec::new());
        };
        let space = self.space_row(post.space_id.as_deref()).await?;
        let mentioned = store::comment_mentions(self.db(), &c.id).await?;
        let mention_key = format!("mention:{}", c.id);
        let mut fresh = Vec::new();
        for u in &mentioned {
            if !edited || !store::ever_told(self.db(), u, &mention_key).await? {
                fresh.push(u.clone());
            }
        }
        let make = |kind: Kind, key: String, author: Option<String>| {
            let (post_id, space_id, comment_id, actor) = (
                post.id.clone(),
                post.space_id.clone(),
                c.id.clone(),
                c.author_id.clone(),
            );
            move |r: &RecipientRow, delivery: Delivery| Planned {
                detail: if author.as_deref() == Some(r.user_id.as_str()) {
                    "own".to_owned()
                } else {
                    String::new()
                },
                user_id: r.user_id.clone(),
                kind,
                group_key: key.clone(),
                space_id: space_id.clone(),
                post_id: Some(post_id.clone()),
                comment_id: Some(comment_id.clone()),
                actor_id: Some(actor.clone()),
                delivery,
                at,
            }
        };
        let mut out = self
            .decide(
                fresh,
                Rules::content(Kind::Mention, space.as_ref(), &post.id, Some(&c.author_id)),
                make(Kind::Mention, mention_key, None),
            )
            .await?;
        if !edited {
            let mut thread = store::thread_followers(self.db(), &post.id).await?;
            thread.push(post.author_id.clone());
            let thread = thread
                .into_iter()
                .filter(|u| !mentioned.contains(u))
                .collect();
            out.extend(
                self.decide(
                    thread,
                    Rules::content(Kind::Comment, space.as_ref(), &post.id, Some(&c.author_id)),
                    make(
                        Kind::Comment,
                        format!("thread:{}", post.id),
                        Some(post.author_id.clone()),
                    ),
                )
                .await?,
            );
        }
        Ok(out)
    }

    async fn plan_reaction(&self, e: &OutboxEvent) -> Result<Vec<Planned>> {
        let at = e.created_at;
        let Some(post) = posts::get(self.db(), &e.subject_id).await? else {
            return Ok(Vec::new());
        };
        let space = self.space_row(post.space_id.as_deref()).await?;
        let actor = e.actor_id.clone();
        self.decide(
            vec![post.author_id.clone()],
            Rules::content(Kind::Reaction, space.as_ref(), &post.id, actor.as_deref()),
            |r, delivery| Planned {
                user_id: r.user_id.clone(),
                kind: Kind::Reaction,
                group_key: format!("reaction:{}", post.id),
                space_id: post.space_id.clone(),
                post_id: Some(post.id.clone()),
                comment_id: None,
                actor_id: actor.clone(),
                detail: String::new(),
                delivery,
                at,
            },
        )
        .await
    }

    async fn plan_announcement(&self, e: &OutboxEvent) -> Result<Vec<Planned>> {
        let at = e.created_at;
        let Some(post) = posts::get(self.db(), &e.subject_id).await? else {
            return Ok(Vec::new());
        };
        let space = self.space_row(post.space_id.as_deref()).await?;
        let everyone = store::organisation_members(self.db()).await?;
        let actor = e.actor_id.clone();
        // Announcements reach everyone who may read them, whatever their space
        // levels: the organisation is speaking. Each person's delivery still counts.
        let rules = Rules {
            levels: false,
            ..Rules::content(
                Kind::Announcement,
                space.as_ref(),
                &post.id,
                actor.as_deref(),
            )
        };
        self.decide(everyone, rules, |r, delivery| Planned {
            user_id: r.user_id.clone(),
            kind: Kind::Announcement,
            group_key: format!("announcement:{}", post.id),
            space_id: post.space_id.clone(),
            post_id: Some(post.id.clone()),
            comment_id: None,
            actor_id: actor.clone(),
            detail: String::new(),
            delivery,
            at,
        })
        .await
    }

    async fn plan_join_request(&self, e: &OutboxEvent) -> Result<Vec<Planned>> {
        let at = e.created_at;
        let Some(space) = self.space_row(e.space_id.as_deref()).await? else {
            return Ok(Vec::new());
        };
        let moderators = store::space_moderators(self.db(), &space.id).await?;
        let actor = e.actor_id.clone();
        self.decide(
            moderators,
            Rules::personal(Kind::JoinRequest, &space, actor.as_deref()),
            |r, delivery| Planned {
                user_id: r.user_id.clone(),
                kind: Kind::JoinRequest,
                group_key: format!("join-requests:{}", space.id),
                space_id: Some(space.id.clone()),
                post_id: None,
                comment_id: None,
                actor_id: actor.clone(),
                detail: String::new(),
                delivery,
                at,
            },
        )
        .await
    }

    /// An event addressed to one person (an invitation, a decision, a new role).
    async fn plan_personal(
        &self,
        e: &OutboxEvent,
        kind: Kind,
        target: Option<String>,
        detail: &str,
        key: &str,
    ) -> Result<Vec<Planned>> {
        let at = e.created_at;
        let (Some(target), Some(space)) = (target, self.space_row(e.space_id.as_deref()).await?)
        else {
            return Ok(Vec::new());
        };
        let actor = e.actor_id.clone();
        self.decide(
            vec![target],
            Rules::personal(kind, &space, actor.as_deref()),
            |r, delivery| Planned {
                user_id: r.user_id.clone(),
                kind,
                group_key: format!("{key}:{}", space.id),
                space_id: Some(space.id.clone()),
                post_id: None,
                comment_id: None,
                actor_id: actor.clone(),
                detail: detail.to_owned(),
                delivery,
                at,
            },
        )
        .await
    }
}

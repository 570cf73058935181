//! The stream: posts in spaces and on profiles, comments with one level of
//! replies, reactions, and the streams that list them. Every write appends its
//! event to the outbox in the same transaction.

use std::collections::HashMap;

use kaiku_store::notifications as notes;
use kaiku_store::posts::{self as store, Audience, CommentRow, PostRow, StreamScope};
use kaiku_store::spaces;

use crate::space_policy::{SpaceAction, SpaceRole, space_allows};
use crate::viewer::{Account, Role};
use crate::{DomainError, Result, Services, Viewer, markdown, secrets};

/// Longest post, in characters.
pub const POST_MAX: usize = 10_000;
/// Longest comment, in characters.
pub const COMMENT_MAX: usize = 5_000;
/// The reactions people can give.
pub const REACTIONS: [&str; 5] = ["like", "thanks", "celebrate", "insightful", "funny"];

/// A post as the viewer sees it.
#[derive(Debug, Clone)]
pub struct Post {
    pub id: String,
    pub space_id: Option<String>,
    pub space_slug: Option<String>,
    pub space_name: Option<String>,
    pub author_id: String,
    pub author_name: String,
    pub author_guest: bool,
    pub body: String,
    pub body_html: String,
    pub comment_count: i64,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    /// `(kind, count, mine)` for every kind with at least one reaction.
    pub reactions: Vec<Reaction>,
    /// The latest comments (on stream pages) or all of them (on the post page).
    pub comments: Vec<Comment>,
    pub can: PostPermissions,
    pub pinned: bool,
    /// Announced to the whole organisation.
    pub announced: bool,
    /// Saved by the viewer.
    pub saved: bool,
    /// For the author, on the post page: people mentioned who cannot see the post
    /// (and so were not told of it).
    pub unreachable_mentions: Vec<String>,
}

/// One kind of reaction on a post.
#[derive(Debug, Clone)]
pub struct Reaction {
    pub kind: &'static str,
    pub count: i64,
    pub mine: bool,
}

/// A comment.
#[derive(Debug, Clone)]
pub struct Comment {
    pub id: String,
    pub parent_id: Option<String>,
    pub author_id: String,
    pub author_name: String,
    pub author_guest: bool,
    pub body: String,
    pub body_html: String,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub can_edit: bool,
    pub can_delete: bool,
}

/// What the viewer may do with a post.
#[derive(Debug, Clone, Copy, Default)]
pub struct PostPermissions {
    pub comment: bool,
    pub react: bool,
    pub edit: bool,
    pub delete: bool,
    /// Pin to the top of its space (moderators).
    pub pin: bool,
    /// Announce to everyone (administrators; organisation-wide posts only).
    pub announce: bool,
}

/// One page of a stream.
#[derive(Debug, Clone)]
pub struct PostPage {
    pub items: Vec<Post>,
    pub next_cursor: Option<String>,
}

/// A revision of a post.
#[derive(Debug, Clone)]
pub struct Revision {
    pub body: String,
    pub editor: Option<String>,
    pub edited_at: i64,
}

/// Which stream to read.
#[derive(Debug, Clone)]
pub enum Stream {
    /// My spaces and the organisation's profile posts.
    Home,
    /// One space (by id).
    Space(String),
    /// One person's posts (by id), where the viewer may see them.
    Person(String),
    /// Posts in my spaces only.
    MySpaces,
    /// Posts that mention me.
    Mentions,
    /// Posts I saved.
    Saved,
    /// Posts with a topic (normalised, without `#`).
    Topic(String),
    /// Announcements the viewer has not dismissed.
    Announcements,
    /// Posts from what I follow.
    Following,
}

pub(crate) fn active(viewer: &Viewer) -> Result<&Account> {
    let acc = viewer.require()?;
    if !acc.active {
        return Err(DomainError::Unauthenticated);
    }
    Ok(acc)
}

fn audience(acc: &Account) -> Audience {
    Audience {
        user_id: acc.id.clone(),
        profiles: acc.role != Role::Guest,
        all_spaces: acc.role == Role::Admin,
    }
}

pub(crate) fn body_text(field: &'static str, raw: &str, max: usize) -> Result<String> {
    let text = raw.trim().replace("\r\n", "\n");
    if text.is_empty() {
        return Err(DomainError::invalid(field, "error-required"));
    }
    if text.chars().count() > max {
        return Err(DomainError::invalid(
            field,
            if max == POST_MAX {
                "error-post-too-long"
            } else {
                "error-comment-too-long"
            },
        ));
    }
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t'))
    {
        return Err(DomainError::invalid(field, "error-invalid-characters"));
    }
    Ok(text)
}

/// Facts about where a post lives, for the policy.
pub(crate) struct Place {
    /// The space's facts (with the viewer's role), or `None` for a profile post.
    pub(crate) space: Option<crate::space_policy::SpaceFacts>,
}

impl Services {
    pub(crate) async fn place(&self, viewer: &Viewer, space_id: Option<&str>) -> Result<Place> {
        let Some(space_id) = space_id else {
            return Ok(Place { space: None });
        };
        let row = spaces::get(self.db(), space_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let role = match viewer.account.as_ref() {
            Some(acc) => spaces::role_of(self.db(), space_id, &acc.id).await?,
            None => None,
        };
        Ok(Place {
            space: Some(crate::spaces::facts_of(
                &row.visibility,
                row.archived_at,
                &row.posting,
                row.guests_allowed,
                role.as_deref().and_then(SpaceRole::parse),
            )),
        })
    }

    /// The places of a page of posts, in one query for all their spaces.
    async fn places_of(
        &self,
        acc: &Account,
        rows: &[PostRow],
    ) -> Result<HashMap<Option<String>, Place>> {
        self.places_among(
            acc,
            rows.iter().filter_map(|r| r.space_id.clone()).collect(),
        )
        .await
    }

    /// The places of many items (by their space ids), in one query per 50 spaces.
    pub(crate) async fn places_among(
        &self,
        acc: &Account,
        mut ids: Vec<String>,
    ) -> Result<HashMap<Option<String>, Place>> {
        ids.sort();
        ids.dedup();
        let mut places = HashMap::with_capacity(ids.len() + 1);
        places.insert(None, Place { space: None });
        for row in spaces::access_among(self.db(), &ids, &acc.id).await? {
            places.insert(
                Some(row.id),
                Place {
                    space: Some(crate::spaces::facts_of(
                        &row.visibility,
                        row.archived_at,
                        &row.posting,
                        row.guests_allowed,
                        row.role.as_deref().and_then(SpaceRole::parse),
                    )),
                },
            );
        }
        Ok(places)
    }

    pub(crate) fn may(viewer: &Viewer, acc: &Account, place: &Place, action: SpaceAction) -> bool {
        match &place.space {
            Some(facts) => space_allows(viewer, facts, action),
            // Profile posts: the organisation's members (not guests) read and take
            // part; everyone writes only on their own profile.
            None => {
                acc.active && acc.role != Role::Guest && action != SpaceAction::Moderate
                    || action == SpaceAction::Moderate && acc.role == Role::Admin
            }
        }
    }

    fn permissions(
        viewer: &Viewer,
        acc: &Account,
        place: &Place,
        author_id: &str,
    ) -> PostPermissions {
        // One's own words stay one's own to change only while one still belongs.
        let mine = acc.id == author_id && place.space.as_ref().is_none_or(|f| f.role.is_some());
        let writable = place.space.as_ref().is_none_or(|f| !f.archived);
        PostPermissions {
            comment: Self::may(viewer, acc, place, SpaceAction::Comment),
            react: Self::may(viewer, acc, place, SpaceAction::Comment),
            edit: mine && writable,
            delete: (mine && writable) || Self::may(viewer, acc, place, SpaceAction::Moderate),
            pin: place.space.is_some()
                && writable
                && Self::may(viewer, acc, place, SpaceAction::Moderate),
            announce: acc.role == Role::Admin
                && place.space.as_ref().is_none_or(|f| {
                    f.visibility == crate::space_policy::SpaceVisibility::Public && !f.archived
                }),
        }
    }

    /// Writes a post in a space (`space_id`) or on the author's own profile.
    pub async fn create_post(
        &self,
        viewer: &Viewer,
        space_id: Option<&str>,
        body: &str,
    ) -> Result<Post> {
        let acc = active(viewer)?.clone();
        let place = self.place(viewer, space_id).await?;
        if let Some(facts) = &place.space {
            if !space_allows(viewer, facts, SpaceAction::Open) {
                return Err(DomainError::NotFound);
            }
            if facts.archived {
                return Err(DomainError::Conflict {
                    key: "error-space-archived",
                });
            }
        }
        if !Self::may(viewer, &acc, &place, SpaceAction::Post) {
            return Err(DomainError::Forbidden);
        }
        let body = body_text("body", body, POST_MAX)?;
        let (html, topics, mentions) = self.render_post(viewer, &body, space_id).await?;
        let id = secrets::new_ordered_id();
        let now = self.now();
        let mut tx = self.db().begin().await?;
        store::insert(&mut tx, &id, space_id, &acc.id, &body, &html, now).await?;
        store::add_tags(&mut tx, &id, &mentions, &topics).await?;
        notes::follow_thread_unless_muted(&mut tx, &acc.id, &id, now).await?;
        kaiku_store::people::touch_activity(&mut tx, &acc.id, now).await?;
        self.event(&mut tx, "post.created", space_id, &id, &acc.id)
            .await?;
        tx.commit().await?;
        self.post(viewer, &id).await
    }

    /// Loads a post the viewer may read (`NotFound` otherwise, whatever the reason).
    pub(crate) async fn readable(
        &self,
        viewer: &Viewer,
        id: &str,
    ) -> Result<(Account, PostRow, Place)> {
        let acc = active(viewer)?.clone();
        if id.len() > 64 {
            return Err(DomainError::NotFound);
        }
        let row = store::get(self.db(), id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let place = self.place(viewer, row.space_id.as_deref()).await?;
        if !Self::may(viewer, &acc, &place, SpaceAction::ReadContent) {
            return Err(DomainError::NotFound);
        }
        Ok((acc, row, place))
    }

    /// One post with all its comments.
    pub async fn post(&self, viewer: &Viewer, id: &str) -> Result<Post> {
        let (acc, row, place) = self.readable(viewer, id).await?;
        let comments = store::comments(self.db(), &row.id, 2000).await?;
        let ids = std::slice::from_ref(&row.id);
        let counts = store::reaction_counts(self.db(), ids, &acc.id).await?;
        let saved = !store::saved_among(self.db(), &acc.id, ids)
            .await?
            .is_empty();
        let mine = row.author_id == acc.id;
        let body = row.body.clone();
        let space_id = row.space_id.clone();
        let mut post = Self::assemble(viewer, &acc, row, &place, comments, &counts, saved);
        if mine {
            post.unreachable_mentions = self
                .unreachable_mentions(viewer, &body, space_id.as_deref())
                .await?;
        }
        Ok(post)
    }

    pub(crate) fn assemble(
        viewer: &Viewer,
        acc: &Account,
        row: PostRow,
        place: &Place,
        comments: Vec<CommentRow>,
        counts: &[store::ReactionCount],
        saved: bool,
    ) -> Post {
        let can = Self::permissions(viewer, acc, place, &row.author_id);
        let belongs = place.space.as_ref().is_none_or(|f| f.role.is_some());
        let moderate = Self::may(viewer, acc, place, SpaceAction::Moderate);
        let writable = place.space.as_ref().is_none_or(|f| !f.archived);
        let reactions = REACTIONS
            .iter()
            .filter_map(|kind| {
                let c = counts
                    .iter()
                    .find(|c| c.post_id == row.id && c.kind == *kind)?;
                Some(Reaction {
                    kind,
                    count: c.count,
                    mine: c.mine > 0,
                })
            })
            .collect();
        Post {
            comments: comments
                .into_iter()
                .map(|c| Comment {
                    can_edit: c.author_id == acc.id && writable && belongs,
                    can_delete: (c.author_id == acc.id && writable && belongs) || moderate,
                    author_guest: c.author_role == "guest",
                    id: c.id,
                    parent_id: c.parent_id,
                    author_id: c.author_id,
                    author_name: c.author_name,
                    body: c.body,
                    body_html: c.body_html,
                    created_at: c.created_at,
                    edited_at: c.edited_at,
                })
                .collect(),
            author_guest: row.author_role == "guest",
            reactions,
            can,
            id: row.id,
            space_id: row.space_id,
            space_slug: row.space_slug,
            space_name: row.space_name,
            author_id: row.author_id,
            author_name: row.author_name,
            body: row.body,
            body_html: row.body_html,
            comment_count: row.comment_count,
            created_at: row.created_at,
            edited_at: row.edited_at,
            pinned: row.pinned_at.is_some(),
            announced: row.announced_at.is_some(),
            saved,
            unreachable_mentions: Vec::new(),
        }
    }

    /// A page of a stream, newest first, with reactions and the latest comments.
    pub async fn stream(
        &self,
        viewer: &Viewer,
        stream: Stream,
        cursor: Option<&str>,
        limit: usize,
    ) -> Result<PostPage> {
        let acc = active(viewer)?.clone();
        let scope = match stream {
            Stream::Home => StreamScope::Home,
            Stream::Space(id) => {
                let space = self.space(viewer, &id).await?;
                if !space.can.read {
                    return Err(DomainError::Forbidden);
                }
                StreamScope::Space(space.id)
            }
            Stream::Person(id) => StreamScope::Author(self.person(viewer, &id).await?.id),
            Stream::MySpaces => StreamScope::MySpaces,
            Stream::Mentions => StreamScope::Mentions,
            Stream::Saved => StreamScope::Saved,
            Stream::Announcements => StreamScope::Announcements,
            Stream::Following => StreamScope::Following,
            Stream::Topic(t) => {
                let t = t.trim().trim_start_matches('#').to_lowercase();
                if t.is_empty() || t.chars().count() > markdown::TOPIC_MAX {
                    return Err(DomainError::NotFound);
                }
                StreamScope::Topic(t)
            }
        };
        let before = crate::cursor::before(cursor)?;
        let limit = limit.clamp(1, 100);
        let mut rows = store::stream(
            self.db(),
            &audience(&acc),
            &scope,
            before,
            i64::try_from(limit + 1).unwrap_or(51),
        )
        .await?;
        let next_cursor = if rows.len() > limit {
            rows.truncate(limit);
            rows.last()
                .map(|r| crate::cursor::encode(r.created_at, &r.id))
        } else {
            None
        };
        let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
        // What the cards need besides the posts are independent reads: they
        // go to the read connections side by side, not one after another.
        let (counts, saved_ids, latest_rows, places) = tokio::try_join!(
            async { Result::Ok(store::reaction_counts(self.db(), &ids, &acc.id).await?) },
            async { Result::Ok(store::saved_among(self.db(), &acc.id, &ids).await?) },
            async { Result::Ok(store::latest_comments(self.db(), &ids, 3).await?) },
            self.places_of(&acc, &rows),
        )?;
        let mut latest: HashMap<String, Vec<CommentRow>> = HashMap::new();
        for c in latest_rows {
            latest.entry(c.post_id.clone()).or_default().push(c);
        }
        let mut items = Vec::with_capacity(rows.len());
        for row in rows {
            let Some(place) = places.get(&row.space_id) else {
                continue;
            };
            // Defence in depth: the SQL applied the audience; the policy agrees.
            if !Self::may(viewer, &acc, place, SpaceAction::ReadContent) {
                continue;
            }
            let comments = latest.remove(&row.id).unwrap_or_default();
            let saved = saved_ids.contains(&row.id);
            items.push(Self::assemble(
                viewer, &acc, row, place, comments, &counts, saved,
            ));
        }
        Ok(PostPage { items, next_cursor })
    }

    /// Edits my post; the previous text is kept as a revision.
    pub async fn edit_post(&self, viewer: &Viewer, id: &str, body: &str) -> Result<Post> {
        let (acc, row, place) = self.readable(viewer, id).await?;
        if !Self::permissions(viewer, &acc, &place, &row.author_id).edit {
            return Err(DomainError::Forbidden);
        }
        let body = body_text("body", body, POST_MAX)?;
        if body == row.body {
            return self.post(viewer, id).await;
        }
        let (html, topics, mentions) = self
            .render_post(viewer, &body, row.space_id.as_deref())
            .await?;
        let mut tx = self.db().begin().await?;
        store::set_tags(&mut tx, &row.id, &mentions, &topics).await?;
        store::update(
            &mut tx,
            &row.id,
            &secrets::new_ordered_id(),
            &row.body,
            &body,
            &html,
            &acc.id,
            self.now(),
        )
        .await?;
        self.event(
            &mut tx,
            "post.edited",
            row.space_id.as_deref(),
            &row.id,
            &acc.id,
        )
        .await?;
        tx.commit().await?;
        self.post(viewer, id).await
    }

    /// Deletes a post (its author, or a moderator; moderation is audited).
    pub async fn delete_post(&self, viewer: &Viewer, id: &str) -> Result<()> {
        let (acc, row, place) = self.readable(viewer, id).await?;
        if !Self::permissions(viewer, &acc, &place, &row.author_id).delete {
            return Err(DomainError::Forbidden);
        }
        let mut tx = self.db().begin().await?;
        store::delete(&mut tx, &row.id, self.now()).await?;
        if row.author_id != acc.id {
            self.audit(
                &mut tx,
                viewer,
                "post.moderated",
                row.space_id.as_deref(),
                &row.id,
            )
            .await?;
        }
        self.event(
            &mut tx,
            "post.deleted",
            row.space_id.as_deref(),
            &row.id,
            &acc.id,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Earlier versions of a post.
    pub async fn post_revisions(&self, viewer: &Viewer, id: &str) -> Result<Vec<Revision>> {
        let (_, row, _) = self.readable(viewer, id).await?;
        Ok(store::revisions(self.db(), &row.id)
            .await?
            .into_iter()
            .map(|r| Revision {
                body: r.body,
                editor: r.editor_name,
                edited_at: r.edited_at,
            })
            .collect())
    }

    /// Comments on a post, or replies to one of its comments (one level deep).
    pub async fn add_comment(
        &self,
        viewer: &Viewer,
        post_id: &str,
        parent_id: Option<&str>,
        body: &str,
    ) -> Result<Comment> {
        let (acc, row, place) = self.readable(viewer, post_id).await?;
        if place.space.as_ref().is_some_and(|f| f.archived) {
            return Err(DomainError::Conflict {
                key: "error-space-archived",
            });
        }
        if !Self::permissions(viewer, &acc, &place, &row.author_id).comment {
            return Err(DomainError::Forbidden);
        }
        let parent = match parent_id.filter(|p| !p.is_empty()) {
            Some(p) => {
                let parent = store::get_comment(self.db(), p)
                    .await?
                    .filter(|c| c.post_id == row.id)
                    .ok_or_else(|| DomainError::invalid("parent_id", "error-no-such-comment"))?;
                // Replies stay one level deep: answering a reply joins its thread.
                Some(parent.parent_id.unwrap_or(parent.id))
            }
            None => None,
        };
        let body = body_text("body", body, COMMENT_MAX)?;
        let (html, _, mentions) = self
            .render_post(viewer, &body, row.space_id.as_deref())
            .await?;
        let id = secrets::new_ordered_id();
        let mut tx = self.db().begin().await?;
        store::insert_comment(
            &mut tx,
            &id,
            &row.id,
            parent.as_deref(),
            &acc.id,
            &body,
            &html,
            self.now(),
        )
        .await?;
        notes::set_comment_mentions(&mut tx, &id, &mentions).await?;
        // Writing in a conversation follows it (unless one muted it).
        notes::follow_thread_unless_muted(&mut tx, &acc.id, &row.id, self.now()).await?;
        kaiku_store::people::touch_activity(&mut tx, &acc.id, self.now()).await?;
        self.event(
            &mut tx,
            "comment.created",
            row.space_id.as_deref(),
            &id,
            &acc.id,
        )
        .await?;
        tx.commit().await?;
        self.comment(viewer, &id).await
    }

    /// One comment the viewer may read.
    pub async fn comment(&self, viewer: &Viewer, id: &str) -> Result<Comment> {
        if id.len() > 64 {
            return Err(DomainError::NotFound);
        }
        let c = store::get_comment(self.db(), id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let post = self.post(viewer, &c.post_id).await?;
        post.comments
            .into_iter()
            .find(|x| x.id == c.id)
            .ok_or(DomainError::NotFound)
    }

    /// Edits my comment.
    pub async fn edit_comment(&self, viewer: &Viewer, id: &str, body: &str) -> Result<Comment> {
        let current = self.comment(viewer, id).await?;
        if !current.can_edit {
            return Err(DomainError::Forbidden);
        }
        let body = body_text("body", body, COMMENT_MAX)?;
        let post_space = store::get_comment(self.db(), id)
            .await?
            .map(|c| c.post_id)
            .unwrap_or_default();
        let space = store::get(self.db(), &post_space)
            .await?
            .and_then(|p| p.space_id);
        let (html, _, mentions) = self.render_post(viewer, &body, space.as_deref()).await?;
        let mut tx = self.db().begin().await?;
        store::update_comment(&mut tx, id, &body, &html, self.now()).await?;
        notes::set_comment_mentions(&mut tx, id, &mentions).await?;
        self.event(
            &mut tx,
            "comment.edited",
            space.as_deref(),
            id,
            &current.author_id,
        )
        .await?;
        tx.commit().await?;
        self.comment(viewer, id).await
    }

    /// Deletes a comment and its replies (its author, or a moderator).
    pub async fn delete_comment(&self, viewer: &Viewer, id: &str) -> Result<()> {
        let acc = active(viewer)?.clone();
        let current = self.comment(viewer, id).await?;
        if !current.can_delete {
            return Err(DomainError::Forbidden);
        }
        let row = store::get_comment(self.db(), id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let space = store::get(self.db(), &row.post_id)
            .await?
            .and_then(|p| p.space_id);
        let mut tx = self.db().begin().await?;
        store::delete_comment(&mut tx, id, &row.post_id, self.now()).await?;
        if row.author_id != acc.id {
            self.audit(&mut tx, viewer, "comment.moderated", space.as_deref(), id)
                .await?;
        }
        self.event(&mut tx, "comment.deleted", space.as_deref(), id, &acc.id)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds (`on`) or removes a reaction; doing it twice changes nothing.
    pub async fn react(
        &self,
        viewer: &Viewer,
        post_id: &str,
        kind: &str,
        on: bool,
    ) -> Result<Post> {
        let (acc, row, place) = self.readable(viewer, post_id).await?;
        let Some(kind) = REACTIONS.iter().find(|k| **k == kind) else {
            return Err(DomainError::invalid("kind", "error-reaction-unknown"));
        };
        if !Self::permissions(viewer, &acc, &place, &row.author_id).react {
            return Err(DomainError::Forbidden);
        }
        let mut tx = self.db().begin().await?;
        let changed = if on {
            store::react(&mut tx, &row.id, &acc.id, kind, self.now()).await?
        } else {
            store::unreact(&mut tx, &row.id, &acc.id, kind).await?
        };
        if changed {
            let event = if on {
                "reaction.added"
            } else {
                "reaction.removed"
            };
            self.event(&mut tx, event, row.space_id.as_deref(), &row.id, &acc.id)
                .await?;
        }
        tx.commit().await?;
        self.post(viewer, post_id).await
    }

    /// Who reacted to a post, by kind.
    pub async fn reactors(&self, viewer: &Viewer, post_id: &str) -> Result<Vec<(String, String)>> {
        let (_, row, _) = self.readable(viewer, post_id).await?;
        Ok(store::reactors(self.db(), &row.id)
            .await?
            .into_iter()
            .map(|r| (r.kind, r.display_name))
            .collect())
    }
}

impl Services {
    /// The post a comment belongs to (if the viewer may read it).
    pub async fn comment_post_id(&self, viewer: &Viewer, comment_id: &str) -> Result<String> {
        if comment_id.len() > 64 {
            return Err(DomainError::NotFound);
        }
        let c = store::get_comment(self.db(), comment_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        self.readable(viewer, &c.post_id).await?;
        Ok(c.post_id)
    }
}

/// What a live page is told about a change it may show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LiveUpdate {
    /// A post appeared or changed. `home`: it belongs on the viewer's home stream.
    Post {
        id: String,
        space_id: Option<String>,
        home: bool,
        created: bool,
    },
    /// A post's comments or reactions changed.
    Activity { post_id: String },
    /// A post or comment was removed from a place the viewer can read.
    Removed { id: String },
    /// The viewer's notifications changed: this many are unread now.
    Notifications { unread: i64 },
}

impl Services {
    /// Translates an outbox event into what this viewer may be told about it, or
    /// `None` if it concerns nothing they may see. Checked against the current
    /// state, so a membership change applies to open connections at once.
    pub async fn live_update(
        &self,
        viewer: &Viewer,
        event: &crate::outbox::OutboxEvent,
    ) -> Result<Option<LiveUpdate>> {
        let Ok(acc) = active(viewer) else {
            return Ok(None);
        };
        let readable_place = |space: Option<String>| async move {
            match space {
                Some(id) => Ok::<bool, DomainError>(match self.space(viewer, &id).await {
                    Ok(s) => s.can.read,
                    Err(DomainError::NotFound | DomainError::Forbidden) => false,
                    Err(e) => return Err(e),
                }),
                None => Ok(acc.role != Role::Guest),
            }
        };
        let hidden = |e: &DomainError| matches!(e, DomainError::NotFound | DomainError::Forbidden);
        Ok(match event.kind.as_str() {
            "notification.changed" => {
                if event.subject_id == acc.id || event.subject_id == "*" {
                    Some(LiveUpdate::Notifications {
                        unread: self.unread_notifications(viewer).await?,
                    })
                } else {
                    None
                }
            }
            "post.created" | "post.edited" => match self.post(viewer, &event.subject_id).await {
                Ok(p) => {
                    let home = match &p.space_id {
                        None => true,
                        Some(s) => spaces::role_of(self.db(), s, &acc.id).await?.is_some(),
                    };
                    Some(LiveUpdate::Post {
                        id: p.id,
                        space_id: p.space_id,
                        home,
                        created: event.kind == "post.created",
                    })
                }
                Err(e) if hidden(&e) => None,
                Err(e) => return Err(e),
            },
            "comment.created" | "comment.edited" => {
                match self.comment_post_id(viewer, &event.subject_id).await {
                    Ok(post_id) => Some(LiveUpdate::Activity { post_id }),
                    Err(e) if hidden(&e) => None,
                    Err(e) => return Err(e),
                }
            }
            "reaction.added" | "reaction.removed" => {
                match self.readable(viewer, &event.subject_id).await {
                    Ok(_) => Some(LiveUpdate::Activity {
                        post_id: event.subject_id.clone(),
                    }),
                    Err(e) if hidden(&e) => None,
                    Err(e) => return Err(e),
                }
            }
            "post.deleted" => {
                if readable_place(event.space_id.clone()).await? {
                    Some(LiveUpdate::Removed {
                        id: event.subject_id.clone(),
                    })
                } else {
                    None
                }
            }
            "comment.deleted" => {
                match store::post_of_comment(self.db(), &event.subject_id).await? {
                    // The post still stands: its card is refreshed without the comment.
                    Some(post_id) if readable_place(event.space_id.clone()).await? => {
                        Some(LiveUpdate::Activity { post_id })
                    }
                    _ => None,
                }
            }
            _ => None,
        })
    }
}

impl Services {
    /// Finds the people a text mentions: each `@handle` names an active person by
    /// e-mail address, or by its local part when that is unambiguous. Only people
    /// the writer may see count, so a guest cannot discover names by mentioning.
    async fn resolve_mentions(
        &self,
        viewer: &Viewer,
        body: &str,
    ) -> Result<HashMap<String, (String, String, String)>> {
        let mut people = HashMap::new();
        for handle in markdown::mention_handles(body).into_iter().take(50) {
            let found = store::mention_candidates(self.db(), &handle.to_lowercase()).await?;
            if let [one] = found.as_slice() {
                match self.person(viewer, &one.id).await {
                    Ok(_) => {}
                    Err(DomainError::NotFound) => continue,
                    Err(e) => return Err(e),
                }
                people.insert(
                    handle,
                    (one.id.clone(), one.display_name.clone(), one.email.clone()),
                );
            }
        }
        Ok(people)
    }

    /// Whether a person (by id) may read content in this place.
    pub(crate) async fn may_read_as(&self, user_id: &str, space_id: Option<&str>) -> Result<bool> {
        let Some(row) = kaiku_store::users::get(self.db(), user_id).await? else {
            return Ok(false);
        };
        let acc = Account::from_row(row);
        if !acc.active {
            return Ok(false);
        }
        let them = Viewer {
            kind: crate::ViewerKind::Session(String::new()),
            account: Some(acc.clone()),
        };
        let place = self.place(&them, space_id).await?;
        Ok(Self::may(&them, &acc, &place, SpaceAction::ReadContent))
    }

    /// Renders a post body; returns the HTML, its topics, and the mentioned people
    /// who can read it (a mention never widens the audience: the others get nothing).
    pub(crate) async fn render_post(
        &self,
        viewer: &Viewer,
        body: &str,
        space_id: Option<&str>,
    ) -> Result<(String, Vec<String>, Vec<String>)> {
        let people = self.resolve_mentions(viewer, body).await?;
        let names: HashMap<String, (String, String)> = people
            .iter()
            .map(|(h, (id, name, _))| (h.clone(), (id.clone(), name.clone())))
            .collect();
        let rendered = markdown::render_with(body, &names);
        let mut reachable = Vec::new();
        for id in rendered.mentions {
            if self.may_read_as(&id, space_id).await? {
                reachable.push(id);
            }
        }
        Ok((rendered.html, rendered.topics, reachable))
    }

    /// The names of people a post mentions who cannot read it.
    pub(crate) async fn unreachable_mentions(
        &self,
        viewer: &Viewer,
        body: &str,
        space_id: Option<&str>,
    ) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for (_, (id, name, _)) in self.resolve_mentions(viewer, body).await? {
            if !self.may_read_as(&id, space_id).await? && !out.contains(&name) {
                out.push(name);
            }
        }
        out.sort();
        Ok(out)
    }

    /// Saves a post for later (`on`) or forgets it.
    pub async fn save_post(&self, viewer: &Viewer, post_id: &str, on: bool) -> Result<()> {
        let (acc, row, _) = self.readable(viewer, post_id).await?;
        let mut tx = self.db().begin().await?;
        store::set_bookmark(&mut tx, &acc.id, &row.id, on, self.now()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Pins a post to the top of its space, or unpins it (moderators).
    pub async fn pin_post(&self, viewer: &Viewer, post_id: &str, on: bool) -> Result<()> {
        let (acc, row, place) = self.readable(viewer, post_id).await?;
        if !Self::permissions(viewer, &acc, &place, &row.author_id).pin {
            return Err(DomainError::Forbidden);
        }
        let mut tx = self.db().begin().await?;
        store::set_pinned(&mut tx, &row.id, on.then(|| self.now())).await?;
        let kind = if on { "post.pinned" } else { "post.unpinned" };
        self.event(&mut tx, kind, row.space_id.as_deref(), &row.id, &acc.id)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The pinned posts of a space the viewer may read.
    pub async fn pinned_posts(&self, viewer: &Viewer, space_id: &str) -> Result<Vec<Post>> {
        let acc = active(viewer)?.clone();
        let space = self.space(viewer, space_id).await?;
        if !space.can.read {
            return Ok(Vec::new());
        }
        let rows = store::pinned(self.db(), &space.id).await?;
        let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
        let counts = store::reaction_counts(self.db(), &ids, &acc.id).await?;
        let saved = store::saved_among(self.db(), &acc.id, &ids).await?;
        let place = self.place(viewer, Some(&space.id)).await?;
        Ok(rows
            .into_iter()
            .map(|r| {
                let s = saved.contains(&r.id);
                Self::assemble(viewer, &acc, r, &place, Vec::new(), &counts, s)
            })
            .collect())
    }
}

impl Services {
    /// The viewer's permissions on a post (for sibling modules).
    pub(crate) fn permissions_pub(
        viewer: &Viewer,
        acc: &Account,
        place: &Place,
        author_id: &str,
    ) -> PostPermissions {
        Self::permissions(viewer, acc, place, author_id)
    }
}

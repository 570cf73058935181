//! The stream in the API: `/stream`, posts, comments, reactions.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use kaiku_domain::stream::{Comment, Post, Stream};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::ApiCaller;
use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{ApiJson, ApiPath, ApiQuery};

/// A post.
#[derive(Serialize, ToSchema)]
pub(crate) struct PostBody {
    id: String,
    /// The space, or `null` for a post on the author's profile.
    space_id: Option<String>,
    author_id: String,
    /// Markdown source.
    body: String,
    /// Sanitised HTML.
    body_html: String,
    created_at: String,
    edited_at: Option<String>,
    /// Count per reaction kind.
    reactions: BTreeMap<String, i64>,
    /// Kinds the caller has given.
    my_reactions: Vec<String>,
    comment_count: i64,
    /// Pinned to the top of its space.
    pinned: bool,
    /// Saved by the caller.
    saved: bool,
}

/// A comment.
#[derive(Serialize, ToSchema)]
pub(crate) struct CommentBody {
    id: String,
    post_id: String,
    /// The comment this replies to (one level deep).
    parent_id: Option<String>,
    author_id: String,
    body: String,
    body_html: String,
    created_at: String,
    edited_at: Option<String>,
}

/// A page of posts.
#[derive(Serialize, ToSchema)]
pub(crate) struct PostList {
    items: Vec<PostBody>,
    next_cursor: Option<String>,
}

/// Comments of a post.
#[derive(Serialize, ToSchema)]
pub(crate) struct CommentList {
    items: Vec<CommentBody>,
    next_cursor: Option<String>,
}

pub(super) fn rfc3339(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

pub(super) fn post_body(p: Post) -> PostBody {
    PostBody {
        reactions: p
            .reactions
            .iter()
            .map(|r| (r.kind.to_owned(), r.count))
            .collect(),
        my_reactions: p
            .reactions
            .iter()
            .filter(|r| r.mine)
            .map(|r| r.kind.to_owned())
            .collect(),
        created_at: rfc3339(p.created_at),
        edited_at: p.edited_at.map(rfc3339),
        id: p.id,
        space_id: p.space_id,
        author_id: p.author_id,
        body: p.body,
        body_html: p.body_html,
        comment_count: p.comment_count,
        pinned: p.pinned,
        saved: p.saved,
    }
}

fn comment_body(post_id: &str, c: Comment) -> CommentBody {
    CommentBody {
        created_at: rfc3339(c.created_at),
        edited_at: c.edited_at.map(rfc3339),
        post_id: post_id.to_owned(),
        id: c.id,
        parent_id: c.parent_id,
        author_id: c.author_id,
        body: c.body,
        body_html: c.body_html,
    }
}

/// Paging parameters.
#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub(crate) struct PageParams {
    /// For `/stream`: `all` (default), `spaces`, `following`, `mentions` or `saved`.
    filter: Option<String>,
    cursor: Option<String>,
    /// 1–100, default 20.
    limit: Option<usize>,
}

fn limit(p: &PageParams, tr: kaiku_domain::Tr) -> Result<usize, ApiError> {
    let l = p.limit.unwrap_or(20);
    if (1..=100).contains(&l) {
        Ok(l)
    } else {
        Err(ApiError::from_domain(
            kaiku_domain::DomainError::invalid("limit", "error-limit-range"),
            tr,
        ))
    }
}

pub(super) async fn page(
    state: &AppState,
    caller: &ApiCaller,
    which: Stream,
    p: &PageParams,
) -> Result<Json<PostList>, ApiError> {
    let l = limit(p, caller.tr)?;
    let page = state
        .services
        .stream(&caller.viewer, which, p.cursor.as_deref(), l)
        .await
        .map_err(caller.problem())?;
    Ok(Json(PostList {
        items: page.items.into_iter().map(post_body).collect(),
        next_cursor: page.next_cursor,
    }))
}

/// My stream: my spaces (unless muted), what I follow and my colleagues'
/// profile posts, newest first.
#[utoipa::path(get, path = "/api/v1/stream", tag = "stream", params(PageParams),
    responses((status = 200, body = PostList), (status = 401, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn stream(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiQuery(p): ApiQuery<PageParams>,
) -> Result<Json<PostList>, ApiError> {
    let which = match p.filter.as_deref() {
        None | Some("") | Some("all") => Stream::Home,
        Some("spaces") => Stream::MySpaces,
        Some("following") => Stream::Following,
        Some("mentions") => Stream::Mentions,
        Some("saved") => Stream::Saved,
        Some(_) => {
            return Err(ApiError::from_domain(
                kaiku_domain::DomainError::invalid("filter", "error-choice-invalid"),
                caller.tr,
            ));
        }
    };
    page(&state, &caller, which, &p).await
}

/// A space's posts, newest first.
#[utoipa::path(get, path = "/api/v1/spaces/{id}/posts", tag = "stream", params(("id" = String, Path), PageParams),
    responses((status = 200, body = PostList), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn space_posts(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiQuery(p): ApiQuery<PageParams>,
) -> Result<Json<PostList>, ApiError> {
    page(&state, &caller, Stream::Space(id), &p).await
}

/// Text of a post or comment.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct BodyWrite {
    /// Markdown, at most 10,000 characters for posts and 5,000 for comments.
    body: String,
    /// For comments: the comment this replies to.
    #[serde(default)]
    parent_id: Option<String>,
}

/// Write a post in a space.
#[utoipa::path(post, path = "/api/v1/spaces/{id}/posts", tag = "stream", params(("id" = String, Path)), request_body = BodyWrite,
    responses((status = 201, body = PostBody), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn create_post(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(b): ApiJson<BodyWrite>,
) -> Result<Response, ApiError> {
    let p = state
        .services
        .create_post(&caller.viewer, Some(&id), &b.body)
        .await
        .map_err(caller.problem())?;
    Ok(super::created(
        format!("/api/v1/posts/{}", p.id),
        post_body(p),
    ))
}

/// One post.
#[utoipa::path(get, path = "/api/v1/posts/{id}", tag = "stream", params(("id" = String, Path)),
    responses((status = 200, body = PostBody), (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn get_post(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<PostBody>, ApiError> {
    let p = state
        .services
        .post(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    Ok(Json(post_body(p)))
}

/// Edit my post (the previous text is kept as a revision).
#[utoipa::path(patch, path = "/api/v1/posts/{id}", tag = "stream", params(("id" = String, Path)), request_body = BodyWrite,
    responses((status = 200, body = PostBody), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn patch_post(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(b): ApiJson<BodyWrite>,
) -> Result<Json<PostBody>, ApiError> {
    let p = state
        .services
        .edit_post(&caller.viewer, &id, &b.body)
        .await
        .map_err(caller.problem())?;
    Ok(Json(post_body(p)))
}

/// Delete a post (its author, or a moderator).
#[utoipa::path(delete, path = "/api/v1/posts/{id}", tag = "stream", params(("id" = String, Path)),
    responses((status = 204), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn delete_post(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    state
        .services
        .delete_post(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::NO_CONTENT)
}

/// The comments of a post, oldest first.
#[utoipa::path(get, path = "/api/v1/posts/{id}/comments", tag = "stream", params(("id" = String, Path)),
    responses((status = 200, body = CommentList), (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn comments(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<CommentList>, ApiError> {
    let p = state
        .services
        .post(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    let post_id = p.id.clone();
    Ok(Json(CommentList {
        items: p
            .comments
            .into_iter()
            .map(|c| comment_body(&post_id, c))
            .collect(),
        next_cursor: None,
    }))
}

/// Comment on a post, or reply to a comment (`parent_id`).
#[utoipa::path(post, path = "/api/v1/posts/{id}/comments", tag = "stream", params(("id" = String, Path)), request_body = BodyWrite,
    responses((status = 201, body = CommentBody), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn create_comment(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(b): ApiJson<BodyWrite>,
) -> Result<Response, ApiError> {
    let c = state
        .services
        .add_comment(&caller.viewer, &id, b.parent_id.as_deref(), &b.body)
        .await
        .map_err(caller.problem())?;
    let cid = c.id.clone();
    Ok(super::created(
        format!("/api/v1/comments/{cid}"),
        comment_body(&id, c),
    ))
}

/// Edit my comment.
#[utoipa::path(patch, path = "/api/v1/comments/{id}", tag = "stream", params(("id" = String, Path)), request_body = BodyWrite,
    responses((status = 200, body = CommentBody), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn patch_comment(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(b): ApiJson<BodyWrite>,
) -> Result<Json<CommentBody>, ApiError> {
    let tr = caller.tr;
    let post_id = state
        .services
        .comment_post_id(&caller.viewer, &id)
        .await
        .map_err(|e| ApiError::from_domain(e, tr))?;
    let c = state
        .services
        .edit_comment(&caller.viewer, &id, &b.body)
        .await
        .map_err(|e| ApiError::from_domain(e, tr))?;
    Ok(Json(comment_body(&post_id, c)))
}

/// Delete a comment and its replies (its author, or a moderator).
#[utoipa::path(delete, path = "/api/v1/comments/{id}", tag = "stream", params(("id" = String, Path)),
    responses((status = 204), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn delete_comment(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    state
        .services
        .delete_comment(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::NO_CONTENT)
}

/// Posts with a topic that the caller may read, newest first.
#[utoipa::path(get, path = "/api/v1/topics/{topic}/posts", tag = "stream", params(("topic" = String, Path), PageParams),
    responses((status = 200, body = PostList), (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn topic_posts(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(topic): ApiPath<String>,
    ApiQuery(p): ApiQuery<PageParams>,
) -> Result<Json<PostList>, ApiError> {
    page(&state, &caller, Stream::Topic(topic), &p).await
}

/// Save a post for later; idempotent.
#[utoipa::path(put, path = "/api/v1/posts/{id}/bookmark", tag = "stream", params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn put_bookmark(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    state
        .services
        .save_post(&caller.viewer, &id, true)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::NO_CONTENT)
}

/// Forget a saved post; idempotent.
#[utoipa::path(delete, path = "/api/v1/posts/{id}/bookmark", tag = "stream", params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn delete_bookmark(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    state
        .services
        .save_post(&caller.viewer, &id, false)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::NO_CONTENT)
}

/// Pin a post to the top of its space (moderators); idempotent.
#[utoipa::path(put, path = "/api/v1/posts/{id}/pin", tag = "stream", params(("id" = String, Path)),
    responses((status = 204), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn put_pin(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    state
        .services
        .pin_post(&caller.viewer, &id, true)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::NO_CONTENT)
}

/// Unpin a post (moderators); idempotent.
#[utoipa::path(delete, path = "/api/v1/posts/{id}/pin", tag = "stream", params(("id" = String, Path)),
    responses((status = 204), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn delete_pin(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    state
        .services
        .pin_post(&caller.viewer, &id, false)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::NO_CONTENT)
}

/// Announce an organisation-wide post on everyone's home (administrators); idempotent.
#[utoipa::path(put, path = "/api/v1/posts/{id}/announcement", tag = "stream", params(("id" = String, Path)),
    responses((status = 204), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 409, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn put_announcement(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    state
        .services
        .announce_post(&caller.viewer, &id, true)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::NO_CONTENT)
}

/// Stop announcing a post (administrators); idempotent.
#[utoipa::path(delete, path = "/api/v1/posts/{id}/announcement", tag = "stream", params(("id" = String, Path)),
    responses((status = 204), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn delete_announcement(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    state
        .services
        .announce_post(&caller.viewer, &id, false)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::NO_CONTENT)
}

/// Announcements I have not dismissed.
#[utoipa::path(get, path = "/api/v1/announcements", tag = "stream",
    responses((status = 200, body = PostList), (status = 401, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn announcements(
    State(state): State<AppState>,
    caller: ApiCaller,
) -> Result<Json<PostList>, ApiError> {
    let items = state
        .services
        .announcements(&caller.viewer)
        .await
        .map_err(caller.problem())?;
    Ok(Json(PostList {
        items: items.into_iter().map(post_body).collect(),
        next_cursor: None,
    }))
}

/// Dismiss an announcement for me.
#[utoipa::path(delete, path = "/api/v1/announcements/{id}", tag = "stream", params(("id" = String, Path, description = "The post's id")),
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn dismiss_announcement(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    state
        .services
        .dismiss_announcement(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::NO_CONTENT)
}

/// A report.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ReportWrite {
    /// What is wrong (at most 1,000 characters).
    reason: String,
    /// Report one of the post's comments rather than the post.
    #[serde(default)]
    comment_id: Option<String>,
}

/// Report a post or one of its comments to its moderators.
#[utoipa::path(post, path = "/api/v1/posts/{id}/reports", tag = "stream", params(("id" = String, Path)), request_body = ReportWrite,
    responses((status = 202), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn create_report(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(b): ApiJson<ReportWrite>,
) -> Result<StatusCode, ApiError> {
    state
        .services
        .report(&caller.viewer, &id, b.comment_id.as_deref(), &b.reason)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::ACCEPTED)
}

/// An open report.
#[derive(Serialize, ToSchema)]
pub(crate) struct ReportBody {
    id: String,
    post_id: String,
    comment_id: Option<String>,
    reason: String,
    created_at: String,
}

/// Open reports.
#[derive(Serialize, ToSchema)]
pub(crate) struct ReportList {
    items: Vec<ReportBody>,
    next_cursor: Option<String>,
}

/// Open reports in places I moderate (everything, for administrators).
#[utoipa::path(get, path = "/api/v1/reports", tag = "stream",
    responses((status = 200, body = ReportList), (status = 401, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn reports(
    State(state): State<AppState>,
    caller: ApiCaller,
) -> Result<Json<ReportList>, ApiError> {
    let r = state
        .services
        .open_reports(&caller.viewer)
        .await
        .map_err(caller.problem())?;
    Ok(Json(ReportList {
        items: r
            .into_iter()
            .map(|r| ReportBody {
                created_at: rfc3339(r.created_at),
                id: r.id,
                post_id: r.post_id,
                comment_id: r.comment_id,
                reason: r.reason,
            })
            .collect(),
        next_cursor: None,
    }))
}

/// How to resolve a report.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Resolution {
    /// `remove` the reported content, or `dismiss` the report.
    action: String,
}

/// Resolve a report (its moderators).
#[utoipa::path(post, path = "/api/v1/reports/{id}/resolve", tag = "stream", params(("id" = String, Path)), request_body = Resolution,
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn resolve_report(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(b): ApiJson<Resolution>,
) -> Result<StatusCode, ApiError> {
    let remove = match b.action.as_str() {
        "remove" => true,
        "dismiss" => false,
        _ => {
            return Err(ApiError::from_domain(
                kaiku_domain::DomainError::invalid("action", "error-choice-invalid"),
                caller.tr,
            ));
        }
    };
    state
        .services
        .resolve_report(&caller.viewer, &id, remove)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::NO_CONTENT)
}

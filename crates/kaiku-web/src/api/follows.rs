//! Follows in the API: what reaches my stream, and one person's posts.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use kaiku_domain::follows::FollowKind;
use kaiku_domain::stream::Stream;
use serde::Serialize;
use utoipa::ToSchema;

use super::ApiCaller;
use super::posts::{PageParams, PostList, page};
use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{ApiPath, ApiQuery};

/// One thing the caller follows.
#[derive(Serialize, ToSchema)]
pub(crate) struct FollowBody {
    /// `person`, `space` or `topic`.
    kind: &'static str,
    /// Person or space id, or the topic without `#`.
    target: String,
    label: String,
}

/// What the caller follows explicitly.
#[derive(Serialize, ToSchema)]
pub(crate) struct FollowList {
    items: Vec<FollowBody>,
}

/// A person's posts that the caller may see, newest first.
#[utoipa::path(get, path = "/api/v1/users/{id}/posts", tag = "stream", params(("id" = String, Path), PageParams),
    responses((status = 200, body = PostList), (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn person_posts(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiQuery(p): ApiQuery<PageParams>,
) -> Result<Json<PostList>, ApiError> {
    // Unknown or hidden people are 404, not an empty page.
    state
        .services
        .person(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    page(&state, &caller, Stream::Person(id), &p).await
}

/// People, spaces beyond my own, and topics I follow; newest first.
/// Spaces I am a member of reach my stream unless I unfollow (mute) them.
#[utoipa::path(get, path = "/api/v1/follows", tag = "follows",
    responses((status = 200, body = FollowList), (status = 401, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn list(
    State(state): State<AppState>,
    caller: ApiCaller,
) -> Result<Json<FollowList>, ApiError> {
    let items = state
        .services
        .following(&caller.viewer)
        .await
        .map_err(caller.problem())?
        .into_iter()
        .map(|f| FollowBody {
            kind: f.kind.as_str(),
            target: f.target,
            label: f.label,
        })
        .collect();
    Ok(Json(FollowList { items }))
}

/// Follow a person, space or topic; idempotent.
#[utoipa::path(put, path = "/api/v1/follows/{kind}/{target}", tag = "follows",
    params(("kind" = String, Path, description = "`person`, `space` or `topic`"),
        ("target" = String, Path, description = "Person or space id, or the topic")),
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn put(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath((kind, target)): ApiPath<(String, String)>,
) -> Result<StatusCode, ApiError> {
    set(&state, &caller, &kind, &target, true).await
}

/// Stop following; for a space I am a member of, this mutes it; idempotent.
#[utoipa::path(delete, path = "/api/v1/follows/{kind}/{target}", tag = "follows",
    params(("kind" = String, Path, description = "`person`, `space` or `topic`"),
        ("target" = String, Path, description = "Person or space id, or the topic")),
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn delete(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath((kind, target)): ApiPath<(String, String)>,
) -> Result<StatusCode, ApiError> {
    set(&state, &caller, &kind, &target, false).await
}

async fn set(
    state: &AppState,
    caller: &ApiCaller,
    kind: &str,
    target: &str,
    on: bool,
) -> Result<StatusCode, ApiError> {
    let kind = FollowKind::parse(kind)
        .ok_or_else(|| ApiError::from_domain(kaiku_domain::DomainError::NotFound, caller.tr))?;
    state
        .services
        .follow(&caller.viewer, kind, target, on)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::NO_CONTENT)
}

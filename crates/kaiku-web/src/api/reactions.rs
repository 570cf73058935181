//! Reactions in the API: give, take back, and see who reacted.

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

use super::ApiCaller;
use super::posts::{PostBody, post_body};
use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::ApiPath;

/// One person's reaction.
#[derive(Serialize, ToSchema)]
pub(crate) struct ReactorBody {
    kind: String,
    display_name: String,
}

/// Who reacted to a post.
#[derive(Serialize, ToSchema)]
pub(crate) struct ReactorList {
    items: Vec<ReactorBody>,
}

/// Who reacted to a post, by kind.
#[utoipa::path(get, path = "/api/v1/posts/{id}/reactions", tag = "stream", params(("id" = String, Path)),
    responses((status = 200, body = ReactorList), (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn list(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<ReactorList>, ApiError> {
    let items = state
        .services
        .reactors(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?
        .into_iter()
        .map(|(kind, display_name)| ReactorBody { kind, display_name })
        .collect();
    Ok(Json(ReactorList { items }))
}

/// React to a post (`like`, `thanks`, `celebrate`, `insightful`, `funny`); idempotent.
#[utoipa::path(put, path = "/api/v1/posts/{id}/reactions/{kind}", tag = "stream", params(("id" = String, Path), ("kind" = String, Path)),
    responses((status = 200, body = PostBody), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn put_reaction(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath((id, kind)): ApiPath<(String, String)>,
) -> Result<Json<PostBody>, ApiError> {
    set(&state, &caller, &id, &kind, true).await
}

/// Take a reaction back; idempotent.
#[utoipa::path(delete, path = "/api/v1/posts/{id}/reactions/{kind}", tag = "stream", params(("id" = String, Path), ("kind" = String, Path)),
    responses((status = 200, body = PostBody), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn delete_reaction(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath((id, kind)): ApiPath<(String, String)>,
) -> Result<Json<PostBody>, ApiError> {
    set(&state, &caller, &id, &kind, false).await
}

async fn set(
    state: &AppState,
    caller: &ApiCaller,
    id: &str,
    kind: &str,
    on: bool,
) -> Result<Json<PostBody>, ApiError> {
    let p = state
        .services
        .react(&caller.viewer, id, kind, on)
        .await
        .map_err(caller.problem())?;
    Ok(Json(post_body(p)))
}

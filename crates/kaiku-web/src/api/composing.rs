//! Help while writing, in the API: preview a draft and suggest @mentions.

use axum::Json;
use axum::extract::State;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::ApiCaller;
use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{ApiJson, ApiQuery};

/// A draft to render.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct PreviewWrite {
    /// Markdown source.
    body: String,
    /// The space it is meant for; absent for a profile post.
    #[serde(default)]
    space_id: Option<String>,
}

/// A rendered draft.
#[derive(Serialize, ToSchema)]
pub(crate) struct PreviewBody {
    /// Sanitised HTML, exactly as the post would show it.
    body_html: String,
    /// Mentioned people who could not read it, and so would not be told.
    unreachable_mentions: Vec<String>,
}

/// Render a draft without saving it.
#[utoipa::path(post, path = "/api/v1/preview", tag = "stream", request_body = PreviewWrite,
    responses((status = 200, body = PreviewBody), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn preview(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiJson(b): ApiJson<PreviewWrite>,
) -> Result<Json<PreviewBody>, ApiError> {
    let space = b.space_id.as_deref().filter(|s| !s.is_empty());
    let p = state
        .services
        .preview(&caller.viewer, space, &b.body)
        .await
        .map_err(caller.problem())?;
    Ok(Json(PreviewBody {
        body_html: p.html,
        unreachable_mentions: p.unreachable_mentions,
    }))
}

/// What to look up.
#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub(crate) struct MentionParams {
    /// What was typed after `@`.
    q: String,
    /// The space being written in; absent for a profile post.
    space_id: Option<String>,
}

/// A person one may mention.
#[derive(Serialize, ToSchema)]
pub(crate) struct MentionBody {
    id: String,
    display_name: String,
    /// What to write after `@`.
    handle: String,
}

/// People to mention.
#[derive(Serialize, ToSchema)]
pub(crate) struct MentionList {
    items: Vec<MentionBody>,
}

/// People who match and can read what is written there (at most eight).
#[utoipa::path(get, path = "/api/v1/mentions", tag = "stream", params(MentionParams),
    responses((status = 200, body = MentionList), (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn mentions(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiQuery(p): ApiQuery<MentionParams>,
) -> Result<Json<MentionList>, ApiError> {
    let space = p.space_id.as_deref().filter(|s| !s.is_empty());
    let items = state
        .services
        .mention_suggestions(&caller.viewer, space, &p.q)
        .await
        .map_err(caller.problem())?
        .into_iter()
        .map(|s| MentionBody {
            id: s.id,
            display_name: s.display_name,
            handle: s.handle,
        })
        .collect();
    Ok(Json(MentionList { items }))
}

//! `/spaces`: the directory, a space, its members and join requests.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use kaiku_domain::spaces::{Member, Space, SpaceInput, SpaceQuery, SpaceScope, SpaceSummary};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::ApiCaller;
use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{ApiJson, ApiPath, ApiQuery};

/// A space.
#[derive(Serialize, ToSchema)]
pub(crate) struct SpaceBody {
    id: String,
    name: String,
    /// The last part of its web address, `/s/{slug}`.
    slug: String,
    description: String,
    /// `public`, `private` or `secret`.
    visibility: String,
    /// `#rrggbb`, one of the palette.
    color: String,
    archived: bool,
    member_count: i64,
    /// The caller's role (`owner`, `moderator`, `member`), if a member.
    my_role: Option<String>,
}

/// A space with its rules (single-space answers).
#[derive(Serialize, ToSchema)]
pub(crate) struct SpaceDetail {
    #[serde(flatten)]
    space: SpaceBody,
    /// `members` or `moderators`.
    posting: String,
    /// False: internal only, no guests.
    guests_allowed: bool,
    /// `all`, `mentions` or `muted`.
    default_notification: String,
    created_at: String,
}

/// A page of spaces.
#[derive(Serialize, ToSchema)]
pub(crate) struct SpaceList {
    items: Vec<SpaceBody>,
    next_cursor: Option<String>,
}

/// A member.
#[derive(Serialize, ToSchema)]
pub(crate) struct MemberBody {
    user_id: String,
    display_name: String,
    /// `owner`, `moderator` or `member`.
    role: String,
    /// An external partner.
    guest: bool,
    joined_at: String,
}

/// Members of a space.
#[derive(Serialize, ToSchema)]
pub(crate) struct MemberList {
    items: Vec<MemberBody>,
    next_cursor: Option<String>,
}

/// A pending request to join.
#[derive(Serialize, ToSchema)]
pub(crate) struct RequestBody {
    id: String,
    user_id: String,
    display_name: String,
    message: String,
    created_at: String,
}

/// Pending requests.
#[derive(Serialize, ToSchema)]
pub(crate) struct RequestList {
    items: Vec<RequestBody>,
    next_cursor: Option<String>,
}

fn rfc3339(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

fn summary_body(s: SpaceSummary) -> SpaceBody {
    SpaceBody {
        visibility: s.visibility.as_str().to_owned(),
        my_role: s.my_role.map(|r| r.as_str().to_owned()),
        id: s.id,
        name: s.name,
        slug: s.slug,
        description: s.description,
        color: s.color,
        archived: s.archived,
        member_count: s.member_count,
    }
}

fn detail(s: Space) -> SpaceDetail {
    SpaceDetail {
        posting: if s.moderators_post {
            "moderators"
        } else {
            "members"
        }
        .to_owned(),
        guests_allowed: s.guests_allowed,
        default_notification: s.default_notification.clone(),
        created_at: rfc3339(s.created_at),
        space: SpaceBody {
            visibility: s.visibility.as_str().to_owned(),
            my_role: s.my_role.map(|r| r.as_str().to_owned()),
            archived: s.archived_at.is_some(),
            id: s.id,
            name: s.name,
            slug: s.slug,
            description: s.description,
            color: s.color,
            member_count: s.member_count,
        },
    }
}

fn member_body(m: Member) -> MemberBody {
    MemberBody {
        role: m.role.as_str().to_owned(),
        joined_at: rfc3339(m.joined_at),
        user_id: m.user_id,
        display_name: m.display_name,
        guest: m.guest,
    }
}

/// Query parameters of `GET /spaces`.
#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub(crate) struct ListParams {
    /// `all` (default), `mine`, `public`, `private` or `archived`.
    scope: Option<String>,
    /// Matches the name.
    q: Option<String>,
    cursor: Option<String>,
    /// 1–100, default 20.
    limit: Option<usize>,
}

/// Spaces the caller may see, by name.
#[utoipa::path(get, path = "/api/v1/spaces", tag = "spaces", params(ListParams),
    responses((status = 200, body = SpaceList), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn list(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiQuery(p): ApiQuery<ListParams>,
) -> Result<Json<SpaceList>, ApiError> {
    let tr = caller.tr;
    let scope = match p.scope.as_deref() {
        None | Some("") | Some("all") => SpaceScope::All,
        Some("mine") => SpaceScope::Mine,
        Some("public") => SpaceScope::Public,
        Some("private") => SpaceScope::Private,
        Some("archived") => SpaceScope::Archived,
        Some(_) => {
            return Err(ApiError::from_domain(
                kaiku_domain::DomainError::invalid("scope", "error-choice-invalid"),
                tr,
            ));
        }
    };
    let limit = p.limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return Err(ApiError::from_domain(
            kaiku_domain::DomainError::invalid("limit", "error-limit-range"),
            tr,
        ));
    }
    let page = state
        .services
        .list_spaces(
            &caller.viewer,
            SpaceQuery {
                scope,
                q: p.q,
                cursor: p.cursor,
                limit,
            },
        )
        .await
        .map_err(|e| ApiError::from_domain(e, tr))?;
    Ok(Json(SpaceList {
        items: page.items.into_iter().map(summary_body).collect(),
        next_cursor: page.next_cursor,
    }))
}

/// A new space, or changed settings (PATCH: omitted fields keep their value).
#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct SpaceWrite {
    name: Option<String>,
    slug: Option<String>,
    description: Option<String>,
    /// `public`, `private` or `secret`.
    visibility: Option<String>,
    color: Option<String>,
    /// `members` or `moderators`.
    posting: Option<String>,
    guests_allowed: Option<bool>,
    /// `all`, `mentions` or `muted`.
    default_notification: Option<String>,
}

/// Create a space; the caller becomes its owner.
#[utoipa::path(post, path = "/api/v1/spaces", tag = "spaces", request_body = SpaceWrite,
    responses((status = 201, body = SpaceDetail), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn create(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiJson(w): ApiJson<SpaceWrite>,
) -> Result<Response, ApiError> {
    let input = SpaceInput {
        name: w.name.unwrap_or_default(),
        slug: w.slug.unwrap_or_default(),
        description: w.description.unwrap_or_default(),
        visibility: w.visibility.unwrap_or_default(),
        color: w.color.unwrap_or_default(),
        posting: w.posting.unwrap_or_else(|| "members".into()),
        guests_allowed: w.guests_allowed.unwrap_or(true),
        default_notification: w.default_notification.unwrap_or_else(|| "all".into()),
    };
    let s = state
        .services
        .create_space(&caller.viewer, input)
        .await
        .map_err(caller.problem())?;
    Ok(super::created(
        format!("/api/v1/spaces/{}", s.id),
        detail(s),
    ))
}

/// One space.
#[utoipa::path(get, path = "/api/v1/spaces/{id}", tag = "spaces", params(("id" = String, Path)),
    responses((status = 200, body = SpaceDetail), (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn get(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<SpaceDetail>, ApiError> {
    let s = state
        .services
        .space(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    Ok(Json(detail(s)))
}

/// Change a space's settings (owners and administrators).
#[utoipa::path(patch, path = "/api/v1/spaces/{id}", tag = "spaces", params(("id" = String, Path)), request_body = SpaceWrite,
    responses((status = 200, body = SpaceDetail), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn patch(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(w): ApiJson<SpaceWrite>,
) -> Result<Json<SpaceDetail>, ApiError> {
    let tr = caller.tr;
    let services = &state.services;
    let current = services
        .space(&caller.viewer, &id)
        .await
        .map_err(|e| ApiError::from_domain(e, tr))?;
    let input = SpaceInput {
        name: w.name.unwrap_or(current.name),
        slug: w.slug.unwrap_or(current.slug),
        description: w.description.unwrap_or(current.description),
        visibility: w
            .visibility
            .unwrap_or_else(|| current.visibility.as_str().to_owned()),
        color: w.color.unwrap_or(current.color),
        posting: w.posting.unwrap_or_else(|| {
            if current.moderators_post {
                "moderators"
            } else {
                "members"
            }
            .to_owned()
        }),
        guests_allowed: w.guests_allowed.unwrap_or(current.guests_allowed),
        default_notification: w
            .default_notification
            .unwrap_or(current.default_notification),
    };
    let s = services
        .update_space(&caller.viewer, &id, input)
        .await
        .map_err(|e| ApiError::from_domain(e, tr))?;
    Ok(Json(detail(s)))
}

/// Confirmation for deleting a space.
#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub(crate) struct DeleteParams {
    /// The space's exact name, to confirm.
    confirm: String,
}

/// Delete a space with everything in it (owners and administrators).
#[utoipa::path(delete, path = "/api/v1/spaces/{id}", tag = "spaces", params(("id" = String, Path), DeleteParams),
    responses((status = 204), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn delete(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiQuery(p): ApiQuery<DeleteParams>,
) -> Result<StatusCode, ApiError> {
    state
        .services
        .delete_space(&caller.viewer, &id, &p.confirm)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::NO_CONTENT)
}

/// Members, owners first (for those who may read the space).
#[utoipa::path(get, path = "/api/v1/spaces/{id}/members", tag = "spaces", params(("id" = String, Path)),
    responses((status = 200, body = MemberList), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn members(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<MemberList>, ApiError> {
    let m = state
        .services
        .space_members(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    Ok(Json(MemberList {
        items: m.into_iter().map(member_body).collect(),
        next_cursor: None,
    }))
}

/// Someone to add to a space.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct AddMember {
    user_id: String,
    /// `member` (default), `moderator` or `owner`.
    role: Option<String>,
}

/// Add a person directly (owners and administrators).
#[utoipa::path(post, path = "/api/v1/spaces/{id}/members", tag = "spaces", params(("id" = String, Path)), request_body = AddMember,
    responses((status = 201, body = MemberBody), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn add_member(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(b): ApiJson<AddMember>,
) -> Result<Response, ApiError> {
    let tr = caller.tr;
    let services = &state.services;
    let role = b.role.unwrap_or_else(|| "member".into());
    services
        .add_space_member(&caller.viewer, &id, &b.user_id, &role)
        .await
        .map_err(|e| ApiError::from_domain(e, tr))?;
    let member = services
        .space_members(&caller.viewer, &id)
        .await
        .map_err(|e| ApiError::from_domain(e, tr))?
        .into_iter()
        .find(|m| m.user_id == b.user_id)
        .ok_or_else(|| ApiError::from_domain(kaiku_domain::DomainError::NotFound, tr))?;
    let mut res = (StatusCode::CREATED, Json(member_body(member))).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("/api/v1/spaces/{id}/members/{}", b.user_id)) {
        res.headers_mut().insert(header::LOCATION, v);
    }
    Ok(res)
}

/// Remove a member (owners and administrators; anyone for themselves).
#[utoipa::path(delete, path = "/api/v1/spaces/{id}/members/{user_id}", tag = "spaces",
    params(("id" = String, Path), ("user_id" = String, Path)),
    responses((status = 204), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 409, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn remove_member(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath((id, user_id)): ApiPath<(String, String)>,
) -> Result<StatusCode, ApiError> {
    state
        .services
        .remove_space_member(&caller.viewer, &id, &user_id)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::NO_CONTENT)
}

/// Join a public space.
#[utoipa::path(post, path = "/api/v1/spaces/{id}/join", tag = "spaces", params(("id" = String, Path)),
    responses((status = 204), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn join(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    state
        .services
        .join_space(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::NO_CONTENT)
}

/// Leave a space (the last owner must hand over first: 409).
#[utoipa::path(post, path = "/api/v1/spaces/{id}/leave", tag = "spaces", params(("id" = String, Path)),
    responses((status = 204), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 409, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn leave(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    state
        .services
        .leave_space(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::NO_CONTENT)
}

/// Pending requests to join (moderators, owners, administrators).
#[utoipa::path(get, path = "/api/v1/spaces/{id}/requests", tag = "spaces", params(("id" = String, Path)),
    responses((status = 200, body = RequestList), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn requests(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<RequestList>, ApiError> {
    let r = state
        .services
        .join_requests_of(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    Ok(Json(RequestList {
        items: r
            .into_iter()
            .map(|r| RequestBody {
                created_at: rfc3339(r.created_at),
                id: r.id,
                user_id: r.user_id,
                display_name: r.display_name,
                message: r.message,
            })
            .collect(),
        next_cursor: None,
    }))
}

/// A request to join.
#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct NewRequest {
    /// For the moderators (optional).
    message: String,
}

/// Ask to join a private space.
#[utoipa::path(post, path = "/api/v1/spaces/{id}/requests", tag = "spaces", params(("id" = String, Path)), request_body = NewRequest,
    responses((status = 202), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn request(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(b): ApiJson<NewRequest>,
) -> Result<StatusCode, ApiError> {
    state
        .services
        .request_to_join(&caller.viewer, &id, &b.message)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::ACCEPTED)
}

/// Approve or reject a request.
#[utoipa::path(post, path = "/api/v1/spaces/{id}/requests/{request_id}/{decision}", tag = "spaces",
    params(("id" = String, Path), ("request_id" = String, Path), ("decision" = String, Path, description = "`approve` or `reject`")),
    responses((status = 204), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn decide(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath((id, request_id, decision)): ApiPath<(String, String, String)>,
) -> Result<StatusCode, ApiError> {
    let approve = match decision.as_str() {
        "approve" => true,
        "reject" => false,
        _ => {
            return Err(ApiError::from_domain(
                kaiku_domain::DomainError::NotFound,
                caller.tr,
            ));
        }
    };
    state
        .services
        .decide_space_request(&caller.viewer, &id, &request_id, approve)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::NO_CONTENT)
}

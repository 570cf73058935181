//! `/me` and `/users`.

use axum::Json;
use axum::extract::State;
use kaiku_domain::admin_users::PeopleQuery;
use kaiku_domain::{Account, Role};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::ApiCaller;
use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{ApiJson, ApiPath, ApiQuery};

/// The signed-in person.
#[derive(Serialize, ToSchema)]
pub(crate) struct MeBody {
    /// Opaque id.
    id: String,
    email: String,
    display_name: String,
    /// `admin`, `member` or `guest`.
    role: String,
    /// Preferred UI language (`en`, `fi`, `sv`, `nl`, `et`), if chosen.
    locale: Option<String>,
}

/// A person in the organisation.
#[derive(Serialize, ToSchema)]
pub(crate) struct UserBody {
    /// Opaque id.
    id: String,
    display_name: String,
    email: String,
    /// Job title.
    title: Option<String>,
    /// `admin`, `member` or `guest`.
    role: String,
    /// False once deactivated (their content stays, attributed to them).
    active: bool,
    /// Skills and competences (filled in by profiles).
    skills: Vec<String>,
    /// When the account was created (RFC 3339, UTC).
    created_at: String,
}

/// A page of people.
#[derive(Serialize, ToSchema)]
pub(crate) struct UserList {
    items: Vec<UserBody>,
    /// Pass as `cursor` for the next page; `null` on the last page.
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

fn user_body(a: Account) -> UserBody {
    UserBody {
        created_at: rfc3339(a.created_at),
        role: a.role.as_str().to_owned(),
        id: a.id,
        display_name: a.display_name,
        email: a.email,
        title: a.title,
        active: a.active,
        skills: Vec::new(),
    }
}

/// Who am I?
#[utoipa::path(get, path = "/api/v1/me", tag = "people",
    responses((status = 200, body = MeBody), (status = 401, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn me(caller: ApiCaller) -> Result<Json<MeBody>, ApiError> {
    let a = caller.viewer.require().map_err(caller.problem())?.clone();
    Ok(Json(MeBody {
        id: a.id,
        email: a.email,
        display_name: a.display_name,
        role: a.role.as_str().to_owned(),
        locale: a.locale.map(|l| l.code().to_owned()),
    }))
}

/// Query parameters of `GET /users`.
#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub(crate) struct ListParams {
    /// Matches name or e-mail.
    q: Option<String>,
    /// `admin`, `member` or `guest`.
    role: Option<String>,
    /// `true` for active people only, `false` for deactivated only.
    active: Option<bool>,
    /// Organisation unit (arrives with the organisation chart; accepted now).
    unit: Option<String>,
    /// Skill (arrives with profiles; accepted now).
    skill: Option<String>,
    /// From the previous page's `next_cursor`.
    cursor: Option<String>,
    /// Page size, 1–100 (default 20).
    limit: Option<usize>,
}

/// People the caller may see, by name.
#[utoipa::path(get, path = "/api/v1/users", tag = "people", params(ListParams),
    responses((status = 200, body = UserList), (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn list(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiQuery(p): ApiQuery<ListParams>,
) -> Result<Json<UserList>, ApiError> {
    let tr = caller.tr;
    let role = match p.role.as_deref() {
        None | Some("") => None,
        Some(r) => Some(Role::parse(r).ok_or_else(|| {
            ApiError::from_domain(
                kaiku_domain::DomainError::invalid("role", "error-choice-invalid"),
                tr,
            )
        })?),
    };
    let limit = p.limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return Err(ApiError::from_domain(
            kaiku_domain::DomainError::invalid("limit", "error-limit-range"),
            tr,
        ));
    }
    // Units and skills arrive with profiles; until then nobody has any, so a filter
    // on them matches no one rather than everyone.
    if p.unit.as_deref().is_some_and(|u| !u.is_empty())
        || p.skill.as_deref().is_some_and(|s| !s.is_empty())
    {
        return Ok(Json(UserList {
            items: Vec::new(),
            next_cursor: None,
        }));
    }
    let page = state
        .services
        .list_people(
            &caller.viewer,
            PeopleQuery {
                q: p.q,
                role,
                active: p.active,
                cursor: p.cursor,
                limit,
            },
        )
        .await
        .map_err(|e| ApiError::from_domain(e, tr))?;
    Ok(Json(UserList {
        items: page.items.into_iter().map(user_body).collect(),
        next_cursor: page.next_cursor,
    }))
}

/// One person.
#[utoipa::path(get, path = "/api/v1/users/{id}", tag = "people",
    params(("id" = String, Path, description = "The person's id")),
    responses((status = 200, body = UserBody), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn get(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<UserBody>, ApiError> {
    let a = state
        .services
        .person(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    Ok(Json(user_body(a)))
}

/// Fields a person may change on their own profile (administrators: on anyone's).
/// Other fields are refused, never silently applied.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct UserPatch {
    display_name: Option<String>,
    /// Empty string clears it.
    title: Option<String>,
}

/// Update a profile.
#[utoipa::path(patch, path = "/api/v1/users/{id}", tag = "people",
    params(("id" = String, Path, description = "The person's id")),
    request_body = UserPatch,
    responses((status = 200, body = UserBody), (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 413, body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn patch(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<UserPatch>,
) -> Result<Json<UserBody>, ApiError> {
    let tr = caller.tr;
    let services = &state.services;
    services
        .update_person(
            &caller.viewer,
            &id,
            body.display_name.as_deref(),
            body.title.as_deref(),
        )
        .await
        .map_err(|e| ApiError::from_domain(e, tr))?;
    let a = services
        .person(&caller.viewer, &id)
        .await
        .map_err(|e| ApiError::from_domain(e, tr))?;
    Ok(Json(user_body(a)))
}

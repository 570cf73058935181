//! `/me`, `/users` (the directory and profiles) and `/org-units`.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use kaiku_domain::people::{
    CertificateInput, DirectoryQuery, OrgUnit, PersonSummary, Profile, ProfileInput,
};
use kaiku_domain::{Lang, Role};
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

/// A person in the directory.
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
    unit_id: Option<String>,
    unit: Option<String>,
    location: Option<String>,
    phone_work: Option<String>,
    phone_mobile: Option<String>,
    /// Skills and competences, as the person wrote them.
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
    kaiku_domain::Tr::new(Lang::En).iso(ms)
}

fn user_body(p: PersonSummary) -> UserBody {
    UserBody {
        created_at: rfc3339(p.created_at),
        role: p.role.as_str().to_owned(),
        skills: p.skills.into_iter().map(|s| s.label).collect(),
        id: p.id,
        display_name: p.display_name,
        email: p.email,
        title: p.title,
        active: p.active,
        unit_id: p.unit_id,
        unit: p.unit_name,
        location: p.location,
        phone_work: p.phone_work,
        phone_mobile: p.phone_mobile,
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
    /// Words matched in name, title, e-mail and location.
    q: Option<String>,
    /// `admin`, `member` or `guest`.
    role: Option<String>,
    /// `true` (default) for active people, `false` for deactivated ones only.
    active: Option<bool>,
    /// An organisation unit's id: its people and those of the units below it.
    unit: Option<String>,
    /// A skill.
    skill: Option<String>,
    /// A place, as people wrote it (case does not matter).
    location: Option<String>,
    /// A spoken language (ISO 639-1, e.g. `sv`).
    language: Option<String>,
    /// From the previous page's `next_cursor`.
    cursor: Option<String>,
    /// Page size, 1–100 (default 20).
    limit: Option<usize>,
}

/// People the caller may see, in the alphabetical order of the caller's language.
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
    let invalid =
        |field, key| ApiError::from_domain(kaiku_domain::DomainError::invalid(field, key), tr);
    let role = match p.role.as_deref() {
        None | Some("") => None,
        Some(r) => Some(Role::parse(r).ok_or_else(|| invalid("role", "error-choice-invalid"))?),
    };
    let limit = p.limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return Err(invalid("limit", "error-limit-range"));
    }
    if p.q.as_deref().is_some_and(|q| q.chars().count() > 200) {
        return Err(invalid("q", "error-too-long"));
    }
    let page = state
        .services
        .directory(
            &caller.viewer,
            tr.lang(),
            DirectoryQuery {
                text: p.q.unwrap_or_default(),
                unit: p.unit,
                location: p.location,
                skill: p.skill,
                language: p.language,
                active: Some(p.active.unwrap_or(true)),
                role,
                cursor: p.cursor,
                limit,
            },
        )
        .await
        .map_err(caller.problem())?;
    Ok(Json(UserList {
        items: page.items.into_iter().map(user_body).collect(),
        next_cursor: page.next_cursor,
    }))
}

/// A skill with how well the person knows it.
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct SkillBody {
    name: String,
    /// 1 basic, 2 good, 3 expert; absent when not said.
    #[serde(default)]
    level: Option<i64>,
}

/// A language the person speaks.
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct LanguageBody {
    /// ISO 639-1 code.
    code: String,
    /// `native`, `fluent`, `good` or `basic`.
    level: String,
}

/// A certificate or licence.
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CertificateBody {
    name: String,
    #[serde(default)]
    issuer: String,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    issued_on: Option<String>,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    expires_on: Option<String>,
}

/// A person's whole profile, as the caller may see it.
#[derive(Serialize, ToSchema)]
pub(crate) struct ProfileBody {
    #[serde(flatten)]
    user: UserBody,
    manager_id: Option<String>,
    /// The management line above, nearest first (ids).
    managers: Vec<String>,
    /// The people reporting to them (ids).
    reports: Vec<String>,
    bio: String,
    bio_html: String,
    /// `YYYY-MM-DD`.
    start_date: Option<String>,
    /// The person's photo (with a signed-in browser session), if any.
    photo_url: Option<String>,
    skill_levels: Vec<SkillBody>,
    languages: Vec<LanguageBody>,
    certificates: Vec<CertificateBody>,
    /// The administrators' fields the caller may see: field id → value.
    fields: BTreeMap<String, String>,
}

fn profile_body(p: Profile) -> ProfileBody {
    let a = p.account;
    ProfileBody {
        user: UserBody {
            created_at: rfc3339(a.created_at),
            role: a.role.as_str().to_owned(),
            skills: p.skills.iter().map(|s| s.label.clone()).collect(),
            id: a.id.clone(),
            display_name: a.display_name,
            email: a.email,
            title: a.title,
            active: a.active,
            unit_id: p.unit_id,
            unit: p.unit_name,
            location: p.location,
            phone_work: p.phone_work,
            phone_mobile: p.phone_mobile,
        },
        manager_id: p.manager.map(|m| m.id),
        managers: p.chain.into_iter().map(|m| m.id).collect(),
        reports: p.reports.into_iter().map(|m| m.id).collect(),
        bio: p.bio,
        bio_html: p.bio_html,
        start_date: p.start_date,
        photo_url: p.photo_version.map(|v| format!("/u/{}/photo?v={v}", a.id)),
        skill_levels: p
            .skills
            .into_iter()
            .map(|s| SkillBody {
                name: s.label,
                level: s.level,
            })
            .collect(),
        languages: p
            .languages
            .into_iter()
            .map(|l| LanguageBody {
                code: l.code,
                level: l.level,
            })
            .collect(),
        certificates: p
            .certificates
            .into_iter()
            .map(|c| CertificateBody {
                name: c.name,
                issuer: c.issuer,
                issued_on: c.issued_on,
                expires_on: c.expires_on,
            })
            .collect(),
        fields: p
            .fields
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(f, v)| (f.id, v))
            .collect(),
    }
}

/// One person's profile.
#[utoipa::path(get, path = "/api/v1/users/{id}", tag = "people",
    params(("id" = String, Path, description = "The person's id")),
    responses((status = 200, body = ProfileBody), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn get(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<ProfileBody>, ApiError> {
    let p = state
        .services
        .profile(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    Ok(Json(profile_body(p)))
}

/// A change to a profile: a person may change their own self-service fields,
/// administrators (and the HR integration) any. Fields left out stay as they
/// are; lists given replace the whole list. Unknown fields are refused.
#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct UserPatch {
    display_name: Option<String>,
    /// Empty string clears it.
    title: Option<String>,
    /// A unit's id; empty for none.
    unit_id: Option<String>,
    /// The manager's id or e-mail address; empty for none.
    manager: Option<String>,
    location: Option<String>,
    phone_work: Option<String>,
    phone_mobile: Option<String>,
    /// Markdown.
    bio: Option<String>,
    /// `YYYY-MM-DD`; empty for none.
    start_date: Option<String>,
    skills: Option<Vec<SkillBody>>,
    languages: Option<Vec<LanguageBody>>,
    certificates: Option<Vec<CertificateBody>>,
    /// Administrators' fields: field id → value (empty removes it).
    fields: Option<BTreeMap<String, String>>,
}

/// Update a profile.
#[utoipa::path(patch, path = "/api/v1/users/{id}", tag = "people",
    params(("id" = String, Path, description = "The person's id")),
    request_body = UserPatch,
    responses((status = 200, body = ProfileBody), (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 413, body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn patch(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(b): ApiJson<UserPatch>,
) -> Result<Json<ProfileBody>, ApiError> {
    let input = ProfileInput {
        display_name: b.display_name,
        title: b.title,
        unit: b.unit_id,
        manager: b.manager,
        location: b.location,
        phone_work: b.phone_work,
        phone_mobile: b.phone_mobile,
        bio: b.bio,
        start_date: b.start_date,
        skills: b.skills.map(|list| {
            list.into_iter()
                .map(|s| (s.name, s.level.map(|l| l.to_string()).unwrap_or_default()))
                .collect()
        }),
        languages: b
            .languages
            .map(|list| list.into_iter().map(|l| (l.code, l.level)).collect()),
        certificates: b.certificates.map(|list| {
            list.into_iter()
                .map(|c| CertificateInput {
                    name: c.name,
                    issuer: c.issuer,
                    issued_on: c.issued_on.unwrap_or_default(),
                    expires_on: c.expires_on.unwrap_or_default(),
                })
                .collect()
        }),
        fields: b.fields.map(|m| m.into_iter().collect()),
    };
    let p = state
        .services
        .update_profile(&caller.viewer, &id, input)
        .await
        .map_err(caller.problem())?;
    Ok(Json(profile_body(p)))
}

/// A unit of the organisation.
#[derive(Serialize, ToSchema)]
pub(crate) struct OrgUnitBody {
    id: String,
    parent_id: Option<String>,
    name: String,
    description: String,
    /// The kind's id (`group`, `company`, `business_unit`, `department`, `team`,
    /// or one of the administrators' own).
    kind: String,
    /// The kind's name in the caller's language.
    kind_label: String,
    lead_id: Option<String>,
    /// Active people directly in the unit.
    people: i64,
}

fn unit_body(u: OrgUnit, caller: &ApiCaller) -> OrgUnitBody {
    OrgUnitBody {
        kind_label: u.kind.label(&caller.tr),
        kind: u.kind.id,
        id: u.id,
        parent_id: u.parent_id,
        name: u.name,
        description: u.description,
        lead_id: u.lead_id,
        people: u.people,
    }
}

/// The organisation's units.
#[derive(Serialize, ToSchema)]
pub(crate) struct OrgUnitList {
    /// Depth first: each unit comes after its parent, siblings by name.
    items: Vec<OrgUnitBody>,
}

/// The whole organisation tree (empty for partners).
#[utoipa::path(get, path = "/api/v1/org-units", tag = "people",
    responses((status = 200, body = OrgUnitList), (status = 401, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn org_units(
    State(state): State<AppState>,
    caller: ApiCaller,
) -> Result<Json<OrgUnitList>, ApiError> {
    let units = state
        .services
        .org_tree(&caller.viewer)
        .await
        .map_err(caller.problem())?;
    Ok(Json(OrgUnitList {
        items: units.into_iter().map(|u| unit_body(u, &caller)).collect(),
    }))
}

/// A unit with its place in the tree and its people.
#[derive(Serialize, ToSchema)]
pub(crate) struct OrgUnitPageBody {
    #[serde(flatten)]
    unit: OrgUnitBody,
    /// From the top of the tree down to the parent.
    path: Vec<OrgUnitBody>,
    children: Vec<OrgUnitBody>,
    /// The people directly in it, alphabetically.
    members: Vec<UserBody>,
}

/// One unit.
#[utoipa::path(get, path = "/api/v1/org-units/{id}", tag = "people", params(("id" = String, Path)),
    responses((status = 200, body = OrgUnitPageBody), (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn org_unit(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<OrgUnitPageBody>, ApiError> {
    let page = state
        .services
        .org_unit(&caller.viewer, caller.tr.lang(), &id)
        .await
        .map_err(caller.problem())?;
    Ok(Json(OrgUnitPageBody {
        path: page
            .path
            .into_iter()
            .map(|u| unit_body(u, &caller))
            .collect(),
        children: page
            .children
            .into_iter()
            .map(|u| unit_body(u, &caller))
            .collect(),
        members: page.people.into_iter().map(user_body).collect(),
        unit: unit_body(page.unit, &caller),
    }))
}

//! Notifications in the API: the list, marking read, and what one wants to hear
//! (per kind, digests, per space, per thread).

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use kaiku_domain::notifications::{Notification, NotificationSettings, NotificationSettingsInput};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::ApiCaller;
use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{ApiJson, ApiPath, ApiQuery};

/// Someone who caused a notification.
#[derive(Serialize, ToSchema)]
pub(crate) struct ActorBody {
    id: String,
    display_name: String,
}

/// What a notification is about.
#[derive(Serialize, ToSchema)]
pub(crate) struct SubjectBody {
    /// `comment`, `post` or `space`.
    #[serde(rename = "type")]
    kind: &'static str,
    id: String,
    /// The page of the exact item.
    url: String,
    /// The beginning of its text, as plain text.
    excerpt: Option<String>,
}

/// A notification.
#[derive(Serialize, ToSchema)]
pub(crate) struct NotificationBody {
    id: String,
    /// `mention`, `comment`, `reaction`, `space_post`, `announcement`, `invitation`,
    /// `join_request`, `request_decided` or `role_changed`.
    kind: &'static str,
    read: bool,
    /// What happened, in the caller's language.
    title: String,
    created_at: String,
    /// The latest activity folded into it.
    updated_at: String,
    /// The most recent actors (up to three).
    actors: Vec<ActorBody>,
    /// How many different people took part.
    actor_count: i64,
    /// How many events it stands for.
    count: i64,
    space_id: Option<String>,
    subject: Option<SubjectBody>,
}

fn rfc3339(ms: i64) -> String {
    kaiku_domain::Tr::new(kaiku_domain::Lang::En).iso(ms)
}

fn body(n: Notification, caller: &ApiCaller) -> NotificationBody {
    let subject = match (&n.comment_id, &n.post_id, &n.space_id) {
        (Some(c), _, _) => Some(("comment", c.clone())),
        (None, Some(p), _) => Some(("post", p.clone())),
        (None, None, Some(s)) => Some(("space", s.clone())),
        _ => None,
    }
    .map(|(kind, id)| SubjectBody {
        kind,
        id,
        url: n.url.clone(),
        excerpt: n.excerpt.clone(),
    });
    NotificationBody {
        title: n.headline(caller.tr),
        kind: n.kind.as_str(),
        read: n.read,
        created_at: rfc3339(n.created_at),
        updated_at: rfc3339(n.updated_at),
        actors: n
            .actors
            .into_iter()
            .map(|a| ActorBody {
                id: a.id,
                display_name: a.display_name,
            })
            .collect(),
        actor_count: n.actor_count,
        count: n.event_count,
        space_id: n.space_id,
        subject,
        id: n.id,
    }
}

/// A page of notifications.
#[derive(Serialize, ToSchema)]
pub(crate) struct NotificationList {
    items: Vec<NotificationBody>,
    next_cursor: Option<String>,
    /// Unread notifications in all (up to 100).
    unread: i64,
}

/// Paging and filtering.
#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub(crate) struct ListParams {
    /// `true`: only unread ones.
    unread: Option<bool>,
    cursor: Option<String>,
    /// 1–100, default 20.
    limit: Option<usize>,
}

/// My notifications, newest activity first.
#[utoipa::path(get, path = "/api/v1/notifications", tag = "notifications", params(ListParams),
    responses((status = 200, body = NotificationList), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn list(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiQuery(p): ApiQuery<ListParams>,
) -> Result<Json<NotificationList>, ApiError> {
    let limit = p.limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return Err(ApiError::from_domain(
            kaiku_domain::DomainError::invalid("limit", "error-limit-range"),
            caller.tr,
        ));
    }
    let services = &state.services;
    let page = services
        .notifications(
            &caller.viewer,
            p.unread.unwrap_or(false),
            p.cursor.as_deref(),
            limit,
        )
        .await
        .map_err(caller.problem())?;
    let unread = services
        .unread_notifications(&caller.viewer)
        .await
        .map_err(caller.problem())?;
    Ok(Json(NotificationList {
        items: page.items.into_iter().map(|n| body(n, &caller)).collect(),
        next_cursor: page.next_cursor,
        unread,
    }))
}

/// Mark one notification read.
#[utoipa::path(post, path = "/api/v1/notifications/{id}/read", tag = "notifications", params(("id" = String, Path)),
    responses((status = 200, body = NotificationBody), (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn read(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<NotificationBody>, ApiError> {
    let n = state
        .services
        .read_notification(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    Ok(Json(body(n, &caller)))
}

/// Mark all my notifications read.
#[utoipa::path(post, path = "/api/v1/notifications/read-all", tag = "notifications",
    responses((status = 204), (status = 401, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn read_all(
    State(state): State<AppState>,
    caller: ApiCaller,
) -> Result<StatusCode, ApiError> {
    state
        .services
        .read_all_notifications(&caller.viewer)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::NO_CONTENT)
}

/// How I hear of notifications.
#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct PreferencesBody {
    /// Per kind: `app`, `email`, `daily`, `weekly` or `off`.
    #[serde(default)]
    kinds: BTreeMap<String, String>,
    /// IANA time zone; empty for the organisation's. Answers give the zone in force.
    time_zone: Option<String>,
    /// Local hour (0–23) of digests.
    digest_hour: Option<i64>,
    /// ISO weekday (1 = Monday) of the weekly digest.
    digest_weekday: Option<i64>,
}

fn prefs_body(s: NotificationSettings) -> PreferencesBody {
    PreferencesBody {
        kinds: s
            .kinds
            .iter()
            .map(|k| (k.kind.as_str().to_owned(), k.delivery.as_str().to_owned()))
            .collect(),
        time_zone: Some(s.time_zone),
        digest_hour: Some(s.digest_hour),
        digest_weekday: Some(s.digest_weekday),
    }
}

/// My notification preferences.
#[utoipa::path(get, path = "/api/v1/notification-preferences", tag = "notifications",
    responses((status = 200, body = PreferencesBody), (status = 401, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn preferences(
    State(state): State<AppState>,
    caller: ApiCaller,
) -> Result<Json<PreferencesBody>, ApiError> {
    let s = state
        .services
        .notification_settings(&caller.viewer)
        .await
        .map_err(caller.problem())?;
    Ok(Json(prefs_body(s)))
}

/// Change my notification preferences; what is left out stays as it is.
#[utoipa::path(patch, path = "/api/v1/notification-preferences", tag = "notifications", request_body = PreferencesBody,
    responses((status = 200, body = PreferencesBody), (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn patch_preferences(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiJson(b): ApiJson<PreferencesBody>,
) -> Result<Json<PreferencesBody>, ApiError> {
    let input = NotificationSettingsInput {
        deliveries: b.kinds.into_iter().collect(),
        time_zone: b.time_zone,
        digest_hour: b.digest_hour.map(|h| h.to_string()),
        digest_weekday: b.digest_weekday.map(|d| d.to_string()),
    };
    let s = state
        .services
        .update_notification_settings(&caller.viewer, input)
        .await
        .map_err(caller.problem())?;
    Ok(Json(prefs_body(s)))
}

/// How much I hear from a space.
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct LevelBody {
    /// `all` (every new post), `mentions` (mentions and my conversations) or
    /// `muted` (only mentions); `default` in a request forgets my choice.
    level: String,
    /// Whether I chose it (else it is the space's default).
    #[serde(default)]
    chosen: bool,
}

/// My notification level for a space I belong to.
#[utoipa::path(get, path = "/api/v1/spaces/{id}/notification-level", tag = "notifications", params(("id" = String, Path)),
    responses((status = 200, body = LevelBody), (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn space_level(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<LevelBody>, ApiError> {
    let (level, chosen) = state
        .services
        .space_notification_level(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    Ok(Json(LevelBody {
        level: level.as_str().to_owned(),
        chosen,
    }))
}

/// Set my notification level for a space I belong to.
#[utoipa::path(put, path = "/api/v1/spaces/{id}/notification-level", tag = "notifications", params(("id" = String, Path)),
    request_body = LevelBody,
    responses((status = 200, body = LevelBody), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn put_space_level(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(b): ApiJson<LevelBody>,
) -> Result<Json<LevelBody>, ApiError> {
    state
        .services
        .set_space_notification_level(&caller.viewer, &id, Some(&b.level))
        .await
        .map_err(caller.problem())?;
    space_level(State(state), caller, ApiPath(id)).await
}

/// Whether I follow a post's conversation.
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct SubscriptionBody {
    /// `following`, `muted` or `none`.
    state: String,
}

/// Follow (`following`), mute (`muted`) or forget (`none`) a post's conversation.
#[utoipa::path(put, path = "/api/v1/posts/{id}/subscription", tag = "notifications", params(("id" = String, Path)),
    request_body = SubscriptionBody,
    responses((status = 200, body = SubscriptionBody), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn put_subscription(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(b): ApiJson<SubscriptionBody>,
) -> Result<Json<SubscriptionBody>, ApiError> {
    let now = state
        .services
        .set_thread_subscription(&caller.viewer, &id, &b.state)
        .await
        .map_err(caller.problem())?;
    Ok(Json(SubscriptionBody {
        state: now.to_owned(),
    }))
}

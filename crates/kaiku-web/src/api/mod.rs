//! The JSON API under `/api/v1`: bearer tokens only (cookies are ignored, so no
//! CSRF), problem+json errors, cursor pagination, an OpenAPI 3.1 document.

mod composing;
mod follows;
mod notifications;
mod openapi;
mod posts;
mod reactions;
mod search;
mod spaces;
mod users;
mod wiki;

use axum::Router;
use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use kaiku_domain::{Lang, Tr, Viewer};

use crate::AppState;
use crate::error::ApiError;
use crate::extract::too_large;

pub(crate) fn routes(_state: AppState) -> Router<AppState> {
    Router::new()
        .route("/me", get(users::me))
        .route("/users", get(users::list))
        .route("/users/{id}", get(users::get).patch(users::patch))
        .route("/org-units", get(users::org_units))
        .route("/org-units/{id}", get(users::org_unit))
        .route("/spaces", get(spaces::list).post(spaces::create))
        .route(
            "/spaces/{id}",
            get(spaces::get).patch(spaces::patch).delete(spaces::delete),
        )
        .route(
            "/spaces/{id}/members",
            get(spaces::members).post(spaces::add_member),
        )
        .route(
            "/spaces/{id}/members/{user_id}",
            axum::routing::delete(spaces::remove_member),
        )
        .route("/spaces/{id}/join", post(spaces::join))
        .route("/spaces/{id}/leave", post(spaces::leave))
        .route(
            "/spaces/{id}/requests",
            get(spaces::requests).post(spaces::request),
        )
        .route(
            "/spaces/{id}/requests/{request_id}/{decision}",
            post(spaces::decide),
        )
        .route("/stream", get(posts::stream))
        .route(
            "/spaces/{id}/posts",
            get(posts::space_posts).post(posts::create_post),
        )
        .route(
            "/posts/{id}",
            get(posts::get_post)
                .patch(posts::patch_post)
                .delete(posts::delete_post),
        )
        .route(
            "/posts/{id}/comments",
            get(posts::comments).post(posts::create_comment),
        )
        .route(
            "/posts/{id}/reactions/{kind}",
            axum::routing::put(reactions::put_reaction).delete(reactions::delete_reaction),
        )
        .route(
            "/posts/{id}/bookmark",
            axum::routing::put(posts::put_bookmark).delete(posts::delete_bookmark),
        )
        .route(
            "/posts/{id}/pin",
            axum::routing::put(posts::put_pin).delete(posts::delete_pin),
        )
        .route("/posts/{id}/reactions", get(reactions::list))
        .route("/topics/{topic}/posts", get(posts::topic_posts))
        .route("/users/{id}/posts", get(follows::person_posts))
        .route("/follows", get(follows::list))
        .route("/search", get(search::search))
        .route("/wiki/{id}/revisions", get(wiki::revisions))
        .route("/wiki/{id}/revisions/{n}", get(wiki::revision))
        .route("/wiki/{id}/revisions/{n}/restore", post(wiki::restore))
        .route("/preview", post(composing::preview))
        .route("/mentions", get(composing::mentions))
        .route(
            "/follows/{kind}/{target}",
            axum::routing::put(follows::put).delete(follows::delete),
        )
        .route(
            "/posts/{id}/announcement",
            axum::routing::put(posts::put_announcement).delete(posts::delete_announcement),
        )
        .route("/announcements", get(posts::announcements))
        .route(
            "/announcements/{id}",
            axum::routing::delete(posts::dismiss_announcement),
        )
        .route("/posts/{id}/reports", post(posts::create_report))
        .route("/reports", get(posts::reports))
        .route("/reports/{id}/resolve", post(posts::resolve_report))
        .route(
            "/comments/{id}",
            axum::routing::patch(posts::patch_comment).delete(posts::delete_comment),
        )
        .route("/notifications", get(notifications::list))
        .route("/notifications/read-all", post(notifications::read_all))
        .route("/notifications/{id}/read", post(notifications::read))
        .route(
            "/notification-preferences",
            get(notifications::preferences).patch(notifications::patch_preferences),
        )
        .route(
            "/spaces/{id}/notification-level",
            get(notifications::space_level).put(notifications::put_space_level),
        )
        .route(
            "/posts/{id}/subscription",
            axum::routing::put(notifications::put_subscription),
        )
        .route("/openapi.json", get(openapi::document))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::middleware::from_fn(limit_body))
        // Wiki pages are longer than anything else written: their two routes
        // have a limit of their own.
        .merge(
            Router::new()
                .route("/spaces/{id}/wiki", get(wiki::list).post(wiki::create))
                .route(
                    "/wiki/{id}",
                    get(wiki::get).patch(wiki::patch).delete(wiki::delete),
                )
                .layer(axum::extract::DefaultBodyLimit::max(crate::WIKI_BODY_LIMIT))
                .layer(axum::middleware::from_fn(limit_wiki_body)),
        )
}

/// `201 Created` with the new resource's address in `Location`.
pub(crate) fn created<T: serde::Serialize>(location: String, body: T) -> Response {
    let mut res = (StatusCode::CREATED, axum::Json(body)).into_response();
    if let Ok(v) = axum::http::HeaderValue::from_str(&location) {
        res.headers_mut().insert(header::LOCATION, v);
    }
    res
}

async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not-found", "No such API resource.")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method-not-allowed",
        "This resource does not support that method.",
    )
}

/// Refuses a declared body over the limit up front; streamed bodies are cut off by
/// the body limit and reported by the JSON extractor.
async fn limit_body(req: Request, next: Next) -> Response {
    refuse_over(crate::BODY_LIMIT, req, next).await
}

/// [`limit_body`] for the wiki's writing routes.
async fn limit_wiki_body(req: Request, next: Next) -> Response {
    refuse_over(crate::WIKI_BODY_LIMIT, req, next).await
}

async fn refuse_over(limit: usize, req: Request, next: Next) -> Response {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return too_large(limit).into_response();
    }
    next.run(req).await
}

/// The caller, authenticated by `Authorization: Bearer <token>`.
pub(crate) struct ApiCaller {
    pub viewer: Viewer,
    pub tr: Tr,
}

impl ApiCaller {
    /// Maps a domain error to a problem in the caller's language.
    pub(crate) fn problem(&self) -> impl Fn(kaiku_domain::DomainError) -> ApiError {
        let tr = self.tr;
        move |e| ApiError::from_domain(e, tr)
    }
}

fn request_lang(parts: &Parts) -> Lang {
    parts
        .headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Lang::from_accept_language)
        .unwrap_or(Lang::En)
}

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let lang = request_lang(parts);
        let tr = Tr::new(lang);
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| {
                let (scheme, rest) = v.split_once(' ')?;
                scheme.eq_ignore_ascii_case("bearer").then(|| rest.trim())
            })
            .ok_or_else(|| ApiError::from_domain(kaiku_domain::DomainError::Unauthenticated, tr))?;
        let viewer = state
            .services
            .viewer_from_token(token)
            .await
            .map_err(|e| ApiError::from_domain(e, tr))?;
        // Problems are written in the caller's own language when they chose one.
        let tr = viewer
            .account
            .as_ref()
            .and_then(|a| a.locale)
            .map(Tr::new)
            .unwrap_or(tr);
        Ok(ApiCaller { viewer, tr })
    }
}

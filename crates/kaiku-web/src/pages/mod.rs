//! HTML pages. Each handler extracts its input, calls one service and renders.

mod account;
mod admin;
mod auth;
mod composing;
mod home;
mod notifications;
mod people;
mod posts;
mod profile_edit;
mod search;
mod setup;
mod spaces;
mod wiki;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::csrf::CsrfLayer;

use crate::AppState;
use crate::ctx::page_ctx;
use crate::error::{PageError, panic_response};

/// Every page route, behind the page context (session, language) and CSRF checks.
pub(crate) fn routes(state: AppState) -> Router<AppState> {
    Router::new()
        .route("/", get(home::home))
        .route("/setup", get(setup::form).post(setup::submit))
        .route("/login", get(auth::login_form).post(auth::login_submit))
        .route("/logout", post(auth::logout))
        .route("/forgot", get(auth::forgot_form).post(auth::forgot_submit))
        .route(
            "/reset/{token}",
            get(auth::reset_form).post(auth::reset_submit),
        )
        .route(
            "/invite/{token}",
            get(auth::invite_form).post(auth::invite_submit),
        )
        .route("/signup", get(auth::signup_form).post(auth::signup_submit))
        .route("/language", post(auth::set_language))
        .route("/account", get(account::overview))
        .route("/account/profile", post(account::save_profile))
        .route(
            "/account/password",
            get(account::password_form).post(account::password_submit),
        )
        .route("/account/sessions", get(account::sessions))
        .route(
            "/account/sessions/{id}/revoke",
            post(account::revoke_session),
        )
        .route(
            "/account/sessions/revoke-all",
            post(account::revoke_all_sessions),
        )
        .route(
            "/account/tokens",
            get(account::tokens).post(account::create_token),
        )
        .route("/account/tokens/{id}/revoke", post(account::revoke_token))
        .route("/account/logins", get(account::logins))
        .route("/admin", get(admin::index))
        .route("/admin/users", get(admin::users))
        .route("/admin/users/{id}", get(admin::user))
        .route("/admin/users/{id}/role", post(admin::set_role))
        .route("/admin/users/{id}/deactivate", post(admin::deactivate))
        .route("/admin/users/{id}/reactivate", post(admin::reactivate))
        .route("/admin/users/{id}/reset-link", post(admin::reset_link))
        .route(
            "/admin/invitations",
            get(admin::invitations).post(admin::invite),
        )
        .route(
            "/admin/invitations/{id}/revoke",
            post(admin::revoke_invitation),
        )
        .route("/admin/requests", get(admin::requests))
        .route("/admin/requests/{id}/approve", post(admin::approve_request))
        .route("/admin/requests/{id}/reject", post(admin::reject_request))
        .route(
            "/admin/settings",
            get(admin::settings).post(admin::save_settings),
        )
        .route("/admin/settings/test-mail", post(admin::test_mail))
        .route(
            "/admin/settings/logo",
            post(admin::upload_logo).layer(axum::extract::DefaultBodyLimit::max(
                kaiku_domain::settings::LOGO_MAX_BYTES + 64 * 1024,
            )),
        )
        .route("/admin/settings/logo/remove", post(admin::remove_logo))
        .route("/logo", get(logo))
        .route("/admin/login-log", get(admin::login_log))
        .route("/admin/mail", get(admin::mail_log))
        .route("/notifications", get(notifications::list))
        .route("/notifications/read-all", post(notifications::read_all))
        .route("/notifications/{id}/open", post(notifications::open))
        .route(
            "/account/notifications",
            get(notifications::settings).post(notifications::save_settings),
        )
        .route("/s/{slug}/notifications", post(notifications::space_level))
        .route("/p/{id}/subscription", post(notifications::thread))
        .route("/spaces", get(spaces::directory))
        .route("/spaces/new", get(spaces::new_form).post(spaces::create))
        .route("/spaces/{id}/invitation", post(spaces::answer_invitation))
        .route("/s/{slug}", get(spaces::show))
        .route("/s/{slug}/join", post(spaces::join))
        .route("/s/{slug}/leave", post(spaces::leave))
        .route("/s/{slug}/request", post(spaces::request))
        .route("/s/{slug}/withdraw", post(spaces::withdraw))
        .route("/s/{slug}/members", get(spaces::members))
        .route("/s/{slug}/members/invite", post(spaces::invite))
        .route("/s/{slug}/members/partner", post(spaces::invite_partner))
        .route("/s/{slug}/members/{uid}/role", post(spaces::set_role))
        .route("/s/{slug}/members/{uid}/remove", post(spaces::remove))
        .route("/s/{slug}/members/{uid}/transfer", post(spaces::transfer))
        .route("/s/{slug}/requests", get(spaces::requests))
        .route("/s/{slug}/requests/{id}/{decision}", post(spaces::decide))
        .route(
            "/s/{slug}/settings",
            get(spaces::settings).post(spaces::save_settings),
        )
        .route("/s/{slug}/archive", post(spaces::archive))
        .route("/s/{slug}/delete", post(spaces::delete))
        .route(
            "/s/{slug}/wiki",
            get(wiki::index)
                .post(wiki::create)
                .layer(axum::extract::DefaultBodyLimit::max(crate::WIKI_BODY_LIMIT)),
        )
        .route("/s/{slug}/wiki/new", get(wiki::new_form))
        .route("/s/{slug}/wiki/{page}", get(wiki::show))
        .route(
            "/s/{slug}/wiki/{page}/edit",
            get(wiki::edit_form)
                .post(wiki::edit)
                .layer(axum::extract::DefaultBodyLimit::max(crate::WIKI_BODY_LIMIT)),
        )
        .route("/s/{slug}/wiki/{page}/delete", post(wiki::delete))
        .route("/s/{slug}/wiki/{page}/history", get(wiki::history))
        .route("/s/{slug}/wiki/{page}/history/{n}", get(wiki::revision))
        .route(
            "/s/{slug}/wiki/{page}/history/{n}/restore",
            post(wiki::restore),
        )
        .route("/events", get(crate::events::stream))
        .route("/posts", post(posts::create))
        .route("/posts/preview", post(composing::preview))
        .route("/mentions", get(composing::mentions))
        .route("/p/{id}/card", get(posts::card))
        .route("/p/{id}", get(posts::show))
        .route("/p/{id}/edit", get(posts::edit_form).post(posts::edit))
        .route("/p/{id}/delete", post(posts::delete))
        .route("/p/{id}/history", get(posts::history))
        .route("/p/{id}/react", post(posts::react))
        .route("/p/{id}/save", post(posts::save))
        .route("/p/{id}/pin", post(posts::pin))
        .route("/t/{topic}", get(posts::topic))
        .route("/p/{id}/announce", post(posts::announce))
        .route("/p/{id}/dismiss", post(posts::dismiss))
        .route(
            "/p/{id}/report",
            get(posts::report_form).post(posts::report),
        )
        .route("/reports", get(posts::reports))
        .route("/follow", post(posts::follow))
        .route("/following", get(posts::following))
        .route("/u/{id}", get(people::person))
        .route(
            "/u/{id}/edit",
            get(profile_edit::edit_form).post(profile_edit::edit),
        )
        .route(
            "/u/{id}/photo",
            get(people::photo).post(profile_edit::upload_photo).layer(
                axum::extract::DefaultBodyLimit::max(
                    kaiku_domain::people::PHOTO_MAX_BYTES + 64 * 1024,
                ),
            ),
        )
        .route("/u/{id}/photo/remove", post(profile_edit::remove_photo))
        .route("/u/{id}/vcard", get(people::vcard))
        .route("/search", get(search::results))
        .route("/search/suggest", get(search::suggest))
        .route("/people", get(people::directory))
        .route("/people/experts", get(people::experts))
        .route("/org", get(people::org))
        .route("/org/{id}", get(people::unit))
        .route(
            "/admin/org",
            get(profile_edit::org).post(profile_edit::org_add),
        )
        .route(
            "/admin/org/{id}",
            get(profile_edit::org_edit_form).post(profile_edit::org_update),
        )
        .route("/admin/org/{id}/remove", post(profile_edit::org_remove))
        .route("/admin/org/kinds", post(profile_edit::kind_add))
        .route(
            "/admin/org/kinds/{id}/remove",
            post(profile_edit::kind_remove),
        )
        .route("/admin/profile", get(profile_edit::fields))
        .route("/admin/profile/fields", post(profile_edit::add_field))
        .route(
            "/admin/profile/fields/{id}/remove",
            post(profile_edit::remove_field),
        )
        .route("/admin/profile/locks", post(profile_edit::save_locks))
        .route("/reports/{id}/resolve", post(posts::resolve))
        .route("/p/{id}/comments", post(posts::comment))
        .route(
            "/c/{id}/edit",
            get(posts::comment_edit_form).post(posts::comment_edit),
        )
        .route("/c/{id}/delete", post(posts::comment_delete))
        .route("/branding.css", get(branding_css))
        .fallback(not_found)
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(CsrfLayer::new())
        .layer(axum::middleware::from_fn_with_state(state, page_ctx))
}

/// Pages that must accept a POST from outside the site: one-click unsubscribe
/// (RFC 8058) comes from the recipient's mail provider, with no session and no
/// Origin. The signed link is the authority, and unsubscribing twice is harmless.
pub(crate) fn cross_site_routes(state: AppState) -> Router<AppState> {
    Router::new()
        .route(
            "/unsubscribe/{token}",
            get(notifications::unsubscribe_form).post(notifications::unsubscribe),
        )
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(axum::middleware::from_fn_with_state(state, page_ctx))
}

async fn not_found() -> PageError {
    PageError::not_found()
}

/// The organisation's accent colour as a stylesheet (CSP forbids inline styles).
async fn branding_css(State(state): State<AppState>) -> Response {
    let accent = match state.services.org_profile().await {
        Ok(Some(o)) => o.accent_color,
        _ => kaiku_domain::settings::DEFAULT_ACCENT.to_owned(),
    };
    // The colour was validated as #rrggbb when saved.
    let css = format!(":root {{ --accent: {accent}; }}\n");
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/css; charset=utf-8"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=86400"),
            ),
        ],
        css,
    )
        .into_response()
}

/// The organisation's logo. Its type was sniffed from the content when uploaded and
/// only raster images are accepted, so it is safe to show inline.
async fn logo(State(state): State<AppState>) -> Result<Response, PageError> {
    let (content_type, data) = state.services.logo().await?.ok_or(PageError::not_found())?;
    let ctype = HeaderValue::from_str(&content_type)
        .unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream"));
    Ok((
        [
            (header::CONTENT_TYPE, ctype),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("inline; filename=\"logo\""),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=86400"),
            ),
        ],
        data,
    )
        .into_response())
}

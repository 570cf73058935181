//! Per-request context for HTML pages: who is viewing, in which language, for which
//! organisation. A middleware resolves it once; handlers extract [`Ctx`]. The same
//! middleware renders error pages in the viewer's language.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use kaiku_domain::auth::{ClientMeta, SignedIn};
use kaiku_domain::settings::OrgProfile;
use kaiku_domain::{Account, Lang, Role, Tr, Viewer, Zone};

use crate::AppState;
use crate::error::{ErrorPageMarker, PageError};
use crate::extract::client_meta;
use crate::views::{self, ErrorTemplate, Page};

pub(crate) const SESSION_COOKIE: &str = "kaiku_session";
pub(crate) const LANG_COOKIE: &str = "kaiku_lang";

/// What every page handler knows about the request.
#[derive(Clone)]
pub(crate) struct Ctx {
    pub viewer: Viewer,
    pub tr: Tr,
    pub org: Option<OrgProfile>,
    pub meta: ClientMeta,
    /// Path and query of this request (for "come back here" links).
    pub here: String,
    /// A confirmation to show, from `?notice=` (only known keys pass).
    pub notice: Option<&'static str>,
    /// Served over TLS (directly, or behind a trusted proxy that says so): cookies
    /// get `Secure`.
    pub secure: bool,
    /// The signed-in viewer's unread notifications (pages viewed with GET only).
    pub unread: i64,
    pub state: AppState,
}

impl Ctx {
    /// The signed-in account.
    pub fn me(&self) -> Option<&Account> {
        self.viewer.account.as_ref()
    }

    /// The layout data for a page titled with the message `title_key`.
    pub fn page(&self, title: String, nav: &'static str) -> Page {
        views::page(self, title, nav)
    }
}

/// Confirmation messages that may be requested through `?notice=`.
const NOTICES: &[&str] = &[
    "notice-signed-out",
    "notice-password-changed",
    "notice-password-reset",
    "notice-profile-saved",
    "notice-language-saved",
    "notice-session-revoked",
    "notice-token-revoked",
    "notice-settings-saved",
    "notice-user-deactivated",
    "notice-user-reactivated",
    "notice-role-changed",
    "notice-invitation-revoked",
    "notice-request-rejected",
    "notice-test-mail-queued",
    "notice-welcome",
    "notice-space-created",
    "notice-space-joined",
    "notice-space-left",
    "notice-space-requested",
    "notice-space-withdrawn",
    "notice-space-invited",
    "notice-invitation-declined",
    "notice-member-removed",
    "notice-ownership-transferred",
    "notice-request-approved",
    "notice-space-archived",
    "notice-space-unarchived",
    "notice-space-deleted",
    "notice-post-saved",
    "notice-post-deleted",
    "notice-announced",
    "notice-unannounced",
    "notice-reported",
    "notice-report-resolved",
    "notice-notifications-saved",
    "notice-all-read",
    "notice-space-level-saved",
    "notice-thread-followed",
    "notice-thread-muted",
    "notice-thread-unfollowed",
    "notice-photo-saved",
    "notice-photo-removed",
    "notice-wiki-saved",
    "notice-wiki-deleted",
    "notice-wiki-restored",
];

fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Resolves the context, gates everything behind setup until it is done, and renders
/// error pages.
pub(crate) async fn page_ctx(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (mut parts, body) = req.into_parts();
    let meta = client_meta(&parts, &state);
    let services = &state.services;
    // The session and the organisation's settings are independent reads.
    let session = async {
        match cookie(&parts.headers, SESSION_COOKIE) {
            Some(token) => services
                .viewer_from_session(token, &meta)
                .await
                .unwrap_or_else(|e| {
                    tracing::error!(error = %e, "could not resolve session");
                    Viewer::anonymous()
                }),
            None => Viewer::anonymous(),
        }
    };
    let (viewer, org) = tokio::join!(session, services.org_profile());
    let (org, org_failed) = match org {
        Ok(o) => (o, false),
        Err(e) => {
            tracing::error!(error = %e, "could not read organisation settings");
            (None, true)
        }
    };
    let lang = viewer
        .account
        .as_ref()
        .and_then(|a| a.locale)
        .or_else(|| cookie(&parts.headers, LANG_COOKIE).and_then(Lang::from_code))
        .or_else(|| {
            parts
                .headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .or(org.as_ref().map(|o| o.default_locale))
        .unwrap_or(Lang::En);
    let notice = parts.uri.query().and_then(|q| {
        serde_urlencoded::from_str::<Vec<(String, String)>>(q)
            .ok()?
            .into_iter()
            .find(|(k, _)| k == "notice")
            .and_then(|(_, v)| NOTICES.iter().find(|n| **n == v).copied())
    });
    let here = parts
        .uri
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "/".into());
    let path = parts.uri.path().to_owned();
    let forwarded_https = state.config.trust_proxy
        && parts
            .headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.eq_ignore_ascii_case("https"));
    // Times show in the viewer's zone, else the organisation's.
    let zone = Zone::find_or_default(
        viewer
            .account
            .as_ref()
            .and_then(|a| a.time_zone.as_deref())
            .or(org.as_ref().map(|o| o.default_time_zone.as_str())),
    );
    let unread = if viewer.account.is_some() && parts.method == axum::http::Method::GET {
        services
            .unread_notifications(&viewer)
            .await
            .unwrap_or_else(|e| {
                tracing::warn!(error = %e, "could not count unread notifications");
                0
            })
    } else {
        0
    };
    let ctx = Ctx {
        secure: state.https() || forwarded_https,
        unread,
        viewer,
        tr: Tr::new(lang).in_zone(zone),
        org,
        meta,
        here,
        notice,
        state: state.clone(),
    };

    if org_failed {
        return render_error(&ctx, StatusCode::INTERNAL_SERVER_ERROR.into_response());
    }
    if ctx.org.is_none() && path != "/setup" && !path.starts_with("/assets/") {
        // No organisation yet: the only page is setup.
        return Redirect::to("/setup").into_response();
    }

    parts.extensions.insert(ctx.clone());
    let res = next.run(Request::from_parts(parts, body)).await;
    let csrf_refused = res.status() == StatusCode::FORBIDDEN
        && res
            .extensions()
            .get::<tower_http::csrf::ProtectionError>()
            .is_some();
    if csrf_refused {
        tracing::warn!("cross-site request refused");
    }
    let bare_405 = res.status() == StatusCode::METHOD_NOT_ALLOWED;
    if res.extensions().get::<ErrorPageMarker>().is_some() || csrf_refused || bare_405 {
        return render_error(&ctx, res);
    }
    res
}

fn render_error(ctx: &Ctx, original: Response) -> Response {
    let status = original.status();
    let (title, body) = match status.as_u16() {
        400 => ("error-400-title", "error-400-body"),
        403 => ("error-403-title", "error-403-body"),
        404 => ("error-404-title", "error-404-body"),
        405 => ("error-405-title", "error-405-body"),
        409 => ("error-409-title", "error-409-body"),
        413 => ("error-413-title", "error-413-body"),
        415 => ("error-400-title", "error-400-body"),
        429 => ("error-429-title", "error-429-body"),
        _ => ("error-500-title", "error-500-body"),
    };
    let t = ErrorTemplate {
        p: ctx.page(ctx.tr.t(title), ""),
        code: status.as_u16(),
        message: ctx.tr.t(body),
    };
    let mut res = views::render(&t);
    *res.status_mut() = status;
    if let Some(v) = original.headers().get(header::RETRY_AFTER) {
        res.headers_mut().insert(header::RETRY_AFTER, v.clone());
    }
    res
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .ok_or(PageError::Status(StatusCode::INTERNAL_SERVER_ERROR))
    }
}

/// A page for signed-in people; others are sent to sign in and brought back.
pub(crate) struct Member(pub Ctx);

impl FromRequestParts<AppState> for Member {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Self::Rejection> {
        let ctx = Ctx::from_request_parts(parts, s).await?;
        if ctx.me().is_none() {
            let next =
                serde_urlencoded::to_string([("next", ctx.here.as_str())]).unwrap_or_default();
            return Err(PageError::Redirect(format!("/login?{next}")));
        }
        Ok(Member(ctx))
    }
}

/// A page for administrators; others get "forbidden".
pub(crate) struct Admin(pub Ctx);

impl FromRequestParts<AppState> for Admin {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Self::Rejection> {
        let Member(ctx) = Member::from_request_parts(parts, s).await?;
        if ctx.me().is_none_or(|a| a.role != Role::Admin) {
            return Err(PageError::Status(StatusCode::FORBIDDEN));
        }
        Ok(Admin(ctx))
    }
}

fn secure_attr(ctx: &Ctx) -> &'static str {
    if ctx.secure { "; Secure" } else { "" }
}

/// The `Set-Cookie` value that starts a session.
pub(crate) fn session_cookie(ctx: &Ctx, s: &SignedIn) -> HeaderValue {
    let secure = secure_attr(ctx);
    let max_age = if s.persistent {
        format!("; Max-Age={}", s.max_age_secs)
    } else {
        String::new()
    };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={}; Path=/; HttpOnly; SameSite=Lax{secure}{max_age}",
        s.token
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The `Set-Cookie` value that ends a session.
pub(crate) fn clear_session_cookie(ctx: &Ctx) -> HeaderValue {
    let secure = secure_attr(ctx);
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax{secure}; Max-Age=0"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The `Set-Cookie` value remembering a language choice.
pub(crate) fn lang_cookie(ctx: &Ctx, lang: Lang) -> HeaderValue {
    let secure = secure_attr(ctx);
    HeaderValue::from_str(&format!(
        "{LANG_COOKIE}={}; Path=/; SameSite=Lax{secure}; Max-Age=31536000",
        lang.code()
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// A `303 See Other` redirect that also sets a cookie.
pub(crate) fn redirect_with_cookie(to: &str, cookie: HeaderValue) -> Response {
    let mut res = Redirect::to(to).into_response();
    res.headers_mut().append(header::SET_COOKIE, cookie);
    res
}

/// Only same-site paths may be returned to after sign-in (no open redirects):
/// a path starting with one `/`, with no backslash and no control characters
/// (browsers drop tabs and newlines, turning `/\t/evil` into `//evil`).
pub(crate) fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.contains('\\')
                && !n.chars().any(char::is_control)
                && n.len() < 2000 =>
        {
            n.to_owned()
        }
        _ => "/".to_owned(),
    }
}

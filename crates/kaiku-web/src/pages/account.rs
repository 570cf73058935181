//! The account pages: profile and language, password, sessions, API tokens, logins.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use kaiku_domain::account::{ChangePasswordInput, NewTokenSecret, SessionInfo, TokenInfo};
use kaiku_domain::login_log::LoginPage;
use kaiku_domain::{DomainError, Lang};
use serde::Deserialize;

use crate::ctx::{
    Ctx, Member, clear_session_cookie, lang_cookie, redirect_with_cookie, session_cookie,
};
use crate::error::PageError;
use crate::extract::{Form, Path, Query};
use crate::views::{Errors, Page, PersonView, form_errors, render, render_invalid};

#[derive(Template)]
#[template(path = "pages/account.html")]
struct AccountTemplate {
    p: Page,
    errs: Errors,
    display_name: String,
    title: String,
    locale: String,
    role_key: &'static str,
}

fn account_template(
    ctx: &Ctx,
    errs: Errors,
    display_name: String,
    title: String,
) -> AccountTemplate {
    let me = ctx.me();
    AccountTemplate {
        p: ctx.page(ctx.tr.t("account-title"), "account"),
        errs,
        display_name,
        title,
        locale: me
            .and_then(|m| m.locale)
            .map(|l| l.code().to_owned())
            .unwrap_or_default(),
        role_key: me.map(|m| m.role_key()).unwrap_or("role-member"),
    }
}

pub(crate) async fn overview(Member(ctx): Member) -> Response {
    let me = ctx.me();
    let name = me.map(|m| m.display_name.clone()).unwrap_or_default();
    let title = me.and_then(|m| m.title.clone()).unwrap_or_default();
    render(&account_template(&ctx, Errors::default(), name, title))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct ProfileForm {
    display_name: String,
    title: String,
    locale: String,
}

pub(crate) async fn save_profile(
    Member(ctx): Member,
    Form(f): Form<ProfileForm>,
) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    let lang = match f.locale.as_str() {
        "" => None,
        code => Some(Lang::from_code(code).ok_or(PageError::Status(StatusCode::BAD_REQUEST))?),
    };
    if let Err(e) = services
        .update_my_profile(&ctx.viewer, &f.display_name, &f.title)
        .await
    {
        let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
        return Ok(render_invalid(&account_template(
            &ctx,
            errs,
            f.display_name,
            f.title,
        )));
    }
    services.set_my_locale(&ctx.viewer, lang).await?;
    let target = "/account?notice=notice-profile-saved";
    Ok(match lang {
        Some(l) => redirect_with_cookie(target, lang_cookie(&ctx, l)),
        None => Redirect::to(target).into_response(),
    })
}

#[derive(Template)]
#[template(path = "pages/account_password.html")]
struct PasswordTemplate {
    p: Page,
    errs: Errors,
}

pub(crate) async fn password_form(Member(ctx): Member) -> Response {
    render(&PasswordTemplate {
        p: ctx.page(ctx.tr.t("password-title"), "account"),
        errs: Errors::default(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct PasswordForm {
    current: String,
    new: String,
    confirm: String,
}

pub(crate) async fn password_submit(
    Member(ctx): Member,
    Form(f): Form<PasswordForm>,
) -> Result<Response, PageError> {
    let input = ChangePasswordInput {
        current: f.current,
        new: f.new,
        confirm: f.confirm,
    };
    match ctx
        .state
        .services
        .change_password(&ctx.viewer, input, &ctx.meta)
        .await
    {
        Ok(s) => Ok(redirect_with_cookie(
            "/account?notice=notice-password-changed",
            session_cookie(&ctx, &s),
        )),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            Ok(render_invalid(&PasswordTemplate {
                p: ctx.page(ctx.tr.t("password-title"), "account"),
                errs,
            }))
        }
    }
}

/// A session row with a readable device name.
struct SessionRow {
    s: SessionInfo,
    device: String,
}

#[derive(Template)]
#[template(path = "pages/account_sessions.html")]
struct SessionsTemplate {
    p: Page,
    errs: Errors,
    sessions: Vec<SessionRow>,
}

pub(crate) async fn sessions(Member(ctx): Member) -> Result<Response, PageError> {
    let sessions = ctx
        .state
        .services
        .my_sessions(&ctx.viewer)
        .await?
        .into_iter()
        .map(|s| SessionRow {
            device: describe_user_agent(&s.user_agent),
            s,
        })
        .collect();
    Ok(render(&SessionsTemplate {
        p: ctx.page(ctx.tr.t("sessions-title"), "account"),
        errs: Errors::default(),
        sessions,
    }))
}

/// "Firefox on Linux" from a user-agent string, for people to recognise their devices.
fn describe_user_agent(ua: &str) -> String {
    let browser = [
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"),
        ("Chromium/", "Chromium"),
        ("Safari/", "Safari"),
        ("curl/", "curl"),
    ]
    .iter()
    .find(|(needle, _)| ua.contains(needle))
    .map(|(_, name)| *name);
    let os = [
        ("Android", "Android"),
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"),
        ("Linux", "Linux"),
    ]
    .iter()
    .find(|(needle, _)| ua.contains(needle))
    .map(|(_, name)| *name);
    match (browser, os) {
        (Some(b), Some(o)) => format!("{b} · {o}"),
        (Some(b), None) => b.to_owned(),
        (None, Some(o)) => o.to_owned(),
        (None, None) if ua.is_empty() => "?".to_owned(),
        (None, None) => ua.chars().take(60).collect(),
    }
}

pub(crate) async fn revoke_session(
    Member(ctx): Member,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let current = ctx.viewer.session_id() == Some(id.as_str());
    ctx.state
        .services
        .revoke_my_session(&ctx.viewer, &id)
        .await?;
    if current {
        return Ok(redirect_with_cookie(
            "/login?notice=notice-signed-out",
            clear_session_cookie(&ctx),
        ));
    }
    Ok(Redirect::to("/account/sessions?notice=notice-session-revoked").into_response())
}

pub(crate) async fn revoke_all_sessions(Member(ctx): Member) -> Result<Response, PageError> {
    ctx.state
        .services
        .revoke_all_my_sessions(&ctx.viewer)
        .await?;
    Ok(redirect_with_cookie(
        "/login?notice=notice-signed-out",
        clear_session_cookie(&ctx),
    ))
}

#[derive(Template)]
#[template(path = "pages/account_tokens.html")]
struct TokensTemplate {
    p: Page,
    errs: Errors,
    tokens: Vec<TokenInfo>,
    created: Option<NewTokenSecret>,
    label: String,
    expiry: String,
}

async fn tokens_page(
    ctx: &Ctx,
    errs: Errors,
    created: Option<NewTokenSecret>,
    label: String,
    expiry: String,
) -> Result<Response, PageError> {
    let tokens = ctx.state.services.my_tokens(&ctx.viewer).await?;
    let invalid = errs.any();
    let t = TokensTemplate {
        p: ctx.page(ctx.tr.t("tokens-title"), "account"),
        errs,
        tokens,
        created,
        label,
        expiry,
    };
    Ok(if invalid {
        render_invalid(&t)
    } else {
        render(&t)
    })
}

pub(crate) async fn tokens(Member(ctx): Member) -> Result<Response, PageError> {
    tokens_page(&ctx, Errors::default(), None, String::new(), "90".into()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct TokenForm {
    label: String,
    expires_in_days: String,
}

pub(crate) async fn create_token(
    Member(ctx): Member,
    Form(f): Form<TokenForm>,
) -> Result<Response, PageError> {
    match ctx
        .state
        .services
        .create_token(&ctx.viewer, &f.label, &f.expires_in_days)
        .await
    {
        Ok(secret) => {
            let mut res = tokens_page(
                &ctx,
                Errors::default(),
                Some(secret),
                String::new(),
                "90".into(),
            )
            .await?;
            // The secret is on this page only: never cache it.
            res.headers_mut().insert(
                axum::http::header::CACHE_CONTROL,
                axum::http::HeaderValue::from_static("no-store"),
            );
            Ok(res)
        }
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            tokens_page(&ctx, errs, None, f.label, f.expires_in_days).await
        }
    }
}

pub(crate) async fn revoke_token(
    Member(ctx): Member,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    ctx.state.services.revoke_my_token(&ctx.viewer, &id).await?;
    Ok(Redirect::to("/account/tokens?notice=notice-token-revoked").into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct CursorQuery {
    pub(crate) cursor: Option<String>,
}

#[derive(Template)]
#[template(path = "pages/account_logins.html")]
struct LoginsTemplate {
    p: Page,
    log: LoginPage,
}

pub(crate) async fn logins(
    Member(ctx): Member,
    Query(q): Query<CursorQuery>,
) -> Result<Response, PageError> {
    let me = ctx.me().map(|m| m.id.clone()).unwrap_or_default();
    let log = match ctx
        .state
        .services
        .login_log(&ctx.viewer, Some(&me), q.cursor.as_deref(), 50)
        .await
    {
        Ok(l) => l,
        Err(DomainError::Invalid(_)) => return Err(PageError::Status(StatusCode::BAD_REQUEST)),
        Err(e) => return Err(e.into()),
    };
    Ok(render(&LoginsTemplate {
        p: ctx.page(ctx.tr.t("logins-title"), "account"),
        log,
    }))
}

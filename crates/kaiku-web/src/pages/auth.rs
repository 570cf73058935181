//! Signing in and out, password reset, invitations, registration, language choice.

use askama::Template;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use kaiku_domain::auth::LoginInput;
use kaiku_domain::invitations::{AcceptInput, InvitationView, SignupInput};
use kaiku_domain::passwords::ResetInput;
use kaiku_domain::settings::RegistrationMode;
use kaiku_domain::{DomainError, Lang};
use serde::Deserialize;

use crate::ctx::{
    Ctx, clear_session_cookie, lang_cookie, redirect_with_cookie, safe_next, session_cookie,
};
use crate::error::PageError;
use crate::extract::{Form, Path, Query};
use crate::views::{Errors, Page, form_errors, render, render_invalid};

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct NextQuery {
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "pages/login.html")]
struct LoginTemplate {
    p: Page,
    errs: Errors,
    email: String,
    remember: bool,
    next: String,
    can_register: bool,
}

fn can_register(ctx: &Ctx) -> bool {
    ctx.org
        .as_ref()
        .is_some_and(|o| o.registration_mode != RegistrationMode::Closed)
}

pub(crate) async fn login_form(ctx: Ctx, Query(q): Query<NextQuery>) -> Response {
    let next = safe_next(q.next.as_deref());
    if ctx.me().is_some() {
        return Redirect::to(&next).into_response();
    }
    render(&LoginTemplate {
        p: ctx.page(ctx.tr.t("login-title"), ""),
        errs: Errors::default(),
        email: String::new(),
        remember: false,
        can_register: can_register(&ctx),
        next,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct LoginForm {
    email: String,
    password: String,
    remember: Option<String>,
    next: Option<String>,
}

pub(crate) async fn login_submit(
    ctx: Ctx,
    Form(f): Form<LoginForm>,
) -> Result<Response, PageError> {
    let next = safe_next(f.next.as_deref());
    let remember = f.remember.is_some();
    let input = LoginInput {
        email: f.email.clone(),
        password: f.password,
        remember,
    };
    match ctx.state.services.login(input, &ctx.meta).await {
        Ok(s) => {
            // Signing in again replaces the session this browser had.
            ctx.state.services.logout(&ctx.viewer).await?;
            Ok(redirect_with_cookie(&next, session_cookie(&ctx, &s)))
        }
        Err(e) => {
            let status = match e {
                DomainError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
                _ => StatusCode::UNPROCESSABLE_ENTITY,
            };
            let Some(errs) = form_errors(ctx.tr, &e) else {
                return Err(e.into());
            };
            let mut res = render(&LoginTemplate {
                p: ctx.page(ctx.tr.t("login-title"), ""),
                errs,
                email: f.email,
                remember,
                can_register: can_register(&ctx),
                next,
            });
            *res.status_mut() = status;
            if let DomainError::RateLimited { retry_after_secs } = e
                && let Ok(v) = retry_after_secs.to_string().parse()
            {
                res.headers_mut().insert(header::RETRY_AFTER, v);
            }
            Ok(res)
        }
    }
}

pub(crate) async fn logout(ctx: Ctx) -> Result<Response, PageError> {
    ctx.state.services.logout(&ctx.viewer).await?;
    Ok(redirect_with_cookie(
        "/login?notice=notice-signed-out",
        clear_session_cookie(&ctx),
    ))
}

#[derive(Template)]
#[template(path = "pages/forgot.html")]
struct ForgotTemplate {
    p: Page,
    errs: Errors,
    email: String,
    sent: bool,
}

pub(crate) async fn forgot_form(ctx: Ctx) -> Response {
    render(&ForgotTemplate {
        p: ctx.page(ctx.tr.t("forgot-title"), ""),
        errs: Errors::default(),
        email: String::new(),
        sent: false,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct EmailForm {
    email: String,
}

pub(crate) async fn forgot_submit(
    ctx: Ctx,
    Form(f): Form<EmailForm>,
) -> Result<Response, PageError> {
    let result = ctx
        .state
        .services
        .request_password_reset(&f.email, ctx.tr.lang())
        .await;
    let (errs, sent) = match result {
        Ok(()) => (Errors::default(), true),
        Err(e) => (form_errors(ctx.tr, &e).ok_or(PageError::from(e))?, false),
    };
    let t = ForgotTemplate {
        p: ctx.page(ctx.tr.t("forgot-title"), ""),
        errs,
        email: f.email,
        sent,
    };
    Ok(if sent { render(&t) } else { render_invalid(&t) })
}

#[derive(Template)]
#[template(path = "pages/reset.html")]
struct ResetTemplate {
    p: Page,
    errs: Errors,
    token: String,
    valid: bool,
}

pub(crate) async fn reset_form(ctx: Ctx, Path(token): Path<String>) -> Result<Response, PageError> {
    let valid = ctx.state.services.reset_link_valid(&token).await?;
    let mut res = render(&ResetTemplate {
        p: ctx.page(ctx.tr.t("reset-title"), ""),
        errs: Errors::default(),
        token,
        valid,
    });
    if !valid {
        *res.status_mut() = StatusCode::NOT_FOUND;
    }
    Ok(res)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct NewPasswordForm {
    password: String,
    confirm: String,
}

pub(crate) async fn reset_submit(
    ctx: Ctx,
    Path(token): Path<String>,
    Form(f): Form<NewPasswordForm>,
) -> Result<Response, PageError> {
    let input = ResetInput {
        password: f.password,
        confirm: f.confirm,
    };
    match ctx.state.services.reset_password(&token, input).await {
        Ok(()) => Ok(redirect_with_cookie(
            "/login?notice=notice-password-reset",
            clear_session_cookie(&ctx),
        )),
        Err(DomainError::NotFound) => {
            let mut res = render(&ResetTemplate {
                p: ctx.page(ctx.tr.t("reset-title"), ""),
                errs: Errors::default(),
                token,
                valid: false,
            });
            *res.status_mut() = StatusCode::NOT_FOUND;
            Ok(res)
        }
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            Ok(render_invalid(&ResetTemplate {
                p: ctx.page(ctx.tr.t("reset-title"), ""),
                errs,
                token,
                valid: true,
            }))
        }
    }
}

#[derive(Template)]
#[template(path = "pages/invite.html")]
struct InviteTemplate {
    p: Page,
    errs: Errors,
    token: String,
    invitation: Option<InvitationView>,
    display_name: String,
}

pub(crate) async fn invite_form(
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    let invitation = match ctx.state.services.open_invitation(&token).await {
        Ok(i) => Some(i),
        Err(DomainError::NotFound) => None,
        Err(e) => return Err(e.into()),
    };
    let found = invitation.is_some();
    let mut res = render(&InviteTemplate {
        p: ctx.page(ctx.tr.t("invite-page-title"), ""),
        errs: Errors::default(),
        display_name: invitation
            .as_ref()
            .map(|i| i.display_name.clone())
            .unwrap_or_default(),
        token,
        invitation,
    });
    if !found {
        *res.status_mut() = StatusCode::NOT_FOUND;
    }
    Ok(res)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct AcceptForm {
    display_name: String,
    password: String,
    confirm: String,
}

pub(crate) async fn invite_submit(
    ctx: Ctx,
    Path(token): Path<String>,
    Form(f): Form<AcceptForm>,
) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    let input = AcceptInput {
        display_name: f.display_name.clone(),
        password: f.password,
        confirm: f.confirm,
    };
    match services
        .accept_invitation(&token, input, ctx.tr.lang(), &ctx.meta)
        .await
    {
        Ok(s) => Ok(redirect_with_cookie(
            "/?notice=notice-welcome",
            session_cookie(&ctx, &s),
        )),
        Err(e) => {
            let invitation = services.open_invitation(&token).await.ok();
            let Some(errs) = form_errors(ctx.tr, &e) else {
                if matches!(e, DomainError::NotFound) {
                    return invite_form(ctx, Path(token)).await;
                }
                return Err(e.into());
            };
            Ok(render_invalid(&InviteTemplate {
                p: ctx.page(ctx.tr.t("invite-page-title"), ""),
                errs,
                token,
                invitation,
                display_name: f.display_name,
            }))
        }
    }
}

#[derive(Template)]
#[template(path = "pages/signup.html")]
struct SignupTemplate {
    p: Page,
    errs: Errors,
    mode: &'static str,
    domains: String,
    email: String,
    display_name: String,
    message: String,
    sent: bool,
}

fn signup_template(ctx: &Ctx, errs: Errors, f: SignupForm, sent: bool) -> SignupTemplate {
    let org = ctx.org.as_ref();
    SignupTemplate {
        p: ctx.page(ctx.tr.t("signup-title"), ""),
        errs,
        mode: org
            .map(|o| o.registration_mode.as_str())
            .unwrap_or("closed"),
        domains: org
            .map(|o| o.allowed_domains.join(", "))
            .unwrap_or_default(),
        email: f.email,
        display_name: f.display_name,
        message: f.message,
        sent,
    }
}

pub(crate) async fn signup_form(ctx: Ctx) -> Response {
    render(&signup_template(
        &ctx,
        Errors::default(),
        SignupForm::default(),
        false,
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct SignupForm {
    email: String,
    display_name: String,
    message: String,
}

pub(crate) async fn signup_submit(
    ctx: Ctx,
    Form(f): Form<SignupForm>,
) -> Result<Response, PageError> {
    let input = SignupInput {
        email: f.email.clone(),
        display_name: f.display_name.clone(),
        message: f.message.clone(),
    };
    match ctx.state.services.register(input, ctx.tr.lang()).await {
        Ok(_) => Ok(render(&signup_template(
            &ctx,
            Errors::default(),
            SignupForm::default(),
            true,
        ))),
        Err(DomainError::Forbidden) => {
            let mut res = render(&signup_template(&ctx, Errors::default(), f, false));
            *res.status_mut() = StatusCode::FORBIDDEN;
            Ok(res)
        }
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            Ok(render_invalid(&signup_template(&ctx, errs, f, false)))
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct LanguageForm {
    lang: String,
    next: Option<String>,
}

/// Remembers a language: in a cookie, and on the account when signed in.
pub(crate) async fn set_language(
    ctx: Ctx,
    Form(f): Form<LanguageForm>,
) -> Result<Response, PageError> {
    let lang = Lang::from_code(&f.lang).ok_or(PageError::Status(StatusCode::BAD_REQUEST))?;
    if ctx.me().is_some() {
        ctx.state
            .services
            .set_my_locale(&ctx.viewer, Some(lang))
            .await?;
    }
    Ok(redirect_with_cookie(
        &safe_next(f.next.as_deref()),
        lang_cookie(&ctx, lang),
    ))
}

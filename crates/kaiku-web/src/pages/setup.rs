//! First-run setup.

use askama::Template;
use axum::response::{IntoResponse, Redirect, Response};
use kaiku_domain::setup::SetupInput;
use serde::Deserialize;

use crate::ctx::{Ctx, redirect_with_cookie, session_cookie};
use crate::error::PageError;
use crate::extract::Form;
use crate::views::{Errors, Page, form_errors, render, render_invalid};

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct SetupForm {
    org_name: String,
    display_name: String,
    email: String,
    password: String,
    code: String,
}

#[derive(Template)]
#[template(path = "pages/setup.html")]
struct SetupTemplate {
    p: Page,
    f: SetupForm,
    errs: Errors,
}

pub(crate) async fn form(ctx: Ctx) -> Result<Response, PageError> {
    if !ctx.state.services.needs_setup().await? {
        return Ok(Redirect::to("/").into_response());
    }
    Ok(render(&SetupTemplate {
        p: ctx.page(ctx.tr.t("setup-title"), ""),
        f: SetupForm::default(),
        errs: Errors::default(),
    }))
}

pub(crate) async fn submit(ctx: Ctx, Form(f): Form<SetupForm>) -> Result<Response, PageError> {
    let input = SetupInput {
        org_name: f.org_name.clone(),
        display_name: f.display_name.clone(),
        email: f.email.clone(),
        password: f.password.clone(),
        code: f.code.clone(),
    };
    match ctx
        .state
        .services
        .complete_setup(input, ctx.tr.lang(), &ctx.meta)
        .await
    {
        Ok(signed_in) => Ok(redirect_with_cookie(
            "/?notice=notice-welcome",
            session_cookie(&ctx, &signed_in),
        )),
        Err(e) => match form_errors(ctx.tr, &e) {
            Some(errs) => Ok(render_invalid(&SetupTemplate {
                p: ctx.page(ctx.tr.t("setup-title"), ""),
                f: SetupForm {
                    password: String::new(),
                    ..f
                },
                errs,
            })),
            None => Err(e.into()),
        },
    }
}

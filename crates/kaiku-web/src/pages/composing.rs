//! Help while writing, for the page's script: a preview of a draft and
//! @mention suggestions. Both answer only about places the viewer can read.

use askama::Template;
use axum::Json;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use crate::ctx::Member as SignedIn;
use crate::error::PageError;
use crate::extract::{Form, Query};
use crate::views::{Page, form_errors, render, render_invalid};

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct PreviewForm {
    space_id: String,
    body: String,
}

#[derive(Template)]
#[template(path = "partials/preview.html")]
struct PreviewTemplate {
    p: Page,
    html: String,
    unreachable: Vec<String>,
    error: String,
}

/// Renders a draft as it would be posted; a fragment for the composer.
pub(crate) async fn preview(
    SignedIn(ctx): SignedIn,
    Form(f): Form<PreviewForm>,
) -> Result<Response, PageError> {
    let space = Some(f.space_id.as_str()).filter(|s| !s.is_empty());
    let p = ctx.page(String::new(), "home");
    match ctx
        .state
        .services
        .preview(&ctx.viewer, space, &f.body)
        .await
    {
        Ok(done) => Ok(render(&PreviewTemplate {
            p,
            html: done.html,
            unreachable: done.unreachable_mentions,
            error: String::new(),
        })),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            let error = errs
                .get("body")
                .or_else(|| errs.get("form"))
                .cloned()
                .unwrap_or_default();
            Ok(render_invalid(&PreviewTemplate {
                p,
                html: String::new(),
                unreachable: Vec::new(),
                error,
            }))
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct MentionQuery {
    space_id: String,
    q: String,
}

#[derive(Serialize)]
pub(crate) struct MentionItem {
    handle: String,
    display_name: String,
}

/// People the draft's audience includes, for @mention autocomplete.
pub(crate) async fn mentions(
    SignedIn(ctx): SignedIn,
    Query(q): Query<MentionQuery>,
) -> Result<Response, PageError> {
    let space = Some(q.space_id.as_str()).filter(|s| !s.is_empty());
    let found = ctx
        .state
        .services
        .mention_suggestions(&ctx.viewer, space, &q.q)
        .await?;
    let items: Vec<MentionItem> = found
        .into_iter()
        .map(|s| MentionItem {
            handle: s.handle,
            display_name: s.display_name,
        })
        .collect();
    Ok(Json(items).into_response())
}

//! Posts and conversation: writing, the post page, editing with history,
//! comments and replies, reactions.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use kaiku_domain::DomainError;
use kaiku_domain::stream::{Post, Revision};
use serde::Deserialize;

use crate::ctx::{Ctx, Member as SignedIn, safe_next};
use crate::error::PageError;
use crate::extract::{Form, Path};
use crate::look::Look;
use crate::views::{Errors, Page, form_errors, render, render_invalid};

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct NewPostForm {
    space_id: String,
    body: String,
    next: Option<String>,
}

/// Where to come back to after acting on a post from a stream.
fn back(next: Option<&str>, fallback: &str) -> String {
    match next {
        Some(n) if !n.is_empty() => safe_next(Some(n)),
        _ => fallback.to_owned(),
    }
}

/// Back to where the viewer acted on a post (a stream or its page), at the post.
fn back_to_post(next: Option<&str>, id: &str) -> Response {
    Redirect::to(&format!("{}#post-{id}", back(next, &format!("/p/{id}")))).into_response()
}

#[derive(Template)]
#[template(path = "pages/post_error.html")]
struct PostErrorTemplate {
    p: Page,
    errs: Errors,
    body: String,
    back: String,
}

pub(crate) async fn create(
    SignedIn(ctx): SignedIn,
    Form(f): Form<NewPostForm>,
) -> Result<Response, PageError> {
    let space = Some(f.space_id.as_str()).filter(|s| !s.is_empty());
    match ctx
        .state
        .services
        .create_post(&ctx.viewer, space, &f.body)
        .await
    {
        Ok(post) => Ok(back_to_post(f.next.as_deref(), &post.id)),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            // The text is kept so nothing typed is lost.
            Ok(render_invalid(&PostErrorTemplate {
                p: ctx.page(ctx.tr.t("post-error-title"), "home"),
                errs,
                body: f.body,
                back: back(f.next.as_deref(), "/"),
            }))
        }
    }
}

#[derive(Template)]
#[template(path = "pages/post.html")]
struct PostTemplate {
    p: Page,
    errs: Errors,
    look: Look,
    post: Post,
    here: String,
    full: bool,
    reply_to: String,
    draft: String,
    /// Who reacted, grouped by kind in the order the kinds first appear.
    reactors: Vec<(String, Vec<String>)>,
    /// Whether the viewer follows this conversation (`following`, `muted`, `none`).
    thread: &'static str,
}

async fn post_page(
    ctx: &Ctx,
    id: &str,
    errs: Errors,
    draft: String,
    reply_to: String,
) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    let post = services.post(&ctx.viewer, id).await?;
    // Once the post is known to be readable, its reactors and the viewer's
    // subscription are independent reads.
    let (by_kind, thread) = tokio::try_join!(
        services.reactors(&ctx.viewer, &post.id),
        services.thread_subscription(&ctx.viewer, &post.id),
    )?;
    let mut reactors: Vec<(String, Vec<String>)> = Vec::new();
    for (kind, name) in by_kind {
        match reactors.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, names)) => names.push(name),
            None => reactors.push((kind, vec![name])),
        }
    }
    let invalid = errs.any();
    let t = PostTemplate {
        thread,
        p: ctx.page(ctx.tr.t("post-title"), "home"),
        errs,
        look: Look,
        here: format!("/p/{}", post.id),
        post,
        full: true,
        reply_to,
        draft,
        reactors,
    };
    Ok(if invalid {
        render_invalid(&t)
    } else {
        render(&t)
    })
}

pub(crate) async fn show(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    post_page(&ctx, &id, Errors::default(), String::new(), String::new()).await
}

#[derive(Template)]
#[template(path = "pages/post_edit.html")]
struct EditTemplate {
    p: Page,
    errs: Errors,
    action: String,
    body: String,
    cancel: String,
    /// For a post: its space (empty for a profile post), to preview the draft
    /// and suggest mentions; comments have neither.
    compose: Option<String>,
}

pub(crate) async fn edit_form(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let post = ctx.state.services.post(&ctx.viewer, &id).await?;
    if !post.can.edit {
        return Err(PageError::Status(StatusCode::FORBIDDEN));
    }
    Ok(render(&EditTemplate {
        p: ctx.page(ctx.tr.t("post-edit-title"), "home"),
        errs: Errors::default(),
        action: format!("/p/{}/edit", post.id),
        cancel: format!("/p/{}", post.id),
        compose: Some(post.space_id.clone().unwrap_or_default()),
        body: post.body,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct BodyForm {
    body: String,
    parent_id: String,
    next: Option<String>,
}

pub(crate) async fn edit(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
    Form(f): Form<BodyForm>,
) -> Result<Response, PageError> {
    match ctx
        .state
        .services
        .edit_post(&ctx.viewer, &id, &f.body)
        .await
    {
        Ok(post) => {
            Ok(Redirect::to(&format!("/p/{}?notice=notice-post-saved", post.id)).into_response())
        }
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            let compose = match ctx.state.services.post(&ctx.viewer, &id).await {
                Ok(p) => Some(p.space_id.unwrap_or_default()),
                Err(_) => None,
            };
            Ok(render_invalid(&EditTemplate {
                p: ctx.page(ctx.tr.t("post-edit-title"), "home"),
                errs,
                action: format!("/p/{id}/edit"),
                cancel: format!("/p/{id}"),
                body: f.body,
                compose,
            }))
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct NextForm {
    next: Option<String>,
}

pub(crate) async fn delete(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
    Form(f): Form<NextForm>,
) -> Result<Response, PageError> {
    let post = ctx.state.services.post(&ctx.viewer, &id).await?;
    ctx.state.services.delete_post(&ctx.viewer, &id).await?;
    let fallback = post
        .space_slug
        .map(|s| format!("/s/{s}"))
        .unwrap_or_else(|| "/".to_owned());
    let to = back(f.next.as_deref(), &fallback);
    let to = if to.starts_with(&format!("/p/{id}")) {
        fallback
    } else {
        to
    };
    let sep = if to.contains('?') { '&' } else { '?' };
    Ok(Redirect::to(&format!("{to}{sep}notice=notice-post-deleted")).into_response())
}

#[derive(Template)]
#[template(path = "pages/post_history.html")]
struct HistoryTemplate {
    p: Page,

    post: Post,
    revisions: Vec<Revision>,
}

pub(crate) async fn history(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    let post = services.post(&ctx.viewer, &id).await?;
    let revisions = services.post_revisions(&ctx.viewer, &id).await?;
    Ok(render(&HistoryTemplate {
        p: ctx.page(ctx.tr.t("post-history-title"), "home"),
        post,
        revisions,
    }))
}

/// A post card sends the button pressed (`add` or `remove`, naming the kind);
/// `kind` with `on` says the same in two fields. Either way the form states the
/// outcome rather than a toggle, so sending it twice changes nothing.
#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct ReactForm {
    add: String,
    remove: String,
    kind: String,
    on: String,
    next: Option<String>,
}

impl ReactForm {
    fn wanted(&self) -> (&str, bool) {
        if !self.add.is_empty() {
            (&self.add, true)
        } else if !self.remove.is_empty() {
            (&self.remove, false)
        } else {
            (&self.kind, self.on == "1")
        }
    }
}

pub(crate) async fn react(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
    Form(f): Form<ReactForm>,
) -> Result<Response, PageError> {
    let (kind, on) = f.wanted();
    match ctx.state.services.react(&ctx.viewer, &id, kind, on).await {
        Ok(_) => Ok(back_to_post(f.next.as_deref(), &id)),
        Err(DomainError::Invalid(_)) => Err(PageError::Status(StatusCode::BAD_REQUEST)),
        Err(e) => Err(e.into()),
    }
}

pub(crate) async fn comment(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
    Form(f): Form<BodyForm>,
) -> Result<Response, PageError> {
    let parent = Some(f.parent_id.as_str()).filter(|p| !p.is_empty());
    match ctx
        .state
        .services
        .add_comment(&ctx.viewer, &id, parent, &f.body)
        .await
    {
        Ok(c) => Ok(Redirect::to(&format!(
            "{}#comment-{}",
            back(f.next.as_deref(), &format!("/p/{id}")),
            c.id
        ))
        .into_response()),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            post_page(&ctx, &id, errs, f.body, f.parent_id).await
        }
    }
}

pub(crate) async fn comment_edit_form(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let c = ctx.state.services.comment(&ctx.viewer, &id).await?;
    if !c.can_edit {
        return Err(PageError::Status(StatusCode::FORBIDDEN));
    }
    let post_id = comment_post(&ctx, &id).await?;
    Ok(render(&EditTemplate {
        p: ctx.page(ctx.tr.t("comment-edit-title"), "home"),
        errs: Errors::default(),
        action: format!("/c/{id}/edit"),
        cancel: format!("/p/{post_id}#comment-{id}"),
        body: c.body,
        compose: None,
    }))
}

async fn comment_post(ctx: &Ctx, id: &str) -> Result<String, PageError> {
    Ok(ctx.state.services.comment_post_id(&ctx.viewer, id).await?)
}

pub(crate) async fn comment_edit(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
    Form(f): Form<BodyForm>,
) -> Result<Response, PageError> {
    let post_id = comment_post(&ctx, &id).await?;
    match ctx
        .state
        .services
        .edit_comment(&ctx.viewer, &id, &f.body)
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/p/{post_id}#comment-{id}")).into_response()),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            Ok(render_invalid(&EditTemplate {
                p: ctx.page(ctx.tr.t("comment-edit-title"), "home"),
                errs,
                action: format!("/c/{id}/edit"),
                cancel: format!("/p/{post_id}#comment-{id}"),
                body: f.body,
                compose: None,
            }))
        }
    }
}

pub(crate) async fn comment_delete(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
    Form(f): Form<NextForm>,
) -> Result<Response, PageError> {
    let post_id = comment_post(&ctx, &id).await?;
    ctx.state.services.delete_comment(&ctx.viewer, &id).await?;
    let to = back(f.next.as_deref(), &format!("/p/{post_id}"));
    Ok(Redirect::to(&format!("{to}#post-{post_id}")).into_response())
}

#[derive(Template)]
#[template(path = "partials/post_card_fragment.html")]
struct CardTemplate {
    p: Page,
    errs: Errors,
    look: Look,
    post: Post,
    here: String,
    full: bool,
    reply_to: String,
    draft: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct CardQuery {
    here: Option<String>,
}

/// One post card alone, for the page script to swap in when it changes.
pub(crate) async fn card(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
    crate::extract::Query(q): crate::extract::Query<CardQuery>,
) -> Result<Response, PageError> {
    let post = ctx.state.services.post(&ctx.viewer, &id).await?;
    let here = back(q.here.as_deref(), &format!("/p/{}", post.id));
    let full = here.starts_with("/p/");
    Ok(render(&CardTemplate {
        p: ctx.page(String::new(), "home"),
        errs: Errors::default(),
        look: Look,
        post,
        here,
        full,
        reply_to: String::new(),
        draft: String::new(),
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct OnForm {
    on: String,
    next: Option<String>,
}

pub(crate) async fn save(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
    Form(f): Form<OnForm>,
) -> Result<Response, PageError> {
    ctx.state
        .services
        .save_post(&ctx.viewer, &id, f.on == "1")
        .await?;
    Ok(back_to_post(f.next.as_deref(), &id))
}

pub(crate) async fn pin(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
    Form(f): Form<OnForm>,
) -> Result<Response, PageError> {
    ctx.state
        .services
        .pin_post(&ctx.viewer, &id, f.on == "1")
        .await?;
    Ok(back_to_post(f.next.as_deref(), &id))
}

#[derive(Template)]
#[template(path = "pages/topic.html")]
struct TopicTemplate {
    p: Page,
    followed: bool,
    errs: Errors,
    look: Look,
    stream: kaiku_domain::stream::PostPage,
    topic: String,
    here: String,
    full: bool,
    reply_to: String,
    draft: String,
    stream_base: String,
    stream_live: String,
    stream_empty: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct TopicQuery {
    cursor: Option<String>,
}

/// A topic's page: the posts the viewer may read that carry it.
pub(crate) async fn topic(
    SignedIn(ctx): SignedIn,
    Path(topic): Path<String>,
    crate::extract::Query(q): crate::extract::Query<TopicQuery>,
) -> Result<Response, PageError> {
    let which = kaiku_domain::stream::Stream::Topic(topic.clone());
    let stream = match ctx
        .state
        .services
        .stream(&ctx.viewer, which, q.cursor.as_deref(), 20)
        .await
    {
        Ok(s) => s,
        Err(DomainError::Invalid(_)) => return Err(PageError::Status(StatusCode::BAD_REQUEST)),
        Err(e) => return Err(e.into()),
    };
    let topic = topic.trim_start_matches('#').to_lowercase();
    let encoded: String = serde_urlencoded::to_string([("t", topic.as_str())])
        .unwrap_or_default()
        .trim_start_matches("t=")
        .to_owned();
    let followed = ctx
        .state
        .services
        .follows(
            &ctx.viewer,
            kaiku_domain::follows::FollowKind::Topic,
            &topic,
        )
        .await?;
    Ok(render(&TopicTemplate {
        followed,
        p: ctx.page(format!("#{topic}"), "home"),
        errs: Errors::default(),
        look: Look,
        stream,
        here: format!("/t/{encoded}"),
        full: false,
        reply_to: String::new(),
        draft: String::new(),
        stream_base: format!("/t/{encoded}?"),
        stream_live: String::new(),
        stream_empty: ctx.tr.t("stream-empty-topic"),
        topic,
    }))
}

pub(crate) async fn announce(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
    Form(f): Form<OnForm>,
) -> Result<Response, PageError> {
    let on = f.on == "1";
    match ctx.state.services.announce_post(&ctx.viewer, &id, on).await {
        Ok(()) => {
            let notice = if on {
                "notice-announced"
            } else {
                "notice-unannounced"
            };
            let to = back(f.next.as_deref(), &format!("/p/{id}"));
            let sep = if to.contains('?') { '&' } else { '?' };
            Ok(Redirect::to(&format!("{to}{sep}notice={notice}#post-{id}")).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

pub(crate) async fn dismiss(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    ctx.state
        .services
        .dismiss_announcement(&ctx.viewer, &id)
        .await?;
    Ok(Redirect::to("/").into_response())
}

#[derive(Template)]
#[template(path = "pages/report.html")]
struct ReportTemplate {
    p: Page,
    errs: Errors,
    post_id: String,
    comment_id: String,
    excerpt: String,
    reason: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct ReportQuery {
    comment: String,
}

pub(crate) async fn report_form(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
    crate::extract::Query(q): crate::extract::Query<ReportQuery>,
) -> Result<Response, PageError> {
    let post = ctx.state.services.post(&ctx.viewer, &id).await?;
    let excerpt = if q.comment.is_empty() {
        post.body.clone()
    } else {
        post.comments
            .iter()
            .find(|c| c.id == q.comment)
            .map(|c| c.body.clone())
            .ok_or(PageError::not_found())?
    };
    Ok(render(&ReportTemplate {
        p: ctx.page(ctx.tr.t("report-title"), "home"),
        errs: Errors::default(),
        post_id: post.id,
        comment_id: q.comment,
        excerpt: excerpt.chars().take(400).collect(),
        reason: String::new(),
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct ReportForm {
    comment_id: String,
    reason: String,
}

pub(crate) async fn report(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
    Form(f): Form<ReportForm>,
) -> Result<Response, PageError> {
    let comment = Some(f.comment_id.as_str()).filter(|c| !c.is_empty());
    match ctx
        .state
        .services
        .report(&ctx.viewer, &id, comment, &f.reason)
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!("/p/{id}?notice=notice-reported")).into_response()),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            Ok(render_invalid(&ReportTemplate {
                p: ctx.page(ctx.tr.t("report-title"), "home"),
                errs,
                post_id: id,
                comment_id: f.comment_id,
                excerpt: String::new(),
                reason: f.reason,
            }))
        }
    }
}

#[derive(Template)]
#[template(path = "pages/reports.html")]
struct ReportsTemplate {
    p: Page,
    errs: Errors,
    reports: Vec<kaiku_domain::moderation::Report>,
}

pub(crate) async fn reports(SignedIn(ctx): SignedIn) -> Result<Response, PageError> {
    let reports = ctx.state.services.open_reports(&ctx.viewer).await?;
    Ok(render(&ReportsTemplate {
        p: ctx.page(ctx.tr.t("reports-title"), "home"),
        errs: Errors::default(),
        reports,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct ResolveForm {
    action: String,
}

pub(crate) async fn resolve(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
    Form(f): Form<ResolveForm>,
) -> Result<Response, PageError> {
    let remove = match f.action.as_str() {
        "remove" => true,
        "dismiss" => false,
        _ => return Err(PageError::Status(StatusCode::BAD_REQUEST)),
    };
    ctx.state
        .services
        .resolve_report(&ctx.viewer, &id, remove)
        .await?;
    Ok(Redirect::to("/reports?notice=notice-report-resolved").into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct FollowForm {
    kind: String,
    target: String,
    on: String,
    next: Option<String>,
}

pub(crate) async fn follow(
    SignedIn(ctx): SignedIn,
    Form(f): Form<FollowForm>,
) -> Result<Response, PageError> {
    let kind = kaiku_domain::follows::FollowKind::parse(&f.kind)
        .ok_or(PageError::Status(StatusCode::BAD_REQUEST))?;
    match ctx
        .state
        .services
        .follow(&ctx.viewer, kind, &f.target, f.on == "1")
        .await
    {
        Ok(()) => Ok(Redirect::to(&back(f.next.as_deref(), "/following")).into_response()),
        Err(DomainError::Invalid(_)) => Err(PageError::Status(StatusCode::BAD_REQUEST)),
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "pages/following.html")]
struct FollowingTemplate {
    p: Page,
    errs: Errors,
    items: Vec<kaiku_domain::follows::Followed>,
}

pub(crate) async fn following(SignedIn(ctx): SignedIn) -> Result<Response, PageError> {
    let items = ctx.state.services.following(&ctx.viewer).await?;
    Ok(render(&FollowingTemplate {
        p: ctx.page(ctx.tr.t("following-title"), "home"),
        errs: Errors::default(),
        items,
    }))
}

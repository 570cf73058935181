//! A space's wiki: the page tree, reading a page, writing and editing one (an
//! edit started from an older version is shown both versions rather than
//! overwriting), the history of versions, comparing and restoring them.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use kaiku_domain::DomainError;
use kaiku_domain::spaces::Space;
use kaiku_domain::wiki::{Change, WikiInput, WikiPage, WikiRevision, WikiTreeItem};
use serde::Deserialize;

use crate::ctx::{Ctx, Member as SignedIn};
use crate::error::PageError;
use crate::extract::{Form, Path, Query};
use crate::look::Look;
use crate::views::{Errors, Page, form_errors, render, render_invalid};

fn page_href(s: &Space, slug: &str) -> String {
    format!("/s/{}/wiki/{slug}", s.slug)
}

async fn space(ctx: &Ctx, slug: &str) -> Result<Space, PageError> {
    let s = ctx.state.services.space_by_slug(&ctx.viewer, slug).await?;
    if !s.can.read {
        return Err(DomainError::NotFound.into());
    }
    Ok(s)
}

#[derive(Template)]
#[template(path = "pages/wiki_index.html")]
struct IndexTemplate {
    p: Page,
    errs: Errors,
    look: Look,
    s: Space,
    section: &'static str,
    pages: Vec<WikiTreeItem>,
    can_write: bool,
}

pub(crate) async fn index(
    SignedIn(ctx): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let s = space(&ctx, &slug).await?;
    let pages = ctx
        .state
        .services
        .wiki_pages(&ctx.viewer, &s.id, ctx.tr.lang())
        .await?;
    Ok(render(&IndexTemplate {
        p: ctx.page(ctx.tr.t1("wiki-title", "space", s.name.as_str()), "spaces"),
        errs: Errors::default(),
        look: Look,
        section: "wiki",
        pages,
        can_write: s.can.wiki,
        s,
    }))
}

#[derive(Template)]
#[template(path = "pages/wiki_page.html")]
struct PageTemplate {
    p: Page,
    errs: Errors,
    look: Look,
    s: Space,
    section: &'static str,
    page: WikiPage,
}

pub(crate) async fn show(
    SignedIn(ctx): SignedIn,
    Path((slug, page)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let s = space(&ctx, &slug).await?;
    let page = ctx
        .state
        .services
        .wiki_page(&ctx.viewer, &s.id, &page)
        .await?;
    Ok(render(&PageTemplate {
        p: ctx.page(page.title.clone(), "spaces"),
        errs: Errors::default(),
        look: Look,
        section: "wiki",
        page,
        s,
    }))
}

/// The form for a new page or a new version of one.
#[derive(Template)]
#[template(path = "pages/wiki_edit.html")]
struct EditTemplate {
    p: Page,
    errs: Errors,
    look: Look,
    s: Space,
    section: &'static str,
    action: String,
    cancel: String,
    form: EditForm,
    /// Where the page may be placed: `(id, title, depth)`.
    parents: Vec<(String, String, usize)>,
    /// After a refused save: the version saved meanwhile, to compare with.
    theirs: Option<WikiPage>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct EditForm {
    title: String,
    body: String,
    parent_id: String,
    summary: String,
    /// The version the form was opened on.
    revision: i64,
}

impl EditForm {
    fn input(&self) -> WikiInput {
        WikiInput {
            title: self.title.clone(),
            body: self.body.clone(),
            parent_id: Some(self.parent_id.clone()).filter(|p| !p.is_empty()),
            summary: self.summary.clone(),
        }
    }
}

/// The pages a page may sit under: all of the space's but itself and those below it.
async fn parents(
    ctx: &Ctx,
    s: &Space,
    page_id: Option<&str>,
) -> Result<Vec<(String, String, usize)>, PageError> {
    let tree = ctx
        .state
        .services
        .wiki_pages(&ctx.viewer, &s.id, ctx.tr.lang())
        .await?;
    let mut out = Vec::with_capacity(tree.len());
    let mut below: Option<usize> = None;
    for t in tree {
        if let Some(depth) = below {
            if t.depth > depth {
                continue;
            }
            below = None;
        }
        if Some(t.id.as_str()) == page_id {
            below = Some(t.depth);
            continue;
        }
        out.push((t.id, t.title, t.depth));
    }
    Ok(out)
}

/// Which page a form writes: a new one, or a new version of this one.
enum Target<'a> {
    New,
    Existing(&'a WikiPage),
}

async fn edit_page(
    ctx: &Ctx,
    s: Space,
    target: Target<'_>,
    form: EditForm,
    errs: Errors,
    theirs: Option<WikiPage>,
) -> Result<Response, PageError> {
    let (title, action, cancel, page_id) = match target {
        Target::New => {
            let wiki = format!("/s/{}/wiki", s.slug);
            (ctx.tr.t("wiki-new-title"), wiki.clone(), wiki, None)
        }
        Target::Existing(page) => {
            let href = page_href(&s, &page.slug);
            (
                ctx.tr.t1("wiki-edit-title", "title", page.title.as_str()),
                format!("{href}/edit"),
                href,
                Some(page.id.as_str()),
            )
        }
    };
    let parents = parents(ctx, &s, page_id).await?;
    let invalid = errs.any();
    let t = EditTemplate {
        p: ctx.page(title, "spaces"),
        errs,
        look: Look,
        section: "wiki",
        action,
        cancel,
        form,
        parents,
        theirs,
        s,
    };
    Ok(if invalid {
        render_invalid(&t)
    } else {
        render(&t)
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct NewQuery {
    parent: String,
}

pub(crate) async fn new_form(
    SignedIn(ctx): SignedIn,
    Path(slug): Path<String>,
    Query(q): Query<NewQuery>,
) -> Result<Response, PageError> {
    let s = space(&ctx, &slug).await?;
    if !s.can.wiki {
        return Err(PageError::Status(StatusCode::FORBIDDEN));
    }
    let form = EditForm {
        parent_id: q.parent,
        ..EditForm::default()
    };
    edit_page(&ctx, s, Target::New, form, Errors::default(), None).await
}

pub(crate) async fn create(
    SignedIn(ctx): SignedIn,
    Path(slug): Path<String>,
    Form(f): Form<EditForm>,
) -> Result<Response, PageError> {
    let s = space(&ctx, &slug).await?;
    match ctx
        .state
        .services
        .create_wiki_page(&ctx.viewer, &s.id, f.input())
        .await
    {
        Ok(page) => Ok(Redirect::to(&format!(
            "{}?notice=notice-wiki-saved",
            page_href(&s, &page.slug)
        ))
        .into_response()),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            edit_page(&ctx, s, Target::New, f, errs, None).await
        }
    }
}

pub(crate) async fn edit_form(
    SignedIn(ctx): SignedIn,
    Path((slug, page)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let s = space(&ctx, &slug).await?;
    let page = ctx
        .state
        .services
        .wiki_page(&ctx.viewer, &s.id, &page)
        .await?;
    if !page.can.edit {
        return Err(PageError::Status(StatusCode::FORBIDDEN));
    }
    let form = EditForm {
        title: page.title.clone(),
        body: page.body.clone(),
        parent_id: page.parent_id.clone().unwrap_or_default(),
        summary: String::new(),
        revision: page.revision,
    };
    edit_page(
        &ctx,
        s,
        Target::Existing(&page),
        form,
        Errors::default(),
        None,
    )
    .await
}

pub(crate) async fn edit(
    SignedIn(ctx): SignedIn,
    Path((slug, page)): Path<(String, String)>,
    Form(mut f): Form<EditForm>,
) -> Result<Response, PageError> {
    let s = space(&ctx, &slug).await?;
    let services = &ctx.state.services;
    let current = match services.wiki_page(&ctx.viewer, &s.id, &page).await {
        Ok(current) => current,
        // Deleted while it was being edited: the text is offered as a new page
        // rather than thrown away.
        Err(DomainError::NotFound) => {
            f.revision = 0;
            let errs = Errors::form(ctx.tr, "error-wiki-gone");
            return edit_page(&ctx, s, Target::New, f, errs, None).await;
        }
        Err(e) => return Err(e.into()),
    };
    match services
        .edit_wiki_page(&ctx.viewer, &current.id, f.revision, f.input())
        .await
    {
        Ok(saved) => Ok(Redirect::to(&format!(
            "{}?notice=notice-wiki-saved",
            page_href(&s, &saved.slug)
        ))
        .into_response()),
        Err(e) => {
            let conflict = matches!(
                e,
                DomainError::Conflict {
                    key: "error-wiki-conflict"
                }
            );
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            // Shown the version saved meanwhile, the writer keeps their own text
            // and saves again on top of it once they have taken in the other.
            let theirs = if conflict {
                let fresh = services.wiki_page(&ctx.viewer, &s.id, &page).await?;
                f.revision = fresh.revision;
                Some(fresh)
            } else {
                None
            };
            edit_page(&ctx, s, Target::Existing(&current), f, errs, theirs).await
        }
    }
}

pub(crate) async fn delete(
    SignedIn(ctx): SignedIn,
    Path((slug, page)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let s = space(&ctx, &slug).await?;
    let services = &ctx.state.services;
    let page = services.wiki_page(&ctx.viewer, &s.id, &page).await?;
    services.delete_wiki_page(&ctx.viewer, &page.id).await?;
    Ok(Redirect::to(&format!("/s/{}/wiki?notice=notice-wiki-deleted", s.slug)).into_response())
}

#[derive(Template)]
#[template(path = "pages/wiki_history.html")]
struct HistoryTemplate {
    p: Page,
    errs: Errors,
    look: Look,
    s: Space,
    section: &'static str,
    page: WikiPage,
    revisions: Vec<WikiRevision>,
}

async fn history_page(
    ctx: &Ctx,
    s: Space,
    page: WikiPage,
    errs: Errors,
) -> Result<Response, PageError> {
    let revisions = ctx
        .state
        .services
        .wiki_revisions(&ctx.viewer, &page.id)
        .await?;
    let invalid = errs.any();
    let t = HistoryTemplate {
        p: ctx.page(
            ctx.tr
                .t1("wiki-history-title", "title", page.title.as_str()),
            "spaces",
        ),
        errs,
        look: Look,
        section: "wiki",
        page,
        revisions,
        s,
    };
    Ok(if invalid {
        render_invalid(&t)
    } else {
        render(&t)
    })
}

pub(crate) async fn history(
    SignedIn(ctx): SignedIn,
    Path((slug, page)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let s = space(&ctx, &slug).await?;
    let page = ctx
        .state
        .services
        .wiki_page(&ctx.viewer, &s.id, &page)
        .await?;
    history_page(&ctx, s, page, Errors::default()).await
}

#[derive(Template)]
#[template(path = "pages/wiki_revision.html")]
struct RevisionTemplate {
    p: Page,
    errs: Errors,
    look: Look,
    s: Space,
    section: &'static str,
    page: WikiPage,
    revision: WikiRevision,
    changes: Vec<Change>,
}

pub(crate) async fn revision(
    SignedIn(ctx): SignedIn,
    Path((slug, page, n)): Path<(String, String, i64)>,
) -> Result<Response, PageError> {
    let s = space(&ctx, &slug).await?;
    let services = &ctx.state.services;
    let page = services.wiki_page(&ctx.viewer, &s.id, &page).await?;
    let (revision, changes) = services.wiki_revision(&ctx.viewer, &page.id, n).await?;
    Ok(render(&RevisionTemplate {
        p: ctx.page(
            ctx.tr
                .t1("wiki-revision-title", "number", revision.revision),
            "spaces",
        ),
        errs: Errors::default(),
        look: Look,
        section: "wiki",
        page,
        revision,
        changes,
        s,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct RestoreForm {
    /// The version the viewer saw as current.
    revision: i64,
}

pub(crate) async fn restore(
    SignedIn(ctx): SignedIn,
    Path((slug, page, n)): Path<(String, String, i64)>,
    Form(f): Form<RestoreForm>,
) -> Result<Response, PageError> {
    let s = space(&ctx, &slug).await?;
    let services = &ctx.state.services;
    let page = services.wiki_page(&ctx.viewer, &s.id, &page).await?;
    let href = page_href(&s, &page.slug);
    match services
        .restore_wiki_revision(&ctx.viewer, &page.id, n, f.revision)
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("{href}?notice=notice-wiki-restored")).into_response()),
        // Somebody saved meanwhile: the history, now with their version, says so.
        Err(e @ DomainError::Conflict { .. }) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            let page = services.wiki_page(&ctx.viewer, &s.id, &page.slug).await?;
            history_page(&ctx, s, page, errs).await
        }
        Err(e) => Err(e.into()),
    }
}

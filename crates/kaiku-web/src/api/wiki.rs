//! The wiki in the API: a space's pages, a page, its versions, writing and
//! restoring. A change names the version it was made on (`revision`); if
//! another was saved since, the answer is 409 and nothing changes.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use kaiku_domain::wiki::{Change, WikiInput, WikiPage, WikiRevision, WikiTreeItem};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::ApiCaller;
use super::posts::rfc3339;
use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{ApiJson, ApiPath};

/// A wiki page.
#[derive(Serialize, ToSchema)]
pub(crate) struct WikiPageBody {
    id: String,
    space_id: String,
    /// The page it sits under, or `null` at the top.
    parent_id: Option<String>,
    /// Its address in the space: `/s/{space slug}/wiki/{slug}`.
    slug: String,
    title: String,
    /// Markdown source.
    body: String,
    /// Sanitised HTML.
    body_html: String,
    /// The current version's number; send it back with a change.
    revision: i64,
    created_by: String,
    created_at: String,
    updated_at: String,
    /// Pages directly below, by title.
    children: Vec<WikiLinkBody>,
    /// May the caller change it / delete it.
    can_edit: bool,
    can_delete: bool,
}

/// A page named in a list.
#[derive(Serialize, ToSchema)]
pub(crate) struct WikiLinkBody {
    id: String,
    slug: String,
    title: String,
}

/// A page in a space's tree (reading order: each page before those below it).
#[derive(Serialize, ToSchema)]
pub(crate) struct WikiTreeBody {
    id: String,
    slug: String,
    title: String,
    /// 0 at the top.
    depth: usize,
    updated_at: String,
}

/// A space's pages.
#[derive(Serialize, ToSchema)]
pub(crate) struct WikiTreeList {
    items: Vec<WikiTreeBody>,
}

/// One version of a page.
#[derive(Serialize, ToSchema)]
pub(crate) struct WikiRevisionBody {
    revision: i64,
    title: String,
    /// The text (only when one version is asked for).
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<String>,
    summary: String,
    /// The version this one brought back, for a restore.
    restored_from: Option<i64>,
    editor_name: Option<String>,
    edited_at: String,
    /// Lines changed from the version before, as `+line`, `-line` or ` line`
    /// (only when one version is asked for).
    #[serde(skip_serializing_if = "Option::is_none")]
    changes: Option<Vec<String>>,
}

/// The versions of a page, newest first.
#[derive(Serialize, ToSchema)]
pub(crate) struct WikiRevisionList {
    items: Vec<WikiRevisionBody>,
}

/// A new page.
#[derive(Deserialize, ToSchema)]
pub(crate) struct WikiCreate {
    title: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    parent_id: Option<String>,
    /// What it is, in a line.
    #[serde(default)]
    summary: String,
}

/// A new version of a page. Fields left out keep their current value.
#[derive(Deserialize, ToSchema)]
pub(crate) struct WikiPatch {
    /// The version the change was made on.
    revision: i64,
    title: Option<String>,
    body: Option<String>,
    /// `null` moves the page to the top; left out, it stays where it is.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    parent_id: Option<Option<String>>,
    #[serde(default)]
    summary: String,
}

/// A field that was sent, even as `null` (a field left out stays `None`).
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

/// Bring an earlier version back.
#[derive(Deserialize, ToSchema)]
pub(crate) struct WikiRestore {
    /// The version the caller saw as current.
    revision: i64,
}

fn page_body(p: WikiPage) -> WikiPageBody {
    WikiPageBody {
        created_at: rfc3339(p.created_at),
        updated_at: rfc3339(p.updated_at),
        children: p
            .children
            .into_iter()
            .map(|c| WikiLinkBody {
                id: c.id,
                slug: c.slug,
                title: c.title,
            })
            .collect(),
        can_edit: p.can.edit,
        can_delete: p.can.delete,
        id: p.id,
        space_id: p.space_id,
        parent_id: p.parent_id,
        slug: p.slug,
        title: p.title,
        body: p.body,
        body_html: p.body_html,
        revision: p.revision,
        created_by: p.created_by,
    }
}

fn tree_body(t: WikiTreeItem) -> WikiTreeBody {
    WikiTreeBody {
        updated_at: rfc3339(t.updated_at),
        id: t.id,
        slug: t.slug,
        title: t.title,
        depth: t.depth,
    }
}

fn revision_body(r: WikiRevision, changes: Option<Vec<Change>>) -> WikiRevisionBody {
    let full = changes.is_some();
    WikiRevisionBody {
        edited_at: rfc3339(r.edited_at),
        changes: changes.map(|cs| {
            cs.into_iter()
                .map(|c| match c {
                    Change::Same(l) => format!(" {l}"),
                    Change::Added(l) => format!("+{l}"),
                    Change::Removed(l) => format!("-{l}"),
                    Change::Skipped(n) => format!("@@ {n}"),
                })
                .collect()
        }),
        body: full.then_some(r.body),
        revision: r.revision,
        title: r.title,
        summary: r.summary,
        restored_from: r.restored_from,
        editor_name: r.editor,
    }
}

/// A space's wiki pages, as a tree in reading order.
#[utoipa::path(get, path = "/api/v1/spaces/{id}/wiki", tag = "wiki", params(("id" = String, Path)),
    responses((status = 200, body = WikiTreeList), (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn list(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<WikiTreeList>, ApiError> {
    let items = state
        .services
        .wiki_pages(&caller.viewer, &id, caller.tr.lang())
        .await
        .map_err(caller.problem())?;
    Ok(Json(WikiTreeList {
        items: items.into_iter().map(tree_body).collect(),
    }))
}

/// Write a new page in a space.
#[utoipa::path(post, path = "/api/v1/spaces/{id}/wiki", tag = "wiki", params(("id" = String, Path)), request_body = WikiCreate,
    responses((status = 201, body = WikiPageBody), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn create(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(b): ApiJson<WikiCreate>,
) -> Result<Response, ApiError> {
    let input = WikiInput {
        title: b.title,
        body: b.body,
        parent_id: b.parent_id,
        summary: b.summary,
    };
    let p = state
        .services
        .create_wiki_page(&caller.viewer, &id, input)
        .await
        .map_err(caller.problem())?;
    Ok(super::created(
        format!("/api/v1/wiki/{}", p.id),
        page_body(p),
    ))
}

/// One page.
#[utoipa::path(get, path = "/api/v1/wiki/{id}", tag = "wiki", params(("id" = String, Path)),
    responses((status = 200, body = WikiPageBody), (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn get(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<WikiPageBody>, ApiError> {
    let p = state
        .services
        .wiki_page_by_id(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    Ok(Json(page_body(p)))
}

/// Save a new version of a page.
#[utoipa::path(patch, path = "/api/v1/wiki/{id}", tag = "wiki", params(("id" = String, Path)), request_body = WikiPatch,
    responses((status = 200, body = WikiPageBody), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Another version was saved since `revision`", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn patch(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(b): ApiJson<WikiPatch>,
) -> Result<Json<WikiPageBody>, ApiError> {
    let services = &state.services;
    let current = services
        .wiki_page_by_id(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    let input = WikiInput {
        title: b.title.unwrap_or(current.title),
        body: b.body.unwrap_or(current.body),
        parent_id: b.parent_id.unwrap_or(current.parent_id),
        summary: b.summary,
    };
    let p = services
        .edit_wiki_page(&caller.viewer, &id, b.revision, input)
        .await
        .map_err(caller.problem())?;
    Ok(Json(page_body(p)))
}

/// Delete a page (its first author, or a moderator). Pages below it move up.
#[utoipa::path(delete, path = "/api/v1/wiki/{id}", tag = "wiki", params(("id" = String, Path)),
    responses((status = 204), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn delete(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    state
        .services
        .delete_wiki_page(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    Ok(StatusCode::NO_CONTENT)
}

/// Every version of a page, newest first.
#[utoipa::path(get, path = "/api/v1/wiki/{id}/revisions", tag = "wiki", params(("id" = String, Path)),
    responses((status = 200, body = WikiRevisionList), (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn revisions(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<WikiRevisionList>, ApiError> {
    let items = state
        .services
        .wiki_revisions(&caller.viewer, &id)
        .await
        .map_err(caller.problem())?;
    Ok(Json(WikiRevisionList {
        items: items.into_iter().map(|r| revision_body(r, None)).collect(),
    }))
}

/// One version of a page, with what it changed from the one before.
#[utoipa::path(get, path = "/api/v1/wiki/{id}/revisions/{n}", tag = "wiki", params(("id" = String, Path), ("n" = i64, Path)),
    responses((status = 200, body = WikiRevisionBody), (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn revision(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath((id, n)): ApiPath<(String, i64)>,
) -> Result<Json<WikiRevisionBody>, ApiError> {
    let (r, changes) = state
        .services
        .wiki_revision(&caller.viewer, &id, n)
        .await
        .map_err(caller.problem())?;
    Ok(Json(revision_body(r, Some(changes))))
}

/// Bring version `n` back as a new version.
#[utoipa::path(post, path = "/api/v1/wiki/{id}/revisions/{n}/restore", tag = "wiki", params(("id" = String, Path), ("n" = i64, Path)),
    request_body = WikiRestore,
    responses((status = 200, body = WikiPageBody), (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 409, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub(crate) async fn restore(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath((id, n)): ApiPath<(String, i64)>,
    ApiJson(b): ApiJson<WikiRestore>,
) -> Result<Json<WikiPageBody>, ApiError> {
    let p = state
        .services
        .restore_wiki_revision(&caller.viewer, &id, n, b.revision)
        .await
        .map_err(caller.problem())?;
    Ok(Json(page_body(p)))
}

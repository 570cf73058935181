//! People pages: the directory (phone book), the expert finder, a person's
//! profile with their posts, vCard and photo, and the organisation chart.

use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use kaiku_domain::DomainError;
use kaiku_domain::people::{
    DirectoryPage, DirectoryQuery, Expert, MemberOf, OrgUnit, Profile, UnitPage,
};
use serde::Deserialize;

use crate::ctx::Member;
use crate::error::PageError;
use crate::extract::{Path, Query};
use crate::look::Look;
use crate::views::{Errors, Page, render};

#[derive(Template)]
#[template(path = "pages/people.html")]
struct DirectoryTemplate {
    p: Page,
    look: Look,
    page: DirectoryPage,
    q: DirectoryForm,
    units: Vec<OrgUnit>,
    locations: Vec<(String, String)>,
    languages: Vec<(String, i64)>,
    next: Option<String>,
    filtered: bool,
}

/// The directory's filters, as the form sends them.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub(crate) struct DirectoryForm {
    q: String,
    unit: String,
    location: String,
    skill: String,
    language: String,
    cursor: Option<String>,
}

impl DirectoryForm {
    fn query_string(&self, cursor: Option<&str>) -> String {
        let mut pairs: Vec<(&str, &str)> = [
            ("q", self.q.as_str()),
            ("unit", self.unit.as_str()),
            ("location", self.location.as_str()),
            ("skill", self.skill.as_str()),
            ("language", self.language.as_str()),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .collect();
        if let Some(c) = cursor {
            pairs.push(("cursor", c));
        }
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    }
}

fn some(s: &str) -> Option<String> {
    Some(s.trim().to_owned()).filter(|s| !s.is_empty())
}

/// `GET /people`: everyone the viewer may see, filtered, alphabetically.
pub(crate) async fn directory(
    Member(ctx): Member,
    Query(f): Query<DirectoryForm>,
) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    let page = match services
        .directory(
            &ctx.viewer,
            ctx.tr.lang(),
            DirectoryQuery {
                text: f.q.clone(),
                unit: some(&f.unit),
                location: some(&f.location),
                skill: some(&f.skill),
                language: some(&f.language),
                active: Some(true),
                role: None,
                cursor: f.cursor.clone(),
                limit: 50,
            },
        )
        .await
    {
        Ok(p) => p,
        Err(DomainError::Invalid(_)) => return Err(PageError::Status(StatusCode::BAD_REQUEST)),
        Err(e) => return Err(e.into()),
    };
    let (locations, languages) = services.directory_facets(&ctx.viewer).await?;
    let next = page
        .next_cursor
        .as_deref()
        .map(|c| format!("/people?{}", f.query_string(Some(c))));
    let filtered = !f.query_string(None).is_empty();
    Ok(render(&DirectoryTemplate {
        p: ctx.page(ctx.tr.t("people-title"), "people"),
        look: Look,
        units: services.org_tree(&ctx.viewer).await?,
        locations,
        languages,
        page,
        q: f,
        next,
        filtered,
    }))
}

#[derive(Template)]
#[template(path = "pages/experts.html")]
struct ExpertsTemplate {
    p: Page,
    look: Look,
    q: String,
    experts: Vec<Expert>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct ExpertsQuery {
    q: String,
}

/// `GET /people/experts?q=`: who knows about something.
pub(crate) async fn experts(
    Member(ctx): Member,
    Query(f): Query<ExpertsQuery>,
) -> Result<Response, PageError> {
    let q: String = f.q.trim().chars().take(100).collect();
    let experts = ctx
        .state
        .services
        .experts(&ctx.viewer, ctx.tr.lang(), &q, 50)
        .await?;
    Ok(render(&ExpertsTemplate {
        p: ctx.page(ctx.tr.t("experts-title"), "people"),
        look: Look,
        q,
        experts,
    }))
}

#[derive(Template)]
#[template(path = "pages/person.html")]
struct PersonTemplate {
    p: Page,
    errs: Errors,
    look: Look,
    profile: Profile,
    spaces: Vec<MemberOf>,
    is_me: bool,
    followed: bool,
    stream: kaiku_domain::stream::PostPage,
    here: String,
    full: bool,
    reply_to: String,
    draft: String,
    stream_base: String,
    stream_live: String,
    stream_empty: String,
    today: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct CursorQuery {
    cursor: Option<String>,
}

/// `GET /u/{id}`: a person's profile, and what they posted where the viewer may see.
pub(crate) async fn person(
    Member(ctx): Member,
    Path(id): Path<String>,
    Query(q): Query<CursorQuery>,
) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    let profile = services.profile(&ctx.viewer, &id).await?;
    let person_id = profile.account.id.clone();
    let which = kaiku_domain::stream::Stream::Person(person_id.clone());
    let is_me = ctx.me().is_some_and(|m| m.id == person_id);
    let followed = async {
        if is_me {
            return Ok(false);
        }
        let kind = kaiku_domain::follows::FollowKind::Person;
        services.follows(&ctx.viewer, kind, &person_id).await
    };
    // Independent reads once the person is known: side by side.
    let (stream, followed, spaces) = match tokio::try_join!(
        services.stream(&ctx.viewer, which, q.cursor.as_deref(), 20),
        followed,
        services.spaces_of_person(&ctx.viewer, &person_id),
    ) {
        Ok(parts) => parts,
        // Only the stream reads the cursor, the one part a visitor can spoil.
        Err(DomainError::Invalid(_)) => return Err(PageError::Status(StatusCode::BAD_REQUEST)),
        Err(e) => return Err(e.into()),
    };
    let today = ctx
        .tr
        .zone()
        .local(services.now_ms())
        .map(|d| d.date().to_string())
        .unwrap_or_default();
    Ok(render(&PersonTemplate {
        p: ctx.page(profile.account.display_name.clone(), "people"),
        errs: Errors::default(),
        look: Look,
        here: format!("/u/{person_id}"),
        stream_base: format!("/u/{person_id}?"),
        stream_live: String::new(),
        stream_empty: ctx.tr.t("stream-empty-person"),
        full: false,
        reply_to: String::new(),
        draft: String::new(),
        stream,
        is_me,
        followed,
        spaces,
        today,
        profile,
    }))
}

/// `GET /u/{id}/vcard`: the person as a contact card.
pub(crate) async fn vcard(
    Member(ctx): Member,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let profile = ctx.state.services.profile(&ctx.viewer, &id).await?;
    let org = ctx.org.as_ref().map(|o| o.name.clone()).unwrap_or_default();
    let card = profile.vcard(&org);
    let file: String = profile
        .account
        .display_name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let disposition = format!("attachment; filename=\"{}.vcf\"", file.trim_matches('-'));
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/vcard; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition).unwrap_or_else(|_| {
                    HeaderValue::from_static("attachment; filename=\"contact.vcf\"")
                }),
            ),
        ],
        card,
    )
        .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct PhotoQuery {
    /// `small` for lists.
    s: String,
}

/// `GET /u/{id}/photo`: a person's photo, if the viewer may see the person. It was
/// decoded and written anew as JPEG when uploaded, so it is safe to show inline.
pub(crate) async fn photo(
    Member(ctx): Member,
    Path(id): Path<String>,
    Query(q): Query<PhotoQuery>,
) -> Result<Response, PageError> {
    let (content_type, data) = ctx
        .state
        .services
        .photo(&ctx.viewer, &id, q.s == "small")
        .await?;
    let ctype = HeaderValue::from_str(&content_type)
        .unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream"));
    Ok((
        [
            (header::CONTENT_TYPE, ctype),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("inline; filename=\"photo.jpg\""),
            ),
            // Addressed with its version, so it may be kept; private to the viewer.
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, max-age=86400"),
            ),
        ],
        data,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "pages/org.html")]
struct OrgTemplate {
    p: Page,
    units: Vec<OrgUnit>,
}

/// `GET /org`: the organisation chart.
pub(crate) async fn org(Member(ctx): Member) -> Result<Response, PageError> {
    let units = ctx.state.services.org_tree(&ctx.viewer).await?;
    Ok(render(&OrgTemplate {
        p: ctx.page(ctx.tr.t("org-title"), "people"),
        units,
    }))
}

#[derive(Template)]
#[template(path = "pages/org_unit.html")]
struct UnitTemplate {
    p: Page,
    look: Look,
    page: UnitPage,
}

/// `GET /org/{id}`: one unit, its people and sub-units.
pub(crate) async fn unit(
    Member(ctx): Member,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let page = ctx
        .state
        .services
        .org_unit(&ctx.viewer, ctx.tr.lang(), &id)
        .await?;
    Ok(render(&UnitTemplate {
        p: ctx.page(page.unit.name.clone(), "people"),
        look: Look,
        page,
    }))
}

/// Template helpers for people.
impl Look {
    /// A `tel:` link for a phone number.
    pub fn tel(&self, phone: &str) -> String {
        kaiku_domain::people::tel_uri(phone)
    }

    /// The photo's address at a size, or `None` without a photo.
    pub fn photo(&self, id: &str, version: &Option<i64>, small: bool) -> Option<String> {
        version.map(|v| {
            if small {
                format!("/u/{id}/photo?s=small&v={v}")
            } else {
                format!("/u/{id}/photo?v={v}")
            }
        })
    }

    /// The message id of a spoken language's name.
    pub fn language_key(&self, code: &str) -> String {
        format!("language-{code}")
    }

    /// The message id of how well a language is spoken.
    pub fn language_level_key(&self, level: &str) -> String {
        format!("language-level-{level}")
    }

    /// The message id of a skill level, if any.
    pub fn skill_level_key(&self, level: &Option<i64>) -> Option<String> {
        level.map(|l| format!("skill-level-{l}"))
    }
}

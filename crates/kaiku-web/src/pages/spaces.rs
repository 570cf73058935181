//! Spaces: the directory, creating one, a space's page, members, requests and
//! settings.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use kaiku_domain::spaces::{
    JoinRequest, Member, SPACE_COLORS, Space, SpaceAuditEntry, SpaceInput, SpaceInvitation,
    SpacePage, SpaceQuery, SpaceScope,
};
use kaiku_domain::{DomainError, Lang};
use serde::Deserialize;

use crate::ctx::{Ctx, Member as SignedIn};
use crate::error::PageError;
use crate::extract::{Form, Path, Query};
use crate::look::Look;
use crate::views::{Errors, Page, form_errors, render, render_invalid};

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct DirectoryQuery {
    scope: String,
    q: String,
    cursor: Option<String>,
}

#[derive(Template)]
#[template(path = "pages/spaces.html")]
struct DirectoryTemplate {
    p: Page,
    errs: Errors,
    look: Look,
    page: SpacePage,
    invitations: Vec<SpaceInvitation>,
    scope: &'static str,
    q: String,
    can_create: bool,
    next_href: Option<String>,
}

pub(crate) async fn directory(
    SignedIn(ctx): SignedIn,
    Query(dq): Query<DirectoryQuery>,
) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    let (scope, scope_name) = match dq.scope.as_str() {
        "mine" => (SpaceScope::Mine, "mine"),
        "public" => (SpaceScope::Public, "public"),
        "private" => (SpaceScope::Private, "private"),
        "archived" => (SpaceScope::Archived, "archived"),
        _ => (SpaceScope::All, "all"),
    };
    let query = SpaceQuery {
        scope,
        q: Some(dq.q.clone()),
        cursor: dq.cursor.clone(),
        limit: 48,
    };
    let page = match services.list_spaces(&ctx.viewer, query).await {
        Ok(p) => p,
        Err(DomainError::Invalid(_)) => return Err(PageError::Status(StatusCode::BAD_REQUEST)),
        Err(e) => return Err(e.into()),
    };
    let next_href = page.next_cursor.as_ref().map(|c| {
        let qs = serde_urlencoded::to_string([
            ("scope", scope_name),
            ("q", dq.q.as_str()),
            ("cursor", c.as_str()),
        ])
        .unwrap_or_default();
        format!("/spaces?{qs}")
    });
    Ok(render(&DirectoryTemplate {
        p: ctx.page(ctx.tr.t("spaces-title"), "spaces"),
        errs: Errors::default(),
        look: Look,
        invitations: services.my_space_invitations(&ctx.viewer).await?,
        can_create: services.may_create_space(&ctx.viewer).await?,
        page,
        scope: scope_name,
        q: dq.q,
        next_href,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct SpaceForm {
    name: String,
    slug: String,
    description: String,
    visibility: String,
    color: String,
    posting: String,
    guests_allowed: Option<String>,
    default_notification: String,
}

impl SpaceForm {
    fn input(&self) -> SpaceInput {
        SpaceInput {
            name: self.name.clone(),
            slug: self.slug.clone(),
            description: self.description.clone(),
            visibility: self.visibility.clone(),
            color: self.color.clone(),
            posting: self.posting.clone(),
            guests_allowed: self.guests_allowed.is_some(),
            default_notification: self.default_notification.clone(),
        }
    }

    fn from_space(s: &Space) -> Self {
        SpaceForm {
            name: s.name.clone(),
            slug: s.slug.clone(),
            description: s.description.clone(),
            visibility: s.visibility.as_str().to_owned(),
            color: s.color.clone(),
            posting: if s.moderators_post {
                "moderators"
            } else {
                "members"
            }
            .to_owned(),
            guests_allowed: s.guests_allowed.then(|| "1".to_owned()),
            default_notification: s.default_notification.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "pages/space_new.html")]
struct NewSpaceTemplate {
    p: Page,
    errs: Errors,
    f: SpaceForm,
    colors: [&'static str; 8],
}

pub(crate) async fn new_form(SignedIn(ctx): SignedIn) -> Result<Response, PageError> {
    if !ctx.state.services.may_create_space(&ctx.viewer).await? {
        return Err(PageError::Status(StatusCode::FORBIDDEN));
    }
    let f = SpaceForm {
        visibility: "public".into(),
        color: SPACE_COLORS[0].into(),
        posting: "members".into(),
        guests_allowed: Some("1".into()),
        ..SpaceForm::default()
    };
    Ok(render(&NewSpaceTemplate {
        p: ctx.page(ctx.tr.t("space-new-title"), "spaces"),
        errs: Errors::default(),
        f,
        colors: SPACE_COLORS,
    }))
}

pub(crate) async fn create(
    SignedIn(ctx): SignedIn,
    Form(f): Form<SpaceForm>,
) -> Result<Response, PageError> {
    match ctx
        .state
        .services
        .create_space(&ctx.viewer, f.input())
        .await
    {
        Ok(space) => Ok(
            Redirect::to(&format!("/s/{}?notice=notice-space-created", space.slug)).into_response(),
        ),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            Ok(render_invalid(&NewSpaceTemplate {
                p: ctx.page(ctx.tr.t("space-new-title"), "spaces"),
                errs,
                f,
                colors: SPACE_COLORS,
            }))
        }
    }
}

#[derive(Template)]
#[template(path = "pages/space.html")]
struct SpaceTemplate {
    p: Page,
    errs: Errors,
    look: Look,
    s: Space,
    section: &'static str,
    members: Vec<Member>,
    message: String,
    stream: kaiku_domain::stream::PostPage,
    pinned: Vec<kaiku_domain::stream::Post>,
    followed: bool,
    /// The viewer's notification level here (members), and whether they chose it.
    level: Option<(&'static str, bool)>,
    levels: Vec<(&'static str, String)>,
    here: String,
    full: bool,
    reply_to: String,
    draft: String,
    stream_base: String,
    stream_live: String,
    stream_empty: String,
    composer_space: String,
    composer_label: String,
}

async fn load(ctx: &Ctx, slug: &str) -> Result<Space, PageError> {
    Ok(ctx.state.services.space_by_slug(&ctx.viewer, slug).await?)
}

async fn space_page(
    ctx: &Ctx,
    s: Space,
    errs: Errors,
    message: String,
) -> Result<Response, PageError> {
    space_page_at(ctx, s, errs, message, None).await
}

async fn space_page_at(
    ctx: &Ctx,
    s: Space,
    errs: Errors,
    message: String,
    cursor: Option<&str>,
) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    let viewer = &ctx.viewer;
    let read = s.can.read;
    // The page's parts are independent reads: side by side, the page waits for
    // the slowest rather than for the sum.
    let members = async {
        if read {
            services.first_space_members(viewer, &s.id, 24).await
        } else {
            Ok(Vec::new())
        }
    };
    let stream = async {
        if read {
            let which = kaiku_domain::stream::Stream::Space(s.id.clone());
            services.stream(viewer, which, cursor, 20).await
        } else {
            Ok(kaiku_domain::stream::PostPage {
                items: Vec::new(),
                next_cursor: None,
            })
        }
    };
    let pinned = async {
        if read && cursor.is_none() {
            services.pinned_posts(viewer, &s.id).await
        } else {
            Ok(Vec::new())
        }
    };
    let followed = async {
        if read {
            let kind = kaiku_domain::follows::FollowKind::Space;
            services.follows(viewer, kind, &s.id).await
        } else {
            Ok(false)
        }
    };
    let level = async {
        match s.my_role {
            Some(_) => {
                let (l, chosen) = services.space_notification_level(viewer, &s.id).await?;
                Ok(Some((l.as_str(), chosen)))
            }
            None => Ok(None),
        }
    };
    let (members, stream, pinned, followed, level) =
        match tokio::try_join!(members, stream, pinned, followed, level) {
            Ok(parts) => parts,
            // Only the stream reads the cursor, the one part a visitor can spoil.
            Err(DomainError::Invalid(_)) => return Err(PageError::Status(StatusCode::BAD_REQUEST)),
            Err(e) => return Err(e.into()),
        };
    let levels = kaiku_domain::notifications::SpaceLevel::ALL
        .iter()
        .map(|l| (l.as_str(), ctx.tr.t(&format!("space-level-{}", l.as_str()))))
        .collect();
    let invalid = errs.any();
    let t = SpaceTemplate {
        followed,
        level,
        levels,
        pinned,
        p: ctx.page(s.name.clone(), "spaces"),
        errs,
        look: Look,
        section: "about",
        members,
        message,
        stream,
        here: format!("/s/{}", s.slug),
        full: false,
        reply_to: String::new(),
        draft: String::new(),
        stream_base: format!("/s/{}?", s.slug),
        stream_live: s.id.clone(),
        stream_empty: ctx.tr.t("stream-empty-space"),
        composer_space: s.id.clone(),
        composer_label: ctx.tr.t1("post-compose-space", "space", s.name.as_str()),
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
pub(crate) struct CursorQuery {
    cursor: Option<String>,
}

pub(crate) async fn show(
    SignedIn(ctx): SignedIn,
    Path(slug): Path<String>,
    Query(q): Query<CursorQuery>,
) -> Result<Response, PageError> {
    let s = load(&ctx, &slug).await?;
    space_page_at(
        &ctx,
        s,
        Errors::default(),
        String::new(),
        q.cursor.as_deref(),
    )
    .await
}

/// Runs a membership action and comes back to the space (or to the directory when
/// the viewer can no longer see it).
async fn act(
    ctx: &Ctx,
    s: &Space,
    result: Result<(), DomainError>,
    notice: &str,
    back: &str,
) -> Result<Response, PageError> {
    match result {
        Ok(()) => {
            let visible = ctx.state.services.space(&ctx.viewer, &s.id).await.is_ok();
            let to = if visible {
                format!("/s/{}{back}?notice={notice}", s.slug)
            } else {
                format!("/spaces?notice={notice}")
            };
            Ok(Redirect::to(&to).into_response())
        }
        Err(e) => match form_errors(ctx.tr, &e) {
            Some(errs) => {
                let fresh = load(ctx, &s.slug).await?;
                space_page(ctx, fresh, errs, String::new()).await
            }
            None => Err(e.into()),
        },
    }
}

pub(crate) async fn join(
    SignedIn(ctx): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let s = load(&ctx, &slug).await?;
    let r = ctx.state.services.join_space(&ctx.viewer, &s.id).await;
    act(&ctx, &s, r, "notice-space-joined", "").await
}

pub(crate) async fn leave(
    SignedIn(ctx): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let s = load(&ctx, &slug).await?;
    let r = ctx.state.services.leave_space(&ctx.viewer, &s.id).await;
    act(&ctx, &s, r, "notice-space-left", "").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct MessageForm {
    message: String,
}

pub(crate) async fn request(
    SignedIn(ctx): SignedIn,
    Path(slug): Path<String>,
    Form(f): Form<MessageForm>,
) -> Result<Response, PageError> {
    let s = load(&ctx, &slug).await?;
    match ctx
        .state
        .services
        .request_to_join(&ctx.viewer, &s.id, &f.message)
        .await
    {
        Ok(()) => Ok(
            Redirect::to(&format!("/s/{}?notice=notice-space-requested", s.slug)).into_response(),
        ),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            space_page(&ctx, s, errs, f.message).await
        }
    }
}

pub(crate) async fn withdraw(
    SignedIn(ctx): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let s = load(&ctx, &slug).await?;
    let r = ctx
        .state
        .services
        .withdraw_request(&ctx.viewer, &s.id)
        .await;
    act(&ctx, &s, r, "notice-space-withdrawn", "").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct AnswerForm {
    accept: Option<String>,
}

/// Accepts or declines an invitation (the invitee may not see a secret space yet).
pub(crate) async fn answer_invitation(
    SignedIn(ctx): SignedIn,
    Path(id): Path<String>,
    Form(f): Form<AnswerForm>,
) -> Result<Response, PageError> {
    let accept = f.accept.is_some();
    ctx.state
        .services
        .answer_space_invitation(&ctx.viewer, &id, accept)
        .await?;
    if accept {
        let s = ctx.state.services.space(&ctx.viewer, &id).await?;
        return Ok(
            Redirect::to(&format!("/s/{}?notice=notice-space-joined", s.slug)).into_response(),
        );
    }
    Ok(Redirect::to("/spaces?notice=notice-invitation-declined").into_response())
}

#[derive(Template)]
#[template(path = "pages/space_members.html")]
struct MembersTemplate {
    p: Page,
    errs: Errors,
    look: Look,
    s: Space,
    section: &'static str,
    members: Vec<Member>,
    me: String,
    guests_enabled: bool,
    created: Option<kaiku_domain::invitations::InviteCreated>,
    email: String,
    partner_email: String,
    partner_name: String,
}

async fn members_page(
    ctx: &Ctx,
    s: Space,
    errs: Errors,
    created: Option<kaiku_domain::invitations::InviteCreated>,
    email: String,
    partner: (String, String),
) -> Result<Response, PageError> {
    let members = ctx.state.services.space_members(&ctx.viewer, &s.id).await?;
    let invalid = errs.any();
    let t = MembersTemplate {
        p: ctx.page(
            ctx.tr.t1("space-members-title", "space", s.name.as_str()),
            "spaces",
        ),
        errs,
        look: Look,
        section: "members",
        members,
        me: ctx.me().map(|m| m.id.clone()).unwrap_or_default(),
        guests_enabled: ctx.org.as_ref().is_some_and(|o| o.guests_enabled),
        created,
        email,
        partner_email: partner.0,
        partner_name: partner.1,
        s,
    };
    Ok(if invalid {
        render_invalid(&t)
    } else {
        render(&t)
    })
}

pub(crate) async fn members(
    SignedIn(ctx): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let s = load(&ctx, &slug).await?;
    if !s.can.read {
        return Err(PageError::Status(StatusCode::FORBIDDEN));
    }
    members_page(
        &ctx,
        s,
        Errors::default(),
        None,
        String::new(),
        Default::default(),
    )
    .await
}

/// After a member action: back to the member list, or the list with the error.
async fn member_action(
    ctx: &Ctx,
    s: Space,
    result: Result<(), DomainError>,
    notice: &str,
) -> Result<Response, PageError> {
    match result {
        Ok(()) => {
            let visible = ctx
                .state
                .services
                .space(&ctx.viewer, &s.id)
                .await
                .is_ok_and(|fresh| fresh.can.read);
            let to = if visible {
                format!("/s/{}/members?notice={notice}", s.slug)
            } else {
                format!("/spaces?notice={notice}")
            };
            Ok(Redirect::to(&to).into_response())
        }
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            members_page(ctx, s, errs, None, String::new(), Default::default()).await
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct InviteForm {
    email: String,
    display_name: String,
}

pub(crate) async fn invite(
    SignedIn(ctx): SignedIn,
    Path(slug): Path<String>,
    Form(f): Form<InviteForm>,
) -> Result<Response, PageError> {
    let s = load(&ctx, &slug).await?;
    match ctx
        .state
        .services
        .invite_to_space(&ctx.viewer, &s.id, &f.email)
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!(
            "/s/{}/members?notice=notice-space-invited",
            s.slug
        ))
        .into_response()),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            members_page(&ctx, s, errs, None, f.email, Default::default()).await
        }
    }
}

pub(crate) async fn invite_partner(
    SignedIn(ctx): SignedIn,
    Path(slug): Path<String>,
    Form(f): Form<InviteForm>,
) -> Result<Response, PageError> {
    let s = load(&ctx, &slug).await?;
    let lang = ctx
        .org
        .as_ref()
        .map(|o| o.default_locale)
        .unwrap_or(Lang::En);
    match ctx
        .state
        .services
        .invite_partner(&ctx.viewer, &s.id, &f.email, &f.display_name, lang)
        .await
    {
        Ok(created) => {
            let mut res = members_page(
                &ctx,
                s,
                Errors::default(),
                Some(created),
                String::new(),
                Default::default(),
            )
            .await?;
            res.headers_mut().insert(
                axum::http::header::CACHE_CONTROL,
                axum::http::HeaderValue::from_static("no-store"),
            );
            Ok(res)
        }
        Err(e) => {
            // Partner-form errors are shown under the partner form.
            let errs = match form_errors(ctx.tr, &e) {
                Some(_) => match e {
                    DomainError::Invalid(fields) => Errors::from_fields(
                        ctx.tr,
                        &fields
                            .into_iter()
                            .map(|f| kaiku_domain::FieldError {
                                field: if f.field == "email" {
                                    "partner_email"
                                } else {
                                    "partner_name"
                                },
                                key: f.key,
                            })
                            .collect::<Vec<_>>(),
                    ),
                    other => form_errors(ctx.tr, &other).unwrap_or_default(),
                },
                None => return Err(e.into()),
            };
            members_page(
                &ctx,
                s,
                errs,
                None,
                String::new(),
                (f.email, f.display_name),
            )
            .await
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct RoleForm {
    role: String,
}

pub(crate) async fn set_role(
    SignedIn(ctx): SignedIn,
    Path((slug, uid)): Path<(String, String)>,
    Form(f): Form<RoleForm>,
) -> Result<Response, PageError> {
    let s = load(&ctx, &slug).await?;
    let r = ctx
        .state
        .services
        .set_space_role(&ctx.viewer, &s.id, &uid, &f.role)
        .await;
    member_action(&ctx, s, r, "notice-role-changed").await
}

pub(crate) async fn remove(
    SignedIn(ctx): SignedIn,
    Path((slug, uid)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let s = load(&ctx, &slug).await?;
    let r = ctx
        .state
        .services
        .remove_space_member(&ctx.viewer, &s.id, &uid)
        .await;
    member_action(&ctx, s, r, "notice-member-removed").await
}

pub(crate) async fn transfer(
    SignedIn(ctx): SignedIn,
    Path((slug, uid)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let s = load(&ctx, &slug).await?;
    let r = ctx
        .state
        .services
        .transfer_space(&ctx.viewer, &s.id, &uid)
        .await;
    member_action(&ctx, s, r, "notice-ownership-transferred").await
}

#[derive(Template)]
#[template(path = "pages/space_requests.html")]
struct RequestsTemplate {
    p: Page,
    errs: Errors,
    look: Look,
    s: Space,
    section: &'static str,
    requests: Vec<JoinRequest>,
}

pub(crate) async fn requests(
    SignedIn(ctx): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let s = load(&ctx, &slug).await?;
    let requests = ctx
        .state
        .services
        .join_requests_of(&ctx.viewer, &s.id)
        .await?;
    Ok(render(&RequestsTemplate {
        p: ctx.page(
            ctx.tr.t1("space-requests-title", "space", s.name.as_str()),
            "spaces",
        ),
        errs: Errors::default(),
        look: Look,
        section: "requests",
        requests,
        s,
    }))
}

pub(crate) async fn decide(
    SignedIn(ctx): SignedIn,
    Path((slug, id, decision)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    let s = load(&ctx, &slug).await?;
    let approve = match decision.as_str() {
        "approve" => true,
        "reject" => false,
        _ => return Err(PageError::not_found()),
    };
    ctx.state
        .services
        .decide_space_request(&ctx.viewer, &s.id, &id, approve)
        .await?;
    let notice = if approve {
        "notice-request-approved"
    } else {
        "notice-request-rejected"
    };
    Ok(Redirect::to(&format!("/s/{}/requests?notice={notice}", s.slug)).into_response())
}

#[derive(Template)]
#[template(path = "pages/space_settings.html")]
struct SettingsTemplate {
    p: Page,
    errs: Errors,
    look: Look,
    s: Space,
    section: &'static str,
    f: SpaceForm,
    colors: [&'static str; 8],
    audit: Vec<SpaceAuditEntry>,
}

impl SettingsTemplate {
    /// The message describing an audited action.
    fn action_key(&self, action: &str) -> &'static str {
        match action {
            "space.create" => "space-audit-create",
            "space.settings" => "space-audit-settings",
            "space.archive" => "space-audit-archive",
            "space.unarchive" => "space-audit-unarchive",
            "space.join" => "space-audit-join",
            "space.leave" => "space-audit-leave",
            "space.request" => "space-audit-request",
            "space.request_approved" => "space-audit-request-approved",
            "space.request_rejected" => "space-audit-request-rejected",
            "space.invite" => "space-audit-invite",
            "space.invite_partner" => "space-audit-invite-partner",
            "space.invitation_accepted" => "space-audit-invitation-accepted",
            "space.add_member" => "space-audit-add-member",
            "space.remove_member" => "space-audit-remove-member",
            "space.role" => "space-audit-role",
            "space.transfer" => "space-audit-transfer",
            _ => "space-audit-other",
        }
    }
}

async fn settings_page(
    ctx: &Ctx,
    s: Space,
    errs: Errors,
    f: Option<SpaceForm>,
) -> Result<Response, PageError> {
    let audit = ctx.state.services.space_audit(&ctx.viewer, &s.id).await?;
    let invalid = errs.any();
    let t = SettingsTemplate {
        p: ctx.page(
            ctx.tr.t1("space-settings-title", "space", s.name.as_str()),
            "spaces",
        ),
        errs,
        look: Look,
        section: "settings",
        f: f.unwrap_or_else(|| SpaceForm::from_space(&s)),
        colors: SPACE_COLORS,
        audit,
        s,
    };
    Ok(if invalid {
        render_invalid(&t)
    } else {
        render(&t)
    })
}

pub(crate) async fn settings(
    SignedIn(ctx): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let s = load(&ctx, &slug).await?;
    if !s.can.settings {
        return Err(PageError::Status(StatusCode::FORBIDDEN));
    }
    settings_page(&ctx, s, Errors::default(), None).await
}

pub(crate) async fn save_settings(
    SignedIn(ctx): SignedIn,
    Path(slug): Path<String>,
    Form(f): Form<SpaceForm>,
) -> Result<Response, PageError> {
    let s = load(&ctx, &slug).await?;
    match ctx
        .state
        .services
        .update_space(&ctx.viewer, &s.id, f.input())
        .await
    {
        Ok(updated) => Ok(Redirect::to(&format!(
            "/s/{}/settings?notice=notice-settings-saved",
            updated.slug
        ))
        .into_response()),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            settings_page(&ctx, s, errs, Some(f)).await
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct ArchiveForm {
    archived: String,
}

pub(crate) async fn archive(
    SignedIn(ctx): SignedIn,
    Path(slug): Path<String>,
    Form(f): Form<ArchiveForm>,
) -> Result<Response, PageError> {
    let s = load(&ctx, &slug).await?;
    let archived = match f.archived.as_str() {
        "1" => true,
        "0" => false,
        _ => return Err(PageError::Status(StatusCode::BAD_REQUEST)),
    };
    ctx.state
        .services
        .set_space_archived(&ctx.viewer, &s.id, archived)
        .await?;
    let notice = if archived {
        "notice-space-archived"
    } else {
        "notice-space-unarchived"
    };
    Ok(Redirect::to(&format!("/s/{}?notice={notice}", s.slug)).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct DeleteForm {
    confirm: String,
}

pub(crate) async fn delete(
    SignedIn(ctx): SignedIn,
    Path(slug): Path<String>,
    Form(f): Form<DeleteForm>,
) -> Result<Response, PageError> {
    let s = load(&ctx, &slug).await?;
    match ctx
        .state
        .services
        .delete_space(&ctx.viewer, &s.id, &f.confirm)
        .await
    {
        Ok(()) => Ok(Redirect::to("/spaces?notice=notice-space-deleted").into_response()),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            settings_page(&ctx, s, errs, None).await
        }
    }
}

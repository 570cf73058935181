//! Administration: people, invitations, join requests, organisation settings and
//! the login log.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use kaiku_domain::admin_users::{PeoplePage, PeopleQuery};
use kaiku_domain::invitations::{
    InvitationInfo, InvitationState, InviteCreated, InviteInput, JoinRequest,
};
use kaiku_domain::login_log::LoginPage;
use kaiku_domain::settings::{OrgSettings, SettingsInput};
use kaiku_domain::{Account, DomainError, Lang, Role};
use serde::Deserialize;

use crate::ctx::{Admin, Ctx};
use crate::error::PageError;
use crate::extract::{Form, Path, Query};
use crate::pages::account::CursorQuery;
use crate::views::{Errors, Page, PersonView, form_errors, render, render_invalid};

pub(crate) async fn index(Admin(_): Admin) -> Redirect {
    Redirect::to("/admin/users")
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct UsersQuery {
    q: String,
    role: String,
    state: String,
    cursor: Option<String>,
}

#[derive(Template)]
#[template(path = "pages/admin_users.html")]
struct UsersTemplate {
    p: Page,
    errs: Errors,
    section: &'static str,
    people: PeoplePage,
    q: String,
    role: String,
    state: String,
    next_href: Option<String>,
}

pub(crate) async fn users(
    Admin(ctx): Admin,
    Query(q): Query<UsersQuery>,
) -> Result<Response, PageError> {
    let query = PeopleQuery {
        q: Some(q.q.clone()),
        role: Role::parse(&q.role),
        active: match q.state.as_str() {
            "active" => Some(true),
            "deactivated" => Some(false),
            _ => None,
        },
        cursor: q.cursor.clone(),
        limit: 50,
    };
    let people = match ctx.state.services.list_people(&ctx.viewer, query).await {
        Ok(p) => p,
        Err(DomainError::Invalid(_)) => return Err(PageError::Status(StatusCode::BAD_REQUEST)),
        Err(e) => return Err(e.into()),
    };
    let next_href = people.next_cursor.as_ref().map(|c| {
        let qs = serde_urlencoded::to_string([
            ("q", q.q.as_str()),
            ("role", q.role.as_str()),
            ("state", q.state.as_str()),
            ("cursor", c.as_str()),
        ])
        .unwrap_or_default();
        format!("/admin/users?{qs}")
    });
    Ok(render(&UsersTemplate {
        p: ctx.page(ctx.tr.t("admin-users-title"), "admin"),
        errs: Errors::default(),
        section: "users",
        people,
        q: q.q,
        role: q.role,
        state: q.state,
        next_href,
    }))
}

#[derive(Template)]
#[template(path = "pages/admin_user.html")]
struct UserTemplate {
    p: Page,
    errs: Errors,
    section: &'static str,
    user: Account,
    is_me: bool,
    reset_link: Option<String>,
    log: LoginPage,
    /// What administrators changed, newest first.
    history: Vec<kaiku_domain::spaces::SpaceAuditEntry>,
}

impl UserTemplate {
    fn action_key(&self, action: &str) -> &'static str {
        match action {
            "user.create" => "user-audit-create",
            "user.role" => "user-audit-role",
            "user.deactivate" => "user-audit-deactivate",
            "user.reactivate" => "user-audit-reactivate",
            "user.reset_link" => "user-audit-reset-link",
            "user.set_password" => "user-audit-set-password",
            "user.profile" => "user-audit-profile",
            "user.photo" => "user-audit-photo",
            "user.photo_removed" => "user-audit-photo-removed",
            _ => "user-audit-other",
        }
    }
}

async fn user_page(
    ctx: &Ctx,
    id: &str,
    errs: Errors,
    reset_link: Option<String>,
) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    let user = services.person(&ctx.viewer, id).await?;
    let log = services
        .login_log(&ctx.viewer, Some(&user.id), None, 20)
        .await?;
    let is_me = ctx.me().is_some_and(|m| m.id == user.id);
    let history = services.person_audit(&ctx.viewer, &user.id).await?;
    let invalid = errs.any();
    let t = UserTemplate {
        history,
        p: ctx.page(user.display_name.clone(), "admin"),
        errs,
        section: "users",
        user,
        is_me,
        reset_link,
        log,
    };
    Ok(if invalid {
        render_invalid(&t)
    } else {
        render(&t)
    })
}

pub(crate) async fn user(Admin(ctx): Admin, Path(id): Path<String>) -> Result<Response, PageError> {
    user_page(&ctx, &id, Errors::default(), None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct RoleForm {
    role: String,
}

/// Runs an action on a person; on a refusal the person's page shows why.
async fn user_action(
    ctx: &Ctx,
    id: &str,
    result: Result<(), DomainError>,
    notice: &str,
) -> Result<Response, PageError> {
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/admin/users/{id}?notice={notice}")).into_response()),
        Err(e) => match form_errors(ctx.tr, &e) {
            Some(errs) => user_page(ctx, id, errs, None).await,
            None => Err(e.into()),
        },
    }
}

pub(crate) async fn set_role(
    Admin(ctx): Admin,
    Path(id): Path<String>,
    Form(f): Form<RoleForm>,
) -> Result<Response, PageError> {
    let r = ctx.state.services.set_role(&ctx.viewer, &id, &f.role).await;
    user_action(&ctx, &id, r, "notice-role-changed").await
}

pub(crate) async fn deactivate(
    Admin(ctx): Admin,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let r = ctx.state.services.deactivate(&ctx.viewer, &id).await;
    user_action(&ctx, &id, r, "notice-user-deactivated").await
}

pub(crate) async fn reactivate(
    Admin(ctx): Admin,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let r = ctx.state.services.reactivate(&ctx.viewer, &id).await;
    user_action(&ctx, &id, r, "notice-user-reactivated").await
}

pub(crate) async fn reset_link(
    Admin(ctx): Admin,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let link = ctx
        .state
        .services
        .admin_reset_link(&ctx.viewer, &id)
        .await?;
    let mut res = user_page(&ctx, &id, Errors::default(), Some(link)).await?;
    res.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    Ok(res)
}

#[derive(Template)]
#[template(path = "pages/admin_invitations.html")]
struct InvitationsTemplate {
    p: Page,
    errs: Errors,
    section: &'static str,
    invitations: Vec<InvitationInfo>,
    created: Option<InviteCreated>,
    email: String,
    display_name: String,
    role: String,
    mail_configured: bool,
}

impl InvitationsTemplate {
    fn state_key(&self, s: &InvitationState) -> &'static str {
        match s {
            InvitationState::Open => "invitation-open",
            InvitationState::Accepted => "invitation-accepted",
            InvitationState::Revoked => "invitation-revoked",
            InvitationState::Expired => "invitation-expired",
        }
    }

    fn is_open(&self, s: &InvitationState) -> bool {
        *s == InvitationState::Open
    }

    fn role_key(&self, r: &Role) -> &'static str {
        match r {
            Role::Admin => "role-admin",
            Role::Member => "role-member",
            Role::Guest => "role-guest",
        }
    }
}

async fn invitations_page(
    ctx: &Ctx,
    errs: Errors,
    created: Option<InviteCreated>,
    f: InviteForm,
) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    let invitations = services.invitations(&ctx.viewer).await?;
    let mail_configured = services.mail_configured().await?;
    let invalid = errs.any();
    let t = InvitationsTemplate {
        p: ctx.page(ctx.tr.t("admin-invitations-title"), "admin"),
        errs,
        section: "invitations",
        invitations,
        created,
        email: f.email,
        display_name: f.display_name,
        role: if f.role.is_empty() {
            "member".into()
        } else {
            f.role
        },
        mail_configured,
    };
    Ok(if invalid {
        render_invalid(&t)
    } else {
        render(&t)
    })
}

pub(crate) async fn invitations(Admin(ctx): Admin) -> Result<Response, PageError> {
    invitations_page(&ctx, Errors::default(), None, InviteForm::default()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct InviteForm {
    email: String,
    display_name: String,
    role: String,
}

pub(crate) async fn invite(
    Admin(ctx): Admin,
    Form(f): Form<InviteForm>,
) -> Result<Response, PageError> {
    let input = InviteInput {
        email: f.email.clone(),
        display_name: f.display_name.clone(),
        role: f.role.clone(),
    };
    let lang = ctx
        .org
        .as_ref()
        .map(|o| o.default_locale)
        .unwrap_or(Lang::En);
    match ctx.state.services.invite(&ctx.viewer, input, lang).await {
        Ok(created) => {
            let mut res = invitations_page(
                &ctx,
                Errors::default(),
                Some(created),
                InviteForm::default(),
            )
            .await?;
            res.headers_mut().insert(
                axum::http::header::CACHE_CONTROL,
                axum::http::HeaderValue::from_static("no-store"),
            );
            Ok(res)
        }
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            invitations_page(&ctx, errs, None, f).await
        }
    }
}

pub(crate) async fn revoke_invitation(
    Admin(ctx): Admin,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    ctx.state
        .services
        .revoke_invitation(&ctx.viewer, &id)
        .await?;
    Ok(Redirect::to("/admin/invitations?notice=notice-invitation-revoked").into_response())
}

#[derive(Template)]
#[template(path = "pages/admin_requests.html")]
struct RequestsTemplate {
    p: Page,
    errs: Errors,
    section: &'static str,
    requests: Vec<JoinRequest>,
    approved: Option<InviteCreated>,
    mode: &'static str,
}

async fn requests_page(ctx: &Ctx, approved: Option<InviteCreated>) -> Result<Response, PageError> {
    let requests = ctx.state.services.join_requests(&ctx.viewer).await?;
    Ok(render(&RequestsTemplate {
        p: ctx.page(ctx.tr.t("admin-requests-title"), "admin"),
        errs: Errors::default(),
        section: "requests",
        requests,
        approved,
        mode: ctx
            .org
            .as_ref()
            .map(|o| o.registration_mode.as_str())
            .unwrap_or("closed"),
    }))
}

pub(crate) async fn requests(Admin(ctx): Admin) -> Result<Response, PageError> {
    requests_page(&ctx, None).await
}

pub(crate) async fn approve_request(
    Admin(ctx): Admin,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let created = ctx
        .state
        .services
        .decide_join_request(&ctx.viewer, &id, true)
        .await?;
    requests_page(&ctx, created).await
}

pub(crate) async fn reject_request(
    Admin(ctx): Admin,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    ctx.state
        .services
        .decide_join_request(&ctx.viewer, &id, false)
        .await?;
    Ok(Redirect::to("/admin/requests?notice=notice-request-rejected").into_response())
}

#[derive(Template)]
#[template(path = "pages/admin_settings.html")]
struct SettingsTemplate {
    p: Page,
    errs: Errors,
    section: &'static str,
    s: SettingsView,
    smtp_configured: bool,
    smtp_password_set: bool,
    langs: Vec<(&'static str, &'static str)>,
    zones: &'static [String],
}

/// The settings form's values (as typed, so a rejected form shows them again).
#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct SettingsView {
    name: String,
    accent_color: String,
    registration_mode: String,
    allowed_domains: String,
    default_locale: String,
    smtp_host: String,
    smtp_port: String,
    smtp_security: String,
    smtp_username: String,
    smtp_password: String,
    clear_smtp_password: Option<String>,
    smtp_from: String,
    space_creation: String,
    guests_enabled: Option<String>,
    /// Absent from older clients' forms: then the zone stays as it is.
    default_time_zone: Option<String>,
}

fn settings_view(s: &OrgSettings) -> SettingsView {
    SettingsView {
        name: s.profile.name.clone(),
        accent_color: s.profile.accent_color.clone(),
        registration_mode: s.profile.registration_mode.as_str().into(),
        allowed_domains: s.profile.allowed_domains.join(", "),
        default_locale: s.profile.default_locale.code().into(),
        smtp_host: s.smtp_host.clone(),
        smtp_port: s.smtp_port.clone(),
        smtp_security: s.smtp_security.as_str().into(),
        smtp_username: s.smtp_username.clone(),
        smtp_password: String::new(),
        clear_smtp_password: None,
        smtp_from: s.smtp_from.clone(),
        space_creation: if s.profile.spaces_admins_only {
            "admins"
        } else {
            "everyone"
        }
        .into(),
        guests_enabled: s.profile.guests_enabled.then(|| "1".to_owned()),
        default_time_zone: Some(s.profile.default_time_zone.clone()),
    }
}

fn settings_template(
    ctx: &Ctx,
    errs: Errors,
    s: SettingsView,
    current: &OrgSettings,
) -> SettingsTemplate {
    SettingsTemplate {
        p: ctx.page(ctx.tr.t("admin-settings-title"), "admin"),
        errs,
        section: "settings",
        s,
        smtp_configured: current.smtp_configured,
        smtp_password_set: current.smtp_password_set,
        langs: Lang::ALL
            .iter()
            .map(|l| (l.code(), l.native_name()))
            .collect(),
        zones: kaiku_domain::Zone::names(),
    }
}

pub(crate) async fn settings(Admin(ctx): Admin) -> Result<Response, PageError> {
    let current = ctx.state.services.org_settings(&ctx.viewer).await?;
    Ok(render(&settings_template(
        &ctx,
        Errors::default(),
        settings_view(&current),
        &current,
    )))
}

pub(crate) async fn save_settings(
    Admin(ctx): Admin,
    Form(f): Form<SettingsView>,
) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    let input = SettingsInput {
        name: f.name.clone(),
        accent_color: f.accent_color.clone(),
        registration_mode: f.registration_mode.clone(),
        allowed_domains: f.allowed_domains.clone(),
        default_locale: f.default_locale.clone(),
        smtp_host: f.smtp_host.clone(),
        smtp_port: f.smtp_port.clone(),
        smtp_security: f.smtp_security.clone(),
        smtp_username: f.smtp_username.clone(),
        smtp_password: f.smtp_password.clone(),
        clear_smtp_password: f.clear_smtp_password.is_some(),
        smtp_from: f.smtp_from.clone(),
        space_creation: f.space_creation.clone(),
        guests_enabled: f.guests_enabled.is_some(),
        default_time_zone: f.default_time_zone.clone(),
    };
    match services.update_org_settings(&ctx.viewer, input).await {
        Ok(()) => Ok(Redirect::to("/admin/settings?notice=notice-settings-saved").into_response()),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            let current = services.org_settings(&ctx.viewer).await?;
            Ok(render_invalid(&settings_template(
                &ctx,
                errs,
                SettingsView {
                    smtp_password: String::new(),
                    ..f
                },
                &current,
            )))
        }
    }
}

pub(crate) async fn test_mail(Admin(ctx): Admin) -> Result<Response, PageError> {
    match ctx
        .state
        .services
        .send_test_mail(&ctx.viewer, ctx.tr.lang())
        .await
    {
        Ok(()) => {
            Ok(Redirect::to("/admin/settings?notice=notice-test-mail-queued").into_response())
        }
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            let current = ctx.state.services.org_settings(&ctx.viewer).await?;
            Ok(render_invalid(&settings_template(
                &ctx,
                errs,
                settings_view(&current),
                &current,
            )))
        }
    }
}

#[derive(Template)]
#[template(path = "pages/admin_login_log.html")]
struct LoginLogTemplate {
    p: Page,
    section: &'static str,
    log: LoginPage,
}

pub(crate) async fn login_log(
    Admin(ctx): Admin,
    Query(q): Query<CursorQuery>,
) -> Result<Response, PageError> {
    let log = match ctx
        .state
        .services
        .login_log(&ctx.viewer, None, q.cursor.as_deref(), 100)
        .await
    {
        Ok(l) => l,
        Err(DomainError::Invalid(_)) => return Err(PageError::Status(StatusCode::BAD_REQUEST)),
        Err(e) => return Err(e.into()),
    };
    Ok(render(&LoginLogTemplate {
        p: ctx.page(ctx.tr.t("admin-login-log-title"), "admin"),

        section: "log",
        log,
    }))
}

#[derive(Template)]
#[template(path = "pages/admin_mail.html")]
struct MailLogTemplate {
    p: Page,
    section: &'static str,
    items: Vec<kaiku_domain::MailLogEntry>,
    configured: bool,
}

/// `GET /admin/mail`: the delivery log.
pub(crate) async fn mail_log(Admin(ctx): Admin) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    Ok(render(&MailLogTemplate {
        p: ctx.page(ctx.tr.t("admin-mail-title"), "admin"),
        section: "mail",
        items: services.mail_log(&ctx.viewer).await?,
        configured: services.mail_configured().await?,
    }))
}

/// Reads the `logo` file field; `Err` carries the HTTP status of an unreadable body.
async fn logo_field(mut multipart: axum::extract::Multipart) -> Result<Vec<u8>, StatusCode> {
    while let Some(field) = multipart.next_field().await.map_err(|e| e.status())? {
        if field.name() == Some("logo") {
            return field
                .bytes()
                .await
                .map(|b| b.to_vec())
                .map_err(|e| e.status());
        }
    }
    Ok(Vec::new())
}

pub(crate) async fn upload_logo(
    Admin(ctx): Admin,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, PageError> {
    let multipart = multipart.map_err(|_| PageError::Status(StatusCode::BAD_REQUEST))?;
    let result = match logo_field(multipart).await {
        Ok(data) => ctx.state.services.set_logo(&ctx.viewer, data).await,
        Err(StatusCode::PAYLOAD_TOO_LARGE) => {
            Err(DomainError::invalid("logo", "error-logo-too-large"))
        }
        Err(status) => return Err(PageError::Status(status)),
    };
    match result {
        Ok(()) => Ok(Redirect::to("/admin/settings?notice=notice-settings-saved").into_response()),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            settings_with_errors(&ctx, errs).await
        }
    }
}

async fn settings_with_errors(ctx: &Ctx, errs: Errors) -> Result<Response, PageError> {
    let current = ctx.state.services.org_settings(&ctx.viewer).await?;
    Ok(render_invalid(&settings_template(
        ctx,
        errs,
        settings_view(&current),
        &current,
    )))
}

pub(crate) async fn remove_logo(Admin(ctx): Admin) -> Result<Response, PageError> {
    ctx.state.services.remove_logo(&ctx.viewer).await?;
    Ok(Redirect::to("/admin/settings?notice=notice-settings-saved").into_response())
}

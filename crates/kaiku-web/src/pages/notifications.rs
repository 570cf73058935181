//! The notification centre, notification settings (per kind, digests, per space
//! and per thread), and the unsubscribe page e-mails link to.

use askama::Template;
use axum::response::{IntoResponse, Redirect, Response};
use kaiku_domain::notifications::{
    DIGEST_WEEKDAYS, Delivery, NotificationPage, NotificationSettings, NotificationSettingsInput,
    Unsubscribe,
};
use kaiku_domain::{Tr, Zone};
use serde::Deserialize;

use crate::ctx::{Ctx, Member, safe_next};
use crate::error::PageError;
use crate::extract::{Form, Path, Query};
use crate::views::{Errors, Page, form_errors, render, render_invalid};

/// A notification as a row of the list.
pub(crate) struct NotificationView {
    pub id: String,
    pub headline: String,
    pub excerpt: Option<String>,
    pub space_name: Option<String>,
    pub updated_at: i64,
    pub read: bool,
    pub initials: String,
    pub hue: u8,
}

fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

fn views(tr: Tr, page: &NotificationPage) -> Vec<NotificationView> {
    page.items
        .iter()
        .map(|n| {
            let first = n.actors.first();
            NotificationView {
                id: n.id.clone(),
                headline: n.headline(tr),
                excerpt: n.excerpt.clone().filter(|e| !e.is_empty()),
                space_name: n.space_name.clone(),
                updated_at: n.updated_at,
                read: n.read,
                initials: first.map(|a| initials(&a.display_name)).unwrap_or_default(),
                hue: first
                    .map(|a| {
                        let sum: u32 = a.id.bytes().map(u32::from).sum();
                        u8::try_from(sum % 8).unwrap_or(0)
                    })
                    .unwrap_or(0),
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "pages/notifications.html")]
struct NotificationsTemplate {
    p: Page,
    items: Vec<NotificationView>,
    unread_only: bool,
    next: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct ListQuery {
    /// `unread` shows only unread ones.
    show: String,
    cursor: Option<String>,
}

/// `GET /notifications`
pub(crate) async fn list(
    Member(ctx): Member,
    Query(q): Query<ListQuery>,
) -> Result<Response, PageError> {
    let unread_only = q.show == "unread";
    let page = ctx
        .state
        .services
        .notifications(&ctx.viewer, unread_only, q.cursor.as_deref(), 30)
        .await?;
    let next = page.next_cursor.as_ref().map(|c| {
        let mut query = vec![("cursor", c.as_str())];
        if unread_only {
            query.push(("show", "unread"));
        }
        format!(
            "/notifications?{}",
            serde_urlencoded::to_string(query).unwrap_or_default()
        )
    });
    Ok(render(&NotificationsTemplate {
        p: ctx.page(ctx.tr.t("notif-title"), "notifications"),
        items: views(ctx.tr, &page),
        unread_only,
        next,
    }))
}

/// `POST /notifications/{id}/open`: marks it read and goes to what it is about.
pub(crate) async fn open(
    Member(ctx): Member,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let n = ctx
        .state
        .services
        .read_notification(&ctx.viewer, &id)
        .await?;
    Ok(Redirect::to(&safe_next(Some(&n.url))).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct NextForm {
    next: Option<String>,
}

/// `POST /notifications/read-all`
pub(crate) async fn read_all(
    Member(ctx): Member,
    Form(f): Form<NextForm>,
) -> Result<Response, PageError> {
    ctx.state
        .services
        .read_all_notifications(&ctx.viewer)
        .await?;
    let next = safe_next(f.next.as_deref().or(Some("/notifications")));
    Ok(Redirect::to(&with_notice(&next, "notice-all-read")).into_response())
}

fn with_notice(path: &str, notice: &str) -> String {
    let sep = if path.contains('?') { '&' } else { '?' };
    format!("{path}{sep}notice={notice}")
}

// ---- settings -------------------------------------------------------------

/// One row of the settings table.
pub(crate) struct KindRow {
    pub kind: &'static str,
    pub label: String,
    pub hint: String,
    pub delivery: &'static str,
}

#[derive(Template)]
#[template(path = "pages/notification_settings.html")]
struct SettingsTemplate {
    p: Page,
    errs: Errors,
    rows: Vec<KindRow>,
    deliveries: Vec<(&'static str, String)>,
    zones: &'static [String],
    own_zone: String,
    org_zone: String,
    hour: i64,
    weekday: i64,
    hours: Vec<(i64, String)>,
    weekdays: Vec<(i64, String)>,
    mail: bool,
}

fn settings_template(
    ctx: &Ctx,
    s: &NotificationSettings,
    errs: Errors,
    mail: bool,
) -> SettingsTemplate {
    let tr = ctx.tr;
    SettingsTemplate {
        p: ctx.page(tr.t("notif-settings-title"), "account"),
        errs,
        rows: s
            .kinds
            .iter()
            .map(|k| KindRow {
                kind: k.kind.as_str(),
                label: tr.t(&format!("notif-kind-{}", k.kind.as_str().replace('_', "-"))),
                hint: tr.t(&format!(
                    "notif-kind-{}.hint",
                    k.kind.as_str().replace('_', "-")
                )),
                delivery: k.delivery.as_str(),
            })
            .collect(),
        deliveries: Delivery::ALL
            .iter()
            .map(|d| (d.as_str(), tr.t(&format!("notif-delivery-{}", d.as_str()))))
            .collect(),
        zones: Zone::names(),
        own_zone: s.own_time_zone.clone().unwrap_or_default(),
        org_zone: s.org_time_zone.clone(),
        hour: s.digest_hour,
        weekday: s.digest_weekday,
        hours: (0..24).map(|h| (h, tr.hour(h))).collect(),
        weekdays: DIGEST_WEEKDAYS
            .iter()
            .map(|d| (*d, tr.t(&format!("weekday-{d}"))))
            .collect(),
        mail,
    }
}

/// `GET /account/notifications`
pub(crate) async fn settings(Member(ctx): Member) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    let s = services.notification_settings(&ctx.viewer).await?;
    let mail = services.mail_configured().await?;
    Ok(render(&settings_template(
        &ctx,
        &s,
        Errors::default(),
        mail,
    )))
}

/// `POST /account/notifications`: every field of the form, by name.
pub(crate) async fn save_settings(
    Member(ctx): Member,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let mut input = NotificationSettingsInput::default();
    for (name, value) in fields {
        match name.as_str() {
            "time_zone" => input.time_zone = Some(value),
            "digest_hour" => input.digest_hour = Some(value),
            "digest_weekday" => input.digest_weekday = Some(value),
            other => {
                if let Some(kind) = other.strip_prefix("kind.") {
                    input.deliveries.push((kind.to_owned(), value));
                }
            }
        }
    }
    let services = &ctx.state.services;
    match services
        .update_notification_settings(&ctx.viewer, input)
        .await
    {
        Ok(_) => Ok(
            Redirect::to("/account/notifications?notice=notice-notifications-saved")
                .into_response(),
        ),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            let s = services.notification_settings(&ctx.viewer).await?;
            let mail = services.mail_configured().await?;
            Ok(render_invalid(&settings_template(&ctx, &s, errs, mail)))
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct LevelForm {
    level: String,
}

/// `POST /s/{slug}/notifications`: how much I hear from this space.
pub(crate) async fn space_level(
    Member(ctx): Member,
    Path(slug): Path<String>,
    Form(f): Form<LevelForm>,
) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    let space = services.space_by_slug(&ctx.viewer, &slug).await?;
    services
        .set_space_notification_level(&ctx.viewer, &space.id, Some(&f.level))
        .await?;
    Ok(Redirect::to(&format!(
        "/s/{}?notice=notice-space-level-saved",
        space.slug
    ))
    .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct ThreadForm {
    state: String,
}

/// `POST /p/{id}/subscription`: follow, mute or forget a conversation.
pub(crate) async fn thread(
    Member(ctx): Member,
    Path(id): Path<String>,
    Form(f): Form<ThreadForm>,
) -> Result<Response, PageError> {
    let state = ctx
        .state
        .services
        .set_thread_subscription(&ctx.viewer, &id, &f.state)
        .await?;
    let notice = match state {
        "following" => "notice-thread-followed",
        "muted" => "notice-thread-muted",
        _ => "notice-thread-unfollowed",
    };
    Ok(Redirect::to(&format!("/p/{id}?notice={notice}")).into_response())
}

// ---- unsubscribe ----------------------------------------------------------

#[derive(Template)]
#[template(path = "pages/unsubscribe.html")]
struct UnsubscribeTemplate {
    p: Page,
    token: String,
    what: String,
    done: bool,
}

fn what_label(tr: Tr, what: Unsubscribe) -> String {
    match what {
        Unsubscribe::Kind(k) => tr.t1(
            "unsubscribe-kind",
            "kind",
            tr.t(&format!("notif-kind-{}", k.as_str().replace('_', "-"))),
        ),
        Unsubscribe::Daily => tr.t("unsubscribe-daily"),
        Unsubscribe::Weekly => tr.t("unsubscribe-weekly"),
    }
}

async fn unsubscribe_page(ctx: &Ctx, token: &str, done: bool) -> Result<Response, PageError> {
    let link = ctx.state.services.unsubscribe_link(token).await?;
    // The page speaks the person's language, whoever opens the link.
    let tr = Tr::new(link.lang).in_zone(ctx.tr.zone());
    let mut p = ctx.page(tr.t("unsubscribe-title"), "");
    p.tr = tr;
    p.title = tr.t("unsubscribe-title");
    if done {
        ctx.state.services.unsubscribe(&link).await?;
    }
    Ok(render(&UnsubscribeTemplate {
        what: what_label(tr, link.what),
        p,
        token: token.to_owned(),
        done,
    }))
}

/// `GET /unsubscribe/{token}`: says what the link stops, with a button (mail
/// scanners that follow links must not unsubscribe anyone).
pub(crate) async fn unsubscribe_form(
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    unsubscribe_page(&ctx, &token, false).await
}

/// `POST /unsubscribe/{token}`: the button, or a mail client's one-click request
/// (RFC 8058). Works without signing in; the signed link is the authority.
pub(crate) async fn unsubscribe(
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    unsubscribe_page(&ctx, &token, true).await
}

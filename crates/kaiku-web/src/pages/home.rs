//! The home page: a welcome, the viewer's account at a glance, and for
//! administrators the organisation's first steps and figures.

use askama::Template;
use axum::response::Response;
use kaiku_domain::Role;

use crate::ctx::Member;
use crate::error::PageError;
use crate::views::{Errors, Page, render};

/// One first-step item on the administrators' checklist.
struct Step {
    done: bool,
    title: String,
    body: String,
    href: &'static str,
    action: String,
}

#[derive(Template)]
#[template(path = "pages/home.html")]
struct HomeTemplate {
    p: Page,
    errs: Errors,
    steps: Vec<Step>,
    counts: Option<(i64, i64, i64)>,
    pending_requests: usize,
    sessions: usize,
    tokens: usize,
    spaces: Vec<kaiku_domain::spaces::SpaceSummary>,
    more_spaces: bool,
    invitations: usize,
    look: crate::look::Look,
    stream: kaiku_domain::stream::PostPage,
    here: String,
    full: bool,
    reply_to: String,
    draft: String,
    stream_base: String,
    show: &'static str,
    announcements: Vec<kaiku_domain::stream::Post>,
    stream_live: String,
    stream_empty: String,
    composer_space: String,
    composer_label: String,
    can_post: bool,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct HomeQuery {
    cursor: Option<String>,
    /// `spaces`, `mentions` or `saved`; anything else shows everything.
    show: String,
}

pub(crate) async fn home(
    Member(ctx): Member,
    crate::extract::Query(q): crate::extract::Query<HomeQuery>,
) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    let viewer = &ctx.viewer;
    let tr = ctx.tr;
    let is_admin = ctx.me().is_some_and(|m| m.role == Role::Admin);
    let (steps, counts, pending_requests) = if is_admin {
        let counts = services.people_counts(viewer).await?;
        let mail = services.mail_configured().await?;
        let requests = services.join_requests(viewer).await?.len();
        let org = ctx.org.as_ref();
        let branded = org.is_some_and(|o| o.accent_color != kaiku_domain::settings::DEFAULT_ACCENT);
        let steps = vec![
            Step {
                done: true,
                title: tr.t("home-step-created"),
                body: tr.t("home-step-created-body"),
                href: "/admin/settings",
                action: tr.t("home-step-settings"),
            },
            Step {
                done: mail,
                title: tr.t("home-step-mail"),
                body: tr.t("home-step-mail-body"),
                href: "/admin/settings#mail",
                action: tr.t("home-step-mail-action"),
            },
            Step {
                done: branded,
                title: tr.t("home-step-brand"),
                body: tr.t("home-step-brand-body"),
                href: "/admin/settings",
                action: tr.t("home-step-brand-action"),
            },
            Step {
                done: counts.0 > 1,
                title: tr.t("home-step-invite"),
                body: tr.t("home-step-invite-body"),
                href: "/admin/invitations",
                action: tr.t("home-step-invite-action"),
            },
        ];
        (steps, Some(counts), requests)
    } else {
        (Vec::new(), None, 0)
    };
    use kaiku_domain::stream::Stream;
    let (which, show) = match q.show.as_str() {
        "spaces" => (Stream::MySpaces, "spaces"),
        "mentions" => (Stream::Mentions, "mentions"),
        "saved" => (Stream::Saved, "saved"),
        "following" => (Stream::Following, "following"),
        _ => (Stream::Home, "all"),
    };
    let is_guest = ctx.me().is_some_and(|m| m.role == Role::Guest);
    // The page's parts do not depend on each other: read them side by side, so
    // the page waits for the slowest rather than for the sum.
    let announcements = async {
        if q.cursor.is_none() {
            services.announcements(viewer).await
        } else {
            Ok(Vec::new())
        }
    };
    let (account, mine, stream, announcements) = match tokio::try_join!(
        services.my_account_counts(viewer),
        services.list_spaces(
            viewer,
            kaiku_domain::spaces::SpaceQuery {
                scope: kaiku_domain::spaces::SpaceScope::Mine,
                q: None,
                cursor: None,
                limit: 8,
            },
        ),
        services.stream(viewer, which, q.cursor.as_deref(), 20),
        announcements,
    ) {
        Ok(parts) => parts,
        // Only the stream reads the cursor, the one part a visitor can spoil.
        Err(kaiku_domain::DomainError::Invalid(_)) => {
            return Err(PageError::Status(axum::http::StatusCode::BAD_REQUEST));
        }
        Err(e) => return Err(e.into()),
    };
    let name = ctx.me().map(|m| m.display_name.clone()).unwrap_or_default();
    Ok(render(&HomeTemplate {
        p: ctx.page(tr.t1("home-title", "name", name), "home"),
        errs: Errors::default(),
        steps,
        counts,
        pending_requests,
        sessions: count(account.sessions),
        tokens: count(account.tokens),
        more_spaces: mine.next_cursor.is_some(),
        spaces: mine.items,
        invitations: count(account.invitations),
        look: crate::look::Look,
        stream,
        here: "/".to_owned(),
        full: false,
        reply_to: String::new(),
        draft: String::new(),
        stream_base: if show == "all" {
            "/?".to_owned()
        } else {
            format!("/?show={show}&")
        },
        show,
        announcements,
        stream_live: "home".to_owned(),
        stream_empty: tr.t(match show {
            "mentions" => "stream-empty-mentions",
            "saved" => "stream-empty-saved",
            "following" => "stream-empty-following",
            _ => "stream-empty-home",
        }),
        composer_space: String::new(),
        composer_label: tr.t("post-compose-profile"),
        can_post: !is_guest,
    }))
}

fn count(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

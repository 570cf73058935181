//! Shared view models: the layout data every page carries, form errors, icons.

use askama::Template;
use axum::response::{Html, IntoResponse, Response};
use kaiku_domain::{Account, DomainError, FieldError, Lang, Role, Tr};

use crate::ctx::Ctx;
use crate::error::error_marker;

/// What the layout needs on every page.
pub(crate) struct Page {
    pub tr: Tr,
    pub title: String,
    pub org_name: String,
    /// Cache-busting version of the logo, when there is one.
    pub logo_version: Option<i64>,
    pub me: Option<Account>,
    pub nav: &'static str,
    pub css_url: String,
    pub js_url: String,
    pub favicon_url: String,
    pub branding_url: String,
    pub langs: Vec<LangOption>,
    pub notice: Option<String>,
    pub here: String,
    /// Unread notifications of the signed-in viewer.
    pub unread: i64,
    /// What the header's search box holds (the query, on the results page).
    pub search: String,
}

/// One entry of the language switcher.
pub(crate) struct LangOption {
    pub code: &'static str,
    pub name: &'static str,
    pub selected: bool,
}

pub(crate) fn page(ctx: &Ctx, title: String, nav: &'static str) -> Page {
    let a = &ctx.state.assets;
    let org = ctx.org.as_ref();
    Page {
        tr: ctx.tr,
        title,
        org_name: org
            .map(|o| o.name.clone())
            .unwrap_or_else(|| "Kaiku".into()),
        me: ctx.viewer.account.clone(),
        logo_version: org.and_then(|o| o.logo_version),
        nav,
        css_url: a.css_url.clone(),
        js_url: a.js_url.clone(),
        favicon_url: a.favicon_url.clone(),
        branding_url: format!(
            "/branding.css?c={}",
            org.map(|o| o.accent_color.trim_start_matches('#').to_owned())
                .unwrap_or_default()
        ),
        langs: Lang::ALL
            .iter()
            .map(|l| LangOption {
                code: l.code(),
                name: l.native_name(),
                selected: *l == ctx.tr.lang(),
            })
            .collect(),
        notice: ctx.notice.map(|n| ctx.tr.t(n)),
        here: ctx.here.clone(),
        unread: ctx.unread,
        search: String::new(),
    }
}

impl Page {
    /// Translates a message.
    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    /// Translates a message with one argument.
    pub fn t1(&self, key: &str, name: &str, value: impl ArgLike) -> String {
        self.tr.t1(key, name, value.to_arg())
    }

    /// A date in the viewer's language.
    pub fn date(&self, ms: impl Millis) -> String {
        self.tr.date(ms.ms())
    }

    /// A `YYYY-MM-DD` calendar date in the viewer's language.
    pub fn ymd(&self, iso: &str) -> String {
        self.tr.ymd(iso)
    }

    /// A date and time in the viewer's language.
    pub fn datetime(&self, ms: impl Millis) -> String {
        self.tr.datetime(ms.ms())
    }

    /// RFC 3339, for `<time datetime>`.
    pub fn iso(&self, ms: impl Millis) -> String {
        self.tr.iso(ms.ms())
    }

    /// A number with the viewer's digit grouping.
    pub fn num(&self, n: impl Millis) -> String {
        self.tr.number(n.ms())
    }

    /// The unread count as the badge shows it ("99+" past the cap).
    pub fn unread_badge(&self) -> String {
        if self.unread >= kaiku_domain::notifications::UNREAD_CAP {
            format!("{}+", kaiku_domain::notifications::UNREAD_CAP - 1)
        } else {
            self.tr.number(self.unread)
        }
    }

    /// Whether the viewer is an administrator.
    pub fn is_admin(&self) -> bool {
        self.me.as_ref().is_some_and(|m| m.role == Role::Admin)
    }

    /// `aria-current` for a navigation entry.
    pub fn current(&self, nav: &str) -> &'static str {
        if self.nav == nav { "page" } else { "false" }
    }

    /// Inline SVG markup for an icon (our own drawings; safe to emit unescaped).
    pub fn icon(&self, name: &str) -> &'static str {
        icon(name)
    }

    /// The first letter of the organisation, for the brand mark.
    pub fn org_initial(&self) -> String {
        self.org_name
            .chars()
            .next()
            .map(|c| c.to_uppercase().collect())
            .unwrap_or_default()
    }
}

/// Inline SVG icons, drawn for Kaiku on a 24×24 grid with 2px strokes.
pub(crate) fn icon(name: &str) -> &'static str {
    match name {
        "home" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M3 11l9-7 9 7"/><path d="M5 10v10h5v-6h4v6h5V10"/></svg>"#
        }
        "users" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><circle cx="9" cy="8" r="3.5"/><path d="M2.5 20c.8-3.6 3.3-5.5 6.5-5.5s5.7 1.9 6.5 5.5"/><circle cx="17" cy="9" r="2.5"/><path d="M17 14c2.4 0 4 1.5 4.6 4"/></svg>"#
        }
        "settings" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="3"/><path d="M12 2v3M12 19v3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M2 12h3M19 12h3M4.9 19.1L7 17M17 7l2.1-2.1"/></svg>"#
        }
        "mail" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/></svg>"#
        }
        "key" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><circle cx="8" cy="15" r="4"/><path d="M11 12l9-9M16 7l3 3M14 9l2 2"/></svg>"#
        }
        "shield" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3l8 3v6c0 4.5-3.4 8.2-8 9-4.6-.8-8-4.5-8-9V6z"/><path d="M9 12l2 2 4-4"/></svg>"#
        }
        "log" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M8 6h13M8 12h13M8 18h13"/><circle cx="4" cy="6" r="1"/><circle cx="4" cy="12" r="1"/><circle cx="4" cy="18" r="1"/></svg>"#
        }
        "user" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="8" r="4"/><path d="M4 21c1-4 4-6 8-6s7 2 8 6"/></svg>"#
        }
        "logout" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M15 4h4v16h-4"/><path d="M10 8l-4 4 4 4M6 12h10"/></svg>"#
        }
        "plus" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 5v14M5 12h14"/></svg>"#
        }
        "grid" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><rect x="4" y="4" width="6.5" height="6.5" rx="1.5"/><rect x="13.5" y="4" width="6.5" height="6.5" rx="1.5"/><rect x="4" y="13.5" width="6.5" height="6.5" rx="1.5"/><rect x="13.5" y="13.5" width="6.5" height="6.5" rx="1.5"/></svg>"#
        }
        "phone" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z"/></svg>"#
        }
        "mobile" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><rect x="7" y="2.5" width="10" height="19" rx="2"/><path d="M11 18.5h2"/></svg>"#
        }
        "tree" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><rect x="9" y="3" width="6" height="5" rx="1"/><rect x="3" y="16" width="6" height="5" rx="1"/><rect x="15" y="16" width="6" height="5" rx="1"/><path d="M12 8v4M6 16v-4h12v4"/></svg>"#
        }
        "bell" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4z"/><path d="M10 20a2 2 0 0 0 4 0"/></svg>"#
        }
        "check" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M5 12l5 5 9-10"/></svg>"#
        }
        "inbox" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M3 13l3-8h12l3 8v6H3z"/><path d="M3 13h5l1 3h6l1-3h5"/></svg>"#
        }
        "globe" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3z"/></svg>"#
        }
        "search" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><circle cx="11" cy="11" r="7"/><path d="M20 20l-4-4"/></svg>"#
        }
        "thumb" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M7 11v9H4v-9z"/><path d="M7 11l4-7c1.5 0 2.5 1 2.2 2.6L12.8 10H19a2 2 0 0 1 2 2.3l-1.2 6A2 2 0 0 1 17.8 20H7"/></svg>"#
        }
        "heart" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z"/></svg>"#
        }
        "party" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 20l4-11 7 7z"/><path d="M13 6c1-1 1-2.5 0-3.5M17 9c1.5-.5 3-.2 4 .8M15 4l1-1M19 6l2-1M20 12l1 1"/></svg>"#
        }
        "bulb" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M9 18h6M10 21h4"/><path d="M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z"/></svg>"#
        }
        "smile" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="9"/><path d="M8 14c1 1.5 2.4 2.2 4 2.2s3-.7 4-2.2"/><path d="M9 9.5h.01M15 9.5h.01"/></svg>"#
        }
        "sparkle" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3l2 6 6 2-6 2-2 6-2-6-6-2 6-2z"/></svg>"#
        }
        "message" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 5h16v11H9l-5 4z"/></svg>"#
        }
        "reply" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M10 8L4 13l6 5"/><path d="M4 13h10a6 6 0 0 1 6 6"/></svg>"#
        }
        "hash" => {
            r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M9 3L7 21M17 3l-2 18M4 8h17M3 16h17"/></svg>"#
        }
        _ => "",
    }
}

/// Field errors of a re-rendered form, already translated.
#[derive(Default)]
pub(crate) struct Errors {
    items: Vec<(&'static str, String)>,
}

impl Errors {
    /// Translates domain field errors.
    pub fn from_fields(tr: Tr, fields: &[FieldError]) -> Self {
        Errors {
            items: fields.iter().map(|f| (f.field, tr.t(f.key))).collect(),
        }
    }

    /// A form-level error.
    pub fn form(tr: Tr, key: &str) -> Self {
        Errors {
            items: vec![("form", tr.t(key))],
        }
    }

    /// The message for `field`, if any.
    pub fn get(&self, field: &str) -> Option<&String> {
        self.items.iter().find(|(f, _)| *f == field).map(|(_, m)| m)
    }

    /// `aria-invalid` value for `field`.
    pub fn invalid(&self, field: &str) -> &'static str {
        if self.get(field).is_some() {
            "true"
        } else {
            "false"
        }
    }

    /// Whether there are any errors.
    pub fn any(&self) -> bool {
        !self.items.is_empty()
    }
}

/// The errors to show for a failed form submission, or `None` if `e` is not about
/// the input (then it becomes an error page).
pub(crate) fn form_errors(tr: Tr, e: &DomainError) -> Option<Errors> {
    match e {
        DomainError::Invalid(fields) => Some(Errors::from_fields(tr, fields)),
        DomainError::Conflict { key } => Some(Errors::form(tr, key)),
        DomainError::Taken(field) => Some(Errors::from_fields(tr, std::slice::from_ref(field))),
        DomainError::RateLimited { retry_after_secs } => Some(Errors {
            items: vec![(
                "form",
                tr.t1(
                    "error-rate-limited",
                    "minutes",
                    i64::try_from(retry_after_secs.div_ceil(60)).unwrap_or(15),
                ),
            )],
        }),
        _ => None,
    }
}

/// Renders a template, or the error page if rendering fails.
pub(crate) fn render<T: Template>(t: &T) -> Response {
    match t.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed to render");
            error_marker(axum::http::StatusCode::INTERNAL_SERVER_ERROR)
        }
    }
}

/// Renders a re-displayed form with `422 Unprocessable Content`.
pub(crate) fn render_invalid<T: Template>(t: &T) -> Response {
    let mut res = render(t);
    if res.status().is_success() {
        *res.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    res
}

/// The error page.
#[derive(Template)]
#[template(path = "pages/error.html")]
pub(crate) struct ErrorTemplate {
    pub p: Page,
    pub code: u16,
    pub message: String,
}

/// Display helpers for a person in lists.
pub(crate) trait PersonView {
    fn role_key(&self) -> &'static str;
}

impl PersonView for Account {
    fn role_key(&self) -> &'static str {
        match self.role {
            Role::Admin => "role-admin",
            Role::Member => "role-member",
            Role::Guest => "role-guest",
        }
    }
}

/// A value usable as a Fluent argument from a template, however many references
/// the template engine wraps it in.
pub(crate) trait ArgLike {
    fn to_arg(&self) -> kaiku_i18n::Arg;
}

impl ArgLike for str {
    fn to_arg(&self) -> kaiku_i18n::Arg {
        self.into()
    }
}
impl ArgLike for String {
    fn to_arg(&self) -> kaiku_i18n::Arg {
        self.as_str().into()
    }
}
impl ArgLike for i64 {
    fn to_arg(&self) -> kaiku_i18n::Arg {
        (*self).into()
    }
}
impl ArgLike for i32 {
    fn to_arg(&self) -> kaiku_i18n::Arg {
        i64::from(*self).into()
    }
}
impl ArgLike for usize {
    fn to_arg(&self) -> kaiku_i18n::Arg {
        (*self).into()
    }
}
impl<T: ArgLike + ?Sized> ArgLike for &T {
    fn to_arg(&self) -> kaiku_i18n::Arg {
        (**self).to_arg()
    }
}

/// A count or a unix-millisecond time from a template, however referenced.
pub(crate) trait Millis {
    fn ms(&self) -> i64;
}

impl Millis for i64 {
    fn ms(&self) -> i64 {
        *self
    }
}
impl Millis for usize {
    fn ms(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}
impl Millis for u64 {
    fn ms(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}
impl<T: Millis + ?Sized> Millis for &T {
    fn ms(&self) -> i64 {
        (**self).ms()
    }
}

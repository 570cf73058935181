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

    /// The message `key` with two arguments.
    pub fn t2(&self, key: &str, n1: &str, v1: impl ArgLike, n2: &str, v2: impl ArgLike) -> String {
        self.tr.t2(key, n1, v1.to_arg(), n2, v2.to_arg())
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

    /// SVG markup for an icon (our own drawings; safe to emit unescaped).
    pub fn icon(&self, name: &str) -> &'static str {
        crate::icons::icon(name)
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

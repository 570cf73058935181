//! The one place domain errors become HTTP: a localized HTML page for browsers,
//! `application/problem+json` (RFC 9457) for the API. Failures of ours are logged
//! here, once.

use std::any::Any;

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use kaiku_domain::{DomainError, Tr};
use serde::Serialize;

/// Marks a response whose body the page middleware replaces with a localized
/// error page (the handler does not know the viewer's language).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ErrorPageMarker;

/// An error from a page handler.
#[derive(Debug)]
pub(crate) enum PageError {
    Status(StatusCode),
    RateLimited(u64),
    Redirect(String),
}

impl PageError {
    pub(crate) fn not_found() -> Self {
        PageError::Status(StatusCode::NOT_FOUND)
    }
}

impl From<DomainError> for PageError {
    fn from(e: DomainError) -> Self {
        match e {
            DomainError::Unauthenticated => PageError::Redirect("/login".into()),
            DomainError::NotFound => PageError::Status(StatusCode::NOT_FOUND),
            DomainError::Forbidden => PageError::Status(StatusCode::FORBIDDEN),
            DomainError::Invalid(_) => PageError::Status(StatusCode::BAD_REQUEST),
            DomainError::Conflict { .. } | DomainError::Taken(_) => {
                PageError::Status(StatusCode::CONFLICT)
            }
            DomainError::RateLimited { retry_after_secs } => {
                PageError::RateLimited(retry_after_secs)
            }
            DomainError::Internal(msg) => {
                tracing::error!(error = %msg, "request failed");
                PageError::Status(StatusCode::INTERNAL_SERVER_ERROR)
            }
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        match self {
            PageError::Redirect(to) => axum::response::Redirect::to(&to).into_response(),
            PageError::Status(s) => error_marker(s),
            PageError::RateLimited(secs) => {
                let mut res = error_marker(StatusCode::TOO_MANY_REQUESTS);
                if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
                    res.headers_mut().insert(header::RETRY_AFTER, v);
                }
                res
            }
        }
    }
}

pub(crate) fn error_marker(status: StatusCode) -> Response {
    let mut res = status.into_response();
    res.extensions_mut().insert(ErrorPageMarker);
    res
}

/// One field problem in a problem+json body.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct FieldProblem {
    /// The input field.
    pub field: String,
    /// What is wrong with it, in the caller's language.
    pub message: String,
}

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct Problem {
    /// A URI reference identifying the problem type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Short summary.
    pub title: String,
    /// The HTTP status.
    pub status: u16,
    /// Explanation of this occurrence.
    pub detail: String,
    /// Validation errors.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldProblem>,
}

/// An error from an API handler.
#[derive(Debug)]
pub(crate) struct ApiError {
    status: StatusCode,
    slug: &'static str,
    detail: String,
    errors: Vec<FieldProblem>,
    retry_after: Option<u64>,
}

impl ApiError {
    pub(crate) fn new(status: StatusCode, slug: &'static str, detail: impl Into<String>) -> Self {
        ApiError {
            status,
            slug,
            detail: detail.into(),
            errors: Vec::new(),
            retry_after: None,
        }
    }

    /// Maps a domain error, with messages in `tr`'s language.
    pub(crate) fn from_domain(e: DomainError, tr: Tr) -> Self {
        match e {
            DomainError::Unauthenticated => ApiError::new(
                StatusCode::UNAUTHORIZED,
                "unauthenticated",
                tr.t("problem-unauthenticated"),
            ),
            DomainError::NotFound => ApiError::new(
                StatusCode::NOT_FOUND,
                "not-found",
                tr.t("problem-not-found"),
            ),
            DomainError::Forbidden => ApiError::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                tr.t("problem-forbidden"),
            ),
            DomainError::Invalid(fields) => {
                let mut err = ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "invalid",
                    tr.t("problem-invalid"),
                );
                err.errors = fields
                    .into_iter()
                    .map(|f| FieldProblem {
                        field: f.field.to_owned(),
                        message: tr.t(f.key),
                    })
                    .collect();
                err
            }
            DomainError::Conflict { key } => {
                ApiError::new(StatusCode::CONFLICT, "conflict", tr.t(key))
            }
            DomainError::Taken(f) => {
                let mut err = ApiError::new(StatusCode::CONFLICT, "conflict", tr.t(f.key));
                err.errors = vec![FieldProblem {
                    field: f.field.to_owned(),
                    message: tr.t(f.key),
                }];
                err
            }
            DomainError::RateLimited { retry_after_secs } => {
                let mut err = ApiError::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    "rate-limited",
                    tr.t("problem-rate-limited"),
                );
                err.retry_after = Some(retry_after_secs);
                err
            }
            DomainError::Internal(msg) => {
                tracing::error!(error = %msg, "api request failed");
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    tr.t("problem-internal"),
                )
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let problem = Problem {
            kind: format!("https://kaiku.dev/problems/{}", self.slug),
            title: self.status.canonical_reason().unwrap_or("Error").to_owned(),
            status: self.status.as_u16(),
            detail: self.detail,
            errors: self.errors,
        };
        let mut res = (self.status, Json(problem)).into_response();
        res.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Some(secs) = self.retry_after
            && let Ok(v) = HeaderValue::from_str(&secs.to_string())
        {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
        if self.status == StatusCode::UNAUTHORIZED {
            res.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        res
    }
}

/// A panic in a handler: logged, answered with the generic error page.
pub(crate) fn panic_response(err: Box<dyn Any + Send + 'static>) -> Response {
    let msg = err
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| err.downcast_ref::<&str>().copied())
        .unwrap_or("panic");
    tracing::error!(panic = %msg, "handler panicked");
    error_marker(StatusCode::INTERNAL_SERVER_ERROR)
}

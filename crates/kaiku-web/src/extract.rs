//! Our own extractors: consistent rejections (a localized page, or problem+json)
//! and size limits, instead of axum's plain-text ones.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::http::header;
use axum::http::request::Parts;
use kaiku_domain::auth::ClientMeta;
use serde::de::DeserializeOwned;

use crate::AppState;
use crate::error::{ApiError, PageError};

/// A path parameter; a malformed one is simply "not found".
pub(crate) struct Path<T>(pub T);

impl<T, S> FromRequestParts<S> for Path<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        #[allow(clippy::disallowed_types)]
        let p = axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map_err(|_| PageError::not_found())?;
        Ok(Path(p.0))
    }
}

/// Query parameters; unknown ones are ignored, malformed ones are a bad request.
pub(crate) struct Query<T>(pub T);

impl<T, S> FromRequestParts<S> for Query<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let q = parts.uri.query().unwrap_or("");
        serde_urlencoded::from_str(q)
            .map(Query)
            .map_err(|_| PageError::Status(StatusCode::BAD_REQUEST))
    }
}

/// An HTML form body (`application/x-www-form-urlencoded`), bounded by the body limit.
pub(crate) struct Form<T>(pub T);

impl<T, S> FromRequest<S> for Form<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = PageError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_form = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(PageError::Status(StatusCode::UNSUPPORTED_MEDIA_TYPE));
        }
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|e| PageError::Status(e.status()))?;
        serde_urlencoded::from_bytes(&bytes)
            .map(Form)
            .map_err(|_| PageError::Status(StatusCode::BAD_REQUEST))
    }
}

/// The caller's address and user agent. The address comes from the socket, or from
/// `X-Forwarded-For` only when the proxy is trusted.
pub(crate) fn client_meta(parts: &Parts, state: &AppState) -> ClientMeta {
    let forwarded = state
        .config
        .trust_proxy
        .then(|| {
            parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                // The rightmost entry is the one our proxy appended; anything to its
                // left came from the client and may be forged.
                .and_then(|v| v.rsplit(',').next())
                .map(|v| v.trim().to_owned())
        })
        .flatten();
    let ip = forwarded
        .or_else(|| {
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip().to_string())
        })
        .unwrap_or_else(|| "unknown".to_owned());
    let ua = parts
        .headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    ClientMeta::new(&ip, ua)
}

/// A JSON body for the API: 415 without the JSON content type, 400 if malformed,
/// 422 if well-formed but of the wrong shape, 413 if too large.
pub(crate) struct ApiJson<T>(pub T);

impl<T, S> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                let v = v.to_ascii_lowercase();
                v.starts_with("application/json") || v.contains("+json")
            });
        if !is_json {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "Send the body as application/json.",
            ));
        }
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|e| {
                if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    // A streamed body, cut off at this route's limit.
                    ApiError::new(
                        StatusCode::PAYLOAD_TOO_LARGE,
                        "too-large",
                        "The body is larger than this endpoint takes.",
                    )
                } else {
                    ApiError::new(
                        StatusCode::BAD_REQUEST,
                        "malformed",
                        "The body could not be read.",
                    )
                }
            })?;
        let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "malformed",
                format!("Malformed JSON: {e}"),
            )
        })?;
        serde_json::from_value(value).map(ApiJson).map_err(|e| {
            ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid",
                format!("Invalid body: {e}"),
            )
        })
    }
}

/// The answer to a body over `limit` bytes.
pub(crate) fn too_large(limit: usize) -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "too-large",
        format!("The body is larger than {limit} bytes."),
    )
}

/// Query parameters for the API; malformed ones are a 400 problem.
pub(crate) struct ApiQuery<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let q = parts.uri.query().unwrap_or("");
        serde_urlencoded::from_str(q).map(ApiQuery).map_err(|e| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "malformed",
                format!("Invalid query parameters: {e}"),
            )
        })
    }
}

/// A path parameter for the API; malformed is 404 (nothing there).
pub(crate) struct ApiPath<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiPath<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        #[allow(clippy::disallowed_types)]
        let p = axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map_err(|_| ApiError::new(StatusCode::NOT_FOUND, "not-found", "Not found."))?;
        Ok(ApiPath(p.0))
    }
}

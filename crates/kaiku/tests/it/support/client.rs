//! A minimal browser: sends requests through the router in-process, keeps cookies,
//! and presents itself as a same-origin browser (Origin and Sec-Fetch-Site).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

/// A browser with its own cookie jar and client address.
#[derive(Clone)]
pub struct Client {
    router: axum::Router,
    cookies: Arc<Mutex<HashMap<String, String>>>,
    ip: Arc<Mutex<SocketAddr>>,
    lang: Arc<Mutex<Option<String>>>,
}

/// A response, fully read.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: axum::http::HeaderMap,
    pub body: String,
    /// The body as it came, for binary answers.
    pub bytes: Vec<u8>,
}

impl Resp {
    /// The redirect target.
    pub fn location(&self) -> String {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned()
    }

    /// A header's value.
    pub fn header(&self, name: &str) -> String {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned()
    }

    /// The body as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    /// The text between two markers.
    pub fn between(&self, start: &str, end: &str) -> Option<String> {
        let from = self.body.find(start)? + start.len();
        let len = self.body.get(from..)?.find(end)?;
        self.body.get(from..from + len).map(str::to_owned)
    }
}

impl Client {
    pub fn new(router: axum::Router) -> Self {
        Client {
            router,
            cookies: Arc::default(),
            ip: Arc::new(Mutex::new(SocketAddr::from(([203, 0, 113, 7], 40000)))),
            lang: Arc::default(),
        }
    }

    /// Pretends to connect from another address.
    pub fn connecting_from(self, ip: [u8; 4]) -> Self {
        *self.ip.lock().unwrap_or_else(|e| e.into_inner()) = SocketAddr::from((ip, 40000));
        self
    }

    /// Sends `Accept-Language`.
    pub fn with_language(self, lang: &str) -> Self {
        *self.lang.lock().unwrap_or_else(|e| e.into_inner()) = Some(lang.to_owned());
        self
    }

    /// Whether a cookie is set.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(name)
            .cloned()
    }

    /// Forgets every cookie.
    pub fn clear_cookies(&self) {
        self.cookies
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
    }

    pub async fn get(&self, path: &str) -> Resp {
        self.send(
            self.request("GET", path)
                .body(Body::empty())
                .unwrap_or_else(|e| panic!("{e}")),
        )
        .await
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let body = serde_urlencoded::to_string(fields).unwrap_or_else(|e| panic!("{e}"));
        self.send(
            self.request("POST", path)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .unwrap_or_else(|e| panic!("{e}")),
        )
        .await
    }

    /// A request builder with this browser's cookies and same-origin headers.
    pub fn request(&self, method: &str, path: &str) -> axum::http::request::Builder {
        let mut b = self.cross_site_request(method, path);
        if method != "GET" {
            b = b
                .header(header::ORIGIN, "http://kaiku.test")
                .header("sec-fetch-site", "same-origin");
        }
        b
    }

    /// A request builder with this browser's cookies but no origin headers, as a
    /// forged cross-site request would arrive (add the attacker's headers).
    pub fn cross_site_request(&self, method: &str, path: &str) -> axum::http::request::Builder {
        let mut b = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, "kaiku.test")
            .header(
                header::USER_AGENT,
                "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
            );
        if let Some(l) = self.lang.lock().unwrap_or_else(|e| e.into_inner()).clone() {
            b = b.header(header::ACCEPT_LANGUAGE, l);
        }
        let cookies = self.cookies.lock().unwrap_or_else(|e| e.into_inner());
        if !cookies.is_empty() {
            let v: Vec<String> = cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
            b = b.header(header::COOKIE, v.join("; "));
        }
        b
    }

    /// Sends a request through the app and records cookies it sets.
    pub async fn send(&self, mut req: Request<Body>) -> Resp {
        let ip = *self.ip.lock().unwrap_or_else(|e| e.into_inner());
        req.extensions_mut().insert(ConnectInfo(ip));
        let res = self
            .router
            .clone()
            .oneshot(req)
            .await
            .unwrap_or_else(|e| panic!("router error: {e}"));
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        for v in headers.get_all(header::SET_COOKIE) {
            let Ok(v) = v.to_str() else { continue };
            let first = v.split(';').next().unwrap_or("");
            if let Some((k, val)) = first.split_once('=') {
                let mut jar = self.cookies.lock().unwrap_or_else(|e| e.into_inner());
                if val.is_empty() || v.contains("Max-Age=0") {
                    jar.remove(k);
                } else {
                    jar.insert(k.to_owned(), val.to_owned());
                }
            }
        }
        let bytes = res
            .into_body()
            .collect()
            .await
            .unwrap_or_else(|e| panic!("body: {e}"))
            .to_bytes();
        Resp {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        }
    }

    /// Posts a multipart form with one file field, as a browser's file upload.
    pub async fn upload(
        &self,
        path: &str,
        field: &str,
        filename: &str,
        ctype: &str,
        data: &[u8],
    ) -> Resp {
        let boundary = "kaikuTestBoundary7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"\r\nContent-Type: {ctype}\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(data);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let req = self
            .request("POST", path)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(Body::from(body))
            .unwrap_or_else(|e| panic!("{e}"));
        self.send(req).await
    }

    /// An API call with a bearer token (and no cookies).
    pub async fn api(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&str>,
    ) -> Resp {
        let mut b = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, "kaiku.test");
        if let Some(t) = token {
            b = b.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        if let Some(l) = self.lang.lock().unwrap_or_else(|e| e.into_inner()).clone() {
            b = b.header(header::ACCEPT_LANGUAGE, l);
        }
        let req = match body {
            Some(json) => b
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(json.to_owned())),
            None => b.body(Body::empty()),
        }
        .unwrap_or_else(|e| panic!("{e}"));
        let saved = std::mem::take(&mut *self.cookies.lock().unwrap_or_else(|e| e.into_inner()));
        let r = self.send(req).await;
        *self.cookies.lock().unwrap_or_else(|e| e.into_inner()) = saved;
        r
    }
}

//! Signing in and out, resolving a session cookie or an API token to a [`Viewer`],
//! and the login rate limits.

use kaiku_store::{Tx, login_log, sessions, tokens, users};

use crate::input;
use crate::viewer::{Account, Viewer, ViewerKind};
use crate::{DomainError, Result, Services, secrets};

/// Where a request came from, for sessions and the login log.
#[derive(Debug, Clone, Default)]
pub struct ClientMeta {
    pub ip: String,
    pub user_agent: String,
}

impl ClientMeta {
    /// Bounded copies of the client's address and user agent.
    pub fn new(ip: &str, user_agent: &str) -> Self {
        ClientMeta {
            ip: ip.chars().take(64).collect(),
            user_agent: user_agent.chars().take(300).collect(),
        }
    }
}

/// A fresh session: put `token` in the cookie.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub token: String,
    pub session_id: String,
    pub persistent: bool,
    /// Seconds the cookie should live when persistent.
    pub max_age_secs: i64,
    pub user_id: String,
}

/// What the sign-in form sends.
#[derive(Debug, Clone, Default)]
pub struct LoginInput {
    pub email: String,
    pub password: String,
    pub remember: bool,
}

/// Failed attempts per address before it is paused.
pub const ACCOUNT_FAILURE_LIMIT: i64 = 10;
/// Failed attempts per client IP before it is paused.
pub const IP_FAILURE_LIMIT: i64 = 100;
/// The window both limits count in.
pub const FAILURE_WINDOW_MS: i64 = 15 * 60 * 1000;
/// A browser session without "keep me signed in" ends after this much inactivity.
pub const SESSION_IDLE_MS: i64 = 12 * 3_600_000;
/// A "keep me signed in" session ends after this much inactivity.
pub const SESSION_PERSISTENT_MS: i64 = 30 * 24 * 3_600_000;
/// Activity is written back at most this often per session.
const TOUCH_INTERVAL_MS: i64 = 60_000;

impl Services {
    /// Checks e-mail and password and opens a session. Every failure looks the same
    /// whether or not the address exists, and costs the same time.
    pub async fn login(&self, input: LoginInput, meta: &ClientMeta) -> Result<SignedIn> {
        let email = input.email.trim().to_lowercase();
        if email.is_empty() || input.password.is_empty() {
            let mut errors = Vec::new();
            if email.is_empty() {
                errors.push(crate::FieldError {
                    field: "email",
                    key: "error-required",
                });
            }
            if input.password.is_empty() {
                errors.push(crate::FieldError {
                    field: "password",
                    key: "error-required",
                });
            }
            return Err(DomainError::Invalid(errors));
        }
        if email.chars().count() > input::EMAIL_MAX
            || input.password.chars().count() > input::PASSWORD_MAX
        {
            return Err(DomainError::invalid("form", "error-login-failed"));
        }
        // The attempt is recorded as failed before anything is checked, so that
        // concurrent guesses count against each other; it is corrected below.
        let attempt = self.log_login(None, &email, meta, "failed").await?;
        let since = self.now() - FAILURE_WINDOW_MS;
        let by_account = login_log::failures_for_email(self.db(), &email, since).await?;
        let by_ip = login_log::failures_for_ip(self.db(), &meta.ip, since).await?;
        if by_account > ACCOUNT_FAILURE_LIMIT || by_ip > IP_FAILURE_LIMIT {
            login_log::set_outcome(self.db(), &attempt, None, "rate_limited").await?;
            return Err(DomainError::RateLimited {
                retry_after_secs: u64::try_from(FAILURE_WINDOW_MS / 1000).unwrap_or(900),
            });
        }
        let user = users::get_by_email(self.db(), &email).await?;
        let ok = secrets::verify_password(
            input.password,
            user.as_ref().and_then(|u| u.password_hash.clone()),
        )
        .await;
        let Some(user) = user else {
            return Err(DomainError::invalid("form", "error-login-failed"));
        };
        // From here on the attempt is shown to the account's owner too.
        let outcome =
            |o: &'static str| login_log::set_outcome(self.db(), &attempt, Some(&user.id), o);
        if !ok {
            outcome("failed").await?;
            return Err(DomainError::invalid("form", "error-login-failed"));
        }
        if !user.active {
            outcome("deactivated").await?;
            return Err(DomainError::invalid("form", "error-account-deactivated"));
        }
        if user.role == "guest" && !kaiku_store::settings::guests_enabled(self.db()).await? {
            outcome("guests_disabled").await?;
            return Err(DomainError::invalid("form", "error-guests-disabled"));
        }
        let mut tx = self.db().begin().await?;
        let signed_in = self
            .start_session(&mut tx, &user.id, input.remember, meta)
            .await?;
        tx.commit().await?;
        outcome("success").await?;
        Ok(signed_in)
    }

    async fn log_login(
        &self,
        user_id: Option<&str>,
        email: &str,
        meta: &ClientMeta,
        outcome: &str,
    ) -> Result<String> {
        let email: String = email.chars().take(input::EMAIL_MAX).collect();
        let id = secrets::new_ordered_id();
        login_log::insert(
            self.db(),
            &id,
            self.now(),
            user_id,
            &email,
            &meta.ip,
            &meta.user_agent,
            outcome,
        )
        .await?;
        Ok(id)
    }

    /// Opens a new session (a new id every time: sign-in rotates the session).
    pub(crate) async fn start_session(
        &self,
        tx: &mut Tx,
        user_id: &str,
        persistent: bool,
        meta: &ClientMeta,
    ) -> Result<SignedIn> {
        let token = secrets::random_token()?;
        let id = secrets::new_id();
        let now = self.now();
        let ttl = if persistent {
            SESSION_PERSISTENT_MS
        } else {
            SESSION_IDLE_MS
        };
        sessions::insert(
            tx,
            &sessions::NewSession {
                id: id.clone(),
                token_hash: secrets::hash_token(&token),
                user_id: user_id.to_owned(),
                persistent,
                ip: meta.ip.clone(),
                user_agent: meta.user_agent.clone(),
                now,
                expires_at: now + ttl,
            },
        )
        .await?;
        Ok(SignedIn {
            token,
            session_id: id,
            persistent,
            max_age_secs: SESSION_PERSISTENT_MS / 1000,
            user_id: user_id.to_owned(),
        })
    }

    /// Resolves a session cookie to a viewer (anonymous if unknown, expired or the
    /// account is deactivated), sliding the session's expiry.
    pub async fn viewer_from_session(&self, token: &str, meta: &ClientMeta) -> Result<Viewer> {
        self.session_viewer(token, Some(meta)).await
    }

    /// Resolves a session cookie without counting it as activity (a live-update
    /// connection must not keep an idle session alive).
    pub async fn viewer_from_session_quietly(&self, token: &str) -> Result<Viewer> {
        self.session_viewer(token, None).await
    }

    async fn session_viewer(&self, token: &str, meta: Option<&ClientMeta>) -> Result<Viewer> {
        if token.is_empty() || token.len() > 100 {
            return Ok(Viewer::anonymous());
        }
        let now = self.now();
        let Some((s, user)) =
            sessions::find_live_with_user(self.db(), &secrets::hash_token(token), now).await?
        else {
            return Ok(Viewer::anonymous());
        };
        if !self.may_act(&user).await? {
            return Ok(Viewer::anonymous());
        }
        // A session that began before the latest password change does not survive it,
        // even if it slipped in while the change was being made.
        if user
            .password_changed_at
            .is_some_and(|changed| changed > s.created_at)
        {
            return Ok(Viewer::anonymous());
        }
        if let Some(meta) = meta
            && (now - s.last_seen_at > TOUCH_INTERVAL_MS || s.ip != meta.ip)
        {
            let ttl = if s.persistent {
                SESSION_PERSISTENT_MS
            } else {
                SESSION_IDLE_MS
            };
            sessions::touch(self.db(), &s.id, now, now + ttl, &meta.ip).await?;
        }
        Ok(Viewer {
            kind: ViewerKind::Session(s.id),
            account: Some(Account::from_row(user)),
        })
    }

    /// Resolves a bearer token. Unknown, expired or revoked tokens, and tokens of
    /// deactivated accounts, are `Unauthenticated`.
    pub async fn viewer_from_token(&self, token: &str) -> Result<Viewer> {
        if token.is_empty() || token.len() > 200 {
            return Err(DomainError::Unauthenticated);
        }
        let now = self.now();
        let t = tokens::find_live(self.db(), &secrets::hash_token(token), now)
            .await?
            .ok_or(DomainError::Unauthenticated)?;
        let user = users::get(self.db(), &t.user_id)
            .await?
            .ok_or(DomainError::Unauthenticated)?;
        if !self.may_act(&user).await?
            || user
                .password_changed_at
                .is_some_and(|changed| changed > t.created_at)
        {
            return Err(DomainError::Unauthenticated);
        }
        if t.last_used_at.is_none_or(|at| now - at > TOUCH_INTERVAL_MS) {
            tokens::touch(self.db(), &t.id, now).await?;
        }
        Ok(Viewer {
            kind: ViewerKind::Token(t.id),
            account: Some(Account::from_row(user)),
        })
    }

    /// Whether an account may act at all: active, and not a guest while the
    /// organisation has switched guest accounts off.
    async fn may_act(&self, user: &users::UserRow) -> Result<bool> {
        if !user.active {
            return Ok(false);
        }
        if user.role == "guest" {
            return Ok(kaiku_store::settings::guests_enabled(self.db()).await?);
        }
        Ok(true)
    }

    /// Ends the viewer's current session.
    pub async fn logout(&self, viewer: &Viewer) -> Result<()> {
        if let (Some(acc), Some(sid)) = (&viewer.account, viewer.session_id()) {
            sessions::delete(self.db(), &acc.id, sid).await?;
        }
        Ok(())
    }

    /// Removes expired sessions (housekeeping).
    pub async fn purge_expired_sessions(&self) -> Result<u64> {
        Ok(sessions::purge_expired(self.db(), self.now()).await?)
    }
}

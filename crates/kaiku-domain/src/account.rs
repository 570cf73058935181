//! A person's own account: password, language, sessions and API tokens.

use kaiku_i18n::Lang;
pub use kaiku_store::users::AccountCounts;
use kaiku_store::{password_resets, sessions, tokens, users};

use crate::input::{self, Checks};
use crate::{DomainError, Result, Services, Viewer, secrets};

/// One of my sessions, for the list on the account page.
#[derive(Debug, Clone)]
pub struct SessionInfo {
    pub id: String,
    pub ip: String,
    pub user_agent: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub persistent: bool,
    /// The session making this request.
    pub current: bool,
}

/// One of my API tokens (never its secret).
#[derive(Debug, Clone)]
pub struct TokenInfo {
    pub id: String,
    pub label: String,
    pub prefix: String,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    pub last_used_at: Option<i64>,
    pub expired: bool,
}

/// A token just created: the secret is shown once and never again.
#[derive(Debug, Clone)]
pub struct NewTokenSecret {
    pub id: String,
    pub secret: String,
}

/// What the change-password form sends.
#[derive(Debug, Clone, Default)]
pub struct ChangePasswordInput {
    pub current: String,
    pub new: String,
    pub confirm: String,
}

/// Choices of token lifetime, in days (`None`: no expiry).
pub const TOKEN_EXPIRY_CHOICES: [Option<i64>; 5] = [Some(7), Some(30), Some(90), Some(365), None];

impl Services {
    /// Changes my password after checking the current one. Every other session and
    /// every API token is revoked, as are outstanding reset links.
    pub async fn change_password(
        &self,
        viewer: &Viewer,
        input: ChangePasswordInput,
        meta: &crate::auth::ClientMeta,
    ) -> Result<crate::auth::SignedIn> {
        let me = viewer.require()?;
        let mut c = Checks::default();
        if input.current.is_empty() {
            c.push("current", "error-required");
        }
        let new = c.take(input::new_password("new", &input.new));
        if !new.is_empty() && input.confirm != input.new {
            c.push("confirm", "error-password-mismatch");
        }
        c.finish()?;
        let row = users::get(self.db(), &me.id)
            .await?
            .ok_or(DomainError::Unauthenticated)?;
        if !secrets::verify_password(input.current, row.password_hash).await {
            return Err(DomainError::invalid("current", "error-password-wrong"));
        }
        let hash = secrets::hash_password(new).await?;
        let mut tx = self.db().begin().await?;
        let persistent = sessions::list_for_user(self.db(), &me.id, self.now())
            .await?
            .iter()
            .any(|s| Some(s.id.as_str()) == viewer.session_id() && s.persistent);
        users::set_password(&mut tx, &me.id, &hash, self.now()).await?;
        // Every session ends; this device continues in a fresh one.
        sessions::delete_all_for_user(&mut tx, &me.id, None).await?;
        tokens::delete_all_for_user(&mut tx, &me.id).await?;
        password_resets::delete_all_for_user(&mut tx, &me.id).await?;
        let signed_in = self
            .start_session(&mut tx, &me.id, persistent, meta)
            .await?;
        tx.commit().await?;
        Ok(signed_in)
    }

    /// Sets my preferred language (`None`: follow the browser).
    pub async fn set_my_locale(&self, viewer: &Viewer, lang: Option<Lang>) -> Result<()> {
        let me = viewer.require()?;
        users::set_locale(self.db(), &me.id, lang.map(Lang::code), self.now()).await?;
        Ok(())
    }

    /// Updates my name and job title.
    pub async fn update_my_profile(
        &self,
        viewer: &Viewer,
        display_name: &str,
        title: &str,
    ) -> Result<()> {
        let me = viewer.require()?.id.clone();
        self.update_person(viewer, &me, Some(display_name), Some(title))
            .await
    }

    /// Updates a person's name and/or job title: their own, or anyone's for an
    /// administrator (recorded in the audit log).
    pub async fn update_person(
        &self,
        viewer: &Viewer,
        user_id: &str,
        display_name: Option<&str>,
        title: Option<&str>,
    ) -> Result<()> {
        self.update_profile(
            viewer,
            user_id,
            crate::people::ProfileInput {
                display_name: display_name.map(str::to_owned),
                title: title.map(str::to_owned),
                ..Default::default()
            },
        )
        .await?;
        Ok(())
    }

    /// My active sessions, most recent first.
    pub async fn my_sessions(&self, viewer: &Viewer) -> Result<Vec<SessionInfo>> {
        let me = viewer.require()?;
        let current = viewer.session_id();
        Ok(sessions::list_for_user(self.db(), &me.id, self.now())
            .await?
            .into_iter()
            .map(|s| SessionInfo {
                current: current == Some(s.id.as_str()),
                id: s.id,
                ip: s.ip,
                user_agent: s.user_agent,
                created_at: s.created_at,
                last_seen_at: s.last_seen_at,
                persistent: s.persistent,
            })
            .collect())
    }

    /// Signs one of my sessions out.
    pub async fn revoke_my_session(&self, viewer: &Viewer, session_id: &str) -> Result<()> {
        let me = viewer.require()?;
        if sessions::delete(self.db(), &me.id, session_id).await? == 0 {
            return Err(DomainError::NotFound);
        }
        Ok(())
    }

    /// Signs out every session of mine, this one included.
    pub async fn revoke_all_my_sessions(&self, viewer: &Viewer) -> Result<()> {
        let me = viewer.require()?;
        let mut tx = self.db().begin().await?;
        sessions::delete_all_for_user(&mut tx, &me.id, None).await?;
        tx.commit().await?;
        Ok(())
    }

    /// How many live sessions, live API tokens and space invitations I have.
    pub async fn my_account_counts(&self, viewer: &Viewer) -> Result<AccountCounts> {
        let me = viewer.require()?;
        Ok(users::account_counts(self.db(), &me.id, self.now()).await?)
    }

    /// My API tokens, newest first.
    pub async fn my_tokens(&self, viewer: &Viewer) -> Result<Vec<TokenInfo>> {
        let me = viewer.require()?;
        let now = self.now();
        Ok(tokens::list_for_user(self.db(), &me.id)
            .await?
            .into_iter()
            .map(|t| TokenInfo {
                expired: t.expires_at.is_some_and(|e| e <= now),
                id: t.id,
                label: t.label,
                prefix: t.token_prefix,
                created_at: t.created_at,
                expires_at: t.expires_at,
                last_used_at: t.last_used_at,
            })
            .collect())
    }

    /// Creates an API token acting as me. `expires_in_days` must be one of
    /// [`TOKEN_EXPIRY_CHOICES`] (as text; empty means never).
    pub async fn create_token(
        &self,
        viewer: &Viewer,
        label: &str,
        expires_in_days: &str,
    ) -> Result<NewTokenSecret> {
        let me = viewer.require()?;
        let mut c = Checks::default();
        let label = c.take(input::text("label", label, input::LABEL_MAX, true));
        let days = match expires_in_days.trim() {
            "" | "never" => Some(None),
            d => d
                .parse::<i64>()
                .ok()
                .map(Some)
                .filter(|d| TOKEN_EXPIRY_CHOICES.contains(d)),
        };
        if days.is_none() {
            c.push("expires_in_days", "error-choice-invalid");
        }
        c.finish()?;
        let now = self.now();
        let secret = format!("kaiku_{}", secrets::random_token()?);
        let id = secrets::new_id();
        tokens::insert(
            self.db(),
            &tokens::NewToken {
                id: id.clone(),
                user_id: me.id.clone(),
                label,
                token_hash: secrets::hash_token(&secret),
                token_prefix: secret.chars().take(12).collect(),
                now,
                expires_at: days.flatten().map(|d| now + d * 86_400_000),
            },
        )
        .await?;
        Ok(NewTokenSecret { id, secret })
    }

    /// Revokes one of my tokens.
    pub async fn revoke_my_token(&self, viewer: &Viewer, token_id: &str) -> Result<()> {
        let me = viewer.require()?;
        if tokens::delete(self.db(), &me.id, token_id).await? == 0 {
            return Err(DomainError::NotFound);
        }
        Ok(())
    }
}

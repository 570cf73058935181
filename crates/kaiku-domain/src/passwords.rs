//! Password reset by e-mailed link: single use, expiring, stored hashed, and the
//! same answer whether or not the address has an account.

use kaiku_i18n::{Lang, Tr};
use kaiku_store::{password_resets, sessions, tokens, users};

use crate::input::{self, Checks};
use crate::mail::compose;
use crate::policy::{self, Action};
use crate::{DomainError, Result, Services, Viewer, secrets};

/// A self-service reset link is valid this long.
pub const RESET_TTL_MS: i64 = 3_600_000;
/// A link an administrator hands over is valid this long.
pub const ADMIN_RESET_TTL_MS: i64 = 24 * 3_600_000;

/// What the reset form sends.
#[derive(Debug, Clone, Default)]
pub struct ResetInput {
    pub password: String,
    pub confirm: String,
}

impl Services {
    /// Asks for a reset link. Validates the address's shape; then always succeeds.
    /// The work happens in the background so that the answer takes the same time
    /// whether or not an account exists.
    pub async fn request_password_reset(&self, email: &str, locale: Lang) -> Result<()> {
        let email = input::email("email", email).map_err(|e| DomainError::Invalid(vec![e]))?;
        let this = self.clone();
        tokio::spawn(async move {
            if let Err(e) = this.send_reset_link(&email, locale).await {
                tracing::error!(error = %e, "could not prepare a password reset");
            }
        });
        Ok(())
    }

    async fn send_reset_link(&self, email: &str, locale: Lang) -> Result<()> {
        let Some(user) = users::get_by_email(self.db(), email).await? else {
            return Ok(());
        };
        if !user.active {
            return Ok(());
        }
        // At most three reset e-mails an hour, so nobody can flood a colleague's inbox.
        let hour_ago = self.now() - 3_600_000;
        if password_resets::count_since(self.db(), &user.id, hour_ago).await? >= 3 {
            tracing::info!(user_id = %user.id, "password reset e-mail skipped: hourly cap reached");
            return Ok(());
        }
        let org = self
            .org_profile()
            .await?
            .map(|o| o.name)
            .unwrap_or_default();
        let tr = Tr::new(
            user.locale
                .as_deref()
                .and_then(Lang::from_code)
                .unwrap_or(locale),
        );
        let token = secrets::random_token()?;
        let link = self.link(&format!("/reset/{token}"));
        let mail = compose(
            tr,
            &org,
            &user.email,
            tr.t1("mail-reset-subject", "org", &org),
            &[
                tr.t1("mail-greeting", "name", &user.display_name),
                tr.t("mail-reset-body"),
                tr.t("mail-reset-ignore"),
            ],
            Some((tr.t("mail-reset-action"), link)),
        );
        let now = self.now();
        let mut tx = self.db().begin().await?;
        password_resets::insert(
            &mut tx,
            &secrets::new_id(),
            &user.id,
            &secrets::hash_token(&token),
            now,
            now + RESET_TTL_MS,
        )
        .await?;
        let queued = self.queue_mail(&mut tx, &mail).await?;
        if queued {
            tx.commit().await?;
            self.wake_mailer();
        }
        // Without e-mail the link would reach nobody: nothing is stored.
        Ok(())
    }

    /// Creates a reset link for someone, for an administrator to hand over.
    pub async fn admin_reset_link(&self, viewer: &Viewer, user_id: &str) -> Result<String> {
        policy::require(viewer, Action::Administer)?;
        let user = users::get(self.db(), user_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        if !user.active {
            return Err(DomainError::Conflict {
                key: "error-account-deactivated",
            });
        }
        let token = secrets::random_token()?;
        let now = self.now();
        let mut tx = self.db().begin().await?;
        password_resets::insert(
            &mut tx,
            &secrets::new_id(),
            &user.id,
            &secrets::hash_token(&token),
            now,
            now + ADMIN_RESET_TTL_MS,
        )
        .await?;
        self.audit(&mut tx, viewer, "user.reset_link", Some(&user.id), "")
            .await?;
        tx.commit().await?;
        Ok(self.link(&format!("/reset/{token}")))
    }

    /// Whether a reset link is still usable (for showing the form or an error).
    pub async fn reset_link_valid(&self, token: &str) -> Result<bool> {
        if token.len() > 100 {
            return Ok(false);
        }
        Ok(password_resets::is_usable(self.db(), &secrets::hash_token(token), self.now()).await?)
    }

    /// Sets a new password with a reset link, consuming it. Every session and token
    /// of the account is revoked.
    pub async fn reset_password(&self, token: &str, input: ResetInput) -> Result<()> {
        let mut c = Checks::default();
        let new = c.take(input::new_password("password", &input.password));
        if !new.is_empty() && input.confirm != input.password {
            c.push("confirm", "error-password-mismatch");
        }
        c.finish()?;
        // Refuse dead links before paying for a password hash.
        if !self.reset_link_valid(token).await? {
            return Err(DomainError::NotFound);
        }
        let hash = secrets::hash_password(new).await?;
        let now = self.now();
        let mut tx = self.db().begin().await?;
        let user_id = password_resets::consume(&mut tx, &secrets::hash_token(token), now)
            .await?
            .ok_or(DomainError::NotFound)?;
        if !users::get_tx(&mut tx, &user_id)
            .await?
            .is_some_and(|u| u.active)
        {
            return Err(DomainError::NotFound);
        }
        users::set_password(&mut tx, &user_id, &hash, now).await?;
        sessions::delete_all_for_user(&mut tx, &user_id, None).await?;
        tokens::delete_all_for_user(&mut tx, &user_id).await?;
        password_resets::delete_all_for_user(&mut tx, &user_id).await?;
        tx.commit().await?;
        Ok(())
    }
}

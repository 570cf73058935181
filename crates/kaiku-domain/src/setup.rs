//! First run: while no administrator exists, a one-time code (printed to the log)
//! lets the first visitor create the organisation and its administrator.

use kaiku_i18n::Lang;
use kaiku_store::{settings, setup as store, users};

use crate::auth::{ClientMeta, SignedIn};
use crate::input::{self, Checks};
use crate::settings::{DEFAULT_ACCENT, RegistrationMode};
use crate::viewer::Role;
use crate::{DomainError, Result, Services, secrets};

/// What the setup form sends.
#[derive(Debug, Clone, Default)]
pub struct SetupInput {
    pub org_name: String,
    pub display_name: String,
    pub email: String,
    pub password: String,
    pub code: String,
}

impl Services {
    /// Whether the organisation still needs its first administrator.
    pub async fn needs_setup(&self) -> Result<bool> {
        Ok(!users::admin_exists(self.db()).await?)
    }

    /// The setup code to print, while setup is open (every node prints the same one).
    pub async fn setup_code(&self) -> Result<Option<String>> {
        if !self.needs_setup().await? {
            return Ok(None);
        }
        let fresh = secrets::human_code()?;
        Ok(Some(
            store::ensure_code(self.db(), &fresh, self.now()).await?,
        ))
    }

    /// Creates the organisation and its administrator, and signs them in. Refused
    /// for good once an administrator exists.
    pub async fn complete_setup(
        &self,
        input: SetupInput,
        locale: Lang,
        meta: &ClientMeta,
    ) -> Result<SignedIn> {
        let mut c = Checks::default();
        let org_name = c.take(input::text(
            "org_name",
            &input.org_name,
            input::ORG_NAME_MAX,
            true,
        ));
        let name = c.take(input::display_name("display_name", &input.display_name));
        let email = c.take(input::email("email", &input.email));
        let password = c.take(input::new_password("password", &input.password));
        if input.code.trim().is_empty() {
            c.push("code", "error-required");
        }
        c.finish()?;
        // Refuse cheaply before paying for a password hash.
        if !self.needs_setup().await? {
            return Err(DomainError::NotFound);
        }
        let hash = secrets::hash_password(password).await?;

        let mut tx = self.db().begin().await?;
        tx.lock(crate::locks::ADMINS).await?;
        if users::admin_exists_tx(&mut tx).await? {
            return Err(DomainError::NotFound);
        }
        let expected = store::code_tx(&mut tx).await?.unwrap_or_default();
        let given = input.code.trim().to_ascii_uppercase();
        if expected.is_empty() || !secrets::constant_time_eq(&given, &expected) {
            return Err(DomainError::invalid("code", "error-setup-code"));
        }
        let now = self.now();
        settings::put(
            &mut tx,
            &settings::SettingsRow {
                name: org_name,
                accent_color: DEFAULT_ACCENT.to_owned(),
                logo_updated_at: None,
                registration_mode: RegistrationMode::Closed.as_str().to_owned(),
                allowed_domains: String::new(),
                default_locale: locale.code().to_owned(),
                smtp_host: None,
                smtp_port: None,
                smtp_security: crate::SmtpSecurity::default().as_str().to_owned(),
                smtp_username: None,
                smtp_password: None,
                smtp_from: None,
                space_creation: "everyone".into(),
                guests_enabled: true,
                default_time_zone: locale.home_zone().to_owned(),
                locked_profile_fields: crate::settings::DEFAULT_LOCKED_FIELDS.to_owned(),
                updated_at: now,
            },
        )
        .await?;
        let id = secrets::new_id();
        Self::insert_person(
            &mut tx,
            &users::NewUser {
                id: id.clone(),
                search_key: input::search_key(&name, &email),
                email,
                display_name: name,
                password_hash: Some(hash),
                role: Role::Admin.as_str().to_owned(),
                locale: Some(locale.code().to_owned()),
                now,
            },
        )
        .await?;
        store::clear(&mut tx).await?;
        let signed_in = self.start_session(&mut tx, &id, false, meta).await?;
        tx.commit().await?;
        tracing::info!(user_id = %id, "setup completed: organisation and administrator created");
        Ok(signed_in)
    }
}

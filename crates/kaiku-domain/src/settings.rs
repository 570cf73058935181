//! Organisation settings: name, branding, registration mode, language, e-mail.

use kaiku_i18n::Lang;
use kaiku_store::settings::{self as store, SettingsRow};

use crate::input::{self, Checks};
use crate::policy::{self, Action};
use crate::{DomainError, Result, Services, Viewer};

/// Who may create an account without an invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegistrationMode {
    /// Invitation only.
    Closed,
    /// Anyone with an address in one of the listed domains (after confirming it).
    Domains,
    /// Anyone may ask; an administrator approves or rejects.
    Approval,
}

impl RegistrationMode {
    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            RegistrationMode::Closed => "closed",
            RegistrationMode::Domains => "domains",
            RegistrationMode::Approval => "approval",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "closed" => Some(RegistrationMode::Closed),
            "domains" => Some(RegistrationMode::Domains),
            "approval" => Some(RegistrationMode::Approval),
            _ => None,
        }
    }
}

/// How to reach the SMTP server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub security: crate::SmtpSecurity,
    pub username: Option<String>,
    pub password: Option<String>,
    pub from: String,
}

/// The organisation's settings as everyone may see them (no secrets).
#[derive(Debug, Clone)]
pub struct OrgProfile {
    pub name: String,
    pub accent_color: String,
    /// When the logo last changed; `None` without a logo (also a cache-busting version).
    pub logo_version: Option<i64>,
    pub registration_mode: RegistrationMode,
    pub allowed_domains: Vec<String>,
    pub default_locale: Lang,
    /// Only administrators create spaces.
    pub spaces_admins_only: bool,
    /// Guest (partner) accounts may be invited and may sign in.
    pub guests_enabled: bool,
    /// The time zone of people who have not chosen their own.
    pub default_time_zone: String,
}

/// The settings as administrators edit them.
#[derive(Debug, Clone)]
pub struct OrgSettings {
    pub profile: OrgProfile,
    pub smtp_host: String,
    pub smtp_port: String,
    pub smtp_security: crate::SmtpSecurity,
    pub smtp_username: String,
    /// Whether a password is stored (never shown back).
    pub smtp_password_set: bool,
    pub smtp_from: String,
    /// Whether e-mail is configured here or in the server configuration.
    pub smtp_configured: bool,
}

/// An update from the settings form.
#[derive(Debug, Clone, Default)]
pub struct SettingsInput {
    pub name: String,
    pub accent_color: String,
    pub registration_mode: String,
    pub allowed_domains: String,
    pub default_locale: String,
    pub smtp_host: String,
    pub smtp_port: String,
    pub smtp_security: String,
    pub smtp_username: String,
    /// Empty keeps the stored password.
    pub smtp_password: String,
    pub clear_smtp_password: bool,
    pub smtp_from: String,
    /// `everyone` or `admins`.
    pub space_creation: String,
    pub guests_enabled: bool,
    /// An IANA time zone; `None` keeps the current one.
    pub default_time_zone: Option<String>,
}

/// The profile fields kept for administrators and HR until they say otherwise.
pub const DEFAULT_LOCKED_FIELDS: &str = "unit manager start_date";

/// Default accent colour of a new organisation.
pub const DEFAULT_ACCENT: &str = "#0f766e";

pub(crate) fn profile_from_row(r: &SettingsRow) -> OrgProfile {
    OrgProfile {
        name: r.name.clone(),
        accent_color: r.accent_color.clone(),
        logo_version: r.logo_updated_at,
        registration_mode: RegistrationMode::parse(&r.registration_mode)
            .unwrap_or(RegistrationMode::Closed),
        allowed_domains: r
            .allowed_domains
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        default_locale: Lang::from_code(&r.default_locale).unwrap_or(Lang::En),
        spaces_admins_only: r.space_creation == "admins",
        guests_enabled: r.guests_enabled,
        default_time_zone: r.default_time_zone.clone(),
    }
}

pub(crate) fn smtp_from_row(r: &SettingsRow) -> Option<SmtpSettings> {
    let host = r.smtp_host.clone().filter(|h| !h.is_empty())?;
    let security = crate::SmtpSecurity::parse(&r.smtp_security).unwrap_or_default();
    Some(SmtpSettings {
        host,
        port: r
            .smtp_port
            .and_then(|p| u16::try_from(p).ok())
            .unwrap_or(security.default_port()),
        security,
        username: r.smtp_username.clone().filter(|u| !u.is_empty()),
        password: r.smtp_password.clone().filter(|p| !p.is_empty()),
        from: r
            .smtp_from
            .clone()
            .filter(|f| !f.is_empty())
            .unwrap_or_else(|| {
                lettre::message::Mailbox::new(
                    Some(r.name.clone()),
                    lettre::Address::new("noreply", "localhost")
                        .unwrap_or_else(|_| unreachable!("a valid literal address")),
                )
                .to_string()
            }),
    })
}

impl Services {
    /// The organisation's public profile; `None` before setup.
    pub async fn org_profile(&self) -> Result<Option<OrgProfile>> {
        Ok(store::get(self.db()).await?.as_ref().map(profile_from_row))
    }

    /// The SMTP server in force: the administrators' settings, else the configuration.
    pub(crate) async fn smtp(&self) -> Result<Option<SmtpSettings>> {
        let row = store::get(self.db()).await?;
        Ok(row
            .as_ref()
            .and_then(smtp_from_row)
            .or_else(|| self.config().smtp_fallback.clone()))
    }

    /// The settings for the administrators' form.
    pub async fn org_settings(&self, viewer: &Viewer) -> Result<OrgSettings> {
        policy::require(viewer, Action::Administer)?;
        let row = store::get(self.db()).await?.ok_or(DomainError::NotFound)?;
        let smtp_configured =
            smtp_from_row(&row).is_some() || self.config().smtp_fallback.is_some();
        Ok(OrgSettings {
            profile: profile_from_row(&row),
            smtp_host: row.smtp_host.clone().unwrap_or_default(),
            smtp_port: row.smtp_port.map(|p| p.to_string()).unwrap_or_default(),
            smtp_security: crate::SmtpSecurity::parse(&row.smtp_security).unwrap_or_default(),
            smtp_username: row.smtp_username.clone().unwrap_or_default(),
            smtp_password_set: row.smtp_password.as_deref().is_some_and(|p| !p.is_empty()),
            smtp_from: row.smtp_from.clone().unwrap_or_default(),
            smtp_configured,
        })
    }

    /// Saves the settings form.
    pub async fn update_org_settings(&self, viewer: &Viewer, input: SettingsInput) -> Result<()> {
        policy::require(viewer, Action::Administer)?;
        let mut c = Checks::default();
        let name = c.take(input::text("name", &input.name, input::ORG_NAME_MAX, true));
        let accent = c.take(input::color("accent_color", &input.accent_color));
        let mode = RegistrationMode::parse(&input.registration_mode);
        if mode.is_none() {
            c.push("registration_mode", "error-choice-invalid");
        }
        let domains = c.take(input::domains("allowed_domains", &input.allowed_domains));
        if mode == Some(RegistrationMode::Domains) && domains.is_empty() {
            c.push("allowed_domains", "error-domains-required");
        }
        let locale = Lang::from_code(&input.default_locale);
        if locale.is_none() {
            c.push("default_locale", "error-choice-invalid");
        }
        let host = c.take(input::text("smtp_host", &input.smtp_host, 253, false));
        if host.contains(['/', ':', '@']) {
            c.push("smtp_host", "error-host-invalid");
        }
        let port = input.smtp_port.trim();
        let port: Option<i64> = if port.is_empty() {
            None
        } else {
            match port.parse::<u16>() {
                Ok(p) if p > 0 => Some(i64::from(p)),
                _ => {
                    c.push("smtp_port", "error-port-invalid");
                    None
                }
            }
        };
        let security = crate::SmtpSecurity::parse(&input.smtp_security);
        if security.is_none() {
            c.push("smtp_security", "error-choice-invalid");
        }
        let username = c.take(input::text(
            "smtp_username",
            &input.smtp_username,
            254,
            false,
        ));
        if input.smtp_password.chars().count() > 512 {
            c.push("smtp_password", "error-too-long");
        }
        if !matches!(input.space_creation.as_str(), "everyone" | "admins") {
            c.push("space_creation", "error-choice-invalid");
        }
        let from = input.smtp_from.trim().to_owned();
        if !from.is_empty() && from.parse::<lettre::message::Mailbox>().is_err() {
            c.push("smtp_from", "error-email-invalid");
        }
        if from.is_empty() && !input.smtp_host.trim().is_empty() {
            c.push("smtp_from", "error-from-required");
        }
        let zone = match input.default_time_zone.as_deref().map(str::trim) {
            None => None,
            Some(z) => match kaiku_i18n::Zone::find(z) {
                Some(found) => Some(found.name().to_owned()),
                None => {
                    c.push("default_time_zone", "error-time-zone-invalid");
                    None
                }
            },
        };
        c.finish()?;
        let mut tx = self.db().begin().await?;
        // Read again inside the transaction: the kept password must be the latest.
        let current = store::get_tx(&mut tx).await?.ok_or(DomainError::NotFound)?;
        let password = if input.clear_smtp_password {
            None
        } else if input.smtp_password.is_empty() {
            current.smtp_password.clone()
        } else {
            Some(input.smtp_password.clone())
        };
        let row = SettingsRow {
            name,
            accent_color: accent,
            logo_updated_at: None,
            registration_mode: mode.unwrap_or(RegistrationMode::Closed).as_str().to_owned(),
            allowed_domains: domains.join(" "),
            default_locale: locale.unwrap_or(Lang::En).code().to_owned(),
            smtp_host: Some(host).filter(|h| !h.is_empty()),
            smtp_port: port,
            smtp_security: security.unwrap_or_default().as_str().to_owned(),
            smtp_username: Some(username).filter(|u| !u.is_empty()),
            smtp_password: password,
            smtp_from: Some(from).filter(|f| !f.is_empty()),
            space_creation: input.space_creation.clone(),
            guests_enabled: input.guests_enabled,
            default_time_zone: zone.unwrap_or(current.default_time_zone.clone()),
            locked_profile_fields: current.locked_profile_fields.clone(),
            updated_at: self.now(),
        };
        store::put(&mut tx, &row).await?;
        self.audit(&mut tx, viewer, "settings.update", None, "")
            .await?;
        tx.commit().await?;
        Ok(())
    }
}

impl Services {
    /// Queues a test message to the acting administrator.
    pub async fn send_test_mail(&self, viewer: &Viewer, lang: Lang) -> Result<()> {
        policy::require(viewer, Action::Administer)?;
        let me = viewer.require()?;
        if self.smtp().await?.is_none() {
            return Err(DomainError::invalid("form", "error-mail-not-configured"));
        }
        let org = self
            .org_profile()
            .await?
            .map(|o| o.name)
            .unwrap_or_default();
        let tr = kaiku_i18n::Tr::new(lang);
        let mail = crate::mail::compose(
            tr,
            &org,
            &me.email,
            tr.t1("mail-test-subject", "org", &org),
            &[
                tr.t1("mail-greeting", "name", &me.display_name),
                tr.t("mail-test-body"),
            ],
            None,
        );
        let mut tx = self.db().begin().await?;
        self.queue_mail(&mut tx, &mail).await?;
        tx.commit().await?;
        self.wake_mailer();
        Ok(())
    }

    /// Makes sure the settings row exists (an administrator created from the command
    /// line, before anyone opened the setup page).
    pub(crate) async fn ensure_settings(&self, tx: &mut kaiku_store::Tx) -> Result<()> {
        if store::get(self.db()).await?.is_some() {
            return Ok(());
        }
        store::put(
            tx,
            &SettingsRow {
                name: "Kaiku".into(),
                accent_color: DEFAULT_ACCENT.into(),
                logo_updated_at: None,
                registration_mode: RegistrationMode::Closed.as_str().into(),
                allowed_domains: String::new(),
                default_locale: Lang::En.code().into(),
                smtp_host: None,
                smtp_port: None,
                smtp_security: crate::SmtpSecurity::default().as_str().into(),
                smtp_username: None,
                smtp_password: None,
                smtp_from: None,
                space_creation: "everyone".into(),
                guests_enabled: true,
                default_time_zone: kaiku_i18n::DEFAULT_ZONE_NAME.into(),
                locked_profile_fields: DEFAULT_LOCKED_FIELDS.into(),
                updated_at: self.now(),
            },
        )
        .await?;
        Ok(())
    }
}

/// Largest accepted logo.
pub const LOGO_MAX_BYTES: usize = 512 * 1024;

/// The image type of `data` judged by its content (never by name or declared type);
/// only raster formats browsers show safely. SVG is refused: it can carry script.
fn sniff_image(data: &[u8]) -> Option<&'static str> {
    if data.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if data.starts_with(&[0xff, 0xd8, 0xff]) {
        Some("image/jpeg")
    } else if data.starts_with(b"GIF87a") || data.starts_with(b"GIF89a") {
        Some("image/gif")
    } else if data.len() > 12 && data.starts_with(b"RIFF") && data.get(8..12) == Some(b"WEBP") {
        Some("image/webp")
    } else {
        None
    }
}

impl Services {
    /// Replaces the organisation's logo.
    pub async fn set_logo(&self, viewer: &Viewer, data: Vec<u8>) -> Result<()> {
        policy::require(viewer, Action::Administer)?;
        if data.is_empty() {
            return Err(DomainError::invalid("logo", "error-required"));
        }
        if data.len() > LOGO_MAX_BYTES {
            return Err(DomainError::invalid("logo", "error-logo-too-large"));
        }
        let content_type =
            sniff_image(&data).ok_or_else(|| DomainError::invalid("logo", "error-logo-type"))?;
        let mut tx = self.db().begin().await?;
        store::put_logo(&mut tx, content_type, data, self.now()).await?;
        self.audit(&mut tx, viewer, "settings.logo", None, content_type)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes the organisation's logo.
    pub async fn remove_logo(&self, viewer: &Viewer) -> Result<()> {
        policy::require(viewer, Action::Administer)?;
        let mut tx = self.db().begin().await?;
        store::delete_logo(&mut tx).await?;
        self.audit(&mut tx, viewer, "settings.logo_removed", None, "")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The logo (content type and bytes), shown to everyone including the sign-in page.
    pub async fn logo(&self) -> Result<Option<(String, Vec<u8>)>> {
        Ok(store::logo(self.db()).await?.map(|(t, d, _)| (t, d)))
    }
}

#[cfg(test)]
mod tests {
    use super::sniff_image;

    #[test]
    fn only_raster_images_are_accepted_as_logos() {
        assert_eq!(sniff_image(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(sniff_image(&[0xff, 0xd8, 0xff, 0xe0]), Some("image/jpeg"));
        assert_eq!(sniff_image(b"GIF89a...."), Some("image/gif"));
        assert_eq!(sniff_image(b"RIFF\0\0\0\0WEBPVP8 "), Some("image/webp"));
        assert_eq!(
            sniff_image(b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
            None
        );
        assert_eq!(sniff_image(b"<html><script>"), None);
    }
}

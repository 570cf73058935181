//! Changing a profile: the person changes their self-service fields,
//! administrators (and the HR integration, through the API) change any; fields
//! locked for HR are refused to the person. Every value is checked before
//! anything is written, and a manager line may never loop.

use kaiku_store::people::{self as store, CertificateRow, ProfileUpdate};
use kaiku_store::{Tx, org, users};

use super::{LANGUAGE_LEVELS, SKILL_LEVELS, SPOKEN_LANGUAGES, collation, location_key, skill_tag};
use crate::input::{self, Checks};
use crate::{DomainError, FieldError, Result, Services, Viewer, policy, secrets};

/// Longest bio, in characters.
pub const BIO_MAX: usize = 4_000;
/// Most skills, languages and certificates one person lists.
pub const LIST_MAX: usize = 50;

/// A certificate as entered.
#[derive(Debug, Clone, Default)]
pub struct CertificateInput {
    pub name: String,
    pub issuer: String,
    pub issued_on: String,
    pub expires_on: String,
}

/// A change to a profile. `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct ProfileInput {
    pub display_name: Option<String>,
    pub title: Option<String>,
    /// A unit id, or empty for none.
    pub unit: Option<String>,
    /// The manager's id or e-mail address, or empty for none.
    pub manager: Option<String>,
    pub location: Option<String>,
    pub phone_work: Option<String>,
    pub phone_mobile: Option<String>,
    pub bio: Option<String>,
    /// `YYYY-MM-DD`, or empty.
    pub start_date: Option<String>,
    /// `(skill, level)`; level empty or 1–3.
    pub skills: Option<Vec<(String, String)>>,
    /// `(ISO 639-1 code, level)`.
    pub languages: Option<Vec<(String, String)>>,
    pub certificates: Option<Vec<CertificateInput>>,
    /// `(field id, value)` of the administrators' fields.
    pub fields: Option<Vec<(String, String)>>,
}

/// A phone number: digits with the usual separators, 5–15 digits, an optional
/// leading `+`. Stored as typed (trimmed); links use the digits.
pub(crate) fn phone(
    field: &'static str,
    raw: &str,
) -> std::result::Result<Option<String>, FieldError> {
    let p = raw.trim();
    if p.is_empty() {
        return Ok(None);
    }
    let err = FieldError {
        field,
        key: "error-phone-invalid",
    };
    let body = p.strip_prefix('+').unwrap_or(p);
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '/' | '.'))
    {
        return Err(err);
    }
    let digits = body.chars().filter(char::is_ascii_digit).count();
    if !(5..=15).contains(&digits) {
        return Err(err);
    }
    Ok(Some(p.to_owned()))
}

/// A calendar date `YYYY-MM-DD`, or empty.
pub(crate) fn date(
    field: &'static str,
    raw: &str,
) -> std::result::Result<Option<String>, FieldError> {
    let d = raw.trim();
    if d.is_empty() {
        return Ok(None);
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    match time::Date::parse(d, &format) {
        Ok(parsed) if (1900..=2200).contains(&parsed.year()) => Ok(Some(format!(
            "{:04}-{:02}-{:02}",
            parsed.year(),
            u8::from(parsed.month()),
            parsed.day()
        ))),
        _ => Err(FieldError {
            field,
            key: "error-date-invalid",
        }),
    }
}

fn optional_text(c: &mut Checks, field: &'static str, raw: &str, max: usize) -> Option<String> {
    let t = c.take(input::text(field, raw, max, false));
    Some(t).filter(|t| !t.is_empty())
}

impl Services {
    /// Changes a person's profile: their own, or anyone's for an administrator
    /// (recorded in the audit log). Nothing changes unless every value is right.
    pub async fn update_profile(
        &self,
        viewer: &Viewer,
        user_id: &str,
        input: ProfileInput,
    ) -> Result<super::Profile> {
        let me = crate::stream::active(viewer)?.clone();
        let target = self.person(viewer, user_id).await?;
        let admin = policy::allowed(viewer, policy::Action::Administer);
        let by_admin = me.id != target.id;
        if by_admin && !admin {
            return Err(DomainError::Forbidden);
        }
        let current = store::profile(self.db(), &target.id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let locked = if admin {
            Vec::new()
        } else {
            self.locked_fields().await?
        };
        let mut c = Checks::default();
        let refuse_locked = |c: &mut Checks, name: &str, field: &'static str, changed: bool| {
            if changed && locked.iter().any(|l| l == name) {
                c.push(field, "error-field-locked");
            }
        };

        let name = match &input.display_name {
            Some(n) => c.take(input::display_name("display_name", n)),
            None => target.display_name.clone(),
        };
        let title = match &input.title {
            Some(t) => optional_text(&mut c, "title", t, input::NAME_MAX),
            None => target.title.clone(),
        };
        refuse_locked(&mut c, "title", "title", title != target.title);
        let location = match &input.location {
            Some(l) => optional_text(&mut c, "location", l, 100),
            None => current.location.clone(),
        };
        let phone_work = match &input.phone_work {
            Some(p) => c.take(phone("phone_work", p)),
            None => current.phone_work.clone(),
        };
        let phone_mobile = match &input.phone_mobile {
            Some(p) => c.take(phone("phone_mobile", p)),
            None => current.phone_mobile.clone(),
        };
        refuse_locked(
            &mut c,
            "phones",
            "phone_work",
            phone_work != current.phone_work || phone_mobile != current.phone_mobile,
        );
        let bio = match &input.bio {
            Some(b) => {
                let b = b.trim().replace("\r\n", "\n");
                if b.chars().count() > BIO_MAX {
                    c.push("bio", "error-bio-too-long");
                }
                b
            }
            None => current.bio.clone(),
        };
        let start_date = match &input.start_date {
            Some(d) => c.take(date("start_date", d)),
            None => current.start_date.clone(),
        };
        refuse_locked(
            &mut c,
            "start_date",
            "start_date",
            start_date != current.start_date,
        );

        let unit = match input.unit.as_deref().map(str::trim) {
            None => current.unit_id.clone(),
            Some("") => None,
            Some(u) => Some(u.to_owned()),
        };
        refuse_locked(&mut c, "unit", "unit", unit != current.unit_id);
        let manager = match input.manager.as_deref().map(str::trim) {
            None => current.manager_id.clone(),
            Some("") => None,
            Some(m) => match self.find_colleague(viewer, m).await? {
                Some(id) => Some(id),
                None => {
                    c.push("manager", "error-no-such-person");
                    None
                }
            },
        };
        refuse_locked(&mut c, "manager", "manager", manager != current.manager_id);
        if manager.as_deref() == Some(target.id.as_str()) {
            c.push("manager", "error-manager-loop");
        }

        let skills = match &input.skills {
            None => None,
            Some(list) => {
                let mut out: Vec<(String, String, Option<i64>)> = Vec::new();
                for (label, level) in list {
                    let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
                    if label.is_empty() {
                        continue;
                    }
                    if label.chars().count() > 60 || label.chars().any(char::is_control) {
                        c.push("skills", "error-skill-invalid");
                        continue;
                    }
                    let level = match level.trim() {
                        "" => None,
                        l => match l.parse::<i64>() {
                            Ok(n) if SKILL_LEVELS.contains(&n) => Some(n),
                            _ => {
                                c.push("skills", "error-choice-invalid");
                                None
                            }
                        },
                    };
                    let tag = skill_tag(&label);
                    if !out.iter().any(|(t, _, _)| *t == tag) {
                        out.push((tag, label, level));
                    }
                }
                if out.len() > LIST_MAX {
                    c.push("skills", "error-too-many");
                }
                Some(out)
            }
        };
        let languages = match &input.languages {
            None => None,
            Some(list) => {
                let mut out: Vec<(String, String)> = Vec::new();
                for (code, level) in list {
                    let code = code.trim().to_ascii_lowercase();
                    if code.is_empty() {
                        continue;
                    }
                    if !SPOKEN_LANGUAGES.contains(&code.as_str()) {
                        c.push("languages", "error-choice-invalid");
                        continue;
                    }
                    let level = level.trim();
                    let level = if level.is_empty() { "good" } else { level };
                    if !LANGUAGE_LEVELS.contains(&level) {
                        c.push("languages", "error-choice-invalid");
                        continue;
                    }
                    if !out.iter().any(|(l, _)| *l == code) {
                        out.push((code, level.to_owned()));
                    }
                }
                Some(out)
            }
        };
        let certificates = match &input.certificates {
            None => None,
            Some(list) => {
                let mut out = Vec::new();
                for cert in list {
                    let name = cert.name.trim();
                    if name.is_empty() {
                        continue;
                    }
                    let name = c.take(input::text("certificates", name, 120, true));
                    let issuer = c.take(input::text("certificates", &cert.issuer, 120, false));
                    let issued_on = c.take(date("certificates", &cert.issued_on));
                    let expires_on = c.take(date("certificates", &cert.expires_on));
                    if let (Some(i), Some(e)) = (&issued_on, &expires_on)
                        && e < i
                    {
                        c.push("certificates", "error-expiry-before-issue");
                    }
                    out.push(CertificateRow {
                        id: secrets::new_id(),
                        name,
                        issuer,
                        issued_on,
                        expires_on,
                    });
                }
                if out.len() > LIST_MAX {
                    c.push("certificates", "error-too-many");
                }
                Some(out)
            }
        };
        let field_values = match &input.fields {
            None => None,
            Some(values) => Some(
                self.check_field_values(viewer, &target, values, &mut c)
                    .await?,
            ),
        };
        c.finish()?;

        let bio_html = if bio == current.bio {
            current.bio_html.clone()
        } else {
            let (html, _, _) = self.render_post(viewer, &bio, None).await?;
            html
        };
        let mut tx = self.db().begin().await?;
        // Checked under the write lock, so two changes cannot make a loop together.
        let mut errors = Vec::new();
        if let Some(u) = &unit
            && !org::exists_tx(&mut tx, u).await?
        {
            errors.push(FieldError {
                field: "unit",
                key: "error-no-such-unit",
            });
        }
        if let Some(m) = &manager
            && Self::manages_indirectly(&mut tx, m, &target.id).await?
        {
            errors.push(FieldError {
                field: "manager",
                key: "error-manager-loop",
            });
        }
        if !errors.is_empty() {
            return Err(DomainError::Invalid(errors));
        }
        let update = ProfileUpdate {
            search_key: input::search_key(&name, &target.email),
            directory_text: directory_text(
                &name,
                title.as_deref(),
                &target.email,
                location.as_deref(),
            ),
            display_name: name.clone(),
            title,
            unit_id: unit,
            manager_id: manager,
            location_key: location.as_deref().map(location_key),
            location,
            phone_work,
            phone_mobile,
            bio,
            bio_html,
            start_date,
        };
        store::set_profile(&mut tx, &target.id, &update, self.now()).await?;
        if name != target.display_name {
            store::set_sort_keys(&mut tx, &target.id, &collation::sort_keys(&name)).await?;
        }
        if let Some(s) = skills {
            store::set_skills(&mut tx, &target.id, &s).await?;
        }
        if let Some(l) = languages {
            store::set_languages(&mut tx, &target.id, &l).await?;
        }
        if let Some(certs) = certificates {
            store::set_certificates(&mut tx, &target.id, &certs, self.now()).await?;
        }
        if let Some(values) = field_values {
            for (field, value) in values {
                store::set_value(&mut tx, &target.id, &field, &value).await?;
            }
        }
        if by_admin {
            self.audit(&mut tx, viewer, "user.profile", Some(&target.id), "")
                .await?;
        }
        self.event_about(
            &mut tx,
            "person.changed",
            None,
            &target.id,
            Some(&me.id),
            None,
            None,
        )
        .await?;
        tx.commit().await?;
        self.forget_directory_facets();
        self.profile(viewer, &target.id).await
    }

    /// Whether `person` is `manager` or sits anywhere above them in the line
    /// (then making `manager` report to `person` would close a loop).
    async fn manages_indirectly(tx: &mut Tx, start: &str, person: &str) -> Result<bool> {
        let mut at = Some(start.to_owned());
        let mut seen = Vec::new();
        while let Some(m) = at {
            if m == person {
                return Ok(true);
            }
            if seen.contains(&m) || seen.len() > 1000 {
                // An old loop elsewhere in the line; not of this change's making.
                return Ok(false);
            }
            at = store::manager_of_tx(tx, &m).await?;
            seen.push(m);
        }
        Ok(false)
    }

    /// A person the viewer may see, by id or e-mail address.
    pub(crate) async fn find_colleague(
        &self,
        viewer: &Viewer,
        key: &str,
    ) -> Result<Option<String>> {
        if key.len() > 254 {
            return Ok(None);
        }
        let id = if key.contains('@') {
            match users::get_by_email(self.db(), &key.to_lowercase()).await? {
                Some(u) => u.id,
                None => return Ok(None),
            }
        } else {
            key.to_owned()
        };
        match self.person(viewer, &id).await {
            Ok(p) if p.active => Ok(Some(p.id)),
            Ok(_) | Err(DomainError::NotFound) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Adds an account and files its name for the directory (sort keys, text).
    pub(crate) async fn insert_person(tx: &mut Tx, u: &users::NewUser) -> Result<()> {
        users::insert(tx, u).await?;
        store::set_sort_keys(tx, &u.id, &collation::sort_keys(&u.display_name)).await?;
        store::set_directory_text(
            tx,
            &u.id,
            &directory_text(&u.display_name, None, &u.email, None),
        )
        .await?;
        // Search finds new people once the indexer reads this.
        let payload = serde_json::json!({"kind": "person.changed", "id": u.id}).to_string();
        kaiku_store::outbox::append(tx, "person.changed", None, &u.id, None, &payload, u.now)
            .await?;
        Ok(())
    }

    /// Computes sort keys missing (accounts from before the directory, or after
    /// a collation change); returns how many people were filed.
    pub async fn file_people(&self) -> Result<usize> {
        let stored = kaiku_store::server_keys::get_or_create(
            self.db(),
            "collation",
            collation::VERSION,
            self.now(),
        )
        .await?;
        if stored != collation::VERSION {
            store::clear_sort_keys(self.db()).await?;
            kaiku_store::server_keys::set(self.db(), "collation", collation::VERSION, self.now())
                .await?;
        }
        let mut filed = 0;
        loop {
            let batch = store::without_sort_keys(self.db(), 500).await?;
            if batch.is_empty() {
                return Ok(filed);
            }
            let mut tx = self.db().begin().await?;
            for (id, name) in &batch {
                store::set_sort_keys(&mut tx, id, &collation::sort_keys(name)).await?;
            }
            tx.commit().await?;
            filed += batch.len();
        }
    }
}

/// What the directory's text search reads: name, title, e-mail, place.
pub(crate) fn directory_text(
    name: &str,
    title: Option<&str>,
    email: &str,
    location: Option<&str>,
) -> String {
    [Some(name), title, Some(email), location]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_are_digits_with_separators() {
        assert_eq!(
            phone("p", " +358 40 123 4567 "),
            Ok(Some("+358 40 123 4567".into()))
        );
        assert_eq!(phone("p", "(09) 123-456"), Ok(Some("(09) 123-456".into())));
        assert_eq!(phone("p", ""), Ok(None));
        for bad in [
            "call me",
            "040-ABC",
            "123",
            "+358 40 123 4567 8901 23",
            "++358 40",
        ] {
            assert!(phone("p", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn dates_are_real_calendar_dates() {
        assert_eq!(date("d", "2026-02-28"), Ok(Some("2026-02-28".into())));
        for bad in [
            "2026-02-30",
            "28.2.2026",
            "tomorrow",
            "1066-10-14",
            "2026-13-01",
        ] {
            assert!(date("d", bad).is_err(), "{bad}");
        }
    }
}

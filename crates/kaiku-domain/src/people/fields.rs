//! Fields administrators add to every profile (a cost centre, a shoe size for
//! safety boots, a LinkedIn page), each with who may see it and who fills it in.

use kaiku_store::people::{self as store, FieldRow};

use super::edit::{date, phone};
use crate::input::{self, Checks};
use crate::viewer::{Account, Role};
use crate::{DomainError, Result, Services, Viewer, policy, secrets};

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    /// One of the administrators' choices.
    Choice,
    Date,
    /// An `https://` (or `http://`) address.
    Link,
    Phone,
}

impl FieldKind {
    /// Every kind.
    pub const ALL: [FieldKind; 5] = [
        FieldKind::Text,
        FieldKind::Choice,
        FieldKind::Date,
        FieldKind::Link,
        FieldKind::Phone,
    ];

    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldKind::Text => "text",
            FieldKind::Choice => "choice",
            FieldKind::Date => "date",
            FieldKind::Link => "link",
            FieldKind::Phone => "phone",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Who sees a field's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldVisibility {
    /// Everyone who may see the person (partners included).
    Everyone,
    /// The organisation's members, not partners.
    Members,
    /// Administrators and the person only.
    Private,
}

impl FieldVisibility {
    /// Every visibility.
    pub const ALL: [FieldVisibility; 3] = [
        FieldVisibility::Everyone,
        FieldVisibility::Members,
        FieldVisibility::Private,
    ];

    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldVisibility::Everyone => "everyone",
            FieldVisibility::Members => "members",
            FieldVisibility::Private => "private",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// A field on every profile.
#[derive(Debug, Clone)]
pub struct ProfileField {
    pub id: String,
    pub label: String,
    pub kind: FieldKind,
    pub choices: Vec<String>,
    pub visibility: FieldVisibility,
    /// People fill it in themselves; else administrators (and HR) only.
    pub self_service: bool,
}

impl ProfileField {
    fn from_row(r: FieldRow) -> Option<Self> {
        Some(ProfileField {
            kind: FieldKind::parse(&r.kind)?,
            visibility: FieldVisibility::parse(&r.visibility)?,
            choices: r
                .choices
                .lines()
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_owned)
                .collect(),
            id: r.id,
            label: r.label,
            self_service: r.self_service,
        })
    }

    /// Whether `viewer` may read this field on `person`'s profile.
    pub fn visible_to(&self, viewer: &Viewer, person: &Account) -> bool {
        let me = viewer.account.as_ref();
        let own = me.is_some_and(|m| m.id == person.id);
        let admin = policy::allowed(viewer, policy::Action::Administer);
        match self.visibility {
            FieldVisibility::Everyone => true,
            FieldVisibility::Members => own || me.is_some_and(|m| m.role != Role::Guest),
            FieldVisibility::Private => own || admin,
        }
    }
}

/// A new field from the administrators' form.
#[derive(Debug, Clone, Default)]
pub struct FieldInput {
    pub label: String,
    pub kind: String,
    /// One choice per line.
    pub choices: String,
    pub visibility: String,
    pub self_service: bool,
}

impl Services {
    /// Every administrator-defined field.
    pub async fn profile_fields(&self, viewer: &Viewer) -> Result<Vec<ProfileField>> {
        policy::require(viewer, policy::Action::ListPeople)?;
        Ok(store::fields(self.db())
            .await?
            .into_iter()
            .filter_map(ProfileField::from_row)
            .collect())
    }

    /// Adds a field to every profile (administrators).
    pub async fn add_profile_field(
        &self,
        viewer: &Viewer,
        input: FieldInput,
    ) -> Result<ProfileField> {
        policy::require(viewer, policy::Action::Administer)?;
        let mut c = Checks::default();
        let label = c.take(input::text("label", &input.label, input::LABEL_MAX, true));
        let kind = FieldKind::parse(&input.kind);
        if kind.is_none() {
            c.push("kind", "error-choice-invalid");
        }
        let visibility = FieldVisibility::parse(&input.visibility);
        if visibility.is_none() {
            c.push("visibility", "error-choice-invalid");
        }
        let choices: Vec<String> = input
            .choices
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
        if kind == Some(FieldKind::Choice) && choices.is_empty() {
            c.push("choices", "error-choices-required");
        }
        if choices.len() > 100
            || choices
                .iter()
                .any(|ch| ch.chars().count() > input::LABEL_MAX)
        {
            c.push("choices", "error-too-long");
        }
        if store::fields(self.db()).await?.len() >= 100 {
            c.push("form", "error-too-many");
        }
        c.finish()?;
        let row = FieldRow {
            id: secrets::new_id(),
            label,
            kind: kind.map(FieldKind::as_str).unwrap_or("text").to_owned(),
            choices: choices.join("\n"),
            visibility: visibility
                .map(FieldVisibility::as_str)
                .unwrap_or("private")
                .to_owned(),
            self_service: input.self_service,
            position: 0,
        };
        let mut tx = self.db().begin().await?;
        store::add_field(&mut tx, &row, self.now()).await?;
        self.audit(
            &mut tx,
            viewer,
            "profile_field.add",
            Some(&row.id),
            &row.label,
        )
        .await?;
        tx.commit().await?;
        ProfileField::from_row(row).ok_or_else(|| DomainError::Internal("field kind".into()))
    }

    /// Removes a field and every value of it (administrators).
    pub async fn remove_profile_field(&self, viewer: &Viewer, id: &str) -> Result<()> {
        policy::require(viewer, policy::Action::Administer)?;
        let mut tx = self.db().begin().await?;
        if store::remove_field(&mut tx, id).await? == 0 {
            return Err(DomainError::NotFound);
        }
        self.audit(&mut tx, viewer, "profile_field.remove", Some(id), "")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Which built-in profile fields only administrators (and HR) change.
    pub async fn locked_profile_fields(&self, viewer: &Viewer) -> Result<Vec<String>> {
        policy::require(viewer, policy::Action::Administer)?;
        self.locked_fields().await
    }

    /// Keeps these built-in fields for administrators and HR (the rest are
    /// self-service); unknown names are refused.
    pub async fn set_locked_profile_fields(
        &self,
        viewer: &Viewer,
        fields: &[String],
    ) -> Result<()> {
        policy::require(viewer, policy::Action::Administer)?;
        if fields
            .iter()
            .any(|f| !super::LOCKABLE_FIELDS.contains(&f.as_str()))
        {
            return Err(DomainError::invalid("locked", "error-choice-invalid"));
        }
        let mut names: Vec<&str> = super::LOCKABLE_FIELDS
            .iter()
            .copied()
            .filter(|l| fields.iter().any(|f| f == l))
            .collect();
        names.dedup();
        let value = names.join(" ");
        let mut tx = self.db().begin().await?;
        kaiku_store::settings::set_locked_profile_fields(&mut tx, &value, self.now()).await?;
        self.audit(&mut tx, viewer, "settings.profile_locks", None, &value)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The fields of `person` that the viewer may read, with their values.
    pub(crate) async fn visible_fields(
        &self,
        viewer: &Viewer,
        person: &Account,
    ) -> Result<Vec<(ProfileField, String)>> {
        let values = store::values_of(self.db(), &person.id).await?;
        Ok(self
            .profile_fields(viewer)
            .await?
            .into_iter()
            .filter(|f| f.visible_to(viewer, person))
            .map(|f| {
                let v = values
                    .iter()
                    .find(|(id, _)| *id == f.id)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default();
                (f, v)
            })
            .collect())
    }

    /// Checks values for the administrators' fields; returns `(field, value)` to store.
    pub(crate) async fn check_field_values(
        &self,
        viewer: &Viewer,
        person: &Account,
        values: &[(String, String)],
        c: &mut Checks,
    ) -> Result<Vec<(String, String)>> {
        let admin = policy::allowed(viewer, policy::Action::Administer);
        let own = viewer.account.as_ref().is_some_and(|m| m.id == person.id);
        let fields = self.profile_fields(viewer).await?;
        let current = store::values_of(self.db(), &person.id).await?;
        let mut out = Vec::new();
        for (id, raw) in values {
            let Some(f) = fields.iter().find(|f| f.id == *id) else {
                c.push("fields", "error-no-such-field");
                continue;
            };
            let value = raw.trim().to_owned();
            let before = current
                .iter()
                .find(|(fid, _)| fid == id)
                .map(|(_, v)| v.as_str())
                .unwrap_or("");
            if value == before {
                continue;
            }
            if !(admin || own && f.self_service) {
                c.push("fields", "error-field-locked");
                continue;
            }
            let ok = match f.kind {
                _ if value.is_empty() => true,
                FieldKind::Text => {
                    value.chars().count() <= 200 && !value.chars().any(char::is_control)
                }
                FieldKind::Choice => f.choices.contains(&value),
                FieldKind::Date => date("fields", &value).is_ok(),
                FieldKind::Phone => phone("fields", &value).is_ok(),
                FieldKind::Link => {
                    (value.starts_with("https://") || value.starts_with("http://"))
                        && value.len() <= 500
                        && !value
                            .chars()
                            .any(|ch| ch.is_whitespace() || ch.is_control())
                }
            };
            if !ok {
                c.push("fields", "error-field-value-invalid");
                continue;
            }
            let value = match f.kind {
                FieldKind::Date if !value.is_empty() => {
                    date("fields", &value).ok().flatten().unwrap_or(value)
                }
                _ => value,
            };
            out.push((f.id.clone(), value));
        }
        Ok(out)
    }
}

//! People: profiles (details, photo, skills, languages, certificates and the
//! administrators' own fields), the directory and phone book, the expert
//! finder, the organisation's units and the management line.
//!
//! Who may see whom is decided once, in [`Services::person`] and the directory's
//! guest scope: partners see only the people they share a space with.

pub(crate) mod collation;
mod edit;
mod experts;
mod fields;
mod org;
mod photo;
mod vcard;

use std::collections::HashMap;

use kaiku_i18n::Lang;
use kaiku_store::people::{self as store, DirectoryFilter, PersonLine};

use crate::viewer::{Account, Role};
use crate::{DomainError, Result, Services, Viewer, policy};

pub use edit::{CertificateInput, ProfileInput};
pub use experts::Expert;
pub use fields::{FieldInput, FieldKind, FieldVisibility, ProfileField};
pub use org::{OrgUnit, UnitInput, UnitKind, UnitPage};
pub use photo::PHOTO_MAX_BYTES;
pub use vcard::tel_uri;

/// The directory's filter lists: locations `(key, as written)` and spoken
/// languages with how many speak each.
pub type Facets = (Vec<(String, String)>, Vec<(String, i64)>);

/// How long other nodes' profile edits may take to show in the filter lists.
const FACETS_TTL: std::time::Duration = std::time::Duration::from_secs(30);

/// The languages people can say they speak (ISO 639-1), in no particular order.
pub const SPOKEN_LANGUAGES: [&str; 24] = [
    "fi", "sv", "et", "nl", "en", "de", "fr", "es", "it", "pt", "ru", "uk", "pl", "lt", "lv", "no",
    "da", "is", "se", "zh", "ja", "ar", "hi", "tr",
];

/// How well someone speaks a language, best first.
pub const LANGUAGE_LEVELS: [&str; 4] = ["native", "fluent", "good", "basic"];

/// How well someone knows a skill (`None`: not said).
pub const SKILL_LEVELS: [i64; 3] = [1, 2, 3];

/// Profile fields administrators may keep for themselves and the HR integration.
pub const LOCKABLE_FIELDS: [&str; 5] = ["unit", "title", "manager", "phones", "start_date"];

/// A skill as a person wrote it.
#[derive(Debug, Clone)]
pub struct Skill {
    /// Normalised, for matching and links.
    pub tag: String,
    pub label: String,
    /// 1 basic, 2 good, 3 expert.
    pub level: Option<i64>,
}

/// A language a person speaks.
#[derive(Debug, Clone)]
pub struct SpokenLanguage {
    pub code: String,
    pub level: String,
}

/// A certificate or licence.
#[derive(Debug, Clone)]
pub struct Certificate {
    pub name: String,
    pub issuer: String,
    pub issued_on: Option<String>,
    pub expires_on: Option<String>,
}

/// Someone mentioned on a profile (a manager, a report, a lead).
#[derive(Debug, Clone)]
pub struct PersonRef {
    pub id: String,
    pub display_name: String,
    pub title: Option<String>,
    pub photo_version: Option<i64>,
}

/// A person as the directory lists them.
#[derive(Debug, Clone)]
pub struct PersonSummary {
    pub id: String,
    pub display_name: String,
    pub email: String,
    pub title: Option<String>,
    pub role: Role,
    pub guest: bool,
    pub active: bool,
    pub created_at: i64,
    pub unit_id: Option<String>,
    pub unit_name: Option<String>,
    pub location: Option<String>,
    pub phone_work: Option<String>,
    pub phone_mobile: Option<String>,
    pub photo_version: Option<i64>,
    pub skills: Vec<Skill>,
}

impl PersonSummary {
    fn from_line(l: PersonLine, skills: Vec<Skill>) -> Self {
        PersonSummary {
            guest: l.role == "guest",
            role: Role::parse(&l.role).unwrap_or(Role::Guest),
            created_at: l.created_at,
            id: l.id,
            display_name: l.display_name,
            email: l.email,
            title: l.title,
            active: l.active,
            unit_id: l.unit_id,
            unit_name: l.unit_name,
            location: l.location,
            phone_work: l.phone_work,
            phone_mobile: l.phone_mobile,
            photo_version: l.photo_updated_at,
            skills,
        }
    }
}

/// A person's whole profile, as the viewer may see it.
#[derive(Debug, Clone)]
pub struct Profile {
    pub account: Account,
    pub unit_id: Option<String>,
    pub unit_name: Option<String>,
    pub manager: Option<PersonRef>,
    pub location: Option<String>,
    pub phone_work: Option<String>,
    pub phone_mobile: Option<String>,
    pub bio: String,
    pub bio_html: String,
    /// `YYYY-MM-DD`.
    pub start_date: Option<String>,
    pub photo_version: Option<i64>,
    pub skills: Vec<Skill>,
    pub languages: Vec<SpokenLanguage>,
    pub certificates: Vec<Certificate>,
    /// The administrators' fields the viewer may see, with this person's values.
    pub fields: Vec<(ProfileField, String)>,
    /// The management line above, nearest first.
    pub chain: Vec<PersonRef>,
    /// The people reporting to them.
    pub reports: Vec<PersonRef>,
    /// The viewer may edit it (their own, or an administrator).
    pub editable: bool,
    /// Fields the viewer may not change here (locked for HR), by name.
    pub locked: Vec<String>,
}

/// A space a person belongs to, on their profile.
#[derive(Debug, Clone)]
pub struct MemberOf {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub color: String,
    pub role: crate::space_policy::SpaceRole,
}

/// What the directory should list.
#[derive(Debug, Clone, Default)]
pub struct DirectoryQuery {
    /// Words matched in name, title, e-mail and location.
    pub text: String,
    pub unit: Option<String>,
    pub location: Option<String>,
    pub skill: Option<String>,
    pub language: Option<String>,
    /// Deactivated people too (`None`), or only them (`Some(false)`); the
    /// directory shows the active (`Some(true)`).
    pub active: Option<bool>,
    pub role: Option<crate::Role>,
    pub cursor: Option<String>,
    pub limit: usize,
}

/// A page of the directory.
#[derive(Debug, Clone)]
pub struct DirectoryPage {
    pub items: Vec<PersonSummary>,
    pub next_cursor: Option<String>,
}

/// A skill as matched and stored: lower case, single spaces, at most 60 characters.
pub fn skill_tag(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .chars()
        .take(60)
        .collect()
}

/// A place as matched: lower case, single spaces.
pub(crate) fn location_key(location: &str) -> String {
    location
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn encode_cursor(key: &[u8], id: &str) -> String {
    format!("{}_{id}", hex::encode(key))
}

fn decode_cursor(c: &str) -> Option<(Vec<u8>, String)> {
    let (key, id) = c.split_once('_')?;
    if id.len() > 64 || key.len() > 2048 {
        return None;
    }
    Some((hex::decode(key).ok()?, id.to_owned()))
}

pub(crate) fn skills_by_person(rows: Vec<store::SkillRow>) -> HashMap<String, Vec<Skill>> {
    let mut out: HashMap<String, Vec<Skill>> = HashMap::new();
    for r in rows {
        out.entry(r.user_id).or_default().push(Skill {
            tag: r.skill,
            label: r.label,
            level: r.level,
        });
    }
    out
}

/// A name's sort keys for every language (for bulk loading).
pub(crate) fn name_sort_keys(name: &str) -> Vec<(&'static str, Vec<u8>)> {
    collation::sort_keys(name)
}

pub(crate) use edit::directory_text as edit_directory_text;

impl Services {
    /// The directory (phone book): everyone the viewer may see, in the viewer's
    /// language's alphabetical order, filtered by text, unit (with its sub-units),
    /// location, skill and spoken language.
    pub async fn directory(
        &self,
        viewer: &Viewer,
        lang: Lang,
        query: DirectoryQuery,
    ) -> Result<DirectoryPage> {
        policy::require(viewer, policy::Action::ListPeople)?;
        let after = match query.cursor.as_deref().filter(|c| !c.is_empty()) {
            Some(c) => Some(
                decode_cursor(c)
                    .ok_or_else(|| DomainError::invalid("cursor", "error-cursor-invalid"))?,
            ),
            None => None,
        };
        let words: Vec<String> = query
            .text
            .split_whitespace()
            .take(3)
            .map(|w| w.to_lowercase().chars().take(100).collect())
            .collect();
        let limit = query.limit.clamp(1, 100);
        let clean = |v: Option<String>| {
            v.map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty() && s.len() <= 200)
        };
        let mut rows = store::directory(
            self.db(),
            &DirectoryFilter {
                lang: lang.code().to_owned(),
                words,
                unit_id: clean(query.unit),
                location_key: clean(query.location).map(|l| location_key(&l)),
                skill: clean(query.skill).map(|s| skill_tag(&s)),
                language: clean(query.language),
                manager_id: None,
                active: query.active,
                role: query.role.map(|r| r.as_str().to_owned()),
                guest_scope: policy::people_scope(viewer),
                after,
                limit: i64::try_from(limit + 1).unwrap_or(101),
            },
        )
        .await?;
        let next_cursor = if rows.len() > limit {
            rows.truncate(limit);
            rows.last()
                .map(|r| encode_cursor(r.sort_key.as_deref().unwrap_or_default(), &r.id))
        } else {
            None
        };
        let items = self.summaries(rows).await?;
        Ok(DirectoryPage { items, next_cursor })
    }

    /// List lines with their skills (one query for all the skills).
    pub(crate) async fn summaries(&self, rows: Vec<PersonLine>) -> Result<Vec<PersonSummary>> {
        let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
        let mut skills = skills_by_person(store::skills_among(self.db(), &ids).await?);
        Ok(rows
            .into_iter()
            .map(|r| {
                let s = skills.remove(&r.id).unwrap_or_default();
                PersonSummary::from_line(r, s)
            })
            .collect())
    }

    /// The places and languages the directory can filter by.
    ///
    /// Counting them walks every person, so the lists are kept for
    /// [`FACETS_TTL`]; edits made through this node forget them at once.
    pub async fn directory_facets(&self, viewer: &Viewer) -> Result<Facets> {
        policy::require(viewer, policy::Action::ListPeople)?;
        // Partners see only people they share a space with: no organisation-wide
        // lists of places or languages.
        if policy::people_scope(viewer).is_some() {
            return Ok((Vec::new(), Vec::new()));
        }
        if let Ok(cached) = self.inner.facets.lock()
            && let Some((at, facets)) = cached.as_ref()
            && at.elapsed() < FACETS_TTL
        {
            return Ok(facets.clone());
        }
        let facets = (
            store::locations(self.db()).await?,
            store::spoken_languages(self.db()).await?,
        );
        if let Ok(mut cached) = self.inner.facets.lock() {
            *cached = Some((std::time::Instant::now(), facets.clone()));
        }
        Ok(facets)
    }

    /// Drops the remembered directory filter lists and skill tags (a profile
    /// changed).
    pub(crate) fn forget_directory_facets(&self) {
        if let Ok(mut cached) = self.inner.facets.lock() {
            *cached = None;
        }
        if let Ok(mut cached) = self.inner.skill_tags.lock() {
            *cached = None;
        }
    }

    /// Every skill tag anyone holds. Finding the tags that contain a word
    /// walked every person's every skill (35,000 rows for 53 tags in a
    /// 10,000-person organisation) on each question, so the list is kept for
    /// [`FACETS_TTL`], like the directory's filter lists.
    pub(crate) async fn skill_vocabulary(&self) -> Result<std::sync::Arc<Vec<String>>> {
        if let Ok(cached) = self.inner.skill_tags.lock()
            && let Some((at, tags)) = cached.as_ref()
            && at.elapsed() < FACETS_TTL
        {
            return Ok(tags.clone());
        }
        let tags = std::sync::Arc::new(store::skill_tags(self.db()).await?);
        if let Ok(mut cached) = self.inner.skill_tags.lock() {
            *cached = Some((std::time::Instant::now(), tags.clone()));
        }
        Ok(tags)
    }

    fn person_ref(r: &PersonLine) -> PersonRef {
        PersonRef {
            id: r.id.clone(),
            display_name: r.display_name.clone(),
            title: r.title.clone(),
            photo_version: r.photo_updated_at,
        }
    }

    /// A person's profile, as the viewer may see it (`NotFound` if they may not).
    pub async fn profile(&self, viewer: &Viewer, id: &str) -> Result<Profile> {
        let account = self.person(viewer, id).await?;
        let me = viewer.require()?;
        let row = store::profile(self.db(), &account.id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let skills = skills_by_person(
            store::skills_among(self.db(), std::slice::from_ref(&account.id)).await?,
        )
        .remove(&account.id)
        .unwrap_or_default();
        let languages = store::languages_of(self.db(), &account.id)
            .await?
            .into_iter()
            .map(|(code, level)| SpokenLanguage { code, level })
            .collect();
        let certificates = store::certificates_of(self.db(), &account.id)
            .await?
            .into_iter()
            .map(|c| Certificate {
                name: c.name,
                issuer: c.issuer,
                issued_on: c.issued_on,
                expires_on: c.expires_on,
            })
            .collect();
        let own = me.id == account.id;
        let admin = policy::allowed(viewer, policy::Action::Administer);
        let fields = self.visible_fields(viewer, &account).await?;
        let lang = me.locale.unwrap_or(Lang::En).code();
        // The management line, up to the top (loops are refused on write, and
        // the walk stops anyway after a dozen steps).
        let mut chain_ids = Vec::new();
        let mut next = row.manager_id.clone();
        while let Some(m) = next {
            if chain_ids.contains(&m) || chain_ids.len() >= 12 || m == account.id {
                break;
            }
            next = store::manager_of(self.db(), &m).await?;
            chain_ids.push(m);
        }
        let mut lines: HashMap<String, PersonLine> =
            store::lines_among(self.db(), lang, &chain_ids)
                .await?
                .into_iter()
                .map(|l| (l.id.clone(), l))
                .collect();
        let mut chain = Vec::new();
        for id in &chain_ids {
            if let Some(l) = lines.remove(id)
                && self.may_see_line(viewer, &l).await?
            {
                chain.push(Self::person_ref(&l));
            }
        }
        let manager = chain.first().cloned();
        let reports = store::directory(
            self.db(),
            &DirectoryFilter {
                lang: lang.to_owned(),
                manager_id: Some(account.id.clone()),
                active: Some(true),
                guest_scope: policy::people_scope(viewer),
                limit: 500,
                ..DirectoryFilter::default()
            },
        )
        .await?
        .iter()
        .map(Self::person_ref)
        .collect();
        let locked = if admin {
            Vec::new()
        } else {
            self.locked_fields().await?
        };
        Ok(Profile {
            editable: own || admin,
            locked,
            unit_id: row.unit_id,
            unit_name: row.unit_name,
            manager,
            location: row.location,
            phone_work: row.phone_work,
            phone_mobile: row.phone_mobile,
            bio: row.bio,
            bio_html: row.bio_html,
            start_date: row.start_date,
            photo_version: row.photo_updated_at,
            skills,
            languages,
            certificates,
            fields,
            chain,
            reports,
            account,
        })
    }

    /// The spaces a person belongs to that the viewer may see listed.
    pub async fn spaces_of_person(&self, viewer: &Viewer, id: &str) -> Result<Vec<MemberOf>> {
        let person = self.person(viewer, id).await?;
        let me = viewer.require()?;
        let rows = kaiku_store::spaces::of_person(
            self.db(),
            &person.id,
            &me.id,
            me.role != Role::Guest,
            policy::allowed(viewer, policy::Action::Administer),
        )
        .await?;
        // The policy has the last word on every space listed.
        let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
        let places = self.places_among(me, ids).await?;
        Ok(rows
            .into_iter()
            .filter(|r| {
                places
                    .get(&Some(r.id.clone()))
                    .and_then(|p| p.space.as_ref())
                    .is_some_and(|facts| {
                        crate::space_policy::space_allows(
                            viewer,
                            facts,
                            crate::space_policy::SpaceAction::SeeInDirectory,
                        )
                    })
            })
            .map(|r| MemberOf {
                id: r.id,
                slug: r.slug,
                name: r.name,
                color: r.color,
                role: crate::space_policy::SpaceRole::parse(&r.role)
                    .unwrap_or(crate::space_policy::SpaceRole::Member),
            })
            .collect())
    }

    /// Whether a person in a list is the viewer's to see (guests: shared spaces).
    async fn may_see_line(&self, viewer: &Viewer, l: &PersonLine) -> Result<bool> {
        match self.person(viewer, &l.id).await {
            Ok(_) => Ok(true),
            Err(DomainError::NotFound) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Which profile fields only administrators (and HR) change.
    pub(crate) async fn locked_fields(&self) -> Result<Vec<String>> {
        Ok(kaiku_store::settings::get(self.db())
            .await?
            .map(|s| {
                s.locked_profile_fields
                    .split_whitespace()
                    .filter(|f| LOCKABLE_FIELDS.contains(f))
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default())
    }

    /// Whether the viewer is a partner (guest), whose view of people is narrow.
    pub(crate) fn is_guest(viewer: &Viewer) -> bool {
        viewer
            .account
            .as_ref()
            .is_some_and(|a| a.role == Role::Guest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skills_match_however_they_are_written() {
        assert_eq!(skill_tag("  SAP   HANA "), "sap hana");
        assert_eq!(skill_tag(&"x".repeat(100)).len(), 60);
        assert_eq!(location_key(" Tampere  "), "tampere");
    }

    #[test]
    fn directory_cursors_round_trip_and_refuse_junk() {
        let c = encode_cursor(&[1, 2, 255], "abc");
        assert_eq!(decode_cursor(&c), Some((vec![1, 2, 255], "abc".to_owned())));
        assert_eq!(decode_cursor("zz_abc"), None);
        assert_eq!(decode_cursor("nonsense"), None);
    }
}

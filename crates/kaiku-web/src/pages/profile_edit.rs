//! Editing a profile (one's own, or anyone's as an administrator) and its photo;
//! the administrators' pages for profile fields and the organisation's units.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use kaiku_domain::DomainError;
use kaiku_domain::people::{
    CertificateInput, FieldInput, FieldKind, FieldVisibility, LANGUAGE_LEVELS, LOCKABLE_FIELDS,
    OrgUnit, Profile, ProfileField, ProfileInput, SKILL_LEVELS, SPOKEN_LANGUAGES, UnitInput,
    UnitKind,
};
use serde::Deserialize;

use crate::ctx::{Admin, Ctx, Member};
use crate::error::PageError;
use crate::extract::{Form, Path};
use crate::look::Look;
use crate::views::{Errors, Page, form_errors, render, render_invalid};

/// Empty rows offered for new skills, languages and certificates.
const SPARE_ROWS: usize = 3;

/// The profile form's values (as typed, so a refused form shows them again).
#[derive(Default, Clone)]
pub(crate) struct ProfileForm {
    display_name: String,
    title: String,
    unit: String,
    manager: String,
    location: String,
    phone_work: String,
    phone_mobile: String,
    bio: String,
    start_date: String,
    skills: Vec<(String, String)>,
    languages: Vec<(String, String)>,
    certificates: Vec<CertificateInput>,
    fields: Vec<(String, String)>,
}

impl ProfileForm {
    fn of(p: &Profile, manager_email: String) -> Self {
        ProfileForm {
            display_name: p.account.display_name.clone(),
            title: p.account.title.clone().unwrap_or_default(),
            unit: p.unit_id.clone().unwrap_or_default(),
            manager: manager_email,
            location: p.location.clone().unwrap_or_default(),
            phone_work: p.phone_work.clone().unwrap_or_default(),
            phone_mobile: p.phone_mobile.clone().unwrap_or_default(),
            bio: p.bio.clone(),
            start_date: p.start_date.clone().unwrap_or_default(),
            skills: p
                .skills
                .iter()
                .map(|s| {
                    (
                        s.label.clone(),
                        s.level.map(|l| l.to_string()).unwrap_or_default(),
                    )
                })
                .collect(),
            languages: p
                .languages
                .iter()
                .map(|l| (l.code.clone(), l.level.clone()))
                .collect(),
            certificates: p
                .certificates
                .iter()
                .map(|c| CertificateInput {
                    name: c.name.clone(),
                    issuer: c.issuer.clone(),
                    issued_on: c.issued_on.clone().unwrap_or_default(),
                    expires_on: c.expires_on.clone().unwrap_or_default(),
                })
                .collect(),
            fields: p
                .fields
                .iter()
                .map(|(f, v)| (f.id.clone(), v.clone()))
                .collect(),
        }
    }

    /// Reads the posted form: plain fields by name, rows by `name.N`.
    fn parse(pairs: Vec<(String, String)>) -> Self {
        let mut f = ProfileForm::default();
        let mut skills: Vec<(usize, (String, String))> = Vec::new();
        let mut langs: Vec<(usize, (String, String))> = Vec::new();
        let mut certs: Vec<(usize, CertificateInput)> = Vec::new();
        fn row<T: Default>(rows: &mut Vec<(usize, T)>, i: usize) -> &mut T {
            let pos = match rows.iter().position(|(n, _)| *n == i) {
                Some(p) => p,
                None => {
                    rows.push((i, T::default()));
                    rows.len() - 1
                }
            };
            &mut rows[pos].1
        }
        for (name, value) in pairs.into_iter().take(2000) {
            let (key, index) = match name.split_once('.') {
                Some((k, i)) => (k.to_owned(), i.parse::<usize>().ok()),
                None => (name.clone(), None),
            };
            match (key.as_str(), index) {
                ("display_name", None) => f.display_name = value,
                ("title", None) => f.title = value,
                ("unit", None) => f.unit = value,
                ("manager", None) => f.manager = value,
                ("location", None) => f.location = value,
                ("phone_work", None) => f.phone_work = value,
                ("phone_mobile", None) => f.phone_mobile = value,
                ("bio", None) => f.bio = value,
                ("start_date", None) => f.start_date = value,
                ("field", _) => {
                    if let Some((_, id)) = name.split_once('.') {
                        f.fields.push((id.to_owned(), value));
                    }
                }
                ("skill", Some(i)) => row(&mut skills, i).0 = value,
                ("skill_level", Some(i)) => row(&mut skills, i).1 = value,
                ("lang", Some(i)) => row(&mut langs, i).0 = value,
                ("lang_level", Some(i)) => row(&mut langs, i).1 = value,
                ("cert_name", Some(i)) => row(&mut certs, i).name = value,
                ("cert_issuer", Some(i)) => row(&mut certs, i).issuer = value,
                ("cert_issued", Some(i)) => row(&mut certs, i).issued_on = value,
                ("cert_expires", Some(i)) => row(&mut certs, i).expires_on = value,
                _ => {}
            }
        }
        skills.sort_by_key(|(i, _)| *i);
        langs.sort_by_key(|(i, _)| *i);
        certs.sort_by_key(|(i, _)| *i);
        f.skills = skills.into_iter().map(|(_, v)| v).collect();
        f.languages = langs.into_iter().map(|(_, v)| v).collect();
        f.certificates = certs.into_iter().map(|(_, c)| c).collect();
        f
    }

    fn input(&self, locked: &[String]) -> ProfileInput {
        let keep = |name: &str, v: &str| (!locked.iter().any(|l| l == name)).then(|| v.to_owned());
        ProfileInput {
            display_name: Some(self.display_name.clone()),
            title: keep("title", &self.title),
            unit: keep("unit", &self.unit),
            manager: keep("manager", &self.manager),
            location: Some(self.location.clone()),
            phone_work: keep("phones", &self.phone_work),
            phone_mobile: keep("phones", &self.phone_mobile),
            bio: Some(self.bio.clone()),
            start_date: keep("start_date", &self.start_date),
            skills: Some(self.skills.clone()),
            languages: Some(self.languages.clone()),
            certificates: Some(self.certificates.clone()),
            fields: Some(self.fields.clone()),
        }
    }
}

/// A language to choose, with its name in the viewer's language.
pub(crate) struct Choice {
    pub value: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "pages/profile_edit.html")]
struct EditTemplate {
    p: Page,
    errs: Errors,
    look: Look,
    profile: Profile,
    f: ProfileForm,
    units: Vec<OrgUnit>,
    languages: Vec<Choice>,
    language_levels: Vec<Choice>,
    skill_levels: Vec<Choice>,
    spare: Vec<usize>,
    own: bool,
}

impl EditTemplate {
    fn locked(&self, name: &str) -> bool {
        self.profile.locked.iter().any(|l| l == name)
    }

    fn field_value(&self, id: &str) -> String {
        self.f
            .fields
            .iter()
            .find(|(f, _)| f == id)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    fn field_editable(&self, field: &ProfileField) -> bool {
        self.p.is_admin() || (self.own && field.self_service)
    }

    fn is_choice(&self, field: &ProfileField) -> bool {
        field.kind == FieldKind::Choice
    }

    fn input_type(&self, field: &ProfileField) -> &'static str {
        match field.kind {
            FieldKind::Date => "date",
            FieldKind::Link => "url",
            FieldKind::Phone => "tel",
            FieldKind::Text | FieldKind::Choice => "text",
        }
    }
}

async fn edit_page(
    ctx: &Ctx,
    id: &str,
    errs: Errors,
    form: Option<ProfileForm>,
) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    let profile = services.profile(&ctx.viewer, id).await?;
    if !profile.editable {
        return Err(PageError::Status(StatusCode::FORBIDDEN));
    }
    let manager_email = match &profile.manager {
        Some(m) => services
            .person(&ctx.viewer, &m.id)
            .await
            .map(|a| a.email)
            .unwrap_or_default(),
        None => String::new(),
    };
    let f = form.unwrap_or_else(|| ProfileForm::of(&profile, manager_email));
    let tr = ctx.tr;
    let mut languages: Vec<Choice> = SPOKEN_LANGUAGES
        .iter()
        .map(|c| Choice {
            value: (*c).to_owned(),
            label: tr.t(&format!("language-{c}")),
        })
        .collect();
    languages.sort_by(|a, b| a.label.cmp(&b.label));
    let invalid = errs.any();
    let t = EditTemplate {
        p: ctx.page(tr.t("profile-edit-title"), "people"),
        look: Look,
        own: ctx.me().is_some_and(|m| m.id == profile.account.id),
        units: services.org_tree(&ctx.viewer).await?,
        languages,
        language_levels: LANGUAGE_LEVELS
            .iter()
            .map(|l| Choice {
                value: (*l).to_owned(),
                label: tr.t(&format!("language-level-{l}")),
            })
            .collect(),
        skill_levels: SKILL_LEVELS
            .iter()
            .map(|l| Choice {
                value: l.to_string(),
                label: tr.t(&format!("skill-level-{l}")),
            })
            .collect(),
        spare: (0..SPARE_ROWS).collect(),
        errs,
        profile,
        f,
    };
    Ok(if invalid {
        render_invalid(&t)
    } else {
        render(&t)
    })
}

/// `GET /u/{id}/edit`
pub(crate) async fn edit_form(
    Member(ctx): Member,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    edit_page(&ctx, &id, Errors::default(), None).await
}

/// `POST /u/{id}/edit`
pub(crate) async fn edit(
    Member(ctx): Member,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let f = ProfileForm::parse(pairs);
    let services = &ctx.state.services;
    let locked = services.profile(&ctx.viewer, &id).await?.locked;
    match services
        .update_profile(&ctx.viewer, &id, f.input(&locked))
        .await
    {
        Ok(p) => Ok(
            Redirect::to(&format!("/u/{}?notice=notice-profile-saved", p.account.id))
                .into_response(),
        ),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            edit_page(&ctx, &id, errs, Some(f)).await
        }
    }
}

/// `POST /u/{id}/photo` (multipart, field `photo`)
pub(crate) async fn upload_photo(
    Member(ctx): Member,
    Path(id): Path<String>,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, PageError> {
    let mut multipart = multipart.map_err(|_| PageError::Status(StatusCode::BAD_REQUEST))?;
    let mut data = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("photo") => {
                data = Some(field.bytes().await.map_err(|e| e.status()));
                break;
            }
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(e) => return Err(PageError::Status(e.status())),
        }
    }
    let result = match data {
        Some(Ok(bytes)) => ctx.state.services.set_photo(&ctx.viewer, &id, &bytes).await,
        Some(Err(StatusCode::PAYLOAD_TOO_LARGE)) => {
            Err(DomainError::invalid("photo", "error-photo-too-large"))
        }
        Some(Err(status)) => return Err(PageError::Status(status)),
        None => Err(DomainError::invalid("photo", "error-photo-invalid")),
    };
    match result {
        Ok(()) => {
            Ok(Redirect::to(&format!("/u/{id}/edit?notice=notice-photo-saved")).into_response())
        }
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            edit_page(&ctx, &id, errs, None).await
        }
    }
}

/// `POST /u/{id}/photo/remove`
pub(crate) async fn remove_photo(
    Member(ctx): Member,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    ctx.state.services.remove_photo(&ctx.viewer, &id).await?;
    Ok(Redirect::to(&format!("/u/{id}/edit?notice=notice-photo-removed")).into_response())
}

// ---- administrators: profile fields and locks ----------------------------

#[derive(Template)]
#[template(path = "pages/admin_profile.html")]
struct FieldsTemplate {
    p: Page,
    errs: Errors,
    section: &'static str,
    fields: Vec<ProfileField>,
    kinds: Vec<(&'static str, String)>,
    visibilities: Vec<(&'static str, String)>,
    lockable: Vec<(&'static str, String, bool)>,
    new: NewFieldForm,
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub(crate) struct NewFieldForm {
    label: String,
    kind: String,
    choices: String,
    visibility: String,
    self_service: Option<String>,
}

async fn fields_page(ctx: &Ctx, errs: Errors, new: NewFieldForm) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    let tr = ctx.tr;
    let locked = services.locked_profile_fields(&ctx.viewer).await?;
    let invalid = errs.any();
    let t = FieldsTemplate {
        p: ctx.page(tr.t("admin-profile-title"), "admin"),
        errs,
        section: "profile",
        fields: services.profile_fields(&ctx.viewer).await?,
        kinds: FieldKind::ALL
            .iter()
            .map(|k| (k.as_str(), tr.t(&format!("field-kind-{}", k.as_str()))))
            .collect(),
        visibilities: FieldVisibility::ALL
            .iter()
            .map(|v| {
                (
                    v.as_str(),
                    tr.t(&format!("field-visibility-{}", v.as_str())),
                )
            })
            .collect(),
        lockable: LOCKABLE_FIELDS
            .iter()
            .map(|f| {
                (
                    *f,
                    tr.t(&format!("lockable-{}", f.replace('_', "-"))),
                    locked.iter().any(|l| l == f),
                )
            })
            .collect(),
        new,
    };
    Ok(if invalid {
        render_invalid(&t)
    } else {
        render(&t)
    })
}

/// `GET /admin/profile`
pub(crate) async fn fields(Admin(ctx): Admin) -> Result<Response, PageError> {
    fields_page(
        &ctx,
        Errors::default(),
        NewFieldForm {
            visibility: "everyone".into(),
            ..Default::default()
        },
    )
    .await
}

/// `POST /admin/profile/fields`
pub(crate) async fn add_field(
    Admin(ctx): Admin,
    Form(f): Form<NewFieldForm>,
) -> Result<Response, PageError> {
    let input = FieldInput {
        label: f.label.clone(),
        kind: f.kind.clone(),
        choices: f.choices.clone(),
        visibility: f.visibility.clone(),
        self_service: f.self_service.is_some(),
    };
    match ctx
        .state
        .services
        .add_profile_field(&ctx.viewer, input)
        .await
    {
        Ok(_) => Ok(Redirect::to("/admin/profile?notice=notice-settings-saved").into_response()),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            fields_page(&ctx, errs, f).await
        }
    }
}

/// `POST /admin/profile/fields/{id}/remove`
pub(crate) async fn remove_field(
    Admin(ctx): Admin,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    ctx.state
        .services
        .remove_profile_field(&ctx.viewer, &id)
        .await?;
    Ok(Redirect::to("/admin/profile?notice=notice-settings-saved").into_response())
}

/// `POST /admin/profile/locks`: the checked fields are kept for administrators.
pub(crate) async fn save_locks(
    Admin(ctx): Admin,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let locked: Vec<String> = pairs
        .into_iter()
        .filter(|(k, _)| k == "locked")
        .map(|(_, v)| v)
        .collect();
    ctx.state
        .services
        .set_locked_profile_fields(&ctx.viewer, &locked)
        .await?;
    Ok(Redirect::to("/admin/profile?notice=notice-settings-saved").into_response())
}

// ---- administrators: the organisation's units ---------------------------

#[derive(Template)]
#[template(path = "pages/admin_org.html")]
struct OrgTemplate {
    p: Page,
    errs: Errors,
    section: &'static str,
    units: Vec<OrgUnit>,
    kinds: Vec<UnitKind>,
    /// The unit being edited (`None`: adding one).
    editing: Option<String>,
    u: UnitForm,
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub(crate) struct UnitForm {
    name: String,
    kind_id: String,
    parent_id: String,
    description: String,
    lead: String,
}

impl UnitForm {
    fn input(&self) -> UnitInput {
        UnitInput {
            name: self.name.clone(),
            kind_id: self.kind_id.clone(),
            parent_id: self.parent_id.clone(),
            description: self.description.clone(),
            lead: self.lead.clone(),
        }
    }
}

async fn org_page(
    ctx: &Ctx,
    errs: Errors,
    editing: Option<String>,
    u: UnitForm,
) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    let invalid = errs.any();
    let t = OrgTemplate {
        p: ctx.page(ctx.tr.t("admin-org-title"), "admin"),
        errs,
        section: "org",
        units: services.org_tree(&ctx.viewer).await?,
        kinds: services.unit_kinds(&ctx.viewer).await?,
        editing,
        u,
    };
    Ok(if invalid {
        render_invalid(&t)
    } else {
        render(&t)
    })
}

/// `GET /admin/org`
pub(crate) async fn org(Admin(ctx): Admin) -> Result<Response, PageError> {
    org_page(&ctx, Errors::default(), None, UnitForm::default()).await
}

/// `GET /admin/org/{id}`: the form to change a unit.
pub(crate) async fn org_edit_form(
    Admin(ctx): Admin,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let services = &ctx.state.services;
    let unit = services
        .org_tree(&ctx.viewer)
        .await?
        .into_iter()
        .find(|u| u.id == id)
        .ok_or(PageError::not_found())?;
    let lead = match &unit.lead_id {
        Some(l) => services
            .person(&ctx.viewer, l)
            .await
            .map(|a| a.email)
            .unwrap_or_default(),
        None => String::new(),
    };
    let form = UnitForm {
        name: unit.name.clone(),
        kind_id: unit.kind.id.clone(),
        parent_id: unit.parent_id.clone().unwrap_or_default(),
        description: unit.description.clone(),
        lead,
    };
    org_page(&ctx, Errors::default(), Some(id), form).await
}

/// `POST /admin/org`: adds a unit.
pub(crate) async fn org_add(
    Admin(ctx): Admin,
    Form(f): Form<UnitForm>,
) -> Result<Response, PageError> {
    match ctx.state.services.create_unit(&ctx.viewer, f.input()).await {
        Ok(_) => Ok(Redirect::to("/admin/org?notice=notice-settings-saved").into_response()),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            org_page(&ctx, errs, None, f).await
        }
    }
}

/// `POST /admin/org/{id}`: changes a unit.
pub(crate) async fn org_update(
    Admin(ctx): Admin,
    Path(id): Path<String>,
    Form(f): Form<UnitForm>,
) -> Result<Response, PageError> {
    match ctx
        .state
        .services
        .update_unit(&ctx.viewer, &id, f.input())
        .await
    {
        Ok(()) => Ok(Redirect::to("/admin/org?notice=notice-settings-saved").into_response()),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            org_page(&ctx, errs, Some(id), f).await
        }
    }
}

/// `POST /admin/org/{id}/remove`
pub(crate) async fn org_remove(
    Admin(ctx): Admin,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    match ctx.state.services.delete_unit(&ctx.viewer, &id).await {
        Ok(()) => Ok(Redirect::to("/admin/org?notice=notice-settings-saved").into_response()),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            org_page(&ctx, errs, None, UnitForm::default()).await
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct KindForm {
    name: String,
}

/// `POST /admin/org/kinds`: adds a kind of unit.
pub(crate) async fn kind_add(
    Admin(ctx): Admin,
    Form(f): Form<KindForm>,
) -> Result<Response, PageError> {
    match ctx.state.services.add_unit_kind(&ctx.viewer, &f.name).await {
        Ok(_) => Ok(Redirect::to("/admin/org?notice=notice-settings-saved").into_response()),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            org_page(&ctx, errs, None, UnitForm::default()).await
        }
    }
}

/// `POST /admin/org/kinds/{id}/remove`
pub(crate) async fn kind_remove(
    Admin(ctx): Admin,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    match ctx.state.services.remove_unit_kind(&ctx.viewer, &id).await {
        Ok(()) => Ok(Redirect::to("/admin/org?notice=notice-settings-saved").into_response()),
        Err(e) => {
            let errs = form_errors(ctx.tr, &e).ok_or(PageError::from(e))?;
            org_page(&ctx, errs, None, UnitForm::default()).await
        }
    }
}

//! Joining the organisation: invitations by administrators, self-service sign-up
//! for allowed e-mail domains, and requests that administrators approve.

use kaiku_i18n::{Lang, Tr};
use kaiku_store::{invitations as store, registrations, users};

use crate::auth::{ClientMeta, SignedIn};
use crate::input::{self, Checks};
use crate::mail::compose;
use crate::policy::{self, Action};
use crate::settings::RegistrationMode;
use crate::viewer::Role;
use crate::{DomainError, Result, Services, Viewer, secrets};

/// An invitation is valid this long.
pub const INVITE_TTL_MS: i64 = 7 * 24 * 3_600_000;
/// A sign-up confirmation link is valid this long.
pub const SIGNUP_TTL_MS: i64 = 24 * 3_600_000;

/// What the invite form sends.
#[derive(Debug, Clone, Default)]
pub struct InviteInput {
    pub email: String,
    pub display_name: String,
    pub role: String,
}

/// An invitation just created.
#[derive(Debug, Clone)]
pub struct InviteCreated {
    /// The link, for the administrator to hand over if no e-mail goes out.
    pub link: String,
    pub mailed: bool,
}

/// An invitation in the administrators' list.
#[derive(Debug, Clone)]
pub struct InvitationInfo {
    pub id: String,
    pub email: String,
    pub role: Role,
    pub created_at: i64,
    pub expires_at: i64,
    pub state: InvitationState,
}

/// Where an invitation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvitationState {
    Open,
    Accepted,
    Revoked,
    Expired,
}

/// An open invitation, as its holder sees it.
#[derive(Debug, Clone)]
pub struct InvitationView {
    pub email: String,
    pub display_name: String,
    pub role: Role,
}

/// What the accept form sends.
#[derive(Debug, Clone, Default)]
pub struct AcceptInput {
    pub display_name: String,
    pub password: String,
    pub confirm: String,
}

/// What the registration form sends.
#[derive(Debug, Clone, Default)]
pub struct SignupInput {
    pub email: String,
    pub display_name: String,
    pub message: String,
}

/// A pending request to join.
#[derive(Debug, Clone)]
pub struct JoinRequest {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub message: String,
    pub created_at: i64,
}

impl Services {
    /// Invites someone by e-mail. The link is returned too, to hand over by other means.
    pub async fn invite(
        &self,
        viewer: &Viewer,
        input: InviteInput,
        locale: Lang,
    ) -> Result<InviteCreated> {
        policy::require(viewer, Action::Administer)?;
        let mut c = Checks::default();
        let email = c.take(input::email("email", &input.email));
        let name = c.take(input::text(
            "display_name",
            &input.display_name,
            input::NAME_MAX,
            false,
        ));
        let role = Role::parse(&input.role).filter(|r| *r != Role::Admin);
        if role.is_none() {
            c.push("role", "error-choice-invalid");
        }
        c.finish()?;
        let role = role.unwrap_or(Role::Member);
        if role == Role::Guest && !kaiku_store::settings::guests_enabled(self.db()).await? {
            return Err(DomainError::invalid("role", "error-guests-disabled"));
        }
        if users::get_by_email(self.db(), &email).await?.is_some() {
            return Err(DomainError::invalid("email", "error-email-taken"));
        }
        let inviter = viewer
            .account
            .as_ref()
            .map(|a| a.display_name.clone())
            .unwrap_or_default();
        let org = self
            .org_profile()
            .await?
            .map(|o| o.name)
            .unwrap_or_default();
        let tr = Tr::new(locale);
        let token = secrets::random_token()?;
        let link = self.link(&format!("/invite/{token}"));
        let mail = compose(
            tr,
            &org,
            &email,
            tr.t1("mail-invite-subject", "org", &org),
            &[
                tr.t("mail-greeting-plain"),
                tr.t2("mail-invite-body", "inviter", &inviter, "org", &org),
                tr.t("mail-invite-expiry"),
            ],
            Some((tr.t("mail-invite-action"), link.clone())),
        );
        let now = self.now();
        let mut tx = self.db().begin().await?;
        store::insert(
            &mut tx,
            &store::NewInvitation {
                id: secrets::new_id(),
                kind: "invite".into(),
                email: email.clone(),
                display_name: Some(name).filter(|n| !n.is_empty()),
                role: role.as_str().into(),
                token_hash: secrets::hash_token(&token),
                invited_by: viewer.account.as_ref().map(|a| a.id.clone()),
                space_id: None,
                now,
                expires_at: now + INVITE_TTL_MS,
            },
        )
        .await?;
        let mailed = self.queue_mail(&mut tx, &mail).await?;
        self.audit(&mut tx, viewer, "invitation.create", None, &email)
            .await?;
        tx.commit().await?;
        if mailed {
            self.wake_mailer();
        }
        Ok(InviteCreated { link, mailed })
    }

    /// Recent invitations, newest first.
    pub async fn invitations(&self, viewer: &Viewer) -> Result<Vec<InvitationInfo>> {
        policy::require(viewer, Action::Administer)?;
        let now = self.now();
        Ok(store::list_recent(self.db(), 200)
            .await?
            .into_iter()
            .map(|r| InvitationInfo {
                state: if r.accepted_at.is_some() {
                    InvitationState::Accepted
                } else if r.revoked_at.is_some() {
                    InvitationState::Revoked
                } else if r.expires_at <= now {
                    InvitationState::Expired
                } else {
                    InvitationState::Open
                },
                role: Role::parse(&r.role).unwrap_or(Role::Member),
                id: r.id,
                email: r.email,
                created_at: r.created_at,
                expires_at: r.expires_at,
            })
            .collect())
    }

    /// Revokes an open invitation.
    pub async fn revoke_invitation(&self, viewer: &Viewer, id: &str) -> Result<()> {
        policy::require(viewer, Action::Administer)?;
        if store::revoke(self.db(), id, self.now()).await? == 0 {
            return Err(DomainError::NotFound);
        }
        Ok(())
    }

    /// The open invitation behind a link, or `NotFound` (used, revoked, expired, unknown).
    pub async fn open_invitation(&self, token: &str) -> Result<InvitationView> {
        if token.len() > 100 {
            return Err(DomainError::NotFound);
        }
        let r = store::find_open(self.db(), &secrets::hash_token(token), self.now())
            .await?
            .ok_or(DomainError::NotFound)?;
        Ok(InvitationView {
            email: r.email,
            display_name: r.display_name.unwrap_or_default(),
            role: Role::parse(&r.role).unwrap_or(Role::Member),
        })
    }

    /// Accepts an invitation (or sign-up link): creates the account and signs in.
    pub async fn accept_invitation(
        &self,
        token: &str,
        input: AcceptInput,
        locale: Lang,
        meta: &ClientMeta,
    ) -> Result<SignedIn> {
        let mut c = Checks::default();
        let name = c.take(input::display_name("display_name", &input.display_name));
        let password = c.take(input::new_password("password", &input.password));
        if !password.is_empty() && input.confirm != input.password {
            c.push("confirm", "error-password-mismatch");
        }
        c.finish()?;
        // Refuse dead links before paying for a password hash.
        let open = self.open_invitation(token).await?;
        let hash = secrets::hash_password(password).await?;
        let now = self.now();
        let mut tx = self.db().begin().await?;
        let inv = store::accept(&mut tx, &secrets::hash_token(token), now)
            .await?
            .ok_or(DomainError::NotFound)?;
        if inv.kind == "signup" && !self.signup_still_open(&inv.email).await? {
            return Err(DomainError::NotFound);
        }
        let _ = open;
        if users::get_by_email_tx(&mut tx, &inv.email).await?.is_some() {
            return Err(DomainError::invalid("form", "error-email-taken"));
        }
        let id = secrets::new_id();
        Self::insert_person(
            &mut tx,
            &users::NewUser {
                id: id.clone(),
                search_key: input::search_key(&name, &inv.email),
                email: inv.email.clone(),
                display_name: name,
                password_hash: Some(hash),
                role: Role::parse(&inv.role)
                    .unwrap_or(Role::Member)
                    .as_str()
                    .to_owned(),
                locale: Some(locale.code().to_owned()),
                now,
            },
        )
        .await?;
        if inv.role == "guest" && !kaiku_store::settings::guests_enabled(self.db()).await? {
            return Err(DomainError::invalid("form", "error-guests-disabled"));
        }
        if let Some(space_id) = &inv.space_id {
            // The space may have become internal only or archived meanwhile: then
            // the account is made, but the space stays closed to them.
            if let Some(space) = kaiku_store::spaces::get(self.db(), space_id).await?
                && self.may_belong(&space, &inv.role).await.is_ok()
            {
                kaiku_store::spaces::add_member(&mut tx, space_id, &id, "member", now).await?;
            }
        }
        let signed_in = self.start_session(&mut tx, &id, false, meta).await?;
        tx.commit().await?;
        Ok(signed_in)
    }

    /// Self-service registration, as the organisation's mode allows:
    /// `Domains` mails a confirmation link to an address in an allowed domain;
    /// `Approval` records a request for the administrators. Both answer the same
    /// whether or not the address already has an account.
    pub async fn register(&self, input: SignupInput, locale: Lang) -> Result<RegistrationMode> {
        let org = self.org_profile().await?.ok_or(DomainError::NotFound)?;
        match org.registration_mode {
            RegistrationMode::Closed => Err(DomainError::Forbidden),
            RegistrationMode::Domains => {
                let email = input::email("email", &input.email)
                    .map_err(|e| DomainError::Invalid(vec![e]))?;
                let domain = email
                    .rsplit_once('@')
                    .map(|(_, d)| d.to_owned())
                    .unwrap_or_default();
                if !org.allowed_domains.contains(&domain) {
                    return Err(DomainError::invalid("email", "error-domain-not-allowed"));
                }
                // In the background, so that the answer takes the same time whether or
                // not the address already has an account.
                let this = self.clone();
                tokio::spawn(async move {
                    if let Err(e) = this.send_signup_link(&email, &org.name, locale).await {
                        tracing::error!(error = %e, "could not send a sign-up link");
                    }
                });
                Ok(RegistrationMode::Domains)
            }
            RegistrationMode::Approval => {
                let mut c = Checks::default();
                let email = c.take(input::email("email", &input.email));
                let name = c.take(input::display_name("display_name", &input.display_name));
                let message = c.take(input::multiline(
                    "message",
                    &input.message,
                    input::MESSAGE_MAX,
                ));
                c.finish()?;
                let known = users::get_by_email(self.db(), &email).await?.is_some()
                    || registrations::pending_exists(self.db(), &email).await?;
                if !known {
                    // A concurrent duplicate hits the unique index: same answer.
                    let inserted = registrations::insert(
                        self.db(),
                        &secrets::new_id(),
                        &email,
                        &name,
                        &message,
                        locale.code(),
                        self.now(),
                    )
                    .await;
                    match inserted {
                        Ok(()) | Err(kaiku_store::StoreError::Conflict(_)) => {}
                        Err(e) => return Err(e.into()),
                    }
                }
                Ok(RegistrationMode::Approval)
            }
        }
    }

    async fn send_signup_link(&self, email: &str, org: &str, locale: Lang) -> Result<()> {
        if users::get_by_email(self.db(), email).await?.is_some() {
            return Ok(());
        }
        // At most three sign-up e-mails an hour to one address.
        let hour_ago = self.now() - 3_600_000;
        if store::count_since(self.db(), email, "signup", hour_ago).await? >= 3 {
            return Ok(());
        }
        let tr = Tr::new(locale);
        let token = secrets::random_token()?;
        let link = self.link(&format!("/invite/{token}"));
        let mail = compose(
            tr,
            org,
            email,
            tr.t1("mail-signup-subject", "org", org),
            &[
                tr.t("mail-greeting-plain"),
                tr.t1("mail-signup-body", "org", org),
            ],
            Some((tr.t("mail-signup-action"), link)),
        );
        let now = self.now();
        let mut tx = self.db().begin().await?;
        store::insert(
            &mut tx,
            &store::NewInvitation {
                id: secrets::new_id(),
                kind: "signup".into(),
                email: email.to_owned(),
                display_name: None,
                role: Role::Member.as_str().into(),
                token_hash: secrets::hash_token(&token),
                invited_by: None,
                space_id: None,
                now,
                expires_at: now + SIGNUP_TTL_MS,
            },
        )
        .await?;
        if self.queue_mail(&mut tx, &mail).await? {
            tx.commit().await?;
            self.wake_mailer();
        }
        Ok(())
    }

    /// Whether self-service sign-up still admits this address (the mode or the
    /// domains may have changed since the link was sent).
    async fn signup_still_open(&self, email: &str) -> Result<bool> {
        let Some(org) = self.org_profile().await? else {
            return Ok(false);
        };
        let domain = email
            .rsplit_once('@')
            .map(|(_, d)| d.to_owned())
            .unwrap_or_default();
        Ok(org.registration_mode == RegistrationMode::Domains
            && org.allowed_domains.contains(&domain))
    }

    /// Pending requests to join, oldest first.
    pub async fn join_requests(&self, viewer: &Viewer) -> Result<Vec<JoinRequest>> {
        policy::require(viewer, Action::Administer)?;
        Ok(registrations::list_pending(self.db())
            .await?
            .into_iter()
            .map(|r| JoinRequest {
                id: r.id,
                email: r.email,
                display_name: r.display_name,
                message: r.message,
                created_at: r.created_at,
            })
            .collect())
    }

    /// Approves or rejects a request; the applicant is told by e-mail in the language
    /// they used. Approval sends them an invitation link. Returns the link when
    /// approved, for the administrator to hand over if e-mail is not configured.
    pub async fn decide_join_request(
        &self,
        viewer: &Viewer,
        id: &str,
        approve: bool,
    ) -> Result<Option<InviteCreated>> {
        policy::require(viewer, Action::Administer)?;
        let me = viewer.require()?;
        let org = self
            .org_profile()
            .await?
            .map(|o| o.name)
            .unwrap_or_default();
        let now = self.now();
        let mut tx = self.db().begin().await?;
        let status = if approve { "approved" } else { "rejected" };
        let req = registrations::decide(&mut tx, id, status, &me.id, now)
            .await?
            .ok_or(DomainError::NotFound)?;
        let tr = Tr::new(Lang::from_code(&req.locale).unwrap_or(Lang::En));
        let mut created = None;
        let mail = if approve {
            let token = secrets::random_token()?;
            let link = self.link(&format!("/invite/{token}"));
            store::insert(
                &mut tx,
                &store::NewInvitation {
                    id: secrets::new_id(),
                    kind: "approved".into(),
                    email: req.email.clone(),
                    display_name: Some(req.display_name.clone()),
                    role: Role::Member.as_str().into(),
                    token_hash: secrets::hash_token(&token),
                    invited_by: Some(me.id.clone()),
                    space_id: None,
                    now,
                    expires_at: now + INVITE_TTL_MS,
                },
            )
            .await?;
            created = Some(link.clone());
            compose(
                tr,
                &org,
                &req.email,
                tr.t1("mail-approved-subject", "org", &org),
                &[
                    tr.t1("mail-greeting", "name", &req.display_name),
                    tr.t1("mail-approved-body", "org", &org),
                ],
                Some((tr.t("mail-invite-action"), link)),
            )
        } else {
            compose(
                tr,
                &org,
                &req.email,
                tr.t1("mail-rejected-subject", "org", &org),
                &[
                    tr.t1("mail-greeting", "name", &req.display_name),
                    tr.t1("mail-rejected-body", "org", &org),
                ],
                None,
            )
        };
        let mailed = self.queue_mail(&mut tx, &mail).await?;
        self.audit(
            &mut tx,
            viewer,
            &format!("join_request.{status}"),
            None,
            &req.email,
        )
        .await?;
        tx.commit().await?;
        if mailed {
            self.wake_mailer();
        }
        Ok(created.map(|link| InviteCreated { link, mailed }))
    }
}

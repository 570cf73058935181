//! People, as administrators manage them and as the directory API lists them.

use kaiku_store::{password_resets, sessions, tokens, users};

use crate::input::{self, Checks};
use crate::policy::{self, Action};
use crate::viewer::{Account, Role};
use crate::{DomainError, Result, Services, Viewer, secrets};

/// Filters for listing people.
#[derive(Debug, Clone, Default)]
pub struct PeopleQuery {
    /// Matched against name and e-mail.
    pub q: Option<String>,
    pub role: Option<Role>,
    pub active: Option<bool>,
    /// Opaque cursor from a previous page.
    pub cursor: Option<String>,
    pub limit: usize,
}

/// One page of people.
#[derive(Debug, Clone)]
pub struct PeoplePage {
    pub items: Vec<Account>,
    pub next_cursor: Option<String>,
}

/// Largest page.
pub const MAX_PAGE: usize = 100;

/// An account created from the command line or by an administrator.
#[derive(Debug, Clone, Default)]
pub struct NewAccountInput {
    pub email: String,
    pub display_name: String,
    pub password: String,
    pub role: String,
}

impl Services {
    /// People the viewer may see, by name, filtered and keyset-paginated.
    pub async fn list_people(&self, viewer: &Viewer, query: PeopleQuery) -> Result<PeoplePage> {
        policy::require(viewer, Action::ListPeople)?;
        let limit = query.limit.clamp(1, MAX_PAGE);
        let after = match query.cursor.as_deref() {
            Some(c) if !c.is_empty() => Some(
                decode_cursor(c)
                    .ok_or_else(|| DomainError::invalid("cursor", "error-cursor-invalid"))?,
            ),
            _ => None,
        };
        let text = query
            .q
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty());
        if text.as_ref().is_some_and(|t| t.chars().count() > 200) {
            return Err(DomainError::invalid("q", "error-too-long"));
        }
        let rows = users::list(
            self.db(),
            &users::UserFilter {
                text,
                role: query.role.map(|r| r.as_str().to_owned()),
                active: query.active,
                after,
                guest_scope: policy::people_scope(viewer),
                limit: i64::try_from(limit + 1).unwrap_or(101),
            },
        )
        .await?;
        let mut items: Vec<Account> = rows.into_iter().map(Account::from_row).collect();
        let next_cursor = if items.len() > limit {
            items.truncate(limit);
            match items.last() {
                Some(last) => users::search_key(self.db(), &last.id)
                    .await?
                    .map(|k| encode_cursor(&k, &last.id)),
                None => None,
            }
        } else {
            None
        };
        Ok(PeoplePage { items, next_cursor })
    }

    /// What administrators did to a person's account and profile, newest first.
    pub async fn person_audit(
        &self,
        viewer: &Viewer,
        id: &str,
    ) -> Result<Vec<crate::spaces::SpaceAuditEntry>> {
        policy::require(viewer, Action::Administer)?;
        let person = self.person(viewer, id).await?;
        let rows = kaiku_store::audit::list_for_target(self.db(), &person.id, 100).await?;
        let mut names = std::collections::HashMap::new();
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let actor = match &r.actor_id {
                Some(a) => {
                    if !names.contains_key(a) {
                        let name = users::get(self.db(), a).await?.map(|u| u.display_name);
                        names.insert(a.clone(), name);
                    }
                    names.get(a).cloned().flatten()
                }
                None => None,
            };
            out.push(crate::spaces::SpaceAuditEntry {
                at: r.at,
                actor,
                action: r.action,
                detail: r.detail,
            });
        }
        Ok(out)
    }

    /// One person, if the viewer may see them.
    pub async fn person(&self, viewer: &Viewer, id: &str) -> Result<Account> {
        if viewer.account.is_none() && viewer.kind != crate::ViewerKind::System {
            return Err(DomainError::Unauthenticated);
        }
        if id.len() > 64 {
            return Err(DomainError::NotFound);
        }
        let acc = users::get(self.db(), id)
            .await?
            .map(Account::from_row)
            .ok_or(DomainError::NotFound)?;
        if !policy::may_see_person(viewer, &acc) {
            // Guests see the people they share a space with.
            let shares = match policy::people_scope(viewer) {
                Some(me) => kaiku_store::spaces::share_a_space(self.db(), &me, &acc.id).await?,
                None => false,
            };
            if !shares {
                return Err(DomainError::NotFound);
            }
        }
        Ok(acc)
    }

    /// Creates an account directly (command line, automation).
    pub async fn create_account(&self, viewer: &Viewer, input: NewAccountInput) -> Result<Account> {
        policy::require(viewer, Action::Administer)?;
        let mut c = Checks::default();
        let email = c.take(input::email("email", &input.email));
        let name = c.take(input::display_name("display_name", &input.display_name));
        let password = c.take(input::new_password("password", &input.password));
        let role = Role::parse(&input.role);
        if role.is_none() {
            c.push("role", "error-choice-invalid");
        }
        c.finish()?;
        let hash = secrets::hash_password(password).await?;
        let id = secrets::new_id();
        let mut tx = self.db().begin().await?;
        tx.lock(crate::locks::ADMINS).await?;
        if users::get_by_email_tx(&mut tx, &email).await?.is_some() {
            return Err(DomainError::Conflict {
                key: "error-email-taken",
            });
        }
        Self::insert_person(
            &mut tx,
            &users::NewUser {
                id: id.clone(),
                search_key: input::search_key(&name, &email),
                email,
                display_name: name,
                password_hash: Some(hash),
                role: role.unwrap_or(Role::Member).as_str().to_owned(),
                locale: None,
                now: self.now(),
            },
        )
        .await?;
        self.audit(&mut tx, viewer, "user.create", Some(&id), "")
            .await?;
        // Creating the first administrator from the command line closes setup too.
        if role == Some(Role::Admin) {
            kaiku_store::setup::clear(&mut tx).await?;
            self.ensure_settings(&mut tx).await?;
        }
        tx.commit().await?;
        self.person(&Viewer::system(), &id).await
    }

    /// Sets someone's password (command line).
    pub async fn set_password_of(
        &self,
        viewer: &Viewer,
        email: &str,
        password: &str,
    ) -> Result<()> {
        policy::require(viewer, Action::Administer)?;
        let email = input::email("email", email).map_err(|e| DomainError::Invalid(vec![e]))?;
        let password =
            input::new_password("password", password).map_err(|e| DomainError::Invalid(vec![e]))?;
        let user = users::get_by_email(self.db(), &email)
            .await?
            .ok_or(DomainError::NotFound)?;
        let hash = secrets::hash_password(password).await?;
        let mut tx = self.db().begin().await?;
        users::set_password(&mut tx, &user.id, &hash, self.now()).await?;
        sessions::delete_all_for_user(&mut tx, &user.id, None).await?;
        tokens::delete_all_for_user(&mut tx, &user.id).await?;
        password_resets::delete_all_for_user(&mut tx, &user.id).await?;
        self.audit(&mut tx, viewer, "user.set_password", Some(&user.id), "")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Looks up an account by e-mail (command line).
    pub async fn person_by_email(&self, viewer: &Viewer, email: &str) -> Result<Account> {
        policy::require(viewer, Action::Administer)?;
        let email = email.trim().to_lowercase();
        users::get_by_email(self.db(), &email)
            .await?
            .map(Account::from_row)
            .ok_or(DomainError::NotFound)
    }

    /// Changes someone's role. The last active administrator cannot be demoted.
    pub async fn set_role(&self, viewer: &Viewer, user_id: &str, role: &str) -> Result<()> {
        policy::require(viewer, Action::Administer)?;
        let role = Role::parse(role)
            .ok_or_else(|| DomainError::invalid("role", "error-choice-invalid"))?;
        let user = self.person(viewer, user_id).await?;
        let mut tx = self.db().begin().await?;
        tx.lock(crate::locks::ADMINS).await?;
        // Re-read inside the lock: the checks below must see the latest state.
        let user = users::get_tx(&mut tx, &user.id)
            .await?
            .map(Account::from_row)
            .ok_or(DomainError::NotFound)?;
        if user.role == role {
            return Ok(());
        }
        if user.role == Role::Admin
            && user.active
            && users::active_admin_count_tx(&mut tx).await? <= 1
        {
            return Err(DomainError::Conflict {
                key: "error-last-admin",
            });
        }
        users::set_role(&mut tx, &user.id, role.as_str(), self.now()).await?;
        self.audit(&mut tx, viewer, "user.role", Some(&user.id), role.as_str())
            .await?;
        self.person_changed(&mut tx, viewer, &user.id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Deactivates someone: they cannot sign in, and every session and token of
    /// theirs stops working at once. What they wrote stays, attributed to them.
    pub async fn deactivate(&self, viewer: &Viewer, user_id: &str) -> Result<()> {
        policy::require(viewer, Action::Administer)?;
        let user = self.person(viewer, user_id).await?;
        if viewer.account.as_ref().is_some_and(|me| me.id == user.id) {
            return Err(DomainError::Conflict {
                key: "error-deactivate-self",
            });
        }
        let mut tx = self.db().begin().await?;
        tx.lock(crate::locks::ADMINS).await?;
        // Re-read inside the lock: the checks below must see the latest state.
        let user = users::get_tx(&mut tx, &user.id)
            .await?
            .map(Account::from_row)
            .ok_or(DomainError::NotFound)?;
        if user.role == Role::Admin
            && user.active
            && users::active_admin_count_tx(&mut tx).await? <= 1
        {
            return Err(DomainError::Conflict {
                key: "error-last-admin",
            });
        }
        users::set_active(&mut tx, &user.id, false, self.now()).await?;
        sessions::delete_all_for_user(&mut tx, &user.id, None).await?;
        tokens::delete_all_for_user(&mut tx, &user.id).await?;
        password_resets::delete_all_for_user(&mut tx, &user.id).await?;
        self.audit(&mut tx, viewer, "user.deactivate", Some(&user.id), "")
            .await?;
        self.person_changed(&mut tx, viewer, &user.id).await?;
        tx.commit().await?;
        self.forget_directory_facets();
        Ok(())
    }

    /// Lets a deactivated person sign in again.
    pub async fn reactivate(&self, viewer: &Viewer, user_id: &str) -> Result<()> {
        policy::require(viewer, Action::Administer)?;
        let user = self.person(viewer, user_id).await?;
        let mut tx = self.db().begin().await?;
        users::set_active(&mut tx, &user.id, true, self.now()).await?;
        self.audit(&mut tx, viewer, "user.reactivate", Some(&user.id), "")
            .await?;
        self.person_changed(&mut tx, viewer, &user.id).await?;
        tx.commit().await?;
        self.forget_directory_facets();
        Ok(())
    }

    /// Account totals for the admin overview: (all, active, guests).
    pub async fn people_counts(&self, viewer: &Viewer) -> Result<(i64, i64, i64)> {
        policy::require(viewer, Action::Administer)?;
        Ok(users::counts(self.db()).await?)
    }
}

fn encode_cursor(key: &str, id: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("{key}\u{1f}{id}"))
}

fn decode_cursor(c: &str) -> Option<(String, String)> {
    use base64::Engine;
    if c.len() > 1000 {
        return None;
    }
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(c)
        .ok()?;
    let s = String::from_utf8(bytes).ok()?;
    let (k, i) = s.split_once('\u{1f}')?;
    Some((k.to_owned(), i.to_owned()))
}

impl Services {
    /// Issues an API token for someone (command line, automation).
    pub async fn issue_token_for(
        &self,
        viewer: &Viewer,
        email: &str,
        label: &str,
        expires_in_days: &str,
    ) -> Result<crate::account::NewTokenSecret> {
        let person = self.person_by_email(viewer, email).await?;
        if !person.active {
            return Err(DomainError::Conflict {
                key: "error-account-deactivated",
            });
        }
        let acting = Viewer {
            kind: crate::ViewerKind::System,
            account: Some(person),
        };
        self.create_token(&acting, label, expires_in_days).await
    }
}

impl Services {
    /// Tells the outbox's consumers (search) that a person's details changed.
    async fn person_changed(
        &self,
        tx: &mut kaiku_store::Tx,
        viewer: &Viewer,
        user_id: &str,
    ) -> Result<()> {
        let actor = viewer.account.as_ref().map(|a| a.id.as_str());
        self.event_about(tx, "person.changed", None, user_id, actor, None, None)
            .await
    }
}

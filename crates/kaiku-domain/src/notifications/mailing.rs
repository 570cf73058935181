//! Notification e-mail and digests, written at the moment they are sent: in the
//! recipient's language and time zone, about what they may still see, with a
//! one-click unsubscribe link (RFC 8058) that works without signing in.

use std::collections::BTreeMap;

use base64::Engine;
use hmac::{Hmac, KeyInit, Mac};
use kaiku_i18n::{Lang, Tr};
use kaiku_store::mail::MailRow;
use kaiku_store::notifications as store;
use kaiku_store::{server_keys, users};
use sha2::Sha256;

use super::digest::DigestRef;
use super::{Delivery, Kind, Notification, audience_of};
use crate::mail::{Letter, Mail};
use crate::viewer::Account;
use crate::{DomainError, Result, Services, Viewer, ViewerKind, secrets};

/// What an unsubscribe link stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsubscribe {
    /// E-mail about one kind of notification.
    Kind(Kind),
    /// The daily digest.
    Daily,
    /// The weekly digest.
    Weekly,
}

impl Unsubscribe {
    fn as_str(self) -> &'static str {
        match self {
            Unsubscribe::Kind(k) => k.as_str(),
            Unsubscribe::Daily => "daily",
            Unsubscribe::Weekly => "weekly",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "daily" => Some(Unsubscribe::Daily),
            "weekly" => Some(Unsubscribe::Weekly),
            k => Kind::parse(k).map(Unsubscribe::Kind),
        }
    }
}

/// A verified unsubscribe link: whose, what it stops, and their language.
#[derive(Debug, Clone)]
pub struct UnsubscribeLink {
    pub what: Unsubscribe,
    pub lang: Lang,
    user_id: String,
}

const KEY_NAME: &str = "unsubscribe-hmac";

impl Services {
    /// The signing key, read once per process (it never changes once made).
    async fn unsubscribe_key(&self) -> Result<Vec<u8>> {
        let key = self
            .inner
            .unsubscribe_key
            .get_or_try_init(|| async {
                let fresh = secrets::random_token()?;
                Ok::<_, DomainError>(
                    server_keys::get_or_create(self.db(), KEY_NAME, &fresh, self.now())
                        .await?
                        .into_bytes(),
                )
            })
            .await?;
        Ok(key.clone())
    }

    fn mac(key: &[u8], user_id: &str, what: Unsubscribe) -> Result<String> {
        let mut mac = Hmac::<Sha256>::new_from_slice(key)
            .map_err(|e| DomainError::Internal(e.to_string()))?;
        mac.update(b"kaiku-unsubscribe\0");
        mac.update(user_id.as_bytes());
        mac.update(b"\0");
        mac.update(what.as_str().as_bytes());
        Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes()))
    }

    /// The link that stops `what` for a person, without signing in.
    async fn unsubscribe_url(&self, user_id: &str, what: Unsubscribe) -> Result<String> {
        let key = self.unsubscribe_key().await?;
        let mac = Self::mac(&key, user_id, what)?;
        Ok(self.link(&format!("/unsubscribe/{user_id}.{}.{mac}", what.as_str())))
    }

    /// Checks an unsubscribe link (`NotFound` for anything not made by us).
    pub async fn unsubscribe_link(&self, token: &str) -> Result<UnsubscribeLink> {
        let mut parts = token.splitn(3, '.');
        let (Some(user_id), Some(what), Some(mac)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(DomainError::NotFound);
        };
        let what = Unsubscribe::parse(what).ok_or(DomainError::NotFound)?;
        if user_id.len() > 64 || mac.len() > 64 {
            return Err(DomainError::NotFound);
        }
        let expected = Self::mac(&self.unsubscribe_key().await?, user_id, what)?;
        if !secrets::constant_time_eq(&expected, mac) {
            return Err(DomainError::NotFound);
        }
        let user = users::get(self.db(), user_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let lang = match user.locale.as_deref().and_then(Lang::from_code) {
            Some(l) => l,
            None => self.org_lang().await?,
        };
        Ok(UnsubscribeLink {
            what,
            lang,
            user_id: user.id,
        })
    }

    /// Stops what a verified link names: e-mail about that kind (it stays in the
    /// app), or the digest (what it carried stays in the app). Doing it twice is
    /// harmless.
    pub async fn unsubscribe(&self, link: &UnsubscribeLink) -> Result<()> {
        let chosen = store::prefs_of(self.db(), &link.user_id).await?;
        let delivery_of = |k: Kind| {
            chosen
                .iter()
                .find(|(kind, _)| kind == k.as_str())
                .and_then(|(_, d)| Delivery::parse(d))
                .unwrap_or(k.default_delivery())
        };
        let affected: Vec<Kind> = match link.what {
            Unsubscribe::Kind(k) => vec![k],
            Unsubscribe::Daily => Kind::ALL
                .into_iter()
                .filter(|k| delivery_of(*k) == Delivery::Daily)
                .collect(),
            Unsubscribe::Weekly => Kind::ALL
                .into_iter()
                .filter(|k| delivery_of(*k) == Delivery::Weekly)
                .collect(),
        };
        let mut tx = self.db().begin().await?;
        for k in affected {
            if matches!(
                delivery_of(k),
                Delivery::Email | Delivery::Daily | Delivery::Weekly
            ) {
                store::set_pref(&mut tx, &link.user_id, k.as_str(), Delivery::App.as_str()).await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    async fn org_lang(&self) -> Result<Lang> {
        Ok(self
            .org_profile()
            .await?
            .map(|o| o.default_locale)
            .unwrap_or(Lang::En))
    }

    /// Writes a queued notification or digest for its recipient now, or says why
    /// it must not be sent.
    pub(crate) async fn compose_queued(
        &self,
        msg: &MailRow,
    ) -> Result<std::result::Result<Mail, &'static str>> {
        let Some(user_id) = msg.user_id.as_deref() else {
            return Ok(Err("no recipient"));
        };
        let Some(row) = users::get(self.db(), user_id).await? else {
            return Ok(Err("recipient gone"));
        };
        let acc = Account::from_row(row);
        if !acc.active {
            return Ok(Err("recipient deactivated"));
        }
        // The recipient, as the policy sees them: every item is checked as if
        // they had opened it themselves.
        let viewer = Viewer {
            kind: ViewerKind::Session(String::new()),
            account: Some(acc.clone()),
        };
        let lang = match acc.locale {
            Some(l) => l,
            None => self.org_lang().await?,
        };
        let tr = Tr::new(lang).in_zone(self.zone_of(&viewer).await?);
        let org = self
            .org_profile()
            .await?
            .map(|o| o.name)
            .unwrap_or_else(|| "Kaiku".to_owned());
        let reference = msg.reference.as_deref().unwrap_or_default();
        match msg.purpose.as_str() {
            "notification" => {
                self.compose_notification(&viewer, &acc, tr, &org, reference)
                    .await
            }
            "digest" => {
                self.compose_digest(&viewer, &acc, tr, &org, reference)
                    .await
            }
            _ => Ok(Err("unknown purpose")),
        }
    }

    /// Loads a notification for its recipient, if it is still theirs to see and unread.
    /// Loads a notification for its recipient, if it is still theirs to see,
    /// unread, and still wanted this way (they may have changed their mind, or
    /// unsubscribed, since it was queued).
    async fn still_to_tell(
        &self,
        viewer: &Viewer,
        acc: &Account,
        id: &str,
        wanted: Delivery,
    ) -> Result<Option<Notification>> {
        let Some(row) = store::get(self.db(), &audience_of(acc), id).await? else {
            return Ok(None);
        };
        if row.read_at.is_some() {
            return Ok(None);
        }
        let Some(kind) = Kind::parse(&row.kind) else {
            return Ok(None);
        };
        let now_wanted = store::pref_of(self.db(), &acc.id, kind.as_str())
            .await?
            .as_deref()
            .and_then(Delivery::parse)
            .unwrap_or(kind.default_delivery());
        if now_wanted != wanted {
            return Ok(None);
        }
        let list = self.with_actors(vec![row]).await?;
        Ok(self.still_visible(viewer, acc, list).await?.pop())
    }

    async fn compose_notification(
        &self,
        viewer: &Viewer,
        acc: &Account,
        tr: Tr,
        org: &str,
        id: &str,
    ) -> Result<std::result::Result<Mail, &'static str>> {
        let Some(n) = self.still_to_tell(viewer, acc, id, Delivery::Email).await? else {
            return Ok(Err("no longer visible, or already read"));
        };
        let headline = n.headline(tr);
        let mut letter = Letter::new(org);
        letter.para(&headline);
        if let Some(space) = &n.space_name {
            letter.para(&tr.t1("mail-notif-in-space", "space", space));
        }
        if let Some(e) = n.excerpt.as_deref().filter(|e| !e.is_empty()) {
            letter.quote(e);
        }
        letter.action(&tr.t("mail-notif-open"), &self.link(&n.url));
        let unsubscribe = self
            .unsubscribe_url(&acc.id, Unsubscribe::Kind(n.kind))
            .await?;
        let links = [
            (
                tr.t("mail-notif-settings"),
                self.link("/account/notifications"),
            ),
            (tr.t("mail-unsubscribe-kind"), unsubscribe.clone()),
        ];
        let mut mail = letter.finish(tr, org, &acc.email, headline, &links);
        mail.unsubscribe = Some(unsubscribe);
        Ok(Ok(mail))
    }

    async fn compose_digest(
        &self,
        viewer: &Viewer,
        acc: &Account,
        tr: Tr,
        org: &str,
        reference: &str,
    ) -> Result<std::result::Result<Mail, &'static str>> {
        let Ok(digest) = serde_json::from_str::<DigestRef>(reference) else {
            return Ok(Err("unreadable digest"));
        };
        let (what, wanted) = if digest.period == "weekly" {
            (Unsubscribe::Weekly, Delivery::Weekly)
        } else {
            (Unsubscribe::Daily, Delivery::Daily)
        };
        // Grouped by space (in the order of their names), then the rest.
        let mut groups: BTreeMap<(bool, String), Vec<Notification>> = BTreeMap::new();
        let mut total: i64 = 0;
        for id in digest.ids.iter().take(500) {
            if let Some(n) = self.still_to_tell(viewer, acc, id, wanted).await? {
                let key = match &n.space_name {
                    Some(s) => (false, s.to_lowercase()),
                    None => (true, String::new()),
                };
                groups.entry(key).or_default().push(n);
                total += 1;
            }
        }
        if total == 0 {
            return Ok(Err("nothing left to tell"));
        }
        let (subject_key, intro_key) = match what {
            Unsubscribe::Weekly => ("mail-digest-weekly-subject", "mail-digest-weekly-intro"),
            _ => ("mail-digest-daily-subject", "mail-digest-daily-intro"),
        };
        let subject = tr.args(
            subject_key,
            vec![("org", org.into()), ("count", total.into())],
        );
        let mut letter = Letter::new(org);
        letter.para(&tr.t1("mail-digest-intro-count", "count", total));
        letter.para(&tr.t(intro_key));
        for ((_, _), items) in groups {
            let heading = items
                .first()
                .and_then(|n| n.space_name.clone())
                .unwrap_or_else(|| tr.t("mail-digest-elsewhere"));
            letter.heading(&heading);
            for n in items {
                letter.item(&n.headline(tr), n.excerpt.as_deref(), &self.link(&n.url));
            }
        }
        letter.action(&tr.t("mail-digest-open"), &self.link("/notifications"));
        let unsubscribe = self.unsubscribe_url(&acc.id, what).await?;
        let stop_key = match what {
            Unsubscribe::Weekly => "mail-unsubscribe-weekly",
            _ => "mail-unsubscribe-daily",
        };
        let links = [
            (
                tr.t("mail-notif-settings"),
                self.link("/account/notifications"),
            ),
            (tr.t(stop_key), unsubscribe.clone()),
        ];
        let mut mail = letter.finish(tr, org, &acc.email, subject, &links);
        mail.unsubscribe = Some(unsubscribe);
        Ok(Ok(mail))
    }
}

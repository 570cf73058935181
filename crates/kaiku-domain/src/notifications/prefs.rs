//! What each person wants to hear, and how: a delivery per kind of notification,
//! when digests arrive (local hour, weekday, time zone), a level per space and a
//! stance per thread.

use kaiku_i18n::Zone;
use kaiku_store::notifications as store;

use super::{Delivery, Kind, SpaceLevel};
use crate::stream::active;
use crate::{DomainError, FieldError, Result, Services, Viewer};

/// ISO weekdays (1 = Monday … 7 = Sunday) a weekly digest may go out on.
pub const DIGEST_WEEKDAYS: [i64; 7] = [1, 2, 3, 4, 5, 6, 7];

/// One kind of notification and how the person hears of it.
#[derive(Debug, Clone)]
pub struct KindPreference {
    pub kind: Kind,
    pub delivery: Delivery,
    /// Not chosen: the default for the kind.
    pub default: bool,
}

/// A person's notification settings.
#[derive(Debug, Clone)]
pub struct NotificationSettings {
    pub kinds: Vec<KindPreference>,
    /// The zone digests and times follow (theirs, or the organisation's).
    pub time_zone: String,
    /// Their own choice, if they made one.
    pub own_time_zone: Option<String>,
    /// The organisation's default zone.
    pub org_time_zone: String,
    /// Local hour (0–23) of digests.
    pub digest_hour: i64,
    /// ISO weekday of the weekly digest.
    pub digest_weekday: i64,
}

/// A change to one's notification settings. Kinds not listed keep their setting.
#[derive(Debug, Clone, Default)]
pub struct NotificationSettingsInput {
    /// `(kind, delivery)` pairs by stable name.
    pub deliveries: Vec<(String, String)>,
    /// An IANA zone, or empty for the organisation's; `None` leaves it.
    pub time_zone: Option<String>,
    pub digest_hour: Option<String>,
    pub digest_weekday: Option<String>,
}

/// A whole number from a form within `range`; `current` when not given.
fn in_range(
    value: &Option<String>,
    field: &'static str,
    range: std::ops::RangeInclusive<i64>,
    current: i64,
) -> std::result::Result<i64, FieldError> {
    match value.as_deref().map(str::trim) {
        None => Ok(current),
        Some(s) => s
            .parse::<i64>()
            .ok()
            .filter(|n| range.contains(n))
            .ok_or(FieldError {
                field,
                key: "error-choice-invalid",
            }),
    }
}

impl Services {
    /// The organisation's default time zone.
    pub(crate) async fn org_zone(&self) -> Result<Zone> {
        let name = kaiku_store::settings::get(self.db())
            .await?
            .map(|s| s.default_time_zone);
        Ok(Zone::find_or_default(name.as_deref()))
    }

    /// The zone a person's times are shown in: theirs, else the organisation's.
    pub async fn zone_of(&self, viewer: &Viewer) -> Result<Zone> {
        match viewer
            .account
            .as_ref()
            .and_then(|a| a.time_zone.as_deref())
            .and_then(Zone::find)
        {
            Some(z) => Ok(z),
            None => self.org_zone().await,
        }
    }

    /// The viewer's notification settings.
    pub async fn notification_settings(&self, viewer: &Viewer) -> Result<NotificationSettings> {
        let acc = active(viewer)?;
        let chosen = store::prefs_of(self.db(), &acc.id).await?;
        let kinds = Kind::ALL
            .into_iter()
            .map(|kind| {
                let pick = chosen
                    .iter()
                    .find(|(k, _)| k == kind.as_str())
                    .and_then(|(_, d)| Delivery::parse(d));
                KindPreference {
                    kind,
                    delivery: pick.unwrap_or(kind.default_delivery()),
                    default: pick.is_none(),
                }
            })
            .collect();
        let schedule = store::schedule_of(self.db(), &acc.id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let org = self.org_zone().await?;
        let own = schedule.time_zone.filter(|z| Zone::find(z).is_some());
        Ok(NotificationSettings {
            kinds,
            time_zone: own.clone().unwrap_or_else(|| org.name().to_owned()),
            own_time_zone: own,
            org_time_zone: org.name().to_owned(),
            digest_hour: schedule.digest_hour,
            digest_weekday: schedule.digest_weekday,
        })
    }

    /// Changes the viewer's notification settings; nothing changes if any value is wrong.
    pub async fn update_notification_settings(
        &self,
        viewer: &Viewer,
        input: NotificationSettingsInput,
    ) -> Result<NotificationSettings> {
        let acc = active(viewer)?.clone();
        let current = self.notification_settings(viewer).await?;
        let mut errors = Vec::new();
        let mut deliveries = Vec::new();
        for (kind, delivery) in &input.deliveries {
            match (Kind::parse(kind), Delivery::parse(delivery)) {
                (Some(k), Some(d)) => deliveries.push((k, d)),
                (None, _) => errors.push(FieldError {
                    field: "kind",
                    key: "error-choice-invalid",
                }),
                (_, None) => errors.push(FieldError {
                    field: "delivery",
                    key: "error-choice-invalid",
                }),
            }
        }
        let zone_name = match input.time_zone.as_deref().map(str::trim) {
            None => current.own_time_zone.clone(),
            Some("") => None,
            Some(z) => match Zone::find(z) {
                Some(found) => Some(found.name().to_owned()),
                None => {
                    errors.push(FieldError {
                        field: "time_zone",
                        key: "error-time-zone-invalid",
                    });
                    None
                }
            },
        };
        let hour = in_range(
            &input.digest_hour,
            "digest_hour",
            0..=23,
            current.digest_hour,
        )
        .unwrap_or_else(|e| {
            errors.push(e);
            current.digest_hour
        });
        let weekday = in_range(
            &input.digest_weekday,
            "digest_weekday",
            1..=7,
            current.digest_weekday,
        )
        .unwrap_or_else(|e| {
            errors.push(e);
            current.digest_weekday
        });
        if !errors.is_empty() {
            return Err(DomainError::Invalid(errors));
        }
        let zone = match zone_name.as_deref() {
            Some(z) => Zone::find_or_default(Some(z)),
            None => self.org_zone().await?,
        };
        let now = self.now();
        let next = |weekly: bool| {
            let w = weekly.then(|| i8::try_from(weekday).unwrap_or(1));
            zone.next_at(now, i8::try_from(hour).unwrap_or(8), w)
                .unwrap_or(now + 86_400_000)
        };
        let mut tx = self.db().begin().await?;
        for (kind, delivery) in deliveries {
            store::set_pref(&mut tx, &acc.id, kind.as_str(), delivery.as_str()).await?;
        }
        store::set_schedule(
            &mut tx,
            &acc.id,
            zone_name.as_deref(),
            hour,
            weekday,
            next(false),
            next(true),
        )
        .await?;
        tx.commit().await?;
        self.notification_settings(viewer).await
    }

    /// The viewer's level for a space they belong to: `(level in force, chosen)`.
    pub async fn space_notification_level(
        &self,
        viewer: &Viewer,
        space_id: &str,
    ) -> Result<(SpaceLevel, bool)> {
        let acc = active(viewer)?.clone();
        let space = self.space(viewer, space_id).await?;
        let chosen = store::space_level(self.db(), &acc.id, &space.id)
            .await?
            .as_deref()
            .and_then(SpaceLevel::parse);
        let default =
            SpaceLevel::parse(&space.default_notification).unwrap_or(SpaceLevel::Mentions);
        Ok((chosen.unwrap_or(default), chosen.is_some()))
    }

    /// Sets the viewer's level for a space they belong to (`None`: the space's default).
    pub async fn set_space_notification_level(
        &self,
        viewer: &Viewer,
        space_id: &str,
        level: Option<&str>,
    ) -> Result<()> {
        let acc = active(viewer)?.clone();
        let space = self.space(viewer, space_id).await?;
        if space.my_role.is_none() {
            return Err(DomainError::Forbidden);
        }
        let level = match level.filter(|l| !l.is_empty() && *l != "default") {
            Some(l) => Some(
                SpaceLevel::parse(l)
                    .ok_or_else(|| DomainError::invalid("level", "error-choice-invalid"))?,
            ),
            None => None,
        };
        let mut tx = self.db().begin().await?;
        store::set_space_level(&mut tx, &acc.id, &space.id, level.map(SpaceLevel::as_str)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether the viewer follows a post's conversation: `following` (they wrote or
    /// took part, or chose to), `muted`, or `none`.
    pub async fn thread_subscription(
        &self,
        viewer: &Viewer,
        post_id: &str,
    ) -> Result<&'static str> {
        let (acc, row, _) = self.readable(viewer, post_id).await?;
        Ok(
            match store::thread_state(self.db(), &acc.id, &row.id)
                .await?
                .as_deref()
            {
                Some("muted") => "muted",
                Some(_) => "following",
                None if row.author_id == acc.id => "following",
                None => "none",
            },
        )
    }

    /// Follows (`following`), mutes (`muted`) or forgets (`none`) a post's conversation.
    pub async fn set_thread_subscription(
        &self,
        viewer: &Viewer,
        post_id: &str,
        state: &str,
    ) -> Result<&'static str> {
        let (acc, row, _) = self.readable(viewer, post_id).await?;
        let stored = match state {
            "following" => Some("following"),
            "muted" => Some("muted"),
            "none" => None,
            _ => return Err(DomainError::invalid("state", "error-choice-invalid")),
        };
        let mut tx = self.db().begin().await?;
        store::set_thread_state(&mut tx, &acc.id, &row.id, stored, self.now()).await?;
        tx.commit().await?;
        self.thread_subscription(viewer, post_id).await
    }
}

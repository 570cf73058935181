//! Daily and weekly digests: at each person's chosen local hour (and weekday),
//! the notifications they chose to read in a digest, unread and not yet mailed,
//! are queued as one e-mail. Nothing to tell: nothing is sent.

use kaiku_i18n::Zone;
use kaiku_store::{mail, notifications as store};

use crate::{Result, Services, secrets};

const DAY_MS: i64 = 86_400_000;
/// People looked at per query.
const PAGE: i64 = 200;
/// Pages per round, so one round always ends (the rest waits for the next).
const MAX_PAGES: usize = 50;

/// What a digest e-mail carries, recorded with the queued message.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub(super) struct DigestRef {
    /// `daily` or `weekly`.
    pub period: String,
    /// The notifications it lists (each checked again when the e-mail is written).
    pub ids: Vec<String>,
}

impl Services {
    /// Queues every digest that is due now; returns how many were queued.
    pub(crate) async fn schedule_digests(&self) -> Result<usize> {
        let org = self.org_zone().await?;
        let now = self.now();
        // Without e-mail, people are still scheduled but nothing is queued; what
        // they would have read waits for them in the app.
        let can_mail = self.mail_configured().await?;
        let mut queued = 0;
        for weekly in [false, true] {
            let period = if weekly { "weekly" } else { "daily" };
            // What a digest may carry: its own period and a day's grace.
            let window = if weekly { 8 * DAY_MS } else { 2 * DAY_MS };
            for _ in 0..MAX_PAGES {
                let due = store::due_schedules(self.db(), weekly, now, PAGE).await?;
                for s in &due {
                    let zone = s.time_zone.as_deref().and_then(Zone::find).unwrap_or(org);
                    let hour = i8::try_from(s.digest_hour.clamp(0, 23)).unwrap_or(8);
                    let weekday =
                        weekly.then(|| i8::try_from(s.digest_weekday.clamp(1, 7)).unwrap_or(1));
                    let next = zone.next_at(now, hour, weekday).unwrap_or(now + DAY_MS);
                    let was = if weekly {
                        s.next_weekly_digest_at
                    } else {
                        s.next_daily_digest_at
                    };
                    // Someone not scheduled yet is only scheduled: their first
                    // digest comes at their next digest hour.
                    let ids = match was {
                        Some(_) if can_mail => {
                            store::due_for_digest(self.db(), &s.user_id, period, now - window)
                                .await?
                        }
                        _ => Vec::new(),
                    };
                    let mut tx = self.db().begin().await?;
                    if !store::reschedule(&mut tx, &s.user_id, weekly, was, next).await? {
                        continue;
                    }
                    if !ids.is_empty() {
                        let reference = serde_json::to_string(&DigestRef {
                            period: period.to_owned(),
                            ids: ids.clone(),
                        })
                        .map_err(|e| crate::DomainError::Internal(e.to_string()))?;
                        mail::enqueue_composed_later(
                            &mut tx,
                            &secrets::new_ordered_id(),
                            "digest",
                            &s.user_id,
                            &reference,
                            now,
                            now,
                        )
                        .await?;
                        store::mark_mailed(&mut tx, &ids, now).await?;
                        queued += 1;
                    }
                    tx.commit().await?;
                }
                if i64::try_from(due.len()).unwrap_or(0) < PAGE {
                    break;
                }
            }
        }
        if queued > 0 {
            self.wake_mailer();
        }
        Ok(queued)
    }
}

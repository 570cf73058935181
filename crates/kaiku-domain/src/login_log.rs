//! The login log: every sign-in attempt, for administrators and for the person.

use kaiku_store::login_log as store;

use crate::policy;
use crate::{DomainError, Result, Services, Viewer};

/// One attempt.
#[derive(Debug, Clone)]
pub struct LoginEntry {
    pub id: String,
    pub at: i64,
    pub user_id: Option<String>,
    pub display_name: Option<String>,
    pub email: String,
    pub ip: String,
    pub user_agent: String,
    pub outcome: String,
}

/// One page of the log.
#[derive(Debug, Clone)]
pub struct LoginPage {
    pub items: Vec<LoginEntry>,
    pub next_cursor: Option<String>,
}

impl Services {
    /// The log, newest first: organisation-wide (`user_id` `None`, admins only) or
    /// for one person (admins, and the person themselves).
    pub async fn login_log(
        &self,
        viewer: &Viewer,
        user_id: Option<&str>,
        cursor: Option<&str>,
        limit: usize,
    ) -> Result<LoginPage> {
        let allowed = match user_id {
            Some(id) => policy::may_read_login_log_of(viewer, id),
            None => policy::allowed(viewer, policy::Action::ReadLoginLog),
        };
        if !allowed {
            viewer.require()?;
            return Err(DomainError::Forbidden);
        }
        let before = match cursor.filter(|c| !c.is_empty()) {
            Some(c) => Some(
                c.split_once('_')
                    .and_then(|(at, id)| Some((at.parse::<i64>().ok()?, id.to_owned())))
                    .filter(|(_, id)| id.len() <= 64)
                    .ok_or_else(|| DomainError::invalid("cursor", "error-cursor-invalid"))?,
            ),
            None => None,
        };
        let limit = limit.clamp(1, 200);
        let rows = store::list(
            self.db(),
            user_id,
            before,
            i64::try_from(limit + 1).unwrap_or(201),
        )
        .await?;
        let mut items: Vec<LoginEntry> = rows
            .into_iter()
            .map(|r| LoginEntry {
                id: r.id,
                at: r.at,
                user_id: r.user_id,
                display_name: r.display_name,
                email: r.email,
                ip: r.ip,
                user_agent: r.user_agent,
                outcome: r.outcome,
            })
            .collect();
        let next_cursor = if items.len() > limit {
            items.truncate(limit);
            items.last().map(|l| format!("{}_{}", l.at, l.id))
        } else {
            None
        };
        Ok(LoginPage { items, next_cursor })
    }
}

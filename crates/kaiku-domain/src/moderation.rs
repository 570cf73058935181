//! Announcements to the whole organisation, and reports of posts and comments
//! that moderators and administrators resolve.

use kaiku_store::posts as store;

use crate::space_policy::SpaceAction;
use crate::stream::{Post, active};
use crate::viewer::Role;
use crate::{DomainError, Result, Services, Viewer, secrets};

/// Longest report reason.
pub const REASON_MAX: usize = 1000;

/// A report waiting for a decision.
#[derive(Debug, Clone)]
pub struct Report {
    pub id: String,
    pub post_id: String,
    pub comment_id: Option<String>,
    pub space_name: Option<String>,
    pub reporter: Option<String>,
    pub author: String,
    pub reason: String,
    pub excerpt: String,
    pub created_at: i64,
}

impl Services {
    /// Announces an organisation-wide post (a profile post or a post in a public
    /// space) on top of everyone's home until each person dismisses it; or stops.
    pub async fn announce_post(&self, viewer: &Viewer, post_id: &str, on: bool) -> Result<()> {
        let (acc, row, place) = self.readable(viewer, post_id).await?;
        if acc.role != Role::Admin {
            return Err(DomainError::Forbidden);
        }
        if !Self::permissions_pub(viewer, &acc, &place, &row.author_id).announce {
            return Err(DomainError::Conflict {
                key: "error-announce-audience",
            });
        }
        let mut tx = self.db().begin().await?;
        store::set_announced(&mut tx, &row.id, on.then(|| self.now())).await?;
        let kind = if on {
            "post.announced"
        } else {
            "post.unannounced"
        };
        self.event(&mut tx, kind, row.space_id.as_deref(), &row.id, &acc.id)
            .await?;
        self.audit(&mut tx, viewer, kind, row.space_id.as_deref(), &row.id)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Announcements the viewer has not dismissed, newest first.
    pub async fn announcements(&self, viewer: &Viewer) -> Result<Vec<Post>> {
        Ok(self
            .stream(viewer, crate::stream::Stream::Announcements, None, 10)
            .await?
            .items)
    }

    /// Hides an announcement from the viewer's home.
    pub async fn dismiss_announcement(&self, viewer: &Viewer, post_id: &str) -> Result<()> {
        let (acc, row, _) = self.readable(viewer, post_id).await?;
        let mut tx = self.db().begin().await?;
        store::dismiss(&mut tx, &acc.id, &row.id, self.now()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Reports a post, or one of its comments, to the people who moderate it.
    pub async fn report(
        &self,
        viewer: &Viewer,
        post_id: &str,
        comment_id: Option<&str>,
        reason: &str,
    ) -> Result<()> {
        let (acc, row, _) = self.readable(viewer, post_id).await?;
        if let Some(c) = comment_id
            && self.comment_post_id(viewer, c).await? != row.id
        {
            return Err(DomainError::NotFound);
        }
        let reason = crate::input::multiline("reason", reason, REASON_MAX)
            .map_err(|e| DomainError::Invalid(vec![e]))?;
        if reason.is_empty() {
            return Err(DomainError::invalid("reason", "error-required"));
        }
        let mut tx = self.db().begin().await?;
        store::insert_report(
            &mut tx,
            &secrets::new_ordered_id(),
            &row.id,
            comment_id,
            row.space_id.as_deref(),
            &acc.id,
            &reason,
            self.now(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether the viewer handles any reports (administrators, space moderators).
    pub async fn open_reports(&self, viewer: &Viewer) -> Result<Vec<Report>> {
        let acc = active(viewer)?.clone();
        let rows = store::open_reports(self.db(), &acc.id, acc.role == Role::Admin).await?;
        Ok(rows
            .into_iter()
            .map(|r| Report {
                excerpt: r.excerpt.chars().take(400).collect(),
                id: r.id,
                post_id: r.post_id,
                comment_id: r.comment_id,
                space_name: r.space_name,
                reporter: r.reporter_name,
                author: r.author_name,
                reason: r.reason,
                created_at: r.created_at,
            })
            .collect())
    }

    /// Resolves a report: `remove` deletes the reported post or comment (audited);
    /// otherwise the report is dismissed. Every open report about the same item is
    /// resolved with it.
    pub async fn resolve_report(
        &self,
        viewer: &Viewer,
        report_id: &str,
        remove: bool,
    ) -> Result<()> {
        let acc = active(viewer)?.clone();
        if report_id.len() > 64 {
            return Err(DomainError::NotFound);
        }
        let r = store::report(self.db(), report_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let (_, row, place) = self.readable(viewer, &r.post_id).await?;
        if !Self::may(viewer, &acc, &place, SpaceAction::Moderate) {
            return Err(DomainError::NotFound);
        }
        if r.resolved_at.is_some() {
            return Ok(());
        }
        if remove {
            match &r.comment_id {
                Some(c) => self.delete_comment(viewer, c).await?,
                None => self.delete_post(viewer, &row.id).await?,
            }
        }
        let mut tx = self.db().begin().await?;
        let resolution = if remove { "removed" } else { "dismissed" };
        store::resolve_reports(
            &mut tx,
            &row.id,
            r.comment_id.as_deref(),
            &acc.id,
            resolution,
            self.now(),
        )
        .await?;
        self.audit(
            &mut tx,
            viewer,
            &format!("report.{resolution}"),
            row.space_id.as_deref(),
            &r.id,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

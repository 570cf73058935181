//! The outbox as the services see it: every write appends its event in its own
//! transaction; consumers (live updates, notifications, and the search index
//! next) read the events of finished transactions in a stable order.

use kaiku_store::Tx;
use kaiku_store::outbox::{self, Cursor, EventRow};

use crate::{DomainError, Result, Services, Viewer, ViewerKind};

/// A consumer's place in the outbox.
pub type OutboxCursor = Cursor;

/// An event from the outbox, for consumers.
#[derive(Debug, Clone)]
pub struct OutboxEvent {
    pub seq: i64,
    /// Where this event sits in the order consumers read.
    pub cursor: OutboxCursor,
    pub kind: String,
    pub space_id: Option<String>,
    pub subject_id: String,
    pub actor_id: Option<String>,
    /// The person an event is about, when it is not the actor (who was invited,
    /// whose role changed).
    pub target: Option<String>,
    /// A short stable word qualifying the event (`approved`, a role name).
    pub detail: Option<String>,
    pub created_at: i64,
}

impl OutboxEvent {
    fn from_row(e: EventRow) -> Self {
        let payload: serde_json::Value = serde_json::from_str(&e.payload).unwrap_or_default();
        let text = |k: &str| payload.get(k).and_then(|v| v.as_str()).map(str::to_owned);
        OutboxEvent {
            seq: e.seq,
            cursor: Cursor {
                txid: e.txid,
                seq: e.seq,
            },
            target: text("target"),
            detail: text("detail"),
            kind: e.kind,
            space_id: e.space_id,
            subject_id: e.subject_id,
            actor_id: e.actor_id,
            created_at: e.created_at,
        }
    }
}

fn system_only(viewer: &Viewer) -> Result<()> {
    if viewer.kind != ViewerKind::System {
        return Err(DomainError::Forbidden);
    }
    Ok(())
}

impl Services {
    /// Appends an event about `subject` to the outbox, in the writing transaction.
    pub(crate) async fn event(
        &self,
        tx: &mut Tx,
        kind: &str,
        space_id: Option<&str>,
        subject: &str,
        actor: &str,
    ) -> Result<()> {
        self.event_about(tx, kind, space_id, subject, Some(actor), None, None)
            .await
    }

    /// Appends an event that also names the person it concerns and a detail.
    #[allow(clippy::too_many_arguments)]
    pub(crate) async fn event_about(
        &self,
        tx: &mut Tx,
        kind: &str,
        space_id: Option<&str>,
        subject: &str,
        actor: Option<&str>,
        target: Option<&str>,
        detail: Option<&str>,
    ) -> Result<()> {
        let payload = serde_json::json!({
            "kind": kind, "id": subject, "target": target, "detail": detail,
        })
        .to_string();
        outbox::append(tx, kind, space_id, subject, actor, &payload, self.now()).await?;
        Ok(())
    }

    /// Outbox events after `after`, in consumer order (system only).
    pub async fn outbox_after(
        &self,
        viewer: &Viewer,
        after: OutboxCursor,
        limit: i64,
    ) -> Result<Vec<OutboxEvent>> {
        system_only(viewer)?;
        Ok(outbox::read(self.db(), after, limit.clamp(1, 1000))
            .await?
            .into_iter()
            .map(OutboxEvent::from_row)
            .collect())
    }

    /// Where a consumer that does not replay history starts (system only).
    pub async fn outbox_head(&self, viewer: &Viewer) -> Result<OutboxCursor> {
        system_only(viewer)?;
        Ok(outbox::head(self.db()).await?)
    }
}

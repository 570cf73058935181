//! Live updates over Server-Sent Events. One hub per process follows the outbox
//! and broadcasts each event; every connection asks the policy, against the
//! current state, whether its viewer may hear about it.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::Stream;
use kaiku_domain::outbox::OutboxEvent;
use kaiku_domain::stream::LiveUpdate;
use kaiku_domain::{Services, Viewer};
use tokio::sync::{OnceCell, broadcast};
use tokio_util::sync::CancellationToken;

use crate::ctx::{Member, SESSION_COOKIE};

/// How often the outbox is looked at.
const POLL: Duration = Duration::from_millis(250);

/// Follows the outbox and broadcasts events to the connections of this process.
pub(crate) struct Hub {
    tx: broadcast::Sender<Arc<OutboxEvent>>,
    started: OnceCell<()>,
}

impl Hub {
    pub(crate) fn new() -> Self {
        let (tx, _) = broadcast::channel(1024);
        Hub {
            tx,
            started: OnceCell::new(),
        }
    }

    /// Starts following the outbox (once), and subscribes.
    async fn subscribe(
        &self,
        services: &Services,
        shutdown: &CancellationToken,
    ) -> broadcast::Receiver<Arc<OutboxEvent>> {
        let rx = self.tx.subscribe();
        self.started
            .get_or_init(|| async {
                let tx = self.tx.clone();
                let services = services.clone();
                let shutdown = shutdown.clone();
                // Where to start is read before the first subscriber goes on: an
                // event written right after it subscribed is then never skipped
                // as "already there", however late the follower task first runs.
                let start = services.outbox_head(&Viewer::system()).await.ok();
                tokio::spawn(async move { follow(services, tx, shutdown, start).await });
            })
            .await;
        rx
    }
}

async fn follow(
    services: Services,
    tx: broadcast::Sender<Arc<OutboxEvent>>,
    shutdown: CancellationToken,
    start: Option<kaiku_domain::outbox::OutboxCursor>,
) {
    let system = Viewer::system();
    // The follower starts once per process, so a failed first read is retried
    // rather than leaving live updates off until a restart.
    let mut seen = loop {
        if let Some(c) = start {
            break c;
        }
        match services.outbox_head(&system).await {
            Ok(c) => break c,
            Err(e) => tracing::error!(error = %e, "live updates: cannot read the outbox; retrying"),
        }
        tokio::select! {
            () = shutdown.cancelled() => return,
            () = tokio::time::sleep(Duration::from_secs(5)) => {}
        }
    };
    loop {
        tokio::select! {
            () = shutdown.cancelled() => return,
            () = tokio::time::sleep(POLL) => {}
        }
        // Only finished transactions are read, in a stable order, so nothing a
        // slower transaction commits later is passed over.
        let batch = match services.outbox_after(&system, seen, 500).await {
            Ok(b) => b,
            Err(e) => {
                tracing::warn!(error = %e, "live updates: outbox read failed");
                continue;
            }
        };
        for event in batch {
            seen = event.cursor;
            // Nobody listening is fine.
            let _ = tx.send(Arc::new(event));
        }
    }
}

fn update_event(update: LiveUpdate) -> Event {
    let (name, data) = match update {
        LiveUpdate::Post {
            id,
            space_id,
            home,
            created,
        } => (
            "post",
            serde_json::json!({ "id": id, "space_id": space_id, "home": home, "created": created }),
        ),
        LiveUpdate::Activity { post_id } => ("activity", serde_json::json!({ "post_id": post_id })),
        LiveUpdate::Removed { id } => ("removed", serde_json::json!({ "id": id })),
        LiveUpdate::Notifications { unread } => {
            ("notifications", serde_json::json!({ "unread": unread }))
        }
    };
    Event::default().event(name).data(data.to_string())
}

/// `GET /events`: the signed-in viewer's live updates.
pub(crate) async fn stream(
    Member(ctx): Member,
    headers: axum::http::HeaderMap,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let state = ctx.state.clone();
    let services = state.services.clone();
    let rx = state.hub.subscribe(&services, &state.shutdown).await;
    let token = headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == SESSION_COOKIE)
        .map(|(_, v)| v.to_owned())
        .unwrap_or_default();
    let me = ctx.me().map(|a| a.id.clone()).unwrap_or_default();
    let shutdown = state.shutdown.clone();
    let stream = futures_util::stream::unfold(
        (rx, services, token, me, shutdown),
        |(mut rx, services, token, me, shutdown)| async move {
            loop {
                let event = tokio::select! {
                    () = shutdown.cancelled() => return None,
                    e = rx.recv() => e,
                };
                let event = match event {
                    Ok(e) => e,
                    Err(broadcast::error::RecvError::Lagged(n)) => {
                        tracing::warn!(missed = n, "live updates: a slow connection missed events");
                        continue;
                    }
                    Err(broadcast::error::RecvError::Closed) => return None,
                };
                // Someone else's notifications: not worth a look at the database.
                if event.kind == "notification.changed"
                    && event.subject_id != me
                    && event.subject_id != "*"
                {
                    continue;
                }
                // The viewer is resolved again for every event: a signed-out or
                // deactivated session stops hearing anything at once.
                let viewer = match services.viewer_from_session_quietly(&token).await {
                    Ok(v) if v.account.is_some() => v,
                    _ => return None,
                };
                match services.live_update(&viewer, &event).await {
                    Ok(Some(update)) => {
                        return Some((
                            Ok(update_event(update)),
                            (rx, services, token, me, shutdown),
                        ));
                    }
                    Ok(None) => continue,
                    Err(e) => {
                        tracing::warn!(error = %e, "live updates: could not check an event");
                        continue;
                    }
                }
            }
        },
    );
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(20)))
}

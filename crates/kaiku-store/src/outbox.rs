//! The outbox: every write appends its event here in the same transaction, so
//! consumers (live updates now; notifications, search and webhooks next) can never
//! miss one, even across a crash.

use crate::Result;
use crate::db::{Backend, Db, Tx, q};

/// One event.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRow {
    pub seq: i64,
    pub txid: i64,
    pub kind: String,
    pub space_id: Option<String>,
    pub subject_id: String,
    pub actor_id: Option<String>,
    pub payload: String,
    pub created_at: i64,
}

/// Appends an event inside the writing transaction.
pub async fn append(
    tx: &mut Tx,
    kind: &str,
    space_id: Option<&str>,
    subject_id: &str,
    actor_id: Option<&str>,
    payload: &str,
    now: i64,
) -> Result<()> {
    tx.execute(
        q(
            "INSERT INTO outbox (kind, space_id, subject_id, actor_id, payload, created_at) \
           VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(kind)
        .bind(space_id)
        .bind(subject_id)
        .bind(actor_id)
        .bind(payload)
        .bind(now),
    )
    .await?;
    Ok(())
}

/// Where a consumer has read up to: the last event it took, by transaction id
/// (always 0 on SQLite) and sequence number.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, sqlx::FromRow)]
pub struct Cursor {
    pub txid: i64,
    pub seq: i64,
}

/// Every transaction with a lower id has finished. On PostgreSQL, sequence numbers
/// are taken when rows are inserted but become visible when their transaction
/// commits, so a consumer that followed `seq` alone could pass a row a slower
/// transaction is about to commit. Reading only below this horizon, in
/// `(txid, seq)` order, never skips one. SQLite's single writer commits in order.
async fn horizon(db: &Db) -> Result<i64> {
    match db.backend() {
        Backend::Sqlite => Ok(i64::MAX),
        Backend::Postgres => {
            let (h,): (i64,) = db
                .fetch_one(q(
                    "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint",
                ))
                .await?;
            Ok(h)
        }
    }
}

/// The events after `after` from finished transactions, in a stable order.
pub async fn read(db: &Db, after: Cursor, limit: i64) -> Result<Vec<EventRow>> {
    let horizon = horizon(db).await?;
    db.fetch_all(
        q(
            "SELECT seq, txid, kind, space_id, subject_id, actor_id, payload, created_at FROM outbox \
           WHERE txid < $1 AND (txid, seq) > ($2, $3) \
           ORDER BY txid, seq LIMIT $4",
        )
        .bind(horizon)
        .bind(after.txid)
        .bind(after.seq)
        .bind(limit),
    )
    .await
}

/// Whether a cursor points past every transaction this server has started: the
/// database was restored or moved to another PostgreSQL server, whose
/// transaction ids are lower, so the cursor would never be passed again.
pub async fn cursor_from_elsewhere(db: &Db, c: Cursor) -> Result<bool> {
    match db.backend() {
        Backend::Sqlite => Ok(false),
        Backend::Postgres => {
            let (next,): (i64,) = db
                .fetch_one(q(
                    "SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint",
                ))
                .await?;
            Ok(c.txid > next)
        }
    }
}

/// How many committed events lie beyond a cursor (a consumer's lag), leaving
/// out the notification consumer's own "notifications changed" events.
pub async fn count_after(db: &Db, after: Cursor) -> Result<i64> {
    let (n,): (i64,) = db
        .fetch_one(
            q("SELECT COUNT(*) FROM outbox WHERE (txid, seq) > ($1, $2) \
               AND kind <> 'notification.changed'")
            .bind(after.txid)
            .bind(after.seq),
        )
        .await?;
    Ok(n)
}

/// The cursor after every event of finished transactions (where a consumer that
/// should not replay history starts).
pub async fn head(db: &Db) -> Result<Cursor> {
    let horizon = horizon(db).await?;
    let row: Option<Cursor> = db
        .fetch_optional(
            q("SELECT txid, seq FROM outbox WHERE txid < $1 ORDER BY txid DESC, seq DESC LIMIT 1")
                .bind(horizon),
        )
        .await?;
    Ok(row.unwrap_or_default())
}

/// The cursor after every event committed so far, whether or not a consumer
/// may read it yet (on PostgreSQL, [`read`] waits for older transactions still
/// open anywhere on the server to finish).
pub async fn latest(db: &Db) -> Result<Cursor> {
    let row: Option<Cursor> = db
        .fetch_optional(q(
            "SELECT txid, seq FROM outbox ORDER BY txid DESC, seq DESC LIMIT 1",
        ))
        .await?;
    Ok(row.unwrap_or_default())
}

/// A durable consumer's position, if it has one.
pub async fn cursor_of(db: &Db, name: &str) -> Result<Option<Cursor>> {
    db.fetch_optional(q("SELECT txid, seq FROM consumer_cursors WHERE name = $1").bind(name))
        .await
}

/// Creates a consumer's position unless another node did first.
pub async fn init_cursor(db: &Db, name: &str, at: Cursor, now: i64) -> Result<()> {
    db.execute(
        q(
            "INSERT INTO consumer_cursors (name, txid, seq, updated_at) VALUES ($1, $2, $3, $4) \
           ON CONFLICT (name) DO NOTHING",
        )
        .bind(name)
        .bind(at.txid)
        .bind(at.seq)
        .bind(now),
    )
    .await?;
    Ok(())
}

/// Moves a consumer from `from` to `to` in the transaction that applies what it
/// read. Returns false when another node moved it first: then the transaction
/// must be dropped, and the batch read again.
pub async fn advance(tx: &mut Tx, name: &str, from: Cursor, to: Cursor, now: i64) -> Result<bool> {
    let n = tx
        .execute(
            q(
                "UPDATE consumer_cursors SET txid = $4, seq = $5, updated_at = $6 \
               WHERE name = $1 AND txid = $2 AND seq = $3",
            )
            .bind(name)
            .bind(from.txid)
            .bind(from.seq)
            .bind(to.txid)
            .bind(to.seq)
            .bind(now),
        )
        .await?;
    Ok(n == 1)
}

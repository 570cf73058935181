//! SQLite's single writer, with group commit.
//!
//! Every write on SQLite runs on one connection, and with `synchronous=FULL`
//! each COMMIT waits until the write-ahead log is on the disk. One fsync per
//! post or comment caps the rate at which people can write, and every writer
//! queued behind that fsync waits for it too. Group commit lets the write
//! transactions that queue up while one runs share one COMMIT: the first of a
//! batch opens the database transaction, each later one runs inside a savepoint
//! of it (so one that fails or is abandoned rolls back alone), and none is told
//! "committed" until the COMMIT that makes its writes durable has returned. A
//! transaction with nobody waiting behind it commits at once, as it always did.
//!
//! Writes stay serial and durable; only the waiting for the disk is shared.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Weak};

use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, SqliteConnection};
use tokio::sync::{Mutex, Notify, OwnedMutexGuard, oneshot};

use crate::{Result, StoreError};

/// At most this many transactions share one COMMIT, so a long queue still
/// reaches the disk in steps and nobody's acknowledgement waits for everyone's.
const MAX_BATCH: usize = 64;

/// The writer connection and the batch being gathered on it.
pub(crate) struct Writer {
    batch: Arc<Mutex<Batch>>,
    /// Transactions waiting for the connection: while there are some, a finished
    /// transaction leaves its COMMIT to the batch instead of paying for its own.
    queued: AtomicUsize,
    /// Wakes the task that commits a batch whose last member has gone.
    settle: Arc<Notify>,
    counts: Arc<Counts>,
}

/// What the writer has done since it opened (for `/metrics`).
#[derive(Default)]
pub(crate) struct Counts {
    /// Write transactions made durable.
    pub transactions: AtomicU64,
    /// COMMITs that did it (fewer, when transactions shared them).
    pub commits: AtomicU64,
}

/// What is acknowledged to a transaction waiting on a shared COMMIT.
type Outcome = std::result::Result<(), String>;

pub(crate) struct Batch {
    options: SqliteConnectOptions,
    /// `None` after a failure (reopened on next use) or once closed.
    conn: Option<SqliteConnection>,
    closed: bool,
    /// A database transaction is open on the connection.
    open: bool,
    /// Transactions whose work is in the open transaction, waiting for its COMMIT.
    members: Vec<oneshot::Sender<Outcome>>,
    /// Work left behind by a transaction dropped without commit, to undo before
    /// anything else runs.
    abandoned: Option<Abandoned>,
    counts: Arc<Counts>,
}

#[derive(Clone, Copy)]
enum Abandoned {
    /// The batch's first transaction: nothing else is in the database transaction.
    Transaction,
    /// A later one, inside its savepoint.
    Savepoint,
}

async fn exec(conn: &mut SqliteConnection, sql: &'static str) -> Result<()> {
    sqlx::query(sql).execute(conn).await?;
    Ok(())
}

impl Batch {
    /// The connection, reopened if a failure closed it.
    pub(crate) async fn conn(&mut self) -> Result<&mut SqliteConnection> {
        if self.closed {
            return Err(StoreError::Database(sqlx::Error::PoolClosed));
        }
        if self.conn.is_none() {
            self.conn = Some(self.options.connect().await?);
        }
        self.conn
            .as_mut()
            .ok_or(StoreError::Database(sqlx::Error::PoolClosed))
    }

    /// Undoes what an abandoned transaction left.
    async fn recover(&mut self) {
        let Some(abandoned) = self.abandoned.take() else {
            return;
        };
        let undone = match abandoned {
            Abandoned::Transaction => {
                let r = self.run("ROLLBACK").await;
                self.open = false;
                r
            }
            Abandoned::Savepoint => match self.run("ROLLBACK TO kaiku_member").await {
                Ok(()) => self.run("RELEASE kaiku_member").await,
                Err(e) => Err(e),
            },
        };
        if let Err(e) = undone {
            self.fail(&format!("could not undo an abandoned write: {e}"));
        }
    }

    async fn run(&mut self, sql: &'static str) -> Result<()> {
        exec(self.conn().await?, sql).await
    }

    /// Gives up the open transaction: its members hear why, and the connection
    /// is reopened fresh, whatever state the failure left it in.
    fn fail(&mut self, why: &str) {
        tracing::error!(error = why, "a write batch failed");
        self.open = false;
        self.conn = None;
        for m in self.members.drain(..) {
            let _ = m.send(Err(why.to_owned()));
        }
    }

    /// Commits the open transaction and tells every member; `and_one` counts the
    /// caller's own transaction, which is not among them.
    async fn commit(&mut self, and_one: bool) -> Outcome {
        match self.run("COMMIT").await {
            Ok(()) => {
                self.open = false;
                let n = self.members.len() + usize::from(and_one);
                self.counts
                    .transactions
                    .fetch_add(u64::try_from(n).unwrap_or(u64::MAX), Ordering::Relaxed);
                self.counts.commits.fetch_add(1, Ordering::Relaxed);
                for m in self.members.drain(..) {
                    let _ = m.send(Ok(()));
                }
                Ok(())
            }
            Err(e) => {
                let why = e.to_string();
                self.fail(&why);
                Err(why)
            }
        }
    }

    /// Brings the connection to rest: abandoned work undone, waiting members
    /// committed.
    async fn settle(&mut self) {
        self.recover().await;
        if !self.open {
            return;
        }
        if self.members.is_empty() {
            if self.run("ROLLBACK").await.is_err() {
                self.fail("could not end an empty write transaction");
            }
            self.open = false;
            return;
        }
        let _ = self.commit(false).await;
    }

    fn needs_settling(&self) -> bool {
        self.abandoned.is_some() || (self.open && !self.members.is_empty())
    }
}

/// The connection, held: when it is let go with a batch left waiting or work
/// to undo, the settling task is woken.
struct Held {
    g: OwnedMutexGuard<Batch>,
    settle: Arc<Notify>,
}

impl Drop for Held {
    fn drop(&mut self) {
        if self.g.needs_settling() {
            self.settle.notify_one();
        }
    }
}

/// Counts a transaction as waiting for the connection while it does, however
/// the wait ends (a cancelled request's included).
struct Waiting<'a>(&'a AtomicUsize);

impl<'a> Waiting<'a> {
    fn new(n: &'a AtomicUsize) -> Self {
        n.fetch_add(1, Ordering::AcqRel);
        Waiting(n)
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

impl Writer {
    /// Opens the writer connection and starts the task that commits batches
    /// whose members have all finished.
    pub(crate) async fn open(options: SqliteConnectOptions) -> Result<Arc<Self>> {
        let conn = options.connect().await?;
        let counts = Arc::new(Counts::default());
        let writer = Arc::new(Writer {
            batch: Arc::new(Mutex::new(Batch {
                options,
                conn: Some(conn),
                closed: false,
                open: false,
                members: Vec::new(),
                abandoned: None,
                counts: counts.clone(),
            })),
            queued: AtomicUsize::new(0),
            settle: Arc::new(Notify::new()),
            counts,
        });
        tokio::spawn(settler(
            Arc::downgrade(&writer.batch),
            writer.settle.clone(),
        ));
        Ok(writer)
    }

    /// The connection alone, outside any batch (migrations).
    pub(crate) async fn exclusive(&self) -> OwnedMutexGuard<Batch> {
        let mut g = self.batch.clone().lock_owned().await;
        g.settle().await;
        g
    }

    /// Begins a write transaction: a new database transaction, or a savepoint
    /// in the batch already open.
    pub(crate) async fn begin(self: &Arc<Self>) -> Result<WriteTx> {
        let g = {
            let _waiting = Waiting::new(&self.queued);
            self.batch.clone().lock_owned().await
        };
        let held = Held {
            g,
            settle: self.settle.clone(),
        };
        // Run to the end even if the caller is cancelled (a request whose client
        // went away): stopping halfway would leave the connection in a state the
        // batch does not know about. The same holds for `commit`.
        tokio::spawn(start(held, self.clone()))
            .await
            .unwrap_or_else(|_| Err(stopped()))
    }

    /// Whether the connection is free (for pool figures).
    pub(crate) fn idle(&self) -> bool {
        self.batch.try_lock().is_ok()
    }

    /// Durable write transactions and the COMMITs they took, so far.
    pub(crate) fn counts(&self) -> (u64, u64) {
        (
            self.counts.transactions.load(Ordering::Relaxed),
            self.counts.commits.load(Ordering::Relaxed),
        )
    }

    /// Commits what is waiting and closes the connection.
    pub(crate) async fn close(&self) {
        let mut g = self.exclusive().await;
        if let Some(conn) = g.conn.take() {
            let _ = conn.close().await;
        }
        g.closed = true;
    }
}

/// Opens a database transaction, or a savepoint in the batch already open.
async fn start(mut held: Held, writer: Arc<Writer>) -> Result<WriteTx> {
    held.g.recover().await;
    let savepoint = held.g.open;
    if savepoint {
        held.g.run("SAVEPOINT kaiku_member").await?;
    } else {
        // IMMEDIATE takes the write lock up front, so a read→write upgrade can
        // never fail with BUSY.
        if let Err(e) = held.g.run("BEGIN IMMEDIATE").await {
            // Whatever state the connection is in, the next one starts clean.
            held.g.fail(&e.to_string());
            return Err(e);
        }
        held.g.open = true;
    }
    Ok(WriteTx {
        held: Some(held),
        writer,
        savepoint,
    })
}

/// How a transaction's commit went, or where to wait for it.
enum Finish {
    Done(Result<()>),
    /// In the batch; the COMMIT that makes it durable is still to come.
    Waiting(oneshot::Receiver<Outcome>),
}

/// Ends a transaction: its savepoint released, then either committed with its
/// batch at once or left for the transactions queued behind it to share.
async fn finish(mut held: Held, savepoint: bool, writer: Arc<Writer>) -> Finish {
    if savepoint && let Err(e) = held.g.run("RELEASE kaiku_member").await {
        held.g.abandoned = Some(Abandoned::Savepoint);
        return Finish::Done(Err(e));
    }
    if writer.queued.load(Ordering::Acquire) > 0 && held.g.members.len() + 1 < MAX_BATCH {
        let (tx, rx) = oneshot::channel();
        held.g.members.push(tx);
        return Finish::Waiting(rx);
    }
    Finish::Done(held.g.commit(true).await.map_err(StoreError::Commit))
}

fn stopped() -> StoreError {
    StoreError::Commit("the writer stopped".to_owned())
}

impl Drop for Writer {
    fn drop(&mut self) {
        // Lets the settling task see the writer is gone and end.
        self.settle.notify_one();
    }
}

async fn settler(batch: Weak<Mutex<Batch>>, settle: Arc<Notify>) {
    loop {
        settle.notified().await;
        let Some(batch) = batch.upgrade() else {
            return;
        };
        // The lock is fair: every transaction already waiting runs (and joins
        // the batch) before this one commits it.
        batch.lock().await.settle().await;
    }
}

/// A write transaction on SQLite. Dropped without [`WriteTx::commit`], its work
/// is rolled back (and nobody else's).
pub struct WriteTx {
    held: Option<Held>,
    writer: Arc<Writer>,
    savepoint: bool,
}

impl WriteTx {
    /// The connection, for this transaction's statements.
    pub(crate) async fn conn(&mut self) -> Result<&mut SqliteConnection> {
        match self.held.as_mut() {
            Some(h) => h.g.conn().await,
            None => Err(stopped()),
        }
    }

    /// Returns once this transaction's writes are durable.
    pub(crate) async fn commit(mut self) -> Result<()> {
        let Some(held) = self.held.take() else {
            return Err(stopped());
        };
        let finished = tokio::spawn(finish(held, self.savepoint, self.writer.clone())).await;
        match finished {
            Ok(Finish::Done(r)) => r,
            Ok(Finish::Waiting(rx)) => match rx.await {
                Ok(Ok(())) => Ok(()),
                Ok(Err(why)) => Err(StoreError::Commit(why)),
                Err(_) => Err(stopped()),
            },
            Err(_) => Err(stopped()),
        }
    }
}

impl Drop for WriteTx {
    fn drop(&mut self) {
        if let Some(held) = self.held.as_mut() {
            held.g.abandoned = Some(if self.savepoint {
                Abandoned::Savepoint
            } else {
                Abandoned::Transaction
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use sqlx::sqlite::SqliteSynchronous;

    use super::*;

    async fn writer(name: &str) -> (Arc<Writer>, std::path::PathBuf) {
        let path =
            std::env::temp_dir().join(format!("kaiku-writer-{name}-{}.db", std::process::id()));
        remove(&path);
        let options = SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(true)
            .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full);
        let w = Writer::open(options).await.expect("open");
        let mut tx = w.begin().await.expect("begin");
        sqlx::query("CREATE TABLE t (n INTEGER PRIMARY KEY)")
            .execute(tx.conn().await.expect("conn"))
            .await
            .expect("create");
        tx.commit().await.expect("commit");
        (w, path)
    }

    fn remove(path: &std::path::Path) {
        for suffix in ["", "-wal", "-shm"] {
            let mut p = path.as_os_str().to_owned();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
    }

    async fn insert(tx: &mut WriteTx, n: i64) -> Result<()> {
        sqlx::query("INSERT INTO t (n) VALUES ($1)")
            .bind(n)
            .execute(tx.conn().await?)
            .await?;
        Ok(())
    }

    async fn stored(path: &std::path::Path) -> Vec<i64> {
        let mut c = SqliteConnectOptions::new()
            .filename(path)
            .read_only(true)
            .connect()
            .await
            .expect("reader");
        sqlx::query_scalar("SELECT n FROM t ORDER BY n")
            .fetch_all(&mut c)
            .await
            .expect("read")
    }

    /// Waits until `n` transactions are queued for the connection.
    async fn until_queued(w: &Writer, n: usize) {
        for _ in 0..500 {
            if w.queued.load(Ordering::Acquire) >= n {
                return;
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        panic!("never saw {n} transactions queued");
    }

    #[tokio::test]
    async fn queued_transactions_share_one_commit_and_a_failing_one_rolls_back_alone() {
        let (w, path) = writer("batch").await;
        let (before_tx, before_commits) = w.counts();
        let mut first = w.begin().await.expect("begin");
        insert(&mut first, 1).await.expect("insert");
        let mut tasks = Vec::new();
        for n in 2..=10_i64 {
            let w = w.clone();
            tasks.push(tokio::spawn(async move {
                let mut tx = w.begin().await?;
                insert(&mut tx, n).await?;
                match n {
                    // Abandoned: dropped without commit.
                    4 => return Ok(false),
                    // A statement fails (the key is taken); the caller gives up.
                    7 => {
                        insert(&mut tx, 1).await?;
                    }
                    _ => {}
                }
                tx.commit().await.map(|()| true)
            }));
        }
        until_queued(&w, 9).await;
        first
            .commit()
            .await
            .expect("the first commits with the batch");
        let mut acknowledged = vec![1];
        for (n, task) in (2..=10_i64).zip(tasks) {
            match task.await.expect("task") {
                Ok(true) => acknowledged.push(n),
                Ok(false) => assert_eq!(n, 4),
                Err(StoreError::Conflict(_)) => assert_eq!(n, 7),
                Err(e) => panic!("transaction {n}: {e}"),
            }
        }
        assert_eq!(acknowledged, vec![1, 2, 3, 5, 6, 8, 9, 10]);
        assert_eq!(
            stored(&path).await,
            acknowledged,
            "exactly the acknowledged writes are durable"
        );
        let (after_tx, after_commits) = w.counts();
        assert_eq!(after_tx - before_tx, 8);
        assert_eq!(
            after_commits - before_commits,
            1,
            "one COMMIT for all of them"
        );
        remove(&path);
    }

    #[tokio::test]
    async fn an_abandoned_first_transaction_leaves_the_queued_ones_to_commit() {
        let (w, path) = writer("abandoned").await;
        let mut first = w.begin().await.expect("begin");
        insert(&mut first, 1).await.expect("insert");
        let mut tasks = Vec::new();
        for n in 2..=4_i64 {
            let w = w.clone();
            tasks.push(tokio::spawn(async move {
                let mut tx = w.begin().await?;
                insert(&mut tx, n).await?;
                tx.commit().await
            }));
        }
        until_queued(&w, 3).await;
        drop(first);
        for task in tasks {
            task.await.expect("task").expect("committed");
        }
        assert_eq!(stored(&path).await, vec![2, 3, 4]);

        // A lone transaction abandoned: its work is undone (by the settling task
        // or by whoever takes the connection next) and the next one starts clean.
        let mut tx = w.begin().await.expect("begin");
        insert(&mut tx, 5).await.expect("insert");
        drop(tx);
        let mut tx = w.begin().await.expect("begin again");
        insert(&mut tx, 6).await.expect("insert");
        tx.commit().await.expect("commit");
        assert_eq!(stored(&path).await, vec![2, 3, 4, 6]);
        remove(&path);
    }

    #[tokio::test]
    async fn a_member_waiting_on_a_batch_is_committed_even_when_nobody_comes_after() {
        let (w, path) = writer("settle").await;
        let mut first = w.begin().await.expect("begin");
        insert(&mut first, 1).await.expect("insert");
        // A transaction that queues and then gives up before it gets the
        // connection: the first defers its COMMIT to it, and must not wait forever.
        let w2 = w.clone();
        let waiter = tokio::spawn(async move {
            let _ = w2.begin().await;
        });
        until_queued(&w, 1).await;
        waiter.abort();
        let committed = tokio::time::timeout(Duration::from_secs(5), first.commit()).await;
        committed.expect("not stuck").expect("committed");
        assert_eq!(stored(&path).await, vec![1]);
        remove(&path);
    }
}

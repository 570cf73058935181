use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions, PgRow};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
};
use sqlx::{FromRow, PgPool, Postgres, Sqlite, SqlitePool};

use crate::writer::{WriteTx, Writer};
use crate::{Result, StoreError};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
static PG_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

/// Which database engine a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// Embedded SQLite file.
    Sqlite,
    /// PostgreSQL server.
    Postgres,
}

#[derive(Clone)]
enum Pools {
    /// SQLite has one writer: one connection behind an async queue (instead of
    /// `SQLITE_BUSY`), committing in groups; readers run in parallel thanks to WAL.
    Sqlite {
        write: Arc<Writer>,
        read: SqlitePool,
    },
    Postgres(PgPool),
}

/// A handle to the database, cheap to clone.
#[derive(Clone)]
pub struct Db {
    pools: Pools,
}

/// Connection pool figures for `/metrics`.
#[derive(Debug, Clone, Copy)]
pub struct DbStats {
    /// Open connections.
    pub size: u32,
    /// Idle connections.
    pub idle: u32,
    /// SQLite: write transactions made durable, and the COMMITs that did it
    /// (fewer when transactions queued up and shared one). `None` on PostgreSQL,
    /// which commits each transaction itself.
    pub group_commit: Option<(u64, u64)>,
}

/// A value bound to a statement parameter.
#[derive(Debug, Clone)]
pub(crate) enum Val {
    Text(Option<String>),
    Int(Option<i64>),
    Bool(Option<bool>),
    Bytes(Option<Vec<u8>>),
}

impl From<String> for Val {
    fn from(v: String) -> Self {
        Val::Text(Some(v))
    }
}
impl From<&str> for Val {
    fn from(v: &str) -> Self {
        Val::Text(Some(v.to_owned()))
    }
}
impl From<&String> for Val {
    fn from(v: &String) -> Self {
        Val::Text(Some(v.clone()))
    }
}
impl From<Option<String>> for Val {
    fn from(v: Option<String>) -> Self {
        Val::Text(v)
    }
}
impl From<Option<&str>> for Val {
    fn from(v: Option<&str>) -> Self {
        Val::Text(v.map(str::to_owned))
    }
}
impl From<i64> for Val {
    fn from(v: i64) -> Self {
        Val::Int(Some(v))
    }
}
impl From<Option<i64>> for Val {
    fn from(v: Option<i64>) -> Self {
        Val::Int(v)
    }
}
impl From<Vec<u8>> for Val {
    fn from(v: Vec<u8>) -> Self {
        Val::Bytes(Some(v))
    }
}
impl From<Option<Vec<u8>>> for Val {
    fn from(v: Option<Vec<u8>>) -> Self {
        Val::Bytes(v)
    }
}
impl From<bool> for Val {
    fn from(v: bool) -> Self {
        Val::Bool(Some(v))
    }
}
impl From<Option<bool>> for Val {
    fn from(v: Option<bool>) -> Self {
        Val::Bool(v)
    }
}

/// A statement and its parameters, runnable on either backend.
#[derive(Debug)]
pub(crate) struct Q {
    sql: std::borrow::Cow<'static, str>,
    args: Vec<Val>,
}

/// Starts a statement. `sql` must be a literal: parameters go through [`Q::bind`].
pub(crate) fn q(sql: &'static str) -> Q {
    Q {
        sql: std::borrow::Cow::Borrowed(sql),
        args: Vec::new(),
    }
}

/// A statement whose text was assembled at run time (a query with one arm per
/// source, say). The text must be made only of literal fragments and `$n`
/// slots; every value goes through [`Slots`], never into the text.
fn q_assembled(sql: String, args: Vec<Val>) -> Q {
    Q {
        sql: std::borrow::Cow::Owned(sql),
        args,
    }
}

impl Q {
    pub(crate) fn bind(mut self, v: impl Into<Val>) -> Self {
        self.args.push(v.into());
        self
    }
}

/// The values of a statement assembled at run time, handing out `$n` slots in
/// order (see [`q_assembled`]).
#[derive(Debug, Default)]
pub(crate) struct Slots {
    args: Vec<Val>,
}

impl Slots {
    /// Binds `v` and returns its placeholder.
    pub(crate) fn slot(&mut self, v: impl Into<Val>) -> String {
        self.args.push(v.into());
        format!("${}", self.args.len())
    }

    /// The statement `sql`, with these values.
    pub(crate) fn statement(self, sql: String) -> Q {
        q_assembled(sql, self.args)
    }
}

/// `$first, $first+1, …` for `n` parameters: the slots of a fixed-size `IN` list
/// (callers bind NULL into unused ones, so one statement text serves every size).
pub(crate) fn slots(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A row type decodable from both backends.
pub(crate) trait Row:
    for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{
}
impl<T> Row for T where T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{}

macro_rules! bind_args {
    ($query:expr, $args:expr) => {{
        let mut query = $query;
        for arg in $args {
            query = match arg {
                Val::Text(v) => query.bind(v),
                Val::Int(v) => query.bind(v),
                Val::Bool(v) => query.bind(v),
                Val::Bytes(v) => query.bind(v),
            };
        }
        query
    }};
}

macro_rules! run_as {
    ($db:ty, $row:ty, $q:expr, $exec:expr, $method:ident) => {{
        let Q { sql, args } = $q;
        bind_args!(sqlx::query_as::<$db, $row>(sqlx::AssertSqlSafe(sql)), args)
            .$method($exec)
            .await
            .map_err(StoreError::from)
    }};
}

macro_rules! run_exec {
    ($db:ty, $q:expr, $exec:expr) => {{
        let Q { sql, args } = $q;
        bind_args!(sqlx::query::<$db>(sqlx::AssertSqlSafe(sql)), args)
            .execute($exec)
            .await
            .map(|r| r.rows_affected())
            .map_err(StoreError::from)
    }};
}

impl Db {
    /// Opens (creating if needed) the database behind `url` and runs pending migrations.
    /// `sqlite://path` or a bare path selects SQLite; `postgres://…` selects PostgreSQL.
    pub async fn connect(url: &str) -> Result<Self> {
        let db = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let opts = PgConnectOptions::from_str(url)?;
            Self::connect_pg(opts).await?
        } else {
            let path = url
                .strip_prefix("sqlite://")
                .or_else(|| url.strip_prefix("sqlite:"))
                .unwrap_or(url);
            Self::open_sqlite(Path::new(path)).await?
        };
        db.migrate().await?;
        Ok(db)
    }

    /// Connects to PostgreSQL with explicit options (tests use them to pick a schema).
    pub async fn connect_pg(opts: PgConnectOptions) -> Result<Self> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(opts)
            .await?;
        Ok(Db {
            pools: Pools::Postgres(pool),
        })
    }

    /// Connects to PostgreSQL using (and creating if needed) the schema `schema`, so
    /// that isolated test databases can share one server. `schema` must be
    /// `[a-z0-9_]+`.
    pub async fn connect_pg_schema(url: &str, schema: &str) -> Result<Self> {
        if schema.is_empty()
            || !schema
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            return Err(StoreError::Setup(format!("bad schema name {schema:?}")));
        }
        let opts = PgConnectOptions::from_str(url)?;
        let admin = PgPoolOptions::new()
            .max_connections(1)
            .connect_with(opts.clone())
            .await?;
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "CREATE SCHEMA IF NOT EXISTS {schema}"
        )))
        .execute(&admin)
        .await?;
        admin.close().await;
        Self::connect_pg(opts.options([("search_path", schema)])).await
    }

    async fn open_sqlite(path: &Path) -> Result<Self> {
        if let Some(dir) = path.parent()
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::Setup(e.to_string()))?;
        }
        let base = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5))
            // 16 MiB of page cache per connection (the default is 2 MiB): the hot
            // indexes of a large organisation stay in memory instead of being
            // read again with a system call per page.
            .pragma("cache_size", "-16384");
        // FULL on the writer: an acknowledged write survives power loss, not just a crash.
        let write = Writer::open(base.clone().synchronous(SqliteSynchronous::Full)).await?;
        let read = SqlitePoolOptions::new()
            .max_connections(2)
            .connect_with(base.read_only(true))
            .await?;
        Ok(Db {
            pools: Pools::Sqlite { write, read },
        })
    }

    /// Applies pending migrations. On PostgreSQL the migrator holds an advisory lock,
    /// so several nodes may start at once.
    pub async fn migrate(&self) -> Result<()> {
        match &self.pools {
            Pools::Sqlite { write, .. } => {
                let mut g = write.exclusive().await;
                let conn = g.conn().await?;
                SQLITE_MIGRATIONS.run(&mut *conn).await?;
                // The planner's statistics for tables and indexes that grew or are
                // new (a migration's index has none); bounded work, so start-up
                // stays quick. PostgreSQL's autovacuum does this by itself.
                sqlx::query("PRAGMA optimize=0x10002")
                    .execute(&mut *conn)
                    .await?;
            }
            Pools::Postgres(pool) => PG_MIGRATIONS.run(pool).await?,
        }
        Ok(())
    }

    /// True when every migration this binary knows is applied.
    pub async fn migrations_applied(&self) -> Result<bool> {
        let expected = match self.backend() {
            Backend::Sqlite => SQLITE_MIGRATIONS.iter().count(),
            Backend::Postgres => PG_MIGRATIONS.iter().count(),
        };
        let (n,): (i64,) = self
            .fetch_one(q("SELECT COUNT(*) FROM _sqlx_migrations WHERE success"))
            .await?;
        Ok(usize::try_from(n).unwrap_or(0) >= expected)
    }

    /// A cheap round trip, for readiness checks.
    pub async fn ping(&self) -> Result<()> {
        let _: (i64,) = self.fetch_one(q("SELECT CAST(1 AS BIGINT)")).await?;
        Ok(())
    }

    /// The engine behind this handle.
    pub fn backend(&self) -> Backend {
        match self.pools {
            Pools::Sqlite { .. } => Backend::Sqlite,
            Pools::Postgres(_) => Backend::Postgres,
        }
    }

    /// Pool figures (the write pool on SQLite is counted with the readers).
    pub fn stats(&self) -> DbStats {
        match &self.pools {
            Pools::Sqlite { write, read } => DbStats {
                size: 1 + read.size(),
                idle: u32::try_from(usize::from(write.idle()) + read.num_idle())
                    .unwrap_or(u32::MAX),
                group_commit: Some(write.counts()),
            },
            Pools::Postgres(p) => DbStats {
                size: p.size(),
                idle: u32::try_from(p.num_idle()).unwrap_or(u32::MAX),
                group_commit: None,
            },
        }
    }

    /// Closes every connection (graceful shutdown).
    pub async fn close(&self) {
        match &self.pools {
            Pools::Sqlite { write, read } => {
                read.close().await;
                write.close().await;
            }
            Pools::Postgres(p) => p.close().await,
        }
    }

    /// Begins a write transaction. On SQLite it takes the write lock up front and
    /// may share its COMMIT with the transactions queued behind it (see
    /// [`crate::writer`]); either way, [`Tx::commit`] returns once it is durable.
    pub async fn begin(&self) -> Result<Tx> {
        Ok(match &self.pools {
            Pools::Sqlite { write, .. } => Tx::Sqlite(write.begin().await?),
            Pools::Postgres(p) => Tx::Postgres(p.begin().await?),
        })
    }

    pub(crate) async fn fetch_one<T: Row>(&self, q: Q) -> Result<T> {
        match &self.pools {
            Pools::Sqlite { read, .. } => run_as!(Sqlite, T, q, read, fetch_one),
            Pools::Postgres(p) => run_as!(Postgres, T, q, p, fetch_one),
        }
    }

    pub(crate) async fn fetch_optional<T: Row>(&self, q: Q) -> Result<Option<T>> {
        match &self.pools {
            Pools::Sqlite { read, .. } => run_as!(Sqlite, T, q, read, fetch_optional),
            Pools::Postgres(p) => run_as!(Postgres, T, q, p, fetch_optional),
        }
    }

    pub(crate) async fn fetch_all<T: Row>(&self, q: Q) -> Result<Vec<T>> {
        match &self.pools {
            Pools::Sqlite { read, .. } => run_as!(Sqlite, T, q, read, fetch_all),
            Pools::Postgres(p) => run_as!(Postgres, T, q, p, fetch_all),
        }
    }

    /// Runs one statement in its own transaction; returns the affected row count.
    pub(crate) async fn execute(&self, q: Q) -> Result<u64> {
        match &self.pools {
            Pools::Sqlite { .. } => {
                let mut tx = self.begin().await?;
                let n = tx.execute(q).await?;
                tx.commit().await?;
                Ok(n)
            }
            Pools::Postgres(p) => run_exec!(Postgres, q, p),
        }
    }

    /// Runs a statement that writes and returns rows (`… RETURNING`), on the writer.
    pub(crate) async fn write_fetch_all<T: Row>(&self, q: Q) -> Result<Vec<T>> {
        match &self.pools {
            Pools::Sqlite { .. } => {
                let mut tx = self.begin().await?;
                let rows = tx.fetch_all(q).await?;
                tx.commit().await?;
                Ok(rows)
            }
            Pools::Postgres(p) => run_as!(Postgres, T, q, p, fetch_all),
        }
    }
}

/// An open write transaction. Dropped without [`Tx::commit`], it rolls back.
pub enum Tx {
    /// SQLite transaction (holds the single writer connection).
    Sqlite(WriteTx),
    /// PostgreSQL transaction.
    Postgres(sqlx::Transaction<'static, Postgres>),
}

impl Tx {
    /// Makes every write in the transaction durable.
    pub async fn commit(self) -> Result<()> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }

    /// Serialises a class of critical changes (the last administrator, first-run
    /// setup) across concurrent transactions. SQLite's single writer already does;
    /// PostgreSQL takes a transaction-scoped advisory lock.
    pub async fn lock(&mut self, key: i64) -> Result<()> {
        if let Tx::Postgres(t) = self {
            sqlx::query("SELECT pg_advisory_xact_lock($1)")
                .bind(key)
                .execute(&mut **t)
                .await?;
        }
        Ok(())
    }

    /// Like [`Tx::lock`], keyed by a text (one lock per space, say).
    pub async fn lock_text(&mut self, key: &str) -> Result<()> {
        if let Tx::Postgres(t) = self {
            sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 7))")
                .bind(key)
                .execute(&mut **t)
                .await?;
        }
        Ok(())
    }

    pub(crate) async fn fetch_optional<T: Row>(&mut self, q: Q) -> Result<Option<T>> {
        match self {
            Tx::Sqlite(t) => run_as!(Sqlite, T, q, t.conn().await?, fetch_optional),
            Tx::Postgres(t) => run_as!(Postgres, T, q, &mut **t, fetch_optional),
        }
    }

    pub(crate) async fn fetch_one<T: Row>(&mut self, q: Q) -> Result<T> {
        match self {
            Tx::Sqlite(t) => run_as!(Sqlite, T, q, t.conn().await?, fetch_one),
            Tx::Postgres(t) => run_as!(Postgres, T, q, &mut **t, fetch_one),
        }
    }

    pub(crate) async fn fetch_all<T: Row>(&mut self, q: Q) -> Result<Vec<T>> {
        match self {
            Tx::Sqlite(t) => run_as!(Sqlite, T, q, t.conn().await?, fetch_all),
            Tx::Postgres(t) => run_as!(Postgres, T, q, &mut **t, fetch_all),
        }
    }

    pub(crate) async fn execute(&mut self, q: Q) -> Result<u64> {
        match self {
            Tx::Sqlite(t) => run_exec!(Sqlite, q, t.conn().await?),
            Tx::Postgres(t) => run_exec!(Postgres, q, &mut **t),
        }
    }
}

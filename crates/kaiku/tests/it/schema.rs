//! The SQLite and PostgreSQL schemas are the same: same tables, columns,
//! nullability and indexes (when PostgreSQL is available); and the bundled
//! SQLite is built the way Kaiku's speed depends on.

use std::collections::BTreeSet;

use crate::support::pg_url;

#[tokio::test]
async fn sqlite_and_postgres_schemas_do_not_drift() {
    let Some(url) = pg_url() else {
        eprintln!("skipped: KAIKU_TEST_DATABASE_URL is not set (CI sets it)");
        return;
    };
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sqlite_url = format!("sqlite://{}", dir.path().join("s.db").display());
    let clock = std::sync::Arc::new(kaiku_domain::ManualClock::new());
    let cfg = kaiku_domain::DomainConfig {
        public_url: "http://x".into(),
        smtp_fallback: None,
    };
    kaiku_domain::Services::open(&sqlite_url, clock.clone(), cfg.clone())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let schema = format!("s_{}", uuid::Uuid::new_v4().simple());
    kaiku_domain::Services::open_pg_schema(&url, &schema, clock, cfg)
        .await
        .unwrap_or_else(|e| panic!("{e}"));

    let lite = sqlx::SqlitePool::connect(&sqlite_url)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let tables: Vec<(String,)> = sqlx::query_as("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'")
        .fetch_all(&lite)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let mut lite_cols = BTreeSet::new();
    for (t,) in &tables {
        let cols: Vec<(String, i64, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT name, \"notnull\", pk FROM pragma_table_info('{t}')"
        )))
        .fetch_all(&lite)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
        // Primary-key columns are NOT NULL on PostgreSQL; SQLite reports them by `pk`.
        for (c, notnull, pk) in cols {
            lite_cols.insert(format!("{t}.{c} notnull={}", notnull == 1 || pk > 0));
        }
    }
    let lite_idx: BTreeSet<String> = sqlx::query_as::<_, (String,)>(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'",
    )
    .fetch_all(&lite)
    .await
    .unwrap_or_else(|e| panic!("{e}"))
    .into_iter()
    .map(|r| r.0)
    .collect();

    let pg = sqlx::PgPool::connect(&url)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let pg_cols: BTreeSet<String> = sqlx::query_as::<_, (String, String, String)>(
        "SELECT table_name::text, column_name::text, is_nullable::text FROM information_schema.columns WHERE table_schema = $1 AND table_name <> '_sqlx_migrations'",
    )
    .bind(&schema)
    .fetch_all(&pg)
    .await
    .unwrap_or_else(|e| panic!("{e}"))
    .into_iter()
    .map(|(t, c, n)| format!("{t}.{c} notnull={}", n == "NO"))
    .collect();
    let pg_idx: BTreeSet<String> = sqlx::query_as::<_, (String,)>(
        "SELECT indexname::text FROM pg_indexes WHERE schemaname = $1 AND indexname NOT LIKE '%_pkey' AND tablename <> '_sqlx_migrations'",
    )
    .bind(&schema)
    .fetch_all(&pg)
    .await
    .unwrap_or_else(|e| panic!("{e}"))
    .into_iter()
    .map(|r| r.0)
    .collect();
    assert!(lite_cols.len() > 50, "{} columns", lite_cols.len());
    assert_eq!(
        lite_cols, pg_cols,
        "columns differ between SQLite and PostgreSQL"
    );
    assert_eq!(
        lite_idx, pg_idx,
        "indexes differ between SQLite and PostgreSQL"
    );
    let _ = sqlx::query(sqlx::AssertSqlSafe(format!("DROP SCHEMA {schema} CASCADE")))
        .execute(&pg)
        .await;
}

/// The bundled SQLite is built with the options `.cargo/config.toml` gives it:
/// plans that do not depend on bound values (without it, every statement with
/// a `LIMIT $n` was parsed and planned again on each run) and no memory
/// statistics (a process-wide mutex on every allocation). A build that lost
/// them would still pass every other test, only slower.
#[tokio::test]
async fn sqlite_keeps_its_statement_plans_and_no_memory_statistics() {
    let pool = sqlx::SqlitePool::connect("sqlite::memory:")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let options: BTreeSet<String> = sqlx::query_as::<_, (String,)>("PRAGMA compile_options")
        .fetch_all(&pool)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|r| r.0)
        .collect();
    for wanted in ["ENABLE_QPSG", "DEFAULT_MEMSTATUS=0"] {
        assert!(
            options.contains(wanted),
            "SQLite was built without {wanted}: {options:?}"
        );
    }
}

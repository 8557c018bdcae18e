//! One database per test: an SQLite file in the test's directory, or, when
//! PORTINERIA_TEST_DATABASE_URL names a PostgreSQL server, a fresh database there that is
//! dropped when the test ends.

use diesel::{Connection, PgConnection, RunQueryDsl};

pub struct TestDatabase {
    pub url: String,
    /// (server URL, database name) when this test created a PostgreSQL database.
    owned: Option<(String, String)>,
}

impl TestDatabase {
    pub fn create(dir: &std::path::Path) -> Self {
        match std::env::var("PORTINERIA_TEST_DATABASE_URL") {
            Ok(server) if server.starts_with("postgres") => {
                let name = format!("portineria_test_{}", uuid::Uuid::new_v4().simple());
                let template = template(&server);
                let mut conn = PgConnection::establish(&server).expect("PostgreSQL test server");
                // A copy of the migrated template instead of migrating each database anew.
                // Commits need not reach the disk: the data is thrown away with the test.
                diesel::sql_query(format!("CREATE DATABASE {name} TEMPLATE {template}"))
                    .execute(&mut conn)
                    .expect("create test database");
                diesel::sql_query(format!(
                    "ALTER DATABASE {name} SET synchronous_commit = off"
                ))
                .execute(&mut conn)
                .expect("test database without waits for the disk");
                Self {
                    url: database_url(&server, &name),
                    owned: Some((server, name)),
                }
            }
            _ => Self {
                url: format!("sqlite://{}", dir.join("portineria.db").display()),
                owned: None,
            },
        }
    }

    pub fn borrow(url: &str) -> Self {
        Self {
            url: url.to_string(),
            owned: None,
        }
    }
}

/// The URL of database `name` on the server `server` names.
fn database_url(server: &str, name: &str) -> String {
    let (base, _) = server.rsplit_once('/').expect("URL with a database");
    format!("{base}/{name}")
}

/// The name of a database on `server` with every PostgreSQL migration applied, made once per
/// test run. Its name carries a hash of the migrations, so a database migrated by other
/// migrations is never copied; an advisory lock keeps test processes started together from
/// making it twice. Nobody stays connected to it, as PostgreSQL copies only an unused database.
fn template(server: &str) -> String {
    static TEMPLATE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEMPLATE
        .get_or_init(|| {
            let name = format!("portineria_template_{}", migrations_hash());
            let mut conn = PgConnection::establish(server).expect("PostgreSQL test server");
            diesel::sql_query("SELECT pg_advisory_lock(7270582)")
                .execute(&mut conn)
                .expect("template lock");
            if !exists(&mut conn, &name) {
                make_template(&mut conn, server, &name);
            }
            diesel::sql_query("SELECT pg_advisory_unlock(7270582)")
                .execute(&mut conn)
                .expect("template unlock");
            name
        })
        .clone()
}

/// Migrates a new database as the app does at start-up, and names it `name` only once it is
/// complete: a run killed meanwhile leaves no half-migrated template behind under that name.
fn make_template(conn: &mut PgConnection, server: &str, name: &str) {
    let building = format!("{name}_building");
    for statement in [
        format!("DROP DATABASE IF EXISTS {building} WITH (FORCE)"),
        format!("CREATE DATABASE {building}"),
    ] {
        diesel::sql_query(statement)
            .execute(conn)
            .expect("template database");
    }
    let url = portineria::core::config::DatabaseUrl::parse(&database_url(server, &building))
        .expect("template URL");
    let pool = portineria::core::db::connect(&url).expect("template connections");
    portineria::core::db::migrate(&pool).expect("template migrated");
    drop(pool);
    diesel::sql_query(format!("ALTER DATABASE {building} RENAME TO {name}"))
        .execute(conn)
        .expect("template named");
}

fn exists(conn: &mut PgConnection, name: &str) -> bool {
    #[derive(diesel::QueryableByName)]
    struct Found {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let found: Found =
        diesel::sql_query("SELECT COUNT(*) AS n FROM pg_database WHERE datname = $1")
            .bind::<diesel::sql_types::Text, _>(name)
            .get_result(conn)
            .expect("database lookup");
    found.n > 0
}

/// A short hash of every file under `migrations/postgres`, names and contents.
fn migrations_hash() -> String {
    use sha2::Digest;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations/postgres");
    let mut files = vec![];
    collect_files(&root, &mut files);
    files.sort();
    let mut hash = sha2::Sha256::new();
    for file in files {
        hash.update(
            file.strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .as_bytes(),
        );
        hash.update(std::fs::read(&file).expect("migration readable"));
    }
    hash.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn collect_files(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("migrations folder") {
        let path = entry.expect("migrations entry").path();
        if path.is_dir() {
            collect_files(&path, files);
        } else {
            files.push(path);
        }
    }
}

/// A connection to a SQLite test database that waits for the lock, as the app's own connections
/// do: the app may be writing at the same moment (its jobs run on their own).
fn sqlite(path: &str) -> diesel::SqliteConnection {
    use diesel::connection::SimpleConnection;
    let mut conn = diesel::SqliteConnection::establish(path).expect("SQLite test database");
    conn.batch_execute("PRAGMA busy_timeout = 10000")
        .expect("busy timeout set");
    conn
}

/// Runs one statement straight on a test database: for what no request can do, like moving a
/// report's deadline into the past.
pub fn execute(url: &str, statement: &str) {
    use diesel::connection::SimpleConnection;
    match url.strip_prefix("sqlite://") {
        Some(path) => sqlite(path)
            .batch_execute(statement)
            .expect("statement runs"),
        None => PgConnection::establish(url)
            .expect("PostgreSQL test database")
            .batch_execute(statement)
            .expect("statement runs"),
    }
}

/// `count` messages waiting in the outbox, due at once, subjects `Avviso 0`, `Avviso 1`…: a
/// backlog for the mail tests.
pub fn mail_backlog(url: &str, count: usize) {
    let values: Vec<String> = (0..count)
        .map(|n| {
            format!(
                "('persona{n}@example.test', 'Avviso {n}', 'Acqua sospesa domani.', \
                 '<p>Acqua sospesa domani.</p>', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        })
        .collect();
    execute(
        url,
        &format!(
            "INSERT INTO outbox (recipient, subject, body_text, body_html, created_at, next_attempt_at) VALUES {}",
            values.join(", ")
        ),
    );
}

/// A number one query answers (`SELECT COUNT(*) AS n …`), for what no page shows, like how
/// many messages one event left in the inboxes.
pub fn number(url: &str, query: &str) -> i64 {
    #[derive(diesel::QueryableByName)]
    struct Number {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let found: Vec<Number> = match url.strip_prefix("sqlite://") {
        Some(path) => diesel::sql_query(query).load(&mut sqlite(path)),
        None => diesel::sql_query(query)
            .load(&mut PgConnection::establish(url).expect("PostgreSQL test database")),
    }
    .expect("query runs");
    found.first().map_or(0, |row| row.n)
}

/// The texts one query answers (`SELECT … AS s`), one per row.
pub fn strings(url: &str, query: &str) -> Vec<String> {
    #[derive(diesel::QueryableByName)]
    struct Text {
        #[diesel(sql_type = diesel::sql_types::Text)]
        s: String,
    }
    let found: Vec<Text> = match url.strip_prefix("sqlite://") {
        Some(path) => diesel::sql_query(query).load(&mut sqlite(path)),
        None => diesel::sql_query(query)
            .load(&mut PgConnection::establish(url).expect("PostgreSQL test database")),
    }
    .expect("query runs");
    found.into_iter().map(|row| row.s).collect()
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Some((server, name)) = &self.owned {
            if let Ok(mut conn) = PgConnection::establish(server) {
                let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(&mut conn);
            }
        }
    }
}

/// The PostgreSQL server a `postgres_only` test runs against. Such tests are `#[ignore]`d, and
/// `.ci/run` runs them in its PostgreSQL pass (`--ignored postgres_only`): run on SQLite by
/// mistake, they fail here instead of passing without having run.
pub fn require_postgres() -> String {
    std::env::var("PORTINERIA_TEST_DATABASE_URL")
        .ok()
        .filter(|u| u.starts_with("postgres"))
        .expect("a postgres_only test: set PORTINERIA_TEST_DATABASE_URL to a PostgreSQL server")
}

/// Fails a `sqlite_only` test run on PostgreSQL (see [`require_postgres`]).
pub fn require_sqlite() {
    let url = std::env::var("PORTINERIA_TEST_DATABASE_URL").unwrap_or_default();
    assert!(
        !url.starts_with("postgres"),
        "a sqlite_only test: unset PORTINERIA_TEST_DATABASE_URL"
    );
}

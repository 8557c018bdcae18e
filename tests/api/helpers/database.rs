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
                let mut conn = PgConnection::establish(&server).expect("PostgreSQL test server");
                diesel::sql_query(format!("CREATE DATABASE {name}"))
                    .execute(&mut conn)
                    .expect("create test database");
                let (base, _) = server.rsplit_once('/').expect("URL with a database");
                Self {
                    url: format!("{base}/{name}"),
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

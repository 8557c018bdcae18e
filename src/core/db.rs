//! One code path over two backends: SQLite (embedded default) and PostgreSQL (production).
//! Queries are written once against [`DbConnection`]; only connection set-up, migrations and the
//! few statements whose SQL differs (row locking) look at the variant.

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::query_dsl::methods::ExecuteDsl;
use diesel::r2d2;
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use super::changes::{self, Stamp, StampSource};
use super::config::DatabaseUrl;
use super::error::{AppError, AppResult};

#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgresql(diesel::PgConnection),
    Sqlite(diesel::SqliteConnection),
}

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Establishes exactly the backend the URL names: trying one after the other, as the derived
/// `establish` does, could silently open an SQLite file named after a PostgreSQL URL.
#[derive(Debug, Clone)]
pub struct ConnectionManager {
    url: DatabaseUrl,
    /// SQLite connections that refuse every write (see [`Db::read`]).
    read_only: bool,
}

impl r2d2::ManageConnection for ConnectionManager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        match &self.url {
            DatabaseUrl::Postgres(url) => diesel::PgConnection::establish(url)
                .map(DbConnection::Postgresql)
                .map_err(r2d2::Error::ConnectionError),
            DatabaseUrl::Sqlite(path) => {
                let mut conn = diesel::SqliteConnection::establish(&path.to_string_lossy())
                    .map_err(r2d2::Error::ConnectionError)?;
                // The busy timeout comes first so that even switching to WAL waits its turn;
                // WAL lets readers work while one writer writes; SQLite leaves foreign keys off
                // unless asked.
                conn.batch_execute(
                    "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; \
                     PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
                )
                .map_err(r2d2::Error::QueryError)?;
                // Set once per connection: changing it later would expire every prepared
                // statement of the connection.
                if self.read_only {
                    conn.batch_execute("PRAGMA query_only = 1")
                        .map_err(r2d2::Error::QueryError)?;
                }
                Ok(DbConnection::Sqlite(conn))
            }
        }
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, _conn: &mut DbConnection) -> bool {
        false
    }
}

impl ConnectionManager {
    /// Connections that refuse every write.
    pub fn reader(url: &DatabaseUrl) -> Self {
        ConnectionManager {
            url: url.clone(),
            read_only: true,
        }
    }
}

pub type Pool = r2d2::Pool<ConnectionManager>;

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("could not create the database directory")]
    Directory(#[source] std::io::Error),
    #[error("could not open a database connection")]
    Pool(#[source] r2d2::PoolError),
    #[error("could not open a database connection")]
    Connect(#[source] r2d2::Error),
    #[error("could not apply migrations: {0}")]
    Migrations(String),
}

/// Builds the pool; SQLite files get their directory created, so one `cargo run` just works.
pub fn connect(url: &DatabaseUrl) -> Result<Pool, DbError> {
    let max_size = match url {
        DatabaseUrl::Sqlite(path) => {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(DbError::Directory)?;
            }
            8
        }
        // Each PostgreSQL connection is a server process, and a server takes 100 by default:
        // eight per node leave room for several nodes (and for the test suite's apps running
        // side by side). They are all opened at start: opening them as needed instead left a
        // thread connecting while a short command exited, and the process crashed on exit.
        DatabaseUrl::Postgres(_) => 8,
    };
    r2d2::Pool::builder()
        .max_size(max_size)
        // A PostgreSQL connection goes stale when the server restarts, so it is checked before
        // use; an SQLite connection is a file handle in this process and cannot.
        .test_on_check_out(matches!(url, DatabaseUrl::Postgres(_)))
        // While the database is down a request waits this long for it, then answers 503.
        .connection_timeout(Duration::from_secs(5))
        .build(ConnectionManager {
            url: url.clone(),
            read_only: false,
        })
        .map_err(DbError::Pool)
}

/// For SQLite, a few connections that only read, for [`Db::read`]: one per async worker is
/// enough, as a read there runs to its end before the worker does anything else.
pub fn readers(url: &DatabaseUrl, workers: usize) -> Result<Option<Pool>, DbError> {
    if !matches!(url, DatabaseUrl::Sqlite(_)) {
        return Ok(None);
    }
    r2d2::Pool::builder()
        .max_size(workers.max(1) as u32)
        .build(ConnectionManager::reader(url))
        .map(Some)
        .map_err(DbError::Pool)
}

/// Applies pending migrations of the backend's own tree. On PostgreSQL an advisory lock keeps
/// several app nodes starting at once from racing each other.
pub fn migrate(pool: &Pool) -> Result<(), DbError> {
    let mut conn = pool.get().map_err(DbError::Pool)?;
    let result = match &mut *conn {
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(drop),
        DbConnection::Postgresql(c) => {
            const LOCK: &str = "SELECT pg_advisory_lock(7270581)";
            const UNLOCK: &str = "SELECT pg_advisory_unlock(7270581)";
            c.batch_execute(LOCK)
                .map_err(|e| DbError::Migrations(e.to_string()))?;
            let applied = c.run_pending_migrations(POSTGRES_MIGRATIONS).map(drop);
            c.batch_execute(UNLOCK)
                .map_err(|e| DbError::Migrations(e.to_string()))?;
            applied
        }
    };
    result.map_err(|e| DbError::Migrations(e.to_string()))
}

/// An insert two requests (or app nodes) may race to make, where either will do: `Ok(false)`
/// when its row was there already (a unique key taken).
pub fn inserted(result: QueryResult<usize>) -> QueryResult<bool> {
    match result {
        Ok(_) => Ok(true),
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Whether the database answers (readiness checks).
pub fn ping(conn: &mut DbConnection) -> QueryResult<()> {
    conn.batch_execute("SELECT 1")
}

/// After a change of size (an import of millions of rows), brings SQLite's planner statistics up
/// to date: tables analysed while small would otherwise be planned as scans once large.
/// PostgreSQL's autovacuum does this by itself.
pub fn refresh_statistics(conn: &mut DbConnection) -> QueryResult<()> {
    match conn {
        // `optimize` analyses the tables whose size changed much since they were last analysed,
        // reading at most a thousand rows of each index.
        DbConnection::Sqlite(lite) => {
            lite.batch_execute("PRAGMA analysis_limit=1000; PRAGMA optimize;")
        }
        DbConnection::Postgresql(_) => Ok(()),
    }
}

/// Runs on the backend's own connection a statement that the connection serving both cannot
/// write: an INSERT of many rows in one statement (`insert_into(t).values(vec)`), which makes
/// one round trip of what would be one per row.
pub fn execute_many<Q>(conn: &mut DbConnection, query: Q) -> QueryResult<usize>
where
    Q: ExecuteDsl<diesel::PgConnection> + ExecuteDsl<diesel::SqliteConnection>,
{
    match conn {
        DbConnection::Postgresql(pg) => ExecuteDsl::<diesel::PgConnection>::execute(query, pg),
        DbConnection::Sqlite(lite) => ExecuteDsl::<diesel::SqliteConnection>::execute(query, lite),
    }
}

/// The pool as handlers use it: queries run on the blocking thread pool, never on the async
/// workers that serve requests — except SQLite reads, see [`Db::read`].
#[derive(Clone)]
pub struct Db {
    pool: Pool,
    readers: Option<Pool>,
    stamps: StampSource,
}

impl Db {
    pub fn new(pool: Pool, readers: Option<Pool>, stamps: StampSource) -> Self {
        Self {
            pool,
            readers,
            stamps,
        }
    }

    /// The database's [`Stamp`] of changes, read after this call began; `None` if the
    /// database could not be read.
    pub async fn stamp(&self) -> Option<Stamp> {
        match &self.stamps {
            StampSource::Sqlite(conn) => changes::sqlite_stamp(conn).ok(),
            // A stamp is only worth having quickly: without one, a page is simply made.
            StampSource::Postgres(shared) => {
                let reading = || self.run_waiting(changes::STAMP_WAIT, changes::postgres_stamp);
                shared.read(reading).await
            }
        }
    }

    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    pub async fn run<T, F>(&self, work: F) -> AppResult<T>
    where
        F: FnOnce(&mut DbConnection) -> AppResult<T> + Send + 'static,
        T: Send + 'static,
    {
        self.run_waiting(self.pool.connection_timeout(), work).await
    }

    /// Like [`Db::run`], waiting at most `wait` for a connection.
    async fn run_waiting<T, F>(&self, wait: Duration, work: F) -> AppResult<T>
    where
        F: FnOnce(&mut DbConnection) -> AppResult<T> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get_timeout(wait)?;
            work(&mut conn)
        })
        .await
        .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("blocking task")))?
    }

    /// Runs `work` on a blocking thread with a connection and hands out what it produces as it
    /// goes, so an export of any size is sent in constant memory. `work`'s `send` answers false
    /// once the reader has gone, so it can stop. A failure after the first chunk ends the
    /// stream with the error (the reader sees a cut-off transfer, never a silently short file).
    pub fn stream<F>(&self, work: F) -> tokio::sync::mpsc::Receiver<AppResult<Vec<u8>>>
    where
        F: FnOnce(&mut DbConnection, &mut dyn FnMut(Vec<u8>) -> bool) -> AppResult<()>
            + Send
            + 'static,
    {
        // Two chunks in flight: the database reads ahead while the network sends.
        let (tx, rx) = tokio::sync::mpsc::channel(2);
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let produced = pool.get().map_err(AppError::from).and_then(|mut conn| {
                work(&mut conn, &mut |chunk| tx.blocking_send(Ok(chunk)).is_ok())
            });
            if let Err(e) = produced {
                tracing::error!(error = ?e, "a streamed export failed");
                let _ = tx.blocking_send(Err(e));
            }
        });
        rx
    }

    /// A read that never waits on a lock: on SQLite (in WAL mode a reader never waits for a
    /// writer) it is a function call of a few microseconds in this process, cheaper than the two
    /// thread switches of a hop to the blocking pool, which under load are what the slowest
    /// requests wait on; so it runs right here when a connection is free at once, on a
    /// connection that refuses writes: a read that turns out to write (the first look at a
    /// board makes its feed address) is refused before writing anything and done again on the
    /// blocking pool, where waiting for SQLite's write lock holds up no other request.
    /// PostgreSQL reads cross the network and always take the hop.
    pub async fn read<T, F>(&self, work: F) -> AppResult<T>
    where
        F: Fn(&mut DbConnection) -> AppResult<T> + Send + 'static,
        T: Send + 'static,
    {
        if let Some(mut conn) = self.readers.as_ref().and_then(|r| r.try_get()) {
            // One read transaction for all of the work: the page reads one snapshot, and SQLite
            // takes its WAL read lock once instead of once per statement (a tenth of a page's
            // CPU in perf).
            match conn.transaction(|conn| work(conn)) {
                Err(e) if e.refused_write() => {}
                done => return done,
            }
        }
        self.run(move |conn| work(conn)).await
    }

    /// Like [`Db::run`], inside one transaction.
    pub async fn transaction<T, F>(&self, work: F) -> AppResult<T>
    where
        F: FnOnce(&mut DbConnection) -> AppResult<T> + Send + 'static,
        T: Send + 'static,
    {
        self.run(|conn| transaction(conn, work)).await
    }
}

/// A transaction that may write. On SQLite it starts with `BEGIN IMMEDIATE`: a deferred
/// transaction that has read and then wants to write fails at once with "database is locked"
/// when another connection wrote meanwhile (the busy timeout cannot help there), whereas an
/// immediate one waits its turn up front. Nested calls become savepoints as usual.
pub fn transaction<T, E, F>(conn: &mut DbConnection, work: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    use diesel::connection::{AnsiTransactionManager, TransactionManager};
    let DbConnection::Sqlite(inner) = conn else {
        return conn.transaction(work);
    };
    let outermost = AnsiTransactionManager::transaction_manager_status_mut(inner)
        .transaction_depth()?
        .is_none();
    if !outermost {
        return conn.transaction(work);
    }
    AnsiTransactionManager::begin_transaction_sql(inner, "BEGIN IMMEDIATE")?;
    let result = work(conn);
    let DbConnection::Sqlite(inner) = conn else {
        unreachable!("the connection's backend does not change");
    };
    match result {
        Ok(value) => {
            AnsiTransactionManager::commit_transaction(inner)?;
            Ok(value)
        }
        Err(e) => {
            AnsiTransactionManager::rollback_transaction(inner)?;
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// SQLite reads on the worker use connections that refuse writes, and a read that turns
    /// out to write is done again where it may, exactly once.
    #[tokio::test]
    async fn a_read_that_writes_is_redone_on_a_writable_connection() {
        let dir = tempfile::tempdir().unwrap();
        let url = DatabaseUrl::Sqlite(dir.path().join("read.db"));
        let pool = connect(&url).unwrap();
        pool.get()
            .unwrap()
            .batch_execute("CREATE TABLE notes (n INTEGER)")
            .unwrap();
        let readers = readers(&url, 2).unwrap().expect("SQLite has readers");
        let refused = readers
            .get()
            .unwrap()
            .batch_execute("INSERT INTO notes VALUES (1)");
        assert!(refused.is_err(), "a reader refuses writes");
        let db = Db::new(pool, Some(readers), StampSource::open(&url).unwrap());
        let attempts = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counted = attempts.clone();
        let written = db
            .read(move |conn| {
                counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                conn.batch_execute("INSERT INTO notes VALUES (1)")?;
                Ok(())
            })
            .await;
        assert!(written.is_ok(), "{written:?}");
        assert_eq!(attempts.load(std::sync::atomic::Ordering::SeqCst), 2);
        let count = db
            .read(|conn| {
                #[derive(QueryableByName)]
                struct Count {
                    #[diesel(sql_type = diesel::sql_types::BigInt)]
                    n: i64,
                }
                let found: Count =
                    diesel::sql_query("SELECT COUNT(*) AS n FROM notes").get_result(conn)?;
                Ok(found.n)
            })
            .await
            .unwrap();
        assert_eq!(count, 1, "written once");
    }

    /// The assemblies migration makes the notices table again on SQLite (to widen its kinds):
    /// every notice keeps its texts, events, inbox entries and "seen", and deleting a notice
    /// still takes them with it.
    #[test]
    fn widening_the_notice_kinds_keeps_every_notices_children() {
        use diesel::migration::{MigrationConnection, MigrationSource};
        let mut conn = diesel::SqliteConnection::establish(":memory:").unwrap();
        conn.batch_execute("PRAGMA foreign_keys = ON;").unwrap();
        conn.setup().unwrap();
        let mut migrations =
            MigrationSource::<diesel::sqlite::Sqlite>::migrations(&SQLITE_MIGRATIONS).unwrap();
        migrations.sort_by_key(|m| m.name().to_string());
        for migration in migrations
            .iter()
            .take_while(|m| m.name().to_string().as_str() < "2026-12-08-000200")
        {
            conn.run_migration(&**migration).unwrap();
        }
        conn.batch_execute(
            "INSERT INTO organisations (id, code, name, kind) VALUES (1, 'o', 'O', 'aler');
             INSERT INTO estates (id, code, name, city) VALUES (1, 'e', 'E', 'C');
             INSERT INTO users (id, name, created_at) VALUES (1, 'U', '2026-12-01 10:00:00');
             INSERT INTO notices (id, kind, level, estate_id, author_id, state, starts_at,
                 created_at, updated_at)
                 VALUES (1, 'event', 'estate', 1, 1, 'live', '2026-12-01 10:00:00',
                 '2026-12-01 10:00:00', '2026-12-01 10:00:00');
             INSERT INTO notice_texts VALUES (1, 'it', 'Festa', 'In cortile');
             INSERT INTO notice_events (notice_id, kind, created_at)
                 VALUES (1, 'posted', '2026-12-01 10:00:00');
             INSERT INTO notice_inbox VALUES (1, 1, '2026-12-01 10:00:00');
             INSERT INTO notice_seen VALUES (1, 1, '2026-12-01 10:00:00');",
        )
        .unwrap();
        conn.run_pending_migrations(SQLITE_MIGRATIONS).unwrap();

        #[derive(QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let children = |conn: &mut diesel::SqliteConnection| -> i64 {
            [
                "notice_texts",
                "notice_events",
                "notice_inbox",
                "notice_seen",
            ]
            .iter()
            .map(|table| {
                diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table}"))
                    .get_result::<Count>(conn)
                    .unwrap()
                    .n
            })
            .sum()
        };
        assert_eq!(children(&mut conn), 4, "every child row survives");
        let foreign_keys: Count =
            diesel::sql_query("SELECT foreign_keys AS n FROM pragma_foreign_keys")
                .get_result(&mut conn)
                .unwrap();
        assert_eq!(foreign_keys.n, 1, "foreign keys are on again");
        conn.batch_execute(
            "INSERT INTO notices (id, kind, level, estate_id, author_id, state, starts_at,
                 created_at, updated_at)
                 VALUES (2, 'assembly', 'estate', 1, 1, 'live', '2026-12-01 10:00:00',
                 '2026-12-01 10:00:00', '2026-12-01 10:00:00');",
        )
        .expect("an assembly is a kind of notice");
        let bogus = conn.batch_execute(
            "INSERT INTO notices (id, kind, level, estate_id, author_id, state, starts_at,
                 created_at, updated_at)
                 VALUES (3, 'bogus', 'estate', 1, 1, 'live', '2026-12-01 10:00:00',
                 '2026-12-01 10:00:00', '2026-12-01 10:00:00');",
        );
        assert!(bogus.is_err(), "the kinds are still checked");
        conn.batch_execute("DELETE FROM notices WHERE id = 1")
            .unwrap();
        assert_eq!(
            children(&mut conn),
            0,
            "deleting a notice still takes its children"
        );
    }

    /// The two trees must stay in step: same migrations, same names.
    #[test]
    fn migration_trees_are_in_step() {
        let names = |dir: &str| {
            let mut names: Vec<_> = std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().file_name().into_string().unwrap())
                .collect();
            names.sort();
            names
        };
        assert_eq!(names("migrations/sqlite"), names("migrations/postgres"));
    }
}

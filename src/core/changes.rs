//! Whether anything in the database has changed: a [`Stamp`] read in one cheap step that is
//! different whenever a write has been committed since an earlier reading, by this process or
//! any other (another app node, a command run by hand). What is kept from the database (pages
//! as last rendered) is kept with the stamp read before it was read, and is good while the
//! stamp stays the same.
//!
//! - SQLite: `PRAGMA data_version` on one connection kept for it, which never writes. SQLite
//!   documents that the value changes whenever another connection has committed in between;
//!   reading it takes microseconds and no trip to another thread.
//! - PostgreSQL: the current snapshot (`pg_current_snapshot()`: the oldest transaction still
//!   running, the next to be numbered, and those in flight). Two equal snapshots see exactly
//!   the same committed transactions, so an equal stamp means nothing committed in between, on
//!   any node. Writes to other databases of the same server move it too: that only costs a
//!   page made again.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use diesel::r2d2::ManageConnection;
use diesel::sql_types::{BigInt, Text};

use super::config::DatabaseUrl;
use super::db::{ConnectionManager, DbConnection, DbError};
use super::error::AppResult;
use super::prepared::fixed_sql;

/// The database's state of changes, as last read.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Stamp {
    Sqlite(i64),
    Postgres(String),
}

/// Where stamps come from: a connection of its own for SQLite, the pool for PostgreSQL.
#[derive(Clone)]
pub enum StampSource {
    Sqlite(Arc<Mutex<DbConnection>>),
    Postgres(Arc<SharedReadings>),
}

/// One PostgreSQL reading for every request that waits for one. A request needs a reading
/// made after it arrived (so it sees every write acknowledged before it); all the requests
/// that arrive while one reading is under way share the next, so under load the server
/// answers a few thousand of these a second instead of one per page.
#[derive(Default)]
pub struct SharedReadings {
    turn: tokio::sync::Mutex<()>,
    /// Readings started so far; a reading numbered above what a request saw on arrival was
    /// started after it.
    started: AtomicU64,
    last: Mutex<Option<Reading>>,
}

struct Reading {
    number: u64,
    stamp: Option<Stamp>,
    at: Instant,
}

/// How long a PostgreSQL reading may wait for a connection.
pub const STAMP_WAIT: Duration = Duration::from_millis(500);
/// While the database does not answer, how often it is asked again for a stamp (each page
/// still tries, and answers 503 if it cannot read).
const RETRY_AFTER: Duration = Duration::from_secs(1);

impl SharedReadings {
    pub async fn read<R>(&self, reading: impl FnOnce() -> R) -> Option<Stamp>
    where
        R: std::future::Future<Output = AppResult<Stamp>>,
    {
        let arrived = self.started.load(Ordering::SeqCst);
        let _turn = self.turn.lock().await;
        if let Some(last) = &*lock(&self.last) {
            // A failed reading is shared too, and not tried again at once: those waiting go on
            // without one rather than each wait their turn for the database to time out.
            let failed_lately = last.stamp.is_none() && last.at.elapsed() < RETRY_AFTER;
            if last.number > arrived || failed_lately {
                return last.stamp.clone();
            }
        }
        let number = self.started.fetch_add(1, Ordering::SeqCst) + 1;
        let stamp = reading().await.ok();
        *lock(&self.last) = Some(Reading {
            number,
            stamp: stamp.clone(),
            at: Instant::now(),
        });
        stamp
    }
}

/// A lock whose holder cannot leave what it guards half-changed.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl StampSource {
    pub fn open(url: &DatabaseUrl) -> Result<Self, DbError> {
        match url {
            DatabaseUrl::Postgres(_) => Ok(StampSource::Postgres(Default::default())),
            DatabaseUrl::Sqlite(_) => {
                let conn = ConnectionManager::reader(url)
                    .connect()
                    .map_err(DbError::Connect)?;
                Ok(StampSource::Sqlite(Arc::new(Mutex::new(conn))))
            }
        }
    }
}

/// The SQLite stamp, read right here: a few microseconds, no trip to another thread.
pub fn sqlite_stamp(conn: &Mutex<DbConnection>) -> AppResult<Stamp> {
    // `pragma_data_version` is the pragma as a table: a statement diesel keeps prepared.
    let version = diesel::select(fixed_sql::<BigInt>(
        "(SELECT data_version FROM pragma_data_version)",
    ))
    .get_result(&mut *lock(conn))?;
    Ok(Stamp::Sqlite(version))
}

pub fn postgres_stamp(conn: &mut DbConnection) -> AppResult<Stamp> {
    let snapshot =
        diesel::select(fixed_sql::<Text>("pg_current_snapshot()::text")).get_result(conn)?;
    Ok(Stamp::Postgres(snapshot))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicI64;

    /// Readings that take a while and number themselves.
    async fn numbered(count: &AtomicI64) -> AppResult<Stamp> {
        let n = count.fetch_add(1, Ordering::SeqCst) + 1;
        tokio::time::sleep(Duration::from_millis(50)).await;
        Ok(Stamp::Sqlite(n))
    }

    #[tokio::test]
    async fn requests_share_readings_but_never_one_started_before_they_came() {
        let shared = Arc::new(SharedReadings::default());
        let count = Arc::new(AtomicI64::new(0));
        let first = {
            let (shared, count) = (shared.clone(), count.clone());
            tokio::spawn(async move { shared.read(|| numbered(&count)).await })
        };
        tokio::time::sleep(Duration::from_millis(10)).await;
        // Twenty requests arrive while the first reading is under way: they share the next.
        let later: Vec<_> = (0..20)
            .map(|_| {
                let (shared, count) = (shared.clone(), count.clone());
                tokio::spawn(async move { shared.read(|| numbered(&count)).await })
            })
            .collect();
        assert_eq!(first.await.unwrap(), Some(Stamp::Sqlite(1)));
        for request in later {
            assert_eq!(request.await.unwrap(), Some(Stamp::Sqlite(2)));
        }
        assert_eq!(
            count.load(Ordering::SeqCst),
            2,
            "two readings for 21 requests"
        );
    }

    #[tokio::test]
    async fn a_failed_reading_is_not_tried_again_at_once() {
        let shared = SharedReadings::default();
        let tries = AtomicI64::new(0);
        let failing = || async {
            tries.fetch_add(1, Ordering::SeqCst);
            Err(crate::core::error::AppError::Unavailable(anyhow::anyhow!(
                "down"
            )))
        };
        assert_eq!(shared.read(failing).await, None);
        assert_eq!(shared.read(failing).await, None);
        assert_eq!(tries.load(Ordering::SeqCst), 1);
    }
}

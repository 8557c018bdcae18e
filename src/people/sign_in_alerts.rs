//! Telling a person that someone is guessing their password. An episode starts when a first
//! address is closed to their account and lasts until an hour passes without a wrong password;
//! they are told once per episode, however many attempts and addresses it holds.

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error};

use crate::core::db::DbConnection;
use crate::core::schema::sign_in_alerts;

/// An hour without wrong passwords ends an episode.
pub const QUIET_MINUTES: i64 = 60;

/// The latest episode of guessing at someone's password.
#[derive(Debug, Clone, Copy, Queryable, Selectable)]
#[diesel(table_name = sign_in_alerts)]
pub struct Episode {
    pub started_at: NaiveDateTime,
    pub last_failure_at: NaiveDateTime,
}

impl Episode {
    /// Still going on: wrong passwords within the last hour.
    pub fn ongoing(&self) -> bool {
        self.last_failure_at > Utc::now().naive_utc() - Duration::minutes(QUIET_MINUTES)
    }
}

/// Notes a wrong password for the person; `closed_an_address` says it shut an address out.
/// Answers `true` when this starts a new episode, so the person is to be told (once: each
/// step is one conditional statement, and concurrent attempts start at most one episode).
pub fn wrong_password(
    conn: &mut DbConnection,
    user_id: i32,
    closed_an_address: bool,
) -> QueryResult<bool> {
    let now = Utc::now().naive_utc();
    let quiet_since = now - Duration::minutes(QUIET_MINUTES);
    let row = || sign_in_alerts::table.filter(sign_in_alerts::user_id.eq(user_id));
    let ongoing = diesel::update(row().filter(sign_in_alerts::last_failure_at.gt(quiet_since)))
        .set(sign_in_alerts::last_failure_at.eq(now))
        .execute(conn)?;
    if ongoing > 0 || !closed_an_address {
        return Ok(false);
    }
    let restarted = diesel::update(row().filter(sign_in_alerts::last_failure_at.le(quiet_since)))
        .set((
            sign_in_alerts::started_at.eq(now),
            sign_in_alerts::last_failure_at.eq(now),
        ))
        .execute(conn)?;
    if restarted > 0 {
        return Ok(true);
    }
    let first = diesel::insert_into(sign_in_alerts::table)
        .values((
            sign_in_alerts::user_id.eq(user_id),
            sign_in_alerts::started_at.eq(now),
            sign_in_alerts::last_failure_at.eq(now),
        ))
        .execute(conn);
    match first {
        Ok(_) => Ok(true),
        // Another attempt started the episode a moment ago.
        Err(Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => Ok(false),
        Err(e) => Err(e),
    }
}

pub fn latest(conn: &mut DbConnection, user_id: i32) -> QueryResult<Option<Episode>> {
    sign_in_alerts::table
        .find(user_id)
        .select(Episode::as_select())
        .first(conn)
        .optional()
}

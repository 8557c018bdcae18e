//! The outbox table: mail is written here inside the request's transaction and sent later,
//! so a slow or absent mail server never slows or breaks a request, and nothing is lost.

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::db::{DbConnection, DbConnection as Conn};
use crate::schema::outbox;

/// A message ready to queue: already in the recipient's language.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// After this many failed attempts a message is given up on (and stays for inspection).
pub const MAX_ATTEMPTS: i32 = 8;
/// A claimed message is someone else's for this long; then a crashed sender's work is retried.
pub const LEASE_SECONDS: i64 = 120;

pub fn enqueue(conn: &mut DbConnection, mail: &Mail) -> QueryResult<i32> {
    let now = Utc::now().naive_utc();
    let id = diesel::insert_into(outbox::table)
        .values((
            outbox::recipient.eq(&mail.to),
            outbox::subject.eq(&mail.subject),
            outbox::body_text.eq(&mail.text),
            outbox::body_html.eq(&mail.html),
            outbox::created_at.eq(now),
            outbox::next_attempt_at.eq(now),
        ))
        .returning(outbox::id)
        .get_result(conn)?;
    tracing::info!(outbox_id = id, to = %mail.to, subject = %mail.subject, "mail queued");
    Ok(id)
}

#[derive(Debug, Clone, Queryable)]
pub struct Claimed {
    pub id: i32,
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub attempts: i32,
}

/// Takes up to `limit` due messages for this sender. On PostgreSQL `SKIP LOCKED` lets several
/// app nodes claim in parallel without waiting on or taking each other's rows; SQLite has a
/// single writer, so the transaction alone is enough there.
pub fn claim(conn: &mut DbConnection, limit: i64) -> QueryResult<Vec<Claimed>> {
    conn.transaction(|conn| {
        let now = Utc::now().naive_utc();
        let due = outbox::table
            .filter(outbox::sent_at.is_null())
            .filter(outbox::failed_at.is_null())
            .filter(outbox::next_attempt_at.le(now))
            .filter(
                outbox::locked_until
                    .is_null()
                    .or(outbox::locked_until.lt(now)),
            )
            .order(outbox::id)
            .limit(limit)
            .select(outbox::id);
        let ids: Vec<i32> = match conn {
            Conn::Postgresql(pg) => due.for_update().skip_locked().load(pg)?,
            Conn::Sqlite(lite) => due.load(lite)?,
        };
        if ids.is_empty() {
            return Ok(vec![]);
        }
        diesel::update(outbox::table.filter(outbox::id.eq_any(&ids)))
            .set((
                outbox::locked_until.eq(now + Duration::seconds(LEASE_SECONDS)),
                outbox::attempts.eq(outbox::attempts + 1),
            ))
            .execute(conn)?;
        outbox::table
            .filter(outbox::id.eq_any(&ids))
            .order(outbox::id)
            .select((
                outbox::id,
                outbox::recipient,
                outbox::subject,
                outbox::body_text,
                outbox::body_html,
                outbox::attempts,
            ))
            .load(conn)
    })
}

pub fn mark_sent(conn: &mut DbConnection, id: i32) -> QueryResult<()> {
    diesel::update(outbox::table.find(id))
        .set((
            outbox::sent_at.eq(Utc::now().naive_utc()),
            outbox::locked_until.eq(None::<NaiveDateTime>),
            outbox::last_error.eq(None::<String>),
        ))
        .execute(conn)
        .map(drop)
}

/// Waits 1, 2, 4 … minutes between attempts, at most six hours.
pub fn backoff(attempts: i32) -> Duration {
    let minutes = 1i64 << attempts.clamp(1, 12).saturating_sub(1);
    Duration::minutes(minutes.min(360))
}

pub fn mark_failed(
    conn: &mut DbConnection,
    message: &Claimed,
    error: &str,
    permanent: bool,
) -> QueryResult<()> {
    let now = Utc::now().naive_utc();
    let give_up = permanent || message.attempts >= MAX_ATTEMPTS;
    diesel::update(outbox::table.find(message.id))
        .set((
            outbox::locked_until.eq(None::<NaiveDateTime>),
            outbox::last_error.eq(error),
            outbox::next_attempt_at.eq(now + backoff(message.attempts)),
            outbox::failed_at.eq(give_up.then_some(now)),
        ))
        .execute(conn)
        .map(drop)
}

/// Messages still waiting to be sent (for /metrics).
pub fn backlog(conn: &mut DbConnection) -> QueryResult<i64> {
    outbox::table
        .filter(outbox::sent_at.is_null())
        .filter(outbox::failed_at.is_null())
        .count()
        .get_result(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff(1), Duration::minutes(1));
        assert_eq!(backoff(2), Duration::minutes(2));
        assert_eq!(backoff(4), Duration::minutes(8));
        assert_eq!(backoff(30), Duration::minutes(360));
    }
}

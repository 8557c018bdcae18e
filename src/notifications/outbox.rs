//! The outbox table: mail, SMS and push messages are written here inside the request's (or the fan-out's)
//! transaction and sent later, so a slow or absent mail server or SMS gateway never slows or
//! breaks a request, and nothing is lost. One table and one claiming mechanism for every
//! channel; a row's `channel` says which sender takes it.

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::core::db::{DbConnection, DbConnection as Conn};
use crate::core::schema::outbox;

/// A message ready to queue: already in the recipient's language.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// The channels the outbox carries, as stored in `outbox.channel`.
pub const MAIL: &str = "mail";
pub const SMS: &str = "sms";
pub const PUSH: &str = "push";

/// After this many failed attempts a message is given up on (and stays for inspection).
pub const MAX_ATTEMPTS: i32 = 8;

/// How long a claimed message stays the claimer's: twice the longest one send may take (the
/// SMTP timeout), so a slow server never lets a second node take a message still being sent,
/// while a crashed sender's message is retried soon after. Messages are claimed one at a time,
/// so no message waits in a claimed batch behind others.
pub fn lease_for(send_timeout: std::time::Duration) -> Duration {
    Duration::from_std(send_timeout.saturating_mul(2)).unwrap_or(Duration::minutes(10))
        + Duration::seconds(5)
}

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

/// Queues an SMS: `to` in E.164, `text` already in the recipient's language and fitted to
/// `parts` SMS (see `channels::sms`).
/// Queues an SMS; an `urgent` one may go during the quiet hours (see [`claim`]).
pub fn enqueue_sms(
    conn: &mut DbConnection,
    to: &str,
    text: &str,
    parts: i32,
    urgent: bool,
) -> QueryResult<i32> {
    let now = Utc::now().naive_utc();
    let id = diesel::insert_into(outbox::table)
        .values((
            outbox::channel.eq(SMS),
            outbox::recipient.eq(to),
            outbox::subject.eq(""),
            outbox::body_text.eq(text),
            outbox::body_html.eq(""),
            outbox::parts.eq(parts),
            outbox::urgent.eq(urgent),
            outbox::created_at.eq(now),
            outbox::next_attempt_at.eq(now),
        ))
        .returning(outbox::id)
        .get_result(conn)?;
    // The number stays out of the log: it is the tenant's private contact.
    tracing::info!(outbox_id = id, parts, "sms queued");
    Ok(id)
}

/// Queues a push message for one browser: `endpoint` is its subscription's address, `payload`
/// the JSON the service worker shows, already in the person's language (it is encrypted for
/// the subscription's keys only when sent, so a key change in between is no matter).
pub fn enqueue_push(
    conn: &mut DbConnection,
    endpoint: &str,
    payload: &str,
    urgent: bool,
) -> QueryResult<i32> {
    let now = Utc::now().naive_utc();
    let id = diesel::insert_into(outbox::table)
        .values((
            outbox::channel.eq(PUSH),
            outbox::recipient.eq(endpoint),
            outbox::subject.eq(""),
            outbox::body_text.eq(payload),
            outbox::body_html.eq(""),
            outbox::urgent.eq(urgent),
            outbox::created_at.eq(now),
            outbox::next_attempt_at.eq(now),
        ))
        .returning(outbox::id)
        .get_result(conn)?;
    // The address stays out of the log: whoever holds it can send to that browser.
    tracing::info!(outbox_id = id, urgent, "push queued");
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
    /// Goes in the quiet hours; a push message is sent with high urgency.
    pub urgent: bool,
}

/// Takes the oldest due message of `channel` for this sender, if any, for `lease` (only an
/// urgent one when `urgent_only`: the quiet hours). On PostgreSQL `SKIP LOCKED` lets several
/// app nodes claim in parallel without waiting on or taking each other's rows; SQLite has a
/// single writer, so the transaction alone is enough there.
pub fn claim(
    conn: &mut DbConnection,
    channel: &str,
    lease: Duration,
    urgent_only: bool,
) -> QueryResult<Option<Claimed>> {
    crate::core::db::transaction(conn, |conn| {
        let now = Utc::now().naive_utc();
        let may_go: &[bool] = if urgent_only { &[true] } else { &[true, false] };
        let due = outbox::table
            .filter(outbox::channel.eq(channel))
            .filter(outbox::urgent.eq_any(may_go))
            .filter(outbox::sent_at.is_null())
            .filter(outbox::failed_at.is_null())
            .filter(outbox::next_attempt_at.le(now))
            .filter(
                outbox::locked_until
                    .is_null()
                    .or(outbox::locked_until.lt(now)),
            )
            .order(outbox::id)
            .limit(1)
            .select(outbox::id);
        let ids: Vec<i32> = match conn {
            Conn::Postgresql(pg) => due.for_update().skip_locked().load(pg)?,
            Conn::Sqlite(lite) => due.load(lite)?,
        };
        let Some(id) = ids.first().copied() else {
            return Ok(None);
        };
        // The update re-checks that no one else took the row meanwhile.
        let taken = diesel::update(
            outbox::table
                .find(id)
                .filter(outbox::sent_at.is_null())
                .filter(
                    outbox::locked_until
                        .is_null()
                        .or(outbox::locked_until.lt(now)),
                ),
        )
        .set((
            outbox::locked_until.eq(now + lease),
            outbox::attempts.eq(outbox::attempts + 1),
        ))
        .execute(conn)?;
        if taken == 0 {
            return Ok(None);
        }
        outbox::table
            .find(id)
            .select((
                outbox::id,
                outbox::recipient,
                outbox::subject,
                outbox::body_text,
                outbox::body_html,
                outbox::attempts,
                outbox::urgent,
            ))
            .first(conn)
            .optional()
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

/// Gives a claimed message back as it was before the claim: it was never handed over, because
/// the server could not be reached, so the attempt does not count towards giving up.
pub fn release(conn: &mut DbConnection, id: i32, reason: &str) -> QueryResult<()> {
    diesel::update(outbox::table.find(id).filter(outbox::sent_at.is_null()))
        .set((
            outbox::locked_until.eq(None::<NaiveDateTime>),
            outbox::attempts.eq(outbox::attempts - 1),
            outbox::last_error.eq(reason),
        ))
        .execute(conn)
        .map(drop)
}

/// Waits `base`, 2×, 4× … between attempts, at most six hours.
pub fn backoff(base: std::time::Duration, attempts: i32) -> Duration {
    let factor = 1u32 << attempts.clamp(1, 12).saturating_sub(1);
    let wait = base
        .saturating_mul(factor)
        .min(std::time::Duration::from_secs(6 * 3600));
    Duration::from_std(wait).unwrap_or(Duration::hours(6))
}

pub struct Failure<'a> {
    pub reason: &'a str,
    pub permanent: bool,
    pub retry_base: std::time::Duration,
}

pub fn mark_failed(
    conn: &mut DbConnection,
    message: &Claimed,
    failure: Failure,
) -> QueryResult<()> {
    let now = Utc::now().naive_utc();
    let give_up = failure.permanent || message.attempts >= MAX_ATTEMPTS;
    diesel::update(outbox::table.find(message.id))
        .set((
            outbox::locked_until.eq(None::<NaiveDateTime>),
            outbox::last_error.eq(failure.reason),
            outbox::next_attempt_at.eq(now + backoff(failure.retry_base, message.attempts)),
            outbox::failed_at.eq(give_up.then_some(now)),
        ))
        .execute(conn)
        .map(drop)
}

/// Kannel's delivery report states that are final: delivered (1), failed (2), rejected by the
/// SMSC (16). Buffered (4) and accepted by the SMSC (8) may still be followed by one of these.
const FINAL_DELIVERY: [i32; 3] = [1, 2, 16];

/// Records a delivery report on an SMS; a report arriving late never replaces a final state
/// with an intermediate one. Returns whether there was such an SMS.
pub fn record_delivery(conn: &mut DbConnection, id: i32, status: i32) -> QueryResult<bool> {
    // A report may come before the sender has marked the SMS sent (the gateway is quick), so
    // it is recorded whatever the row's sending state.
    let sms = || outbox::table.find(id).filter(outbox::channel.eq(SMS));
    let found: i64 = sms().count().get_result(conn)?;
    let now = Utc::now().naive_utc();
    let change = (
        outbox::delivery_status.eq(status),
        outbox::delivery_at.eq(now),
    );
    if FINAL_DELIVERY.contains(&status) {
        diesel::update(sms()).set(change).execute(conn)?;
    } else {
        let not_final = outbox::delivery_status
            .is_null()
            .or(outbox::delivery_status.ne_all(FINAL_DELIVERY));
        diesel::update(sms().filter(not_final))
            .set(change)
            .execute(conn)?;
    }
    Ok(found > 0)
}

/// SMS parts handed to the gateway since midnight, Italian time (for /metrics): each is billed.
pub fn sms_parts_sent_today(conn: &mut DbConnection) -> QueryResult<i64> {
    let midnight = crate::i18n::format::utc_start(crate::i18n::format::local_now().date());
    let parts: Option<i64> = outbox::table
        .filter(outbox::channel.eq(SMS))
        .filter(outbox::sent_at.ge(midnight))
        .select(diesel::dsl::sum(outbox::parts))
        .first(conn)?;
    Ok(parts.unwrap_or(0))
}

/// Messages of `channel` still waiting to be sent (for /metrics).
pub fn backlog(conn: &mut DbConnection, channel: &str) -> QueryResult<i64> {
    outbox::table
        .filter(outbox::channel.eq(channel))
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
        let base = std::time::Duration::from_secs(60);
        assert_eq!(backoff(base, 1), Duration::minutes(1));
        assert_eq!(backoff(base, 2), Duration::minutes(2));
        assert_eq!(backoff(base, 4), Duration::minutes(8));
        assert_eq!(backoff(base, 30), Duration::minutes(360));
    }

    #[test]
    fn a_lease_outlasts_the_slowest_send() {
        for seconds in [1, 20, 120] {
            let timeout = std::time::Duration::from_secs(seconds);
            assert!(lease_for(timeout) > Duration::from_std(timeout).unwrap());
        }
    }
}

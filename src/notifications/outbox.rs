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

/// What an SMS is, besides its text: whether it goes in the quiet hours and past the daily cap
/// (see [`claim`]), and the estate it is billed to.
#[derive(Debug, Clone, Copy)]
pub struct SmsTerms {
    pub urgent: bool,
    pub estate: Option<i32>,
}

/// Queues an SMS: `to` in E.164, `text` already in the recipient's language and fitted to
/// `parts` SMS (see `channels::sms`).
pub fn enqueue_sms(
    conn: &mut DbConnection,
    to: &str,
    text: &str,
    parts: i32,
    terms: SmsTerms,
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
            outbox::urgent.eq(terms.urgent),
            outbox::estate_id.eq(terms.estate),
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

/// Which messages a sender may take just now.
#[derive(Debug, Clone, Copy, Default)]
pub struct Gate {
    /// Only urgent ones: the quiet hours.
    pub urgent_only: bool,
    /// SMS parts an estate may send a day; past it, only urgent ones go until midnight.
    pub daily_cap: Option<u32>,
}

/// Takes the due message of `channel` for this sender, if any, for `lease`: urgent ones
/// first, then the oldest, as the [`Gate`] allows. On PostgreSQL `SKIP LOCKED` lets several
/// app nodes claim in parallel without waiting on or taking each other's rows; SQLite has a
/// single writer, so the transaction alone is enough there. Under a daily cap, what is being
/// sent counts as sent, and claims take turns (see [`one_capped_claim_at_a_time`]), so any
/// number of senders stop exactly at the cap.
pub fn claim(
    conn: &mut DbConnection,
    channel: &str,
    lease: Duration,
    gate: Gate,
) -> QueryResult<Option<Claimed>> {
    crate::core::db::transaction(conn, |conn| {
        let now = Utc::now().naive_utc();
        let may_go: &[bool] = if gate.urgent_only {
            &[true]
        } else {
            &[true, false]
        };
        let capped = match gate.daily_cap {
            Some(cap) => {
                one_capped_claim_at_a_time(conn)?;
                estates_at_cap(conn, cap)?
            }
            None => vec![],
        };
        let due = outbox::table
            .filter(outbox::channel.eq(channel))
            .filter(outbox::urgent.eq_any(may_go))
            .filter(
                outbox::urgent
                    .or(outbox::estate_id.is_null())
                    .or(outbox::estate_id.ne_all(capped)),
            )
            .filter(outbox::sent_at.is_null())
            .filter(outbox::failed_at.is_null())
            .filter(outbox::next_attempt_at.le(now))
            .filter(
                outbox::locked_until
                    .is_null()
                    .or(outbox::locked_until.lt(now)),
            )
            .order((outbox::urgent.desc(), outbox::id))
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

/// The outbox's SMS.
type Texts = diesel::dsl::Filter<outbox::table, diesel::dsl::Eq<outbox::channel, &'static str>>;

/// The SMS handed to the gateway since midnight, Italian time: each part is billed.
fn sms_sent_today() -> diesel::dsl::Filter<Texts, diesel::dsl::GtEq<outbox::sent_at, NaiveDateTime>>
{
    let midnight = crate::i18n::format::utc_start(crate::i18n::format::local_now().date());
    outbox::table
        .filter(outbox::channel.eq(SMS))
        .filter(outbox::sent_at.ge(midnight))
}

/// SMS parts handed to the gateway since midnight (for /metrics).
pub fn sms_parts_sent_today(conn: &mut DbConnection) -> QueryResult<i64> {
    let parts: Option<i64> = sms_sent_today()
        .select(diesel::dsl::sum(outbox::parts))
        .first(conn)?;
    Ok(parts.unwrap_or(0))
}

/// SMS parts sent today per estate (`None`: to people of no estate), for the admin's page.
pub fn sms_parts_today_by_estate(conn: &mut DbConnection) -> QueryResult<Vec<(Option<i32>, i64)>> {
    let rows: Vec<(Option<i32>, Option<i64>)> = sms_sent_today()
        .group_by(outbox::estate_id)
        .select((outbox::estate_id, diesel::dsl::sum(outbox::parts)))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(estate, parts)| (estate, parts.unwrap_or(0)))
        .collect())
}

/// SMS waiting to be sent per estate, for the admin's page: those of an estate at its cap wait
/// for midnight.
pub fn sms_waiting_by_estate(conn: &mut DbConnection) -> QueryResult<Vec<(Option<i32>, i64)>> {
    outbox::table
        .filter(outbox::channel.eq(SMS))
        .filter(outbox::sent_at.is_null())
        .filter(outbox::failed_at.is_null())
        .group_by(outbox::estate_id)
        .select((outbox::estate_id, diesel::dsl::count_star()))
        .load(conn)
}

/// The estates whose SMS parts sent today, or being sent, reach `cap`.
fn estates_at_cap(conn: &mut DbConnection, cap: u32) -> QueryResult<Vec<i32>> {
    let midnight = crate::i18n::format::utc_start(crate::i18n::format::local_now().date());
    let now = Utc::now().naive_utc();
    let in_flight = outbox::sent_at
        .is_null()
        .and(outbox::failed_at.is_null())
        .and(outbox::locked_until.gt(now));
    let rows: Vec<(Option<i32>, Option<i64>)> = outbox::table
        .filter(outbox::channel.eq(SMS))
        .filter(outbox::estate_id.is_not_null())
        .filter(outbox::sent_at.ge(midnight).or(in_flight))
        .group_by(outbox::estate_id)
        .select((outbox::estate_id, diesel::dsl::sum(outbox::parts)))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter(|(_, parts)| parts.unwrap_or(0) >= i64::from(cap))
        .filter_map(|(estate, _)| estate)
        .collect())
}

/// Under a daily cap, two claims at once could each see the estate one part short and both
/// send: on PostgreSQL they take turns on a lock held until commit (claims are short); SQLite's
/// single writer does this already.
fn one_capped_claim_at_a_time(conn: &mut DbConnection) -> QueryResult<()> {
    if let Conn::Postgresql(pg) = conn {
        // The two-key form: a space of its own, apart from the migrations' lock.
        diesel::sql_query("SELECT pg_advisory_xact_lock(7270583, 1)").execute(pg)?;
    }
    Ok(())
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

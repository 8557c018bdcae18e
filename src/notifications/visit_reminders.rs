//! The day before a visit inside a flat, the tenant the report was filed for is reminded of
//! the window by the channels they chose for visit reminders, with "reply NO if nobody will be
//! home" — Blackpool's text before every repair visit cut the visits that found nobody home by
//! 40 %. A NO by SMS answers it (see `sms_inbound`): the visit is marked to be moved and the
//! technician hears of it at once.
//!
//! Once per visit on any number of nodes: a visit is taken by the conditional update that
//! marks it reminded, in the transaction that queues the reminder.

use chrono::Duration;
use diesel::prelude::*;
use serde_json::json;

use super::channels::push::Push;
use super::channels::questions::{self, Question};
use super::channels::{self, Kind, Message};
use crate::core::db::{self, DbConnection};
use crate::core::error::AppResult;
use crate::core::render::Templates;
use crate::core::schema::{reports, visits};
use crate::i18n::format::{local, local_now};
use crate::reports::Location;

/// A visit is reminded once its start is this close: from 08:00 the day before for a visit in
/// working hours, as reminders wait out the quiet hours.
const AHEAD: Duration = Duration::hours(30);

/// How many visits one round reminds.
const BATCH: i64 = 50;

/// Reminds the tenants of visits starting within [`AHEAD`]; returns how many were reminded.
/// A visit arranged closer than that to its start was just announced: no reminder.
pub fn send_due(
    conn: &mut DbConnection,
    templates: &Templates,
    base_url: &str,
) -> AppResult<usize> {
    // Visits are kept in Italian time, as agreed with the tenant.
    let now = local_now();
    let due: Vec<(
        i32,
        i32,
        chrono::NaiveDateTime,
        chrono::NaiveDateTime,
        chrono::NaiveDateTime,
    )> = visits::table
        .inner_join(reports::table)
        .filter(visits::status.eq("planned"))
        .filter(visits::reminded_at.is_null())
        .filter(visits::without_tenant.eq(false))
        .filter(visits::starts_at.gt(now))
        .filter(visits::starts_at.le(now + AHEAD))
        .filter(reports::location.eq(Location::Unit.code()))
        .order(visits::starts_at)
        .limit(BATCH)
        .select((
            visits::id,
            visits::report_id,
            visits::starts_at,
            visits::ends_at,
            visits::created_at,
        ))
        .load(conn)?;
    let mut reminded = 0;
    for (visit, report, starts, ends, created) in due {
        if local(created) > starts - AHEAD {
            continue;
        }
        let sent = db::transaction(conn, |conn| {
            remind(conn, templates, base_url, visit, report, (starts, ends))
        })?;
        reminded += usize::from(sent);
    }
    Ok(reminded)
}

/// Takes the visit (unless another node did) and reminds its tenant.
fn remind(
    conn: &mut DbConnection,
    templates: &Templates,
    base_url: &str,
    visit: i32,
    report: i32,
    (starts, ends): (chrono::NaiveDateTime, chrono::NaiveDateTime),
) -> AppResult<bool> {
    let taken = diesel::update(
        visits::table
            .filter(visits::id.eq(visit))
            .filter(visits::reminded_at.is_null()),
    )
    .set(visits::reminded_at.eq(chrono::Utc::now().naive_utc()))
    .execute(conn)?;
    if taken == 0 {
        return Ok(false);
    }
    let report = crate::reports::queries::by_id(conn, report)?;
    let person = channels::person(conn, report.filed_for)?;
    let ways = channels::ways(conn, &person, Kind::VisitReminder)?;
    if ways.none() {
        return Ok(true);
    }
    let locale = person.locale;
    let link = format!("{base_url}/reports/{}", report.reference);
    let (from, until) = (locale.clock(starts.time()), locale.clock(ends.time()));
    let message = Message {
        mail: "visit_reminder",
        data: json!({
            "name": person.name,
            "reference": report.reference,
            "when": locale.slot(starts, ends),
            "link": link,
        }),
        sms: "sms-visit-reminder",
        sms_args: vec![
            ("reference", report.reference.clone()),
            ("from", from),
            ("until", until),
        ],
        shrink: "reference",
        push: Push::new(
            &locale.text_with(
                "mail-visit_reminder-subject",
                &[("reference", report.reference.clone())],
            ),
            &format!(
                "{}\n{}",
                locale.slot(starts, ends),
                locale.text("mail-visit_reminder-away")
            ),
            &link,
        ),
    };
    channels::queue(conn, templates, &person, ways, message)?;
    if ways.sms {
        questions::ask(
            conn,
            person.id,
            report.id,
            Question::Visit { visit_id: visit },
        )?;
    }
    Ok(true)
}

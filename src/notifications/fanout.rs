//! Fan-out: every change to a report or a notice writes an event row; this step reads the
//! events nobody has been told about yet and tells the people concerned — for a report, each
//! follower but whoever acted; for an urgent notice going live, every resident it is for — with
//! an inbox message, and in their language by the channels they chose for that kind of message
//! (mail, SMS: see [`channels`](super::channels)). Handlers and jobs never notify by hand.
//!
//! Delivery is exactly once per event and person: an event is claimed, its messages written
//! and the event marked `notified_at` in one transaction, so a crash before the commit leaves
//! it pending for the next round and a commit leaves nothing to redo. On PostgreSQL several app
//! nodes claim disjoint events with `FOR UPDATE SKIP LOCKED`; SQLite's single writer (every
//! write transaction begins immediately) serialises them.

use chrono::Utc;
use diesel::prelude::*;
use serde_json::json;

use super::channels::push::Push;
use super::channels::questions::{self, Question};
use super::channels::{self, Kind, Message};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::render::Templates;
use crate::core::schema::{inbox, notice_inbox, report_events, report_followers, users};
use crate::notices::{board, readership, store as notices};
use crate::reports::events::{self, EventRow};
use crate::reports::queries::{self, ReportRow};
use crate::reports::{timeline, Status};

/// Events handled in one transaction: enough to drain a bulk action quickly, few enough that
/// a round never holds the write lock for long.
const BATCH: i64 = 50;

/// Tells the people concerned by up to [`BATCH`] new report events and as many notice, rent and
/// election events; returns how many events were handled.
pub fn deliver(conn: &mut DbConnection, templates: &Templates, base_url: &str) -> AppResult<usize> {
    Ok(deliver_reports(conn, templates, base_url)?
        + deliver_notices(conn, templates, base_url)?
        + super::rent::deliver(conn, templates, base_url)?
        + super::elections::deliver(conn, templates, base_url)?)
}

fn deliver_reports(
    conn: &mut DbConnection,
    templates: &Templates,
    base_url: &str,
) -> AppResult<usize> {
    super::tell_pending!(conn, report_events, BATCH, |conn: &mut DbConnection, id| {
        let event = events::one(conn, id)?;
        if event.public {
            let report = queries::by_id(conn, event.report_id)?;
            tell_followers(conn, templates, base_url, &report, &event)?;
        }
        Ok::<_, crate::core::error::AppError>(())
    })
}

fn tell_followers(
    conn: &mut DbConnection,
    templates: &Templates,
    base_url: &str,
    report: &ReportRow,
    event: &EventRow,
) -> AppResult<()> {
    let followers: Vec<i32> = report_followers::table
        .inner_join(users::table.on(users::id.eq(report_followers::user_id)))
        .filter(report_followers::report_id.eq(report.id))
        .order(users::id)
        .select(users::id)
        .load(conn)?;
    let now = Utc::now().naive_utc();
    for user_id in followers {
        if Some(user_id) == event.actor_id {
            continue;
        }
        diesel::insert_into(inbox::table)
            .values((
                inbox::user_id.eq(user_id),
                inbox::report_id.eq(report.id),
                inbox::event_id.eq(event.id),
                inbox::created_at.eq(now),
            ))
            .execute(conn)?;
        let person = channels::person(conn, user_id)?;
        let ways = channels::ways(conn, &person, Kind::ReportUpdate)?;
        if ways.none() {
            continue;
        }
        let locale = person.locale;
        let view = timeline::describe(conn, report, event, locale, user_id == report.filed_for)?;
        let status = locale.text(&format!("status-{}", report.status.code()));
        let link = format!("{base_url}/reports/{}", report.reference);
        // The person it was filed for is asked "is it fixed?", and may answer by replying.
        let asks_if_fixed = user_id == report.filed_for
            && event.to_status.as_deref() == Some(Status::Resolved.code());
        let message = Message {
            mail: "report_update",
            data: json!({
                "name": person.name,
                "reference": report.reference,
                "summary": view.summary,
                "body": view.body,
                "status": status,
                "link": link,
            }),
            sms: if asks_if_fixed {
                "sms-report-resolved"
            } else {
                "sms-report-update"
            },
            sms_args: vec![
                ("reference", report.reference.clone()),
                ("summary", view.summary.clone()),
                ("status", status.clone()),
                ("link", link.clone()),
            ],
            shrink: "summary",
            push: Push::new(
                &locale.text_with(
                    "mail-report_update-subject",
                    &[("reference", report.reference.clone())],
                ),
                &format!(
                    "{}\n{}",
                    view.summary,
                    locale.text_with("mail-report_update-status", &[("status", status.clone())])
                ),
                &link,
            ),
        };
        channels::queue(conn, templates, &person, ways, message)?;
        if asks_if_fixed && ways.sms {
            questions::ask(conn, user_id, report.id, Question::Fixed)?;
        }
    }
    Ok(())
}

fn deliver_notices(
    conn: &mut DbConnection,
    templates: &Templates,
    base_url: &str,
) -> AppResult<usize> {
    super::tell_pending!(conn, notice_events, BATCH, |conn: &mut DbConnection, id| {
        let (notice, kind): (i32, String) = notice_events::table
            .find(id)
            .select((notice_events::notice_id, notice_events::kind))
            .first(conn)?;
        if kind == "published" {
            tell_residents(conn, templates, base_url, notice)?;
        }
        Ok::<_, crate::core::error::AppError>(())
    })
}

/// An urgent notice that went live reaches every resident of its place: once each, whatever
/// happens (a second publication, an edit, two nodes), by inbox and by their channels for
/// urgent notices, in their language.
fn tell_residents(
    conn: &mut DbConnection,
    templates: &Templates,
    base_url: &str,
    notice: i32,
) -> AppResult<()> {
    let row = notices::load(conn, notice)?;
    if !row.urgent || !row.live() {
        return Ok(());
    }
    let texts = notices::texts(conn, notice)?;
    let told: Vec<i32> = notice_inbox::table
        .filter(notice_inbox::notice_id.eq(notice))
        .select(notice_inbox::user_id)
        .load(conn)?;
    let now = Utc::now().naive_utc();
    for resident in readership::residents(conn, &row.place())? {
        if told.contains(&resident) {
            continue;
        }
        diesel::insert_into(notice_inbox::table)
            .values((
                notice_inbox::user_id.eq(resident),
                notice_inbox::notice_id.eq(notice),
                notice_inbox::created_at.eq(now),
            ))
            .execute(conn)?;
        let person = channels::person(conn, resident)?;
        let ways = channels::ways(conn, &person, Kind::UrgentNotice)?;
        if ways.none() {
            continue;
        }
        let locale = person.locale;
        let (text, _) = board::text_for(&texts, locale);
        let link = format!("{base_url}/notices/{notice}");
        let body = crate::notices::markdown::to_text(&text.body);
        let message = Message {
            mail: "notice_urgent",
            data: json!({
                "name": person.name,
                "title": text.title,
                "body": body,
                "body_html": crate::notices::markdown::to_html(&text.body, locale),
                "place": board::place_label(conn, &row, locale)?,
                "link": link,
            }),
            sms: "sms-urgent",
            sms_args: vec![("title", text.title.clone()), ("link", link.clone())],
            shrink: "title",
            push: Push::new(
                &locale.text_with(
                    "mail-notice_urgent-subject",
                    &[("title", text.title.clone())],
                ),
                &body,
                &link,
            ),
        };
        channels::queue(conn, templates, &person, ways, message)?;
    }
    Ok(())
}

/// Marks the events of these reports as told, without telling anyone (the demo's history).
pub fn mark_delivered(conn: &mut DbConnection, reports: &[i32]) -> QueryResult<usize> {
    diesel::update(
        report_events::table
            .filter(report_events::report_id.eq_any(reports))
            .filter(report_events::notified_at.is_null()),
    )
    .set(report_events::notified_at.eq(Utc::now().naive_utc()))
    .execute(conn)
}

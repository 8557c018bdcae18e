//! The timeline of a report as stored: one row per thing that happened (filed, comments and
//! notes, state changes, triage, visits), each with who and when. Every change to a report
//! writes one; `notifications::fanout` reads them to tell the followers.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;

use super::lifecycle::changed_meanwhile;
use super::queries::ReportRow;
use super::rules::ReportFilter;
use super::Status;
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::schema::{report_events, report_followers, reports};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = report_events)]
pub struct EventRow {
    pub id: i32,
    pub report_id: i32,
    pub visit_id: Option<i32>,
    pub kind: String,
    pub to_status: Option<String>,
    pub body: String,
    pub public: bool,
    pub actor_id: Option<i32>,
    pub organisation_id: Option<i32>,
    pub related_report_id: Option<i32>,
    pub created_at: NaiveDateTime,
}

/// An event to record; `public` ones are on the residents' timeline and told to followers.
pub(super) struct NewEvent<'a> {
    pub kind: &'a str,
    pub from: Option<Status>,
    pub to: Option<Status>,
    pub body: &'a str,
    pub public: bool,
    pub organisation_id: Option<i32>,
    pub related: Option<i32>,
    pub visit: Option<i32>,
}

impl<'a> NewEvent<'a> {
    pub fn new(kind: &'a str, public: bool) -> Self {
        Self {
            kind,
            from: None,
            to: None,
            body: "",
            public,
            organisation_id: None,
            related: None,
            visit: None,
        }
    }
}

pub(super) fn insert(
    conn: &mut DbConnection,
    report: &ReportRow,
    actor: Option<i32>,
    event: NewEvent,
) -> QueryResult<i32> {
    let now = Utc::now().naive_utc();
    diesel::update(reports::table.find(report.id))
        .set(reports::updated_at.eq(now))
        .execute(conn)?;
    diesel::insert_into(report_events::table)
        .values((
            report_events::report_id.eq(report.id),
            report_events::kind.eq(event.kind),
            report_events::from_status.eq(event.from.map(Status::code)),
            report_events::to_status.eq(event.to.map(Status::code)),
            report_events::body.eq(event.body),
            report_events::public.eq(event.public),
            report_events::actor_id.eq(actor),
            report_events::organisation_id.eq(event.organisation_id),
            report_events::related_report_id.eq(event.related),
            report_events::visit_id.eq(event.visit),
            report_events::created_at.eq(now),
        ))
        .returning(report_events::id)
        .get_result(conn)
}

/// Moves a report from the state it was read in to `to`, with the timestamps the indicators
/// read: the UPDATE itself checks the report is still in that state (and, with
/// `resolved_by`, was resolved no later than then), so of two changes racing from one state
/// only one moves it. Whether it moved; when not, nothing was written.
pub(super) fn moved(
    conn: &mut DbConnection,
    report: &ReportRow,
    to: Status,
    staff: bool,
    resolved_by: Option<NaiveDateTime>,
) -> QueryResult<bool> {
    let now = Utc::now().naive_utc();
    let first_response = report.first_response_at.or(staff.then_some(now));
    let resolved = match to {
        Status::Resolved => Some(now),
        Status::Received => None,
        _ => report.resolved_at,
    };
    let closed = (!to.is_open() && to != Status::Resolved).then_some(now);
    let mut as_read: ReportFilter = Box::new(reports::status.eq(report.status));
    if let Some(cutoff) = resolved_by {
        as_read = Box::new(as_read.and(reports::resolved_at.assume_not_null().le(cutoff)));
    }
    let changed = diesel::update(reports::table.find(report.id).filter(as_read))
        .set((
            reports::status.eq(to.code()),
            reports::first_response_at.eq(first_response),
            reports::resolved_at.eq(resolved),
            reports::closed_at.eq(closed),
        ))
        .execute(conn)?;
    Ok(changed == 1)
}

/// [`moved`] for a change someone asked for: when another change moved the report first, the
/// caller is told so (and the transaction it runs in writes nothing).
pub(super) fn set_status(
    conn: &mut DbConnection,
    report: &ReportRow,
    to: Status,
    staff: bool,
) -> AppResult<()> {
    if moved(conn, report, to, staff, None)? {
        Ok(())
    } else {
        Err(changed_meanwhile())
    }
}

pub fn follow(
    conn: &mut DbConnection,
    report_id: i32,
    user_id: i32,
    me_too: bool,
) -> QueryResult<()> {
    let existing = report_followers::table
        .filter(report_followers::report_id.eq(report_id))
        .filter(report_followers::user_id.eq(user_id))
        .select(report_followers::me_too)
        .first::<bool>(conn)
        .optional()?;
    match existing {
        Some(already) if already || !me_too => Ok(()),
        Some(_) => diesel::update(
            report_followers::table
                .filter(report_followers::report_id.eq(report_id))
                .filter(report_followers::user_id.eq(user_id)),
        )
        .set(report_followers::me_too.eq(true))
        .execute(conn)
        .map(drop),
        None => diesel::insert_into(report_followers::table)
            .values((
                report_followers::report_id.eq(report_id),
                report_followers::user_id.eq(user_id),
                report_followers::me_too.eq(me_too),
                report_followers::created_at.eq(Utc::now().naive_utc()),
            ))
            .execute(conn)
            .map(drop),
    }
}

pub fn load(
    conn: &mut DbConnection,
    report_id: i32,
    include_internal: bool,
) -> QueryResult<Vec<EventRow>> {
    let mut query = report_events::table
        .filter(report_events::report_id.eq(report_id))
        .order(report_events::id)
        .select(EventRow::as_select())
        .into_boxed();
    if !include_internal {
        query = query.filter(report_events::public.eq(true));
    }
    query.load(conn)
}

pub fn one(conn: &mut DbConnection, event_id: i32) -> QueryResult<EventRow> {
    report_events::table
        .find(event_id)
        .select(EventRow::as_select())
        .first(conn)
}

//! Visits to a report's place: scheduled within the tenant's time windows (or, with their
//! permission to enter, outside them: "entry without the tenant"), moved, cancelled, asked to
//! move by the tenant, and done with notes and "after" photos. A tenant who gave no times is
//! asked for them before an in-flat visit can be set.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::events::{follow, insert, set_status, NewEvent};
use super::photos;
use super::queries::ReportRow;
use super::rules::ReportAction;
use super::team::is_colleague;
use super::{Location, Status, COMMENT_MAX, TIME_WINDOWS};
use crate::access::{authorize, Actor};
use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult, Message};
use crate::core::schema::{reports, visits};
use crate::i18n::{format::local_now, Locale};
use crate::media::uploads::SavedPhoto;

/// The hours of the tenants' preferred time windows.
pub fn window_hours(window: &str) -> Option<(u32, u32)> {
    match window {
        "morning" => Some((8, 13)),
        "afternoon" => Some((13, 18)),
        "evening" => Some((18, 21)),
        _ => None,
    }
}

/// Window codes as the reader says them ("di mattina").
pub fn window_names(windows: &[String], locale: Locale) -> Vec<String> {
    windows
        .iter()
        .filter(|w| window_hours(w).is_some())
        .map(|w| locale.text(&format!("time-window-{w}")))
        .collect()
}

/// The windows a report's tenant offered.
pub fn offered(report: &ReportRow) -> Vec<String> {
    report
        .time_windows
        .split(',')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Checks a tenant's choice of windows: known codes, each once, in the usual order.
pub fn parse_windows(raw: &[String]) -> AppResult<Vec<String>> {
    if raw.iter().any(|w| !TIME_WINDOWS.contains(&w.as_str())) {
        return Err(AppError::invalid("report-time-windows-invalid"));
    }
    Ok(TIME_WINDOWS
        .iter()
        .filter(|w| raw.iter().any(|r| r == *w))
        .map(|w| w.to_string())
        .collect())
}

/// A visit as asked for: a day and hours in the estate's local time, as people say them
/// (visits are stored and shown in that time; feeds publish them as floating local times).
#[derive(Debug, Clone)]
pub struct Slot {
    pub day: NaiveDate,
    pub from: NaiveTime,
    pub to: NaiveTime,
}

impl Slot {
    pub fn parse(day: &str, from: &str, to: &str) -> AppResult<Slot> {
        let bad = || AppError::invalid("visit-time-invalid");
        let day = NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d").map_err(|_| bad())?;
        let from = NaiveTime::parse_from_str(from.trim(), "%H:%M").map_err(|_| bad())?;
        let to = NaiveTime::parse_from_str(to.trim(), "%H:%M").map_err(|_| bad())?;
        if to <= from {
            return Err(bad());
        }
        Ok(Slot { day, from, to })
    }

    fn bounds(&self) -> (NaiveDateTime, NaiveDateTime) {
        (self.day.and_time(self.from), self.day.and_time(self.to))
    }

    /// Overlaps one of the windows offered.
    fn fits(&self, windows: &[String]) -> bool {
        windows
            .iter()
            .filter_map(|w| window_hours(w))
            .any(|(start, end)| {
                let at = |hour: u32| NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default();
                self.from < at(end) && self.to > at(start)
            })
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = visits)]
pub struct Visit {
    pub id: i32,
    pub report_id: i32,
    pub technician_id: i32,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub status: String,
    pub notes: String,
    pub change_requested: Option<String>,
    /// In the flat outside the tenant's windows, with their permission to enter.
    pub without_tenant: bool,
    /// Carried out, but nobody opened the door.
    pub nobody_home: bool,
}

pub fn visits_of(conn: &mut DbConnection, report_id: i32) -> QueryResult<Vec<Visit>> {
    visits::table
        .filter(visits::report_id.eq(report_id))
        .order(visits::starts_at)
        .select(Visit::as_select())
        .load(conn)
}

const PLANNED: &str = "planned";

/// A planned visit of this report.
fn planned(conn: &mut DbConnection, report: &ReportRow, visit_id: i32) -> AppResult<Visit> {
    let visit = visits::table
        .filter(visits::id.eq(visit_id))
        .filter(visits::report_id.eq(report.id))
        .select(Visit::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    if visit.status != PLANNED {
        return Err(no_longer_planned());
    }
    Ok(visit)
}

/// Done, cancelled, or moved by someone else since the caller looked.
fn no_longer_planned() -> AppError {
    AppError::Conflict(Message::new("visit-not-planned"))
}

/// The visit, as long as it is still planned: a change to a visit is conditional on it.
fn still_planned(
    visit: &Visit,
) -> diesel::dsl::Filter<
    diesel::dsl::Find<visits::table, i32>,
    diesel::dsl::Eq<visits::status, &'static str>,
> {
    visits::table
        .find(visit.id)
        .filter(visits::status.eq(PLANNED))
}

/// Whether the conditional change of a visit changed it: else it had stopped being planned.
fn changed(rows: usize) -> AppResult<()> {
    if rows == 1 {
        Ok(())
    } else {
        Err(no_longer_planned())
    }
}

/// Whether the technician already has a visit of this report planned within those hours: the
/// same visit asked for twice.
fn already_planned(
    conn: &mut DbConnection,
    report: &ReportRow,
    technician: i32,
    (starts, ends): (NaiveDateTime, NaiveDateTime),
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        visits::table
            .filter(visits::report_id.eq(report.id))
            .filter(visits::technician_id.eq(technician))
            .filter(visits::status.eq(PLANNED))
            .filter(visits::starts_at.lt(ends))
            .filter(visits::ends_at.gt(starts)),
    ))
    .get_result(conn)
}

/// Whether the slot may be used, and if so whether it means entering without the tenant.
/// In a flat: within a window the tenant offered, or anywhere with their permission to enter;
/// a tenant who offered no window and gave no permission must be asked first.
fn check_slot(report: &ReportRow, slot: &Slot) -> AppResult<bool> {
    let (starts, _) = slot.bounds();
    let now = local_now();
    if starts < now - chrono::Duration::hours(1) || starts > now + chrono::Duration::days(365) {
        return Err(AppError::invalid("visit-time-invalid"));
    }
    if report.location() != Location::Unit {
        return Ok(false);
    }
    let windows = offered(report);
    let fits = slot.fits(&windows);
    match (fits, report.permission_to_enter) {
        (true, _) => Ok(false),
        (false, true) => Ok(true),
        (false, false) if windows.is_empty() => Err(AppError::invalid("visit-needs-windows")),
        (false, false) => Err(AppError::invalid("visit-outside-windows")),
    }
}

fn reason_of(raw: &str) -> AppResult<&str> {
    let reason = raw.trim();
    if reason.is_empty() {
        return Err(AppError::invalid("report-reason-required"));
    }
    if reason.chars().count() > COMMENT_MAX {
        return Err(AppError::Invalid(
            Message::new("report-comment-long").with("max", COMMENT_MAX),
        ));
    }
    Ok(reason)
}

/// A change to a report's visits, or to when the tenant can be home.
#[derive(Debug, Clone)]
pub enum VisitUpdate {
    Schedule {
        technician: i32,
        slot: Slot,
    },
    Reschedule {
        visit: i32,
        slot: Slot,
        reason: String,
    },
    Cancel {
        visit: i32,
        reason: String,
    },
    /// The tenant cannot be there: they ask for another time, in their words.
    RequestChange {
        visit: i32,
        message: String,
    },
    /// Staff ask the tenant when they can be home.
    AskAvailability,
    /// The tenant says when they can be home, and whether one may enter without them.
    Availability {
        windows: Vec<String>,
        permission: bool,
    },
}

/// Applies a visit change, authorized by the report rules and recorded as an event. `report`
/// was read by [`super::queries::visible_locked`] in the caller's transaction, so what is
/// checked here is what the change starts from.
pub fn apply(
    conn: &mut DbConnection,
    actor: &Actor,
    report: &ReportRow,
    update: VisitUpdate,
) -> AppResult<()> {
    let on = On {
        actor,
        report,
        scope: report.scope(),
        now: Utc::now().naive_utc(),
        by: Some(actor.user_id),
    };
    match update {
        VisitUpdate::Schedule { technician, slot } => schedule(conn, &on, technician, slot),
        VisitUpdate::Reschedule {
            visit,
            slot,
            reason,
        } => reschedule(conn, &on, visit, slot, reason),
        VisitUpdate::Cancel { visit, reason } => cancel(conn, &on, visit, reason),
        VisitUpdate::RequestChange { visit, message } => request_change(conn, &on, visit, message),
        VisitUpdate::AskAvailability => ask_availability(conn, &on),
        VisitUpdate::Availability {
            windows,
            permission,
        } => availability(conn, &on, windows, permission),
    }
}

/// Who changes the visits of which report, and when: what every kind of change checks and
/// writes.
struct On<'a> {
    actor: &'a Actor,
    report: &'a ReportRow,
    scope: super::rules::ReportScope,
    now: chrono::NaiveDateTime,
    /// Who the events are by.
    by: Option<i32>,
}

fn schedule(conn: &mut DbConnection, on: &On, technician: i32, slot: Slot) -> AppResult<()> {
    authorize(on.actor, ReportAction::Triage(&on.scope))?;
    if !is_colleague(conn, on.report, technician)? {
        return Err(AppError::invalid("report-assignee-invalid"));
    }
    let without_tenant = check_slot(on.report, &slot)?;
    if already_planned(conn, on.report, technician, slot.bounds())? {
        return Err(AppError::Conflict(Message::new("visit-already-planned")));
    }
    let (starts, ends) = slot.bounds();
    db::transaction(conn, |conn| {
        let id: i32 = diesel::insert_into(visits::table)
            .values((
                visits::report_id.eq(on.report.id),
                visits::technician_id.eq(technician),
                visits::starts_at.eq(starts),
                visits::ends_at.eq(ends),
                visits::status.eq(PLANNED),
                visits::without_tenant.eq(without_tenant),
                visits::created_at.eq(on.now),
                visits::updated_at.eq(on.now),
            ))
            .returning(visits::id)
            .get_result(conn)?;
        if on.report.status() != Status::Scheduled {
            set_status(conn, on.report, Status::Scheduled, true)?;
        }
        follow(conn, on.report.id, technician, false)?;
        let event = NewEvent {
            from: Some(on.report.status()),
            to: Some(Status::Scheduled),
            visit: Some(id),
            ..NewEvent::new("visit_scheduled", true)
        };
        insert(conn, on.report, on.by, event)?;
        Ok(())
    })
}

fn reschedule(
    conn: &mut DbConnection,
    on: &On,
    visit: i32,
    slot: Slot,
    reason: String,
) -> AppResult<()> {
    authorize(on.actor, ReportAction::Triage(&on.scope))?;
    let visit = planned(conn, on.report, visit)?;
    let reason = reason_of(&reason)?;
    let without_tenant = check_slot(on.report, &slot)?;
    let (starts, ends) = slot.bounds();
    db::transaction(conn, |conn| {
        changed(
            diesel::update(still_planned(&visit))
                .set((
                    visits::starts_at.eq(starts),
                    visits::ends_at.eq(ends),
                    visits::without_tenant.eq(without_tenant),
                    visits::change_requested.eq(None::<String>),
                    visits::updated_at.eq(on.now),
                ))
                .execute(conn)?,
        )?;
        let event = NewEvent {
            body: reason,
            visit: Some(visit.id),
            ..NewEvent::new("visit_rescheduled", true)
        };
        insert(conn, on.report, on.by, event)?;
        Ok(())
    })
}

fn cancel(conn: &mut DbConnection, on: &On, visit: i32, reason: String) -> AppResult<()> {
    authorize(on.actor, ReportAction::Triage(&on.scope))?;
    let visit = planned(conn, on.report, visit)?;
    let reason = reason_of(&reason)?;
    db::transaction(conn, |conn| {
        changed(
            diesel::update(still_planned(&visit))
                .set((
                    visits::status.eq("cancelled"),
                    visits::updated_at.eq(on.now),
                ))
                .execute(conn)?,
        )?;
        if on.report.status() == Status::Scheduled {
            set_status(conn, on.report, Status::Acknowledged, true)?;
        }
        let event = NewEvent {
            body: reason,
            visit: Some(visit.id),
            to: Some(Status::Acknowledged),
            ..NewEvent::new("visit_cancelled", true)
        };
        insert(conn, on.report, on.by, event)?;
        Ok(())
    })
}

fn request_change(conn: &mut DbConnection, on: &On, visit: i32, message: String) -> AppResult<()> {
    authorize(on.actor, ReportAction::Availability(&on.scope))?;
    let visit = planned(conn, on.report, visit)?;
    let message = reason_of(&message)?;
    db::transaction(conn, |conn| {
        changed(
            diesel::update(still_planned(&visit))
                .set((
                    visits::change_requested.eq(message),
                    visits::updated_at.eq(on.now),
                ))
                .execute(conn)?,
        )?;
        let event = NewEvent {
            body: message,
            visit: Some(visit.id),
            ..NewEvent::new("visit_change_requested", true)
        };
        insert(conn, on.report, on.by, event)?;
        Ok(())
    })
}

fn ask_availability(conn: &mut DbConnection, on: &On) -> AppResult<()> {
    authorize(on.actor, ReportAction::Triage(&on.scope))?;
    if on.report.location() != Location::Unit {
        return Err(AppError::invalid("visit-availability-not-in-flat"));
    }
    insert(
        conn,
        on.report,
        on.by,
        NewEvent::new("availability_requested", true),
    )?;
    Ok(())
}

fn availability(
    conn: &mut DbConnection,
    on: &On,
    windows: Vec<String>,
    permission: bool,
) -> AppResult<()> {
    authorize(on.actor, ReportAction::Availability(&on.scope))?;
    let windows = parse_windows(&windows)?;
    if windows.is_empty() && !permission {
        return Err(AppError::invalid("report-availability-empty"));
    }
    db::transaction(conn, |conn| {
        diesel::update(reports::table.find(on.report.id))
            .set((
                reports::time_windows.eq(windows.join(",")),
                reports::permission_to_enter.eq(permission),
            ))
            .execute(conn)?;
        let body = availability_body(&windows, permission);
        insert(
            conn,
            on.report,
            on.by,
            NewEvent {
                body: &body,
                ..NewEvent::new("availability", true)
            },
        )?;
        Ok(())
    })
}

/// What the tenant said, as the event keeps it: `morning,evening` and `+enter` for permission.
fn availability_body(windows: &[String], permission: bool) -> String {
    let mut body = windows.join(",");
    if permission {
        body.push_str("+enter");
    }
    body
}

pub fn parse_availability(body: &str) -> (Vec<String>, bool) {
    let (windows, permission) = match body.strip_suffix("+enter") {
        Some(windows) => (windows, true),
        None => (body, false),
    };
    let windows = windows
        .split(',')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    (windows, permission)
}

/// What a technician reports after a visit.
#[derive(Debug, Clone)]
pub struct VisitReport {
    pub visit: i32,
    pub notes: String,
    pub outcome: VisitOutcome,
}

/// How a visit ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VisitOutcome {
    Fixed,
    MoreWork,
    /// Nobody opened the door: the report waits for a new visit, and the tenant is asked when
    /// they can be home. Counted on `/stats` (reminders the day before are meant to lower it).
    NobodyHome,
}

impl VisitOutcome {
    /// As the form and the API send them.
    pub const CODES: [&'static str; 3] = ["resolved", "in_progress", "nobody_home"];

    /// As the form and the API send it.
    pub fn parse(code: &str) -> Option<VisitOutcome> {
        match code {
            "resolved" => Some(VisitOutcome::Fixed),
            "in_progress" => Some(VisitOutcome::MoreWork),
            "nobody_home" => Some(VisitOutcome::NobodyHome),
            _ => None,
        }
    }

    /// The report's state afterwards.
    fn report_status(self) -> Status {
        match self {
            VisitOutcome::Fixed => Status::Resolved,
            VisitOutcome::MoreWork => Status::InProgress,
            VisitOutcome::NobodyHome => Status::Acknowledged,
        }
    }

    /// The timeline event that tells it.
    fn event(self) -> &'static str {
        match self {
            VisitOutcome::NobodyHome => "visit_no_access",
            VisitOutcome::Fixed | VisitOutcome::MoreWork => "visit_done",
        }
    }
}

/// The visit happened: notes and "after" photos (processed and saved beforehand) go on the
/// timeline, the report moves on. `report` was read locked, as for [`apply`].
pub fn complete(
    conn: &mut DbConnection,
    actor: &Actor,
    report: &ReportRow,
    done: &VisitReport,
    photos: &[SavedPhoto],
) -> AppResult<()> {
    authorize(actor, ReportAction::Triage(&report.scope()))?;
    let visit = planned(conn, report, done.visit)?;
    let notes = done.notes.trim();
    if notes.chars().count() > COMMENT_MAX {
        return Err(AppError::Invalid(
            Message::new("report-comment-long").with("max", COMMENT_MAX),
        ));
    }
    let now = Utc::now().naive_utc();
    db::transaction(conn, |conn| {
        changed(
            diesel::update(still_planned(&visit))
                .set((
                    visits::status.eq("done"),
                    visits::nobody_home.eq(done.outcome == VisitOutcome::NobodyHome),
                    visits::notes.eq(notes),
                    visits::updated_at.eq(now),
                ))
                .execute(conn)?,
        )?;
        let to = done.outcome.report_status();
        set_status(conn, report, to, true)?;
        let event = NewEvent {
            body: notes,
            visit: Some(visit.id),
            from: Some(report.status()),
            to: Some(to),
            ..NewEvent::new(done.outcome.event(), true)
        };
        let event = insert(conn, report, Some(actor.user_id), event)?;
        photos::attach(conn, report.id, event, photos)?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn availability_round_trips_through_the_event() {
        let windows = vec!["morning".to_string(), "evening".to_string()];
        for permission in [true, false] {
            let body = availability_body(&windows, permission);
            assert_eq!(parse_availability(&body), (windows.clone(), permission));
        }
        assert_eq!(parse_availability("+enter"), (vec![], true));
    }

    #[test]
    fn windows_are_checked_and_ordered() {
        let raw = vec!["evening".to_string(), "morning".to_string()];
        assert_eq!(parse_windows(&raw).unwrap(), vec!["morning", "evening"]);
        assert!(parse_windows(&["night".to_string()]).is_err());
    }
}

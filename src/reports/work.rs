//! The technicians' work on a report: who may be assigned, and visits — scheduled, moved,
//! cancelled, asked to move by the tenant, and done with notes and "after" photos.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::events::{self, insert, set_status, NewEvent};
use super::photos::SavedPhoto;
use super::queries::ReportRow;
use super::Status;
use crate::db::DbConnection;
use crate::error::{AppError, AppResult};
use crate::people::Role;
use crate::policy::{self, Action, Actor};
use crate::schema::{report_photos, role_grants, users, visits};

/// Whether `user` works for the organisation that answers the report.
pub fn is_colleague(conn: &mut DbConnection, report: &ReportRow, user: i32) -> QueryResult<bool> {
    let Some(org) = report.organisation_id else {
        return Ok(false);
    };
    let n: i64 = role_grants::table
        .filter(role_grants::user_id.eq(user))
        .filter(role_grants::role.eq_any([Role::Technician.code(), Role::Manager.code()]))
        .filter(role_grants::scope_id.eq(org))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// The people a report can be assigned to or a visit given to.
pub fn colleagues(conn: &mut DbConnection, organisation: i32) -> QueryResult<Vec<(i32, String)>> {
    users::table
        .inner_join(role_grants::table)
        .filter(role_grants::role.eq_any([Role::Technician.code(), Role::Manager.code()]))
        .filter(role_grants::scope_id.eq(organisation))
        .select((users::id, users::name))
        .distinct()
        .order(users::name)
        .load(conn)
}

/// The hours of the tenants' preferred time windows.
pub fn window_hours(window: &str) -> Option<(u32, u32)> {
    match window {
        "morning" => Some((8, 13)),
        "afternoon" => Some((13, 18)),
        "evening" => Some((18, 21)),
        _ => None,
    }
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

    /// In-flat work must overlap a window the tenant offered, if they offered any.
    fn fits(&self, windows: &str) -> bool {
        let offered: Vec<(u32, u32)> = windows.split(',').filter_map(window_hours).collect();
        offered.is_empty()
            || offered.iter().any(|(start, end)| {
                let at = |hour: u32| NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default();
                self.from < at(*end) && self.to > at(*start)
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
}

pub fn visits_of(conn: &mut DbConnection, report_id: i32) -> QueryResult<Vec<Visit>> {
    visits::table
        .filter(visits::report_id.eq(report_id))
        .order(visits::starts_at)
        .select(Visit::as_select())
        .load(conn)
}

pub fn visit(conn: &mut DbConnection, report: &ReportRow, visit_id: i32) -> AppResult<Visit> {
    visits::table
        .filter(visits::id.eq(visit_id))
        .filter(visits::report_id.eq(report.id))
        .select(Visit::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

fn check_slot(report: &ReportRow, slot: &Slot) -> AppResult<()> {
    let (starts, _) = slot.bounds();
    let now = Utc::now().naive_utc();
    if starts < now - chrono::Duration::hours(1) || starts > now + chrono::Duration::days(365) {
        return Err(AppError::invalid("visit-time-invalid"));
    }
    if report.location() == super::Location::Unit && !slot.fits(&report.time_windows) {
        return Err(AppError::invalid("visit-outside-windows"));
    }
    Ok(())
}

/// Schedules a visit; the report becomes "scheduled" and the tenant is told. Returns the event.
pub fn schedule(
    conn: &mut DbConnection,
    actor: &Actor,
    report: &ReportRow,
    technician: i32,
    slot: &Slot,
) -> AppResult<i32> {
    policy::authorize(actor, Action::Triage(&report.scope()))?;
    if !is_colleague(conn, report, technician)? {
        return Err(AppError::invalid("report-assignee-invalid"));
    }
    check_slot(report, slot)?;
    let (starts, ends) = slot.bounds();
    let now = Utc::now().naive_utc();
    crate::db::transaction(conn, |conn| {
        let id: i32 = diesel::insert_into(visits::table)
            .values((
                visits::report_id.eq(report.id),
                visits::technician_id.eq(technician),
                visits::starts_at.eq(starts),
                visits::ends_at.eq(ends),
                visits::status.eq("planned"),
                visits::created_at.eq(now),
                visits::updated_at.eq(now),
            ))
            .returning(visits::id)
            .get_result(conn)?;
        if report.status() != Status::Scheduled {
            set_status(conn, report, Status::Scheduled, true)?;
        }
        events::follow(conn, report.id, technician, false)?;
        let event = insert(
            conn,
            report,
            Some(actor.user_id),
            NewEvent {
                from: Some(report.status()),
                to: Some(Status::Scheduled),
                visit: Some(id),
                ..NewEvent::new("visit_scheduled", true)
            },
        )?;
        Ok(event)
    })
}

pub fn reschedule(
    conn: &mut DbConnection,
    actor: &Actor,
    report: &ReportRow,
    visit_id: i32,
    slot: &Slot,
    reason: &str,
) -> AppResult<i32> {
    policy::authorize(actor, Action::Triage(&report.scope()))?;
    let visit = visit(conn, report, visit_id)?;
    if visit.status != "planned" {
        return Err(AppError::invalid("visit-not-planned"));
    }
    if reason.trim().is_empty() {
        return Err(AppError::invalid("report-reason-required"));
    }
    check_slot(report, slot)?;
    let (starts, ends) = slot.bounds();
    crate::db::transaction(conn, |conn| {
        diesel::update(visits::table.find(visit.id))
            .set((
                visits::starts_at.eq(starts),
                visits::ends_at.eq(ends),
                visits::change_requested.eq(None::<String>),
                visits::updated_at.eq(Utc::now().naive_utc()),
            ))
            .execute(conn)?;
        Ok(insert(
            conn,
            report,
            Some(actor.user_id),
            NewEvent {
                body: reason.trim(),
                visit: Some(visit.id),
                ..NewEvent::new("visit_rescheduled", true)
            },
        )?)
    })
}

pub fn cancel(
    conn: &mut DbConnection,
    actor: &Actor,
    report: &ReportRow,
    visit_id: i32,
    reason: &str,
) -> AppResult<i32> {
    policy::authorize(actor, Action::Triage(&report.scope()))?;
    let visit = visit(conn, report, visit_id)?;
    if visit.status != "planned" {
        return Err(AppError::invalid("visit-not-planned"));
    }
    if reason.trim().is_empty() {
        return Err(AppError::invalid("report-reason-required"));
    }
    crate::db::transaction(conn, |conn| {
        diesel::update(visits::table.find(visit.id))
            .set((
                visits::status.eq("cancelled"),
                visits::updated_at.eq(Utc::now().naive_utc()),
            ))
            .execute(conn)?;
        if report.status() == Status::Scheduled {
            set_status(conn, report, Status::Acknowledged, true)?;
        }
        Ok(insert(
            conn,
            report,
            Some(actor.user_id),
            NewEvent {
                body: reason.trim(),
                visit: Some(visit.id),
                to: Some(Status::Acknowledged),
                ..NewEvent::new("visit_cancelled", true)
            },
        )?)
    })
}

/// The tenant cannot be there: they ask for another time, in their words.
pub fn request_change(
    conn: &mut DbConnection,
    actor: &Actor,
    report: &ReportRow,
    visit_id: i32,
    message: &str,
) -> AppResult<i32> {
    if report.filed_for != actor.user_id {
        return Err(AppError::NotFound);
    }
    let visit = visit(conn, report, visit_id)?;
    if visit.status != "planned" {
        return Err(AppError::invalid("visit-not-planned"));
    }
    let message = message.trim();
    if message.is_empty() || message.chars().count() > super::COMMENT_MAX {
        return Err(AppError::invalid("report-reason-required"));
    }
    crate::db::transaction(conn, |conn| {
        diesel::update(visits::table.find(visit.id))
            .set((
                visits::change_requested.eq(message),
                visits::updated_at.eq(Utc::now().naive_utc()),
            ))
            .execute(conn)?;
        Ok(insert(
            conn,
            report,
            Some(actor.user_id),
            NewEvent {
                body: message,
                visit: Some(visit.id),
                ..NewEvent::new("visit_change_requested", true)
            },
        )?)
    })
}

/// The visit happened: notes and "after" photos go on the timeline, the report moves on.
pub fn complete(
    conn: &mut DbConnection,
    actor: &Actor,
    report: &ReportRow,
    visit_id: i32,
    notes: &str,
    outcome: Status,
    photos: &[SavedPhoto],
) -> AppResult<i32> {
    policy::authorize(actor, Action::Triage(&report.scope()))?;
    let visit = visit(conn, report, visit_id)?;
    if visit.status != "planned" {
        return Err(AppError::invalid("visit-not-planned"));
    }
    if !matches!(outcome, Status::InProgress | Status::Resolved) {
        return Err(AppError::invalid("report-status-invalid"));
    }
    let notes = notes.trim();
    if notes.chars().count() > super::COMMENT_MAX {
        return Err(AppError::invalid("report-comment-long"));
    }
    let now = Utc::now().naive_utc();
    crate::db::transaction(conn, |conn| {
        diesel::update(visits::table.find(visit.id))
            .set((
                visits::status.eq("done"),
                visits::notes.eq(notes),
                visits::updated_at.eq(now),
            ))
            .execute(conn)?;
        set_status(conn, report, outcome, true)?;
        let event = insert(
            conn,
            report,
            Some(actor.user_id),
            NewEvent {
                body: notes,
                visit: Some(visit.id),
                from: Some(report.status()),
                to: Some(outcome),
                ..NewEvent::new("visit_done", true)
            },
        )?;
        for photo in photos {
            diesel::insert_into(report_photos::table)
                .values((
                    report_photos::report_id.eq(report.id),
                    report_photos::event_id.eq(event),
                    report_photos::storage_key.eq(&photo.key),
                    report_photos::width.eq(photo.width as i32),
                    report_photos::height.eq(photo.height as i32),
                    report_photos::created_at.eq(now),
                ))
                .execute(conn)?;
        }
        Ok(event)
    })
}

/// A change to a report's visits.
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
    RequestChange {
        visit: i32,
        message: String,
    },
}

/// Applies a visit change; returns the public event to announce.
pub fn apply(
    conn: &mut DbConnection,
    actor: &Actor,
    report: &ReportRow,
    update: VisitUpdate,
) -> AppResult<i32> {
    match update {
        VisitUpdate::Schedule { technician, slot } => {
            schedule(conn, actor, report, technician, &slot)
        }
        VisitUpdate::Reschedule {
            visit,
            slot,
            reason,
        } => reschedule(conn, actor, report, visit, &slot, &reason),
        VisitUpdate::Cancel { visit, reason } => cancel(conn, actor, report, visit, &reason),
        VisitUpdate::RequestChange { visit, message } => {
            request_change(conn, actor, report, visit, &message)
        }
    }
}

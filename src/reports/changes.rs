//! Changes people make to a report — comments and notes, state changes, duplicates,
//! transfers, triage — each authorized by the report rules and recorded as an event (which
//! `notifications::fanout` tells the followers about).

use chrono::{Duration, Utc};
use diesel::prelude::*;

use super::events::{follow, insert, moved, set_status, NewEvent};
use super::lifecycle::Mover;
use super::queries::{self, ReportRow};
use super::rules::{authorize_move, ReportAction};
use super::{Priority, Status, COMMENT_MAX};
use crate::access::{authorize, Actor};
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult, Message};
use crate::core::schema::{organisations, report_followers, reports, users};

/// A change someone asks for.
#[derive(Debug, Clone)]
pub enum Change {
    Comment {
        body: String,
        public: bool,
    },
    Transition {
        to: Status,
        body: String,
    },
    /// Joins another report: this one is closed as its duplicate.
    Duplicate {
        of: String,
        body: String,
    },
    /// Not ours: the report moves to another organisation's queue.
    Transfer {
        to_organisation: String,
        body: String,
    },
    /// Triage: how urgent it is (the deadlines follow).
    SetPriority {
        to: super::Priority,
    },
    /// Triage: who works on it (`None`: nobody yet).
    Assign {
        to: Option<i32>,
    },
}

fn body_of(raw: &str, required: bool) -> AppResult<String> {
    let body = raw.trim();
    if required && body.is_empty() {
        return Err(AppError::invalid("report-reason-required"));
    }
    if body.chars().count() > COMMENT_MAX {
        return Err(AppError::Invalid(
            Message::new("report-comment-long").with("max", COMMENT_MAX),
        ));
    }
    Ok(body.to_string())
}

/// Applies a change to a visible report, if the rules allow it. `report` was read by
/// [`queries::visible_locked`] in the caller's transaction: the rules check the state the
/// change starts from, and every change of state is conditional on it too.
pub fn apply(
    conn: &mut DbConnection,
    actor: &Actor,
    report: &ReportRow,
    change: Change,
) -> AppResult<()> {
    let on = On {
        actor,
        report,
        scope: report.scope(),
        staff: actor.answers_for(report.organisation_id, report.estate_id),
    };
    crate::core::db::transaction(conn, |conn| match change {
        Change::Comment { body, public } => comment(conn, &on, body, public),
        Change::Transition { to, body } => transition(conn, &on, to, body),
        Change::Duplicate { of, body } => duplicate(conn, &on, of, body),
        Change::Transfer {
            to_organisation,
            body,
        } => transfer(conn, &on, to_organisation, body),
        Change::SetPriority { to } => set_priority(conn, &on, to),
        Change::Assign { to } => assign(conn, &on, to),
    })
}

/// Who changes which report: what every kind of change checks and writes.
struct On<'a> {
    actor: &'a Actor,
    report: &'a ReportRow,
    scope: super::rules::ReportScope,
    /// Whether the actor answers for the report (its organisation's staff, or the desk).
    staff: bool,
}

fn comment(conn: &mut DbConnection, on: &On, body: String, public: bool) -> AppResult<()> {
    authorize(
        on.actor,
        ReportAction::Comment {
            report: &on.scope,
            public,
        },
    )?;
    let body = body_of(&body, true)?;
    let kind = if public { "comment" } else { "note" };
    insert(
        conn,
        on.report,
        Some(on.actor.user_id),
        NewEvent {
            kind,
            from: None,
            to: None,
            body: &body,
            public,
            organisation_id: None,
            related: None,
            visit: None,
        },
    )?;
    if public && on.staff && on.report.first_response_at.is_none() {
        diesel::update(reports::table.find(on.report.id))
            .set(reports::first_response_at.eq(Utc::now().naive_utc()))
            .execute(conn)?;
    }
    Ok(())
}

fn transition(conn: &mut DbConnection, on: &On, to: Status, body: String) -> AppResult<()> {
    authorize_move(on.actor, &on.scope, to)?;
    if matches!(to, Status::Duplicate) {
        return Err(AppError::invalid("report-duplicate-needs-original"));
    }
    // Saying why matters where the tenant would otherwise be left guessing.
    let reopening = on.report.status() == Status::Resolved && to == Status::Received;
    let body = body_of(&body, reopening || to == Status::NotCompetent)?;
    let mover_is_staff = on.staff && !(reopening && on.report.filed_for == on.actor.user_id);
    set_status(
        conn,
        on.report,
        to,
        mover_is_staff && super::lifecycle::is_first_response(Mover::Staff, Some(to)),
    )?;
    let kind = if reopening { "reopened" } else { "status" };
    insert(
        conn,
        on.report,
        Some(on.actor.user_id),
        NewEvent {
            kind,
            from: Some(on.report.status()),
            to: Some(to),
            body: &body,
            public: true,
            organisation_id: None,
            related: None,
            visit: None,
        },
    )?;
    Ok(())
}

fn duplicate(conn: &mut DbConnection, on: &On, of: String, body: String) -> AppResult<()> {
    authorize_move(on.actor, &on.scope, Status::Duplicate)?;
    let original = queries::visible(conn, on.actor, &of)
        .map_err(|_| AppError::invalid("report-duplicate-unknown"))?;
    if original.id == on.report.id
        || original.estate_id != on.report.estate_id
        || original.status() == Status::Duplicate
    {
        return Err(AppError::invalid("report-duplicate-unknown"));
    }
    let body = body_of(&body, false)?;
    set_status(conn, on.report, Status::Duplicate, on.staff)?;
    diesel::update(reports::table.find(on.report.id))
        .set(reports::duplicate_of.eq(original.id))
        .execute(conn)?;
    insert(
        conn,
        on.report,
        Some(on.actor.user_id),
        NewEvent {
            kind: "duplicate",
            from: Some(on.report.status()),
            to: Some(Status::Duplicate),
            body: &body,
            public: true,
            organisation_id: None,
            related: Some(original.id),
            visit: None,
        },
    )?;
    // Whoever followed this one now follows the original, so nobody loses track.
    let followers: Vec<i32> = report_followers::table
        .filter(report_followers::report_id.eq(on.report.id))
        .select(report_followers::user_id)
        .load(conn)?;
    for user in followers {
        follow(conn, original.id, user, false)?;
    }
    Ok(())
}

fn transfer(
    conn: &mut DbConnection,
    on: &On,
    to_organisation: String,
    body: String,
) -> AppResult<()> {
    authorize_move(on.actor, &on.scope, Status::NotCompetent)?;
    let target = organisations::table
        .filter(organisations::code.eq(&to_organisation))
        .select(organisations::id)
        .first::<i32>(conn)
        .optional()?
        .filter(|id| Some(*id) != on.report.organisation_id)
        .ok_or_else(|| AppError::invalid("report-transfer-unknown"))?;
    let body = body_of(&body, true)?;
    // Back to "received", in the new organisation's queue: passing it on answers.
    set_status(conn, on.report, Status::Received, true)?;
    insert(
        conn,
        on.report,
        Some(on.actor.user_id),
        NewEvent {
            kind: "transfer",
            from: Some(on.report.status()),
            to: Some(Status::Received),
            body: &body,
            public: true,
            organisation_id: Some(target),
            related: None,
            visit: None,
        },
    )?;
    // The new organisation's clock starts now, and its own people will assign it.
    let now = Utc::now().naive_utc();
    let (response_due, resolution_due) =
        super::service_levels::due_dates(conn, Some(target), on.report.priority(), now)?;
    diesel::update(reports::table.find(on.report.id))
        .set((
            reports::organisation_id.eq(target),
            reports::response_due_at.eq(response_due),
            reports::resolution_due_at.eq(resolution_due),
            reports::assignee_id.eq(None::<i32>),
        ))
        .execute(conn)?;
    Ok(())
}

fn set_priority(conn: &mut DbConnection, on: &On, to: Priority) -> AppResult<()> {
    authorize(on.actor, ReportAction::Triage(&on.scope))?;
    let (response_due, resolution_due) = super::service_levels::due_dates(
        conn,
        on.report.organisation_id,
        to,
        on.report.created_at,
    )?;
    diesel::update(reports::table.find(on.report.id))
        .set((
            reports::priority.eq(to.code()),
            reports::response_due_at.eq(response_due),
            reports::resolution_due_at.eq(resolution_due),
        ))
        .execute(conn)?;
    let body = to.code();
    insert(
        conn,
        on.report,
        Some(on.actor.user_id),
        NewEvent {
            body,
            ..NewEvent::new("priority", false)
        },
    )?;
    Ok(())
}

fn assign(conn: &mut DbConnection, on: &On, to: Option<i32>) -> AppResult<()> {
    authorize(on.actor, ReportAction::Triage(&on.scope))?;
    // Assigning whoever is assigned already changes nothing and tells nobody (twelve
    // clicks, or a bulk action over reports some of which were theirs already).
    if to == on.report.assignee_id {
        return Ok(());
    }
    if let Some(assignee) = to {
        if !super::team::is_colleague(conn, on.report, assignee)? {
            return Err(AppError::invalid("report-assignee-invalid"));
        }
        follow(conn, on.report.id, assignee, false)?;
    }
    diesel::update(reports::table.find(on.report.id))
        .set(reports::assignee_id.eq(to))
        .execute(conn)?;
    let name: String = match to {
        Some(id) => users::table.find(id).select(users::name).first(conn)?,
        None => String::new(),
    };
    insert(
        conn,
        on.report,
        Some(on.actor.user_id),
        NewEvent {
            body: &name,
            ..NewEvent::new("assigned", false)
        },
    )?;
    Ok(())
}

/// "Me too": a neighbour has the same problem, is counted, and follows the report.
/// Returns the report's reference.
pub fn me_too(conn: &mut DbConnection, actor: &Actor, reference: &str) -> AppResult<String> {
    crate::core::db::transaction(conn, |conn| {
        let report = queries::visible_locked(conn, actor, reference)?;
        authorize(actor, ReportAction::MeToo(&report.scope()))?;
        follow(conn, report.id, actor.user_id, true)?;
        Ok(report.reference)
    })
}

/// Closes resolved reports nobody confirmed within `after`; returns how many. Each close is
/// conditional on the report being still resolved, and resolved before the cutoff: one the
/// tenant reopened (or staff resolved again) meanwhile stays as it is, and of two app nodes
/// closing the same report only one records it.
pub fn close_unconfirmed(conn: &mut DbConnection, after: Duration) -> AppResult<usize> {
    let cutoff = Utc::now().naive_utc() - after;
    let stale: Vec<ReportRow> = reports::table
        .filter(reports::status.eq(Status::Resolved.code()))
        .filter(reports::resolved_at.le(cutoff))
        .limit(500)
        .select(ReportRow::as_select())
        .load(conn)?;
    let mut closed = 0;
    for report in &stale {
        crate::core::db::transaction(conn, |conn| -> QueryResult<()> {
            if !moved(conn, report, Status::Closed, false, Some(cutoff))? {
                return Ok(());
            }
            insert(
                conn,
                report,
                None,
                NewEvent {
                    kind: "closed_unconfirmed",
                    from: Some(Status::Resolved),
                    to: Some(Status::Closed),
                    body: "",
                    public: true,
                    organisation_id: None,
                    related: None,
                    visit: None,
                },
            )?;
            closed += 1;
            Ok(())
        })?;
    }
    Ok(closed)
}

//! The timeline of a report: comments, notes and state changes, each with who, when and why,
//! and what follows from them (timestamps for the indicators, people to tell).

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::lifecycle::Mover;
use super::queries::{self, ReportRow};
use super::{Status, COMMENT_MAX};
use crate::db::DbConnection;
use crate::error::{AppError, AppResult, Message};
use crate::i18n::Locale;
use crate::policy::{self, Action, Actor};
use crate::schema::{organisations, report_events, report_followers, reports, users};

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

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = report_events)]
pub struct EventRow {
    pub id: i32,
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

/// Sets the timestamps the indicators read, as a state change implies.
pub(super) fn set_status(
    conn: &mut DbConnection,
    report: &ReportRow,
    to: Status,
    staff: bool,
) -> QueryResult<()> {
    let now = Utc::now().naive_utc();
    let first_response = report.first_response_at.or(staff.then_some(now));
    let resolved = match to {
        Status::Resolved => Some(now),
        Status::Received => None,
        _ => report.resolved_at,
    };
    let closed = (!to.is_open() && to != Status::Resolved).then_some(now);
    diesel::update(reports::table.find(report.id))
        .set((
            reports::status.eq(to.code()),
            reports::first_response_at.eq(first_response),
            reports::resolved_at.eq(resolved),
            reports::closed_at.eq(closed),
        ))
        .execute(conn)
        .map(drop)
}

/// Applies a change to a visible report, if the rules allow it. Returns the public event
/// people should be told about, if any.
pub fn apply(
    conn: &mut DbConnection,
    actor: &Actor,
    report: &ReportRow,
    change: Change,
) -> AppResult<Option<i32>> {
    let scope = report.scope();
    let staff = actor
        .staff_of
        .iter()
        .any(|o| Some(*o) == report.organisation_id)
        || (report.organisation_id.is_none() && actor.operator_estates.contains(&report.estate_id));
    crate::db::transaction(conn, |conn| match change {
        Change::Comment { body, public } => {
            policy::authorize(
                actor,
                Action::Comment {
                    report: &scope,
                    public,
                },
            )?;
            let body = body_of(&body, true)?;
            let kind = if public { "comment" } else { "note" };
            let event = insert(
                conn,
                report,
                Some(actor.user_id),
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
            if public && staff && report.first_response_at.is_none() {
                diesel::update(reports::table.find(report.id))
                    .set(reports::first_response_at.eq(Utc::now().naive_utc()))
                    .execute(conn)?;
            }
            Ok(public.then_some(event))
        }
        Change::Transition { to, body } => {
            policy::authorize(actor, Action::MoveReport { report: &scope, to })?;
            if matches!(to, Status::Duplicate) {
                return Err(AppError::invalid("report-duplicate-needs-original"));
            }
            // Saying why matters where the tenant would otherwise be left guessing.
            let reopening = report.status() == Status::Resolved && to == Status::Received;
            let body = body_of(&body, reopening || to == Status::NotCompetent)?;
            let mover_is_staff = staff && !(reopening && report.filed_for == actor.user_id);
            set_status(
                conn,
                report,
                to,
                mover_is_staff && super::lifecycle::is_first_response(Mover::Staff, Some(to)),
            )?;
            let kind = if reopening { "reopened" } else { "status" };
            let event = insert(
                conn,
                report,
                Some(actor.user_id),
                NewEvent {
                    kind,
                    from: Some(report.status()),
                    to: Some(to),
                    body: &body,
                    public: true,
                    organisation_id: None,
                    related: None,
                    visit: None,
                },
            )?;
            Ok(Some(event))
        }
        Change::Duplicate { of, body } => {
            policy::authorize(
                actor,
                Action::MoveReport {
                    report: &scope,
                    to: Status::Duplicate,
                },
            )?;
            let original = queries::visible(conn, actor, &of)
                .map_err(|_| AppError::invalid("report-duplicate-unknown"))?;
            if original.id == report.id
                || original.estate_id != report.estate_id
                || original.status() == Status::Duplicate
            {
                return Err(AppError::invalid("report-duplicate-unknown"));
            }
            let body = body_of(&body, false)?;
            set_status(conn, report, Status::Duplicate, staff)?;
            diesel::update(reports::table.find(report.id))
                .set(reports::duplicate_of.eq(original.id))
                .execute(conn)?;
            let event = insert(
                conn,
                report,
                Some(actor.user_id),
                NewEvent {
                    kind: "duplicate",
                    from: Some(report.status()),
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
                .filter(report_followers::report_id.eq(report.id))
                .select(report_followers::user_id)
                .load(conn)?;
            for user in followers {
                follow(conn, original.id, user, false)?;
            }
            Ok(Some(event))
        }
        Change::Transfer {
            to_organisation,
            body,
        } => {
            policy::authorize(
                actor,
                Action::MoveReport {
                    report: &scope,
                    to: Status::NotCompetent,
                },
            )?;
            let target = organisations::table
                .filter(organisations::code.eq(&to_organisation))
                .select(organisations::id)
                .first::<i32>(conn)
                .optional()?
                .filter(|id| Some(*id) != report.organisation_id)
                .ok_or_else(|| AppError::invalid("report-transfer-unknown"))?;
            let body = body_of(&body, true)?;
            let now = Utc::now().naive_utc();
            diesel::update(reports::table.find(report.id))
                .set((
                    reports::organisation_id.eq(target),
                    reports::status.eq(Status::Received.code()),
                    reports::first_response_at.eq(report.first_response_at.or(Some(now))),
                ))
                .execute(conn)?;
            let event = insert(
                conn,
                report,
                Some(actor.user_id),
                NewEvent {
                    kind: "transfer",
                    from: Some(report.status()),
                    to: Some(Status::Received),
                    body: &body,
                    public: true,
                    organisation_id: Some(target),
                    related: None,
                    visit: None,
                },
            )?;
            // The new organisation's clock starts now, and its own people will assign it.
            let (response_due, resolution_due) =
                super::service_levels::due_dates(conn, Some(target), report.priority(), now)?;
            diesel::update(reports::table.find(report.id))
                .set((
                    reports::response_due_at.eq(response_due),
                    reports::resolution_due_at.eq(resolution_due),
                    reports::assignee_id.eq(None::<i32>),
                ))
                .execute(conn)?;
            Ok(Some(event))
        }
        Change::SetPriority { to } => {
            policy::authorize(actor, Action::Triage(&scope))?;
            let (response_due, resolution_due) = super::service_levels::due_dates(
                conn,
                report.organisation_id,
                to,
                report.created_at,
            )?;
            diesel::update(reports::table.find(report.id))
                .set((
                    reports::priority.eq(to.code()),
                    reports::response_due_at.eq(response_due),
                    reports::resolution_due_at.eq(resolution_due),
                ))
                .execute(conn)?;
            let body = to.code();
            insert(
                conn,
                report,
                Some(actor.user_id),
                NewEvent {
                    body,
                    ..NewEvent::new("priority", false)
                },
            )?;
            Ok(None)
        }
        Change::Assign { to } => {
            policy::authorize(actor, Action::Triage(&scope))?;
            if let Some(assignee) = to {
                if !super::work::is_colleague(conn, report, assignee)? {
                    return Err(AppError::invalid("report-assignee-invalid"));
                }
                follow(conn, report.id, assignee, false)?;
            }
            diesel::update(reports::table.find(report.id))
                .set(reports::assignee_id.eq(to))
                .execute(conn)?;
            let name: String = match to {
                Some(id) => users::table.find(id).select(users::name).first(conn)?,
                None => String::new(),
            };
            insert(
                conn,
                report,
                Some(actor.user_id),
                NewEvent {
                    body: &name,
                    ..NewEvent::new("assigned", false)
                },
            )?;
            Ok(None)
        }
    })
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

/// "Me too": a neighbour has the same problem, is counted, and follows the report.
pub fn me_too(conn: &mut DbConnection, actor: &Actor, report: &ReportRow) -> AppResult<()> {
    policy::authorize(actor, Action::MeToo(&report.scope()))?;
    Ok(follow(conn, report.id, actor.user_id, true)?)
}

/// Closes resolved reports nobody confirmed within `after`; returns the events to announce.
pub fn close_unconfirmed(conn: &mut DbConnection, after: Duration) -> AppResult<Vec<(i32, i32)>> {
    let cutoff = Utc::now().naive_utc() - after;
    let stale: Vec<ReportRow> = reports::table
        .filter(reports::status.eq(Status::Resolved.code()))
        .filter(reports::resolved_at.le(cutoff))
        .limit(500)
        .select(ReportRow::as_select())
        .load(conn)?;
    let mut announced = vec![];
    for report in stale {
        let event = crate::db::transaction(conn, |conn| -> QueryResult<i32> {
            set_status(conn, &report, Status::Closed, false)?;
            insert(
                conn,
                &report,
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
            )
        })?;
        announced.push((report.id, event));
    }
    Ok(announced)
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

/// "01/12/2026 09:00–12:00": when a visit is, as the timeline and mail show it.
pub fn visit_time(starts: NaiveDateTime, ends: NaiveDateTime) -> String {
    format!(
        "{} {}–{}",
        starts.format("%d/%m/%Y"),
        starts.format("%H:%M"),
        ends.format("%H:%M")
    )
}

/// An event as a reader sees it, in their language.
#[derive(Debug, Clone, Serialize)]
pub struct EventView {
    pub kind: String,
    pub status: Option<String>,
    pub summary: String,
    pub body: String,
    pub public: bool,
    pub who: String,
    pub at: String,
}

/// Says what happened. Names of residents appear only to staff or where the reporter chose to
/// show their name; staff names always appear (they answer in public).
pub fn describe(
    conn: &mut DbConnection,
    report: &ReportRow,
    event: &EventRow,
    locale: Locale,
    show_residents: bool,
) -> QueryResult<EventView> {
    let name_of = |conn: &mut DbConnection, id: i32| -> QueryResult<String> {
        users::table.find(id).select(users::name).first(conn)
    };
    let actor_name = match event.actor_id {
        Some(id) => Some(name_of(conn, id)?),
        None => None,
    };
    let anonymous = !(show_residents || report.show_name);
    let who = match (actor_name, event.actor_id) {
        (Some(name), Some(id)) if !(anonymous && id == report.filed_for) => name,
        (Some(_), Some(_)) => locale.text("event-who-reporter"),
        _ => locale.text("event-who-system"),
    };
    let status_text = event
        .to_status
        .as_deref()
        .map(|s| locale.text(&format!("status-{s}")));
    let summary = match event.kind.as_str() {
        "filed" if event.actor_id.is_some_and(|a| a != report.filed_for) => {
            let tenant = if show_residents || report.show_name {
                name_of(conn, report.filed_for)?
            } else {
                locale.text("event-who-reporter")
            };
            locale.text_with("event-filed-at-desk", &[("tenant", tenant)])
        }
        "filed" => locale.text("event-filed"),
        "status" => locale.text_with(
            "event-status",
            &[("status", status_text.clone().unwrap_or_default())],
        ),
        "reopened" => locale.text("event-reopened"),
        "comment" => locale.text("event-comment"),
        "note" => locale.text("event-note"),
        "transfer" => {
            let org: String = match event.organisation_id {
                Some(id) => organisations::table
                    .find(id)
                    .select(organisations::name)
                    .first(conn)?,
                None => String::new(),
            };
            locale.text_with("event-transfer", &[("organisation", org)])
        }
        "duplicate" => {
            let original: String = match event.related_report_id {
                Some(id) => reports::table
                    .find(id)
                    .select(reports::reference)
                    .first(conn)?,
                None => String::new(),
            };
            locale.text_with("event-duplicate", &[("reference", original)])
        }
        "closed_unconfirmed" => locale.text("event-closed-unconfirmed"),
        "priority" => locale.text_with(
            "event-priority",
            &[("priority", locale.text(&format!("priority-{}", event.body)))],
        ),
        "assigned" if event.body.is_empty() => locale.text("event-unassigned"),
        "assigned" => locale.text_with("event-assigned", &[("name", event.body.clone())]),
        kind @ ("visit_scheduled"
        | "visit_rescheduled"
        | "visit_cancelled"
        | "visit_change_requested"
        | "visit_done") => {
            let when = match event.visit_id {
                Some(id) => {
                    let (starts, ends): (NaiveDateTime, NaiveDateTime) =
                        crate::schema::visits::table
                            .find(id)
                            .select((
                                crate::schema::visits::starts_at,
                                crate::schema::visits::ends_at,
                            ))
                            .first(conn)?;
                    visit_time(starts, ends)
                }
                None => String::new(),
            };
            locale.text_with(
                &format!("event-{}", kind.replace('_', "-")),
                &[("when", when)],
            )
        }
        other => other.to_string(),
    };
    Ok(EventView {
        kind: event.kind.clone(),
        status: event.to_status.clone(),
        summary,
        body: event.body.clone(),
        public: event.public,
        who,
        at: event.created_at.format("%d/%m/%Y %H:%M").to_string(),
    })
}

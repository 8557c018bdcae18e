//! A report's timeline as a reader sees it, in their language.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::events::EventRow;
use super::queries::ReportRow;
use super::visits::window_names;
use crate::core::db::DbConnection;
use crate::core::schema::{organisations, reports, users, visits};
use crate::i18n::Locale;

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
    /// When, for machines (the API's timestamps).
    #[serde(skip)]
    pub created_at: NaiveDateTime,
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
        "availability_requested" => locale.text("event-availability-requested"),
        "availability" => {
            let (windows, permission) = super::visits::parse_availability(&event.body);
            let windows = window_names(&windows, locale);
            match (windows.is_empty(), permission) {
                (false, true) => locale.text_with(
                    "event-availability-windows-permission",
                    &[("windows", windows.join(", "))],
                ),
                (false, false) => locale.text_with(
                    "event-availability-windows",
                    &[("windows", windows.join(", "))],
                ),
                (true, _) => locale.text("event-availability-permission"),
            }
        }
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
        | "visit_done"
        | "visit_no_access") => {
            let when = match event.visit_id {
                Some(id) => {
                    let (starts, ends): (NaiveDateTime, NaiveDateTime) = visits::table
                        .find(id)
                        .select((visits::starts_at, visits::ends_at))
                        .first(conn)?;
                    locale.slot(starts, ends)
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
    // What the tenant said about their availability is in the summary, not a comment.
    let body = match event.kind.as_str() {
        "availability" => String::new(),
        _ => event.body.clone(),
    };
    Ok(EventView {
        kind: event.kind.clone(),
        status: event.to_status.clone(),
        summary,
        body,
        public: event.public,
        who,
        at: locale.date_time(event.created_at),
        created_at: event.created_at,
    })
}

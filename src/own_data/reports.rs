//! The reports in a person's export: those they filed, were filed for, or follow, each with
//! its events as the person may see them and its photos. Residents other than the person are
//! named by their role only; staff by the name the report page shows everyone.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::access::{allows, Actor};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::schema::{report_events, report_followers, report_photos, reports, role_grants};
use crate::i18n::Locale;
use crate::people::Role;
use crate::reports::events::{self, EventRow};
use crate::reports::queries::{self, ReportRow};
use crate::reports::rules::ReportAction;
use crate::reports::{categories, timeline, views};

#[derive(Debug, Serialize)]
pub struct ExportedReport {
    pub reference: String,
    /// `filed` (by the person), `filed_for_you` (by the desk), `following`, `me_too`.
    pub relation: Vec<&'static str>,
    pub category: String,
    pub place: String,
    pub spot: Option<String>,
    pub description: String,
    pub status: String,
    pub priority: String,
    pub private: bool,
    pub permission_to_enter: bool,
    pub time_windows: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub resolved_at: Option<NaiveDateTime>,
    pub closed_at: Option<NaiveDateTime>,
    pub events: Vec<ExportedEvent>,
    /// Paths of the photos inside the archive.
    pub photos: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ExportedEvent {
    pub kind: String,
    pub summary: String,
    pub body: String,
    pub public: bool,
    pub who: String,
    pub at: NaiveDateTime,
}

/// What the person wrote on any report (comments, and notes if they are staff).
#[derive(Debug, Serialize)]
pub struct ExportedComment {
    pub report: String,
    pub kind: String,
    pub body: String,
    pub public: bool,
    pub at: NaiveDateTime,
}

/// The reports and their photo keys (to be copied into the archive).
pub fn reports_of(
    conn: &mut DbConnection,
    actor: &Actor,
    locale: Locale,
) -> AppResult<(Vec<ExportedReport>, Vec<String>)> {
    let me = actor.user_id;
    let followed: Vec<(i32, bool)> = report_followers::table
        .filter(report_followers::user_id.eq(me))
        .select((report_followers::report_id, report_followers::me_too))
        .load(conn)?;
    let followed_ids: Vec<i32> = followed.iter().map(|f| f.0).collect();
    let rows: Vec<ReportRow> = reports::table
        .filter(
            reports::filed_by
                .eq(me)
                .or(reports::filed_for.eq(me))
                .or(reports::id.eq_any(followed_ids)),
        )
        .order(reports::id)
        .select(ReportRow::as_select())
        .load(conn)?;
    let mut keys = vec![];
    let mut exported = vec![];
    for report in rows {
        let mut relation = vec![];
        if report.filed_by == me {
            relation.push("filed");
        } else if report.filed_for == me {
            relation.push("filed_for_you");
        }
        match followed.iter().find(|f| f.0 == report.id) {
            Some((_, true)) => relation.push("me_too"),
            Some((_, false)) => relation.push("following"),
            None => {}
        }
        let (events, photos) = seen_parts(conn, actor, &report, locale)?;
        keys.extend(photos.iter().cloned());
        exported.push(ExportedReport {
            relation,
            category: categories::by_id(conn, report.category_id, locale)?.name,
            place: views::place_text(conn, &report, locale)?,
            spot: report.spot.clone(),
            description: report.description.clone(),
            status: views::status_text(report.status(), locale),
            priority: locale.text(&format!("priority-{}", report.priority.code())),
            private: report.private,
            permission_to_enter: report.permission_to_enter,
            time_windows: report.time_windows.clone(),
            created_at: report.created_at,
            updated_at: report.updated_at,
            resolved_at: report.resolved_at,
            closed_at: report.closed_at,
            events,
            photos: photos.iter().map(|k| photo_path(k)).collect(),
            reference: report.reference,
        });
    }
    Ok((exported, keys))
}

/// Where a photo goes inside the archive.
pub fn photo_path(key: &str) -> String {
    format!("photos/{key}.jpg")
}

/// The events the person may see of one report, and the keys of the photos shown with them.
fn seen_parts(
    conn: &mut DbConnection,
    actor: &Actor,
    report: &ReportRow,
    locale: Locale,
) -> AppResult<(Vec<ExportedEvent>, Vec<String>)> {
    let scope = report.scope();
    let staff = queries::visible(conn, actor, &report.reference).is_ok()
        && allows(
            actor,
            ReportAction::Comment {
                report: &scope,
                public: false,
            },
        );
    let reporter = report.filed_for == actor.user_id;
    // Other residents are never named, even where they chose to show their name on the page.
    let mut shown = report.clone();
    shown.show_name &= reporter;
    let rows = events::load(conn, report.id, staff)?;
    let mut exported = vec![];
    for event in &rows {
        let view = timeline::describe(conn, &shown, event, locale, reporter)?;
        exported.push(ExportedEvent {
            who: who(conn, actor.user_id, event, view.who, locale)?,
            kind: view.kind,
            summary: view.summary,
            body: view.body,
            public: view.public,
            at: event.created_at,
        });
    }
    let photos: Vec<(String, Option<i32>)> = report_photos::table
        .filter(report_photos::report_id.eq(report.id))
        .order(report_photos::id)
        .select((report_photos::storage_key, report_photos::event_id))
        .load(conn)?;
    let keys = photos
        .into_iter()
        .filter(|(_, event)| event.is_none_or(|id| rows.iter().any(|e| e.id == id)))
        .map(|(key, _)| key)
        .collect();
    Ok((exported, keys))
}

/// Who did it: "you", staff by the name the report page shows, anyone else by their role.
fn who(
    conn: &mut DbConnection,
    me: i32,
    event: &EventRow,
    shown: String,
    locale: Locale,
) -> QueryResult<String> {
    let Some(actor) = event.actor_id else {
        return Ok(shown);
    };
    if actor == me {
        return Ok(locale.text("export-who-you"));
    }
    let staff_roles =
        [Role::Operator, Role::Technician, Role::Manager, Role::Admin].map(Role::code);
    let staff: i64 = role_grants::table
        .filter(role_grants::user_id.eq(actor))
        .filter(role_grants::role.eq_any(staff_roles))
        .count()
        .get_result(conn)?;
    Ok(if event.organisation_id.is_some() || staff > 0 {
        shown
    } else {
        locale.text("export-who-resident")
    })
}

/// Everything the person wrote on reports.
pub fn comments_of(conn: &mut DbConnection, user_id: i32) -> QueryResult<Vec<ExportedComment>> {
    let rows: Vec<(String, String, String, bool, NaiveDateTime)> = report_events::table
        .inner_join(reports::table)
        .filter(report_events::actor_id.eq(user_id))
        .filter(report_events::kind.eq_any(["comment", "note"]))
        .order(report_events::id)
        .select((
            reports::reference,
            report_events::kind,
            report_events::body,
            report_events::public,
            report_events::created_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(report, kind, body, public, at)| ExportedComment {
            report,
            kind,
            body,
            public,
            at,
        })
        .collect())
}

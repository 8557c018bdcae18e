//! Reports as people read them: place, state and next step in the reader's language.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::QueryResult;
use serde::Serialize;

use super::categories::{self, Category};
use super::queries::ReportRow;
use super::{Location, Status};
use crate::db::DbConnection;
use crate::i18n::Locale;
use crate::places;

/// "Via Guardi 12, Scala A, piano 2 interno 21", or the common area's name.
pub fn place_text(
    conn: &mut DbConnection,
    report: &ReportRow,
    locale: Locale,
) -> QueryResult<String> {
    Ok(
        match (
            report.location(),
            report.unit_id,
            report.stair_id,
            report.building_id,
        ) {
            (Location::Unit, Some(unit), _, _) => {
                let p = places::unit_place(conn, unit)?;
                locale.text_with(
                    "report-place-unit",
                    &[
                        ("address", p.address),
                        ("stair", p.stair_name),
                        ("floor", p.floor.to_string()),
                        ("number", p.number),
                    ],
                )
            }
            (Location::Stair, _, Some(stair), _) => {
                let s = places::stair(conn, stair)?;
                locale.text_with(
                    "report-place-stair",
                    &[("stair", s.name), ("address", s.context)],
                )
            }
            (Location::Building, _, _, Some(building)) => {
                let b = places::building(conn, building)?;
                locale.text_with("report-place-building", &[("address", b.name)])
            }
            _ => {
                let e = places::estate(conn, report.estate_id)?;
                locale.text_with("report-place-estate", &[("estate", e.name)])
            }
        },
    )
}

pub fn date(at: NaiveDateTime) -> String {
    at.format("%d/%m/%Y").to_string()
}

/// A row of a list.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub reference: String,
    pub status: &'static str,
    pub status_text: String,
    pub category: String,
    pub icon: String,
    pub place: String,
    pub spot: Option<String>,
    pub excerpt: String,
    pub created: String,
    pub open: bool,
    pub priority: &'static str,
    pub due: Option<String>,
    pub overdue: bool,
    /// "No answer for 9 days", for those waiting on a first response past its deadline.
    pub waiting: Option<String>,
}

/// Category names by id, for lists (inactive categories included: old reports keep theirs).
pub fn category_names(
    conn: &mut DbConnection,
    locale: Locale,
) -> QueryResult<HashMap<i32, Category>> {
    Ok(categories::all(conn, locale)?
        .into_iter()
        .map(|c| (c.id, c))
        .collect())
}

pub fn summary(
    conn: &mut DbConnection,
    report: &ReportRow,
    names: &HashMap<i32, Category>,
    locale: Locale,
) -> QueryResult<Summary> {
    let category = names.get(&report.category_id);
    let now = chrono::Utc::now().naive_utc();
    let excerpt: String = report.description.chars().take(140).collect();
    Ok(Summary {
        reference: report.reference.clone(),
        status: report.status().code(),
        status_text: status_text(report.status(), locale),
        category: category.map(|c| c.name.clone()).unwrap_or_default(),
        icon: category.map(|c| c.icon.clone()).unwrap_or_default(),
        place: place_text(conn, report, locale)?,
        spot: report.spot.clone(),
        excerpt,
        created: date(report.created_at),
        open: report.status().is_open(),
        priority: report.priority().code(),
        due: report.resolution_due_at.map(date),
        overdue: report.overdue(now),
        waiting: (report.overdue(now) && report.first_response_at.is_none()).then(|| {
            locale.text_with(
                "report-waiting",
                &[("days", (now - report.created_at).num_days().to_string())],
            )
        }),
    })
}

pub fn status_text(status: Status, locale: Locale) -> String {
    locale.text(&format!("status-{}", status.code()))
}

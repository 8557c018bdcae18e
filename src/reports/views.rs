//! Reports as people read them: place, state and next step in the reader's language.

use std::collections::HashMap;

use diesel::QueryResult;
use serde::Serialize;

use super::categories::{self, Category};
use super::queries::{self, Filter, ReportRow};
use super::{Location, Status};
use crate::access::Actor;
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
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
        created: locale.date(report.created_at),
        open: report.status().is_open(),
        priority: report.priority().code(),
        due: report.resolution_due_at.map(|d| locale.date(d)),
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

/// Rows of a list, in the reader's language.
pub fn summaries(
    conn: &mut DbConnection,
    rows: &[ReportRow],
    locale: Locale,
) -> QueryResult<Vec<Summary>> {
    let names = category_names(conn, locale)?;
    rows.iter()
        .map(|r| summary(conn, r, &names, locale))
        .collect()
}

/// "My reports": those filed by or for me, and the open ones around me.
#[derive(Debug, Clone, Serialize)]
pub struct MyReports {
    pub mine: Vec<Summary>,
    pub around: Vec<Summary>,
    pub can_file: bool,
}

pub fn my_reports(conn: &mut DbConnection, actor: &Actor, locale: Locale) -> AppResult<MyReports> {
    let mine = queries::list(
        conn,
        actor,
        &Filter {
            mine: true,
            ..Filter::default()
        },
    )?
    .rows;
    let around: Vec<ReportRow> = queries::list(
        conn,
        actor,
        &Filter {
            open: true,
            ..Filter::default()
        },
    )?
    .rows
    .into_iter()
    .filter(|r| r.filed_for != actor.user_id && r.filed_by != actor.user_id)
    .collect();
    Ok(MyReports {
        mine: summaries(conn, &mine, locale)?,
        around: summaries(conn, &around, locale)?,
        can_file: can_file(actor),
    })
}

/// Whether someone has anywhere to file a report about (or anyone to file for).
pub fn can_file(actor: &Actor) -> bool {
    !actor.homes.is_empty()
        || !actor.operator_estates.is_empty()
        || !actor.delegate_stairs.is_empty()
        || !actor.delegate_buildings.is_empty()
}

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

/// The places some reports are about, read in one query per kind of place rather than one
/// per report.
#[derive(Default)]
pub struct PlaceBook {
    units: HashMap<i32, places::UnitPlace>,
    stairs: HashMap<i32, places::NamedPlace>,
    buildings: HashMap<i32, places::NamedPlace>,
    estates: HashMap<i32, places::NamedPlace>,
}

impl PlaceBook {
    pub fn load(conn: &mut DbConnection, reports: &[ReportRow]) -> QueryResult<Self> {
        let (mut units, mut stairs, mut buildings, mut estates) = (vec![], vec![], vec![], vec![]);
        for report in reports {
            match (
                report.location(),
                report.unit_id,
                report.stair_id,
                report.building_id,
            ) {
                (Location::Unit, Some(unit), _, _) => units.push(unit),
                (Location::Stair, _, Some(stair), _) => stairs.push(stair),
                (Location::Building, _, _, Some(building)) => buildings.push(building),
                _ => estates.push(report.estate_id),
            }
        }
        let by_id = |places: Vec<places::NamedPlace>| places.into_iter().map(|p| (p.id, p));
        let mut book = PlaceBook::default();
        for list in [&mut units, &mut stairs, &mut buildings, &mut estates] {
            list.sort_unstable();
            list.dedup();
        }
        if !units.is_empty() {
            book.units = places::unit_places_in(conn, &units)?
                .into_iter()
                .map(|u| (u.unit_id, u))
                .collect();
        }
        if !stairs.is_empty() {
            book.stairs = by_id(places::stairs_in(conn, &stairs)?).collect();
        }
        if !buildings.is_empty() {
            book.buildings = by_id(places::buildings_in(conn, &buildings)?).collect();
        }
        if !estates.is_empty() {
            book.estates = by_id(places::estates_in(conn, &estates)?).collect();
        }
        Ok(book)
    }

    /// "Via Guardi 12, Scala A, piano 2 interno 21", or the common area's name.
    pub fn text(&self, report: &ReportRow, locale: Locale) -> String {
        let unit = report.unit_id.and_then(|id| self.units.get(&id));
        let stair = report.stair_id.and_then(|id| self.stairs.get(&id));
        let building = report.building_id.and_then(|id| self.buildings.get(&id));
        match (report.location(), unit, stair, building) {
            (Location::Unit, Some(p), _, _) => locale.text_with(
                "report-place-unit",
                &[
                    ("address", p.address.clone()),
                    ("stair", p.stair_name.clone()),
                    ("floor", p.floor.to_string()),
                    ("number", p.number.clone()),
                ],
            ),
            (Location::Stair, _, Some(s), _) => locale.text_with(
                "report-place-stair",
                &[("stair", s.name.clone()), ("address", s.context.clone())],
            ),
            (Location::Building, _, _, Some(b)) => {
                locale.text_with("report-place-building", &[("address", b.name.clone())])
            }
            _ => {
                let estate = self.estates.get(&report.estate_id);
                let name = estate.map(|e| e.name.clone()).unwrap_or_default();
                locale.text_with("report-place-estate", &[("estate", name)])
            }
        }
    }
}

/// The place of one report (see [`PlaceBook::text`]).
pub fn place_text(
    conn: &mut DbConnection,
    report: &ReportRow,
    locale: Locale,
) -> QueryResult<String> {
    Ok(PlaceBook::load(conn, std::slice::from_ref(report))?.text(report, locale))
}

/// A row of a list.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
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

/// What a list of reports needs to show its rows: category names and places, each read once.
pub struct Lister {
    pub names: HashMap<i32, Category>,
    places: PlaceBook,
    locale: Locale,
}

impl Lister {
    pub fn load(conn: &mut DbConnection, rows: &[ReportRow], locale: Locale) -> QueryResult<Self> {
        Ok(Lister {
            names: category_names(conn, locale)?,
            places: PlaceBook::load(conn, rows)?,
            locale,
        })
    }

    pub fn place(&self, report: &ReportRow) -> String {
        self.places.text(report, self.locale)
    }

    pub fn summary(&self, report: &ReportRow) -> Summary {
        summary(report, &self.names, self.place(report), self.locale)
    }
}

fn summary(
    report: &ReportRow,
    names: &HashMap<i32, Category>,
    place: String,
    locale: Locale,
) -> Summary {
    let category = names.get(&report.category_id);
    let now = chrono::Utc::now().naive_utc();
    let excerpt: String = report.description.chars().take(140).collect();
    Summary {
        reference: report.reference.clone(),
        status: report.status().code(),
        status_text: status_text(report.status(), locale),
        category: category.map(|c| c.name.clone()).unwrap_or_default(),
        icon: category.map(|c| c.icon.clone()).unwrap_or_default(),
        place,
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
    }
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
    let lister = Lister::load(conn, rows, locale)?;
    Ok(rows.iter().map(|r| lister.summary(r)).collect())
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
    let around = queries::list(
        conn,
        actor,
        &Filter {
            open: true,
            others: true,
            ..Filter::default()
        },
    )?
    .rows;
    // One lister for both lists: the names and places are read once.
    let both: Vec<ReportRow> = mine.iter().chain(&around).cloned().collect();
    let lister = Lister::load(conn, &both, locale)?;
    Ok(MyReports {
        mine: mine.iter().map(|r| lister.summary(r)).collect(),
        around: around.iter().map(|r| lister.summary(r)).collect(),
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

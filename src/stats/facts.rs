//! Each report's facts as the indicators and exports read them: where and whose it is, and
//! its milestones, read page by page (by id) so an export of a million reports never holds
//! more than one page in memory.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Nullable, Timestamp};

use super::figures::Facts;
use super::Filter;
use crate::core::db::DbConnection;
use crate::core::prepared::{fixed_sql, FixedSql};
use crate::core::schema::reports;
use crate::reports::lifecycle::Status;
use crate::reports::rules::place_filter;

/// Reports read at once.
pub const PAGE: i64 = 5_000;

/// One report: its facts, what it is grouped by, and its milestones for the export.
#[derive(Debug, Clone)]
pub struct ReportFacts {
    pub id: i32,
    pub reference: String,
    pub organisation: Option<i32>,
    pub estate: i32,
    pub building: Option<i32>,
    pub stair: Option<i32>,
    pub location: String,
    pub category: i32,
    pub priority: String,
    pub acknowledged: Option<NaiveDateTime>,
    pub scheduled: Option<NaiveDateTime>,
    pub closed: Option<NaiveDateTime>,
    pub facts: Facts,
}

/// When a report first reached a state, by its timeline.
macro_rules! first_reached {
    ($state:literal) => {
        concat!(
            "(SELECT MIN(e.created_at) FROM report_events e WHERE e.report_id = reports.id \
             AND e.to_status = '",
            $state,
            "')"
        )
    };
}

/// What is read of each report besides its facts.
#[derive(Debug, Clone, Copy)]
pub enum Milestones {
    /// When it was first acknowledged and scheduled, from its timeline (the export).
    Read,
    /// Not needed (the indicators): two lookups a report fewer.
    Skip,
}

impl Milestones {
    fn sql(self, read: &'static str) -> FixedSql<Nullable<Timestamp>> {
        match self {
            Milestones::Read => fixed_sql(read),
            Milestones::Skip => fixed_sql("NULL"),
        }
    }
}

/// Sent back to work after being called resolved, by anyone.
const REOPENED: &str = "EXISTS (SELECT 1 FROM report_events e WHERE e.report_id = reports.id \
     AND e.kind = 'reopened')";

/// The reporter's last answer to "is it fixed?": closing a resolved report (yes) or reopening
/// it (no).
const FIXED: &str = "(SELECT e.kind = 'status' FROM report_events e \
     WHERE e.report_id = reports.id AND e.actor_id = reports.filed_for \
     AND e.from_status = 'resolved' AND (e.kind = 'reopened' OR e.to_status = 'closed') \
     ORDER BY e.id DESC LIMIT 1)";

/// Visits in the flat with the tenant expected there, carried out or found nobody home.
const HOME_VISITS: &str = "(SELECT COUNT(*) FROM visits v WHERE v.report_id = reports.id \
     AND NOT v.without_tenant AND v.status = 'done')";

/// Of those, the visits that found nobody home.
const NOBODY_HOME: &str = "(SELECT COUNT(*) FROM visits v WHERE v.report_id = reports.id \
     AND NOT v.without_tenant AND v.status = 'done' AND v.nobody_home)";

type Row = (
    (
        i32,
        String,
        Option<i32>,
        i32,
        Option<i32>,
        Option<i32>,
        String,
    ),
    (i32, String, Status),
    (NaiveDateTime, Option<NaiveDateTime>, Option<NaiveDateTime>),
    (
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
    ),
    (
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
        bool,
        Option<bool>,
    ),
    (i64, i64),
);

/// The next page of reports the filter selects, after report id `after`, by id.
pub fn page_after(
    conn: &mut DbConnection,
    filter: &Filter,
    milestones: Milestones,
    after: i32,
) -> QueryResult<Vec<ReportFacts>> {
    let mut query = reports::table
        .filter(reports::id.gt(after))
        .filter(place_filter(&filter.reach))
        .filter(reports::created_at.ge(filter.from))
        .filter(reports::created_at.lt(filter.until))
        .into_boxed();
    if let Some(landlord) = filter.landlord {
        query = query.filter(reports::organisation_id.eq(landlord));
    }
    if let Some(building) = filter.building {
        query = query.filter(reports::building_id.eq(building));
    }
    if let Some(category) = filter.category {
        query = query.filter(reports::category_id.eq(category));
    }
    let rows: Vec<Row> = query
        .order(reports::id)
        .limit(PAGE)
        .select((
            (
                reports::id,
                reports::reference,
                reports::organisation_id,
                reports::estate_id,
                reports::building_id,
                reports::stair_id,
                reports::location,
            ),
            (reports::category_id, reports::priority, reports::status),
            (
                reports::created_at,
                reports::first_response_at,
                reports::resolved_at,
            ),
            (
                reports::closed_at,
                reports::response_due_at,
                reports::resolution_due_at,
            ),
            (
                milestones.sql(first_reached!("acknowledged")),
                milestones.sql(first_reached!("scheduled")),
                fixed_sql::<Bool>(REOPENED),
                fixed_sql::<Nullable<Bool>>(FIXED),
            ),
            (
                fixed_sql::<BigInt>(HOME_VISITS),
                fixed_sql::<BigInt>(NOBODY_HOME),
            ),
        ))
        .load(conn)?;
    Ok(rows.into_iter().map(ReportFacts::from).collect())
}

impl From<Row> for ReportFacts {
    fn from(row: Row) -> Self {
        let (
            (id, reference, organisation, estate, building, stair, location),
            (category, priority, status),
            (received, first_response, resolved),
            (closed, response_due, resolution_due),
            (acknowledged, scheduled, reopened, fixed),
            (home_visits, nobody_home),
        ) = row;
        ReportFacts {
            id,
            reference,
            organisation,
            estate,
            building,
            stair,
            location,
            category,
            priority,
            acknowledged,
            scheduled,
            closed,
            facts: Facts {
                status,
                received,
                first_response,
                resolved,
                response_due,
                resolution_due,
                reopened,
                fixed,
                home_visits: home_visits as usize,
                nobody_home: nobody_home as usize,
            },
        }
    }
}

/// Every report the filter selects, page by page, each page handed to `each`.
pub fn for_each_page(
    conn: &mut DbConnection,
    filter: &Filter,
    milestones: Milestones,
    mut each: impl FnMut(Vec<ReportFacts>) -> bool,
) -> QueryResult<()> {
    let mut after = 0;
    loop {
        let page = page_after(conn, filter, milestones, after)?;
        let Some(last) = page.last() else {
            return Ok(());
        };
        after = last.id;
        let full = page.len() as i64 == PAGE;
        if !each(page) || !full {
            return Ok(());
        }
    }
}

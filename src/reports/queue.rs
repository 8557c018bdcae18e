//! The work queue: the open reports an organisation answers for, the fix due soonest first,
//! filtered, counted and paged. Built to stay fast over a large history (see
//! `benches/queue.sh`): the base condition matches the partial index `reports_queue`.

use chrono::Utc;
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool};
use serde::{Deserialize, Serialize};

use super::queries::ReportRow;
use super::{Priority, Status};
use crate::access::Actor;
use crate::core::db::{DbConnection, MultiBackend};
use crate::core::error::{AppError, AppResult};
use crate::core::prepared::{any_of, fixed_sql};
use crate::core::schema::{categories, reports};

pub const PAGE_SIZE: i64 = 25;

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct QueueFilter {
    pub estate: Option<i32>,
    pub building: Option<i32>,
    pub stair: Option<i32>,
    /// A category's code.
    pub category: Option<String>,
    /// An open state.
    #[param(value_type = Option<Status>)]
    pub state: Option<String>,
    #[param(value_type = Option<Priority>)]
    pub priority: Option<String>,
    /// `me`, `none`, or a colleague's id.
    pub assignee: Option<String>,
    #[serde(default)]
    pub overdue: bool,
    /// Pages from 1, 25 reports each.
    #[param(minimum = 1)]
    pub page: Option<i64>,
}

impl QueueFilter {
    /// A quick filter's link: this filter's place, category and priority, plus `extra`.
    pub fn quick_link(&self, extra: &[(&str, String)]) -> String {
        let mut pairs: Vec<(&str, String)> = vec![];
        for (name, value) in [
            ("estate", self.estate.map(|e| e.to_string())),
            ("building", self.building.map(|b| b.to_string())),
            ("category", self.category.clone()),
            ("priority", self.priority.clone()),
        ] {
            if let Some(v) = value.filter(|v| !v.is_empty()) {
                pairs.push((name, v));
            }
        }
        pairs.extend(extra.iter().cloned());
        url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish()
    }

    /// This filter on another page, as a query string.
    pub fn on_page(&self, page: i64) -> String {
        let mut filter = self.clone();
        filter.page = Some(page);
        serde_urlencoded::to_string(&filter).unwrap_or_default()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Counts {
    pub open: i64,
    pub by_state: Vec<(Status, i64)>,
    pub overdue: i64,
    pub unassigned: i64,
    pub mine: i64,
}

pub struct QueuePage {
    pub rows: Vec<ReportRow>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub counts: Counts,
}

type Filter = Box<dyn BoxableExpression<reports::table, MultiBackend, SqlType = Bool>>;

/// The open reports this person's organisations (or desk) answer for. Only the branches that
/// apply are written, and one organisation is compared with `=`: an `OR` with an always-false
/// side, or PostgreSQL's `= ANY`, keeps the planners from walking `reports_queue` in order.
fn base(actor: &Actor) -> Filter {
    let staff: Option<Filter> = match actor.staff_of.as_slice() {
        [] => None,
        [one] => Some(Box::new(
            reports::organisation_id.assume_not_null().eq(*one),
        )),
        many => Some(Box::new(any_of(
            reports::organisation_id.assume_not_null(),
            many.to_vec(),
        ))),
    };
    let desk: Option<Filter> = (!actor.operator_estates.is_empty()).then(|| {
        Box::new(
            reports::organisation_id
                .is_null()
                .and(any_of(reports::estate_id, actor.operator_estates.clone())),
        ) as Filter
    });
    let answered: Filter = match (staff, desk) {
        (Some(staff), Some(desk)) => Box::new(staff.or(desk)),
        (Some(only), None) | (None, Some(only)) => only,
        (None, None) => Box::new(fixed_sql::<Bool>("1 = 0")),
    };
    Box::new(Status::still_open().and(answered))
}

/// Past the deadline for a first answer not yet given, or for the fix.
fn overdue_at(now: chrono::NaiveDateTime) -> Filter {
    Box::new(
        reports::first_response_at
            .is_null()
            .and(reports::response_due_at.assume_not_null().lt(now))
            .or(reports::resolution_due_at.assume_not_null().lt(now)),
    )
}

fn filters(actor: &Actor, f: &QueueFilter) -> AppResult<Vec<Filter>> {
    let mut out: Vec<Filter> = vec![];
    if let Some(estate) = f.estate {
        out.push(Box::new(reports::estate_id.eq(estate)));
    }
    if let Some(building) = f.building {
        out.push(Box::new(
            reports::building_id.assume_not_null().eq(building),
        ));
    }
    if let Some(stair) = f.stair {
        out.push(Box::new(reports::stair_id.assume_not_null().eq(stair)));
    }
    if let Some(code) = f.category.as_deref().filter(|c| !c.is_empty()) {
        let ids = categories::table
            .filter(categories::code.eq(code.to_string()))
            .select(categories::id);
        out.push(Box::new(reports::category_id.eq_any(ids)));
    }
    if let Some(state) = f.state.as_deref().filter(|s| !s.is_empty()) {
        let status = Status::parse(state)
            .filter(|s| s.is_open())
            .ok_or_else(|| AppError::invalid("report-filter-invalid"))?;
        out.push(Box::new(reports::status.eq(status.code())));
    }
    if let Some(priority) = f.priority.as_deref().filter(|s| !s.is_empty()) {
        let priority =
            Priority::parse(priority).ok_or_else(|| AppError::invalid("report-filter-invalid"))?;
        out.push(Box::new(reports::priority.eq(priority.code())));
    }
    match f.assignee.as_deref().filter(|s| !s.is_empty()) {
        None => {}
        Some("me") => out.push(Box::new(
            reports::assignee_id.assume_not_null().eq(actor.user_id),
        )),
        Some("none") => out.push(Box::new(reports::assignee_id.is_null())),
        Some(id) => {
            let id: i32 = id
                .parse()
                .map_err(|_| AppError::invalid("report-filter-invalid"))?;
            out.push(Box::new(reports::assignee_id.assume_not_null().eq(id)));
        }
    }
    if f.overdue {
        out.push(overdue_at(Utc::now().naive_utc()));
    }
    Ok(out)
}

fn filtered(actor: &Actor, f: &QueueFilter) -> AppResult<Filter> {
    let mut all = base(actor);
    for filter in filters(actor, f)? {
        all = Box::new(all.and(filter));
    }
    Ok(all)
}

/// `SUM(CASE WHEN condition THEN 1 ELSE 0 END)` as a BIGINT on both backends.
fn sum(condition: String) -> diesel::expression::SqlLiteral<BigInt> {
    sql::<BigInt>(&format!(
        "CAST(COALESCE(SUM(CASE WHEN {condition} THEN 1 ELSE 0 END), 0) AS BIGINT)"
    ))
}

/// The overdue condition written out, for sums over the queue index.
fn overdue_sql(now: chrono::NaiveDateTime) -> String {
    let now = now.format("%Y-%m-%d %H:%M:%S");
    format!(
        "(reports.first_response_at IS NULL AND reports.response_due_at < '{now}') \
         OR reports.resolution_due_at < '{now}'"
    )
}

/// Open and overdue reports of an organisation by assignee (`None`: nobody yet), in one pass
/// over the queue index.
pub fn workload(conn: &mut DbConnection, org: i32) -> QueryResult<Vec<(Option<i32>, i64, i64)>> {
    let now = Utc::now().naive_utc();
    reports::table
        .filter(Status::still_open().and(reports::organisation_id.assume_not_null().eq(org)))
        .group_by(reports::assignee_id)
        .select((
            reports::assignee_id,
            diesel::dsl::count_star(),
            sum(overdue_sql(now)),
        ))
        .load(conn)
}

/// Every quick filter's count in one pass over the queue index. The time and the caller's id
/// are written into the SQL: they are ours, not user input, and bound values would keep
/// SQLite from matching the partial index.
fn counts(conn: &mut DbConnection, actor: &Actor) -> AppResult<Counts> {
    let now = Utc::now().naive_utc();
    let rows: Vec<(String, i64, i64, i64, i64)> = reports::table
        .filter(base(actor))
        .group_by(reports::status)
        .select((
            reports::status,
            diesel::dsl::count_star(),
            sum(overdue_sql(now)),
            sum("reports.assignee_id IS NULL".to_string()),
            sum(format!("reports.assignee_id = {}", actor.user_id)),
        ))
        .load(conn)?;
    let total = |pick: fn(&(String, i64, i64, i64, i64)) -> i64| rows.iter().map(pick).sum();
    Ok(Counts {
        open: total(|r| r.1),
        by_state: Status::ALL
            .into_iter()
            .filter(|s| s.is_open())
            .map(|s| (s, rows.iter().find(|r| r.0 == s.code()).map_or(0, |r| r.1)))
            .collect(),
        overdue: total(|r| r.2),
        unassigned: total(|r| r.3),
        mine: total(|r| r.4),
    })
}

pub fn queue(conn: &mut DbConnection, actor: &Actor, f: &QueueFilter) -> AppResult<QueuePage> {
    crate::access::authorize(actor, crate::access::Action::WorkQueue)?;
    let page = f.page.unwrap_or(1).max(1);
    let counts = counts(conn, actor)?;
    let total: i64 = if filters(actor, f)?.is_empty() {
        counts.open
    } else {
        reports::table
            .filter(filtered(actor, f)?)
            .count()
            .get_result(conn)?
    };
    let rows = reports::table
        .filter(filtered(actor, f)?)
        .order((reports::resolution_due_at.asc(), reports::id.asc()))
        .offset((page - 1).saturating_mul(PAGE_SIZE))
        .limit(PAGE_SIZE)
        .select(ReportRow::as_select())
        .load(conn)?;
    Ok(QueuePage {
        rows,
        total,
        page,
        pages: ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1),
        counts,
    })
}

/// An organisation's open reports past a deadline, the most urgent first: how many there are,
/// and the first `limit` of them (the managers' digest).
pub fn overdue_of(
    conn: &mut DbConnection,
    org: i32,
    now: chrono::NaiveDateTime,
    limit: i64,
) -> QueryResult<(i64, Vec<ReportRow>)> {
    let overdue = || -> Filter {
        Box::new(
            Status::still_open()
                .and(reports::organisation_id.assume_not_null().eq(org))
                .and(overdue_at(now)),
        )
    };
    let total = reports::table.filter(overdue()).count().get_result(conn)?;
    let first = reports::table
        .filter(overdue())
        .order((reports::resolution_due_at, reports::id))
        .limit(limit)
        .select(ReportRow::as_select())
        .load(conn)?;
    Ok((total, first))
}

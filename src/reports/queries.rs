//! Reading reports: one by reference, lists filtered by what the caller may see, and the open
//! reports a new one might duplicate.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::rules::{self, ReportAction, ReportScope};
use super::{Location, Priority, Status};
use crate::access::{authorize, Actor, Place};
use crate::core::db::{DbConnection, MultiBackend};
use crate::core::error::{AppError, AppResult};
use crate::core::prepared::any_of;
use crate::core::schema::reports;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = reports)]
pub struct ReportRow {
    pub id: i32,
    pub reference: String,
    pub category_id: i32,
    pub location: String,
    pub unit_id: Option<i32>,
    pub stair_id: Option<i32>,
    pub building_id: Option<i32>,
    pub estate_id: i32,
    pub spot: Option<String>,
    pub description: String,
    pub status: Status,
    pub priority: Priority,
    pub organisation_id: Option<i32>,
    pub private: bool,
    pub filed_by: i32,
    pub filed_for: i32,
    pub show_name: bool,
    pub permission_to_enter: bool,
    pub time_windows: String,
    pub duplicate_of: Option<i32>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub first_response_at: Option<NaiveDateTime>,
    pub resolved_at: Option<NaiveDateTime>,
    pub closed_at: Option<NaiveDateTime>,
    pub assignee_id: Option<i32>,
    pub response_due_at: Option<NaiveDateTime>,
    pub resolution_due_at: Option<NaiveDateTime>,
}

impl ReportRow {
    pub fn status(&self) -> Status {
        self.status
    }

    pub fn priority(&self) -> Priority {
        self.priority
    }

    pub fn location(&self) -> Location {
        Location::parse(&self.location).unwrap_or(Location::Unit)
    }

    pub fn place(&self) -> Place {
        Place {
            level: self.location(),
            unit: self.unit_id,
            stair: self.stair_id,
            building: self.building_id,
            estate: self.estate_id,
        }
    }

    pub fn scope(&self) -> ReportScope {
        ReportScope {
            place: self.place(),
            organisation_id: self.organisation_id,
            private: self.private,
            filed_by: self.filed_by,
            filed_for: self.filed_for,
            status: self.status(),
        }
    }

    /// When a fix is expected: the service level's deadline.
    pub fn expected_by(&self) -> Option<NaiveDateTime> {
        self.resolution_due_at
    }

    /// Past the deadline for a first answer (not yet given) or for the fix.
    pub fn overdue(&self, now: NaiveDateTime) -> bool {
        let open = self.status().is_open();
        let no_answer =
            self.first_response_at.is_none() && self.response_due_at.is_some_and(|d| d < now);
        open && (no_answer || self.resolution_due_at.is_some_and(|d| d < now))
    }
}

/// The report with this reference, if the actor may see it (else "not found").
pub fn visible(conn: &mut DbConnection, actor: &Actor, reference: &str) -> AppResult<ReportRow> {
    let report = reports::table
        .filter(reports::reference.eq(reference.trim().to_uppercase()))
        .select(ReportRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    authorize(actor, ReportAction::View(&report.scope()))?;
    Ok(report)
}

/// [`visible`] for a change, inside its transaction: the report is locked until the transaction
/// ends, so the rules check the very state the change starts from, and a change racing it waits
/// and then sees what this one did. PostgreSQL locks the row (`FOR NO KEY UPDATE`: a change
/// never touches the key, so rows that only refer to the report — an inbox line written by the
/// fan-out meanwhile — are not held up, and cannot deadlock with it); on SQLite the
/// transaction's `BEGIN IMMEDIATE` already holds every other writer off.
pub fn visible_locked(
    conn: &mut DbConnection,
    actor: &Actor,
    reference: &str,
) -> AppResult<ReportRow> {
    if let DbConnection::Postgresql(pg) = conn {
        reports::table
            .filter(reports::reference.eq(reference.trim().to_uppercase()))
            .select(reports::id)
            .for_no_key_update()
            .first::<i32>(pg)
            .optional()?;
    }
    visible(conn, actor, reference)
}

pub fn by_id(conn: &mut DbConnection, id: i32) -> QueryResult<ReportRow> {
    reports::table
        .find(id)
        .select(ReportRow::as_select())
        .first(conn)
}

/// Filters for lists (API query parameters and the list page's form).
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Filter {
    #[param(value_type = Option<super::Status>)]
    pub state: Option<String>,
    pub building: Option<i32>,
    /// A category's code.
    pub category: Option<String>,
    /// Only reports filed by or for the caller.
    #[serde(default)]
    pub mine: bool,
    /// Only reports still waiting for work.
    #[serde(default)]
    pub open: bool,
    /// The cursor of the next page: reports older than this one (newest first).
    pub before: Option<i32>,
    /// Only reports filed neither by nor for the caller (the neighbours' ones).
    #[serde(skip)]
    pub others: bool,
    /// At most this many (a page, [`PAGE_SIZE`], unless said).
    #[serde(skip)]
    pub limit: Option<i64>,
}

pub const PAGE_SIZE: i64 = 50;

/// One page of a list, newest first, and the cursor of the next page if there is one.
#[derive(Debug, Clone)]
pub struct ListPage {
    pub rows: Vec<ReportRow>,
    pub next: Option<i32>,
}

pub fn list(conn: &mut DbConnection, actor: &Actor, filter: &Filter) -> AppResult<ListPage> {
    let page_size = filter.limit.unwrap_or(PAGE_SIZE);
    let mut rows: Vec<ReportRow> = match rules::seen_as_others(actor) {
        // Other people's reports: each part of the rule in a query of its own, merged (see
        // `seen_as_others` for why).
        Some(parts) if filter.others => {
            let mut rows = vec![];
            for part in parts {
                rows.extend(
                    narrowed(actor, filter, page_size)?
                        .filter(part)
                        .load(conn)?,
                );
            }
            rows.sort_unstable_by_key(|row: &ReportRow| std::cmp::Reverse(row.id));
            rows.dedup_by_key(|r| r.id);
            rows.truncate(page_size as usize + 1);
            rows
        }
        _ => {
            let mut query = narrowed(actor, filter, page_size)?;
            if let Some(visible) = rules::visible(actor) {
                query = query.filter(visible);
            }
            query.load(conn)?
        }
    };
    let next = if rows.len() as i64 > page_size {
        rows.truncate(page_size as usize);
        rows.last().map(|r| r.id)
    } else {
        None
    };
    Ok(ListPage { rows, next })
}

type ListQuery = diesel::dsl::IntoBoxed<
    'static,
    diesel::dsl::Limit<
        diesel::dsl::Order<
            diesel::dsl::Select<reports::table, diesel::dsl::AsSelect<ReportRow, MultiBackend>>,
            diesel::dsl::Desc<reports::id>,
        >,
    >,
    MultiBackend,
>;

/// A page of reports as `filter` narrows them, newest first, one more than a page to know
/// whether another follows; who may see them is the caller's to add.
fn narrowed(actor: &Actor, filter: &Filter, page_size: i64) -> AppResult<ListQuery> {
    let mut query = reports::table
        .select(ReportRow::as_select())
        .order(reports::id.desc())
        .limit(page_size + 1)
        .into_boxed();
    if let Some(before) = filter.before {
        query = query.filter(reports::id.lt(before));
    }
    if let Some(state) = filter.state.as_deref().filter(|s| !s.is_empty()) {
        let status =
            Status::parse(state).ok_or_else(|| AppError::invalid("report-filter-invalid"))?;
        query = query.filter(reports::status.eq(status.code()));
    }
    if filter.open {
        query = query.filter(Status::still_open());
    }
    if let Some(building) = filter.building {
        query = query.filter(reports::building_id.eq(building));
    }
    if let Some(code) = filter.category.as_deref().filter(|c| !c.is_empty()) {
        let ids = crate::core::schema::categories::table
            .filter(crate::core::schema::categories::code.eq(code.to_string()))
            .select(crate::core::schema::categories::id);
        query = query.filter(reports::category_id.eq_any(ids));
    }
    if filter.mine {
        query = query.filter(
            reports::filed_for
                .eq(actor.user_id)
                .or(reports::filed_by.eq(actor.user_id)),
        );
    }
    if filter.others {
        query = query.filter(
            reports::filed_for
                .ne(actor.user_id)
                .and(reports::filed_by.ne(actor.user_id)),
        );
    }
    Ok(query)
}

/// Open common-area reports of the same category around a place, to join instead of
/// filing again: the same stair, the same building, or the estate's common areas.
pub fn similar_open(
    conn: &mut DbConnection,
    actor: &Actor,
    category_id: i32,
    stair_id: Option<i32>,
    building_id: Option<i32>,
    estate_id: i32,
) -> AppResult<Vec<ReportRow>> {
    let candidates: Vec<ReportRow> = reports::table
        .filter(reports::category_id.eq(category_id))
        .filter(Status::still_open())
        .filter(reports::location.ne(Location::Unit.code()))
        .filter(reports::private.eq(false))
        .filter(reports::estate_id.eq(estate_id))
        .order(reports::id.desc())
        .limit(200)
        .select(ReportRow::as_select())
        .load(conn)?;
    Ok(candidates
        .into_iter()
        .filter(|r| match r.location() {
            Location::Stair => r.stair_id.is_some() && r.stair_id == stair_id,
            Location::Building => r.building_id.is_some() && r.building_id == building_id,
            _ => true,
        })
        .filter(|r| crate::access::allows(actor, ReportAction::View(&r.scope())))
        .take(10)
        .collect())
}

/// How many neighbours said "me too".
pub fn me_too_count(conn: &mut DbConnection, report_id: i32) -> QueryResult<i64> {
    use crate::core::schema::report_followers as f;
    f::table
        .filter(f::report_id.eq(report_id))
        .filter(f::me_too.eq(true))
        .count()
        .get_result(conn)
}

pub fn follows(conn: &mut DbConnection, report_id: i32, user_id: i32) -> QueryResult<bool> {
    use crate::core::schema::report_followers as f;
    let n: i64 = f::table
        .filter(f::report_id.eq(report_id))
        .filter(f::user_id.eq(user_id))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// Someone opened `report`: what happened to it until now is read. Nothing is written when
/// nothing happened since they last opened it (every change moves `updated_at`), so opening a
/// report again only reads.
pub fn mark_opened(conn: &mut DbConnection, report: &ReportRow, user_id: i32) -> QueryResult<()> {
    use crate::core::schema::report_reads as r;
    let read_at: Option<NaiveDateTime> = r::table
        .find((report.id, user_id))
        .select(r::read_at)
        .first(conn)
        .optional()?;
    if read_at.is_some_and(|at| at >= report.updated_at) {
        return Ok(());
    }
    let now = chrono::Utc::now().naive_utc();
    let updated = diesel::update(r::table.find((report.id, user_id)))
        .set(r::read_at.eq(now))
        .execute(conn)?;
    if updated == 0 {
        let inserted = diesel::insert_into(r::table)
            .values((
                r::report_id.eq(report.id),
                r::user_id.eq(user_id),
                r::read_at.eq(now),
            ))
            .execute(conn);
        // Opened twice at once: either time will do.
        crate::core::db::inserted(inserted)?;
    }
    Ok(())
}

/// When someone last opened each of these reports.
pub fn opened(
    conn: &mut DbConnection,
    user_id: i32,
    reports: &[i32],
) -> QueryResult<Vec<(i32, NaiveDateTime)>> {
    use crate::core::schema::report_reads as r;
    r::table
        .filter(r::user_id.eq(user_id))
        .filter(any_of(r::report_id, reports))
        .select((r::report_id, r::read_at))
        .load(conn)
}

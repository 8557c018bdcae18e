//! Reports as the API shows them: the types the handlers serialise, which are also the
//! document's schemas, so the two cannot drift apart.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::Serialize;
use utoipa::ToSchema;

use super::doc;
use crate::reports::detail::ReportDetail;
use crate::reports::photos::PhotoLinks;
use crate::reports::queries::ReportRow;
use crate::reports::queue::QueuePage;
use crate::reports::views::Lister;
use crate::reports::{visits, Location, Priority, Status};
use crate::web::update::Visibility;

/// A time as the API writes it: RFC 3339, in UTC.
fn stamp(at: NaiveDateTime) -> String {
    at.and_utc().to_rfc3339()
}

/// One report with its timeline, visits and photos.
#[derive(Serialize, ToSchema)]
pub struct Report {
    #[serde(rename = "ref")]
    #[schema(example = "SEG-2026-000123")]
    reference: String,
    status: Status,
    priority: Priority,
    category: CategoryName,
    location: Location,
    /// The place in words, as its page says it.
    place: String,
    /// Where exactly ("the landing of the 3rd floor").
    spot: Option<String>,
    description: String,
    /// Kept by the estate's desk, seen by nobody else.
    private: bool,
    permission_to_enter: bool,
    /// When the tenant is at home.
    #[schema(schema_with = doc::time_windows)]
    time_windows: Vec<String>,
    /// Filed by the desk for the tenant.
    filed_at_desk: bool,
    #[schema(format = DateTime)]
    created_at: String,
    #[schema(format = DateTime)]
    updated_at: String,
    #[schema(format = DateTime)]
    first_response_at: Option<String>,
    #[schema(format = DateTime)]
    resolved_at: Option<String>,
    #[schema(format = DateTime)]
    closed_at: Option<String>,
    /// When the fix is due, while the report is open.
    #[schema(format = DateTime)]
    expected_by: Option<String>,
    /// How many neighbours said "me too".
    me_too: i64,
    visits: Vec<VisitSummary>,
    photos: Vec<PhotoLinks>,
    events: Vec<Event>,
}

#[derive(Serialize, ToSchema)]
pub struct CategoryName {
    code: String,
    name: String,
}

#[derive(Serialize, ToSchema)]
pub struct VisitSummary {
    id: i32,
    #[schema(format = Date)]
    day: String,
    #[schema(example = "09:00")]
    from: String,
    #[schema(example = "12:00")]
    until: String,
    /// `planned`, `done` or `cancelled`.
    status: String,
    /// In the flat outside the tenant's time windows, with their permission to enter.
    without_tenant: bool,
    /// What the tenant asked to change.
    change_requested: Option<String>,
}

/// Something that happened to a report, in the caller's language.
#[derive(Serialize, ToSchema)]
pub struct Event {
    #[serde(rename = "type")]
    kind: String,
    /// The state it moved to, for a change of state.
    #[schema(value_type = Option<Status>)]
    status: Option<String>,
    summary: String,
    body: String,
    visibility: Visibility,
    who: String,
    #[schema(format = DateTime)]
    at: String,
}

impl From<ReportDetail> for Report {
    fn from(detail: ReportDetail) -> Self {
        let report = &detail.row;
        let api = |path: &str| format!("/api/v1{path}");
        Report {
            reference: report.reference.clone(),
            status: report.status(),
            priority: report.priority(),
            category: CategoryName {
                code: detail.category.code.clone(),
                name: detail.category.name.clone(),
            },
            location: report.location(),
            place: detail.place.clone(),
            spot: report.spot.clone(),
            description: report.description.clone(),
            private: report.private,
            permission_to_enter: report.permission_to_enter,
            time_windows: visits::offered(report),
            filed_at_desk: report.filed_by != report.filed_for,
            created_at: stamp(report.created_at),
            updated_at: stamp(report.updated_at),
            first_response_at: report.first_response_at.map(stamp),
            resolved_at: report.resolved_at.map(stamp),
            closed_at: report.closed_at.map(stamp),
            expected_by: report
                .expected_by()
                .filter(|_| report.status().is_open())
                .map(stamp),
            me_too: detail.me_too_count,
            visits: detail
                .work
                .visits
                .iter()
                .map(|v| VisitSummary {
                    id: v.id,
                    day: v.day.clone(),
                    from: v.from.clone(),
                    until: v.until.clone(),
                    status: v.status.clone(),
                    without_tenant: v.without_tenant,
                    change_requested: v.change_requested.clone(),
                })
                .collect(),
            photos: detail
                .photos
                .iter()
                .map(|p| PhotoLinks {
                    url: api(&p.url),
                    thumbnail_url: api(&p.thumbnail_url),
                })
                .collect(),
            events: detail
                .timeline
                .iter()
                .map(|e| Event {
                    kind: e.kind.clone(),
                    status: e.status.clone(),
                    summary: e.summary.clone(),
                    body: e.body.clone(),
                    visibility: if e.public {
                        Visibility::Public
                    } else {
                        Visibility::Internal
                    },
                    who: e.who.clone(),
                    at: stamp(e.created_at),
                })
                .collect(),
        }
    }
}

/// A report after a change: as the caller now sees it, or only its reference once passed to
/// another organisation.
#[derive(Serialize, ToSchema)]
#[serde(untagged)]
pub enum Changed {
    Report(Box<Report>),
    PassedOn(PassedOn),
}

/// After passing a report to another organisation: the caller no longer sees it.
#[derive(Serialize, ToSchema)]
pub struct PassedOn {
    #[serde(rename = "ref")]
    reference: String,
    /// Always false.
    visible: bool,
}

impl PassedOn {
    pub fn new(reference: String) -> Self {
        PassedOn {
            reference,
            visible: false,
        }
    }
}

/// A page of reports, newest first.
#[derive(Serialize, ToSchema)]
pub struct ReportPage {
    reports: Vec<ReportSummary>,
    /// The next page's address, or null on the last page.
    #[schema(required = true)]
    next: Option<String>,
}

impl ReportPage {
    pub fn new(reports: Vec<ReportSummary>, next: Option<String>) -> Self {
        ReportPage { reports, next }
    }
}

/// A report in a list.
#[derive(Serialize, ToSchema)]
pub struct ReportSummary {
    #[serde(rename = "ref")]
    reference: String,
    status: Status,
    /// The category's code.
    category: Option<String>,
    location: Location,
    place: String,
    spot: Option<String>,
    description: String,
    #[schema(format = DateTime)]
    created_at: String,
    #[schema(format = DateTime)]
    updated_at: String,
}

impl ReportSummary {
    pub fn new(row: &ReportRow, lister: &Lister) -> Self {
        ReportSummary {
            reference: row.reference.clone(),
            status: row.status(),
            category: lister.names.get(&row.category_id).map(|c| c.code.clone()),
            location: row.location(),
            place: lister.place(row),
            spot: row.spot.clone(),
            description: row.description.clone(),
            created_at: stamp(row.created_at),
            updated_at: stamp(row.updated_at),
        }
    }
}

/// A page of the work queue and the counts of its quick filters.
#[derive(Serialize, ToSchema)]
pub struct Queue {
    total: i64,
    page: i64,
    pages: i64,
    counts: QueueCounts,
    reports: Vec<QueueItem>,
}

#[derive(Serialize, ToSchema)]
pub struct QueueCounts {
    open: i64,
    overdue: i64,
    unassigned: i64,
    mine: i64,
    /// Open reports by state code.
    by_state: BTreeMap<String, i64>,
}

#[derive(Serialize, ToSchema)]
pub struct QueueItem {
    #[serde(rename = "ref")]
    reference: String,
    status: Status,
    priority: Priority,
    assignee_id: Option<i32>,
    #[schema(format = DateTime)]
    resolution_due_at: Option<String>,
    overdue: bool,
}

impl Queue {
    pub fn new(page: QueuePage, now: NaiveDateTime) -> Self {
        let counts = page.counts;
        Queue {
            total: page.total,
            page: page.page,
            pages: page.pages,
            counts: QueueCounts {
                open: counts.open,
                overdue: counts.overdue,
                unassigned: counts.unassigned,
                mine: counts.mine,
                by_state: counts
                    .by_state
                    .iter()
                    .map(|(s, n)| (s.code().to_string(), *n))
                    .collect(),
            },
            reports: page
                .rows
                .iter()
                .map(|r| QueueItem {
                    reference: r.reference.clone(),
                    status: r.status(),
                    priority: r.priority(),
                    assignee_id: r.assignee_id,
                    resolution_due_at: r.resolution_due_at.map(stamp),
                    overdue: r.overdue(now),
                })
                .collect(),
        }
    }
}

//! The indicators as CSV: every report with each milestone's time, and each table of
//! `/stats`. No names, e-mail addresses, phone numbers or descriptions ever leave this way —
//! a report's words can hold any of them — so no role needs more than the figures. Every cell
//! goes through [`Sheet`], which keeps spreadsheets from running one as a formula.

use chrono::NaiveDateTime;

use super::cache::IndicatorCache;
use super::facts::{self, Milestones, ReportFacts};
use super::figures::Spread;
use super::page::Names;
use super::{By, Filter, StatsQuery};
use crate::access::Actor;
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::spreadsheet::Sheet;
use crate::i18n::Locale;

const REPORT_COLUMNS: [&str; 17] = [
    "reference",
    "estate_id",
    "building_id",
    "stair_id",
    "location",
    "category",
    "landlord",
    "priority",
    "status",
    "received_at",
    "acknowledged_at",
    "scheduled_at",
    "first_response_at",
    "resolved_at",
    "closed_at",
    "overdue",
    "reopened",
];

fn time(at: Option<NaiveDateTime>) -> String {
    at.map(|t| t.and_utc().format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default()
}

/// What the reader's query selects, checked as on `/stats`.
pub fn filter_for(
    conn: &mut DbConnection,
    actor: &Actor,
    query: &StatsQuery,
    now: NaiveDateTime,
) -> AppResult<Filter> {
    let estates: Vec<i32> = super::estates_of(conn, actor)?
        .into_iter()
        .map(|e| e.id)
        .collect();
    let categories = crate::reports::categories::all(conn, Locale::DEFAULT)?;
    let today = crate::i18n::format::local(now).date();
    Filter::parse(
        query,
        &estates,
        |code| categories.iter().find(|c| c.code == code).map(|c| c.id),
        today,
    )
}

/// Writes every selected report as CSV, a page at a time, handing each page's bytes to `send`
/// (which answers false when nobody is reading any more): memory stays one page whatever
/// the number of reports.
pub fn reports_csv(
    conn: &mut DbConnection,
    filter: &Filter,
    now: NaiveDateTime,
    mut send: impl FnMut(Vec<u8>) -> bool,
) -> AppResult<()> {
    let codes = crate::reports::categories::all(conn, Locale::DEFAULT)?;
    let organisations = crate::places::organisations(conn)?;
    let code_of_category = |id: i32| {
        codes
            .iter()
            .find(|c| c.id == id)
            .map_or("", |c| c.code.as_str())
    };
    let code_of_landlord = |id: Option<i32>| {
        id.and_then(|id| organisations.iter().find(|o| o.id == id))
            .map_or("", |o| o.code.as_str())
    };
    let mut header = Sheet::default();
    header.row(REPORT_COLUMNS)?;
    if !send(header.into_bytes()?) {
        return Ok(());
    }
    let mut failed = None;
    facts::for_each_page(conn, filter, Milestones::Read, |page: Vec<ReportFacts>| {
        let mut out = Sheet::with_capacity(page.len() * 160);
        for r in &page {
            let id = |v: Option<i32>| v.map(|v| v.to_string()).unwrap_or_default();
            let written = out.row([
                r.reference.as_str(),
                &r.estate.to_string(),
                &id(r.building),
                &id(r.stair),
                &r.location,
                code_of_category(r.category),
                code_of_landlord(r.organisation),
                &r.priority,
                r.facts.status.code(),
                &time(Some(r.facts.received)),
                &time(r.acknowledged),
                &time(r.scheduled),
                &time(r.facts.first_response),
                &time(r.facts.resolved),
                &time(r.closed),
                if r.facts.overdue(now) { "1" } else { "0" },
                if r.facts.reopened { "1" } else { "0" },
            ]);
            if let Err(e) = written {
                failed = Some(e);
                return false;
            }
        }
        match out.into_bytes() {
            Ok(bytes) => send(bytes),
            Err(e) => {
                failed = Some(e);
                false
            }
        }
    })?;
    failed.map_or(Ok(()), Err)
}

fn hours(spread: Option<Spread>, pick: fn(&Spread) -> f64) -> String {
    spread
        .map(|s| format!("{:.1}", pick(&s)))
        .unwrap_or_default()
}

fn rate(percent: Option<f64>) -> String {
    percent.map(|p| format!("{p:.1}")).unwrap_or_default()
}

/// One table of `/stats` (by landlord, building, category or month) as CSV: group names in the
/// reader's language, figures as plain numbers (hours, percentages) for spreadsheets.
pub fn table_csv(
    conn: &mut DbConnection,
    cache: &IndicatorCache,
    filter: &Filter,
    by: By,
    locale: Locale,
    now: NaiveDateTime,
) -> AppResult<Vec<u8>> {
    let kept = cache.indicators(conn, filter, &[by], now)?;
    let indicators = &kept.indicators;
    let names = Names::load(conn, &super::page::building_ids(indicators), locale)?;
    let mut out = Sheet::default();
    out.row([
        by.code(),
        "received",
        "open",
        "overdue",
        "first_response_median_hours",
        "first_response_p90_hours",
        "resolution_median_hours",
        "resolution_p90_hours",
        "reopen_rate_percent",
        "handled_by_residents_percent",
        "fixed_yes",
        "fixed_no",
        "home_visits",
        "nobody_home_percent",
    ])?;
    for (key, f) in &indicators.tables[0].1 {
        out.row([
            names.label(by, *key, locale),
            f.received.to_string(),
            f.open.to_string(),
            f.overdue.to_string(),
            hours(f.first_response, |s| s.median),
            hours(f.first_response, |s| s.p90),
            hours(f.resolution, |s| s.median),
            hours(f.resolution, |s| s.p90),
            rate(f.reopen_rate()),
            rate(f.residents_share()),
            f.fixed_yes.to_string(),
            f.fixed_no.to_string(),
            f.home_visits.to_string(),
            rate(f.nobody_home_share()),
        ])?;
    }
    out.into_bytes()
}

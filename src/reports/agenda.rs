//! A week of one person's planned visits, day by day, as the agenda page and its printout show
//! it (the same visits go to phone calendars through [`super::calendar`]).

use chrono::{Datelike, Duration, NaiveDate};
use diesel::prelude::*;
use serde::Serialize;

use super::queries::ReportRow;
use super::views::{self, Summary};
use super::visits::Visit;
use crate::access::{authorize, Action, Actor};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::schema::{reports, visits};
use crate::i18n::Locale;
use crate::people::feeds::FeedKey;

#[derive(Debug, Clone, Serialize)]
pub struct AgendaVisit {
    pub time: String,
    pub report: Summary,
    pub without_tenant: bool,
    pub change_requested: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AgendaDay {
    pub weekday: String,
    pub date: String,
    pub visits: Vec<AgendaVisit>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Agenda {
    pub week: String,
    pub days: Vec<AgendaDay>,
    /// Mondays of the weeks before and after, `YYYY-MM-DD`.
    pub previous: String,
    pub next: String,
    pub calendar_url: String,
}

/// The Monday of the week `day` is in.
pub fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

pub fn week(
    conn: &mut DbConnection,
    actor: &Actor,
    day: NaiveDate,
    locale: Locale,
    base_url: &str,
    key: &FeedKey,
) -> AppResult<Agenda> {
    authorize(actor, Action::WorkQueue)?;
    let monday = monday_of(day);
    let from = monday.and_hms_opt(0, 0, 0).unwrap_or_default();
    let to = from + Duration::days(7);
    let planned: Vec<(Visit, ReportRow)> = visits::table
        .inner_join(reports::table)
        .filter(visits::technician_id.eq(actor.user_id))
        .filter(visits::status.eq("planned"))
        .filter(visits::starts_at.ge(from).and(visits::starts_at.lt(to)))
        .order(visits::starts_at)
        .select((Visit::as_select(), ReportRow::as_select()))
        .load(conn)?;
    let rows: Vec<ReportRow> = planned.iter().map(|(_, r)| r.clone()).collect();
    let lister = views::Lister::load(conn, &rows, locale)?;
    let mut days = vec![];
    for offset in 0..7 {
        let date = monday + Duration::days(offset);
        let visits = planned
            .iter()
            .filter(|(v, _)| v.starts_at.date() == date)
            .map(|(v, r)| AgendaVisit {
                time: format!(
                    "{}–{}",
                    locale.clock(v.starts_at.time()),
                    locale.clock(v.ends_at.time())
                ),
                report: lister.summary(r),
                without_tenant: v.without_tenant,
                change_requested: v.change_requested.clone(),
            })
            .collect();
        days.push(AgendaDay {
            weekday: locale.weekday(date),
            date: locale.day(date),
            visits,
        });
    }
    let token = super::calendar::token(conn, key, actor.user_id)?;
    Ok(Agenda {
        week: locale.day(monday),
        days,
        previous: (monday - Duration::days(7)).format("%Y-%m-%d").to_string(),
        next: (monday + Duration::days(7)).format("%Y-%m-%d").to_string(),
        calendar_url: super::calendar::url(base_url, &token),
    })
}

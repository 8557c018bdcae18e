//! Indicators that hold both landlords to account: how many reports came in, how many are
//! still open or late, how fast each landlord answers and fixes, how often a fix did not hold,
//! what residents handled themselves and what tenants said of the fixes — by landlord side by
//! side, by building, by category and by month. Staff read them on `/stats` and export them;
//! residents (and, where the estate publishes it, anyone) read an estate's summary.

pub mod cache;
pub mod export;
pub mod facts;
pub mod figures;
pub mod page;
pub mod summary;

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate, NaiveDateTime};
use serde::Deserialize;

use crate::access::{Actor, Clause, Level, Reach, Rule};
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::i18n::format::{local, utc_start};
use figures::{Facts, Figures};

/// Who reads the indicators: managers (for the estates their organisation serves, both
/// landlords side by side), the desk (its estates) and admins (everywhere). Technicians work
/// the queue; tenants read their estate's summary.
#[derive(Debug, Clone, Copy)]
pub struct ViewIndicators;

impl Rule for ViewIndicators {
    fn allows(&self, actor: &Actor) -> bool {
        actor.admin || !actor.manager_of.is_empty() || !actor.operator_estates.is_empty()
    }
}

/// The estates whose indicators `actor` reads on `/stats`.
pub fn estates_of(conn: &mut DbConnection, actor: &Actor) -> AppResult<Vec<crate::places::Named>> {
    crate::access::authorize(actor, ViewIndicators)?;
    let estates = if actor.admin {
        crate::places::named_estates(conn)?
    } else {
        crate::places::estates_served(conn, &actor.manager_of, &actor.operator_estates)?
    };
    Ok(estates)
}

/// The filters as they come in the address: `estate`, `landlord`, `building` (ids),
/// `category` (code), `from` and `to` (months, `2026-03`).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct StatsQuery {
    pub estate: Option<String>,
    pub landlord: Option<String>,
    pub building: Option<String>,
    pub category: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// How far back the indicators reach by default, in months (this one included).
pub const DEFAULT_MONTHS: u32 = 12;
/// The longest period one page or export covers, in months.
pub const MAX_MONTHS: u32 = 120;

/// The filters, checked: which reports count.
#[derive(Debug, Clone)]
pub struct Filter {
    /// The estates read, and the same as a reach over reports' places.
    pub estates: Vec<i32>,
    pub reach: Reach,
    pub estate: Option<i32>,
    pub landlord: Option<i32>,
    pub building: Option<i32>,
    pub category: Option<i32>,
    /// The first and last month, and the UTC instants they begin and end at.
    pub first_month: NaiveDate,
    pub last_month: NaiveDate,
    pub from: NaiveDateTime,
    pub until: NaiveDateTime,
}

fn id(raw: &Option<String>) -> AppResult<Option<i32>> {
    match raw.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(raw) => raw
            .parse()
            .map(Some)
            .map_err(|_| AppError::invalid("error-stats-filter")),
    }
}

fn month(raw: &Option<String>) -> AppResult<Option<NaiveDate>> {
    match raw.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(raw) => NaiveDate::parse_from_str(&format!("{raw}-01"), "%Y-%m-%d")
            .ok()
            .filter(|d| (2000..=2100).contains(&d.year()))
            .map(Some)
            .ok_or_else(|| AppError::invalid("error-stats-month")),
    }
}

impl Filter {
    /// Checks the query against the estates the reader may see (`estates`): another estate,
    /// a bad id or month, or a period backwards or too long is a clear 400-class error.
    pub fn parse(
        query: &StatsQuery,
        estates: &[i32],
        category_of: impl Fn(&str) -> Option<i32>,
        today: NaiveDate,
    ) -> AppResult<Filter> {
        let estate = id(&query.estate)?;
        if estate.is_some_and(|e| !estates.contains(&e)) {
            return Err(AppError::invalid("error-stats-filter"));
        }
        let category = match query.category.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(code) => Some(category_of(code).ok_or(AppError::invalid("error-stats-filter"))?),
        };
        let this_month = today.with_day(1).unwrap_or(today);
        let last_month = month(&query.to)?.unwrap_or(this_month);
        let first_month = month(&query.from)?.unwrap_or_else(|| {
            last_month
                .checked_sub_months(Months::new(DEFAULT_MONTHS - 1))
                .unwrap_or(last_month)
        });
        let end = last_month
            .checked_add_months(Months::new(1))
            .ok_or(AppError::invalid("error-stats-month"))?;
        let span = (end.year() - first_month.year()) * 12 + end.month() as i32
            - first_month.month() as i32;
        if span < 1 || span > MAX_MONTHS as i32 {
            return Err(AppError::invalid("error-stats-period"));
        }
        let read = estate.map_or_else(|| estates.to_vec(), |e| vec![e]);
        Ok(Filter {
            reach: Reach::new(vec![Clause::within(Level::Estate, read.clone())]),
            estates: read,
            estate,
            landlord: id(&query.landlord)?,
            building: id(&query.building)?,
            category,
            first_month,
            last_month,
            from: utc_start(first_month),
            until: utc_start(end),
        })
    }
}

/// What the indicators are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Landlord,
    Building,
    Category,
    Month,
}

impl By {
    pub const ALL: [By; 4] = [By::Landlord, By::Building, By::Category, By::Month];

    pub fn code(self) -> &'static str {
        match self {
            By::Landlord => "landlord",
            By::Building => "building",
            By::Category => "category",
            By::Month => "month",
        }
    }

    pub fn parse(code: &str) -> Option<By> {
        By::ALL.into_iter().find(|b| b.code() == code)
    }
}

/// A group's key: an organisation, building or category id (`None`: no landlord yet, or the
/// estate's common areas), or the first day of a local month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Key {
    Id(Option<i32>),
    Month(NaiveDate),
}

fn key(by: By, report: &facts::ReportFacts) -> Key {
    match by {
        By::Landlord => Key::Id(report.organisation),
        By::Building => Key::Id(report.building),
        By::Category => Key::Id(Some(report.category)),
        By::Month => {
            let day = local(report.facts.received).date();
            Key::Month(day.with_day(1).unwrap_or(day))
        }
    }
}

/// The indicators of everything the filter selects, and of each group of the ways asked for.
#[derive(Debug, Clone)]
pub struct Indicators {
    pub total: Figures,
    pub tables: Vec<(By, Vec<(Key, Figures)>)>,
}

pub fn indicators(
    conn: &mut DbConnection,
    filter: &Filter,
    ways: &[By],
    now: NaiveDateTime,
) -> AppResult<Indicators> {
    let mut all: Vec<Facts> = vec![];
    let mut groups: Vec<BTreeMap<Key, Vec<usize>>> = vec![BTreeMap::new(); ways.len()];
    facts::for_each_page(conn, filter, facts::Milestones::Skip, |page| {
        for report in page {
            for (by, group) in ways.iter().zip(groups.iter_mut()) {
                group.entry(key(*by, &report)).or_default().push(all.len());
            }
            all.push(report.facts);
        }
        true
    })?;
    let tables = ways
        .iter()
        .zip(groups)
        .map(|(by, group)| {
            let rows = group
                .into_iter()
                .map(|(key, members)| (key, Figures::of(members.iter().map(|i| &all[*i]), now)))
                .collect();
            (*by, rows)
        })
        .collect();
    Ok(Indicators {
        total: Figures::of(&all, now),
        tables,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn query(from: &str, to: &str) -> StatsQuery {
        StatsQuery {
            from: Some(from.into()),
            to: Some(to.into()),
            ..Default::default()
        }
    }

    #[test]
    fn the_period_is_whole_local_months() {
        let none = |_: &str| None;
        let f = Filter::parse(&StatsQuery::default(), &[1], none, day(2026, 11, 30)).unwrap();
        assert_eq!(
            (f.first_month, f.last_month),
            (day(2025, 12, 1), day(2026, 11, 1))
        );
        let f = Filter::parse(&query("2026-03", "2026-03"), &[1], none, day(2026, 11, 30)).unwrap();
        // Rome is UTC+1 on 1 March and UTC+2 on 1 April.
        assert_eq!(f.from.to_string(), "2026-02-28 23:00:00");
        assert_eq!(f.until.to_string(), "2026-03-31 22:00:00");
    }

    #[test]
    fn bad_filters_are_refused() {
        let none = |_: &str| None;
        let today = day(2026, 11, 30);
        for bad in [
            query("2026-13", ""),
            query("2026-05", "2026-04"),
            query("1990-01", ""),
        ] {
            assert!(Filter::parse(&bad, &[1], none, today).is_err(), "{bad:?}");
        }
        let elsewhere = StatsQuery {
            estate: Some("2".into()),
            ..Default::default()
        };
        assert!(Filter::parse(&elsewhere, &[1], none, today).is_err());
        let unknown = StatsQuery {
            category: Some("nope".into()),
            ..Default::default()
        };
        assert!(Filter::parse(&unknown, &[1], none, today).is_err());
    }
}

//! `/stats/rent` as its reader sees it — the [`indicators`](super::indicators) written in their
//! language, newest month first — and the same figures as CSV (`/stats/rent/{table}.csv`),
//! through the one [`Sheet`] every export uses.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::indicators::{figures, ArrearsLine, HelpLine, PlansLine, RentFigures};
use crate::access::Actor;
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::spreadsheet::Sheet;
use crate::i18n::Locale;
use crate::stats::page::tenths;

#[derive(Debug, Serialize)]
pub struct ArrearsRow {
    pub label: String,
    pub landlord: String,
    pub households: String,
    pub behind: String,
    pub amount: String,
}

#[derive(Debug, Serialize)]
pub struct PlansRow {
    pub landlord: String,
    pub proposed: String,
    pub active: String,
    pub finished: String,
    pub kept: String,
    pub missed: String,
}

#[derive(Debug, Serialize)]
pub struct HelpRow {
    pub month: String,
    pub landlord: String,
    pub requests: String,
    pub answered: String,
    pub median: String,
}

#[derive(Debug, Serialize)]
pub struct RentStatsView {
    /// By landlord, month by month, newest first.
    pub months: Vec<ArrearsRow>,
    /// By building, this month.
    pub buildings: Vec<ArrearsRow>,
    pub this_month: String,
    pub plans: Vec<PlansRow>,
    pub help: Vec<HelpRow>,
}

pub fn page(
    conn: &mut DbConnection,
    actor: &Actor,
    locale: Locale,
    today: NaiveDate,
) -> AppResult<RentStatsView> {
    let RentFigures {
        arrears,
        plans,
        help,
    } = figures(conn, actor, today)?;
    let this_month = arrears.iter().map(|l| l.month).max();
    let mut by_landlord: BTreeMap<(NaiveDate, &str), ArrearsLine> = BTreeMap::new();
    for line in &arrears {
        let sum = by_landlord
            .entry((line.month, &line.landlord))
            .or_insert_with(|| ArrearsLine {
                building: String::new(),
                households: 0,
                behind: 0,
                behind_cents: 0,
                ..line.clone()
            });
        sum.households += line.households;
        sum.behind += line.behind;
        sum.behind_cents += line.behind_cents;
    }
    let row = |label: String, line: &ArrearsLine| ArrearsRow {
        label,
        landlord: line.landlord.clone(),
        households: locale.number(line.households as i64),
        behind: locale.number(line.behind as i64),
        amount: locale.euros(line.behind_cents),
    };
    Ok(RentStatsView {
        months: by_landlord
            .values()
            .rev()
            .map(|line| row(locale.month(line.month), line))
            .collect(),
        buildings: arrears
            .iter()
            .filter(|line| Some(line.month) == this_month)
            .map(|line| row(line.building.clone(), line))
            .collect(),
        this_month: this_month.map(|m| locale.month(m)).unwrap_or_default(),
        plans: plans.iter().map(|p| plans_row(p, locale)).collect(),
        help: help.iter().rev().map(|h| help_row(h, locale)).collect(),
    })
}

fn plans_row(line: &PlansLine, locale: Locale) -> PlansRow {
    let n = |count: usize| locale.number(count as i64);
    PlansRow {
        landlord: line.landlord.clone(),
        proposed: n(line.proposed),
        active: n(line.active),
        finished: n(line.finished),
        kept: n(line.kept),
        missed: n(line.missed),
    }
}

fn help_row(line: &HelpLine, locale: Locale) -> HelpRow {
    HelpRow {
        month: locale.month(line.month),
        landlord: line.landlord.clone(),
        requests: locale.number(line.requests as i64),
        answered: locale.number(line.answered as i64),
        median: line.median_answer_hours.map_or_else(
            || "—".to_string(),
            |hours| locale.text_with("stats-days", &[("days", tenths(hours / 24.0))]),
        ),
    }
}

/// The tables of `/stats/rent` as CSV files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RentTable {
    Arrears,
    Plans,
    Help,
}

impl RentTable {
    pub fn parse(code: &str) -> Option<RentTable> {
        [RentTable::Arrears, RentTable::Plans, RentTable::Help]
            .into_iter()
            .find(|t| t.code() == code)
    }

    pub fn code(self) -> &'static str {
        match self {
            RentTable::Arrears => "arrears",
            RentTable::Plans => "plans",
            RentTable::Help => "help",
        }
    }
}

/// One table, every row (arrears by month, landlord and building), amounts in cents.
pub fn csv(
    conn: &mut DbConnection,
    actor: &Actor,
    table: RentTable,
    today: NaiveDate,
) -> AppResult<Vec<u8>> {
    let figures = figures(conn, actor, today)?;
    let mut out = Sheet::default();
    match table {
        RentTable::Arrears => {
            out.row([
                "month",
                "landlord",
                "building",
                "households",
                "behind",
                "behind_cents",
            ])?;
            for l in &figures.arrears {
                out.row([
                    l.month.format("%Y-%m").to_string(),
                    l.landlord.clone(),
                    l.building.clone(),
                    l.households.to_string(),
                    l.behind.to_string(),
                    l.behind_cents.to_string(),
                ])?;
            }
        }
        RentTable::Plans => {
            out.row([
                "landlord", "proposed", "active", "finished", "kept", "missed",
            ])?;
            for l in &figures.plans {
                out.row([
                    l.landlord.clone(),
                    l.proposed.to_string(),
                    l.active.to_string(),
                    l.finished.to_string(),
                    l.kept.to_string(),
                    l.missed.to_string(),
                ])?;
            }
        }
        RentTable::Help => {
            out.row([
                "month",
                "landlord",
                "requests",
                "answered",
                "first_answer_median_hours",
            ])?;
            for l in &figures.help {
                out.row([
                    l.month.format("%Y-%m").to_string(),
                    l.landlord.clone(),
                    l.requests.to_string(),
                    l.answered.to_string(),
                    l.median_answer_hours
                        .map(|h| format!("{h:.1}"))
                        .unwrap_or_default(),
                ])?;
            }
        }
    }
    out.into_bytes()
}

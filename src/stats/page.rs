//! `/stats` as a reader sees it: the filters, the landlords side by side (a chart with the
//! same figures in a table), and the tables by building, category and month, every number
//! and month written in the reader's language.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use super::cache::IndicatorCache;
use super::figures::{Figures, Spread};
use super::{By, Filter, Indicators, Key, StatsQuery};
use crate::access::Actor;
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::i18n::Locale;

/// One choice of a filter's list.
#[derive(Debug, Serialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// One group's figures, written out.
#[derive(Debug, Serialize)]
pub struct Line {
    pub label: String,
    pub received: String,
    pub open: String,
    pub overdue: String,
    pub answer_median: String,
    pub answer_p90: String,
    pub fix_median: String,
    pub fix_p90: String,
    pub reopen_rate: String,
    pub residents_share: String,
    pub fixed_yes: String,
    pub fixed_no: String,
    pub home_visits: String,
    pub nobody_home: String,
}

#[derive(Debug, Serialize)]
pub struct Table {
    pub by: &'static str,
    pub title: String,
    /// The heading of the column that names each group.
    pub column: String,
    pub lines: Vec<Line>,
}

/// A horizontal bar of a chart, in the chart's own units (its viewBox is 0 0 100 height).
#[derive(Debug, Serialize)]
pub struct Bar {
    pub label: String,
    pub value: String,
    /// Where the label's baseline, the bar's top and the value's baseline are.
    pub label_y: u32,
    pub bar_y: u32,
    pub value_y: u32,
    pub width: f64,
    /// Where the value is written: just past the bar's end.
    pub value_x: f64,
    pub class: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Chart {
    pub height: u32,
    pub bars: Vec<Bar>,
}

#[derive(Debug, Serialize)]
pub struct StatsView {
    pub estates: Vec<Choice>,
    pub landlords: Vec<Choice>,
    pub buildings: Vec<Choice>,
    pub categories: Vec<Choice>,
    pub from: String,
    pub to: String,
    pub period: String,
    /// "34 reports received, 5 still open, 2 overdue."
    pub total: String,
    pub chart: Chart,
    pub tables: Vec<Table>,
    /// The filters as a query string, for the CSV links.
    pub query: String,
    /// When the figures were worked out, and how long they are kept.
    pub worked_out: String,
}

/// "Figures worked out at 14:05; they are worked out again every 5 minutes at most."
pub fn worked_out(cache: &IndicatorCache, at: NaiveDateTime, locale: Locale) -> String {
    locale.text_with(
        "stats-worked-out",
        &[
            ("time", locale.clock(crate::i18n::format::local(at).time())),
            ("minutes", cache.minutes().to_string()),
        ],
    )
}

/// The names groups are shown by.
pub struct Names {
    pub organisations: HashMap<i32, String>,
    pub buildings: HashMap<i32, String>,
    pub categories: HashMap<i32, String>,
}

impl Names {
    /// The names of every organisation and category, and of the buildings in `buildings`.
    pub fn load(conn: &mut DbConnection, buildings: &[i32], locale: Locale) -> AppResult<Names> {
        let organisations = crate::places::organisations(conn)?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect();
        let buildings = crate::places::buildings_in(conn, buildings)?
            .into_iter()
            .map(|b| (b.id, b.name))
            .collect();
        let categories = crate::reports::categories::all(conn, locale)?
            .into_iter()
            .map(|c| (c.id, c.name))
            .collect();
        Ok(Names {
            organisations,
            buildings,
            categories,
        })
    }

    pub fn label(&self, by: By, key: Key, locale: Locale) -> String {
        let named = |names: &HashMap<i32, String>, id: Option<i32>, none: &str| {
            id.and_then(|id| names.get(&id).cloned())
                .unwrap_or_else(|| locale.text(none))
        };
        match (by, key) {
            (_, Key::Month(month)) => locale.month(month),
            (By::Landlord, Key::Id(id)) => named(&self.organisations, id, "stats-no-landlord"),
            (By::Building, Key::Id(id)) => named(&self.buildings, id, "stats-estate-areas"),
            (_, Key::Id(id)) => named(&self.categories, id, "stats-no-landlord"),
        }
    }
}

/// Counts reach the message as plain numerals, so it chooses each noun's plural form.
fn total(f: &Figures, locale: Locale) -> String {
    locale.text_with(
        "stats-total",
        &[
            ("received", f.received.to_string()),
            ("open", f.open.to_string()),
            ("overdue", f.overdue.to_string()),
        ],
    )
}

/// Days with one decimal ("2.5"): the message writes them as its language does.
pub fn tenths(value: f64) -> String {
    format!("{value:.1}")
}

fn days(spread: Option<Spread>, pick: fn(&Spread) -> f64, locale: Locale) -> String {
    spread.map_or_else(
        || "—".to_string(),
        |s| locale.text_with("stats-days", &[("days", tenths(pick(&s) / 24.0))]),
    )
}

fn share(percent: Option<f64>, locale: Locale) -> String {
    percent.map_or_else(
        || "—".to_string(),
        |p| locale.text_with("stats-percent", &[("percent", tenths(p))]),
    )
}

pub fn line(label: String, f: &Figures, locale: Locale) -> Line {
    let count = |n: usize| locale.number(n as i64);
    Line {
        label,
        received: count(f.received),
        open: count(f.open),
        overdue: count(f.overdue),
        answer_median: days(f.first_response, |s| s.median, locale),
        answer_p90: days(f.first_response, |s| s.p90, locale),
        fix_median: days(f.resolution, |s| s.median, locale),
        fix_p90: days(f.resolution, |s| s.p90, locale),
        reopen_rate: share(f.reopen_rate(), locale),
        residents_share: share(f.residents_share(), locale),
        fixed_yes: count(f.fixed_yes),
        fixed_no: count(f.fixed_no),
        home_visits: count(f.home_visits),
        nobody_home: share(f.nobody_home_share(), locale),
    }
}

/// A bar's height with its label, in chart units (the chart is 100 wide).
const ROW: u32 = 14;

/// Each landlord's median days to answer and to fix, as bars scaled to the slowest.
fn chart(rows: &[(Key, Figures)], names: &Names, locale: Locale) -> Chart {
    let mut bars = vec![];
    let longest = rows
        .iter()
        .flat_map(|(_, f)| [f.first_response, f.resolution])
        .flatten()
        .map(|s| s.median)
        .fold(0.0_f64, f64::max);
    for (key, figures) in rows {
        let landlord = names.label(By::Landlord, *key, locale);
        for (spread, what, class) in [
            (figures.first_response, "stats-answer-median", "bar-answer"),
            (figures.resolution, "stats-fix-median", "bar-fix"),
        ] {
            let Some(spread) = spread else { continue };
            let y = bars.len() as u32 * ROW;
            let width = if longest > 0.0 {
                (spread.median / longest * 60.0).max(0.5)
            } else {
                0.5
            };
            bars.push(Bar {
                label: format!("{landlord} · {}", locale.text(what)),
                value: days(Some(spread), |s| s.median, locale),
                label_y: y + 5,
                bar_y: y + 7,
                value_y: y + 11,
                width,
                value_x: width + 1.0,
                class,
            });
        }
    }
    Chart {
        height: (bars.len() as u32 * ROW).max(ROW),
        bars,
    }
}

fn choices<T: ToString>(
    items: impl IntoIterator<Item = (T, String)>,
    selected: Option<String>,
) -> Vec<Choice> {
    items
        .into_iter()
        .map(|(value, label)| {
            let value = value.to_string();
            Choice {
                selected: selected.as_deref() == Some(value.as_str()),
                value,
                label,
            }
        })
        .collect()
}

fn month_value(month: NaiveDate) -> String {
    month.format("%Y-%m").to_string()
}

/// The page for `actor`, with the filters of `query`.
pub fn stats(
    conn: &mut DbConnection,
    cache: &IndicatorCache,
    actor: &Actor,
    query: StatsQuery,
    locale: Locale,
    now: NaiveDateTime,
) -> AppResult<StatsView> {
    let estates = super::estates_of(conn, actor)?;
    let ids: Vec<i32> = estates.iter().map(|e| e.id).collect();
    let categories = crate::reports::categories::all(conn, locale)?;
    let today = crate::i18n::format::local(now).date();
    let filter = Filter::parse(
        &query,
        &ids,
        |code| categories.iter().find(|c| c.code == code).map(|c| c.id),
        today,
    )?;
    let kept = cache.indicators(conn, &filter, &By::ALL, now)?;
    let indicators: &Indicators = &kept.indicators;
    let names = Names::load(conn, &building_ids(indicators), locale)?;
    let landlords_in = crate::places::owners_in(conn, &ids)?;
    let buildings = match filter.estate {
        Some(estate) => crate::places::buildings_of(conn, estate)?,
        None => vec![],
    };
    let tables: Vec<Table> = indicators
        .tables
        .iter()
        .map(|(by, rows)| Table {
            by: by.code(),
            title: locale.text(&format!("stats-by-{}", by.code())),
            column: locale.text(&format!("stats-column-{}", by.code())),
            lines: rows
                .iter()
                .map(|(key, f)| line(names.label(*by, *key, locale), f, locale))
                .collect(),
        })
        .collect();
    let by_landlord = &indicators.tables[0].1;
    Ok(StatsView {
        estates: choices(
            estates.iter().map(|e| (e.id, e.name.clone())),
            filter.estate.map(|e| e.to_string()),
        ),
        landlords: choices(
            landlords_in.into_iter().map(|o| (o.id, o.name)),
            filter.landlord.map(|l| l.to_string()),
        ),
        buildings: choices(
            buildings.into_iter().map(|b| (b.id, b.name)),
            filter.building.map(|b| b.to_string()),
        ),
        categories: choices(
            categories.iter().map(|c| (c.code.clone(), c.name.clone())),
            query.category.clone(),
        ),
        from: month_value(filter.first_month),
        to: month_value(filter.last_month),
        period: locale.text_with(
            "stats-period",
            &[
                ("from", locale.month(filter.first_month)),
                ("to", locale.month(filter.last_month)),
            ],
        ),
        total: total(&indicators.total, locale),
        chart: chart(by_landlord, &names, locale),
        tables,
        worked_out: worked_out(cache, kept.at, locale),
        query: query_string(&filter, query.category.as_deref()),
    })
}

/// The buildings the tables name.
pub fn building_ids(indicators: &Indicators) -> Vec<i32> {
    indicators
        .tables
        .iter()
        .filter(|(by, _)| *by == By::Building)
        .flat_map(|(_, rows)| rows.iter())
        .filter_map(|(key, _)| match key {
            Key::Id(id) => *id,
            Key::Month(_) => None,
        })
        .collect()
}

/// The filters in effect, for links to the same figures as CSV.
fn query_string(filter: &Filter, category: Option<&str>) -> String {
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    let ids = [
        ("estate", filter.estate),
        ("landlord", filter.landlord),
        ("building", filter.building),
    ];
    for (name, id) in ids {
        if let Some(id) = id {
            out.append_pair(name, &id.to_string());
        }
    }
    if let Some(category) = category.filter(|c| !c.trim().is_empty()) {
        out.append_pair("category", category.trim());
    }
    out.append_pair("from", &month_value(filter.first_month));
    out.append_pair("to", &month_value(filter.last_month));
    out.finish()
}

//! An estate's public summary (`/summary`): how fast each landlord answered and fixed its
//! residents' reports over the last twelve months, side by side, with no personal data. Its
//! residents, delegates and staff always read it; anyone does where the estate publishes it.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::cache::IndicatorCache;
use super::page::{line, Line, Names};
use super::{By, Filter, Key, StatsQuery};
use crate::access::{Actor, Rule};
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::core::schema::estates;
use crate::i18n::Locale;

/// Publish an estate's summary for readers without an account, or stop: admins.
#[derive(Debug, Clone, Copy)]
pub struct PublishSummary;

impl Rule for PublishSummary {
    fn allows(&self, actor: &Actor) -> bool {
        actor.admin
    }
}

/// Estates whose summary `actor` (or, without one, anybody) reads.
fn readable(conn: &mut DbConnection, actor: Option<&Actor>) -> AppResult<Vec<(i32, String, bool)>> {
    let all: Vec<(i32, String, bool)> = estates::table
        .order(estates::name)
        .select((estates::id, estates::name, estates::public_summary))
        .load(conn)?;
    let Some(actor) = actor else {
        return Ok(all.into_iter().filter(|e| e.2).collect());
    };
    if actor.admin {
        return Ok(all);
    }
    let served: Vec<i32> =
        crate::places::estates_served(conn, &actor.staff_of, &actor.operator_estates)?
            .into_iter()
            .map(|e| e.id)
            .collect();
    let mine = |id: i32| {
        actor.homes.iter().any(|h| h.estate_id == id)
            || actor.delegate_estates.contains(&id)
            || served.contains(&id)
    };
    Ok(all.into_iter().filter(|e| e.2 || mine(e.0)).collect())
}

/// One landlord's year, in a sentence and in figures.
#[derive(Debug, Serialize)]
pub struct Landlord {
    pub sentence: String,
    pub figures: Line,
}

#[derive(Debug, Serialize)]
pub struct SummaryView {
    pub estates: Vec<super::page::Choice>,
    pub estate: Option<String>,
    pub estate_id: Option<i32>,
    pub public: bool,
    pub may_publish: bool,
    pub period: String,
    pub worked_out: String,
    pub landlords: Vec<Landlord>,
}

/// The summary of the estate asked for (else the reader's first), over the last 12 months.
pub fn summary(
    conn: &mut DbConnection,
    cache: &IndicatorCache,
    actor: Option<&Actor>,
    estate: Option<i32>,
    locale: Locale,
    now: NaiveDateTime,
) -> AppResult<SummaryView> {
    let readable = readable(conn, actor)?;
    let chosen = match estate {
        Some(id) => Some(
            readable
                .iter()
                .find(|e| e.0 == id)
                .ok_or(AppError::NotFound)?,
        ),
        None => readable.first(),
    };
    let may_publish = actor.is_some_and(|a| PublishSummary.allows(a));
    let estates = readable
        .iter()
        .map(|e| super::page::Choice {
            value: e.0.to_string(),
            label: e.1.clone(),
            selected: chosen.is_some_and(|c| c.0 == e.0),
        })
        .collect();
    let Some(&(id, ref name, public)) = chosen else {
        return Ok(SummaryView {
            estates,
            estate: None,
            estate_id: None,
            public: false,
            may_publish,
            period: String::new(),
            worked_out: String::new(),
            landlords: vec![],
        });
    };
    let today = crate::i18n::format::local(now).date();
    let filter = Filter::parse(&StatsQuery::default(), &[id], |_| None, today)?;
    let kept = cache.indicators(conn, &filter, &[By::Landlord], now)?;
    let names = Names::load(conn, &[], locale)?;
    let landlords = kept.indicators.tables[0]
        .1
        .iter()
        .filter(|(key, _)| *key != Key::Id(None))
        .map(|(key, figures)| {
            let who = names.label(By::Landlord, *key, locale);
            let sentence = match (figures.first_response, figures.resolution) {
                (Some(answer), Some(fix)) => locale.text_with(
                    "summary-sentence",
                    &[
                        ("landlord", who.clone()),
                        ("answer", super::page::tenths(answer.median / 24.0)),
                        ("fix", super::page::tenths(fix.median / 24.0)),
                    ],
                ),
                _ => locale.text_with("summary-too-few", &[("landlord", who.clone())]),
            };
            Landlord {
                sentence,
                figures: line(who, figures, locale),
            }
        })
        .collect();
    Ok(SummaryView {
        estates,
        estate: Some(name.clone()),
        estate_id: Some(id),
        public,
        may_publish,
        period: locale.text_with(
            "stats-period",
            &[
                ("from", locale.month(filter.first_month)),
                ("to", locale.month(filter.last_month)),
            ],
        ),
        worked_out: super::page::worked_out(cache, kept.at, locale),
        landlords,
    })
}

/// Publishes an estate's summary to readers without an account, or stops publishing it.
pub fn publish(conn: &mut DbConnection, actor: &Actor, estate: i32, public: bool) -> AppResult<()> {
    crate::access::authorize(actor, PublishSummary)?;
    let changed = diesel::update(estates::table.find(estate))
        .set(estates::public_summary.eq(public))
        .execute(conn)?;
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    tracing::info!(
        estate,
        public,
        by = actor.user_id,
        "estate summary publication changed"
    );
    Ok(())
}

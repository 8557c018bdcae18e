//! Indicators for the lab, without names (`/stats/rent` and its CSV files): households behind
//! and the amount, by landlord and building, month by month; repayment plans proposed, active,
//! kept and missed; requests for help and the time to their first answer. The seed's
//! evaluators lacked exactly these figures. Read by the landlord's rent office and managers
//! (its flats), the estate's desk (its estates) and admins (everywhere); never by tenants,
//! delegates or technicians.
//!
//! A household is behind at the end of a month when what fell due before that day is more
//! than what it paid by then: arrears as a rent office counts them, net of any credit.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::account::accounts;
use super::plan::InstalmentState;
use crate::access::{authorize, Actor, Rule};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::prepared::any_of;
use crate::core::schema::{
    buildings, organisations, rent_charges, rent_help_requests, rent_payments, rent_plans, stairs,
    units,
};
use crate::i18n::format::local;

/// How many months the figures go back, this one included.
pub const MONTHS: u32 = 12;

/// Who reads the rent indicators.
#[derive(Debug, Clone, Copy)]
pub struct ReadRentIndicators;

impl Rule for ReadRentIndicators {
    fn allows(&self, actor: &Actor) -> bool {
        actor.admin
            || !actor.rent_office_of.is_empty()
            || !actor.manager_of.is_empty()
            || !actor.operator_estates.is_empty()
    }
}

/// Whether `actor` reads the figures of a flat owned by `owner` in `estate`: the one rule
/// [`flats_read`]'s filter applies in SQL.
pub fn reads(actor: &Actor, owner: i32, estate: i32) -> bool {
    actor.admin
        || actor.rent_office_of.contains(&owner)
        || actor.manager_of.contains(&owner)
        || actor.operator_estates.contains(&estate)
}

/// A flat with an account, and where it is.
#[derive(Debug, Clone)]
struct Flat {
    unit: i32,
    code: String,
    landlord: String,
    building: String,
}

/// One landlord's building in one month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArrearsLine {
    pub month: NaiveDate,
    pub landlord: String,
    pub building: String,
    /// Households with a bill by then.
    pub households: usize,
    pub behind: usize,
    pub behind_cents: i64,
}

/// A landlord's repayment plans (each household's current one).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlansLine {
    pub landlord: String,
    /// Proposed, not (yet) accepted.
    pub proposed: usize,
    /// Accepted, with instalments still to pay.
    pub active: usize,
    /// Accepted and paid in full.
    pub finished: usize,
    /// Accepted, with no instalment missed (active or finished).
    pub kept: usize,
    /// Accepted, with an instalment missed.
    pub missed: usize,
}

/// A landlord's requests for help in one month.
#[derive(Debug, Clone, PartialEq)]
pub struct HelpLine {
    pub month: NaiveDate,
    pub landlord: String,
    pub requests: usize,
    pub answered: usize,
    /// The median time from a request to its first answer.
    pub median_answer_hours: Option<f64>,
}

#[derive(Debug, Clone, Default)]
pub struct RentFigures {
    pub arrears: Vec<ArrearsLine>,
    pub plans: Vec<PlansLine>,
    pub help: Vec<HelpLine>,
}

/// The figures `actor` reads, on `today`.
pub fn figures(conn: &mut DbConnection, actor: &Actor, today: NaiveDate) -> AppResult<RentFigures> {
    authorize(actor, ReadRentIndicators)?;
    let flats = flats_read(conn, actor)?;
    let months = months_to(today);
    Ok(RentFigures {
        arrears: arrears(conn, &flats, &months, today)?,
        plans: plans(conn, &flats)?,
        help: help(conn, &flats, &months)?,
    })
}

/// The first days of the last [`MONTHS`] months, oldest first.
fn months_to(today: NaiveDate) -> Vec<NaiveDate> {
    let this = today.with_day(1).unwrap_or(today);
    (0..MONTHS)
        .rev()
        .filter_map(|back| this.checked_sub_months(Months::new(back)))
        .collect()
}

/// The flats with an account whose figures `actor` reads ([`reads`], in SQL).
fn flats_read(conn: &mut DbConnection, actor: &Actor) -> QueryResult<Vec<Flat>> {
    let owners: Vec<i32> = actor
        .rent_office_of
        .iter()
        .chain(&actor.manager_of)
        .copied()
        .collect();
    let mut query = units::table
        .inner_join(stairs::table.inner_join(buildings::table.inner_join(organisations::table)))
        .filter(diesel::dsl::exists(
            rent_charges::table
                .filter(rent_charges::unit_id.eq(units::id))
                .select(rent_charges::id),
        ))
        .order(units::id)
        .select((units::id, units::code, organisations::name, buildings::name))
        .into_boxed();
    if !actor.admin {
        query = query.filter(
            any_of(buildings::owner_id, owners)
                .or(any_of(buildings::estate_id, actor.operator_estates.clone())),
        );
    }
    let rows: Vec<(i32, String, String, String)> = query.load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(unit, code, landlord, building)| Flat {
            unit,
            code,
            landlord,
            building,
        })
        .collect())
}

fn ids(flats: &[Flat]) -> Vec<i32> {
    flats.iter().map(|f| f.unit).collect()
}

/// Flats worked out together: the figures take the memory of their bills and payments, not of
/// a landlord's hundred thousand flats' (five million rows at ALER Milano's size).
const CHUNK: usize = 2_000;

/// By month, landlord and building: households with a bill by then, those behind, and by how
/// much.
type Tally = BTreeMap<(NaiveDate, String, String), (usize, usize, i64)>;

fn arrears(
    conn: &mut DbConnection,
    flats: &[Flat],
    months: &[NaiveDate],
    today: NaiveDate,
) -> QueryResult<Vec<ArrearsLine>> {
    let mut lines = Tally::new();
    for chunk in flats.chunks(CHUNK) {
        count_arrears(conn, chunk, months, today, &mut lines)?;
    }
    Ok(lines
        .into_iter()
        .map(
            |((month, landlord, building), (households, behind, behind_cents))| ArrearsLine {
                month,
                landlord,
                building,
                households,
                behind,
                behind_cents,
            },
        )
        .collect())
}

/// Each flat's (day, cents) rows, in date order.
fn by_flat(rows: Vec<(i32, NaiveDate, i64)>) -> HashMap<i32, Vec<(NaiveDate, i64)>> {
    let mut by: HashMap<i32, Vec<(NaiveDate, i64)>> = HashMap::new();
    for (unit, day, cents) in rows {
        by.entry(unit).or_default().push((day, cents));
    }
    by
}

/// Adds these flats' households, behind or not, to each month's line of their building.
fn count_arrears(
    conn: &mut DbConnection,
    flats: &[Flat],
    months: &[NaiveDate],
    today: NaiveDate,
    lines: &mut Tally,
) -> QueryResult<()> {
    let mut charges = by_flat(
        rent_charges::table
            .filter(rent_charges::unit_id.eq_any(ids(flats)))
            .order(rent_charges::due_on)
            .select((
                rent_charges::unit_id,
                rent_charges::due_on,
                rent_charges::amount_cents,
            ))
            .load(conn)?,
    );
    let mut payments = by_flat(
        rent_payments::table
            .filter(rent_payments::unit_id.eq_any(ids(flats)))
            .order(rent_payments::paid_on)
            .select((
                rent_payments::unit_id,
                rent_payments::paid_on,
                rent_payments::amount_cents,
            ))
            .load(conn)?,
    );
    for flat in flats {
        let billed = charges.remove(&flat.unit).unwrap_or_default();
        let paid = payments.remove(&flat.unit).unwrap_or_default();
        for &month in months {
            let end = month
                .checked_add_months(Months::new(1))
                .map_or(month, |next| next - Duration::days(1))
                .min(today);
            if billed.first().is_none_or(|(first, _)| *first > end) {
                continue;
            }
            let owed = owed_on(&billed, &paid, end);
            let line = lines
                .entry((month, flat.landlord.clone(), flat.building.clone()))
                .or_default();
            line.0 += 1;
            if owed > 0 {
                line.1 += 1;
                line.2 += owed;
            }
        }
    }
    Ok(())
}

/// What fell due before `day` less what was paid by it (both lists in date order).
fn owed_on(billed: &[(NaiveDate, i64)], paid: &[(NaiveDate, i64)], day: NaiveDate) -> i64 {
    let due: i64 = billed
        .iter()
        .take_while(|(d, _)| *d < day)
        .map(|c| c.1)
        .sum();
    let paid: i64 = paid
        .iter()
        .take_while(|(d, _)| *d <= day)
        .map(|p| p.1)
        .sum();
    due - paid
}

fn plans(conn: &mut DbConnection, flats: &[Flat]) -> AppResult<Vec<PlansLine>> {
    let with_plans: HashSet<i32> = rent_plans::table
        .filter(any_of(rent_plans::unit_id, ids(flats)))
        .filter(rent_plans::withdrawn_at.is_null())
        .select(rent_plans::unit_id)
        .distinct()
        .load::<i32>(conn)?
        .into_iter()
        .collect();
    let codes: Vec<(i32, String)> = flats
        .iter()
        .filter(|f| with_plans.contains(&f.unit))
        .map(|f| (f.unit, f.code.clone()))
        .collect();
    let landlord_of: HashMap<i32, &str> = flats
        .iter()
        .map(|f| (f.unit, f.landlord.as_str()))
        .collect();
    let mut lines: BTreeMap<&str, PlansLine> = BTreeMap::new();
    for account in accounts(conn, &codes)? {
        let (Some(plan), Some(landlord)) = (account.plan, landlord_of.get(&account.unit_id)) else {
            continue;
        };
        let line = lines.entry(landlord).or_insert_with(|| PlansLine {
            landlord: landlord.to_string(),
            ..PlansLine::default()
        });
        let paid = |s: InstalmentState| s == InstalmentState::Paid;
        if !plan.accepted {
            line.proposed += 1;
            continue;
        }
        if plan.instalments.iter().all(|i| paid(i.state)) {
            line.finished += 1;
        } else {
            line.active += 1;
        }
        if plan.missed().is_some() {
            line.missed += 1;
        } else {
            line.kept += 1;
        }
    }
    Ok(lines.into_values().collect())
}

fn help(
    conn: &mut DbConnection,
    flats: &[Flat],
    months: &[NaiveDate],
) -> QueryResult<Vec<HelpLine>> {
    let rows: Vec<(i32, NaiveDateTime, Option<NaiveDateTime>)> = rent_help_requests::table
        .filter(any_of(rent_help_requests::unit_id, ids(flats)))
        .select((
            rent_help_requests::unit_id,
            rent_help_requests::created_at,
            rent_help_requests::first_answer_at,
        ))
        .load(conn)?;
    let landlord_of: HashMap<i32, &str> = flats
        .iter()
        .map(|f| (f.unit, f.landlord.as_str()))
        .collect();
    let mut by: BTreeMap<(NaiveDate, &str), (usize, Vec<f64>)> = BTreeMap::new();
    for (unit, asked, answered) in rows {
        let local_day = local(asked).date();
        let Some(month) = local_day.with_day(1).filter(|m| months.contains(m)) else {
            continue;
        };
        let Some(landlord) = landlord_of.get(&unit) else {
            continue;
        };
        let line = by.entry((month, landlord)).or_default();
        line.0 += 1;
        if let Some(answered) = answered {
            line.1
                .push((answered - asked).num_minutes().max(0) as f64 / 60.0);
        }
    }
    Ok(by
        .into_iter()
        .map(|((month, landlord), (requests, mut hours))| {
            hours.sort_by(f64::total_cmp);
            HelpLine {
                month,
                landlord: landlord.to_string(),
                requests,
                answered: hours.len(),
                median_answer_hours: median(&hours),
            }
        })
        .collect())
}

fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::fixtures::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// Worked by hand: 100 due on 10 Oct and on 10 Nov, 100 paid on 20 Oct. At the end of
    /// September nothing had fallen due; at the end of October 100 fell due and 100 was paid;
    /// on 10 November the bill of that day is not late yet; on 30 November 100 is owed.
    #[test]
    fn behind_is_what_fell_due_less_what_was_paid() {
        let billed = [(day("2026-10-10"), 100_00), (day("2026-11-10"), 100_00)];
        let paid = [(day("2026-10-20"), 100_00)];
        assert_eq!(owed_on(&billed, &paid, day("2026-09-30")), 0);
        assert_eq!(owed_on(&billed, &paid, day("2026-10-15")), 100_00);
        assert_eq!(owed_on(&billed, &paid, day("2026-10-31")), 0);
        assert_eq!(owed_on(&billed, &paid, day("2026-11-10")), 0);
        assert_eq!(owed_on(&billed, &paid, day("2026-11-30")), 100_00);
        assert_eq!(median(&[1.0, 2.0, 10.0]), Some(2.0));
        assert_eq!(median(&[1.0, 3.0]), Some(2.0));
        assert_eq!(median(&[]), None);
        assert_eq!(months_to(day("2026-12-07")).len(), 12);
        assert_eq!(months_to(day("2026-12-07"))[0], day("2026-01-01"));
    }

    /// Columns: tenant, stair delegate, building delegate, operator, technician, manager,
    /// rent officer, admin. The rule and its SQL filter agree (tests/api/rent_indicators.rs
    /// checks what each reads).
    #[test]
    fn matrix() {
        const Y: bool = true;
        const N: bool = false;
        let cases: &[(&str, [bool; 8])] = &[
            ("read at all", [N, N, N, Y, N, Y, Y, Y]),
            ("my landlord's flat", [N, N, N, Y, N, Y, Y, Y]),
            (
                "another landlord's flat elsewhere",
                [N, N, N, N, N, N, N, Y],
            ),
        ];
        assert_matrix(cases, |case, actor| match case {
            "read at all" => ReadRentIndicators.allows(actor),
            "my landlord's flat" => reads(actor, OWNER, ESTATE),
            "another landlord's flat elsewhere" => reads(actor, OTHER, OTHER),
            other => unreachable!("{other}"),
        });
    }
}

//! A flat's account as its household reads it: each month's bill line by line in plain words,
//! what was paid, and where they stand — up to date, in credit, or late since a day — in the
//! tone of a letter from someone who wants to help, not of a legal notice.
//!
//! Payments are matched to charges the way a person would check their bills: a payment naming
//! a pagoPA notice pays that notice's lines first, the rest pays the oldest lines still open.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::Serialize;

use super::plan::{self, Plan};
use super::{Item, RentAction};
use crate::access::{allows, Actor, Level, Place};
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::core::prepared::any_of;
use crate::core::schema::{rent_charges, rent_payments, units};
use crate::i18n::format::local_now;
use crate::places::{self, UnitPlace};

/// One line of a bill, as the API gives it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ChargeLine {
    pub id: i32,
    pub period: String,
    #[schema(value_type = String, format = Date)]
    pub due_on: NaiveDate,
    pub item: Item,
    pub amount_cents: i64,
    pub paid_cents: i64,
    pub notice_code: Option<String>,
    pub creditor_tax_code: Option<String>,
    /// The day the payment that completed it was made (a credit line: its own day).
    #[serde(skip)]
    pub settled_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PaymentLine {
    #[schema(value_type = String, format = Date)]
    pub paid_on: NaiveDate,
    pub amount_cents: i64,
    #[serde(skip)]
    notice_code: Option<String>,
}

#[cfg(test)]
impl PaymentLine {
    pub(crate) fn new(paid_on: NaiveDate, amount_cents: i64) -> Self {
        PaymentLine {
            paid_on,
            amount_cents,
            notice_code: None,
        }
    }
}

/// A flat's account: `balance_cents` is what is owed (negative: in credit).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Account {
    #[serde(skip)]
    pub unit_id: i32,
    pub unit: String,
    pub balance_cents: i64,
    pub charges: Vec<ChargeLine>,
    pub payments: Vec<PaymentLine>,
    /// The household's repayment plan, proposed or accepted, if any.
    pub plan: Option<Plan>,
}

/// The flat whose account is asked for: the signed-in tenant's own, or, for the desk and the
/// landlord's staff, the one named by its code. Anything else is "not found".
pub fn flat(conn: &mut DbConnection, actor: &Actor, code: Option<&str>) -> AppResult<UnitPlace> {
    let flat = match code.map(str::trim).filter(|c| !c.is_empty()) {
        Some(code) => places::unit_place_by_code(conn, code)?,
        None => actor.homes.first().cloned(),
    }
    .ok_or(AppError::NotFound)?;
    let unit = Place::around(&flat, Level::Unit);
    let owner = Some(flat.owner_id);
    if !allows(actor, RentAction::Read { unit, owner }) {
        return Err(AppError::NotFound);
    }
    Ok(flat)
}

/// The account of a flat the caller may read ([`flat`]).
pub fn account(conn: &mut DbConnection, flat: &UnitPlace) -> AppResult<Account> {
    let mut accounts = accounts(conn, &[(flat.unit_id, flat.unit_code.clone())])?;
    Ok(accounts.remove(0))
}

/// The accounts of several flats (id and code), in the order given: two queries for all. The
/// flats are a list written out (`eq_any`; callers pass at most a few hundred), looked up by
/// their index whatever SQLite's statistics say: a `json_each` list over tables analysed while
/// small is planned as a scan of every bill (see `import::write`).
pub(super) fn accounts(
    conn: &mut DbConnection,
    flats: &[(i32, String)],
) -> AppResult<Vec<Account>> {
    type Row = (
        i32,
        i32,
        String,
        NaiveDate,
        String,
        i64,
        Option<String>,
        Option<String>,
    );
    let ids = ids_of(flats);
    let mut charges: HashMap<i32, Vec<ChargeLine>> = HashMap::new();
    let rows: Vec<Row> = rent_charges::table
        .filter(rent_charges::unit_id.eq_any(ids.clone()))
        .order((rent_charges::due_on, rent_charges::id))
        .select((
            rent_charges::unit_id,
            rent_charges::id,
            rent_charges::period,
            rent_charges::due_on,
            rent_charges::item,
            rent_charges::amount_cents,
            rent_charges::notice_code,
            rent_charges::creditor_tax_code,
        ))
        .load(conn)?;
    for (unit, id, period, due_on, item, amount_cents, notice_code, creditor) in rows {
        charges.entry(unit).or_default().push(ChargeLine {
            id,
            period,
            due_on,
            item: Item::stored(&item)?,
            amount_cents,
            paid_cents: 0,
            notice_code,
            creditor_tax_code: creditor,
            settled_on: None,
        });
    }
    let mut payments: HashMap<i32, Vec<PaymentLine>> = HashMap::new();
    let rows: Vec<(i32, NaiveDate, i64, Option<String>)> = rent_payments::table
        .filter(rent_payments::unit_id.eq_any(ids))
        .order((rent_payments::paid_on, rent_payments::id))
        .select((
            rent_payments::unit_id,
            rent_payments::paid_on,
            rent_payments::amount_cents,
            rent_payments::notice_code,
        ))
        .load(conn)?;
    for (unit, paid_on, amount_cents, notice_code) in rows {
        payments.entry(unit).or_default().push(PaymentLine {
            paid_on,
            amount_cents,
            notice_code,
        });
    }
    let mut plans = plan::current(conn, &ids_of(flats), &payments, local_now().date())?;
    Ok(flats
        .iter()
        .map(|(id, code)| {
            let mut charges = charges.remove(id).unwrap_or_default();
            let payments = payments.remove(id).unwrap_or_default();
            settle(&mut charges, &payments);
            let billed: i64 = charges.iter().map(|c| c.amount_cents).sum();
            let paid: i64 = payments.iter().map(|p| p.amount_cents).sum();
            Account {
                unit_id: *id,
                unit: code.clone(),
                balance_cents: billed - paid,
                charges,
                payments,
                plan: plans.remove(id),
            }
        })
        .collect())
}

/// The accounts of several flats by id, in the order of their ids.
pub(super) fn accounts_by_id(conn: &mut DbConnection, ids: &[i32]) -> AppResult<Vec<Account>> {
    let flats: Vec<(i32, String)> = units::table
        .filter(any_of(units::id, ids.to_vec()))
        .order(units::id)
        .select((units::id, units::code))
        .load(conn)?;
    accounts(conn, &flats)
}

fn ids_of(flats: &[(i32, String)]) -> Vec<i32> {
    flats.iter().map(|(id, _)| *id).collect()
}

/// Fills in what was paid of each charge, and when it was settled, going through the payments
/// day by day: credit lines first pay the oldest open lines; a payment naming a notice pays its
/// lines first; what is left of it pays the oldest open lines; anything over stays as credit
/// for the next lines.
pub(super) fn settle(charges: &mut [ChargeLine], payments: &[PaymentLine]) {
    let mut credit: i64 = 0;
    let mut credit_day = None;
    for charge in charges.iter_mut().filter(|c| c.amount_cents < 0) {
        charge.paid_cents = charge.amount_cents;
        charge.settled_on = Some(charge.due_on);
        credit -= charge.amount_cents;
        credit_day = credit_day.max(Some(charge.due_on));
    }
    if let Some(day) = credit_day {
        for charge in charges.iter_mut() {
            credit -= pay(charge, credit, day);
        }
    }
    for payment in payments {
        let mut left = payment.amount_cents + credit;
        if let Some(notice) = &payment.notice_code {
            for charge in charges
                .iter_mut()
                .filter(|c| c.notice_code.as_ref() == Some(notice))
            {
                left -= pay(charge, left, payment.paid_on);
            }
        }
        for charge in charges.iter_mut() {
            left -= pay(charge, left, payment.paid_on);
        }
        credit = left;
    }
}

/// Pays up to `available` of what is open on `charge` on `day`; how much it took.
fn pay(charge: &mut ChargeLine, available: i64, day: NaiveDate) -> i64 {
    let open = (charge.amount_cents - charge.paid_cents).max(0);
    let taken = open.min(available.max(0));
    charge.paid_cents += taken;
    if taken > 0 && charge.paid_cents == charge.amount_cents {
        charge.settled_on = Some(day);
    }
    taken
}

/// Where a household stands today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// Nothing open past its due day.
    UpToDate,
    /// Something open since `since` (its due day), `owed` in all.
    Late { since: NaiveDate, owed: i64 },
}

pub fn standing(account: &Account, today: NaiveDate) -> Standing {
    let overdue = account
        .charges
        .iter()
        .filter(|c| c.due_on < today && c.paid_cents < c.amount_cents);
    match overdue.map(|c| c.due_on).min() {
        Some(since) => Standing::Late {
            since,
            owed: account.balance_cents.max(0),
        },
        None => Standing::UpToDate,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn charge(id: i32, due: &str, cents: i64, notice: Option<&str>) -> ChargeLine {
        ChargeLine {
            id,
            period: due[..7].to_string(),
            due_on: due.parse().unwrap(),
            item: Item::Rent,
            amount_cents: cents,
            paid_cents: 0,
            notice_code: notice.map(str::to_string),
            creditor_tax_code: None,
            settled_on: None,
        }
    }

    fn paid(day: &str, cents: i64, notice: Option<&str>) -> PaymentLine {
        PaymentLine {
            paid_on: day.parse().unwrap(),
            amount_cents: cents,
            notice_code: notice.map(str::to_string),
        }
    }

    /// Worked by hand: January 100 (notice A), February 100 (notice B), March 100, a 20 credit
    /// in March. A payment of 100 for B pays February although January is older; 50 without a
    /// notice and the credit pay 70 of January; March stays open.
    #[test]
    fn payments_pay_their_notice_first_then_the_oldest_lines() {
        let mut charges = vec![
            charge(1, "2026-01-10", 100_00, Some("A")),
            charge(2, "2026-02-10", 100_00, Some("B")),
            charge(3, "2026-03-10", 100_00, None),
            charge(4, "2026-03-10", -20_00, None),
        ];
        settle(
            &mut charges,
            &[
                paid("2026-02-12", 100_00, Some("B")),
                paid("2026-02-20", 50_00, None),
            ],
        );
        let paid: Vec<i64> = charges.iter().map(|c| c.paid_cents).collect();
        assert_eq!(paid, [70_00, 100_00, 0, -20_00]);
        let settled: Vec<Option<String>> = charges
            .iter()
            .map(|c| c.settled_on.map(|d| d.to_string()))
            .collect();
        assert_eq!(
            settled,
            [
                None,
                Some("2026-02-12".into()),
                None,
                Some("2026-03-10".into())
            ]
        );
        let account = Account {
            unit_id: 1,
            unit: "X".into(),
            balance_cents: 280_00 - 150_00,
            charges,
            payments: vec![],
            plan: None,
        };
        let today: NaiveDate = "2026-03-01".parse().unwrap();
        assert_eq!(
            standing(&account, today),
            Standing::Late {
                since: "2026-01-10".parse().unwrap(),
                owed: 130_00
            }
        );
    }
}

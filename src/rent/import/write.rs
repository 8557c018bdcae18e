//! Writing an import's lines a batch at a time. A round trip per line made a file of millions
//! of lines take hours on PostgreSQL; a batch of [`BATCH`] lines takes a few: the rows its
//! flats already have are read at once, compared in memory, and what is new is written in one
//! statement. Memory stays that of one batch.

use std::collections::{HashMap, HashSet};
use std::mem;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::Imported;
use crate::core::db::{self, DbConnection};
use crate::core::error::AppResult;
use crate::core::schema::{rent_charge_changes, rent_charges, rent_payments};
use crate::rent::pagopa::{CreditorTaxCode, NoticeCode};
use crate::rent::{Item, Period};

/// Lines written together: few round trips, and within SQLite's 32 766 parameters a statement
/// (eight a charge).
const BATCH: usize = 2_000;

// The rows a batch's flats have are looked up with lists written out (`eq_any`), not
// `prepared::any_of`: SQLite plans a list read with `json_each` from its statistics, and a table
// analysed while it was small (an import fills it in one transaction) is then scanned whole for
// each batch, which made the import of a large file quadratic. A written-out list is looked up
// by the flat's index whatever the statistics say.

pub(super) struct Charge {
    pub unit: i32,
    pub period: Period,
    pub item: Item,
    pub due_on: NaiveDate,
    pub cents: i64,
    pub notice: Option<NoticeCode>,
    pub creditor: Option<CreditorTaxCode>,
}

pub(super) struct Payment {
    pub unit: i32,
    pub paid_on: NaiveDate,
    pub cents: i64,
    pub notice: Option<NoticeCode>,
}

pub(super) enum Line {
    Charge(Charge),
    Payment(Payment),
}

/// What a charge says: compared with what is there to tell a change.
type Figures = (NaiveDate, i64, Option<String>, Option<String>);

impl Charge {
    fn key(&self) -> (i32, Period, Item) {
        (self.unit, self.period, self.item)
    }

    fn figures(&self) -> Figures {
        (
            self.due_on,
            self.cents,
            self.notice.as_ref().map(|n| n.as_str().to_string()),
            self.creditor.as_ref().map(|c| c.as_str().to_string()),
        )
    }
}

impl Payment {
    /// Its `line_key` without the count of equal lines before it. Dates, digits and `|` only.
    fn prefix(&self) -> String {
        format!(
            "{}|{}|{}|",
            self.paid_on,
            self.cents,
            self.notice.as_ref().map_or("", |n| n.as_str())
        )
    }
}

/// The lines read and not yet written.
#[derive(Default)]
pub(super) struct Batch {
    charges: Vec<Charge>,
    /// A charge met again in one file is compared with what its first line wrote, so the batch
    /// is written before it: a batch holds each charge once.
    charge_keys: HashSet<(i32, Period, Item)>,
    payments: Vec<Payment>,
}

impl Batch {
    pub(super) fn add(
        &mut self,
        conn: &mut DbConnection,
        line: Line,
        now: NaiveDateTime,
        done: &mut Imported,
    ) -> AppResult<()> {
        done.lines += 1;
        match line {
            Line::Charge(charge) => {
                if self.charge_keys.contains(&charge.key()) {
                    self.write(conn, now, done)?;
                }
                self.charge_keys.insert(charge.key());
                self.charges.push(charge);
            }
            Line::Payment(payment) => self.payments.push(payment),
        }
        if self.charges.len() + self.payments.len() >= BATCH {
            self.write(conn, now, done)?;
        }
        Ok(())
    }

    /// Writes what the batch holds, and empties it.
    pub(super) fn write(
        &mut self,
        conn: &mut DbConnection,
        now: NaiveDateTime,
        done: &mut Imported,
    ) -> AppResult<()> {
        self.charge_keys.clear();
        write_charges(conn, mem::take(&mut self.charges), now, done)?;
        write_payments(conn, mem::take(&mut self.payments), now, done)
    }
}

/// Each value once.
fn distinct<T: Ord>(values: impl Iterator<Item = T>) -> Vec<T> {
    let mut values: Vec<T> = values.collect();
    values.sort_unstable();
    values.dedup();
    values
}

/// A new charge is added; one already there with other figures is updated, and what it said
/// before is kept.
fn write_charges(
    conn: &mut DbConnection,
    charges: Vec<Charge>,
    now: NaiveDateTime,
    done: &mut Imported,
) -> AppResult<()> {
    if charges.is_empty() {
        return Ok(());
    }
    let units: Vec<i32> = distinct(charges.iter().map(|c| c.unit));
    let periods: Vec<String> = distinct(charges.iter().map(|c| c.period.to_string()));
    let existing: HashMap<(i32, String, String), (i32, Figures)> = rent_charges::table
        .filter(rent_charges::unit_id.eq_any(units))
        .filter(rent_charges::period.eq_any(periods))
        .select((
            rent_charges::unit_id,
            rent_charges::period,
            rent_charges::item,
            rent_charges::id,
            (
                rent_charges::due_on,
                rent_charges::amount_cents,
                rent_charges::notice_code,
                rent_charges::creditor_tax_code,
            ),
        ))
        .load::<(i32, String, String, i32, Figures)>(conn)?
        .into_iter()
        .map(|(unit, period, item, id, figures)| ((unit, period, item), (id, figures)))
        .collect();
    let mut added = vec![];
    for charge in charges {
        let figures = charge.figures();
        let key = (
            charge.unit,
            charge.period.to_string(),
            charge.item.code().to_string(),
        );
        match existing.get(&key) {
            Some((_, before)) if *before == figures => {}
            Some((id, before)) => {
                change_charge(conn, *id, before.clone(), figures, now)?;
                done.charges_changed += 1;
            }
            None => {
                let (due_on, cents, notice, creditor) = figures;
                added.push((
                    rent_charges::unit_id.eq(charge.unit),
                    rent_charges::period.eq(key.1),
                    rent_charges::item.eq(key.2),
                    rent_charges::due_on.eq(due_on),
                    rent_charges::amount_cents.eq(cents),
                    rent_charges::notice_code.eq(notice),
                    rent_charges::creditor_tax_code.eq(creditor),
                    rent_charges::imported_at.eq(now),
                ));
            }
        }
    }
    done.charges_added += added.len();
    if !added.is_empty() {
        db::execute_many(conn, diesel::insert_into(rent_charges::table).values(added))?;
    }
    Ok(())
}

/// Changes are few (a landlord corrects a bill now and then): one statement each.
fn change_charge(
    conn: &mut DbConnection,
    id: i32,
    (due_on, cents, notice, creditor): Figures,
    now_says: Figures,
    now: NaiveDateTime,
) -> AppResult<()> {
    diesel::insert_into(rent_charge_changes::table)
        .values((
            rent_charge_changes::charge_id.eq(id),
            rent_charge_changes::due_on.eq(due_on),
            rent_charge_changes::amount_cents.eq(cents),
            rent_charge_changes::notice_code.eq(notice),
            rent_charge_changes::creditor_tax_code.eq(creditor),
            rent_charge_changes::replaced_at.eq(now),
        ))
        .execute(conn)?;
    let (due_on, cents, notice, creditor) = now_says;
    diesel::update(rent_charges::table.find(id))
        .set((
            rent_charges::due_on.eq(due_on),
            rent_charges::amount_cents.eq(cents),
            rent_charges::notice_code.eq(notice),
            rent_charges::creditor_tax_code.eq(creditor),
            rent_charges::imported_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// The same payment twice in one file is two payments; the same file again, none. A payment's
/// `line_key` is its fields and the number of equal lines (same flat, same fields) before it in
/// its file. That number is not kept in memory for the whole file: it is the count of the
/// flat's payments with the same fields that this import (`now`, its own time) has already met,
/// which it marks as met (`seen_at`).
fn write_payments(
    conn: &mut DbConnection,
    payments: Vec<Payment>,
    now: NaiveDateTime,
    done: &mut Imported,
) -> AppResult<()> {
    if payments.is_empty() {
        return Ok(());
    }
    let units: Vec<i32> = distinct(payments.iter().map(|p| p.unit));
    let mut known: HashMap<(i32, String), i32> = HashMap::new();
    let mut met: HashMap<(i32, String), usize> = HashMap::new();
    let rows: Vec<(i32, i32, String, Option<NaiveDateTime>)> = rent_payments::table
        .filter(rent_payments::unit_id.eq_any(units))
        .select((
            rent_payments::id,
            rent_payments::unit_id,
            rent_payments::line_key,
            rent_payments::seen_at,
        ))
        .load(conn)?;
    for (id, unit, key, seen_at) in rows {
        if seen_at == Some(now) {
            let prefix = key.rsplit_once('|').map_or("", |(fields, _)| fields);
            *met.entry((unit, format!("{prefix}|"))).or_default() += 1;
        }
        known.insert((unit, key), id);
    }
    let mut seen = vec![];
    let mut added = vec![];
    for payment in payments {
        let prefix = payment.prefix();
        let before = met.entry((payment.unit, prefix.clone())).or_default();
        let key = format!("{prefix}{before}");
        *before += 1;
        match known.get(&(payment.unit, key.clone())) {
            Some(id) => seen.push(*id),
            None => added.push((
                rent_payments::unit_id.eq(payment.unit),
                rent_payments::paid_on.eq(payment.paid_on),
                rent_payments::amount_cents.eq(payment.cents),
                rent_payments::notice_code.eq(payment.notice.map(|n| n.as_str().to_string())),
                rent_payments::line_key.eq(key),
                rent_payments::imported_at.eq(now),
                rent_payments::seen_at.eq(now),
            )),
        }
    }
    if !seen.is_empty() {
        diesel::update(rent_payments::table.filter(rent_payments::id.eq_any(seen)))
            .set(rent_payments::seen_at.eq(now))
            .execute(conn)?;
    }
    done.payments_added += added.len();
    if !added.is_empty() {
        db::execute_many(
            conn,
            diesel::insert_into(rent_payments::table).values(added),
        )?;
    }
    Ok(())
}

//! `portineria rent import FILE.csv --organisation CODE`, and the same file through the API with
//! the landlord's key: charges and payments from the landlord's rent system (DESIGN.md, Rent
//! import CSV). All or nothing, each problem with its line number; a landlord imports for its own
//! flats only; the same file twice changes nothing. Lines are checked as they are read and
//! written a batch at a time ([`write`]), in one transaction that is rolled back at the first
//! problem, so a file of millions of lines takes the memory of its landlord's flat codes and one
//! batch, not of its lines. Even the number of equal payment lines met so far in the file (two
//! equal lines are two payments; the same file again, none) is counted in the database, with
//! `rent_payments.seen_at`, not kept in memory.

use std::collections::HashMap;
use std::io::Read;

use chrono::{NaiveDate, NaiveDateTime, SubsecRound, Utc};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

mod write;

use self::write::{Batch, Charge, Line, Payment};
use super::pagopa::{CreditorTaxCode, NoticeCode};
use super::{Item, Period};
use crate::audit::{self, AuditAction, Auditor};
use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult, Message};
use crate::core::lines::{self, LineProblem};
use crate::core::schema::{buildings, organisations, rent_charges, rent_payments, stairs, units};
use crate::i18n::format::local_now;
use crate::transparency::parse_cents;

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Imported {
    pub lines: usize,
    pub charges_added: usize,
    /// Charges already there whose figures changed (what they said before is kept).
    pub charges_changed: usize,
    pub payments_added: usize,
}

#[derive(Debug, Deserialize)]
struct Row {
    kind: String,
    unit: String,
    #[serde(default)]
    period: String,
    #[serde(default)]
    due_on: String,
    #[serde(default)]
    item: String,
    amount: String,
    #[serde(default)]
    notice_code: String,
    #[serde(default)]
    creditor_tax_code: String,
    #[serde(default)]
    paid_on: String,
}

/// The organisation with this code, if it is a landlord here.
pub fn organisation(conn: &mut DbConnection, code: &str) -> AppResult<i32> {
    organisations::table
        .filter(organisations::code.eq(code.trim()))
        .select(organisations::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::invalid("api-key-organisation-unknown"))
}

/// The codes of the flats a landlord owns.
fn flats_of(conn: &mut DbConnection, organisation: i32) -> QueryResult<HashMap<String, i32>> {
    Ok(units::table
        .inner_join(stairs::table.inner_join(buildings::table))
        .filter(buildings::owner_id.eq(organisation))
        .select((units::code, units::id))
        .load::<(String, i32)>(conn)?
        .into_iter()
        .collect())
}

fn date(raw: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").ok()
}

/// Euros with two decimals, `123.45` or `123,45`; a charge may be negative (a credit).
fn cents(raw: &str) -> Option<i64> {
    let raw = raw.trim();
    match raw.strip_prefix('-') {
        Some(rest) => parse_cents(rest).map(|c| -c),
        None => parse_cents(raw),
    }
}

/// The notice a line names: both codes, or neither.
fn notice(row: &Row) -> Result<(Option<NoticeCode>, Option<CreditorTaxCode>), Message> {
    let invalid = || Message::new("rent-import-notice");
    match (row.notice_code.trim(), row.creditor_tax_code.trim()) {
        ("", "") => Ok((None, None)),
        (code, "") => Ok((Some(NoticeCode::parse(code).ok_or_else(invalid)?), None)),
        (code, creditor) => Ok((
            Some(NoticeCode::parse(code).ok_or_else(invalid)?),
            Some(CreditorTaxCode::parse(creditor).ok_or_else(invalid)?),
        )),
    }
}

fn parse(row: &Row, flats: &HashMap<String, i32>) -> Result<Line, Message> {
    let unit = *flats
        .get(row.unit.trim())
        .ok_or_else(|| Message::new("rent-import-unit").with("unit", row.unit.trim()))?;
    let amount = cents(&row.amount).ok_or_else(|| Message::new("rent-import-amount"))?;
    let (notice, creditor) = notice(row)?;
    match row.kind.trim() {
        "charge" => {
            if notice.is_some() && creditor.is_none() {
                return Err(Message::new("rent-import-notice"));
            }
            Ok(Line::Charge(Charge {
                unit,
                period: Period::parse(&row.period)
                    .ok_or_else(|| Message::new("rent-import-period"))?,
                item: Item::parse(&row.item).ok_or_else(|| Message::new("rent-import-item"))?,
                due_on: date(&row.due_on).ok_or_else(|| Message::new("rent-import-date"))?,
                cents: amount,
                notice,
                creditor,
            }))
        }
        "payment" if amount > 0 => Ok(Line::Payment(Payment {
            unit,
            paid_on: date(&row.paid_on).ok_or_else(|| Message::new("rent-import-date"))?,
            cents: amount,
            notice,
        })),
        "payment" => Err(Message::new("rent-import-amount")),
        _ => Err(Message::new("rent-import-kind")),
    }
}

/// Why an import wrote nothing.
enum Stop {
    Problems(Vec<LineProblem>),
    Failed(AppError),
}

impl From<diesel::result::Error> for Stop {
    fn from(e: diesel::result::Error) -> Self {
        Stop::Failed(e.into())
    }
}

impl From<AppError> for Stop {
    fn from(e: AppError) -> Self {
        Stop::Failed(e)
    }
}

/// Imports a landlord's file, or nothing: what it did, or every line's problem.
pub fn import(
    conn: &mut DbConnection,
    organisation: i32,
    file: impl Read,
    by: Auditor,
) -> AppResult<Result<Imported, Vec<LineProblem>>> {
    let flats = flats_of(conn, organisation)?;
    // To the microsecond, as both databases keep it: rows are told by it once read back.
    let now = Utc::now().naive_utc().trunc_subsecs(6);
    let outcome = db::transaction(conn, |conn| {
        // Every line looks up the rows the lines before it wrote, in tables that may have been
        // nearly empty when the import began: a plan PostgreSQL keeps for a prepared statement
        // made then scans the whole table each time (a file of millions of lines would take
        // hours), whereas a plan made for each line sees the table as it is and uses its index.
        if let DbConnection::Postgresql(pg) = conn {
            diesel::sql_query("SET LOCAL plan_cache_mode = force_custom_plan").execute(pg)?;
        }
        let mut done = Imported::default();
        let mut batch = Batch::default();
        let mut failed = false;
        let problems = lines::each_line(file, |line, headers| {
            let Ok(row) = line.deserialize::<Row>(Some(headers)) else {
                failed = true;
                return Ok(Err(Message::new("import-columns")));
            };
            match parse(&row, &flats) {
                Err(problem) => {
                    failed = true;
                    Ok(Err(problem))
                }
                // After a problem the rest is only checked: it will all be rolled back.
                Ok(_) if failed => Ok(Ok(())),
                Ok(line) => {
                    batch.add(conn, line, now, &mut done)?;
                    Ok(Ok(()))
                }
            }
        })?;
        if !problems.is_empty() {
            return Err(Stop::Problems(problems));
        }
        batch.write(conn, now, &mut done)?;
        let details = serde_json::json!({"organisation_id": organisation, "imported": &done});
        audit::record(conn, by, AuditAction::RentImported, details)?;
        Ok(done)
    });
    match outcome {
        Ok(done) => {
            tracing::info!(organisation, ?done, "rent imported");
            db::refresh_statistics(conn)?;
            let changed = changed_flats(conn, now)?;
            super::watchlist::refresh(conn, &changed, local_now().date())?;
            Ok(Ok(done))
        }
        Err(Stop::Problems(problems)) => Ok(Err(problems)),
        Err(Stop::Failed(e)) => Err(e),
    }
}

/// The flats whose account this import (stamped `now`) changed: a charge added or changed, a
/// payment added.
fn changed_flats(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<Vec<i32>> {
    let mut flats: Vec<i32> = rent_charges::table
        .filter(rent_charges::imported_at.eq(now))
        .select(rent_charges::unit_id)
        .distinct()
        .load(conn)?;
    let paid: Vec<i32> = rent_payments::table
        .filter(rent_payments::imported_at.eq(now))
        .select(rent_payments::unit_id)
        .distinct()
        .load(conn)?;
    flats.extend(paid);
    flats.sort_unstable();
    flats.dedup();
    Ok(flats)
}

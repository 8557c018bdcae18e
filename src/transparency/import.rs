//! The desk enters accounts one by one or imports a CSV file: contracts, expenses or shares.
//! Every line is checked first; one bad line and nothing is written, each problem reported by
//! its line number, in the reader's language.

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::Deserialize;

use super::{parse_cents, AccountsAction, SERVICES};
use crate::access::{allows, Actor, Level, Place};
use crate::audit::{self, AuditAction, Auditor};
use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult, Message};
use crate::core::lines::{self, LineProblem};
use crate::core::schema::{building_expenses, buildings, service_contracts, unit_shares};
use crate::places;

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `building_code,service,contractor,starts_on,ends_on,contact`
    Contracts,
    /// `building_code,year,item,amount`
    Expenses,
    /// `unit_code,year,amount`
    Shares,
}

impl Kind {
    /// The columns of its file, which are also the fields of its one-line form.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Kind::Contracts => &[
                "building_code",
                "service",
                "contractor",
                "starts_on",
                "ends_on",
                "contact",
            ],
            Kind::Expenses => &["building_code", "year", "item", "amount"],
            Kind::Shares => &["unit_code", "year", "amount"],
        }
    }

    pub fn parse(code: &str) -> Option<Kind> {
        match code {
            "contracts" => Some(Kind::Contracts),
            "expenses" => Some(Kind::Expenses),
            "shares" => Some(Kind::Shares),
            _ => None,
        }
    }
}

#[derive(Debug, Deserialize)]
struct ContractRow {
    building_code: String,
    service: String,
    contractor: String,
    starts_on: String,
    #[serde(default)]
    ends_on: String,
    #[serde(default)]
    contact: String,
}

#[derive(Debug, Deserialize)]
struct ExpenseRow {
    building_code: String,
    year: String,
    item: String,
    amount: String,
}

#[derive(Debug, Deserialize)]
struct ShareRow {
    unit_code: String,
    year: String,
    amount: String,
}

enum Record {
    Contract {
        building: i32,
        service: String,
        contractor: String,
        starts: NaiveDate,
        ends: Option<NaiveDate>,
        contact: String,
    },
    Expense {
        building: i32,
        year: i32,
        item: String,
        cents: i64,
    },
    Share {
        unit: i32,
        year: i32,
        cents: i64,
    },
}

/// A building the actor may enter accounts for, by its code.
fn editable_building(
    conn: &mut DbConnection,
    actor: &Actor,
    code: &str,
) -> QueryResult<Option<i32>> {
    let found: Option<(i32, i32)> = buildings::table
        .filter(buildings::code.eq(code.trim()))
        .select((buildings::id, buildings::estate_id))
        .first(conn)
        .optional()?;
    Ok(found.and_then(|(id, estate)| {
        let building = Place {
            level: Level::Building,
            unit: None,
            stair: None,
            building: Some(id),
            estate,
        };
        allows(actor, AccountsAction::Edit { building }).then_some(id)
    }))
}

fn year_of(raw: &str) -> Option<i32> {
    raw.trim()
        .parse()
        .ok()
        .filter(|y| (1990..=2100).contains(y))
}

fn date_of(raw: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(raw.trim(), "%d/%m/%Y"))
        .ok()
}

fn in_building(building: i32, estate: i32) -> Place {
    Place {
        level: Level::Building,
        unit: None,
        stair: None,
        building: Some(building),
        estate,
    }
}

/// Checks one line; the record it makes, or what is wrong with it.
fn check(
    conn: &mut DbConnection,
    actor: &Actor,
    kind: Kind,
    record: &csv::StringRecord,
    headers: &csv::StringRecord,
) -> AppResult<Result<Record, Message>> {
    let problem = |key: &'static str| Ok(Err(Message::new(key)));
    match kind {
        Kind::Contracts => {
            let Ok(row) = record.deserialize::<ContractRow>(Some(headers)) else {
                return problem("import-columns");
            };
            let Some(building) = editable_building(conn, actor, &row.building_code)? else {
                return problem("import-building-unknown");
            };
            if !SERVICES.contains(&row.service.trim()) {
                return problem("import-service-unknown");
            }
            let Some(starts) = date_of(&row.starts_on) else {
                return problem("import-date-invalid");
            };
            let ends = match row.ends_on.trim() {
                "" => None,
                raw => match date_of(raw) {
                    Some(ends) if ends >= starts => Some(ends),
                    _ => return problem("import-date-invalid"),
                },
            };
            if row.contractor.trim().is_empty() {
                return problem("import-contractor-missing");
            }
            Ok(Ok(Record::Contract {
                building,
                service: row.service.trim().to_string(),
                contractor: row.contractor.trim().to_string(),
                starts,
                ends,
                contact: row.contact.trim().to_string(),
            }))
        }
        Kind::Expenses => {
            let Ok(row) = record.deserialize::<ExpenseRow>(Some(headers)) else {
                return problem("import-columns");
            };
            let Some(building) = editable_building(conn, actor, &row.building_code)? else {
                return problem("import-building-unknown");
            };
            let (Some(year), Some(cents)) = (year_of(&row.year), parse_cents(&row.amount)) else {
                return problem("import-amount-invalid");
            };
            if row.item.trim().is_empty() {
                return problem("import-item-missing");
            }
            Ok(Ok(Record::Expense {
                building,
                year,
                item: row.item.trim().to_string(),
                cents,
            }))
        }
        Kind::Shares => {
            let Ok(row) = record.deserialize::<ShareRow>(Some(headers)) else {
                return problem("import-columns");
            };
            let editable = places::unit_place_by_code(conn, &row.unit_code)?.filter(|u| {
                let building = in_building(u.building_id, u.estate_id);
                allows(actor, AccountsAction::Edit { building })
            });
            let Some(unit) = editable else {
                return problem("import-unit-unknown");
            };
            let (Some(year), Some(cents)) = (year_of(&row.year), parse_cents(&row.amount)) else {
                return problem("import-amount-invalid");
            };
            Ok(Ok(Record::Share {
                unit: unit.unit_id,
                year,
                cents,
            }))
        }
    }
}

/// Imports a whole file, or nothing: the number of lines written, or every line's problem.
pub fn import(
    conn: &mut DbConnection,
    actor: &Actor,
    kind: Kind,
    file: &[u8],
) -> AppResult<Result<usize, Vec<LineProblem>>> {
    if actor.operator_estates.is_empty() && !actor.admin {
        return Err(AppError::NotFound);
    }
    let mut records = vec![];
    let problems = lines::each_line(file, |line, headers| {
        Ok(check(conn, actor, kind, line, headers)?.map(|record| records.push(record)))
    })?;
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let written = records.len();
    db::transaction(conn, |conn| {
        for record in records {
            write(conn, record)?;
        }
        let details =
            serde_json::json!({"file": format!("{kind:?}").to_lowercase(), "lines": written});
        let by = Auditor::Person(actor.user_id);
        audit::record(conn, by, AuditAction::TransparencyImported, details)?;
        Ok::<_, AppError>(())
    })?;
    Ok(Ok(written))
}

/// One line entered in a form, checked and written like a line of a file.
pub fn enter(
    conn: &mut DbConnection,
    actor: &Actor,
    kind: Kind,
    field: impl Fn(&str) -> String,
) -> AppResult<()> {
    if actor.operator_estates.is_empty() && !actor.admin {
        return Err(AppError::NotFound);
    }
    let headers = csv::StringRecord::from(kind.columns().to_vec());
    let values: Vec<String> = kind.columns().iter().map(|c| field(c)).collect();
    let line = csv::StringRecord::from(values);
    match check(conn, actor, kind, &line, &headers)? {
        Ok(record) => Ok(write(conn, record)?),
        Err(problem) => Err(AppError::Invalid(problem)),
    }
}

/// Writes one record; the same contract, expense or share again replaces it.
fn write(conn: &mut DbConnection, record: Record) -> QueryResult<()> {
    match record {
        Record::Contract {
            building,
            service,
            contractor,
            starts,
            ends,
            contact,
        } => {
            diesel::delete(
                service_contracts::table
                    .filter(service_contracts::building_id.eq(building))
                    .filter(service_contracts::service.eq(&service))
                    .filter(service_contracts::starts_on.eq(starts)),
            )
            .execute(conn)?;
            diesel::insert_into(service_contracts::table)
                .values((
                    service_contracts::building_id.eq(building),
                    service_contracts::service.eq(service),
                    service_contracts::contractor.eq(contractor),
                    service_contracts::starts_on.eq(starts),
                    service_contracts::ends_on.eq(ends),
                    service_contracts::contact.eq(contact),
                ))
                .execute(conn)?;
        }
        Record::Expense {
            building,
            year,
            item,
            cents,
        } => {
            diesel::delete(
                building_expenses::table
                    .filter(building_expenses::building_id.eq(building))
                    .filter(building_expenses::year.eq(year))
                    .filter(building_expenses::item.eq(&item)),
            )
            .execute(conn)?;
            diesel::insert_into(building_expenses::table)
                .values((
                    building_expenses::building_id.eq(building),
                    building_expenses::year.eq(year),
                    building_expenses::item.eq(item),
                    building_expenses::amount_cents.eq(cents),
                ))
                .execute(conn)?;
        }
        Record::Share { unit, year, cents } => {
            diesel::delete(unit_shares::table.find((unit, year))).execute(conn)?;
            diesel::insert_into(unit_shares::table)
                .values((
                    unit_shares::unit_id.eq(unit),
                    unit_shares::year.eq(year),
                    unit_shares::amount_cents.eq(cents),
                ))
                .execute(conn)?;
        }
    }
    Ok(())
}

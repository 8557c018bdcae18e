//! A building's accounts as its page shows them to one reader.

use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::shares::{shares_of_flats, ShareReaders};
use super::AccountsAction;
use crate::access::{allows, authorize, Actor, Level, Picker, Place};
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::core::schema::{building_expenses, service_contracts, stairs, unit_shares, units};
use crate::i18n::Locale;
use crate::places::{self, Named};

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AccountsQuery {
    pub estate: Option<i32>,
    pub building: Option<i32>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Contract {
    pub service: String,
    pub contractor: String,
    pub period: String,
    pub contact: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Item {
    pub item: String,
    pub amount: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Year {
    pub year: i32,
    pub items: Vec<Item>,
    pub total: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Share {
    pub year: i32,
    pub flat: String,
    pub amount: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Accounts {
    pub building: Option<String>,
    pub building_id: Option<i32>,
    pub contracts: Vec<Contract>,
    pub years: Vec<Year>,
    /// The reader's own flat's share (all flats' for the desk and the landlord's managers).
    pub shares: Vec<Share>,
    pub can_edit: bool,
    pub query: AccountsQuery,
    pub estates: Vec<Named>,
    pub buildings: Vec<Named>,
}

fn building_place(conn: &mut DbConnection, building: i32) -> AppResult<(Place, Option<i32>)> {
    let estate = places::estate_of_building(conn, building)?.ok_or(AppError::NotFound)?;
    let place = Place {
        level: Level::Building,
        unit: None,
        stair: None,
        building: Some(building),
        estate,
    };
    Ok((place, places::owner_of_building(conn, building)?))
}

pub fn accounts(
    conn: &mut DbConnection,
    actor: &Actor,
    query: AccountsQuery,
    locale: Locale,
) -> AppResult<Accounts> {
    let Picker {
        estates, buildings, ..
    } = Picker::load(conn, actor, query.estate, true)?;
    let mut view = Accounts {
        building: None,
        building_id: None,
        contracts: vec![],
        years: vec![],
        shares: vec![],
        can_edit: false,
        query: query.clone(),
        estates,
        buildings,
    };
    let building = query
        .building
        .or_else(|| actor.homes.first().map(|h| h.building_id))
        .or_else(|| actor.delegate_stairs.first().map(|d| d.1));
    let Some(building) = building else {
        return Ok(view);
    };
    let (place, owner) = building_place(conn, building)?;
    authorize(
        actor,
        AccountsAction::Read {
            building: place,
            owner,
        },
    )?;
    view.building = Some(places::building(conn, building)?.name);
    view.building_id = Some(building);
    view.can_edit = allows(actor, AccountsAction::Edit { building: place });
    let contracts: Vec<(
        String,
        String,
        chrono::NaiveDate,
        Option<chrono::NaiveDate>,
        String,
    )> = service_contracts::table
        .filter(service_contracts::building_id.eq(building))
        .order((
            service_contracts::service,
            service_contracts::starts_on.desc(),
        ))
        .select((
            service_contracts::service,
            service_contracts::contractor,
            service_contracts::starts_on,
            service_contracts::ends_on,
            service_contracts::contact,
        ))
        .load(conn)?;
    view.contracts = contracts
        .into_iter()
        .map(|(service, contractor, from, until, contact)| Contract {
            service: locale.text(&format!("accounts-service-{service}")),
            contractor,
            period: match until {
                Some(until) => locale.text_with(
                    "notice-period",
                    &[("from", locale.day(from)), ("until", locale.day(until))],
                ),
                None => locale.text_with("accounts-since", &[("from", locale.day(from))]),
            },
            contact,
        })
        .collect();
    let expenses: Vec<(i32, String, i64)> = building_expenses::table
        .filter(building_expenses::building_id.eq(building))
        .order((building_expenses::year.desc(), building_expenses::item))
        .select((
            building_expenses::year,
            building_expenses::item,
            building_expenses::amount_cents,
        ))
        .load(conn)?;
    let mut years: Vec<i32> = expenses.iter().map(|e| e.0).collect();
    years.dedup();
    view.years = years
        .into_iter()
        .map(|year| {
            let items: Vec<&(i32, String, i64)> = expenses.iter().filter(|e| e.0 == year).collect();
            Year {
                year,
                total: locale.euros(items.iter().map(|e| e.2).sum()),
                items: items
                    .iter()
                    .map(|e| Item {
                        item: e.1.clone(),
                        amount: locale.euros(e.2),
                    })
                    .collect(),
            }
        })
        .collect();
    view.shares = shares(conn, actor, building, locale)?;
    Ok(view)
}

/// The shares the reader may see ([`ShareReaders`]): their own flats', or every flat's for the
/// desk and the landlord's managers.
fn shares(
    conn: &mut DbConnection,
    actor: &Actor,
    building: i32,
    locale: Locale,
) -> AppResult<Vec<Share>> {
    let rows: Vec<(String, i32, String, i64, i32)> = shares_of_flats()
        .filter(stairs::building_id.eq(building))
        .filter(ShareReaders::of(actor).filter())
        .order((
            unit_shares::year.desc(),
            stairs::name,
            units::floor,
            units::number,
        ))
        .select((
            stairs::name,
            units::floor,
            units::number,
            unit_shares::amount_cents,
            unit_shares::year,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(stair, floor, number, cents, year)| Share {
            year,
            flat: locale.text_with(
                "accounts-flat",
                &[
                    ("stair", stair),
                    ("floor", floor.to_string()),
                    ("number", number),
                ],
            ),
            amount: locale.euros(cents),
        })
        .collect())
}

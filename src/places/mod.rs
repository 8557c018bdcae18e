//! Places: organisations, estates, buildings, stairs and units, and where a unit sits.

pub mod import;
pub mod sites;

use diesel::prelude::*;
use serde::Serialize;

use crate::core::db::DbConnection;
use crate::core::prepared::any_of;
use crate::core::schema::{buildings, estates, organisations, role_grants, stairs, units};

/// The organisations that own buildings or answer for work (DESIGN.md: "Organisation").
pub const ORGANISATION_KINDS: &[&str] = &["aler", "comune", "contractor", "cooperative"];

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = organisations)]
pub struct Organisation {
    pub id: i32,
    pub code: String,
    pub name: String,
    pub kind: String,
}

/// A unit together with every place above it: what the access rules and the pages need.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct UnitPlace {
    pub unit_id: i32,
    pub unit_code: String,
    pub floor: i32,
    pub number: String,
    pub stair_id: i32,
    pub stair_name: String,
    pub building_id: i32,
    pub building_name: String,
    pub address: String,
    pub estate_id: i32,
    pub estate_name: String,
    pub city: String,
    pub owner_id: i32,
    pub owner_name: String,
}

type UnitPlaceRow = (
    (i32, String, i32, String),
    (i32, String),
    (i32, String, String),
    (i32, String, String),
    (i32, String),
);

/// Units joined with every place above them; each lookup of a unit filters this one query.
#[diesel::dsl::auto_type(no_type_alias)]
fn unit_places() -> _ {
    units::table
        .inner_join(
            stairs::table.inner_join(
                buildings::table
                    .inner_join(estates::table)
                    .inner_join(organisations::table),
            ),
        )
        .select((
            (units::id, units::code, units::floor, units::number),
            (stairs::id, stairs::name),
            (buildings::id, buildings::name, buildings::address),
            (estates::id, estates::name, estates::city),
            (organisations::id, organisations::name),
        ))
}

impl From<UnitPlaceRow> for UnitPlace {
    fn from(row: UnitPlaceRow) -> Self {
        let ((unit_id, unit_code, floor, number), (stair_id, stair_name), building, estate, owner) =
            row;
        Self {
            unit_id,
            unit_code,
            floor,
            number,
            stair_id,
            stair_name,
            building_id: building.0,
            building_name: building.1,
            address: building.2,
            estate_id: estate.0,
            estate_name: estate.1,
            city: estate.2,
            owner_id: owner.0,
            owner_name: owner.1,
        }
    }
}

pub fn unit_place(conn: &mut DbConnection, unit_id: i32) -> QueryResult<UnitPlace> {
    unit_places()
        .filter(units::id.eq(unit_id))
        .first::<UnitPlaceRow>(conn)
        .map(UnitPlace::from)
}

/// The units of `ids` with their stairs, buildings and estates, in one query.
pub fn unit_places_in(conn: &mut DbConnection, ids: &[i32]) -> QueryResult<Vec<UnitPlace>> {
    Ok(unit_places()
        .filter(any_of(units::id, ids))
        .load::<UnitPlaceRow>(conn)?
        .into_iter()
        .map(UnitPlace::from)
        .collect())
}

pub fn unit_place_by_code(conn: &mut DbConnection, code: &str) -> QueryResult<Option<UnitPlace>> {
    unit_places()
        .filter(units::code.eq(code.trim().to_uppercase()))
        .first::<UnitPlaceRow>(conn)
        .optional()
        .map(|row| row.map(UnitPlace::from))
}

pub fn organisation(conn: &mut DbConnection, id: i32) -> QueryResult<Organisation> {
    organisations::table
        .find(id)
        .select(Organisation::as_select())
        .first(conn)
}

/// Every organisation but `except`, by name (where a report can be transferred to).
pub fn organisations_except(
    conn: &mut DbConnection,
    except: Option<i32>,
) -> QueryResult<Vec<Organisation>> {
    Ok(organisations(conn)?
        .into_iter()
        .filter(|o| Some(o.id) != except)
        .collect())
}

/// Every organisation, by name.
pub fn organisations(conn: &mut DbConnection) -> QueryResult<Vec<Organisation>> {
    organisations::table
        .order(organisations::name)
        .select(Organisation::as_select())
        .load(conn)
}

/// An organisation by its code.
pub fn organisation_by_code(
    conn: &mut DbConnection,
    code: &str,
) -> QueryResult<Option<Organisation>> {
    organisations::table
        .filter(organisations::code.eq(code))
        .select(Organisation::as_select())
        .first(conn)
        .optional()
}

/// A place to pick in a filter.
#[derive(Debug, Clone, Serialize)]
pub struct Named {
    pub id: i32,
    pub name: String,
}

/// The estates someone serves: where their organisations own buildings, and whose desk they
/// staff (a large landlord has thousands of buildings: filters go estate first).
pub fn estates_served(
    conn: &mut DbConnection,
    organisations: &[i32],
    desks: &[i32],
) -> QueryResult<Vec<Named>> {
    let owned = buildings::table
        .filter(any_of(buildings::owner_id, organisations.to_vec()))
        .select(buildings::estate_id);
    let rows: Vec<(i32, String)> = estates::table
        .filter(
            estates::id
                .eq_any(owned)
                .or(any_of(estates::id, desks.to_vec())),
        )
        .order(estates::name)
        .select((estates::id, estates::name))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, name)| Named { id, name })
        .collect())
}

/// The organisations owning buildings in these estates, by name: the landlords to compare.
pub fn owners_in(conn: &mut DbConnection, estates: &[i32]) -> QueryResult<Vec<Organisation>> {
    let owners = buildings::table
        .filter(any_of(buildings::estate_id, estates))
        .select(buildings::owner_id);
    organisations::table
        .filter(organisations::id.eq_any(owners))
        .order(organisations::name)
        .select(Organisation::as_select())
        .load(conn)
}

/// Every estate, by name (an admin reads everywhere).
pub fn named_estates(conn: &mut DbConnection) -> QueryResult<Vec<Named>> {
    let rows: Vec<(i32, String)> = estates::table
        .order(estates::name)
        .select((estates::id, estates::name))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, name)| Named { id, name })
        .collect())
}

/// Every estate's id (an admin posts anywhere).
pub fn all_estates(conn: &mut DbConnection) -> QueryResult<Vec<i32>> {
    estates::table
        .order(estates::name)
        .select(estates::id)
        .load(conn)
}

/// The buildings these organisations own, by address (at most 500: a landlord posting works
/// picks from its estates' lists beyond that).
pub fn buildings_owned(conn: &mut DbConnection, organisations: &[i32]) -> QueryResult<Vec<Named>> {
    let rows: Vec<(i32, String)> = buildings::table
        .filter(any_of(buildings::owner_id, organisations.to_vec()))
        .order(buildings::address)
        .limit(500)
        .select((buildings::id, buildings::address))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, name)| Named { id, name })
        .collect())
}

/// An estate's buildings, by address.
pub fn buildings_of(conn: &mut DbConnection, estate: i32) -> QueryResult<Vec<Named>> {
    let rows: Vec<(i32, String)> = buildings::table
        .filter(buildings::estate_id.eq(estate))
        .order(buildings::address)
        .select((buildings::id, buildings::address))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, name)| Named { id, name })
        .collect())
}

/// A named place (stair, building or estate), for the pages that say what a role covers.
#[derive(Debug, Clone, Serialize)]
pub struct NamedPlace {
    pub id: i32,
    pub name: String,
    pub context: String,
}

pub fn stair(conn: &mut DbConnection, id: i32) -> QueryResult<NamedPlace> {
    first_of(stairs_in(conn, &[id])?)
}

/// Stairs named with their building's address, in one query.
pub fn stairs_in(conn: &mut DbConnection, ids: &[i32]) -> QueryResult<Vec<NamedPlace>> {
    named(
        stairs::table
            .inner_join(buildings::table)
            .filter(any_of(stairs::id, ids))
            .select((stairs::id, stairs::name, buildings::address))
            .load(conn)?,
    )
}

fn named(rows: Vec<(i32, String, String)>) -> QueryResult<Vec<NamedPlace>> {
    Ok(rows
        .into_iter()
        .map(|(id, name, context)| NamedPlace { id, name, context })
        .collect())
}

fn first_of(places: Vec<NamedPlace>) -> QueryResult<NamedPlace> {
    places
        .into_iter()
        .next()
        .ok_or(diesel::result::Error::NotFound)
}

/// The building a stair is in, if the stair exists.
pub fn building_of_stair(conn: &mut DbConnection, stair: i32) -> QueryResult<Option<i32>> {
    stairs::table
        .find(stair)
        .select(stairs::building_id)
        .first(conn)
        .optional()
}

/// The estate of the first flat `user` lives in (by a tenant's role that has not ended), or
/// of the first estate whose desk they are: where their messages belong.
pub fn home_estate(conn: &mut DbConnection, user: i32) -> QueryResult<Option<i32>> {
    let now = chrono::Utc::now().naive_utc();
    let live = || {
        role_grants::user_id.eq(user).and(
            role_grants::ends_at
                .is_null()
                .or(role_grants::ends_at.gt(now)),
        )
    };
    let home: Option<i32> = role_grants::table
        .inner_join(units::table.on(role_grants::scope_id.eq(units::id.nullable())))
        .inner_join(stairs::table.on(stairs::id.eq(units::stair_id)))
        .inner_join(buildings::table.on(buildings::id.eq(stairs::building_id)))
        .filter(live())
        .filter(role_grants::scope_type.eq("unit"))
        .order(role_grants::id)
        .select(buildings::estate_id)
        .first(conn)
        .optional()?;
    if home.is_some() {
        return Ok(home);
    }
    role_grants::table
        .filter(live())
        .filter(role_grants::scope_type.eq("estate"))
        .order(role_grants::id)
        .select(role_grants::scope_id)
        .first::<Option<i32>>(conn)
        .optional()
        .map(Option::flatten)
}

/// The estate a building is in, if the building exists.
pub fn estate_of_building(conn: &mut DbConnection, building: i32) -> QueryResult<Option<i32>> {
    buildings::table
        .find(building)
        .select(buildings::estate_id)
        .first(conn)
        .optional()
}

/// The organisation that owns a building, if the building exists.
pub fn owner_of_building(conn: &mut DbConnection, building: i32) -> QueryResult<Option<i32>> {
    buildings::table
        .find(building)
        .select(buildings::owner_id)
        .first(conn)
        .optional()
}

pub fn building(conn: &mut DbConnection, id: i32) -> QueryResult<NamedPlace> {
    first_of(buildings_in(conn, &[id])?)
}

/// Buildings by address, with their estate's name, in one query.
pub fn buildings_in(conn: &mut DbConnection, ids: &[i32]) -> QueryResult<Vec<NamedPlace>> {
    named(
        buildings::table
            .inner_join(estates::table)
            .filter(any_of(buildings::id, ids))
            .select((buildings::id, buildings::address, estates::name))
            .load(conn)?,
    )
}

pub fn estate(conn: &mut DbConnection, id: i32) -> QueryResult<NamedPlace> {
    first_of(estates_in(conn, &[id])?)
}

/// Estates with their city, in one query.
pub fn estates_in(conn: &mut DbConnection, ids: &[i32]) -> QueryResult<Vec<NamedPlace>> {
    named(
        estates::table
            .filter(any_of(estates::id, ids))
            .select((estates::id, estates::name, estates::city))
            .load(conn)?,
    )
}

/// Buildings an organisation owns, with how many units each has.
#[derive(Debug, Clone, Serialize)]
pub struct OwnedBuilding {
    pub name: String,
    pub address: String,
    pub units: i64,
}

pub fn buildings_owned_by(conn: &mut DbConnection, org_id: i32) -> QueryResult<Vec<OwnedBuilding>> {
    let rows: Vec<(String, String, i64)> = buildings::table
        .inner_join(stairs::table.inner_join(units::table))
        .filter(buildings::owner_id.eq(org_id))
        .group_by((buildings::id, buildings::name, buildings::address))
        .select((
            buildings::name,
            buildings::address,
            diesel::dsl::count(units::id),
        ))
        .order(buildings::name)
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(name, address, units)| OwnedBuilding {
            name,
            address,
            units,
        })
        .collect())
}

/// How much of each kind of thing the installation holds (the admin's landing page).
#[derive(Debug, Clone, Serialize)]
pub struct Totals {
    pub organisations: i64,
    pub estates: i64,
    pub buildings: i64,
    pub stairs: i64,
    pub units: i64,
    pub users: i64,
}

pub fn totals(conn: &mut DbConnection) -> QueryResult<Totals> {
    Ok(Totals {
        organisations: organisations::table.count().get_result(conn)?,
        estates: estates::table.count().get_result(conn)?,
        buildings: buildings::table.count().get_result(conn)?,
        stairs: stairs::table.count().get_result(conn)?,
        units: units::table.count().get_result(conn)?,
        users: crate::core::schema::users::table.count().get_result(conn)?,
    })
}

/// Finds a place or organisation by the code people use for it: a unit code, `BUILDING/STAIR`
/// for a stair, or a building, estate or organisation code.
pub fn scope_id_by_code(
    conn: &mut DbConnection,
    kind: crate::people::ScopeType,
    code: &str,
) -> QueryResult<Option<i32>> {
    use crate::people::ScopeType;
    match kind {
        ScopeType::Unit => units::table
            .filter(units::code.eq(code.trim().to_uppercase()))
            .select(units::id)
            .first(conn)
            .optional(),
        ScopeType::Stair => {
            let (building, stair) = code.split_once('/').unwrap_or((code, ""));
            stairs::table
                .inner_join(buildings::table)
                .filter(buildings::code.eq(building))
                .filter(stairs::code.eq(stair))
                .select(stairs::id)
                .first(conn)
                .optional()
        }
        ScopeType::Building => buildings::table
            .filter(buildings::code.eq(code))
            .select(buildings::id)
            .first(conn)
            .optional(),
        ScopeType::Estate => estates::table
            .filter(estates::code.eq(code))
            .select(estates::id)
            .first(conn)
            .optional(),
        ScopeType::Organisation => organisations::table
            .filter(organisations::code.eq(code))
            .select(organisations::id)
            .first(conn)
            .optional(),
    }
}

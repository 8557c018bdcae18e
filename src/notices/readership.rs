//! Who has seen a notice, by household: a flat has seen it when one of its tenants said so.
//! The poster and the place's delegates see how many; the delegates (who knock on doors) see
//! which flats have not — flats, never names.

use diesel::prelude::*;
use serde::Serialize;

use crate::access::{Level, Place};
use crate::core::db::DbConnection;
use crate::core::prepared::any_of;
use crate::core::schema::{buildings, notice_seen, role_grants, stairs, units};
use crate::people::Role;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Flat {
    pub stair: String,
    pub floor: i32,
    pub number: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Readership {
    pub seen: i64,
    pub households: i64,
    /// The flats that have not seen it, when the reader may know (else empty).
    pub unseen: Vec<Flat>,
}

/// The flats of a place: (unit id, stair name, floor, number), in door-knocking order.
fn flats(conn: &mut DbConnection, place: &Place) -> QueryResult<Vec<(i32, String, i32, String)>> {
    let mut query = units::table
        .inner_join(stairs::table.inner_join(buildings::table))
        .order((
            buildings::address,
            stairs::name,
            units::floor,
            units::number,
        ))
        .select((units::id, stairs::name, units::floor, units::number))
        .into_boxed();
    query = match (place.level, place.stair, place.building) {
        (Level::Stair, Some(stair), _) => query.filter(units::stair_id.eq(stair)),
        (Level::Building, _, Some(building)) => query.filter(stairs::building_id.eq(building)),
        _ => query.filter(buildings::estate_id.eq(place.estate)),
    };
    query.load(conn)
}

/// Units whose tenants have seen the notice.
fn seen_units(conn: &mut DbConnection, notice: i32) -> QueryResult<Vec<i32>> {
    let seen_by = notice_seen::table
        .filter(notice_seen::notice_id.eq(notice))
        .select(notice_seen::user_id);
    let units: Vec<Option<i32>> = role_grants::table
        .filter(role_grants::role.eq(Role::Tenant.code()))
        .filter(role_grants::user_id.eq_any(seen_by))
        .select(role_grants::scope_id)
        .distinct()
        .load(conn)?;
    Ok(units.into_iter().flatten().collect())
}

pub fn of(
    conn: &mut DbConnection,
    notice: i32,
    place: &Place,
    with_flats: bool,
) -> QueryResult<Readership> {
    let flats = flats(conn, place)?;
    let seen = seen_units(conn, notice)?;
    let (seen_flats, unseen): (Vec<_>, Vec<_>) =
        flats.into_iter().partition(|f| seen.contains(&f.0));
    let households = (seen_flats.len() + unseen.len()) as i64;
    Ok(Readership {
        seen: seen_flats.len() as i64,
        households,
        unseen: if with_flats {
            unseen
                .into_iter()
                .map(|(_, stair, floor, number)| Flat {
                    stair,
                    floor,
                    number,
                })
                .collect()
        } else {
            vec![]
        },
    })
}

/// Everyone living where a notice is: the residents an urgent notice is for.
pub fn residents(conn: &mut DbConnection, place: &Place) -> QueryResult<Vec<i32>> {
    let unit_ids: Vec<i32> = flats(conn, place)?.into_iter().map(|f| f.0).collect();
    let mut people: Vec<i32> = role_grants::table
        .filter(role_grants::role.eq(Role::Tenant.code()))
        .filter(any_of(role_grants::scope_id, unit_ids))
        .select(role_grants::user_id)
        .distinct()
        .load(conn)?;
    people.sort_unstable();
    Ok(people)
}

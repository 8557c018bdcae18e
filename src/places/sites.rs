//! Where a building stands, for systems that speak in addresses and coordinates (Open311): a
//! building or stair found by its code, its address, or the nearest coordinates.

use diesel::prelude::*;

use crate::core::db::DbConnection;
use crate::core::prepared::any_of;
use crate::core::schema::{buildings, stairs};

/// A building, or a stair in it, with its address and position.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    pub building_id: i32,
    pub stair_id: Option<i32>,
    pub estate_id: i32,
    pub owner_id: i32,
    /// `GUA12`, or `GUA12/A` for a stair: what Open311 calls the `address_id`.
    pub code: String,
    pub address: String,
    pub position: Option<(f64, f64)>,
}

type BuildingRow = (i32, i32, i32, String, String, Option<f64>, Option<f64>);

#[diesel::dsl::auto_type(no_type_alias)]
fn building_columns() -> _ {
    (
        buildings::id,
        buildings::estate_id,
        buildings::owner_id,
        buildings::code,
        buildings::address,
        buildings::latitude,
        buildings::longitude,
    )
}

impl From<BuildingRow> for Site {
    fn from((building_id, estate_id, owner_id, code, address, lat, long): BuildingRow) -> Self {
        Site {
            building_id,
            stair_id: None,
            estate_id,
            owner_id,
            code,
            address,
            position: lat.zip(long),
        }
    }
}

/// A building by its code, or a stair by `BUILDING/STAIR`.
pub fn by_code(conn: &mut DbConnection, code: &str) -> QueryResult<Option<Site>> {
    let (building_code, stair_code) = match code.split_once('/') {
        Some((b, s)) => (b, Some(s)),
        None => (code, None),
    };
    let Some(building) = buildings::table
        .filter(buildings::code.eq(building_code))
        .select(building_columns())
        .first::<BuildingRow>(conn)
        .optional()?
        .map(Site::from)
    else {
        return Ok(None);
    };
    let Some(stair_code) = stair_code else {
        return Ok(Some(building));
    };
    let stair = stairs::table
        .filter(stairs::building_id.eq(building.building_id))
        .filter(stairs::code.eq(stair_code))
        .select((stairs::id, stairs::code))
        .first::<(i32, String)>(conn)
        .optional()?;
    Ok(stair.map(|(id, stair_code)| Site {
        stair_id: Some(id),
        code: format!("{}/{stair_code}", building.code),
        ..building
    }))
}

/// The building whose address is this one, ignoring case, spacing and what follows the
/// street and number (`Via Francesco Guardi 12` finds `Via Francesco Guardi 12, 20092 …`).
pub fn by_address(conn: &mut DbConnection, address: &str) -> QueryResult<Option<Site>> {
    let wanted = street(address);
    if wanted.is_empty() {
        return Ok(None);
    }
    Ok(all(conn)?
        .into_iter()
        .find(|site| street(&site.address) == wanted))
}

fn street(address: &str) -> String {
    let first = address.split(',').next().unwrap_or_default();
    first
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The building nearest these coordinates, if one with known coordinates is within `metres`.
pub fn nearest(
    conn: &mut DbConnection,
    latitude: f64,
    longitude: f64,
    metres: f64,
) -> QueryResult<Option<Site>> {
    Ok(all(conn)?
        .into_iter()
        .filter_map(|site| {
            let (lat, long) = site.position?;
            Some((distance_metres((latitude, longitude), (lat, long)), site))
        })
        .filter(|(distance, _)| *distance <= metres)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, site)| site))
}

fn all(conn: &mut DbConnection) -> QueryResult<Vec<Site>> {
    Ok(buildings::table
        .order(buildings::id)
        .select(building_columns())
        .load::<BuildingRow>(conn)?
        .into_iter()
        .map(Site::from)
        .collect())
}

/// These buildings, each once, in no particular order.
pub fn buildings_in(conn: &mut DbConnection, ids: &[i32]) -> QueryResult<Vec<Site>> {
    Ok(buildings::table
        .filter(any_of(buildings::id, ids.to_vec()))
        .select(building_columns())
        .load::<BuildingRow>(conn)?
        .into_iter()
        .map(Site::from)
        .collect())
}

/// Great-circle distance (haversine); plenty for "which building on this estate".
pub fn distance_metres(a: (f64, f64), b: (f64, f64)) -> f64 {
    const EARTH_RADIUS: f64 = 6_371_000.0;
    let (lat1, lat2) = (a.0.to_radians(), b.0.to_radians());
    let d_lat = lat2 - lat1;
    let d_long = (b.1 - a.1).to_radians();
    let h = (d_lat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (d_long / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_match_known_figures() {
        // Milan's Duomo to the Castello Sforzesco: about 1.1 km.
        let d = distance_metres((45.46416, 9.19199), (45.47049, 9.17930));
        assert!((1_100.0..1_300.0).contains(&d), "{d}");
        assert_eq!(distance_metres((45.5, 9.2), (45.5, 9.2)), 0.0);
    }

    #[test]
    fn streets_compare_without_case_spacing_or_town() {
        assert_eq!(
            street("Via  Francesco Guardi 12, 20092 Cinisello Balsamo MI"),
            street("via francesco guardi 12")
        );
    }
}

//! The places and people of the rule matrices: one flat in one stair, building and estate of
//! one landlord, and someone holding exactly one role on them. Each domain's matrix checks
//! its actions against these.

use super::{Actor, Level, Place};
use crate::people::Role;
use crate::places::UnitPlace;

pub const UNIT: i32 = 1;
pub const STAIR: i32 = 10;
pub const BUILDING: i32 = 100;
pub const ESTATE: i32 = 1000;
pub const OWNER: i32 = 7;
/// Any other place or organisation.
pub const OTHER: i32 = 99_999;
/// The tenant in the fixture; every other holder has an id of their own.
pub const TENANT_ID: i32 = 42;
pub const NEIGHBOUR_ID: i32 = 77;

pub fn home(estate_id: i32) -> UnitPlace {
    UnitPlace {
        unit_id: UNIT,
        unit_code: "U1".into(),
        floor: 1,
        number: "1".into(),
        stair_id: STAIR,
        stair_name: "A".into(),
        building_id: BUILDING,
        building_name: "B".into(),
        address: "Via Roma 1".into(),
        estate_id,
        estate_name: "E".into(),
        city: "C".into(),
        owner_id: OWNER,
        owner_name: "ALER".into(),
    }
}

/// Someone holding exactly one role, on the scope the fixture's places use.
pub fn holder(role: Role) -> Actor {
    let id = match role {
        Role::Tenant => TENANT_ID,
        other => 100 + Role::ALL.iter().position(|r| *r == other).unwrap() as i32,
    };
    let mut actor = Actor {
        user_id: id,
        ..Actor::default()
    };
    match role {
        Role::Tenant => actor.homes = vec![home(ESTATE)],
        Role::StairDelegate => {
            actor.delegate_stairs = vec![(STAIR, BUILDING)];
            actor.delegate_estates = vec![ESTATE];
        }
        Role::BuildingDelegate => {
            actor.delegate_buildings = vec![BUILDING];
            actor.delegate_estates = vec![ESTATE];
        }
        Role::Operator => actor.operator_estates = vec![ESTATE],
        Role::Technician => actor.staff_of = vec![OWNER],
        Role::Manager => {
            actor.staff_of = vec![OWNER];
            actor.manager_of = vec![OWNER];
        }
        Role::RentOfficer => actor.rent_office_of = vec![OWNER],
        Role::Admin => actor.admin = true,
    }
    actor
}

/// The fixture flat's place at `level`.
pub fn place(level: Level) -> Place {
    Place::around(&home(ESTATE), level)
}

/// A place of `level` in another building (and, for an estate, another estate).
pub fn elsewhere(level: Level) -> Place {
    let mut other = home(ESTATE);
    other.unit_id = OTHER;
    other.stair_id = OTHER;
    other.building_id = OTHER;
    if level == Level::Estate {
        other.estate_id = OTHER;
    }
    Place::around(&other, level)
}

/// Checks `check` against a table of cases: for each, whether each role (in the order of
/// [`Role::ALL`]: tenant, stair delegate, building delegate, operator, technician, manager,
/// rent officer, admin) is allowed.
pub fn assert_matrix(cases: &[(&str, [bool; 8])], check: impl Fn(&str, &Actor) -> bool) {
    let mut wrong = vec![];
    for (case, expected) in cases {
        for (role, allowed) in Role::ALL.iter().zip(expected) {
            if check(case, &holder(*role)) != *allowed {
                wrong.push(format!("{} / {case}: expected {allowed}", role.code()));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

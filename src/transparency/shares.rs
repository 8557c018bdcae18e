//! Who reads a household's money — its share of the building's expenses (DESIGN.md,
//! Transparency) and its rent account (`rent`): that flat's tenants, the estate's desk and the
//! owning landlord's managers and rent office — not technicians, delegates, neighbours, the
//! other landlord, nor the installation's admins. The people of one [`ShareReaders`] answer in Rust
//! for one flat ([`ShareReaders::contains`]) and in SQL for a building's list
//! ([`ShareReaders::filter`]), so the page, the API and the rule cannot drift apart
//! (`tests/api/access.rs` checks them against each other for every demo account).

use diesel::prelude::*;

use crate::access::{Actor, Level, Place};
use crate::core::db::MultiBackend;
use crate::core::prepared::any_of;
use crate::core::schema::{buildings, stairs, unit_shares, units};

/// The flats with their places and landlords.
type FlatsOwned =
    diesel::dsl::InnerJoin<units::table, diesel::dsl::InnerJoin<stairs::table, buildings::table>>;

/// The table a building's shares are listed from, with each flat's place and landlord.
pub type SharesOfFlats = diesel::dsl::InnerJoinQuerySource<unit_shares::table, FlatsOwned>;

pub type ShareFilter = Box<
    dyn diesel::expression::BoxableExpression<
        SharesOfFlats,
        MultiBackend,
        SqlType = diesel::sql_types::Bool,
    >,
>;

/// The flats, estates and landlords whose shares one person reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareReaders {
    /// The flats they live in.
    homes: Vec<i32>,
    /// The estates whose desk they staff.
    desks: Vec<i32>,
    /// The landlords whose maintenance they manage or whose rent office they work in.
    landlords: Vec<i32>,
}

impl ShareReaders {
    pub fn of(actor: &Actor) -> ShareReaders {
        ShareReaders {
            homes: actor.homes.iter().map(|h| h.unit_id).collect(),
            desks: actor.operator_estates.clone(),
            landlords: [actor.manager_of.as_slice(), &actor.rent_office_of].concat(),
        }
    }

    /// The Rust rule: may they read the share of the flat at `unit`, owned by `owner`?
    pub fn contains(&self, unit: &Place, owner: Option<i32>) -> bool {
        unit.level == Level::Unit
            && (unit.unit.is_some_and(|u| self.homes.contains(&u))
                || self.desks.contains(&unit.estate)
                || owner.is_some_and(|o| self.landlords.contains(&o)))
    }

    /// The SQL rule, over [`SharesOfFlats`].
    pub fn filter(&self) -> ShareFilter {
        Box::new(
            any_of(unit_shares::unit_id, self.homes.clone())
                .or(any_of(buildings::estate_id, self.desks.clone()))
                .or(any_of(buildings::owner_id, self.landlords.clone())),
        )
    }
}

/// The shares listed with their flats' places and landlords.
pub fn shares_of_flats() -> diesel::dsl::InnerJoin<unit_shares::table, FlatsOwned> {
    unit_shares::table
        .inner_join(units::table.inner_join(stairs::table.inner_join(buildings::table)))
}

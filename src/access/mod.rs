//! Access by place: who someone is to a place, asked the same way by every domain.
//!
//! Places nest: estate ⊃ building ⊃ stair ⊃ unit. An [`Actor`] is a person with the places
//! their roles give them: the flats they live in, the stairs and buildings they are delegate
//! for, the estates whose desk they staff, the organisations they work for. Each question a
//! domain asks — does this person live here, are they delegate for it, do they staff its desk
//! — is a [`Reach`]: one value that answers in Rust ([`Reach::contains`]) and, for lists, in
//! SQL ([`reach_filter!`]), so the rule that opens one object and the filter that lists many
//! cannot drift apart (`tests/api/access.rs` checks them against each other for every demo
//! account and object). Domains build their own rules from these questions
//! (`reports::rules`); installation-wide actions are in [`rules`].

#[cfg(test)]
pub mod fixtures;
mod reach;
pub mod rules;

use diesel::prelude::*;
use serde::Serialize;

use crate::core::db::DbConnection;
use crate::core::prepared::any_of;
use crate::people::{Grant, Role};
use crate::places::UnitPlace;

pub(crate) use reach::reach_filter;
pub use reach::{Clause, Reach};
pub use rules::{allows, authorize, Action, Rule};

/// How far up the nesting a place is: a flat, or the common areas of a stair, a building or
/// the estate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Unit,
    Stair,
    Building,
    Estate,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Unit, Level::Stair, Level::Building, Level::Estate];

    pub fn code(self) -> &'static str {
        match self {
            Level::Unit => "unit",
            Level::Stair => "stair",
            Level::Building => "building",
            Level::Estate => "estate",
        }
    }

    pub fn parse(code: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// Something's place: its level, and the id of every place it is in (a flat knows its stair,
/// building and estate; the estate's common areas only their estate).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub level: Level,
    pub unit: Option<i32>,
    pub stair: Option<i32>,
    pub building: Option<i32>,
    pub estate: i32,
}

impl Place {
    /// The id of the place of `level` this one is in (or is), if it is that deep.
    pub fn id_at(&self, level: Level) -> Option<i32> {
        match level {
            Level::Unit => self.unit,
            Level::Stair => self.stair,
            Level::Building => self.building,
            Level::Estate => Some(self.estate),
        }
    }

    /// The common areas of `level` around a flat (or the flat itself).
    pub fn around(home: &UnitPlace, level: Level) -> Place {
        Place {
            level,
            unit: (level == Level::Unit).then_some(home.unit_id),
            stair: matches!(level, Level::Unit | Level::Stair).then_some(home.stair_id),
            building: (level != Level::Estate).then_some(home.building_id),
            estate: home.estate_id,
        }
    }
}

/// A person with the places their roles cover, loaded once per request.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Actor {
    pub user_id: i32,
    pub admin: bool,
    pub homes: Vec<UnitPlace>,
    /// Stairs a delegate looks after, with the building each is in.
    pub delegate_stairs: Vec<(i32, i32)>,
    pub delegate_buildings: Vec<i32>,
    pub operator_estates: Vec<i32>,
    /// The estates the stairs and buildings a delegate looks after are in.
    pub delegate_estates: Vec<i32>,
    /// Organisations whose technician or manager this person is.
    pub staff_of: Vec<i32>,
    /// Organisations whose maintenance this person manages.
    pub manager_of: Vec<i32>,
    /// Organisations whose rent office this person works in.
    pub rent_office_of: Vec<i32>,
}

impl Actor {
    /// What the roles alone say, without looking anything up: enough for the installation's
    /// actions, not for places, which need [`Actor::load`] (fewer facts only ever mean fewer
    /// rights).
    pub fn of(user_id: i32, grants: &[Grant]) -> Actor {
        let scopes =
            |role: Role| -> Vec<i32> { grants.iter().filter_map(|g| g.scope_of(role)).collect() };
        Actor {
            user_id,
            admin: grants.iter().any(|g| g.role == Role::Admin),
            homes: vec![],
            delegate_stairs: vec![],
            delegate_estates: vec![],
            delegate_buildings: scopes(Role::BuildingDelegate),
            operator_estates: scopes(Role::Operator),
            staff_of: [scopes(Role::Technician), scopes(Role::Manager)].concat(),
            manager_of: scopes(Role::Manager),
            rent_office_of: scopes(Role::RentOfficer),
        }
    }

    pub fn load(conn: &mut DbConnection, user_id: i32, grants: &[Grant]) -> QueryResult<Actor> {
        use crate::core::schema::{buildings, stairs};
        let homes = grants
            .iter()
            .filter_map(|g| g.scope_of(Role::Tenant))
            .map(|unit| crate::places::unit_place(conn, unit))
            .collect::<QueryResult<Vec<_>>>()?;
        let delegate_stair_ids: Vec<i32> = grants
            .iter()
            .filter_map(|g| g.scope_of(Role::StairDelegate))
            .collect();
        let roles = Actor::of(user_id, grants);
        let delegated: Vec<(i32, i32, i32)> = if delegate_stair_ids.is_empty() {
            vec![]
        } else {
            stairs::table
                .inner_join(buildings::table)
                .filter(any_of(stairs::id, &delegate_stair_ids))
                .select((stairs::id, stairs::building_id, buildings::estate_id))
                .load(conn)?
        };
        let mut delegate_estates: Vec<i32> = if roles.delegate_buildings.is_empty() {
            vec![]
        } else {
            buildings::table
                .filter(any_of(buildings::id, &roles.delegate_buildings))
                .select(buildings::estate_id)
                .load(conn)?
        };
        delegate_estates.extend(delegated.iter().map(|d| d.2));
        delegate_estates.sort_unstable();
        delegate_estates.dedup();
        Ok(Actor {
            homes,
            delegate_stairs: delegated.iter().map(|d| (d.0, d.1)).collect(),
            delegate_estates,
            ..roles
        })
    }

    /// Where this person lives: their flats, and the common areas of their stairs, buildings
    /// and estates.
    pub fn lives_in(&self) -> Reach {
        let homes = |pick: fn(&UnitPlace) -> i32| self.homes.iter().map(pick).collect();
        Reach::new(vec![
            Clause::at(Level::Unit, homes(|h| h.unit_id)),
            Clause::at(Level::Stair, homes(|h| h.stair_id)),
            Clause::at(Level::Building, homes(|h| h.building_id)),
            Clause::at(Level::Estate, homes(|h| h.estate_id)),
        ])
    }

    /// The common areas this person looks after as a delegate: a stair delegate their stair
    /// and its building's common areas; a building delegate the building and all its stairs.
    pub fn delegate_for(&self) -> Reach {
        let stairs = self.delegate_stairs.iter().map(|(s, _)| *s).collect();
        let stair_buildings = self.delegate_stairs.iter().map(|(_, b)| *b);
        Reach::new(vec![
            Clause::at(Level::Stair, stairs),
            Clause {
                level: Some(Level::Stair),
                within: Level::Building,
                ids: self.delegate_buildings.clone(),
            },
            Clause::at(
                Level::Building,
                self.delegate_buildings
                    .iter()
                    .copied()
                    .chain(stair_buildings)
                    .collect(),
            ),
        ])
    }

    /// The common areas this person is a resident of, as neighbours see it: where they live
    /// (not inside other flats) and what they look after.
    pub fn neighbour_of(&self) -> Reach {
        self.lives_in()
            .except_level(Level::Unit)
            .union(self.delegate_for())
    }

    /// Everything in the estates whose desk this person staffs.
    pub fn desk_of(&self) -> Reach {
        Reach::new(vec![Clause::within(
            Level::Estate,
            self.operator_estates.clone(),
        )])
    }

    /// Works for this organisation (as a technician or manager).
    pub fn staff_of(&self, organisation: i32) -> bool {
        self.staff_of.contains(&organisation)
    }

    /// Everything in the buildings the organisations one works for own, and the common areas
    /// of the estates those are in: the places their staff serve. Loaded on demand, as a large
    /// landlord owns thousands of buildings.
    pub fn owner_staff_of(&self, conn: &mut DbConnection) -> QueryResult<Reach> {
        use crate::core::schema::buildings;
        if self.staff_of.is_empty() {
            return Ok(Reach::default());
        }
        let owned: Vec<(i32, i32)> = buildings::table
            .filter(any_of(buildings::owner_id, &self.staff_of))
            .select((buildings::id, buildings::estate_id))
            .load(conn)?;
        Ok(Reach::new(vec![
            Clause::within(Level::Building, owned.iter().map(|b| b.0).collect()),
            Clause::at(Level::Estate, owned.iter().map(|b| b.1).collect()),
        ]))
    }

    /// Answers for work routed to `organisation`, or to the estate's desk when there is none.
    pub fn answers_for(&self, organisation: Option<i32>, estate: i32) -> bool {
        match organisation {
            Some(org) => self.staff_of(org),
            None => self.operator_estates.contains(&estate),
        }
    }
}

/// What staff and the desk choose a place from: the estates they serve and the buildings of
/// the one asked for (`first`: else of the first one). Nothing for those who serve nowhere.
pub struct Picker {
    pub estates: Vec<crate::places::Named>,
    pub estate: Option<i32>,
    pub buildings: Vec<crate::places::Named>,
}

impl Picker {
    pub fn load(
        conn: &mut DbConnection,
        actor: &Actor,
        asked: Option<i32>,
        first: bool,
    ) -> QueryResult<Picker> {
        let serves =
            actor.admin || !actor.staff_of.is_empty() || !actor.operator_estates.is_empty();
        if !serves {
            return Ok(Picker {
                estates: vec![],
                estate: asked,
                buildings: vec![],
            });
        }
        let estates =
            crate::places::estates_served(conn, &actor.staff_of, &actor.operator_estates)?;
        let estate = asked.or_else(|| estates.first().filter(|_| first).map(|e| e.id));
        let buildings = match estate {
            Some(estate) => crate::places::buildings_of(conn, estate)?,
            None => vec![],
        };
        Ok(Picker {
            estates,
            estate,
            buildings,
        })
    }
}

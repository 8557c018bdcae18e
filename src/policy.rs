//! Authorization in one place: may this person do this action on this object?
//! Handlers ask [`authorize`]; refusals look like "not found", so nothing leaks. The list
//! filter for reports ([`crate::reports::queries`]) is checked against these rules by tests.

use diesel::prelude::*;

use crate::auth::CurrentUser;
use crate::db::DbConnection;
use crate::error::{AppError, AppResult};
use crate::people::Role;
use crate::places::UnitPlace;
use crate::reports::lifecycle::{may_move, Mover};
use crate::reports::{Location, Status};

#[derive(Debug, Clone, Copy)]
pub enum Action<'a> {
    /// Change the language, e-mail or password of an account.
    EditProfile {
        user_id: i32,
    },
    /// Register a tenant of this unit and print their activation letter (the desk's job).
    RegisterTenant(&'a UnitPlace),
    /// See the team and buildings of an organisation.
    ViewOrganisation {
        organisation_id: i32,
    },
    /// See the whole installation's figures.
    ViewInstallation,
    /// Name, prioritise and route the categories of fault.
    EditCategories,
    /// Set an organisation's service levels and response templates, see its team's workload.
    ManageOrganisation {
        organisation_id: i32,
    },
    /// Work the queue of one's organisation.
    WorkQueue,
    /// Set priority, assign, schedule visits: the work on an open report one answers for.
    Triage(&'a ReportScope),
    /// File a report at this place (for oneself, or at the desk for a tenant).
    FileReport(&'a Place),
    ViewReport(&'a ReportScope),
    MoveReport {
        report: &'a ReportScope,
        to: Status,
    },
    Comment {
        report: &'a ReportScope,
        public: bool,
    },
    /// "Me too" on a neighbour's common-area report.
    MeToo(&'a ReportScope),
}

/// A place a report can be about. For a flat, `unit_id` is set; for common areas, the
/// stair, building or estate it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub location: Location,
    pub unit_id: Option<i32>,
    pub stair_id: Option<i32>,
    pub building_id: Option<i32>,
    pub estate_id: i32,
    /// The tenant the report is for (the filer, or whom the desk files for).
    pub for_user: i32,
}

/// What the rules need to know about one report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportScope {
    pub location: Location,
    pub unit_id: Option<i32>,
    pub stair_id: Option<i32>,
    pub building_id: Option<i32>,
    pub estate_id: i32,
    /// `None`: the estate's desk answers.
    pub organisation_id: Option<i32>,
    pub private: bool,
    pub filed_by: i32,
    pub filed_for: i32,
    pub status: Status,
}

/// A person with the places their roles cover, loaded once per request for the report rules.
#[derive(Debug, Clone, Default)]
pub struct Actor {
    pub user_id: i32,
    pub admin: bool,
    pub homes: Vec<UnitPlace>,
    /// Stairs a delegate looks after, with the building each is in.
    pub delegate_stairs: Vec<(i32, i32)>,
    pub delegate_buildings: Vec<i32>,
    pub operator_estates: Vec<i32>,
    /// Organisations whose technician or manager this person is.
    pub staff_of: Vec<i32>,
    /// Organisations whose maintenance this person manages.
    pub manager_of: Vec<i32>,
}

impl Actor {
    /// What the roles alone say, without looking anything up: enough for every action but
    /// those about reports, which need [`Actor::load`] (fewer facts only ever mean fewer rights).
    pub fn of(user: &CurrentUser) -> Actor {
        Actor {
            user_id: user.id,
            admin: user.has(Role::Admin),
            homes: vec![],
            delegate_stairs: vec![],
            delegate_buildings: user.scopes(Role::BuildingDelegate).collect(),
            operator_estates: user.scopes(Role::Operator).collect(),
            staff_of: user
                .scopes(Role::Technician)
                .chain(user.scopes(Role::Manager))
                .collect(),
            manager_of: user.scopes(Role::Manager).collect(),
        }
    }

    pub fn load(conn: &mut DbConnection, user: &CurrentUser) -> AppResult<Actor> {
        use crate::schema::stairs;
        let homes = user
            .scopes(Role::Tenant)
            .map(|unit| crate::places::unit_place(conn, unit))
            .collect::<QueryResult<Vec<_>>>()?;
        let delegate_stair_ids: Vec<i32> = user.scopes(Role::StairDelegate).collect();
        let delegate_stairs = stairs::table
            .filter(stairs::id.eq_any(&delegate_stair_ids))
            .select((stairs::id, stairs::building_id))
            .load(conn)?;
        Ok(Actor {
            homes,
            delegate_stairs,
            ..Actor::of(user)
        })
    }

    fn lives_in_unit(&self, unit: Option<i32>) -> bool {
        unit.is_some() && self.homes.iter().any(|h| Some(h.unit_id) == unit)
    }

    /// Looks after this common area as a delegate.
    fn delegate_for(&self, location: Location, stair: Option<i32>, building: Option<i32>) -> bool {
        match location {
            Location::Stair => {
                self.delegate_stairs.iter().any(|(s, _)| Some(*s) == stair)
                    || self.delegate_buildings.iter().any(|b| Some(*b) == building)
            }
            Location::Building => {
                self.delegate_buildings.iter().any(|b| Some(*b) == building)
                    || self
                        .delegate_stairs
                        .iter()
                        .any(|(_, b)| Some(*b) == building)
            }
            Location::Unit | Location::Estate => false,
        }
    }

    /// Lives where this common area is (or looks after it).
    fn resident_of(
        &self,
        location: Location,
        stair: Option<i32>,
        building: Option<i32>,
        estate: i32,
    ) -> bool {
        let lives = self.homes.iter().any(|h| match location {
            Location::Unit => false,
            Location::Stair => Some(h.stair_id) == stair,
            Location::Building => Some(h.building_id) == building,
            Location::Estate => h.estate_id == estate,
        });
        lives || self.delegate_for(location, stair, building)
    }

    fn answers_for(&self, report: &ReportScope) -> bool {
        match report.organisation_id {
            Some(org) => self.staff_of.contains(&org),
            None => self.operator_estates.contains(&report.estate_id),
        }
    }

    /// The roles in which this person may move `report`.
    fn movers(&self, report: &ReportScope) -> Vec<Mover> {
        let mut movers = vec![];
        if self.answers_for(report) {
            movers.push(Mover::Staff);
        }
        if !report.private
            && self.delegate_for(report.location, report.stair_id, report.building_id)
        {
            movers.push(Mover::Delegate);
        }
        if report.filed_for == self.user_id {
            movers.push(Mover::Reporter);
        }
        movers
    }
}

/// The one question every handler asks.
pub fn allows(actor: &Actor, action: Action) -> bool {
    match action {
        Action::EditProfile { user_id } => actor.user_id == user_id,
        Action::RegisterTenant(place) => {
            actor.admin || actor.operator_estates.contains(&place.estate_id)
        }
        Action::ViewOrganisation { organisation_id } => {
            actor.admin || actor.staff_of.contains(&organisation_id)
        }
        Action::ViewInstallation => actor.admin,
        Action::EditCategories => actor.admin || !actor.manager_of.is_empty(),
        Action::ManageOrganisation { organisation_id } => {
            actor.admin || actor.manager_of.contains(&organisation_id)
        }
        Action::WorkQueue => !actor.staff_of.is_empty(),
        Action::Triage(report) => actor.answers_for(report) && report.status.is_open(),
        Action::FileReport(place) => {
            let own = place.for_user == actor.user_id
                && actor.homes.iter().any(|h| match place.location {
                    Location::Unit => Some(h.unit_id) == place.unit_id,
                    Location::Stair => Some(h.stair_id) == place.stair_id,
                    Location::Building => Some(h.building_id) == place.building_id,
                    Location::Estate => h.estate_id == place.estate_id,
                });
            let delegate = place.for_user == actor.user_id
                && actor.delegate_for(place.location, place.stair_id, place.building_id);
            let desk = place.for_user != actor.user_id
                && actor.operator_estates.contains(&place.estate_id);
            own || delegate || desk
        }
        Action::ViewReport(report) => {
            actor.admin
                || report.filed_for == actor.user_id
                || report.filed_by == actor.user_id
                || actor.answers_for(report)
                || actor.operator_estates.contains(&report.estate_id)
                || match report.location {
                    Location::Unit => !report.private && actor.lives_in_unit(report.unit_id),
                    common => {
                        !report.private
                            && actor.resident_of(
                                common,
                                report.stair_id,
                                report.building_id,
                                report.estate_id,
                            )
                    }
                }
        }
        Action::MoveReport { report, to } => actor
            .movers(report)
            .into_iter()
            .any(|mover| may_move(mover, report.status, to)),
        Action::Comment { report, public } => {
            let staff =
                actor.answers_for(report) || actor.operator_estates.contains(&report.estate_id);
            if public {
                staff
                    || report.filed_for == actor.user_id
                    || actor.movers(report).contains(&Mover::Delegate)
            } else {
                staff
            }
        }
        Action::MeToo(report) => {
            report.location != Location::Unit
                && !report.private
                && report.status.is_open()
                && report.filed_for != actor.user_id
                && actor.resident_of(
                    report.location,
                    report.stair_id,
                    report.building_id,
                    report.estate_id,
                )
        }
    }
}

type ReportFilter = Box<
    dyn BoxableExpression<
        crate::schema::reports::table,
        crate::db::MultiBackend,
        SqlType = diesel::sql_types::Bool,
    >,
>;

/// The reports `actor` may see, as a query filter (`None`: everything). It says in SQL what
/// `Action::ViewReport` says in Rust; a test checks the two agree on every demo report.
pub fn visible_reports(actor: &Actor) -> Option<ReportFilter> {
    use crate::schema::reports as r;
    if actor.admin {
        return None;
    }
    let unique = |mut ids: Vec<i32>| {
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    let units = unique(actor.homes.iter().map(|h| h.unit_id).collect());
    let stairs = unique(
        actor
            .homes
            .iter()
            .map(|h| h.stair_id)
            .chain(actor.delegate_stairs.iter().map(|(s, _)| *s))
            .collect(),
    );
    let stair_buildings = unique(actor.delegate_buildings.clone());
    let buildings = unique(
        actor
            .homes
            .iter()
            .map(|h| h.building_id)
            .chain(actor.delegate_buildings.iter().copied())
            .chain(actor.delegate_stairs.iter().map(|(_, b)| *b))
            .collect(),
    );
    let estates = unique(actor.homes.iter().map(|h| h.estate_id).collect());
    let public = r::private.eq(false);
    let mine: ReportFilter = Box::new(
        r::filed_for
            .eq(actor.user_id)
            .or(r::filed_by.eq(actor.user_id))
            .or(r::organisation_id
                .assume_not_null()
                .eq_any(actor.staff_of.clone()))
            .or(r::estate_id.eq_any(actor.operator_estates.clone())),
    );
    let neighbours: ReportFilter = Box::new(
        public.and(
            (r::location
                .eq(Location::Unit.code())
                .and(r::unit_id.assume_not_null().eq_any(units)))
            .or(r::location.eq(Location::Stair.code()).and(
                r::stair_id
                    .assume_not_null()
                    .eq_any(stairs)
                    .or(r::building_id.assume_not_null().eq_any(stair_buildings)),
            ))
            .or(r::location
                .eq(Location::Building.code())
                .and(r::building_id.assume_not_null().eq_any(buildings)))
            .or(r::location
                .eq(Location::Estate.code())
                .and(r::estate_id.eq_any(estates))),
        ),
    );
    Some(Box::new(mine.or(neighbours)))
}

/// Refusals look like "not found", so nothing leaks.
pub fn authorize(actor: &Actor, action: Action) -> AppResult<()> {
    if allows(actor, action) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const UNIT: i32 = 1;
    const STAIR: i32 = 10;
    const BUILDING: i32 = 100;
    const ESTATE: i32 = 1000;
    const OWNER: i32 = 7;
    const OTHER: i32 = 99_999;
    /// The tenant in the fixture; every other holder has an id of their own.
    const TENANT_ID: i32 = 42;
    const NEIGHBOUR_ID: i32 = 77;

    fn home(estate_id: i32) -> UnitPlace {
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
    fn holder(role: Role) -> Actor {
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
            Role::StairDelegate => actor.delegate_stairs = vec![(STAIR, BUILDING)],
            Role::BuildingDelegate => actor.delegate_buildings = vec![BUILDING],
            Role::Operator => actor.operator_estates = vec![ESTATE],
            Role::Technician => actor.staff_of = vec![OWNER],
            Role::Manager => {
                actor.staff_of = vec![OWNER];
                actor.manager_of = vec![OWNER];
            }
            Role::Admin => actor.admin = true,
        }
        actor
    }

    fn report(location: Location, filed_for: i32) -> ReportScope {
        ReportScope {
            location,
            unit_id: (location == Location::Unit).then_some(UNIT),
            stair_id: matches!(location, Location::Unit | Location::Stair).then_some(STAIR),
            building_id: (location != Location::Estate).then_some(BUILDING),
            estate_id: ESTATE,
            organisation_id: Some(OWNER),
            private: false,
            filed_by: filed_for,
            filed_for,
            status: Status::Received,
        }
    }

    /// Each case names an action on a fixture object; the object may depend on who asks.
    fn check(case: &str, actor: &Actor) -> bool {
        let mine = report(Location::Unit, TENANT_ID);
        let neighbours_flat = ReportScope {
            unit_id: Some(2),
            ..report(Location::Unit, NEIGHBOUR_ID)
        };
        let stair = report(Location::Stair, NEIGHBOUR_ID);
        let other_building = ReportScope {
            stair_id: Some(11),
            building_id: Some(101),
            ..stair.clone()
        };
        let private = ReportScope {
            private: true,
            organisation_id: None,
            ..stair.clone()
        };
        let other_org = ReportScope {
            organisation_id: Some(OTHER),
            ..stair.clone()
        };
        let resolved_mine = ReportScope {
            status: Status::Resolved,
            ..mine.clone()
        };
        let estate = report(Location::Estate, NEIGHBOUR_ID);
        let place = |location: Location, for_user: i32| Place {
            location,
            unit_id: (location == Location::Unit).then_some(UNIT),
            stair_id: matches!(location, Location::Unit | Location::Stair).then_some(STAIR),
            building_id: (location != Location::Estate).then_some(BUILDING),
            estate_id: ESTATE,
            for_user,
        };
        let here = home(ESTATE);
        let elsewhere = home(OTHER);
        let me = actor.user_id;
        let action = match case {
            "edit own profile" => Action::EditProfile { user_id: me },
            "edit another's profile" => Action::EditProfile { user_id: me + 1 },
            "register tenant in my estate" => Action::RegisterTenant(&here),
            "register tenant elsewhere" => Action::RegisterTenant(&elsewhere),
            "view my organisation" => Action::ViewOrganisation {
                organisation_id: OWNER,
            },
            "view another organisation" => Action::ViewOrganisation {
                organisation_id: OTHER,
            },
            "view installation" => Action::ViewInstallation,
            "edit categories" => Action::EditCategories,
            "manage my organisation" => Action::ManageOrganisation {
                organisation_id: OWNER,
            },
            "manage another organisation" => Action::ManageOrganisation {
                organisation_id: OTHER,
            },
            "work the queue" => Action::WorkQueue,
            "triage a stair report" => Action::Triage(&stair),
            "triage a desk report" => Action::Triage(&private),
            "triage another organisation's report" => Action::Triage(&other_org),
            "triage a resolved report" => Action::Triage(&resolved_mine),
            "view my flat's report" => Action::ViewReport(&mine),
            "view a neighbour's flat's report" => Action::ViewReport(&neighbours_flat),
            "view my stair's report" => Action::ViewReport(&stair),
            "view another building's report" => Action::ViewReport(&other_building),
            "view a private desk report" => Action::ViewReport(&private),
            "view a report of another organisation" => Action::ViewReport(&other_org),
            "view an estate report" => Action::ViewReport(&estate),
            "acknowledge a stair report" => Action::MoveReport {
                report: &stair,
                to: Status::Acknowledged,
            },
            "acknowledge a desk report" => Action::MoveReport {
                report: &private,
                to: Status::Acknowledged,
            },
            "acknowledge another organisation's report" => Action::MoveReport {
                report: &other_org,
                to: Status::Acknowledged,
            },
            "mark handled by residents" => Action::MoveReport {
                report: &stair,
                to: Status::HandledByResidents,
            },
            "mark duplicate" => Action::MoveReport {
                report: &stair,
                to: Status::Duplicate,
            },
            "confirm my resolved report" => Action::MoveReport {
                report: &resolved_mine,
                to: Status::Closed,
            },
            "comment in public on a stair report" => Action::Comment {
                report: &stair,
                public: true,
            },
            "write an internal note" => Action::Comment {
                report: &stair,
                public: false,
            },
            "comment on my own report" => Action::Comment {
                report: &mine,
                public: true,
            },
            "me too on a stair report" => Action::MeToo(&stair),
            "me too on a neighbour's flat" => Action::MeToo(&neighbours_flat),
            "file for my flat" => {
                return allows(actor, Action::FileReport(&place(Location::Unit, me)))
            }
            "file for my stair" => {
                return allows(actor, Action::FileReport(&place(Location::Stair, me)))
            }
            "file for my building" => {
                return allows(actor, Action::FileReport(&place(Location::Building, me)))
            }
            "file at the desk for a tenant" => {
                return allows(
                    actor,
                    Action::FileReport(&place(Location::Unit, NEIGHBOUR_ID)),
                )
            }
            other => panic!("unknown case {other}"),
        };
        allows(actor, action)
    }

    /// Every role against every action. Columns: tenant, stair delegate, building delegate,
    /// operator, technician, manager, admin.
    #[test]
    fn matrix() {
        const Y: bool = true;
        const N: bool = false;
        let cases: &[(&str, [bool; 7])] = &[
            ("edit own profile", [Y, Y, Y, Y, Y, Y, Y]),
            ("edit another's profile", [N, N, N, N, N, N, N]),
            ("register tenant in my estate", [N, N, N, Y, N, N, Y]),
            ("register tenant elsewhere", [N, N, N, N, N, N, Y]),
            ("view my organisation", [N, N, N, N, Y, Y, Y]),
            ("view another organisation", [N, N, N, N, N, N, Y]),
            ("view installation", [N, N, N, N, N, N, Y]),
            ("edit categories", [N, N, N, N, N, Y, Y]),
            ("manage my organisation", [N, N, N, N, N, Y, Y]),
            ("manage another organisation", [N, N, N, N, N, N, Y]),
            ("work the queue", [N, N, N, N, Y, Y, N]),
            ("triage a stair report", [N, N, N, N, Y, Y, N]),
            ("triage a desk report", [N, N, N, Y, N, N, N]),
            (
                "triage another organisation's report",
                [N, N, N, N, N, N, N],
            ),
            ("triage a resolved report", [N, N, N, N, N, N, N]),
            ("view my flat's report", [Y, N, N, Y, Y, Y, Y]),
            ("view a neighbour's flat's report", [N, N, N, Y, Y, Y, Y]),
            ("view my stair's report", [Y, Y, Y, Y, Y, Y, Y]),
            ("view another building's report", [N, N, N, Y, Y, Y, Y]),
            ("view a private desk report", [N, N, N, Y, N, N, Y]),
            (
                "view a report of another organisation",
                [Y, Y, Y, Y, N, N, Y],
            ),
            ("view an estate report", [Y, N, N, Y, Y, Y, Y]),
            ("acknowledge a stair report", [N, N, N, N, Y, Y, N]),
            ("acknowledge a desk report", [N, N, N, Y, N, N, N]),
            (
                "acknowledge another organisation's report",
                [N, N, N, N, N, N, N],
            ),
            ("mark handled by residents", [N, Y, Y, N, N, N, N]),
            ("mark duplicate", [N, Y, Y, N, Y, Y, N]),
            ("confirm my resolved report", [Y, N, N, N, N, N, N]),
            ("comment in public on a stair report", [N, Y, Y, Y, Y, Y, N]),
            ("write an internal note", [N, N, N, Y, Y, Y, N]),
            ("comment on my own report", [Y, N, N, Y, Y, Y, N]),
            ("me too on a stair report", [Y, Y, Y, N, N, N, N]),
            ("me too on a neighbour's flat", [N, N, N, N, N, N, N]),
            ("file for my flat", [Y, N, N, N, N, N, N]),
            ("file for my stair", [Y, Y, Y, N, N, N, N]),
            ("file for my building", [Y, Y, Y, N, N, N, N]),
            ("file at the desk for a tenant", [N, N, N, Y, N, N, N]),
        ];
        for (case, expected) in cases {
            for (role, allowed) in Role::ALL.iter().zip(expected) {
                assert_eq!(
                    check(case, &holder(*role)),
                    *allowed,
                    "{} / {case}",
                    role.code()
                );
            }
        }
    }

    #[test]
    fn refusals_look_like_not_found() {
        let err = authorize(&holder(Role::Tenant), Action::ViewInstallation).unwrap_err();
        assert!(matches!(err, AppError::NotFound));
    }
}

//! The welcome kit of an estate, with additions for single buildings: useful numbers and
//! opening hours, the shared rules for living together, neighbourhood services, waste
//! collection, the history of the place. Written with tenants: the desk edits it, delegates
//! propose changes the desk approves; every version is kept with who and when, in each
//! language, and readers get Italian where their language is missing, marked as such.

pub mod edit;
pub mod handover;
pub mod kit;

use serde::Serialize;

use crate::access::{Actor, Level, Place, Rule};

/// The sections of a kit, in the order they are read.
pub const TOPICS: [&str; 5] = ["numbers", "rules", "services", "waste", "history"];

pub const TITLE_MAX: usize = 120;
pub const BODY_MAX: usize = 20_000;

/// What the rules need to know about a section of the kit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SectionPlace {
    pub estate: i32,
    pub building: Option<i32>,
}

impl SectionPlace {
    fn place(self) -> Place {
        Place {
            level: if self.building.is_some() {
                Level::Building
            } else {
                Level::Estate
            },
            unit: None,
            stair: None,
            building: self.building,
            estate: self.estate,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub enum KitAction {
    /// Read an estate's kit: whoever lives, looks after or works there.
    Read(SectionPlace),
    /// Change a section at once: the desk.
    Edit(SectionPlace),
    /// Propose a change for the desk to approve: the delegates of the estate or building.
    Propose(SectionPlace),
    /// Approve or refuse a proposal.
    Review(SectionPlace),
}

impl Rule for KitAction {
    fn allows(&self, actor: &Actor) -> bool {
        let desk = |at: SectionPlace| actor.admin || actor.desk_of().contains(&at.place());
        match *self {
            KitAction::Read(at) => {
                desk(at)
                    || actor.homes.iter().any(|h| h.estate_id == at.estate)
                    || actor.delegate_estates.contains(&at.estate)
                    || !actor.staff_of.is_empty()
                    || !actor.rent_office_of.is_empty()
            }
            KitAction::Edit(at) | KitAction::Review(at) => desk(at),
            KitAction::Propose(at) => match at.building {
                Some(_) => actor.delegate_for().contains(&at.place()),
                None => actor.delegate_estates.contains(&at.estate),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::allows;
    use crate::access::fixtures::*;

    fn check(case: &str, actor: &Actor) -> bool {
        let estate = |estate| SectionPlace {
            estate,
            building: None,
        };
        let building = |building| SectionPlace {
            estate: ESTATE,
            building: Some(building),
        };
        let on = |action: KitAction| allows(actor, action);
        match case {
            "read my estate's kit" => on(KitAction::Read(estate(ESTATE))),
            "read another estate's kit" => on(KitAction::Read(estate(OTHER))),
            "edit my estate's kit" => on(KitAction::Edit(estate(ESTATE))),
            "edit another estate's kit" => on(KitAction::Edit(estate(OTHER))),
            "propose a change to the estate's kit" => on(KitAction::Propose(estate(ESTATE))),
            "propose a change to my building's page" => on(KitAction::Propose(building(BUILDING))),
            "propose a change to another building's page" => {
                on(KitAction::Propose(building(OTHER)))
            }
            "review a proposal" => on(KitAction::Review(estate(ESTATE))),
            other => panic!("unknown case {other}"),
        }
    }

    /// Columns: tenant, stair delegate, building delegate, operator, technician, manager,
    /// rent officer, admin.
    /// The kit holds no personal data: either landlord's staff read any estate's, as tenants
    /// ask them about it.
    #[test]
    fn matrix() {
        const Y: bool = true;
        const N: bool = false;
        let cases: &[(&str, [bool; 8])] = &[
            ("read my estate's kit", [Y, Y, Y, Y, Y, Y, Y, Y]),
            ("read another estate's kit", [N, N, N, N, Y, Y, Y, Y]),
            ("edit my estate's kit", [N, N, N, Y, N, N, N, Y]),
            ("edit another estate's kit", [N, N, N, N, N, N, N, Y]),
            (
                "propose a change to the estate's kit",
                [N, Y, Y, N, N, N, N, N],
            ),
            (
                "propose a change to my building's page",
                [N, Y, Y, N, N, N, N, N],
            ),
            (
                "propose a change to another building's page",
                [N, N, N, N, N, N, N, N],
            ),
            ("review a proposal", [N, N, N, Y, N, N, N, Y]),
        ];
        assert_matrix(cases, check);
    }
}

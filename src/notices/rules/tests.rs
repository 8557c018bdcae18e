//! Every role against every action on notices, on the fixture's places
//! (`access::fixtures`): one stair, its building and estate, their landlord, and elsewhere.

use super::*;
use crate::access::allows;
use crate::access::fixtures::*;

fn new(place: Place, kind: Kind, owner: i32) -> NewNotice {
    NewNotice {
        place,
        kind,
        owner: (place.level != Level::Estate).then_some(owner),
    }
}

fn notice(place: Place, kind: Kind, author_id: i32, state: &str) -> NoticeScope {
    let owner = if place.building == Some(BUILDING) {
        OWNER
    } else {
        OTHER
    };
    NoticeScope {
        place,
        kind,
        author_id,
        state: crate::notices::State::parse(state).expect("a state"),
        owner: (place.level != Level::Estate).then_some(owner),
        estate_owners: if place.level == Level::Estate && place.estate == ESTATE {
            vec![OWNER]
        } else {
            vec![]
        },
    }
}

fn check(case: &str, actor: &Actor) -> bool {
    let me = actor.user_id;
    let stair = place(Level::Stair);
    let building = place(Level::Building);
    let estate = place(Level::Estate);
    let on = |action: NoticeAction| allows(actor, action);
    let post = |place, kind, owner| on(NoticeAction::Post(&new(place, kind, owner)));
    let propose = |place, kind| on(NoticeAction::Propose(&new(place, kind, OWNER)));
    let neighbours = |place, kind| notice(place, kind, NEIGHBOUR_ID, "live");
    let stair_notice = neighbours(stair, Kind::Agency);
    let works = neighbours(building, Kind::Works);
    let pending_offer = notice(stair, Kind::OfferSeek, NEIGHBOUR_ID, "pending");
    // Works on the estate's common areas: the estate has buildings of the fixture's landlord.
    let estate_works = neighbours(estate, Kind::Works);
    let other_stair = Place {
        stair: Some(OTHER),
        ..stair
    };
    match case {
        "post on my stair" => post(stair, Kind::Agency, OWNER),
        "post on my building" => post(building, Kind::Rules, OWNER),
        "post on my estate" => post(estate, Kind::Event, OWNER),
        "post on another building's stair" => post(elsewhere(Level::Stair), Kind::Agency, OTHER),
        "post on another estate" => post(elsewhere(Level::Estate), Kind::Agency, OTHER),
        "post works on my landlord's building" => post(building, Kind::Works, OWNER),
        "post works on another landlord's building" => post(building, Kind::Works, OTHER),
        "post works on the estate" => post(estate, Kind::Works, OWNER),
        "propose an offer on my stair" => propose(stair, Kind::OfferSeek),
        "propose an offer on my building" => propose(building, Kind::OfferSeek),
        "propose an agency notice" => propose(stair, Kind::Agency),
        "view a stair notice" => on(NoticeAction::View(&stair_notice)),
        "view a building notice" => on(NoticeAction::View(&neighbours(building, Kind::Event))),
        "view an estate notice" => on(NoticeAction::View(&neighbours(estate, Kind::Event))),
        "view another building's notice" => on(NoticeAction::View(&neighbours(
            elsewhere(Level::Building),
            Kind::Event,
        ))),
        "view another estate's notice" => on(NoticeAction::View(&neighbours(
            elsewhere(Level::Estate),
            Kind::Event,
        ))),
        "view a pending offer" => on(NoticeAction::View(&pending_offer)),
        "view my own pending offer" => on(NoticeAction::View(&notice(
            stair,
            Kind::OfferSeek,
            me,
            "pending",
        ))),
        "view a removed notice" => on(NoticeAction::View(&notice(
            stair,
            Kind::Agency,
            NEIGHBOUR_ID,
            "removed",
        ))),
        "edit my own notice" => on(NoticeAction::Edit(&notice(stair, Kind::Event, me, "live"))),
        "edit a neighbour's notice" => on(NoticeAction::Edit(&stair_notice)),
        "edit works on my landlord's building" => on(NoticeAction::Edit(&works)),
        "edit works on the estate" => on(NoticeAction::Edit(&estate_works)),
        "move works on the estate on" => on(NoticeAction::Progress(&estate_works)),
        "read works on the estate" => on(NoticeAction::View(&estate_works)),
        "view another stair's works" => {
            on(NoticeAction::View(&neighbours(other_stair, Kind::Works)))
        }
        "edit my removed notice" => on(NoticeAction::Edit(&notice(
            stair,
            Kind::Event,
            me,
            "removed",
        ))),
        "remove a neighbour's stair notice" => on(NoticeAction::Remove(&stair_notice)),
        "remove a building notice" => on(NoticeAction::Remove(&neighbours(building, Kind::Rules))),
        "remove another building's notice" => on(NoticeAction::Remove(&neighbours(
            elsewhere(Level::Stair),
            Kind::Agency,
        ))),
        "approve a pending offer" => on(NoticeAction::Approve(&pending_offer)),
        "approve a live notice" => on(NoticeAction::Approve(&stair_notice)),
        "mark a stair notice seen" => on(NoticeAction::MarkSeen(&stair_notice)),
        "mark a pending offer seen" => on(NoticeAction::MarkSeen(&pending_offer)),
        "count who saw a stair notice" => on(NoticeAction::Readership(&stair_notice)),
        "count who saw my own notice" => on(NoticeAction::Readership(&notice(
            estate,
            Kind::Event,
            me,
            "live",
        ))),
        "list flats that did not see a stair notice" => {
            on(NoticeAction::UnseenFlats(&stair_notice))
        }
        "list flats that did not see a building notice" => on(NoticeAction::UnseenFlats(
            &neighbours(building, Kind::Agency),
        )),
        "move works on" => on(NoticeAction::Progress(&works)),
        "move my event on" => on(NoticeAction::Progress(&notice(
            stair,
            Kind::Event,
            me,
            "live",
        ))),
        "read a notice's history" => on(NoticeAction::History(&stair_notice)),
        "read my building's works board" => {
            on(NoticeAction::ReadBoard(&new(building, Kind::Works, OWNER)))
        }
        "read another building's works board" => on(NoticeAction::ReadBoard(&new(
            elsewhere(Level::Building),
            Kind::Works,
            OTHER,
        ))),
        other => panic!("unknown case {other}"),
    }
}

/// Columns: tenant, stair delegate, building delegate, operator, technician, manager,
/// rent officer, admin.
#[test]
fn matrix() {
    const Y: bool = true;
    const N: bool = false;
    let cases: &[(&str, [bool; 8])] = &[
        ("post on my stair", [N, Y, Y, Y, N, N, N, Y]),
        ("post on my building", [N, N, Y, Y, N, N, N, Y]),
        ("post on my estate", [N, N, N, Y, N, N, N, Y]),
        ("post on another building's stair", [N, N, N, Y, N, N, N, Y]),
        ("post on another estate", [N, N, N, N, N, N, N, Y]),
        (
            "post works on my landlord's building",
            [N, N, N, Y, Y, Y, N, Y],
        ),
        (
            "post works on another landlord's building",
            [N, N, N, Y, N, N, N, Y],
        ),
        ("post works on the estate", [N, N, N, Y, N, N, N, Y]),
        ("propose an offer on my stair", [Y, N, N, N, N, N, N, N]),
        ("propose an offer on my building", [N, N, N, N, N, N, N, N]),
        ("propose an agency notice", [N, N, N, N, N, N, N, N]),
        ("view a stair notice", [Y, Y, Y, Y, Y, Y, N, Y]),
        ("view a building notice", [Y, Y, Y, Y, Y, Y, N, Y]),
        ("view an estate notice", [Y, N, N, Y, Y, Y, N, Y]),
        ("view another building's notice", [N, N, N, Y, N, N, N, Y]),
        ("view another estate's notice", [N, N, N, N, N, N, N, Y]),
        ("view a pending offer", [N, Y, Y, Y, N, N, N, Y]),
        ("view my own pending offer", [Y, Y, Y, Y, Y, Y, Y, Y]),
        ("view a removed notice", [N, Y, Y, Y, N, N, N, Y]),
        ("edit my own notice", [Y, Y, Y, Y, Y, Y, Y, Y]),
        ("edit a neighbour's notice", [N, N, N, Y, N, N, N, Y]),
        (
            "edit works on my landlord's building",
            [N, N, N, Y, Y, Y, N, Y],
        ),
        // An estate's common areas have no single landlord: the desk changes its works.
        ("edit works on the estate", [N, N, N, Y, N, N, N, Y]),
        ("move works on the estate on", [N, N, N, Y, N, N, N, Y]),
        ("read works on the estate", [Y, N, N, Y, Y, Y, N, Y]),
        // Another stair of the same building: its own residents and delegates, not ours.
        ("view another stair's works", [N, N, Y, Y, Y, Y, N, Y]),
        ("edit my removed notice", [N, N, N, N, N, N, N, N]),
        (
            "remove a neighbour's stair notice",
            [N, Y, Y, Y, N, N, N, Y],
        ),
        ("remove a building notice", [N, N, Y, Y, N, N, N, Y]),
        ("remove another building's notice", [N, N, N, Y, N, N, N, Y]),
        ("approve a pending offer", [N, Y, Y, Y, N, N, N, Y]),
        ("approve a live notice", [N, N, N, N, N, N, N, N]),
        ("mark a stair notice seen", [Y, N, N, N, N, N, N, N]),
        ("mark a pending offer seen", [N, N, N, N, N, N, N, N]),
        ("count who saw a stair notice", [N, Y, Y, Y, Y, Y, N, Y]),
        ("count who saw my own notice", [Y, Y, Y, Y, Y, Y, Y, Y]),
        (
            "list flats that did not see a stair notice",
            [N, Y, Y, Y, N, N, N, Y],
        ),
        (
            "list flats that did not see a building notice",
            [N, Y, Y, Y, N, N, N, Y],
        ),
        ("move works on", [N, N, N, Y, Y, Y, N, Y]),
        ("move my event on", [N, N, N, N, N, N, N, N]),
        ("read a notice's history", [N, Y, Y, Y, Y, Y, N, Y]),
        ("read my building's works board", [Y, Y, Y, Y, Y, Y, N, Y]),
        (
            "read another building's works board",
            [N, N, N, Y, N, N, N, Y],
        ),
    ];
    assert_matrix(cases, check);
}

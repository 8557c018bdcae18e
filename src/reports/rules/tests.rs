//! Every role against every action, on fixture objects: the installation's actions
//! (`access::Action`) and those on reports.

use super::*;
use crate::access::fixtures::*;
use crate::access::{allows, Action, Level};
use crate::people::Role;

fn report(level: Level, filed_for: i32) -> ReportScope {
    ReportScope {
        place: place(level),
        organisation_id: Some(OWNER),
        private: false,
        filed_by: filed_for,
        filed_for,
        status: Status::Received,
    }
}

/// Each case names an action on a fixture object; the object may depend on who asks.
fn check(case: &str, actor: &Actor) -> bool {
    let mine = report(Level::Unit, TENANT_ID);
    let neighbours_flat = ReportScope {
        place: Place {
            unit: Some(2),
            ..place(Level::Unit)
        },
        ..report(Level::Unit, NEIGHBOUR_ID)
    };
    let stair = report(Level::Stair, NEIGHBOUR_ID);
    let other_building = ReportScope {
        place: Place {
            stair: Some(11),
            building: Some(101),
            ..stair.place
        },
        ..stair
    };
    let private = ReportScope {
        private: true,
        organisation_id: None,
        ..stair
    };
    let other_org = ReportScope {
        organisation_id: Some(OTHER),
        ..stair
    };
    let resolved_mine = ReportScope {
        status: Status::Resolved,
        ..mine
    };
    let estate = report(Level::Estate, NEIGHBOUR_ID);
    let new = |level: Level, for_user: i32| NewReport {
        place: place(level),
        for_user,
    };
    let me = actor.user_id;
    let file = |level, for_user| allows(actor, ReportAction::File(&new(level, for_user)));
    let installation = |action: Action| allows(actor, action);
    let on = |action: ReportAction| allows(actor, action);
    let moving = |report: &ReportScope, to| on(ReportAction::Move { report, to });
    let commenting = |report: &ReportScope, public| on(ReportAction::Comment { report, public });
    match case {
        "edit own profile" => installation(Action::EditProfile { user_id: me }),
        "edit another's profile" => installation(Action::EditProfile { user_id: me + 1 }),
        "register tenant in my estate" => {
            installation(Action::RegisterTenant { estate_id: ESTATE })
        }
        "register tenant elsewhere" => installation(Action::RegisterTenant { estate_id: OTHER }),
        "open the desk's registration form" => installation(Action::OpenDesk),
        "view my organisation" => installation(Action::ViewOrganisation {
            organisation_id: OWNER,
        }),
        "view another organisation" => installation(Action::ViewOrganisation {
            organisation_id: OTHER,
        }),
        "view installation" => installation(Action::ViewInstallation),
        "edit categories" => installation(Action::EditCategories),
        "manage API keys" => installation(Action::ManageApiKeys),
        "manage my organisation" => installation(Action::ManageOrganisation {
            organisation_id: OWNER,
        }),
        "manage another organisation" => installation(Action::ManageOrganisation {
            organisation_id: OTHER,
        }),
        "work a queue" => installation(Action::WorkQueue),
        "see what is not yet translated" => installation(Action::ReviewTranslations),
        "triage a stair report" => on(ReportAction::Triage(&stair)),
        "triage a desk report" => on(ReportAction::Triage(&private)),
        "triage another organisation's report" => on(ReportAction::Triage(&other_org)),
        "triage a resolved report" => on(ReportAction::Triage(&resolved_mine)),
        "view my flat's report" => on(ReportAction::View(&mine)),
        "view a neighbour's flat's report" => on(ReportAction::View(&neighbours_flat)),
        "view my stair's report" => on(ReportAction::View(&stair)),
        "view another building's report" => on(ReportAction::View(&other_building)),
        "view a private desk report" => on(ReportAction::View(&private)),
        "view a report of another organisation" => on(ReportAction::View(&other_org)),
        "view an estate report" => on(ReportAction::View(&estate)),
        "acknowledge a stair report" => moving(&stair, Status::Acknowledged),
        "acknowledge a desk report" => moving(&private, Status::Acknowledged),
        "acknowledge another organisation's report" => moving(&other_org, Status::Acknowledged),
        "mark handled by residents" => moving(&stair, Status::HandledByResidents),
        "mark duplicate" => moving(&stair, Status::Duplicate),
        "confirm my resolved report" => moving(&resolved_mine, Status::Closed),
        "comment in public on a stair report" => commenting(&stair, true),
        "write an internal note" => commenting(&stair, false),
        "comment on my own report" => commenting(&mine, true),
        "me too on a stair report" => on(ReportAction::MeToo(&stair)),
        "me too on a neighbour's flat" => on(ReportAction::MeToo(&neighbours_flat)),
        "give times or move a visit on my open report" => on(ReportAction::Availability(&mine)),
        "give times on my resolved report" => on(ReportAction::Availability(&resolved_mine)),
        "give times on a stair report" => on(ReportAction::Availability(&stair)),
        "file for my flat" => file(Level::Unit, me),
        "file for my stair" => file(Level::Stair, me),
        "file for my building" => file(Level::Building, me),
        "file at the desk for a tenant" => file(Level::Unit, NEIGHBOUR_ID),
        other => panic!("unknown case {other}"),
    }
}

/// Every role against every action. Columns: tenant, stair delegate, building delegate,
/// operator, technician, manager, rent officer, admin.
#[test]
fn matrix() {
    const Y: bool = true;
    const N: bool = false;
    let cases: &[(&str, [bool; 8])] = &[
        ("edit own profile", [Y, Y, Y, Y, Y, Y, Y, Y]),
        ("edit another's profile", [N, N, N, N, N, N, N, N]),
        ("register tenant in my estate", [N, N, N, Y, N, N, N, Y]),
        ("register tenant elsewhere", [N, N, N, N, N, N, N, Y]),
        (
            "open the desk's registration form",
            [N, N, N, Y, N, N, N, Y],
        ),
        ("view my organisation", [N, N, N, N, Y, Y, N, Y]),
        ("view another organisation", [N, N, N, N, N, N, N, Y]),
        ("view installation", [N, N, N, N, N, N, N, Y]),
        ("edit categories", [N, N, N, N, N, N, N, Y]),
        ("manage API keys", [N, N, N, N, N, N, N, Y]),
        ("manage my organisation", [N, N, N, N, N, Y, N, Y]),
        ("manage another organisation", [N, N, N, N, N, N, N, Y]),
        ("work a queue", [N, N, N, Y, Y, Y, N, N]),
        ("see what is not yet translated", [N, N, N, Y, N, N, N, Y]),
        ("triage a stair report", [N, N, N, N, Y, Y, N, N]),
        ("triage a desk report", [N, N, N, Y, N, N, N, N]),
        (
            "triage another organisation's report",
            [N, N, N, N, N, N, N, N],
        ),
        ("triage a resolved report", [N, N, N, N, N, N, N, N]),
        ("view my flat's report", [Y, N, N, Y, Y, Y, N, Y]),
        ("view a neighbour's flat's report", [N, N, N, Y, Y, Y, N, Y]),
        ("view my stair's report", [Y, Y, Y, Y, Y, Y, N, Y]),
        ("view another building's report", [N, N, N, Y, Y, Y, N, Y]),
        ("view a private desk report", [N, N, N, Y, N, N, N, Y]),
        (
            "view a report of another organisation",
            [Y, Y, Y, Y, N, N, N, Y],
        ),
        ("view an estate report", [Y, N, N, Y, Y, Y, N, Y]),
        ("acknowledge a stair report", [N, N, N, N, Y, Y, N, N]),
        ("acknowledge a desk report", [N, N, N, Y, N, N, N, N]),
        (
            "acknowledge another organisation's report",
            [N, N, N, N, N, N, N, N],
        ),
        ("mark handled by residents", [N, Y, Y, N, N, N, N, N]),
        ("mark duplicate", [N, Y, Y, N, Y, Y, N, N]),
        ("confirm my resolved report", [Y, N, N, N, N, N, N, N]),
        (
            "comment in public on a stair report",
            [N, Y, Y, Y, Y, Y, N, N],
        ),
        ("write an internal note", [N, N, N, Y, Y, Y, N, N]),
        ("comment on my own report", [Y, N, N, Y, Y, Y, N, N]),
        ("me too on a stair report", [Y, Y, Y, N, N, N, N, N]),
        ("me too on a neighbour's flat", [N, N, N, N, N, N, N, N]),
        (
            "give times or move a visit on my open report",
            [Y, N, N, N, N, N, N, N],
        ),
        ("give times on my resolved report", [N, N, N, N, N, N, N, N]),
        ("give times on a stair report", [N, N, N, N, N, N, N, N]),
        ("file for my flat", [Y, N, N, N, N, N, N, N]),
        ("file for my stair", [Y, Y, Y, N, N, N, N, N]),
        ("file for my building", [Y, Y, Y, N, N, N, N, N]),
        ("file at the desk for a tenant", [N, N, N, Y, N, N, N, N]),
    ];
    assert_matrix(cases, check);
}

#[test]
fn refusals_look_like_not_found() {
    let err =
        crate::access::authorize(&holder(Role::Tenant), Action::ViewInstallation).unwrap_err();
    assert!(matches!(err, crate::core::error::AppError::NotFound));
}

/// A move one may make, refused only because the report is no longer where it was, is a
/// conflict (look again); a move one may never make stays "not found".
#[test]
fn a_move_refused_by_the_state_alone_is_a_conflict() {
    use crate::core::error::AppError;
    let technician = holder(Role::Technician);
    let tenant = holder(Role::Tenant);
    let stair = report(Level::Stair, NEIGHBOUR_ID);
    let acknowledged = ReportScope {
        status: Status::Acknowledged,
        ..stair
    };
    let mine_closed = ReportScope {
        status: Status::Closed,
        ..report(Level::Unit, TENANT_ID)
    };
    assert!(authorize_move(&technician, &stair, Status::Acknowledged).is_ok());
    let again = authorize_move(&technician, &acknowledged, Status::Acknowledged);
    assert!(matches!(again, Err(AppError::Conflict(_))), "{again:?}");
    let reopen = authorize_move(&tenant, &mine_closed, Status::Received);
    assert!(matches!(reopen, Err(AppError::Conflict(_))), "{reopen:?}");
    let never = authorize_move(&technician, &acknowledged, Status::Closed);
    assert!(matches!(never, Err(AppError::NotFound)), "{never:?}");
    let not_theirs = authorize_move(&tenant, &stair, Status::Acknowledged);
    assert!(
        matches!(not_theirs, Err(AppError::NotFound)),
        "{not_theirs:?}"
    );
}

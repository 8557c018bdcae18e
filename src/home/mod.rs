//! `/`, the first page after signing in: a section for each role one holds — a tenant's flat
//! and reports, a delegate's stair, a desk's estate and open work, an organisation's queue and
//! buildings (and a manager's team), an admin's installation — with the inbox on top.

use serde::Serialize;

pub mod feeds;
pub mod translations;

use crate::access::Actor;
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::i18n::Locale;
use crate::notices::board::NoticeHeadline;
use crate::notices::cards::CardView;
use crate::notices::listing;
use crate::notifications::channels::sms_budget::{self, SmsToday};
use crate::notifications::inbox::{self, InboxItem};
use crate::people::{self, Grant, Role};
use crate::places::{self, NamedPlace, Organisation, OwnedBuilding, Totals, UnitPlace};
use crate::reports::queries::{self, Filter};
use crate::reports::views::{self, Summary};

#[derive(Debug, Clone, Serialize)]
pub struct Delegation {
    pub stair: Option<NamedPlace>,
    pub building: Option<NamedPlace>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OrganisationSection {
    pub organisation: Organisation,
    pub manager: bool,
    pub buildings: Vec<OwnedBuilding>,
    /// A manager's technicians.
    pub team: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Home {
    pub homes: Vec<UnitPlace>,
    pub delegations: Vec<Delegation>,
    pub desks: Vec<NamedPlace>,
    pub organisations: Vec<OrganisationSection>,
    /// The landlords whose rent office this person works in.
    pub rent_offices: Vec<crate::places::Organisation>,
    /// May open a household's rent account by its flat's code (the desk, rent offices).
    pub opens_rent_accounts: bool,
    pub totals: Option<Totals>,
    /// What SMS cost today (admins).
    pub sms_today: Option<SmsToday>,
    pub my_reports: Vec<Summary>,
    /// Open reports of one's organisation or desk, soonest due first.
    pub queue: Vec<Summary>,
    pub inbox: Vec<InboxItem>,
    pub can_file: bool,
    /// The first notices of one's boards, urgent and pinned first.
    pub notices: Vec<NoticeHeadline>,
}

/// How many of the board's notices the home page lists.
const NOTICES: usize = 5;

/// The home page of `actor`; `headlines` shows the first page of their board (and may keep it).
pub fn load<V>(
    conn: &mut DbConnection,
    actor: &Actor,
    grants: &[Grant],
    locale: Locale,
    sms_cap: Option<u32>,
    headlines: &V,
) -> AppResult<Home>
where
    V: CardView<List = std::sync::Arc<[NoticeHeadline]>>,
{
    let mut home = Home {
        homes: actor.homes.clone(),
        delegations: vec![],
        desks: vec![],
        organisations: vec![],
        rent_offices: vec![],
        opens_rent_accounts: !actor.operator_estates.is_empty() || !actor.rent_office_of.is_empty(),
        totals: None,
        sms_today: None,
        my_reports: vec![],
        queue: vec![],
        inbox: inbox::latest(conn, actor.user_id, locale, 5)?,
        can_file: views::can_file(actor),
        notices: vec![],
    };
    if !actor.homes.is_empty() {
        let board = listing::latest(conn, actor, locale, headlines)?;
        home.notices = board.iter().take(NOTICES).cloned().collect();
    }
    for grant in grants {
        match (grant.role, grant.scope_id) {
            (Role::StairDelegate, Some(stair)) => home.delegations.push(Delegation {
                stair: Some(places::stair(conn, stair)?),
                building: None,
            }),
            (Role::BuildingDelegate, Some(building)) => home.delegations.push(Delegation {
                stair: None,
                building: Some(places::building(conn, building)?),
            }),
            (Role::Operator, Some(estate)) => home.desks.push(places::estate(conn, estate)?),
            (role @ (Role::Technician | Role::Manager), Some(org)) => {
                let manager = role == Role::Manager;
                let team = if manager {
                    people::holders_of(conn, Role::Technician, org)?
                        .into_iter()
                        .map(|p| p.name)
                        .collect()
                } else {
                    vec![]
                };
                home.organisations.push(OrganisationSection {
                    organisation: places::organisation(conn, org)?,
                    manager,
                    buildings: places::buildings_owned_by(conn, org)?,
                    team,
                });
            }
            (Role::RentOfficer, Some(org)) => {
                home.rent_offices.push(places::organisation(conn, org)?);
            }
            (Role::Admin, _) => {
                home.totals = Some(places::totals(conn)?);
                home.sms_today = Some(sms_budget::today(conn, sms_cap, locale)?);
            }
            // A tenant's flats come with the actor; a grant without its scope is a data error
            // and shows nothing rather than failing.
            _ => {}
        }
    }
    let mut first = |filter: Filter, take: i64| -> AppResult<Vec<Summary>> {
        let filter = Filter {
            limit: Some(take),
            ..filter
        };
        let rows = queries::list(conn, actor, &filter)?.rows;
        Ok(views::summaries(conn, &rows, locale)?)
    };
    home.my_reports = first(
        Filter {
            mine: true,
            ..Filter::default()
        },
        5,
    )?;
    if !actor.staff_of.is_empty() || !actor.operator_estates.is_empty() {
        home.queue = first(
            Filter {
                open: true,
                ..Filter::default()
            },
            10,
        )?;
    }
    Ok(home)
}

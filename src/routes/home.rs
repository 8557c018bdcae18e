//! `/`: the home page of whoever is signed in, with a section for each role they hold.

use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Value};

use crate::auth::CurrentUser;
use crate::db::DbConnection;
use crate::error::AppResult;
use crate::notifications::inbox;
use crate::people::{self, Grant, Role};
use crate::places;
use crate::policy::Actor;
use crate::reports::queries::{self, Filter};
use crate::reports::views;
use crate::AppState;

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    let current = user.clone();
    let locale = crate::web::locale_of(&req, Some(&user));
    let data = state
        .db
        .run(move |conn| {
            let mut data = sections(conn, &current.grants)?;
            let actor = Actor::load(conn, &current)?;
            let names = views::category_names(conn, locale)?;
            let mut summaries = |filter: Filter, take: usize| -> AppResult<Vec<views::Summary>> {
                let rows = queries::list(conn, &actor, &filter)?;
                Ok(rows
                    .iter()
                    .take(take)
                    .map(|r| views::summary(conn, r, &names, locale))
                    .collect::<diesel::QueryResult<_>>()?)
            };
            data["my_reports"] = json!(summaries(
                Filter {
                    mine: true,
                    ..Filter::default()
                },
                5
            )?);
            if !actor.staff_of.is_empty() || !actor.operator_estates.is_empty() {
                data["queue"] = json!(summaries(
                    Filter {
                        open: true,
                        ..Filter::default()
                    },
                    10
                )?);
            }
            data["inbox"] = json!(inbox::latest(conn, current.id, locale, 5)?);
            data["can_file"] = json!(!actor.homes.is_empty() || !actor.operator_estates.is_empty());
            Ok(data)
        })
        .await?;
    state.templates.page(&req, Some(&user), "pages/home", data)
}

/// What each grant shows: a tenant's home, a delegate's stair, an operator's estate,
/// staff's organisation (and a manager's team), an admin's installation.
fn sections(conn: &mut DbConnection, grants: &[Grant]) -> AppResult<Value> {
    let mut homes = vec![];
    let mut delegations = vec![];
    let mut desks = vec![];
    let mut organisations = vec![];
    let mut totals = None;
    for grant in grants {
        match (grant.role, grant.scope_id) {
            (Role::Tenant, Some(unit)) => homes.push(json!(places::unit_place(conn, unit)?)),
            (Role::StairDelegate, Some(stair)) => {
                delegations.push(json!({"stair": places::stair(conn, stair)?}))
            }
            (Role::BuildingDelegate, Some(building)) => {
                delegations.push(json!({"building": places::building(conn, building)?}))
            }
            (Role::Operator, Some(estate)) => desks.push(json!(places::estate(conn, estate)?)),
            (role @ (Role::Technician | Role::Manager), Some(org)) => {
                let team = if role == Role::Manager {
                    let people = people::holders_of(conn, Role::Technician, org)?;
                    Some(people.into_iter().map(|p| p.name).collect::<Vec<_>>())
                } else {
                    None
                };
                organisations.push(json!({
                    "organisation": places::organisation(conn, org)?,
                    "manager": role == Role::Manager,
                    "buildings": places::buildings_owned_by(conn, org)?,
                    "team": team,
                }));
            }
            (Role::Admin, _) => totals = Some(places::totals(conn)?),
            // A grant without its scope is a data error; it shows nothing rather than failing.
            _ => {}
        }
    }
    Ok(json!({
        "homes": homes,
        "delegations": delegations,
        "desks": desks,
        "organisations": organisations,
        "totals": totals,
    }))
}

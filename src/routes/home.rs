//! `/`: the home page of whoever is signed in, with a section for each role they hold.

use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Value};

use crate::auth::CurrentUser;
use crate::db::DbConnection;
use crate::error::AppResult;
use crate::people::{self, Grant, Role};
use crate::places;
use crate::AppState;

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    let grants = user.grants.clone();
    let sections = state.db.run(move |conn| sections(conn, &grants)).await?;
    state
        .templates
        .page(&req, Some(&user), "pages/home", sections)
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

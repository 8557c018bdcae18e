//! Per stair, the flats the portal reaches by no channel at all — no tenant registered, or
//! none with an e-mail address, a mobile number that takes SMS or a browser subscribed to
//! push — so that when the water goes
//! off the desk and the delegates know which doors to knock on or leave a note at.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use crate::core::db::DbConnection;
use crate::core::schema::{buildings, push_subscriptions, role_grants, stairs, units, users};
use crate::people::Role;

/// One stair: its flats, and those reached only on paper or by knocking.
#[derive(Debug, Clone, Serialize)]
pub struct StairReach {
    pub building: String,
    pub stair: String,
    pub flats: usize,
    /// The flats' numbers, in the stair's order, and how many.
    pub paper_only: Vec<String>,
    pub paper_count: usize,
}

/// The stairs of these estates (every estate for `None`: an admin).
pub fn stairs_of(conn: &mut DbConnection, estates: Option<&[i32]>) -> QueryResult<Vec<StairReach>> {
    let mut flats = units::table
        .inner_join(stairs::table.inner_join(buildings::table))
        .select((
            units::id,
            units::number,
            stairs::id,
            stairs::name,
            buildings::name,
        ))
        .order((buildings::name, stairs::name, units::floor, units::number))
        .into_boxed();
    if let Some(estates) = estates {
        flats = flats.filter(buildings::estate_id.eq_any(estates.to_vec()));
    }
    let flats: Vec<(i32, String, i32, String, String)> = flats.load(conn)?;
    let reached = reached_flats(conn, flats.iter().map(|f| f.0).collect())?;
    let mut by_stair: BTreeMap<i32, StairReach> = BTreeMap::new();
    let mut order = vec![];
    for (unit, number, stair, stair_name, building) in flats {
        let entry = by_stair.entry(stair).or_insert_with(|| {
            order.push(stair);
            StairReach {
                building,
                stair: stair_name,
                flats: 0,
                paper_only: vec![],
                paper_count: 0,
            }
        });
        entry.flats += 1;
        if !reached.contains(&unit) {
            entry.paper_only.push(number);
            entry.paper_count += 1;
        }
    }
    Ok(order
        .into_iter()
        .filter_map(|stair| by_stair.remove(&stair))
        .collect())
}

/// A tenant's flat, e-mail address, when their number was verified and when they said STOP,
/// and whether a browser of theirs takes push.
type TenantReach = (
    Option<i32>,
    Option<String>,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
    bool,
);

/// The flats with a tenant the portal can write to: an e-mail address, a verified mobile
/// number that has not said STOP, or a browser subscribed to push.
fn reached_flats(conn: &mut DbConnection, flats: Vec<i32>) -> QueryResult<BTreeSet<i32>> {
    let now = Utc::now().naive_utc();
    let tenants: Vec<TenantReach> = role_grants::table
        .inner_join(users::table)
        .filter(role_grants::role.eq(Role::Tenant.code()))
        .filter(role_grants::scope_id.eq_any(flats.into_iter().map(Some).collect::<Vec<_>>()))
        .filter(
            role_grants::ends_at
                .is_null()
                .or(role_grants::ends_at.gt(now)),
        )
        .filter(users::anonymised_at.is_null())
        .select((
            role_grants::scope_id,
            users::email,
            users::phone_verified_at,
            users::sms_stopped_at,
            diesel::dsl::exists(
                push_subscriptions::table.filter(push_subscriptions::user_id.eq(users::id)),
            ),
        ))
        .load(conn)?;
    Ok(tenants
        .into_iter()
        .filter(|(_, email, verified, stopped, push)| {
            email.is_some() || (verified.is_some() && stopped.is_none()) || *push
        })
        .filter_map(|(flat, ..)| flat)
        .collect())
}

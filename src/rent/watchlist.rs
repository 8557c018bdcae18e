//! The early-warning list as it is kept: each flat's [`reasons`] worked out when its account
//! changes and once a day, in `rent_watch`, so that reading the list of a landlord with a
//! hundred thousand flats reads one page of rows, oldest trouble first, not every account.
//! At 160 000 flats (16 000 on the list) a page joined to each flat's building took 46 ms
//! (p50, SQLite, `benches/rent.sh`); the rows now carry the flat's landlord and estate.
//!
//! Worked out again: the flats an import touched (after it commits), a flat whose plan was
//! proposed or accepted, and each day the flats the day may have changed — those on the list
//! (their trouble ages, or leaves the six-month window), those with a bill that fell due in
//! the last week, those on an accepted plan (an instalment is missed ten days after its day)
//! and any with an account but no row yet.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};
use diesel::prelude::*;

use super::account::accounts_by_id;
use super::watch::{reasons, Contact, Reason, WatchAction, Watched};
use crate::access::{allows, Actor};
use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult};
use crate::core::prepared::any_of;
use crate::core::schema::{
    buildings, rent_charges, rent_contacts, rent_plans, rent_watch, stairs, units, users,
};
use crate::places;

/// Households on one page of the list.
pub const PAGE: i64 = 50;
/// Flats worked out per transaction.
const CHUNK: usize = 500;

/// Works out again where these flats stand on `today`.
pub fn refresh(conn: &mut DbConnection, flats: &[i32], today: NaiveDate) -> AppResult<usize> {
    for chunk in flats.chunks(CHUNK) {
        let places: HashMap<i32, (i32, i32)> = units::table
            .inner_join(stairs::table.inner_join(buildings::table))
            .filter(any_of(units::id, chunk.to_vec()))
            .select((units::id, (buildings::owner_id, buildings::estate_id)))
            .load::<(i32, (i32, i32))>(conn)?
            .into_iter()
            .collect();
        // One row a flat, written in one statement: a round trip each made the first import of
        // a large landlord's file wait minutes on PostgreSQL.
        let rows: Vec<_> = accounts_by_id(conn, chunk)?
            .iter()
            .filter_map(|account| {
                let (owner, estate) = *places.get(&account.unit_id)?;
                let reasons = reasons(account, today);
                let since = reasons.iter().map(Reason::since).min();
                let json = serde_json::to_string(&reasons).unwrap_or_else(|_| "[]".into());
                Some((
                    rent_watch::unit_id.eq(account.unit_id),
                    rent_watch::owner_id.eq(owner),
                    rent_watch::estate_id.eq(estate),
                    rent_watch::since.eq(since),
                    rent_watch::reasons.eq(json),
                    rent_watch::worked_out_on.eq(today),
                ))
            })
            .collect();
        db::transaction(conn, |conn| {
            diesel::delete(rent_watch::table.filter(any_of(rent_watch::unit_id, chunk.to_vec())))
                .execute(conn)?;
            if !rows.is_empty() {
                db::execute_many(conn, diesel::insert_into(rent_watch::table).values(rows))?;
            }
            Ok::<_, AppError>(())
        })?;
    }
    Ok(flats.len())
}

/// The day's look: works out the flats the day may have changed ([module](self)); how many.
pub fn refresh_due(conn: &mut DbConnection, today: NaiveDate) -> AppResult<usize> {
    let stale = rent_watch::worked_out_on.lt(today);
    let mut flats: Vec<i32> = rent_watch::table
        .filter(stale)
        .filter(rent_watch::since.is_not_null())
        .select(rent_watch::unit_id)
        .load(conn)?;
    let week_ago = today - Duration::days(7);
    let fell_due: Vec<i32> = rent_charges::table
        .left_join(rent_watch::table.on(rent_watch::unit_id.eq(rent_charges::unit_id)))
        .filter(rent_charges::due_on.ge(week_ago))
        .filter(rent_charges::due_on.lt(today))
        .filter(
            rent_watch::worked_out_on
                .lt(today)
                .or(rent_watch::unit_id.is_null()),
        )
        .select(rent_charges::unit_id)
        .distinct()
        .load(conn)?;
    let on_plans: Vec<i32> = rent_plans::table
        .filter(rent_plans::accepted_at.is_not_null())
        .filter(rent_plans::withdrawn_at.is_null())
        .select(rent_plans::unit_id)
        .distinct()
        .load(conn)?;
    let unseen: Vec<i32> = units::table
        .filter(diesel::dsl::exists(
            rent_charges::table
                .filter(rent_charges::unit_id.eq(units::id))
                .select(rent_charges::id),
        ))
        .filter(diesel::dsl::not(diesel::dsl::exists(
            rent_watch::table
                .filter(rent_watch::unit_id.eq(units::id))
                .select(rent_watch::unit_id),
        )))
        .select(units::id)
        .load(conn)?;
    flats.extend(fell_due);
    flats.extend(on_plans);
    flats.extend(unseen);
    flats.sort_unstable();
    flats.dedup();
    refresh(conn, &flats, today)
}

/// One page of the list (from 1), oldest trouble first, and how many households are on it in
/// all: the flats of the caller's rent office and desk.
pub fn list(conn: &mut DbConnection, actor: &Actor, page: i64) -> AppResult<(Vec<Watched>, i64)> {
    if !allows(actor, WatchAction::List) {
        return Err(AppError::NotFound);
    }
    // The rule of `WatchAction::Contact`, on the landlord and estate kept with each row.
    let scope = || {
        rent_watch::table
            .filter(rent_watch::since.is_not_null())
            .filter(
                any_of(rent_watch::owner_id, actor.rent_office_of.clone()).or(any_of(
                    rent_watch::estate_id,
                    actor.operator_estates.clone(),
                )),
            )
    };
    let total: i64 = scope().count().get_result(conn)?;
    let rows: Vec<(i32, String)> = scope()
        .order((rent_watch::since, rent_watch::unit_id))
        .limit(PAGE)
        .offset((page.max(1) - 1) * PAGE)
        .select((rent_watch::unit_id, rent_watch::reasons))
        .load(conn)?;
    let ids: Vec<i32> = rows.iter().map(|r| r.0).collect();
    let mut flats = places::unit_places_in(conn, &ids)?;
    let mut watched = vec![];
    for (unit, json) in rows {
        let Some(at) = flats.iter().position(|f| f.unit_id == unit) else {
            continue;
        };
        let flat = flats.swap_remove(at);
        let reasons: Vec<Reason> = serde_json::from_str(&json)
            .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("rent_watch row")))?;
        watched.push(Watched {
            unit: flat.unit_code.clone(),
            flat,
            reasons,
            last_contact: None,
        });
    }
    last_contacts(conn, &mut watched, ids)?;
    Ok((watched, total))
}

fn last_contacts(
    conn: &mut DbConnection,
    watched: &mut [Watched],
    ids: Vec<i32>,
) -> QueryResult<()> {
    let contacts: Vec<(i32, chrono::NaiveDateTime, Option<String>, String)> = rent_contacts::table
        .left_join(users::table)
        .filter(any_of(rent_contacts::unit_id, ids))
        .order(rent_contacts::contacted_at.desc())
        .select((
            rent_contacts::unit_id,
            rent_contacts::contacted_at,
            users::name.nullable(),
            rent_contacts::note,
        ))
        .load(conn)?;
    for (unit, at, by, note) in contacts {
        if let Some(w) = watched.iter_mut().find(|w| w.flat.unit_id == unit) {
            w.last_contact.get_or_insert(Contact {
                at,
                by: by.unwrap_or_default(),
                note,
            });
        }
    }
    Ok(())
}

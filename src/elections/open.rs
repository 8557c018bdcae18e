//! The desk opens an election for a stair or a building of its estate, or changes one before
//! voting opens. The place is told that nominations are open.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde_json::json;

use super::events::{self, EventKind};
use super::{now, ElectionAction};
use crate::access::{authorize, Actor, Level, Place};
use crate::audit::{self, AuditAction, Auditor};
use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult};
use crate::core::schema::{buildings, elections, stairs};
use crate::i18n::format::utc_start;

/// The longest a voting window may stay open: long enough for the desk's opening days and a
/// neighbour back from hospital, short enough to keep the place's attention.
const LONGEST_VOTE: i64 = 60;

/// What the desk asks for, checked: a stair or a building, seats, windows in order, a term.
#[derive(Debug, Clone)]
pub struct NewElection {
    pub level: Level,
    pub scope_id: i32,
    pub seats: i32,
    pub nominations_until: NaiveDateTime,
    pub voting_from: NaiveDateTime,
    pub voting_until: NaiveDateTime,
    pub term_months: i32,
}

/// The windows as the page's form gives them: last day of nominations, first and last day of
/// voting, in the estates' local days.
pub struct Days {
    pub nominations_last: NaiveDate,
    pub voting_first: NaiveDate,
    pub voting_last: NaiveDate,
}

impl Days {
    /// (nominations until, voting from, voting until), as instants.
    pub fn windows(&self) -> (NaiveDateTime, NaiveDateTime, NaiveDateTime) {
        let end_of = |day: NaiveDate| utc_start(day + Duration::days(1));
        (
            end_of(self.nominations_last),
            utc_start(self.voting_first),
            end_of(self.voting_last),
        )
    }
}

impl NewElection {
    /// Checks what came in; `windows` are (nominations until, voting from, voting until).
    pub fn parse(
        scope_type: &str,
        scope_id: i32,
        seats: i32,
        windows: (NaiveDateTime, NaiveDateTime, NaiveDateTime),
        term_months: i32,
    ) -> AppResult<NewElection> {
        let level = match scope_type.trim() {
            "stair" => Level::Stair,
            "building" => Level::Building,
            _ => return Err(AppError::invalid("election-scope-invalid")),
        };
        if !(1..=9).contains(&seats) {
            return Err(AppError::invalid("election-seats-invalid"));
        }
        if !(1..=60).contains(&term_months) {
            return Err(AppError::invalid("election-term-invalid"));
        }
        let (nominations_until, voting_from, voting_until) = windows;
        let in_order = now() < nominations_until
            && nominations_until <= voting_from
            && voting_from < voting_until
            && voting_until - voting_from <= Duration::days(LONGEST_VOTE);
        if !in_order {
            return Err(AppError::invalid("election-windows-invalid"));
        }
        Ok(NewElection {
            level,
            scope_id,
            seats,
            nominations_until,
            voting_from,
            voting_until,
            term_months,
        })
    }
}

/// The place a stair or building id names, or 404.
fn place_of(conn: &mut DbConnection, level: Level, id: i32) -> AppResult<Place> {
    let (stair, building, estate): (Option<i32>, i32, i32) = match level {
        Level::Stair => stairs::table
            .inner_join(buildings::table)
            .filter(stairs::id.eq(id))
            .select((buildings::id, buildings::estate_id))
            .first::<(i32, i32)>(conn)
            .optional()?
            .map(|(building, estate)| (Some(id), building, estate)),
        _ => buildings::table
            .find(id)
            .select((buildings::id, buildings::estate_id))
            .first::<(i32, i32)>(conn)
            .optional()?
            .map(|(building, estate)| (None, building, estate)),
    }
    .ok_or(AppError::NotFound)?;
    Ok(Place {
        level,
        unit: None,
        stair,
        building: Some(building),
        estate,
    })
}

/// Opens an election; its id. Only the desk of the place's estate; anyone else gets 404.
pub fn open(conn: &mut DbConnection, actor: &Actor, new: &NewElection) -> AppResult<i32> {
    let place = place_of(conn, new.level, new.scope_id)?;
    authorize(actor, ElectionAction::Run { place })?;
    db::transaction(conn, |conn| {
        // One election at a time for a place: two would split its votes and its delegates.
        let mut running = elections::table
            .filter(elections::building_id.eq(place.building.unwrap_or_default()))
            .filter(elections::level.eq(place.level.code()))
            .filter(elections::closed_at.is_null())
            .into_boxed();
        if let Some(stair) = place.stair {
            running = running.filter(elections::stair_id.eq(stair));
        }
        let running: i64 = running.count().get_result(conn)?;
        if running > 0 {
            return Err(AppError::Conflict(crate::core::error::Message::new(
                "election-already-open",
            )));
        }
        let id = insert(conn, actor, place, new, None)?;
        audit::record(
            conn,
            Auditor::Person(actor.user_id),
            AuditAction::ElectionOpened,
            details(id, new),
        )?;
        events::record(conn, id, EventKind::NominationsOpen)?;
        tracing::info!(election = id, "election opened");
        Ok(id)
    })
}

/// Writes an election's row (a runoff names the election it settles); its id.
pub(super) fn insert(
    conn: &mut DbConnection,
    actor: &Actor,
    place: Place,
    new: &NewElection,
    runoff_of: Option<i32>,
) -> QueryResult<i32> {
    use rand::RngExt;
    let key: [u8; 32] = rand::rng().random();
    diesel::insert_into(elections::table)
        .values((
            elections::level.eq(place.level.code()),
            elections::stair_id.eq(place.stair),
            elections::building_id.eq(place.building.unwrap_or_default()),
            elections::estate_id.eq(place.estate),
            elections::seats.eq(new.seats),
            elections::nominations_until.eq(new.nominations_until),
            elections::voting_from.eq(new.voting_from),
            elections::voting_until.eq(new.voting_until),
            elections::term_months.eq(new.term_months),
            elections::runoff_of.eq(runoff_of),
            elections::opened_by.eq(Some(actor.user_id).filter(|id| *id > 0)),
            elections::created_at.eq(now()),
            elections::ballot_key.eq(hex::encode(key)),
        ))
        .returning(elections::id)
        .get_result(conn)
}

fn details(id: i32, new: &NewElection) -> serde_json::Value {
    json!({
        "election_id": id,
        "scope_type": new.level.code(),
        "scope_id": new.scope_id,
        "seats": new.seats,
        "nominations_until": new.nominations_until.and_utc().to_rfc3339(),
        "voting_from": new.voting_from.and_utc().to_rfc3339(),
        "voting_until": new.voting_until.and_utc().to_rfc3339(),
        "term_months": new.term_months,
    })
}

/// Changes the seats, windows and term of an election whose voting has not opened (the place
/// stays the same: another place is another election). Conditional on voting not having
/// opened, in one transaction: a change cannot slip in after the first ballot.
pub fn change(conn: &mut DbConnection, actor: &Actor, id: i32, new: &NewElection) -> AppResult<()> {
    let election = super::for_action(conn, actor, id, |place| ElectionAction::Run { place })?;
    if new.level != election.place().level || new.scope_id != election.scope_id() {
        return Err(AppError::invalid("election-scope-fixed"));
    }
    let moment = now();
    db::transaction(conn, |conn| {
        let changed = diesel::update(
            elections::table
                .find(id)
                .filter(elections::closed_at.is_null())
                .filter(elections::voting_from.gt(moment)),
        )
        .set((
            elections::seats.eq(new.seats),
            elections::nominations_until.eq(new.nominations_until),
            elections::voting_from.eq(new.voting_from),
            elections::voting_until.eq(new.voting_until),
            elections::term_months.eq(new.term_months),
        ))
        .execute(conn)?;
        if changed == 0 {
            return Err(AppError::Conflict(crate::core::error::Message::new(
                "election-voting-started",
            )));
        }
        audit::record(
            conn,
            Auditor::Person(actor.user_id),
            AuditAction::ElectionChanged,
            details(id, new),
        )?;
        Ok(())
    })
}

//! One ballot per flat, cast by any tenant of it on the web or by SMS, or recorded on paper by
//! the desk; a later ballot of the same flat replaces the earlier until voting closes.
//!
//! Secrecy: `election_voters` says that a flat voted (and how), `election_ballots` what was
//! chosen, under the flat's token — an HMAC of the flat with the election's own key. A ballot
//! row has no id, no time and no flat; on SQLite the rows are kept in the tokens' order. The
//! close counts the ballots, deletes them and destroys the key. Nothing here logs a choice, and
//! nothing a ballot writes is an event.

use diesel::prelude::*;
use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;

use super::candidates::standing;
use super::{held, now, ElectionAction, Hold, Phase};
use crate::access::{Actor, Place};
use crate::audit::{self, AuditAction, Auditor};
use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult, Message};
use crate::core::schema::{election_ballots, election_voters, elections};
use crate::places::{self, UnitPlace};

/// What a ballot says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Candidate(i32),
    Blank,
    /// No to the only candidate.
    Against,
}

impl Choice {
    /// Exactly one of: a candidate, blank, or no (to the only candidate).
    pub fn parse(candidate: Option<i32>, blank: bool, against: bool) -> AppResult<Choice> {
        match (candidate, blank, against) {
            (Some(id), false, false) => Ok(Choice::Candidate(id)),
            (None, true, false) => Ok(Choice::Blank),
            (None, false, true) => Ok(Choice::Against),
            _ => Err(AppError::invalid("election-choice-invalid")),
        }
    }

    /// A choice as a form gives it: a candidate's id, `blank` or `against`.
    pub fn from_form(raw: &str) -> AppResult<Choice> {
        match raw.trim() {
            "blank" => Ok(Choice::Blank),
            "against" => Ok(Choice::Against),
            id => id
                .parse()
                .map(Choice::Candidate)
                .map_err(|_| AppError::invalid("election-choice-invalid")),
        }
    }
}

/// How a flat's ballot came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Web,
    Sms,
    Paper,
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Channel::Web => "web",
            Channel::Sms => "sms",
            Channel::Paper => "paper",
        }
    }
}

/// What casting did: whether it replaced an earlier ballot of the flat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cast {
    pub replaced: bool,
}

/// The caller's flat in the election's place.
pub fn home_in(actor: &Actor, place: &Place) -> Option<UnitPlace> {
    actor
        .homes
        .iter()
        .find(|home| Place::around(home, place.level) == *place)
        .cloned()
}

/// A tenant casts the ballot of their flat in the election's place.
pub fn cast(
    conn: &mut DbConnection,
    actor: &Actor,
    id: i32,
    choice: Choice,
    channel: Channel,
) -> AppResult<Cast> {
    let election = super::for_action(conn, actor, id, |place| ElectionAction::Take { place })?;
    let flat = home_in(actor, &election.place()).ok_or(AppError::NotFound)?;
    db::transaction(conn, |conn| record(conn, id, flat.unit_id, choice, channel))
}

/// The desk records a ballot handed in on paper for flat `unit` (its code).
pub fn paper(
    conn: &mut DbConnection,
    actor: &Actor,
    id: i32,
    unit: &str,
    choice: Choice,
) -> AppResult<Cast> {
    let election = super::for_action(conn, actor, id, |place| ElectionAction::Run { place })?;
    let place = election.place();
    let flat = places::unit_place_by_code(conn, unit)?
        .filter(|flat| Place::around(flat, place.level) == place)
        .ok_or(AppError::invalid("election-unit-not-in-place"))?;
    db::transaction(conn, |conn| {
        let cast = record(conn, id, flat.unit_id, choice, Channel::Paper)?;
        audit::record(
            conn,
            Auditor::Person(actor.user_id),
            AuditAction::PaperBallotRecorded,
            json!({"election_id": id, "unit": flat.unit_code}),
        )?;
        Ok(cast)
    })
}

/// Writes that the flat voted and, apart, what it chose: inside the caller's transaction,
/// while the election is held, so a close cannot count between the check and the write.
fn record(
    conn: &mut DbConnection,
    id: i32,
    unit: i32,
    choice: Choice,
    channel: Channel,
) -> AppResult<Cast> {
    let election = held(conn, id, Hold::Shared)?;
    if election.phase(now()) != Phase::Voting {
        return Err(AppError::Conflict(Message::new("election-not-voting")));
    }
    let candidates = standing(conn, id)?;
    let valid = match choice {
        Choice::Candidate(c) => candidates.iter().any(|k| k.id == c),
        Choice::Blank => true,
        Choice::Against => candidates.len() == 1,
    };
    if !valid {
        return Err(AppError::invalid("election-choice-invalid"));
    }
    let key: Option<String> = elections::table
        .find(id)
        .select(elections::ballot_key)
        .first(conn)?;
    let token = token(&key.ok_or(AppError::NotFound)?, unit);
    let voted = db::transaction(conn, |conn| {
        diesel::insert_into(election_voters::table)
            .values((
                election_voters::election_id.eq(id),
                election_voters::unit_id.eq(unit),
                election_voters::channel.eq(channel.code()),
            ))
            .execute(conn)
    });
    let replaced = !db::inserted(voted)?;
    if replaced {
        diesel::update(election_voters::table.find((id, unit)))
            .set(election_voters::channel.eq(channel.code()))
            .execute(conn)?;
    }
    let (candidate, against) = match choice {
        Choice::Candidate(c) => (Some(c), false),
        Choice::Blank => (None, false),
        Choice::Against => (None, true),
    };
    let written = db::transaction(conn, |conn| {
        diesel::insert_into(election_ballots::table)
            .values((
                election_ballots::election_id.eq(id),
                election_ballots::token.eq(&token),
                election_ballots::candidate_id.eq(candidate),
                election_ballots::against.eq(against),
            ))
            .execute(conn)
    });
    if !db::inserted(written)? {
        diesel::update(election_ballots::table.find((id, &token)))
            .set((
                election_ballots::candidate_id.eq(candidate),
                election_ballots::against.eq(against),
            ))
            .execute(conn)?;
    }
    Ok(Cast { replaced })
}

/// The flat's token under the election's key (hex).
fn token(key: &str, unit: i32) -> String {
    // HMAC takes a key of any length: this cannot fail.
    let mut mac = Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("HMAC key");
    mac.update(format!("flat {unit}").as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// Whether the flat has voted in the election.
pub fn has_voted(conn: &mut DbConnection, id: i32, unit: i32) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(election_voters::table.find((id, unit)))).get_result(conn)
}

/// How many flats have voted so far.
pub fn turnout(conn: &mut DbConnection, id: i32) -> QueryResult<i64> {
    election_voters::table
        .filter(election_voters::election_id.eq(id))
        .count()
        .get_result(conn)
}

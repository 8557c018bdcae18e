//! What an election's place hears of: nominations open, voting open, the result; and what the
//! desk hears of: a term ending in two months. Domain functions write an event in the
//! transaction of their change; the fan-out (`notifications::elections`) tells each
//! person by inbox and by the channels they chose for elections. A ballot is never an event:
//! an event's time beside a flat would be one more thing to link a flat to its choice by.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{now, Election};
use crate::core::db::DbConnection;
use crate::core::schema::{election_events, election_inbox, role_grants, stairs, units};
use crate::i18n::Locale;
use crate::people::roles::{Role, ScopeType};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    NominationsOpen,
    VotingOpen,
    Result,
    /// The winners' term ends in two months (to the desk).
    TermEnding,
}

impl EventKind {
    pub const ALL: [EventKind; 4] = [
        EventKind::NominationsOpen,
        EventKind::VotingOpen,
        EventKind::Result,
        EventKind::TermEnding,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EventKind::NominationsOpen => "nominations_open",
            EventKind::VotingOpen => "voting_open",
            EventKind::Result => "result",
            EventKind::TermEnding => "term_ending",
        }
    }

    /// A stored code; an unknown one is an error, not a silent default.
    pub fn stored(code: &str) -> anyhow::Result<EventKind> {
        EventKind::ALL
            .into_iter()
            .find(|k| k.code() == code)
            .ok_or_else(|| anyhow::anyhow!("unknown election event kind {code:?}"))
    }
}

pub fn record(conn: &mut DbConnection, election: i32, kind: EventKind) -> QueryResult<usize> {
    diesel::insert_into(election_events::table)
        .values((
            election_events::election_id.eq(election),
            election_events::kind.eq(kind.code()),
            election_events::created_at.eq(now()),
        ))
        .execute(conn)
}

/// An event as stored.
#[derive(Debug, Clone)]
pub struct EventRow {
    pub id: i32,
    pub election_id: i32,
    pub kind: EventKind,
    pub created_at: NaiveDateTime,
}

pub fn one(conn: &mut DbConnection, id: i32) -> crate::core::error::AppResult<EventRow> {
    let (id, election_id, kind, created_at): (i32, i32, String, NaiveDateTime) =
        election_events::table
            .find(id)
            .select((
                election_events::id,
                election_events::election_id,
                election_events::kind,
                election_events::created_at,
            ))
            .first(conn)?;
    Ok(EventRow {
        id,
        election_id,
        kind: EventKind::stored(&kind)?,
        created_at,
    })
}

/// The flats of the election's place.
pub fn flats(conn: &mut DbConnection, election: &Election) -> QueryResult<Vec<i32>> {
    let query = units::table.inner_join(stairs::table).select(units::id);
    match election.stair_id {
        Some(stair) => query.filter(units::stair_id.eq(stair)).load(conn),
        None => query
            .filter(stairs::building_id.eq(election.building_id))
            .load(conn),
    }
}

/// How many flats the election's place has.
pub fn flat_count(conn: &mut DbConnection, election: &Election) -> QueryResult<i64> {
    let query = units::table.inner_join(stairs::table).count();
    match election.stair_id {
        Some(stair) => query.filter(units::stair_id.eq(stair)).get_result(conn),
        None => query
            .filter(stairs::building_id.eq(election.building_id))
            .get_result(conn),
    }
}

/// Who hears of an event: the tenants of the place's flats (and, of the result and a term
/// ending, the estate's desk).
pub fn audience(
    conn: &mut DbConnection,
    election: &Election,
    kind: EventKind,
) -> QueryResult<Vec<i32>> {
    let moment = now();
    let active = role_grants::ends_at
        .is_null()
        .or(role_grants::ends_at.gt(moment));
    let mut people: Vec<i32> = vec![];
    if kind != EventKind::TermEnding {
        let flats = flats(conn, election)?;
        for chunk in flats.chunks(500) {
            people.extend(
                role_grants::table
                    .filter(active)
                    .filter(role_grants::scope_type.eq(ScopeType::Unit.code()))
                    .filter(role_grants::role.eq(Role::Tenant.code()))
                    .filter(role_grants::scope_id.eq_any(chunk))
                    .select(role_grants::user_id)
                    .load::<i32>(conn)?,
            );
        }
    }
    if matches!(kind, EventKind::Result | EventKind::TermEnding) {
        people.extend(
            role_grants::table
                .filter(active)
                .filter(role_grants::role.eq(Role::Operator.code()))
                .filter(role_grants::scope_id.eq(election.estate_id))
                .select(role_grants::user_id)
                .load::<i32>(conn)?,
        );
    }
    people.sort_unstable();
    people.dedup();
    Ok(people)
}

/// What a person is told of an event, in their language, and the page it links to.
#[derive(Debug, Clone)]
pub struct Told {
    pub title: String,
    pub body: String,
    pub link: String,
}

pub fn describe(event: &EventRow, election: &Election, place: &str, locale: Locale) -> Told {
    let args = [
        ("place", place.to_string()),
        (
            "nominations_until",
            locale.date_time(election.nominations_until),
        ),
        ("voting_from", locale.date_time(election.voting_from)),
        ("voting_until", locale.date_time(election.voting_until)),
    ];
    let key = event.kind.code();
    Told {
        title: locale.text_with(&format!("election-told-{key}-title"), &args),
        body: locale.text_with(&format!("election-told-{key}-body"), &args),
        link: format!("/elections/{}", election.id),
    }
}

/// The person opened the election's page: its messages in their inbox are read. Pages are
/// read on connections that refuse writes: only a page with something to mark writes.
pub fn read(conn: &mut DbConnection, user: i32, election: i32) -> QueryResult<usize> {
    let link = format!("/elections/{election}");
    let unread = election_inbox::table
        .filter(election_inbox::user_id.eq(user))
        .filter(election_inbox::link.eq(&link))
        .filter(election_inbox::read_at.is_null());
    if !diesel::select(diesel::dsl::exists(unread)).get_result::<bool>(conn)? {
        return Ok(0);
    }
    diesel::update(unread)
        .set(election_inbox::read_at.eq(now()))
        .execute(conn)
}

//! Delegates chosen by their neighbours (DESIGN.md, Election): the desk opens an election for a
//! stair or a building with seats, a nomination window, a voting window and a term; residents of
//! the place stand ([`candidates`]); each flat casts one ballot, on the web, by SMS or on paper
//! at the desk, a later one replacing the earlier until voting closes ([`ballots`]); at the
//! close ([`close`]) the ballots are counted, the winners get the delegate role until the term
//! ends, and the result goes on the board ([`view`]). A tie for a seat is settled by a runoff
//! between the tied candidates, a rule every election page shows before voting.
//!
//! The ballot is secret: what a flat chose is kept under a token only the election's key turns
//! back into the flat, with no id, time or order of casting; at the close the ballots are
//! counted into the candidates' totals and deleted, and the key destroyed. That a flat voted is
//! kept apart ([`ballots`]), for the turnout and for "your flat has voted".

pub mod ballots;
pub mod candidates;
pub mod close;
pub mod events;
pub mod open;
pub mod schedule;
pub mod view;

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use crate::access::{Actor, Level, Place, Rule};
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::core::schema::elections;

/// Where an election stands, from its windows and whether it was closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Residents may stand (and withdraw).
    Nominations,
    /// Between the nominations' end and the first day of voting.
    Waiting,
    Voting,
    /// Voting has ended; the desk (or the scheduler) closes it and counts.
    Counting,
    Closed,
}

impl Phase {
    pub fn code(self) -> &'static str {
        match self {
            Phase::Nominations => "nominations",
            Phase::Waiting => "waiting",
            Phase::Voting => "voting",
            Phase::Counting => "counting",
            Phase::Closed => "closed",
        }
    }
}

/// An election as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = elections)]
pub struct Election {
    pub id: i32,
    pub level: String,
    pub stair_id: Option<i32>,
    pub building_id: i32,
    pub estate_id: i32,
    pub seats: i32,
    pub nominations_until: NaiveDateTime,
    pub voting_from: NaiveDateTime,
    pub voting_until: NaiveDateTime,
    pub term_months: i32,
    pub runoff_of: Option<i32>,
    pub created_at: NaiveDateTime,
    pub closed_at: Option<NaiveDateTime>,
    pub units: Option<i32>,
    pub units_voted: Option<i32>,
    pub blank: Option<i32>,
    pub against: Option<i32>,
}

impl Election {
    pub fn phase(&self, now: NaiveDateTime) -> Phase {
        if self.closed_at.is_some() {
            Phase::Closed
        } else if now < self.nominations_until {
            Phase::Nominations
        } else if now < self.voting_from {
            Phase::Waiting
        } else if now < self.voting_until {
            Phase::Voting
        } else {
            Phase::Counting
        }
    }

    /// The stair or building the election is for.
    pub fn place(&self) -> Place {
        Place {
            level: if self.stair_id.is_some() {
                Level::Stair
            } else {
                Level::Building
            },
            unit: None,
            stair: self.stair_id,
            building: Some(self.building_id),
            estate: self.estate_id,
        }
    }

    /// The role its winners hold.
    pub fn role(&self) -> crate::people::Role {
        match self.stair_id {
            Some(_) => crate::people::Role::StairDelegate,
            None => crate::people::Role::BuildingDelegate,
        }
    }

    /// The id of the stair or building, as the delegate role is scoped.
    pub fn scope_id(&self) -> i32 {
        self.stair_id.unwrap_or(self.building_id)
    }
}

/// Loads election `id`, as anyone may see it (each action checks its own rule).
pub fn find(conn: &mut DbConnection, id: i32) -> AppResult<Election> {
    elections::table
        .find(id)
        .select(Election::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

/// Loads election `id` for an action `rule(place)` allows; 404 otherwise, so that an election
/// of another stair does not show it exists.
pub fn for_action<R: Rule>(
    conn: &mut DbConnection,
    actor: &Actor,
    id: i32,
    rule: impl Fn(Place) -> R,
) -> AppResult<Election> {
    let election = find(conn, id)?;
    if !rule(election.place()).allows(actor) {
        return Err(AppError::NotFound);
    }
    Ok(election)
}

/// How a transaction holds an election's row while it acts on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    /// Ballots and candidates: many at once, none while the election is closed or changed.
    Shared,
    /// Closing and changing: alone.
    Alone,
}

/// Election `id` read again inside a transaction, held as `hold` says until it ends, so that
/// what the transaction checked (the phase) stays true until it commits. SQLite's one writer
/// (`BEGIN IMMEDIATE`) holds every row already; PostgreSQL locks the row.
pub fn held(conn: &mut DbConnection, id: i32, hold: Hold) -> QueryResult<Election> {
    let row = elections::table.find(id);
    match (conn, hold) {
        (DbConnection::Postgresql(pg), Hold::Shared) => {
            row.select(Election::as_select()).for_share().first(pg)
        }
        (DbConnection::Postgresql(pg), Hold::Alone) => {
            row.select(Election::as_select()).for_update().first(pg)
        }
        (DbConnection::Sqlite(lite), _) => row.select(Election::as_select()).first(lite),
    }
}

pub fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

/// Who may do what with an election of a place.
#[derive(Debug, Clone, Copy)]
pub enum ElectionAction {
    /// Open, change, close, record a paper ballot: the estate's desk (admins run no desk).
    Run { place: Place },
    /// See the election, its candidates and, once closed, the result: residents of the place,
    /// its delegates, the estate's desk, admins.
    See { place: Place },
    /// Stand, and vote for one's flat: a tenant of a flat in the place.
    Take { place: Place },
}

impl Rule for ElectionAction {
    fn allows(&self, actor: &Actor) -> bool {
        match *self {
            ElectionAction::Run { place } => actor.desk_of().contains(&place),
            ElectionAction::See { place } => {
                actor.admin
                    || actor.neighbour_of().contains(&place)
                    || actor.desk_of().contains(&place)
            }
            ElectionAction::Take { place } => actor.lives_in().contains(&place),
        }
    }
}

/// The elections `actor` may see, newest first, as a SQL filter: the same reach as
/// [`ElectionAction::See`] (`tests/api/access.rs` checks they agree).
pub fn visible(conn: &mut DbConnection, actor: &Actor, limit: i64) -> QueryResult<Vec<Election>> {
    let mut query = elections::table
        .select(Election::as_select())
        .order(elections::id.desc())
        .limit(limit)
        .into_boxed();
    if !actor.admin {
        query = query.filter(in_reach(&actor.neighbour_of().union(actor.desk_of())));
    }
    query.load(conn)
}

/// The elections voting now in the places where `actor` lives.
pub fn voting_for(conn: &mut DbConnection, actor: &Actor) -> QueryResult<Vec<Election>> {
    let moment = now();
    let open: Vec<Election> = elections::table
        .filter(elections::closed_at.is_null())
        .filter(elections::voting_from.le(moment))
        .filter(elections::voting_until.gt(moment))
        .filter(in_reach(&actor.lives_in().except_level(Level::Unit)))
        .select(Election::as_select())
        .load(conn)?;
    Ok(open)
}

/// The elections of the places in `reach`, as a SQL filter.
pub fn in_reach(
    reach: &crate::access::Reach,
) -> Box<
    dyn diesel::expression::BoxableExpression<
        elections::table,
        crate::core::db::MultiBackend,
        SqlType = diesel::sql_types::Bool,
    >,
> {
    crate::access::reach_filter!(
        reach,
        elections::table,
        level = elections::level,
        unit = none,
        stair = elections::stair_id.assume_not_null(),
        building = elections::building_id,
        estate = elections::estate_id,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::allows;
    use crate::access::fixtures::*;

    /// Columns: tenant, stair delegate, building delegate, operator, technician, manager,
    /// rent officer, admin.
    #[test]
    fn matrix() {
        const Y: bool = true;
        const N: bool = false;
        let cases: &[(&str, [bool; 8])] = &[
            ("run my stair's", [N, N, N, Y, N, N, N, N]),
            ("run another estate's", [N, N, N, N, N, N, N, N]),
            ("see my stair's", [Y, Y, Y, Y, N, N, N, Y]),
            ("see another stair's", [N, N, Y, Y, N, N, N, Y]),
            ("see my building's", [Y, Y, Y, Y, N, N, N, Y]),
            ("take part in my stair's", [Y, N, N, N, N, N, N, N]),
            ("take part in another stair's", [N, N, N, N, N, N, N, N]),
            ("take part in my building's", [Y, N, N, N, N, N, N, N]),
        ];
        let check = |case: &str, actor: &Actor| {
            let mine = place(Level::Stair);
            let mut other = mine;
            other.stair = Some(OTHER);
            let building = place(Level::Building);
            let action = match case {
                "run my stair's" => ElectionAction::Run { place: mine },
                "run another estate's" => ElectionAction::Run {
                    place: Place {
                        estate: OTHER,
                        ..elsewhere(Level::Stair)
                    },
                },
                "see my stair's" => ElectionAction::See { place: mine },
                "see another stair's" => ElectionAction::See { place: other },
                "see my building's" => ElectionAction::See { place: building },
                "take part in my stair's" => ElectionAction::Take { place: mine },
                "take part in another stair's" => ElectionAction::Take { place: other },
                "take part in my building's" => ElectionAction::Take { place: building },
                other => unreachable!("{other}"),
            };
            allows(actor, action)
        };
        assert_matrix(cases, check);
    }

    #[test]
    fn the_phase_follows_the_windows() {
        let at = |h: u32| {
            chrono::NaiveDate::from_ymd_opt(2026, 3, 1)
                .unwrap()
                .and_hms_opt(h, 0, 0)
                .unwrap()
        };
        let mut election = Election {
            id: 1,
            level: "stair".into(),
            stair_id: Some(1),
            building_id: 1,
            estate_id: 1,
            seats: 1,
            nominations_until: at(2),
            voting_from: at(4),
            voting_until: at(6),
            term_months: 24,
            runoff_of: None,
            created_at: at(0),
            closed_at: None,
            units: None,
            units_voted: None,
            blank: None,
            against: None,
        };
        let phases: Vec<Phase> = [1, 3, 4, 5, 6].map(|h| election.phase(at(h))).to_vec();
        use Phase::*;
        assert_eq!(phases, [Nominations, Waiting, Voting, Voting, Counting]);
        election.closed_at = Some(at(7));
        assert_eq!(election.phase(at(5)), Closed);
    }
}

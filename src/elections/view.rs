//! An election as the API gives it and as its page shows it: the place, the windows, the rule,
//! the candidates, the turnout, and — only once closed — the result.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::candidates::{standing, Candidate};
use super::{ballots, now, Election, ElectionAction, Phase};
use crate::access::{allows, Actor, Level};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::schema::{buildings, elections, stairs};
use crate::i18n::Locale;
use crate::places;

fn utc<S: serde::Serializer>(at: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&at.and_utc().to_rfc3339())
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Turnout {
    /// Flats that have voted (so far, while voting is open).
    pub units_voted: i64,
    /// Flats in the place.
    pub units: i64,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Count {
    pub candidate_id: i32,
    pub name: String,
    pub votes: i32,
    pub elected: bool,
}

/// `GET /api/v1/elections/{id}`.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ElectionJson {
    pub id: i32,
    pub state: Phase,
    #[schema(value_type = String, example = "stair")]
    pub scope_type: &'static str,
    pub scope_id: i32,
    /// The stair or building, in words.
    pub place: String,
    pub seats: i32,
    #[schema(value_type = String, format = DateTime)]
    #[serde(serialize_with = "utc")]
    pub nominations_until: NaiveDateTime,
    #[schema(value_type = String, format = DateTime)]
    #[serde(serialize_with = "utc")]
    pub voting_from: NaiveDateTime,
    #[schema(value_type = String, format = DateTime)]
    #[serde(serialize_with = "utc")]
    pub voting_until: NaiveDateTime,
    pub term_months: i32,
    /// The election whose tie this runoff settles.
    pub runoff_of: Option<i32>,
    /// The runoff this election's tie went to.
    pub runoff: Option<i32>,
    pub candidates: Vec<Candidate>,
    pub turnout: Turnout,
    /// Empty until closed.
    pub results: Vec<Count>,
    /// Blank ballots; null until closed.
    pub blank: Option<i32>,
    /// "No" to the only candidate; null until closed.
    pub against: Option<i32>,
    /// Whether the caller's flat has voted (null for those without a flat in the place).
    pub my_flat_voted: Option<bool>,
}

/// The stair or building in words: "Scala A, Via Guardi 12", or the building's name.
pub fn place_name(
    conn: &mut DbConnection,
    election: &Election,
    locale: Locale,
) -> QueryResult<String> {
    Ok(match election.stair_id {
        Some(stair) => {
            let s = places::stair(conn, stair)?;
            locale.text_with(
                "report-place-stair",
                &[("stair", s.name), ("address", s.context)],
            )
        }
        None => places::building(conn, election.building_id)?.name,
    })
}

/// The election for someone who may see it; 404 for anyone else.
pub fn json(
    conn: &mut DbConnection,
    actor: &Actor,
    id: i32,
    locale: Locale,
) -> AppResult<ElectionJson> {
    let election = super::for_action(conn, actor, id, |place| ElectionAction::See { place })?;
    json_of(conn, actor, &election, locale)
}

/// [`json`] of an election the caller may see.
fn json_of(
    conn: &mut DbConnection,
    actor: &Actor,
    election: &Election,
    locale: Locale,
) -> AppResult<ElectionJson> {
    let id = election.id;
    let candidates = standing(conn, id)?;
    let closed = election.closed_at.is_some();
    let units = match election.units {
        Some(units) => i64::from(units),
        None => super::events::flat_count(conn, election)?,
    };
    let flat = ballots::home_in(actor, &election.place());
    let my_flat_voted = match flat {
        Some(flat) => Some(ballots::has_voted(conn, id, flat.unit_id)?),
        None => None,
    };
    // Only a close opens a runoff.
    let runoff = if closed {
        elections::table
            .filter(elections::runoff_of.eq(election.runoff_of.unwrap_or(id)))
            .filter(elections::created_at.ge(election.created_at))
            .filter(elections::id.ne(id))
            .select(elections::id)
            .order(elections::id)
            .first(conn)
            .optional()?
    } else {
        None
    };
    let mut results: Vec<Count> = if closed {
        candidates
            .iter()
            .map(|c| Count {
                candidate_id: c.id,
                name: c.name.clone(),
                votes: c.votes.unwrap_or(0),
                elected: c.elected,
            })
            .collect()
    } else {
        vec![]
    };
    results.sort_by(|a, b| {
        b.votes
            .cmp(&a.votes)
            .then(a.candidate_id.cmp(&b.candidate_id))
    });
    Ok(ElectionJson {
        id,
        state: election.phase(now()),
        scope_type: election.place().level.code(),
        scope_id: election.scope_id(),
        place: place_name(conn, election, locale)?,
        seats: election.seats,
        nominations_until: election.nominations_until,
        voting_from: election.voting_from,
        voting_until: election.voting_until,
        term_months: election.term_months,
        runoff_of: election.runoff_of,
        runoff,
        turnout: Turnout {
            units_voted: ballots::turnout(conn, id)?,
            units,
        },
        results,
        blank: election.blank,
        against: election.against,
        my_flat_voted,
        candidates,
    })
}

/// A candidate on the page: their line of the result once closed.
#[derive(Debug, Clone, Serialize)]
pub struct CandidateView {
    #[serde(flatten)]
    pub candidate: Candidate,
    pub mine: bool,
    pub votes: Option<String>,
    pub elected: bool,
}

/// `/elections/{id}`.
#[derive(Debug, Clone, Serialize)]
pub struct ElectionPage {
    pub id: i32,
    pub title: String,
    pub place: String,
    pub phase: &'static str,
    /// Where it stands, in a sentence.
    pub status: String,
    pub facts: Vec<(String, String)>,
    pub rule: String,
    pub candidates: Vec<CandidateView>,
    pub single: bool,
    pub turnout: String,
    pub blank: Option<String>,
    pub against: Option<String>,
    pub runoff_of: Option<i32>,
    pub runoff: Option<i32>,
    /// What the reader may do now.
    pub can_stand: bool,
    pub standing: bool,
    pub can_withdraw: bool,
    pub can_vote: bool,
    pub my_flat_voted: bool,
    pub can_record_paper: bool,
    pub can_close: bool,
    /// A word after a form was sent (`?done=…`).
    pub done: Option<String>,
}

pub fn page(
    conn: &mut DbConnection,
    actor: &Actor,
    id: i32,
    done: Option<&str>,
    locale: Locale,
) -> AppResult<ElectionPage> {
    let election = super::for_action(conn, actor, id, |place| ElectionAction::See { place })?;
    let view = json_of(conn, actor, &election, locale)?;
    super::events::read(conn, actor.user_id, id)?;
    let place = election.place();
    let phase = view.state;
    let takes_part = allows(actor, ElectionAction::Take { place });
    let runs = allows(actor, ElectionAction::Run { place });
    let standing = view.candidates.iter().any(|c| c.user_id == actor.user_id);
    let single = view.candidates.len() == 1;
    let role_key = match place.level {
        Level::Stair => "election-title-stair",
        _ => "election-title-building",
    };
    let count = |n: i64| locale.number(n);
    let candidates = view
        .candidates
        .iter()
        .map(|c| CandidateView {
            mine: c.user_id == actor.user_id,
            votes: c
                .votes
                .filter(|_| view.state == Phase::Closed)
                .map(|v| locale.text_with("election-votes", &[("count", count(i64::from(v)))])),
            elected: c.elected,
            candidate: c.clone(),
        })
        .collect();
    Ok(ElectionPage {
        id,
        title: locale.text_with(role_key, &[("place", view.place.clone())]),
        status: status(&election, phase, locale),
        facts: facts(&view, locale),
        rule: locale.text_with("election-rule", &[("seats", view.seats.to_string())]),
        single,
        turnout: locale.text_with(
            "election-turnout",
            &[
                ("voted", count(view.turnout.units_voted)),
                ("count", view.turnout.units.to_string()),
                ("units", count(view.turnout.units)),
            ],
        ),
        blank: view
            .blank
            .map(|b| locale.text_with("election-blank", &[("count", i64::from(b).to_string())])),
        against: view
            .against
            .filter(|_| single)
            .map(|a| locale.text_with("election-against", &[("count", i64::from(a).to_string())])),
        runoff_of: view.runoff_of,
        runoff: view.runoff,
        can_stand: takes_part && phase == Phase::Nominations,
        can_withdraw: standing && matches!(phase, Phase::Nominations | Phase::Waiting),
        standing,
        can_vote: takes_part && phase == Phase::Voting,
        my_flat_voted: view.my_flat_voted.unwrap_or(false),
        can_record_paper: runs && phase == Phase::Voting,
        can_close: runs && phase == Phase::Counting,
        done: done
            .filter(|d| ["stood", "withdrew", "cast", "replaced", "paper", "closed"].contains(d))
            .map(|d| locale.text(&format!("election-done-{d}"))),
        place: view.place,
        phase: phase.code(),
        candidates,
    })
}

fn status(election: &Election, phase: Phase, locale: Locale) -> String {
    let at = |t: NaiveDateTime| locale.date_time(t);
    let (key, when) = match phase {
        Phase::Nominations => ("election-status-nominations", election.nominations_until),
        Phase::Waiting => ("election-status-waiting", election.voting_from),
        Phase::Voting => ("election-status-voting", election.voting_until),
        Phase::Counting => ("election-status-counting", election.voting_until),
        Phase::Closed => (
            "election-status-closed",
            election.closed_at.unwrap_or(election.voting_until),
        ),
    };
    locale.text_with(key, &[("when", at(when))])
}

fn facts(view: &ElectionJson, locale: Locale) -> Vec<(String, String)> {
    let at = |t: NaiveDateTime| locale.date_time(t);
    vec![
        (
            locale.text("election-seats"),
            locale.number(i64::from(view.seats)),
        ),
        (
            locale.text("election-nominations-until"),
            at(view.nominations_until),
        ),
        (
            locale.text("election-voting"),
            locale.text_with(
                "election-from-to",
                &[
                    ("from", at(view.voting_from)),
                    ("to", at(view.voting_until)),
                ],
            ),
        ),
        (
            locale.text("election-term"),
            locale.text_with(
                "election-term-months",
                &[("count", view.term_months.to_string())],
            ),
        ),
    ]
}

/// An election in a list: the board's "next election", the desk's list.
#[derive(Debug, Clone, Serialize)]
pub struct ElectionLine {
    pub id: i32,
    pub title: String,
    pub status: String,
}

pub fn line(
    conn: &mut DbConnection,
    election: &Election,
    locale: Locale,
) -> QueryResult<ElectionLine> {
    let place = place_name(conn, election, locale)?;
    let key = match election.stair_id {
        Some(_) => "election-title-stair",
        None => "election-title-building",
    };
    Ok(ElectionLine {
        id: election.id,
        title: locale.text_with(key, &[("place", place)]),
        status: status(election, election.phase(now()), locale),
    })
}

/// `/elections`: the elections the reader may see, newest first; the desk opens one there.
#[derive(Debug, Clone, Serialize)]
pub struct ListPage {
    pub elections: Vec<ElectionLine>,
    pub can_open: bool,
    /// The stairs and buildings the desk may open an election for.
    pub places: Vec<PlaceChoice>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlaceChoice {
    /// `stair:12` or `building:3`.
    pub value: String,
    pub label: String,
}

pub fn list_page(conn: &mut DbConnection, actor: &Actor, locale: Locale) -> AppResult<ListPage> {
    let elections = super::visible(conn, actor, 100)?
        .iter()
        .map(|e| line(conn, e, locale))
        .collect::<QueryResult<Vec<_>>>()?;
    let places = choices(conn, &actor.operator_estates, locale)?;
    Ok(ListPage {
        elections,
        can_open: !places.is_empty(),
        places,
    })
}

/// The buildings of the desk's estates, each followed by its stairs.
fn choices(
    conn: &mut DbConnection,
    estates: &[i32],
    locale: Locale,
) -> QueryResult<Vec<PlaceChoice>> {
    if estates.is_empty() {
        return Ok(vec![]);
    }
    let rows: Vec<(i32, String, i32, String, String)> = stairs::table
        .inner_join(buildings::table)
        .filter(buildings::estate_id.eq_any(estates))
        .order((buildings::name, buildings::id, stairs::code))
        .select((
            buildings::id,
            buildings::name,
            stairs::id,
            stairs::name,
            buildings::address,
        ))
        .load(conn)?;
    let mut out = vec![];
    let mut last = None;
    for (building, name, stair, stair_name, address) in rows {
        if last != Some(building) {
            out.push(PlaceChoice {
                value: format!("building:{building}"),
                label: locale.text_with("election-place-building", &[("building", name)]),
            });
            last = Some(building);
        }
        out.push(PlaceChoice {
            value: format!("stair:{stair}"),
            label: locale.text_with(
                "election-place-stair",
                &[("stair", stair_name), ("address", address)],
            ),
        });
    }
    Ok(out)
}

/// How a delegate came to hold the role, as the board says it: chosen by the election
/// `election` (on the day it closed, with its turnout, until `ends_at`), or appointed by the
/// desk.
pub fn mandate(
    conn: &mut DbConnection,
    election: Option<i32>,
    ends_at: Option<NaiveDateTime>,
    locale: Locale,
) -> QueryResult<String> {
    let Some(id) = election else {
        return Ok(locale.text("election-appointed"));
    };
    let (closed_at, units, voted): (Option<NaiveDateTime>, Option<i32>, Option<i32>) =
        elections::table
            .find(id)
            .select((
                elections::closed_at,
                elections::units,
                elections::units_voted,
            ))
            .first(conn)?;
    let date = closed_at.map(|at| locale.date(at)).unwrap_or_default();
    let until = ends_at.map(|at| locale.date(at)).unwrap_or_default();
    let (voted, units) = (voted.unwrap_or(0), units.unwrap_or(0));
    Ok(locale.text_with(
        "election-chosen",
        &[
            ("date", date),
            ("voted", locale.number(i64::from(voted))),
            ("count", units.to_string()),
            ("units", locale.number(i64::from(units))),
            ("until", until),
        ],
    ))
}

/// The elections of the reader's places not yet closed, for the board.
pub fn open_for(
    conn: &mut DbConnection,
    actor: &Actor,
    locale: Locale,
) -> QueryResult<Vec<ElectionLine>> {
    if actor.homes.is_empty() && actor.delegate_estates.is_empty() {
        return Ok(vec![]);
    }
    let open: Vec<Election> = elections::table
        .filter(elections::closed_at.is_null())
        .filter(super::in_reach(&actor.neighbour_of()))
        .order(elections::voting_from)
        .select(Election::as_select())
        .load(conn)?;
    open.iter().map(|e| line(conn, e, locale)).collect()
}

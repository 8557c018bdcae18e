//! The close: once the voting window has ended, the desk (or the scheduler, at the window's
//! end) counts the ballots, writes each candidate's votes, the blank ballots and the turnout,
//! destroys the ballots and the key, and gives the winners the delegate role until the term
//! ends — the previous holders' roles end then. Candidates tied for the last seat go to a
//! runoff between them, open at once for as long as the first vote was; with a single
//! candidate, more yes than no elects them. All in one transaction that holds the election
//! alone: two desks (or a desk and the scheduler) closing at once make one close.

use std::collections::HashMap;

use chrono::{Months, NaiveDateTime};
use diesel::prelude::*;
use serde_json::json;

use super::candidates::{standing, Candidate};
use super::events::{self, EventKind};
use super::view::ElectionJson;
use super::{held, now, Election, ElectionAction, Hold, Phase};
use crate::access::Actor;
use crate::audit::{self, AuditAction, Auditor};
use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult, Message};
use crate::core::schema::{election_ballots, election_candidates, election_voters, elections};
use crate::i18n::Locale;
use crate::people::{self, Grant};

/// The desk closes an election whose voting window has ended; the result.
pub fn close(
    conn: &mut DbConnection,
    actor: &Actor,
    id: i32,
    locale: Locale,
) -> AppResult<ElectionJson> {
    super::for_action(conn, actor, id, |place| ElectionAction::Run { place })?;
    let closed = db::transaction(conn, |conn| count(conn, id, Auditor::Person(actor.user_id)))?;
    if !closed {
        return Err(AppError::Conflict(Message::new("election-not-ended")));
    }
    super::view::json(conn, actor, id, locale)
}

/// Closes every election whose voting window has ended (the scheduler's round); how many.
pub fn close_due(conn: &mut DbConnection) -> AppResult<usize> {
    let due: Vec<i32> = elections::table
        .filter(elections::closed_at.is_null())
        .filter(elections::voting_until.le(now()))
        .select(elections::id)
        .load(conn)?;
    let mut closed = 0;
    for id in due {
        if db::transaction(conn, |conn| count(conn, id, Auditor::Job))? {
            closed += 1;
        }
    }
    Ok(closed)
}

/// Counts election `id` if it is due, inside the caller's transaction; whether it closed it.
fn count(conn: &mut DbConnection, id: i32, closer: Auditor) -> AppResult<bool> {
    let election = held(conn, id, Hold::Alone)?;
    let moment = now();
    if election.phase(moment) != Phase::Counting {
        return Ok(false);
    }
    let ballots: Vec<(Option<i32>, bool)> = election_ballots::table
        .filter(election_ballots::election_id.eq(id))
        .select((election_ballots::candidate_id, election_ballots::against))
        .load(conn)?;
    let mut votes: HashMap<i32, i32> = HashMap::new();
    let (mut blank, mut against) = (0, 0);
    for ballot in &ballots {
        match ballot {
            (Some(candidate), _) => *votes.entry(*candidate).or_default() += 1,
            (None, true) => against += 1,
            (None, false) => blank += 1,
        }
    }
    let candidates = standing(conn, id)?;
    for candidate in &candidates {
        diesel::update(election_candidates::table.find(candidate.id))
            .set(election_candidates::votes.eq(votes.get(&candidate.id).copied().unwrap_or(0)))
            .execute(conn)?;
    }
    let units = events::flat_count(conn, &election)? as i32;
    let units_voted = election_voters::table
        .filter(election_voters::election_id.eq(id))
        .count()
        .get_result::<i64>(conn)? as i32;
    diesel::delete(election_ballots::table.filter(election_ballots::election_id.eq(id)))
        .execute(conn)?;
    diesel::update(elections::table.find(id))
        .set((
            elections::closed_at.eq(Some(moment)),
            elections::ballot_key.eq(None::<String>),
            elections::units.eq(Some(units)),
            elections::units_voted.eq(Some(units_voted)),
            elections::blank.eq(Some(blank)),
            elections::against.eq(Some(against)),
        ))
        .execute(conn)?;
    let outcome = outcome(&election, &candidates, &votes, against);
    seat(conn, &election, &outcome.elected, moment, closer)?;
    if !outcome.tied.is_empty() {
        runoff(conn, &election, &outcome, moment)?;
    }
    audit::record(
        conn,
        closer,
        AuditAction::ElectionClosed,
        json!({
            "election_id": id,
            "units": units,
            "units_voted": units_voted,
            "elected": outcome.elected.len(),
            "runoff": !outcome.tied.is_empty(),
        }),
    )?;
    events::record(conn, id, EventKind::Result)?;
    tracing::info!(election = id, units, units_voted, "election closed");
    Ok(true)
}

/// Who won outright, and who is tied for the seats left.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub elected: Vec<i32>,
    pub tied: Vec<i32>,
    pub seats_left: i32,
}

/// The rule, as every election page states it: the most votes win the seats; a candidate
/// needs at least one vote; candidates tied for the last seats go to a runoff between them;
/// a single candidate is elected with more yes than no.
pub fn outcome(
    election: &Election,
    candidates: &[Candidate],
    votes: &HashMap<i32, i32>,
    against: i32,
) -> Outcome {
    let votes_of = |c: &Candidate| votes.get(&c.id).copied().unwrap_or(0);
    if let [only] = candidates {
        let yes = votes_of(only);
        return Outcome {
            elected: if yes > against { vec![only.id] } else { vec![] },
            ..Outcome::default()
        };
    }
    let mut ranked: Vec<(i32, i32)> = candidates
        .iter()
        .map(|c| (c.id, votes_of(c)))
        .filter(|(_, v)| *v > 0)
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let seats = election.seats as usize;
    if ranked.len() <= seats {
        return Outcome {
            elected: ranked.iter().map(|r| r.0).collect(),
            ..Outcome::default()
        };
    }
    // The votes of the last seat, and of the first candidate left out: equal, a tie.
    let (last_in, first_out) = (ranked[seats - 1].1, ranked[seats].1);
    if last_in != first_out {
        return Outcome {
            elected: ranked[..seats].iter().map(|r| r.0).collect(),
            ..Outcome::default()
        };
    }
    let elected: Vec<i32> = ranked
        .iter()
        .filter(|r| r.1 > last_in)
        .map(|r| r.0)
        .collect();
    Outcome {
        seats_left: (seats - elected.len()) as i32,
        tied: ranked
            .iter()
            .filter(|r| r.1 == last_in)
            .map(|r| r.0)
            .collect(),
        elected,
    }
}

/// Gives the winners the delegate role until the term's end, and ends the roles of those who
/// held it before (but seats won in the first round of this election, for a runoff).
fn seat(
    conn: &mut DbConnection,
    election: &Election,
    winners: &[i32],
    moment: NaiveDateTime,
    closer: Auditor,
) -> AppResult<()> {
    if winners.is_empty() {
        return Ok(());
    }
    let role = election.role();
    let scope = Some(election.scope_id());
    let kept: Vec<i32> = election.runoff_of.into_iter().collect();
    for holder in people::end_holders(conn, role, election.scope_id(), &kept, moment)? {
        let details = Grant::new(role, scope).audit_details(holder);
        audit::record(conn, closer, AuditAction::RoleRevoked, details)?;
    }
    let ends_at = moment
        .checked_add_months(Months::new(election.term_months as u32))
        .unwrap_or(moment);
    for candidate in winners {
        diesel::update(election_candidates::table.find(candidate))
            .set(election_candidates::elected.eq(true))
            .execute(conn)?;
        let user: i32 = election_candidates::table
            .find(candidate)
            .select(election_candidates::user_id)
            .first(conn)?;
        let grant = Grant::new(role, scope);
        people::grant_for_term(conn, user, grant, ends_at, election.id)?;
        let mut details = grant.audit_details(user);
        details["election_id"] = json!(election.id);
        details["ends_at"] = json!(ends_at.and_utc().to_rfc3339());
        audit::record(conn, closer, AuditAction::RoleGranted, details)?;
    }
    Ok(())
}

/// Opens the runoff between the tied candidates, voting at once for as long as the first vote
/// lasted, and tells the place.
fn runoff(
    conn: &mut DbConnection,
    election: &Election,
    outcome: &Outcome,
    moment: NaiveDateTime,
) -> AppResult<()> {
    let new = super::open::NewElection {
        level: election.place().level,
        scope_id: election.scope_id(),
        seats: outcome.seats_left,
        nominations_until: moment,
        voting_from: moment,
        voting_until: moment + (election.voting_until - election.voting_from),
        term_months: election.term_months,
    };
    let opener = Actor::default();
    let first_round = election.runoff_of.unwrap_or(election.id);
    let id = super::open::insert(conn, &opener, election.place(), &new, Some(first_round))?;
    let tied: Vec<(i32, String, String)> = election_candidates::table
        .filter(election_candidates::id.eq_any(&outcome.tied))
        .order(election_candidates::id)
        .select((
            election_candidates::user_id,
            election_candidates::statement,
            election_candidates::statement_locale,
        ))
        .load(conn)?;
    for (user, statement, locale) in tied {
        diesel::insert_into(election_candidates::table)
            .values((
                election_candidates::election_id.eq(id),
                election_candidates::user_id.eq(user),
                election_candidates::statement.eq(statement),
                election_candidates::statement_locale.eq(locale),
                election_candidates::created_at.eq(moment),
            ))
            .execute(conn)?;
    }
    diesel::update(elections::table.find(id))
        .set(elections::voting_announced_at.eq(Some(moment)))
        .execute(conn)?;
    events::record(conn, id, EventKind::VotingOpen)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn election(seats: i32) -> Election {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 3, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        Election {
            id: 1,
            level: "stair".into(),
            stair_id: Some(1),
            building_id: 1,
            estate_id: 1,
            seats,
            nominations_until: at,
            voting_from: at,
            voting_until: at,
            term_months: 24,
            runoff_of: None,
            created_at: at,
            closed_at: None,
            units: None,
            units_voted: None,
            blank: None,
            against: None,
        }
    }

    fn candidates(ids: &[i32]) -> Vec<Candidate> {
        ids.iter()
            .enumerate()
            .map(|(at, id)| Candidate {
                id: *id,
                number: at + 1,
                name: format!("C{id}"),
                user_id: *id,
                statement: String::new(),
                statement_lang: "it".into(),
                votes: None,
                elected: false,
            })
            .collect()
    }

    fn tally(pairs: &[(i32, i32)]) -> HashMap<i32, i32> {
        pairs.iter().copied().collect()
    }

    #[test]
    fn the_most_votes_win_and_a_tie_for_the_last_seat_goes_to_a_runoff() {
        let three = candidates(&[1, 2, 3]);
        let clear = outcome(&election(1), &three, &tally(&[(1, 5), (2, 3), (3, 1)]), 0);
        assert_eq!(clear.elected, vec![1]);
        assert!(clear.tied.is_empty());
        let tie = outcome(&election(1), &three, &tally(&[(1, 4), (2, 4), (3, 1)]), 0);
        assert_eq!(
            (tie.elected.clone(), tie.tied.clone()),
            (vec![], vec![1, 2])
        );
        assert_eq!(tie.seats_left, 1);
        let two_seats = outcome(&election(2), &three, &tally(&[(1, 6), (2, 3), (3, 3)]), 0);
        assert_eq!(two_seats.elected, vec![1]);
        assert_eq!(two_seats.tied, vec![2, 3]);
        assert_eq!(two_seats.seats_left, 1);
        let tie_not_at_the_edge =
            outcome(&election(2), &three, &tally(&[(1, 3), (2, 3), (3, 1)]), 0);
        assert_eq!(tie_not_at_the_edge.elected, vec![1, 2]);
        assert!(tie_not_at_the_edge.tied.is_empty());
    }

    #[test]
    fn a_candidate_needs_a_vote_and_a_single_candidate_more_yes_than_no() {
        let two = candidates(&[1, 2]);
        let one_voted = outcome(&election(2), &two, &tally(&[(1, 2)]), 0);
        assert_eq!(one_voted.elected, vec![1]);
        let only = candidates(&[7]);
        assert_eq!(
            outcome(&election(1), &only, &tally(&[(7, 3)]), 2).elected,
            vec![7]
        );
        assert!(outcome(&election(1), &only, &tally(&[(7, 2)]), 2)
            .elected
            .is_empty());
        assert!(outcome(&election(1), &only, &tally(&[]), 0)
            .elected
            .is_empty());
    }
}

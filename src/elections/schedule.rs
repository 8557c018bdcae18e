//! What time alone changes, done by the housekeeping round (and on demand in tests): the place
//! is told when voting opens; an election whose window has ended is closed and counted; the
//! desk is reminded two months before an elected delegate's term ends, to open the next
//! election in time.

use chrono::Months;
use diesel::prelude::*;

use super::events::{self, EventKind};
use super::now;
use crate::core::db::{self, DbConnection};
use crate::core::error::AppResult;
use crate::core::schema::{elections, role_grants};

/// Runs every due step; how many elections changed.
pub fn run_due(conn: &mut DbConnection) -> AppResult<usize> {
    let announced = announce_voting(conn)?;
    let closed = super::close::close_due(conn)?;
    let reminded = remind_terms(conn)?;
    Ok(announced + closed + reminded)
}

/// Tells each place whose voting has opened, once (the mark is set on the condition that it
/// was not, so two nodes tell once).
fn announce_voting(conn: &mut DbConnection) -> AppResult<usize> {
    let moment = now();
    let due: Vec<i32> = elections::table
        .filter(elections::voting_announced_at.is_null())
        .filter(elections::closed_at.is_null())
        .filter(elections::voting_from.le(moment))
        .select(elections::id)
        .load(conn)?;
    let mut told = 0;
    for id in due {
        told += db::transaction(conn, |conn| {
            let marked = diesel::update(
                elections::table
                    .find(id)
                    .filter(elections::voting_announced_at.is_null()),
            )
            .set(elections::voting_announced_at.eq(Some(moment)))
            .execute(conn)?;
            if marked > 0 {
                events::record(conn, id, EventKind::VotingOpen)?;
            }
            Ok::<_, diesel::result::Error>(marked)
        })?;
    }
    Ok(told)
}

/// Reminds the desk of elections whose winners' term ends within two months, once each.
fn remind_terms(conn: &mut DbConnection) -> AppResult<usize> {
    let moment = now();
    let horizon = moment.checked_add_months(Months::new(2)).unwrap_or(moment);
    let due: Vec<i32> = elections::table
        .inner_join(role_grants::table.on(role_grants::election_id.eq(elections::id.nullable())))
        .filter(elections::term_reminded_at.is_null())
        .filter(role_grants::ends_at.gt(moment))
        .filter(role_grants::ends_at.le(horizon))
        .select(elections::id)
        .distinct()
        .load(conn)?;
    let mut reminded = 0;
    for id in due {
        reminded += db::transaction(conn, |conn| {
            let marked = diesel::update(
                elections::table
                    .find(id)
                    .filter(elections::term_reminded_at.is_null()),
            )
            .set(elections::term_reminded_at.eq(Some(moment)))
            .execute(conn)?;
            if marked > 0 {
                events::record(conn, id, EventKind::TermEnding)?;
            }
            Ok::<_, diesel::result::Error>(marked)
        })?;
    }
    Ok(reminded)
}

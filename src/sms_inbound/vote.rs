//! `VOTO 2` from a registered number: the ballot of the writer's flat in the election voting
//! now in their place, answered with a confirmation that says where, never what.

use super::words::Voted;
use super::Reply;
use crate::access::Actor;
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::elections::ballots::{self, Channel, Choice};
use crate::elections::{self, candidates, view};
use crate::i18n::Locale;

pub fn vote(
    conn: &mut DbConnection,
    actor: &Actor,
    voted: Voted,
    locale: Locale,
) -> AppResult<Reply> {
    let open = elections::voting_for(conn, actor)?;
    let [election] = open.as_slice() else {
        let key = if open.is_empty() {
            "sms-vote-none"
        } else {
            "sms-vote-several"
        };
        return Ok(Reply::new(key));
    };
    let standing = candidates::standing(conn, election.id)?;
    let unknown = || Reply::new("sms-vote-unknown").with("count", standing.len().to_string());
    let choice = match voted {
        Voted::Number(n) => match standing.get(n - 1) {
            Some(candidate) => Choice::Candidate(candidate.id),
            None => return Ok(unknown()),
        },
        Voted::Blank => Choice::Blank,
        Voted::Against => Choice::Against,
    };
    let place = view::place_name(conn, election, locale)?;
    match ballots::cast(conn, actor, election.id, choice, Channel::Sms) {
        Ok(cast) => {
            let key = if cast.replaced {
                "sms-vote-replaced"
            } else {
                "sms-vote-recorded"
            };
            Ok(Reply::new(key).with("place", place))
        }
        Err(AppError::Invalid(_)) => Ok(unknown()),
        Err(other) => Err(other),
    }
}

//! Residents of the place stand while nominations are open, with a few words in their language
//! (or none), and may withdraw until voting opens. Ballots number the candidates in the order
//! they stood, so `VOTO 2` means the same to every phone once voting opens.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::{held, now, ElectionAction, Hold, Phase};
use crate::access::Actor;
use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult, Message};
use crate::core::schema::{election_candidates, users};
use crate::i18n::Locale;

/// What a candidate says of themselves: at most [`Statement::MAX`] characters, maybe none.
#[derive(Debug, Clone)]
pub struct Statement(String);

impl Statement {
    pub const MAX: usize = 600;

    pub fn parse(raw: &str) -> AppResult<Statement> {
        let text = raw.trim();
        if text.chars().count() > Self::MAX {
            return Err(AppError::invalid("election-statement-too-long"));
        }
        Ok(Statement(text.to_string()))
    }
}

/// Stands for election `id`; the candidate's id. Only a tenant of the place, while
/// nominations are open; standing twice changes nothing but the statement.
pub fn stand(
    conn: &mut DbConnection,
    actor: &Actor,
    id: i32,
    statement: &Statement,
    locale: Locale,
) -> AppResult<i32> {
    super::for_action(conn, actor, id, |place| ElectionAction::Take { place })?;
    db::transaction(conn, |conn| {
        let election = held(conn, id, Hold::Shared)?;
        if election.phase(now()) != Phase::Nominations {
            return Err(AppError::Conflict(Message::new(
                "election-nominations-closed",
            )));
        }
        // In a savepoint of its own: standing again leaves the transaction usable on
        // PostgreSQL, and then changes the statement.
        let first = db::transaction(conn, |conn| {
            diesel::insert_into(election_candidates::table)
                .values((
                    election_candidates::election_id.eq(id),
                    election_candidates::user_id.eq(actor.user_id),
                    election_candidates::statement.eq(&statement.0),
                    election_candidates::statement_locale.eq(locale.code()),
                    election_candidates::created_at.eq(now()),
                ))
                .execute(conn)
        });
        let mine = election_candidates::table
            .filter(election_candidates::election_id.eq(id))
            .filter(election_candidates::user_id.eq(actor.user_id));
        if !db::inserted(first)? {
            diesel::update(mine)
                .set((
                    election_candidates::statement.eq(&statement.0),
                    election_candidates::statement_locale.eq(locale.code()),
                    election_candidates::withdrawn_at.eq(None::<NaiveDateTime>),
                ))
                .execute(conn)?;
        }
        let candidate = mine.select(election_candidates::id).first(conn)?;
        Ok(candidate)
    })
}

/// Withdraws the caller's candidacy, until voting opens.
pub fn withdraw(conn: &mut DbConnection, actor: &Actor, id: i32) -> AppResult<()> {
    super::for_action(conn, actor, id, |place| ElectionAction::Take { place })?;
    db::transaction(conn, |conn| {
        let election = held(conn, id, Hold::Shared)?;
        if !matches!(election.phase(now()), Phase::Nominations | Phase::Waiting) {
            return Err(AppError::Conflict(Message::new("election-voting-started")));
        }
        let withdrawn = diesel::update(
            election_candidates::table
                .filter(election_candidates::election_id.eq(id))
                .filter(election_candidates::user_id.eq(actor.user_id))
                .filter(election_candidates::withdrawn_at.is_null()),
        )
        .set(election_candidates::withdrawn_at.eq(now()))
        .execute(conn)?;
        if withdrawn == 0 {
            return Err(AppError::NotFound);
        }
        Ok(())
    })
}

/// A candidate as ballots and pages show them: number on the ballot, name, statement.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Candidate {
    pub id: i32,
    /// The number to vote with (`VOTO 2`), from 1 in the order they stood.
    pub number: usize,
    pub name: String,
    #[serde(skip)]
    pub user_id: i32,
    pub statement: String,
    /// The language the statement is written in.
    pub statement_lang: String,
    /// Written at the close.
    #[serde(skip)]
    pub votes: Option<i32>,
    #[serde(skip)]
    pub elected: bool,
}

/// The candidates standing (not withdrawn), numbered.
pub fn standing(conn: &mut DbConnection, id: i32) -> QueryResult<Vec<Candidate>> {
    type Row = (i32, String, i32, String, String, Option<i32>, bool);
    let rows: Vec<Row> = election_candidates::table
        .inner_join(users::table)
        .filter(election_candidates::election_id.eq(id))
        .filter(election_candidates::withdrawn_at.is_null())
        .order(election_candidates::id)
        .select((
            election_candidates::id,
            users::name,
            users::id,
            election_candidates::statement,
            election_candidates::statement_locale,
            election_candidates::votes,
            election_candidates::elected,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .enumerate()
        .map(
            |(at, (id, name, user_id, statement, statement_lang, votes, elected))| Candidate {
                id,
                number: at + 1,
                name,
                user_id,
                statement,
                statement_lang,
                votes,
                elected,
            },
        )
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_statement_may_be_empty_but_not_long() {
        assert!(Statement::parse("").is_ok());
        assert!(Statement::parse("Abito qui da vent'anni.").is_ok());
        assert!(Statement::parse(&"x".repeat(Statement::MAX + 1)).is_err());
    }
}

//! What past assemblies decided, for a board: the decisions in the minutes of the assemblies
//! the reader may open on that board, the latest assemblies first.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::board::{text_for, BoardQuery};
use super::listing::on_board;
use super::minutes::{self, DecisionView};
use super::store::Text;
use super::Kind;
use crate::access::Actor;
use crate::core::db::DbConnection;
use crate::core::prepared::any_of;
use crate::core::schema::{assembly_minutes, notice_texts, notices};
use crate::i18n::Locale;

/// The assemblies whose decisions a board lists.
const ASSEMBLIES: i64 = 5;

/// One decision of a past assembly, with the assembly it came from.
#[derive(Debug, Clone, Serialize)]
pub struct PastDecision {
    pub notice_id: i32,
    /// When the assembly met.
    pub held_on: String,
    pub assembly: String,
    #[serde(flatten)]
    pub decision: DecisionView,
}

/// The decisions of the latest assemblies with minutes on the board `query` asks for (that of
/// `board_estates` without a place asked for), in the minutes' order.
pub fn of_board(
    conn: &mut DbConnection,
    actor: &Actor,
    query: &BoardQuery,
    locale: Locale,
    board_estates: Option<&[i32]>,
) -> QueryResult<Vec<PastDecision>> {
    let held = notices::table
        .filter(notices::kind.eq(Kind::Assembly.code()))
        .filter(notices::state.eq(super::State::Live))
        .filter(notices::id.eq_any(assembly_minutes::table.select(assembly_minutes::notice_id)))
        .order((notices::event_at.desc(), notices::id.desc()))
        .limit(ASSEMBLIES)
        .select((notices::id, notices::event_at))
        .into_boxed();
    let held: Vec<(i32, Option<NaiveDateTime>)> =
        on_board(held, actor, query, true, board_estates).load(conn)?;
    let ids: Vec<i32> = held.iter().map(|(id, _)| *id).collect();
    let texts: Vec<(i32, String, String)> = notice_texts::table
        .filter(any_of(notice_texts::notice_id, &ids))
        .filter(any_of(
            notice_texts::locale,
            [locale.code(), Locale::DEFAULT.code()],
        ))
        .select((
            notice_texts::notice_id,
            notice_texts::locale,
            notice_texts::title,
        ))
        .load(conn)?;
    let mut published = minutes::published(conn, &ids)?;
    let mut decisions = vec![];
    for (id, event_at) in held {
        let of_notice: Vec<Text> = texts
            .iter()
            .filter(|t| t.0 == id)
            .map(|(_, locale, title)| Text {
                locale: locale.clone(),
                title: title.clone(),
                body: String::new(),
            })
            .collect();
        let (text, _) = text_for(&of_notice, locale);
        let held_on = event_at.map(|at| locale.day(at.date())).unwrap_or_default();
        let Some(minutes) = published.remove(&id) else {
            continue;
        };
        decisions.extend(minutes.decisions.into_iter().map(|d| PastDecision {
            notice_id: id,
            held_on: held_on.clone(),
            assembly: text.title.clone(),
            decision: DecisionView::new(&d, locale),
        }));
    }
    Ok(decisions)
}

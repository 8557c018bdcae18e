//! A person's secret feed addresses, as their profile shows them: the board's feeds for
//! everyone, the agenda's calendar for those who may see an agenda; and making new ones.

use serde::Serialize;

use crate::access::{allows, Action, Actor};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::notices::feeds as board_feeds;
use crate::people::feeds::{FeedKey, FeedPurpose};
use crate::reports::calendar;

#[derive(Debug, Clone, Serialize)]
pub struct FeedAddresses {
    pub board_feed_url: String,
    pub board_calendar_url: String,
    /// Staff and the desk only.
    pub agenda_url: Option<String>,
}

pub fn addresses(
    conn: &mut DbConnection,
    key: &FeedKey,
    actor: &Actor,
    base_url: &str,
) -> AppResult<FeedAddresses> {
    let board = board_feeds::token(conn, key, actor.user_id)?;
    let (board_feed_url, board_calendar_url) = board_feeds::urls(base_url, &board);
    let agenda_url = if allows(actor, Action::WorkQueue) {
        let token = calendar::token(conn, key, actor.user_id)?;
        Some(calendar::url(base_url, &token))
    } else {
        None
    };
    Ok(FeedAddresses {
        board_feed_url,
        board_calendar_url,
        agenda_url,
    })
}

/// A new address for one purpose; the old one stops working at once.
pub fn renew(
    conn: &mut DbConnection,
    key: &FeedKey,
    actor: &Actor,
    purpose: FeedPurpose,
) -> AppResult<()> {
    match purpose {
        FeedPurpose::Agenda => calendar::renew_for(conn, key, actor).map(drop),
        FeedPurpose::Board => Ok(board_feeds::renew(conn, key, actor.user_id).map(drop)?),
    }
}

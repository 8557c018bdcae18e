//! The notices of a board, page by page: what changes when notices do. Made once per
//! [`ListingKey`] and kept by the [`CardView`] that shows it (the board page), since a board is
//! read far more often than it changes. The key holds the latest notice event and the reader's
//! count of notices seen, read from the database before the notices: any change on any app
//! node moves it, and a listing is never kept under a key older than its contents. Notices
//! starting or expiring show within the minute.

use diesel::dsl::{count_star, max};
use diesel::prelude::*;
use serde::Serialize;

use super::board::BoardQuery;
use super::cards::CardView;
use super::rules::{self, NoticeAction, NoticeScope};
use super::{NoticeRow, State};
use crate::access::{allows, Actor, Level};
use crate::core::db::{DbConnection, MultiBackend};
use crate::core::error::AppResult;
use crate::core::prepared::any_of;
use crate::core::schema::{notice_events, notice_seen, notice_texts, notices};
use crate::i18n::format::local_now;
use crate::i18n::gaps::Written;
use crate::i18n::Locale;
use crate::places;

/// At most this many notices on one page of a board.
const PAGE: i64 = 30;

/// A board's notices and the offers and requests waiting for the reader's approval.
#[derive(Debug, Clone, Serialize)]
pub struct Listing<C> {
    pub notices: Vec<C>,
    pub pending: Vec<C>,
    /// Expired notices, not current ones.
    pub archive: bool,
    /// The query of the next page of older notices, if there is one.
    pub older: Option<String>,
}

/// Everything a listing depends on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ListingKey {
    actor: Actor,
    query: BoardQuery,
    pub locale: &'static str,
    /// The latest notice event: every change to a notice writes one.
    notices: Option<i32>,
    /// How many notices the reader has said they saw.
    seen: i64,
    minute: i64,
}

impl ListingKey {
    fn of(
        conn: &mut DbConnection,
        actor: &Actor,
        query: &BoardQuery,
        locale: Locale,
    ) -> QueryResult<ListingKey> {
        // One round trip for both.
        let (notices, seen) = diesel::select((
            notice_events::table
                .select(max(notice_events::id))
                .single_value()
                .assume_not_null()
                .nullable(),
            notice_seen::table
                .filter(notice_seen::user_id.eq(actor.user_id))
                .select(count_star())
                .single_value()
                .assume_not_null(),
        ))
        .get_result::<(Option<i32>, i64)>(conn)?;
        Ok(ListingKey {
            notices,
            seen,
            minute: chrono::Utc::now().timestamp() / 60,
            actor: actor.clone(),
            query: query.clone(),
            locale: locale.code(),
        })
    }
}

/// The estates of a reader's own board: where they live or look after, keep the desk, or
/// serve (`served`); every estate for an admin (`None`).
pub(super) fn own_estates(actor: &Actor, served: &[places::Named]) -> Option<Vec<i32>> {
    if actor.admin {
        return None;
    }
    let mut ids: Vec<i32> = actor
        .homes
        .iter()
        .map(|h| h.estate_id)
        .chain(actor.delegate_estates.iter().copied())
        .chain(actor.operator_estates.iter().copied())
        .chain(served.iter().map(|e| e.id))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    Some(ids)
}

/// The listing of the board `query` asks for (the reader's own: that of `own` estates), as
/// `view` shows it: as shown before, or made.
pub fn listing<V: CardView>(
    conn: &mut DbConnection,
    actor: &Actor,
    query: &BoardQuery,
    locale: Locale,
    view: &V,
    own: Option<&[i32]>,
) -> AppResult<V::List> {
    let key = ListingKey::of(conn, actor, query, locale)?;
    if let Some(listing) = view.listed(&key) {
        return Ok(listing);
    }
    let page = query.page.unwrap_or(1);
    let mut live = board_rows(conn, actor, query, State::Live, (page, PAGE), own)?;
    let older = (live.len() as i64 > PAGE).then(|| {
        live.truncate(PAGE as usize);
        let next = BoardQuery {
            page: Some(page.max(1).saturating_add(1)),
            ..query.clone()
        };
        serde_urlencoded::to_string(next).unwrap_or_default()
    });
    // Offers and requests wait on the first page for those who approve them, and for no one
    // else: most readers never ask.
    let pending = if rules::moderates(actor) && page <= 1 {
        board_rows(conn, actor, query, State::Pending, (1, PAGE), own)?
            .into_iter()
            .filter(|row| {
                NoticeScope::of(conn, row)
                    .map(|scope| allows(actor, NoticeAction::Approve(&scope)))
                    .unwrap_or(false)
            })
            .collect()
    } else {
        vec![]
    };
    let listing = Listing {
        notices: super::cards::cards(conn, actor, live, locale, view)?,
        pending: super::cards::cards(conn, actor, pending, locale, view)?,
        archive: query.archive,
        older,
    };
    view.list(key, listing)
}

/// The first page of the reader's own board, as `view` shows it: the home page lists its
/// first notices, kept by the same key as the board's listings.
pub fn latest<V: CardView>(
    conn: &mut DbConnection,
    actor: &Actor,
    locale: Locale,
    view: &V,
) -> AppResult<V::List> {
    let own = own_estates(actor, &[]);
    listing(
        conn,
        actor,
        &BoardQuery::default(),
        locale,
        view,
        own.as_deref(),
    )
}

/// Visible notices in `state` on the board `query` asks for, in board order: page `page` (1
/// and on) of `per_page`, and one more to tell whether another page follows. Without a place
/// asked for, the board is that of `board_estates` (every estate: `None`).
fn board_rows(
    conn: &mut DbConnection,
    actor: &Actor,
    query: &BoardQuery,
    state: State,
    (page, per_page): (i64, i64),
    board_estates: Option<&[i32]>,
) -> QueryResult<Vec<NoticeRow>> {
    let now = local_now();
    let rows = notices::table
        .filter(notices::state.eq(state))
        .order((
            notices::pinned.desc(),
            notices::urgent.desc(),
            notices::starts_at.desc(),
            notices::id.desc(),
        ))
        .offset((page.max(1) - 1).saturating_mul(per_page))
        .limit(per_page + 1)
        .select(NoticeRow::as_select())
        .into_boxed();
    let mut rows = on_board(rows, actor, query, state == State::Live, board_estates);
    if state == State::Live {
        rows = rows.filter(notices::starts_at.le(now));
        rows = if query.archive {
            rows.filter(notices::expires_at.assume_not_null().le(now))
        } else {
            rows.filter(
                notices::expires_at
                    .is_null()
                    .or(notices::expires_at.gt(now)),
            )
        };
    }
    rows.load(conn)
}

/// `rows` narrowed to the notices `actor` may open (live ones, or waiting and removed ones) on
/// the board `query` asks for: without a place asked for, that of `board_estates` (every
/// estate: `None`).
pub(super) fn on_board<'a, ST>(
    mut rows: notices::BoxedQuery<'a, MultiBackend, ST>,
    actor: &Actor,
    query: &BoardQuery,
    live: bool,
    board_estates: Option<&[i32]>,
) -> notices::BoxedQuery<'a, MultiBackend, ST> {
    if let Some(visible) = rules::visible_in(actor, live) {
        rows = rows.filter(visible);
    }
    match (query.estate, board_estates) {
        (Some(estate), _) => rows = rows.filter(notices::estate_id.eq(estate)),
        (None, Some(estates)) => rows = rows.filter(any_of(notices::estate_id, estates.to_vec())),
        (None, None) => {}
    }
    if let Some(building) = query.building {
        // A building's board: its own notices, its stairs', and its estate's.
        rows = rows.filter(
            notices::building_id
                .eq(building)
                .or(notices::level.eq(Level::Estate.code())),
        );
    }
    if let Some(stair) = query.stair {
        rows = rows.filter(
            notices::stair_id
                .eq(stair)
                .or(notices::level.ne(Level::Stair.code())),
        );
    }
    rows
}

/// The current notices `actor` looks after (as their author, at the desk or as a delegate;
/// every one for an admin), titled in Italian, with the languages they are written in.
pub fn written(conn: &mut DbConnection, actor: &Actor) -> QueryResult<Vec<Written>> {
    let now = local_now();
    let mut current = notices::table
        .filter(notices::state.eq(super::State::Live))
        .filter(
            notices::expires_at
                .is_null()
                .or(notices::expires_at.gt(now)),
        )
        .order(notices::id.desc())
        .select(notices::id)
        .into_boxed();
    if let Some(looked_after) = rules::visible_in(actor, false) {
        current = current.filter(looked_after);
    }
    let ids: Vec<i32> = current.load(conn)?;
    let texts: Vec<(i32, String, String)> = notice_texts::table
        .filter(any_of(notice_texts::notice_id, &ids))
        .select((
            notice_texts::notice_id,
            notice_texts::locale,
            notice_texts::title,
        ))
        .load(conn)?;
    Ok(ids
        .into_iter()
        .map(|id| {
            let of_notice = texts.iter().filter(|(notice, _, _)| *notice == id);
            Written {
                title: of_notice
                    .clone()
                    .find(|(_, l, _)| l == Locale::DEFAULT.code())
                    .map(|t| t.2.clone())
                    .unwrap_or_default(),
                link: format!("/notices/{id}"),
                locales: of_notice.map(|(_, l, _)| l.clone()).collect(),
            }
        })
        .collect())
}

//! Notices as cards in the reader's language, made for a whole board at once, in two steps.
//! First what every card needs and costs little: whether the reader has seen it and may say
//! so, which with the notice's version and the language make its [`CardKey`]. Then, only for
//! the cards the [`CardView`] has not shown before under that key, the rest: texts, authors,
//! names of the places, the Markdown. A page keeps the cards it rendered, so a busy board is
//! mostly the first step.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::board::{text_for, NoticeCard};
use super::listing::{Listing, ListingKey};
use super::minutes::MinutesView;
use super::rules::{NoticeAction, NoticeScope};
use super::store::Text;
use super::{Kind, NoticeRow};
use crate::access::{allows, Actor};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::prepared::any_of;
use crate::core::schema::{buildings, estates, notice_seen, notice_texts, stairs, users};
use crate::i18n::Locale;

/// Everything a card's look depends on: the notice's version (every change moves
/// `updated_at`), the language, and what this reader sees and may do with it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CardKey {
    pub id: i32,
    pub updated_at: NaiveDateTime,
    pub locale: &'static str,
    pub seen: bool,
    pub can_mark_seen: bool,
}

/// How cards and listings are shown. The board page renders each card and each listing once
/// and keeps them, asking for a whole card only under a key it has not rendered, and for a
/// listing's cards only under a listing key it has not; the API and the feeds take every card
/// and listing whole ([`Whole`]) and keep nothing.
pub trait CardView {
    type Card;
    type List: Serialize;
    /// The card as shown before under `key`, if it was.
    fn shown(&self, key: &CardKey) -> Option<Self::Card>;
    fn show(&self, key: CardKey, card: NoticeCard) -> AppResult<Self::Card>;
    /// The listing as shown before under `key`, if it was.
    fn listed(&self, key: &ListingKey) -> Option<Self::List>;
    fn list(&self, key: ListingKey, listing: Listing<Self::Card>) -> AppResult<Self::List>;
}

/// Every card and listing whole.
pub struct Whole;

impl CardView for Whole {
    type Card = NoticeCard;
    type List = Listing<NoticeCard>;

    fn shown(&self, _: &CardKey) -> Option<NoticeCard> {
        None
    }

    fn show(&self, _: CardKey, card: NoticeCard) -> AppResult<NoticeCard> {
        Ok(card)
    }

    fn listed(&self, _: &ListingKey) -> Option<Listing<NoticeCard>> {
        None
    }

    fn list(&self, _: ListingKey, listing: Listing<NoticeCard>) -> AppResult<Listing<NoticeCard>> {
        Ok(listing)
    }
}

fn unique(ids: impl Iterator<Item = i32>) -> Vec<i32> {
    let mut ids: Vec<i32> = ids.collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// A card the view has not shown before: what the second step needs to make it.
struct Missing {
    at: usize,
    key: CardKey,
    row: NoticeRow,
    scope: NoticeScope,
}

pub fn cards<V: CardView>(
    conn: &mut DbConnection,
    actor: &Actor,
    rows: Vec<NoticeRow>,
    locale: Locale,
    view: &V,
) -> AppResult<Vec<V::Card>> {
    if rows.is_empty() {
        return Ok(vec![]);
    }
    let ids = unique(rows.iter().map(|r| r.id));
    let seen: HashSet<i32> = notice_seen::table
        .filter(notice_seen::user_id.eq(actor.user_id))
        .filter(any_of(notice_seen::notice_id, &ids))
        .select(notice_seen::notice_id)
        .load::<i32>(conn)?
        .into_iter()
        .collect();
    let estate_ids = unique(rows.iter().map(|r| r.estate_id));
    // Every building of these estates, with owner and address: owners for the rules, addresses
    // for the labels.
    let building_rows: Vec<(i32, i32, i32, String)> = buildings::table
        .filter(any_of(buildings::estate_id, &estate_ids))
        .select((
            buildings::id,
            buildings::estate_id,
            buildings::owner_id,
            buildings::address,
        ))
        .load(conn)?;
    let building = |id: i32| building_rows.iter().find(|b| b.0 == id);

    let mut shown: Vec<Option<V::Card>> = Vec::with_capacity(rows.len());
    let mut missing = vec![];
    for row in rows {
        let mut estate_owners: Vec<i32> = if row.building_id.is_none() {
            building_rows
                .iter()
                .filter(|b| b.1 == row.estate_id)
                .map(|b| b.2)
                .collect()
        } else {
            vec![]
        };
        estate_owners.sort_unstable();
        estate_owners.dedup();
        let scope = NoticeScope {
            place: row.place(),
            kind: row.kind(),
            author_id: row.author_id,
            state: row.state,
            owner: row.building_id.and_then(building).map(|b| b.2),
            estate_owners,
        };
        let is_seen = seen.contains(&row.id);
        let key = CardKey {
            id: row.id,
            updated_at: row.updated_at,
            locale: locale.code(),
            seen: is_seen,
            can_mark_seen: !is_seen && allows(actor, NoticeAction::MarkSeen(&scope)),
        };
        match view.shown(&key) {
            Some(card) => shown.push(Some(card)),
            None => {
                missing.push(Missing {
                    at: shown.len(),
                    key,
                    row,
                    scope,
                });
                shown.push(None);
            }
        }
    }
    if missing.is_empty() {
        return Ok(shown.into_iter().flatten().collect());
    }

    let missing_ids = unique(missing.iter().map(|m| m.row.id));
    let mut texts: HashMap<i32, Vec<Text>> = HashMap::new();
    let loaded: Vec<(i32, String, String, String)> = notice_texts::table
        .filter(any_of(notice_texts::notice_id, &missing_ids))
        .filter(any_of(
            notice_texts::locale,
            [locale.code(), Locale::DEFAULT.code()],
        ))
        .select((
            notice_texts::notice_id,
            notice_texts::locale,
            notice_texts::title,
            notice_texts::body,
        ))
        .load(conn)?;
    for (notice, locale, title, body) in loaded {
        texts.entry(notice).or_default().push(Text {
            locale,
            title,
            body,
        });
    }
    let authors: HashMap<i32, String> = users::table
        .filter(any_of(
            users::id,
            unique(missing.iter().map(|m| m.row.author_id)),
        ))
        .select((users::id, users::name))
        .load(conn)?
        .into_iter()
        .collect();
    let stair_names: HashMap<i32, (String, i32)> = stairs::table
        .filter(any_of(
            stairs::id,
            unique(missing.iter().filter_map(|m| m.row.stair_id)),
        ))
        .select((stairs::id, (stairs::name, stairs::building_id)))
        .load(conn)?
        .into_iter()
        .collect();
    let assemblies = unique(
        missing
            .iter()
            .filter(|m| m.row.kind() == Kind::Assembly)
            .map(|m| m.row.id),
    );
    let mut minutes = super::minutes::published(conn, &assemblies)?;
    let estate_names: HashMap<i32, String> = estates::table
        .filter(any_of(estates::id, &estate_ids))
        .select((estates::id, estates::name))
        .load(conn)?
        .into_iter()
        .collect();
    for Missing {
        at,
        key,
        row,
        scope,
    } in missing
    {
        let (text, in_italian) =
            text_for(texts.get(&row.id).map_or(&[][..], Vec::as_slice), locale);
        let place = match (row.stair_id, row.building_id) {
            (Some(stair), _) => {
                let (name, in_building) = stair_names.get(&stair).cloned().unwrap_or_default();
                let address = building(in_building)
                    .map(|b| b.3.clone())
                    .unwrap_or_default();
                locale.text_with(
                    "report-place-stair",
                    &[("stair", name), ("address", address)],
                )
            }
            (None, Some(id)) => building(id).map(|b| b.3.clone()).unwrap_or_default(),
            _ => estate_names
                .get(&row.estate_id)
                .cloned()
                .unwrap_or_default(),
        };
        let published = minutes.remove(&row.id);
        let mut card = NoticeCard::new(
            row,
            text,
            in_italian,
            place,
            authors.get(&scope.author_id).cloned().unwrap_or_default(),
            (key.seen, key.can_mark_seen),
            locale,
        );
        card.minutes = published.map(|p| MinutesView::new(p, locale));
        shown[at] = Some(view.show(key, card)?);
    }
    Ok(shown.into_iter().flatten().collect())
}

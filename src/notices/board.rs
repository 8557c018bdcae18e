//! The board as a reader sees it: the notices of their stair, building and estate merged —
//! pinned and urgent first, then newest — or the archive of expired ones; for delegates and
//! the desk, the offers and requests waiting for approval; and who the stair's delegates are
//! and how to reach them (only what each agreed to show).

use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::cards::{CardView, Whole};
use super::listing::{listing, own_estates, Listing};
use super::store::Text;
use super::{Kind, NoticeRow};
use crate::access::{Actor, Picker};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::schema::{contact_cards, role_grants, users};
use crate::i18n::Locale;
use crate::people::feeds::FeedKey;
use crate::people::{Role, ScopeType};
use crate::places;

/// Which board: the reader's own (nothing chosen), or one place they serve.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Hash, Deserialize, Serialize, utoipa::IntoParams,
)]
#[into_params(parameter_in = Query)]
pub struct BoardQuery {
    pub estate: Option<i32>,
    pub building: Option<i32>,
    pub stair: Option<i32>,
    #[serde(default)]
    pub archive: bool,
    /// Pages of older notices, from 1.
    #[param(minimum = 1)]
    pub page: Option<i64>,
}

/// A notice as the home page lists it: what it says, where and when.
#[derive(Debug, Clone, Serialize)]
pub struct NoticeHeadline {
    pub id: i32,
    pub urgent: bool,
    pub title: String,
    pub place: String,
    pub posted: String,
}

impl From<&NoticeCard> for NoticeHeadline {
    fn from(card: &NoticeCard) -> Self {
        NoticeHeadline {
            id: card.id,
            urgent: card.urgent,
            title: card.title.clone(),
            place: card.place.clone(),
            posted: card.posted.clone(),
        }
    }
}

/// One notice on a board or in a feed, in the reader's language.
#[derive(Debug, Clone, Serialize)]
pub struct NoticeCard {
    pub id: i32,
    pub kind: &'static str,
    pub kind_text: String,
    pub title: String,
    pub body_html: String,
    /// The Markdown it was written in, for feeds' plain text.
    #[serde(skip)]
    pub body: String,
    /// Not written in the reader's language: shown in Italian.
    pub in_italian: bool,
    pub place: String,
    pub author: String,
    pub urgent: bool,
    pub pinned: bool,
    pub pending: bool,
    pub posted: String,
    pub expires: Option<String>,
    pub event_when: Option<String>,
    pub event_place: Option<String>,
    pub works_when: Option<String>,
    pub services: Vec<String>,
    pub progress: Option<String>,
    pub progress_text: Option<String>,
    pub has_image: bool,
    pub seen: bool,
    pub can_mark_seen: bool,
    /// An assembly's minutes, once published.
    pub minutes: Option<super::minutes::MinutesView>,
    #[serde(skip)]
    pub row: NoticeRow,
}

impl NoticeCard {
    /// `seen`: whether the reader has seen it, and whether they may say so.
    pub(super) fn new(
        row: NoticeRow,
        text: Text,
        in_italian: bool,
        place: String,
        author: String,
        (seen, can_mark_seen): (bool, bool),
        locale: Locale,
    ) -> NoticeCard {
        let period =
            |from: Option<chrono::NaiveDateTime>, until: Option<chrono::NaiveDateTime>| match (
                from, until,
            ) {
                (Some(from), Some(until)) => Some(locale.text_with(
                    "notice-period",
                    &[
                        ("from", locale.day(from.date())),
                        ("until", locale.day(until.date())),
                    ],
                )),
                (Some(from), None) => Some(locale.day(from.date())),
                _ => None,
            };
        NoticeCard {
            id: row.id,
            kind: row.kind().code(),
            kind_text: locale.text(&format!("notice-kind-{}", row.kind().code())),
            body_html: super::markdown::to_html(&text.body, locale),
            body: text.body,
            title: text.title,
            in_italian,
            place,
            author,
            urgent: row.urgent,
            pinned: row.pinned,
            pending: row.state == super::State::Pending,
            posted: locale.day(row.starts_at.date()),
            expires: row.expires_at.map(|e| locale.day(e.date())),
            event_when: row.event_at.map(|at| {
                format!(
                    "{} {}, {}",
                    locale.weekday(at.date()),
                    locale.day(at.date()),
                    locale.clock(at.time())
                )
            }),
            event_place: row.event_place.clone(),
            works_when: period(row.works_from, row.works_until),
            services: row
                .services()
                .iter()
                .map(|s| locale.text(&format!("notice-service-{s}")))
                .collect(),
            progress: row.progress.map(|p| p.code().to_string()),
            progress_text: row
                .progress
                .map(|p| locale.text(&format!("notice-progress-{}", p.code()))),
            has_image: row.image_key.is_some(),
            seen,
            can_mark_seen,
            minutes: None,
            row,
        }
    }
}

/// A delegate as their neighbours may reach them.
#[derive(Debug, Clone, Serialize)]
pub struct Delegate {
    pub name: String,
    pub role: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub hours: Option<String>,
    /// "Chosen on … with 31 of 48 flats voting, in office until …", or "appointed by the desk".
    pub mandate: String,
}

/// A board, its listing as the [`CardView`] it was made for shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Board<L = Listing<NoticeCard>> {
    #[serde(flatten)]
    pub listing: L,
    pub delegates: Vec<Delegate>,
    /// Elections of the reader's places not yet closed: the next delegates.
    pub elections: Vec<crate::elections::view::ElectionLine>,
    pub can_post: bool,
    pub query: BoardQuery,
    /// For staff, the places they serve, to pick a board.
    pub estates: Vec<places::Named>,
    pub buildings: Vec<places::Named>,
    /// The estates of the reader's own board (every estate: `None`).
    #[serde(skip)]
    pub own_estates: Option<Vec<i32>>,
}

/// A notice's text in the reader's language, or in Italian with a marker.
pub fn text_for(texts: &[Text], locale: Locale) -> (Text, bool) {
    let pick = |code: &str| texts.iter().find(|t| t.locale == code).cloned();
    match pick(locale.code()) {
        Some(text) => (text, false),
        None => (
            pick(Locale::DEFAULT.code()).unwrap_or(Text {
                locale: Locale::DEFAULT.code().into(),
                title: String::new(),
                body: String::new(),
            }),
            locale != Locale::DEFAULT,
        ),
    }
}

/// A place's name as a board says it.
pub fn place_label(
    conn: &mut DbConnection,
    row: &NoticeRow,
    locale: Locale,
) -> QueryResult<String> {
    Ok(match (row.stair_id, row.building_id) {
        (Some(stair), _) => {
            let s = places::stair(conn, stair)?;
            locale.text_with(
                "report-place-stair",
                &[("stair", s.name), ("address", s.context)],
            )
        }
        (None, Some(building)) => places::building(conn, building)?.name,
        _ => places::estate(conn, row.estate_id)?.name,
    })
}

pub fn card(
    conn: &mut DbConnection,
    actor: &Actor,
    row: NoticeRow,
    locale: Locale,
) -> AppResult<NoticeCard> {
    let mut cards = super::cards::cards(conn, actor, vec![row], locale, &Whole)?;
    cards.pop().ok_or(crate::core::error::AppError::NotFound)
}

/// The delegates of the stairs and buildings someone lives in, with what they agreed to show:
/// one query per home (most people have one), the same query each time.
fn delegates(conn: &mut DbConnection, actor: &Actor, locale: Locale) -> QueryResult<Vec<Delegate>> {
    type Row = (
        String,
        Option<String>,
        String,
        Option<(Option<String>, bool, Option<String>)>,
        Option<i32>,
        Option<chrono::NaiveDateTime>,
    );
    let now = chrono::Utc::now().naive_utc();
    let mut rows: Vec<Row> = vec![];
    for home in &actor.homes {
        rows.extend(
            role_grants::table
                .inner_join(
                    users::table
                        .left_join(contact_cards::table.on(contact_cards::user_id.eq(users::id))),
                )
                // Naming the scope type lets the (scope_type, scope_id, role) index answer,
                // instead of a scan of every tenant's grant on the estate.
                .filter(
                    role_grants::scope_type
                        .eq(ScopeType::Stair.code())
                        .and(role_grants::scope_id.eq(home.stair_id))
                        .and(role_grants::role.eq(Role::StairDelegate.code()))
                        .or(role_grants::scope_type
                            .eq(ScopeType::Building.code())
                            .and(role_grants::scope_id.eq(home.building_id))
                            .and(role_grants::role.eq(Role::BuildingDelegate.code()))),
                )
                .filter(
                    role_grants::ends_at
                        .is_null()
                        .or(role_grants::ends_at.gt(now)),
                )
                .select((
                    users::name,
                    users::email,
                    role_grants::role,
                    (
                        contact_cards::phone,
                        contact_cards::show_email,
                        contact_cards::hours,
                    )
                        .nullable(),
                    role_grants::election_id,
                    role_grants::ends_at,
                ))
                .load::<Row>(conn)?,
        );
    }
    rows.sort_by(|a, b| a.0.cmp(&b.0).then(a.2.cmp(&b.2)));
    rows.dedup();
    rows.into_iter()
        .map(|(name, email, role, card, election, ends_at)| {
            let (phone, show_email, hours) = card.unwrap_or((None, false, None));
            Ok(Delegate {
                name,
                role: locale.text(&format!("role-{role}")),
                phone,
                email: email.filter(|_| show_email),
                hours,
                mandate: crate::elections::view::mandate(conn, election, ends_at, locale)?,
            })
        })
        .collect()
}

pub fn board<V: CardView>(
    conn: &mut DbConnection,
    actor: &Actor,
    query: BoardQuery,
    locale: Locale,
    view: &V,
) -> AppResult<Board<V::List>> {
    let Picker {
        estates, buildings, ..
    } = Picker::load(conn, actor, query.estate, false)?;
    let own = own_estates(actor, &estates);
    let listing = listing(conn, actor, &query, locale, view, own.as_deref())?;
    Ok(Board {
        listing,
        delegates: delegates(conn, actor, locale)?,
        elections: crate::elections::view::open_for(conn, actor, locale)?,
        can_post: actor.admin
            || !actor.operator_estates.is_empty()
            || !actor.homes.is_empty()
            || !actor.delegate_stairs.is_empty()
            || !actor.delegate_buildings.is_empty()
            || !actor.staff_of.is_empty(),
        query,
        estates,
        buildings,
        own_estates: own,
    })
}

/// The kinds of notice, in words, for forms.
pub fn kind_choices(locale: Locale) -> Vec<crate::reports::detail::Choice> {
    Kind::ALL
        .iter()
        .map(|k| crate::reports::detail::Choice {
            code: k.code().to_string(),
            label: locale.text(&format!("notice-kind-{}", k.code())),
            current: false,
        })
        .collect()
}

/// The board page: a board and the secret addresses of its feeds (advertised in the page).
#[derive(Debug, Clone, Serialize)]
pub struct BoardPage<L> {
    #[serde(flatten)]
    pub board: Board<L>,
    pub feed_url: String,
    pub calendar_url: String,
    /// What past assemblies of this board decided.
    pub decisions: Vec<super::decisions::PastDecision>,
}

pub fn page<V: CardView>(
    conn: &mut DbConnection,
    actor: &Actor,
    query: BoardQuery,
    locale: Locale,
    base_url: &str,
    key: &FeedKey,
    view: &V,
) -> AppResult<BoardPage<V::List>> {
    let board = board(conn, actor, query, locale, view)?;
    let token = super::feeds::token(conn, key, actor.user_id)?;
    let (feed_url, calendar_url) = super::feeds::urls(base_url, &token);
    let decisions = super::decisions::of_board(
        conn,
        actor,
        &board.query,
        locale,
        board.own_estates.as_deref(),
    )?;
    Ok(BoardPage {
        board,
        feed_url,
        calendar_url,
        decisions,
    })
}

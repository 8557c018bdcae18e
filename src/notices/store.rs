//! Posting, changing, approving and removing notices: each authorized by the notice rules and
//! recorded as an event (an urgent notice going live is told to every resident it is for, by
//! `notifications::fanout`).

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde_json::json;

use super::rules::{NewNotice, NoticeAction, NoticeScope, Posting};
use super::{
    Kind, NoticeRow, Progress, State, BODY_MAX, PLACE_MAX, REASON_MAX, SERVICES, TITLE_MAX,
};
use crate::access::{allows, authorize, Actor, Level, Place};
use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult, Message};
use crate::core::schema::{notice_events, notice_seen, notice_texts, notices};
use crate::i18n::format::local_now;
use crate::i18n::Locale;
use crate::places;

/// A notice's text in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub locale: String,
    pub title: String,
    pub body: String,
}

/// A notice as its author writes it, already parsed from a form or the API. Times are the
/// estate's local time.
#[derive(Debug, Clone)]
pub struct Draft {
    pub kind: Kind,
    /// Where: a stair, a building or an estate, by id.
    pub level: Level,
    pub place_id: i32,
    /// Italian first; other languages optional.
    pub texts: Vec<Text>,
    pub urgent: bool,
    pub pinned: bool,
    pub starts_at: Option<NaiveDateTime>,
    pub expires_at: Option<NaiveDateTime>,
    pub event_at: Option<NaiveDateTime>,
    pub event_place: Option<String>,
    pub works_from: Option<NaiveDateTime>,
    pub works_until: Option<NaiveDateTime>,
    pub services: Vec<String>,
    pub progress: Option<Progress>,
}

fn too_long(key: &'static str, max: usize) -> AppError {
    AppError::Invalid(Message::new(key).with("max", max))
}

/// Checks what can be checked without the database.
fn check(draft: &Draft) -> AppResult<()> {
    // Italian is what every reader can fall back on.
    let italian = draft
        .texts
        .iter()
        .any(|t| t.locale == Locale::DEFAULT.code() && !t.title.trim().is_empty());
    if !italian {
        return Err(AppError::invalid("notice-title-required"));
    }
    for text in &draft.texts {
        if Locale::from_code(&text.locale).is_none() {
            return Err(AppError::invalid("locale-invalid"));
        }
        if text.title.trim().chars().count() > TITLE_MAX {
            return Err(too_long("notice-title-long", TITLE_MAX));
        }
        if text.body.chars().count() > BODY_MAX {
            return Err(too_long("notice-body-long", BODY_MAX));
        }
    }
    // One text per language: a second would be refused by the database, as a fault of ours.
    let mut languages: Vec<_> = draft
        .texts
        .iter()
        .filter(|t| !t.title.trim().is_empty())
        .filter_map(|t| Locale::from_code(&t.locale))
        .collect();
    let written = languages.len();
    languages.sort_by_key(|l| l.code());
    languages.dedup();
    if languages.len() < written {
        return Err(AppError::invalid("notice-language-twice"));
    }
    if draft
        .event_place
        .as_deref()
        .is_some_and(|p| p.chars().count() > PLACE_MAX)
    {
        return Err(too_long("notice-place-long", PLACE_MAX));
    }
    if draft
        .services
        .iter()
        .any(|s| !SERVICES.contains(&s.as_str()))
    {
        return Err(AppError::invalid("notice-services-invalid"));
    }
    let backwards = |from: Option<NaiveDateTime>, to: Option<NaiveDateTime>| matches!((from, to), (Some(a), Some(b)) if b < a);
    if backwards(draft.starts_at, draft.expires_at)
        || backwards(draft.works_from, draft.works_until)
    {
        return Err(AppError::invalid("notice-dates-invalid"));
    }
    if draft.level == Level::Unit {
        return Err(AppError::invalid("notice-place-invalid"));
    }
    // Its minutes wait for this time to pass.
    if draft.kind == Kind::Assembly && draft.event_at.is_none() {
        return Err(AppError::invalid("assembly-when-required"));
    }
    Ok(())
}

/// The notice's place from what the author chose, and the owner of its building.
fn place_of(conn: &mut DbConnection, level: Level, id: i32) -> AppResult<(Place, Option<i32>)> {
    let unknown = || AppError::invalid("notice-place-invalid");
    let place = match level {
        Level::Stair => {
            let building = places::building_of_stair(conn, id)?.ok_or_else(unknown)?;
            Place {
                level,
                unit: None,
                stair: Some(id),
                building: Some(building),
                estate: places::estate_of_building(conn, building)?.ok_or_else(unknown)?,
            }
        }
        Level::Building => Place {
            level,
            unit: None,
            stair: None,
            building: Some(id),
            estate: places::estate_of_building(conn, id)?.ok_or_else(unknown)?,
        },
        Level::Estate => {
            places::estate(conn, id).optional()?.ok_or_else(unknown)?;
            Place {
                level,
                unit: None,
                stair: None,
                building: None,
                estate: id,
            }
        }
        Level::Unit => return Err(unknown()),
    };
    let owner = match place.building {
        Some(building) => places::owner_of_building(conn, building)?,
        None => None,
    };
    Ok((place, owner))
}

pub(super) fn record(
    conn: &mut DbConnection,
    notice: i32,
    kind: &str,
    actor: Option<i32>,
    body: &str,
) -> QueryResult<()> {
    diesel::insert_into(notice_events::table)
        .values((
            notice_events::notice_id.eq(notice),
            notice_events::kind.eq(kind),
            notice_events::actor_id.eq(actor),
            notice_events::body.eq(body),
            notice_events::created_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)
        .map(drop)
}

fn write_texts(conn: &mut DbConnection, notice: i32, texts: &[Text]) -> QueryResult<()> {
    diesel::delete(notice_texts::table.filter(notice_texts::notice_id.eq(notice))).execute(conn)?;
    for text in texts.iter().filter(|t| !t.title.trim().is_empty()) {
        diesel::insert_into(notice_texts::table)
            .values((
                notice_texts::notice_id.eq(notice),
                notice_texts::locale.eq(&text.locale),
                notice_texts::title.eq(text.title.trim()),
                notice_texts::body.eq(text.body.trim()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Posts a notice: live at once where the author may post, waiting for a delegate's approval
/// where a resident proposes an offer or a request. Returns its id.
pub fn post(
    conn: &mut DbConnection,
    actor: &Actor,
    draft: &Draft,
    image_key: Option<&str>,
) -> AppResult<i32> {
    check(draft)?;
    let (place, owner) = place_of(conn, draft.level, draft.place_id)?;
    let new = NewNotice {
        place,
        kind: draft.kind,
        owner,
    };
    let posting = Posting::of(actor, &new).ok_or(AppError::NotFound)?;
    let state = state_after(posting, draft, State::Live)?;
    let now = Utc::now().naive_utc();
    db::transaction(conn, |conn| {
        let id: i32 = diesel::insert_into(notices::table)
            .values((
                notices::kind.eq(draft.kind.code()),
                notices::level.eq(place.level.code()),
                notices::stair_id.eq(place.stair),
                notices::building_id.eq(place.building),
                notices::estate_id.eq(place.estate),
                notices::author_id.eq(actor.user_id),
                notices::state.eq(state),
                notices::image_key.eq(image_key),
                notices::created_at.eq(now),
                notices::updated_at.eq(now),
                notices::starts_at.eq(draft.starts_at.unwrap_or_else(local_now)),
            ))
            .returning(notices::id)
            .get_result(conn)?;
        set_fields(conn, id, draft)?;
        write_texts(conn, id, &draft.texts)?;
        record(conn, id, "posted", Some(actor.user_id), "")?;
        if state == State::Live {
            record(conn, id, "published", Some(actor.user_id), "")?;
        }
        Ok(id)
    })
}

/// The state a notice is in once `draft` is written by someone who posts this way: a proposal
/// (new, or an approved one changed by its author) waits for approval again, and only those who
/// post directly mark a notice urgent (which tells every resident) or pin it.
fn state_after(posting: Posting, draft: &Draft, direct: State) -> AppResult<State> {
    match posting {
        Posting::Direct => Ok(direct),
        Posting::Proposal if draft.urgent || draft.pinned => {
            Err(AppError::invalid("notice-flags-direct-only"))
        }
        Posting::Proposal => Ok(State::Pending),
    }
}

fn set_fields(conn: &mut DbConnection, id: i32, draft: &Draft) -> QueryResult<()> {
    let works = draft.kind == Kind::Works;
    let event = draft.kind.meets();
    diesel::update(notices::table.find(id))
        .set((
            notices::kind.eq(draft.kind.code()),
            notices::urgent.eq(draft.urgent),
            notices::pinned.eq(draft.pinned),
            notices::expires_at.eq(draft.expires_at),
            notices::event_at.eq(draft.event_at.filter(|_| event)),
            notices::event_place.eq(draft
                .event_place
                .as_deref()
                .map(str::trim)
                .filter(|p| event && !p.is_empty())),
            notices::works_from.eq(draft.works_from.filter(|_| works)),
            notices::works_until.eq(draft.works_until.filter(|_| works)),
            notices::services.eq(if works {
                draft.services.join(",")
            } else {
                String::new()
            }),
            notices::progress.eq(works.then(|| draft.progress.unwrap_or(Progress::Planned).code())),
            notices::updated_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)
        .map(drop)
}

/// Which of `keys` are the images of some notice.
pub fn images_among(conn: &mut DbConnection, keys: &[String]) -> QueryResult<Vec<String>> {
    notices::table
        .filter(notices::image_key.eq_any(keys))
        .select(notices::image_key.assume_not_null())
        .load(conn)
}

pub fn load(conn: &mut DbConnection, id: i32) -> AppResult<NoticeRow> {
    notices::table
        .find(id)
        .select(NoticeRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

/// A notice with what the rules need, if this person may open it (else "not found").
pub fn visible(
    conn: &mut DbConnection,
    actor: &Actor,
    id: i32,
) -> AppResult<(NoticeRow, NoticeScope)> {
    let row = load(conn, id)?;
    let scope = NoticeScope::of(conn, &row)?;
    authorize(actor, NoticeAction::View(&scope))?;
    Ok((row, scope))
}

pub fn texts(conn: &mut DbConnection, id: i32) -> QueryResult<Vec<Text>> {
    let rows: Vec<(String, String, String)> = notice_texts::table
        .filter(notice_texts::notice_id.eq(id))
        .select((
            notice_texts::locale,
            notice_texts::title,
            notice_texts::body,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(locale, title, body)| Text {
            locale,
            title,
            body,
        })
        .collect())
}

/// Changes a notice; the text it had is kept in its history. Turning a live notice urgent
/// tells the residents (once: who was told before is not told again).
pub fn edit(conn: &mut DbConnection, actor: &Actor, id: i32, draft: &Draft) -> AppResult<()> {
    check(draft)?;
    let (row, scope) = visible(conn, actor, id)?;
    authorize(actor, NoticeAction::Edit(&scope))?;
    if draft.level != scope.place.level
        || scope.place.id_at(draft.level) != Some(draft.place_id)
        || (draft.kind == Kind::OfferSeek) != (row.kind() == Kind::OfferSeek)
    {
        return Err(AppError::invalid("notice-move-invalid"));
    }
    let new = NewNotice {
        place: scope.place,
        kind: draft.kind,
        owner: scope.owner,
    };
    let posting =
        Posting::of(actor, &new).ok_or_else(|| AppError::invalid("notice-kind-not-allowed"))?;
    let now_state = if row.live() {
        State::Live
    } else {
        State::Pending
    };
    let state = state_after(posting, draft, now_state)?;
    let before = texts(conn, id)?;
    let history = json!(before
        .iter()
        .map(|t| json!({"locale": t.locale, "title": t.title, "body": t.body}))
        .collect::<Vec<_>>())
    .to_string();
    db::transaction(conn, |conn| {
        set_fields(conn, id, draft)?;
        if let Some(starts) = draft.starts_at {
            diesel::update(notices::table.find(id))
                .set(notices::starts_at.eq(starts))
                .execute(conn)?;
        }
        if state != row.state {
            move_state(conn, id, row.state, state)?;
        }
        write_texts(conn, id, &draft.texts)?;
        record(conn, id, "edited", Some(actor.user_id), &history)?;
        if draft.urgent && !row.urgent && state == State::Live {
            record(conn, id, "published", Some(actor.user_id), "")?;
        }
        Ok(())
    })
}

fn reason_of(raw: &str) -> AppResult<&str> {
    let reason = raw.trim();
    if reason.is_empty() {
        return Err(AppError::invalid("notice-reason-required"));
    }
    if reason.chars().count() > REASON_MAX {
        return Err(too_long("notice-reason-long", REASON_MAX));
    }
    Ok(reason)
}

/// Asks `may` of the notice as it would be in state `from`, then checks that it still is, in
/// the caller's transaction: of simultaneous clicks one changes it, the others are told it
/// changed meanwhile (409); whoever could not act at all finds nothing (404).
fn check_from(
    scope: &NoticeScope,
    from: State,
    may: impl Fn(&NoticeScope) -> bool,
) -> AppResult<()> {
    let expected = NoticeScope {
        state: from,
        ..scope.clone()
    };
    if !may(&expected) {
        return Err(AppError::NotFound);
    }
    if scope.state != from {
        return Err(changed_meanwhile());
    }
    Ok(())
}

pub(super) fn changed_meanwhile() -> AppError {
    AppError::Conflict(Message::new("notice-changed-meanwhile"))
}

/// Moves the notice from state `from` to `to`, or says someone else changed it first.
fn move_state(conn: &mut DbConnection, id: i32, from: State, to: State) -> AppResult<()> {
    let now = Utc::now().naive_utc();
    let changed = if to == State::Live {
        diesel::update(notices::table.find(id).filter(notices::state.eq(from)))
            .set((
                notices::state.eq(to),
                notices::starts_at.eq(local_now()),
                notices::updated_at.eq(now),
            ))
            .execute(conn)?
    } else {
        diesel::update(notices::table.find(id).filter(notices::state.eq(from)))
            .set((notices::state.eq(to), notices::updated_at.eq(now)))
            .execute(conn)?
    };
    if changed == 0 {
        return Err(changed_meanwhile());
    }
    Ok(())
}

/// Takes a notice off the board (or refuses a proposal), saying why; the log keeps who.
pub fn remove(conn: &mut DbConnection, actor: &Actor, id: i32, reason: &str) -> AppResult<()> {
    db::transaction(conn, |conn| {
        let (_, scope) = visible(conn, actor, id)?;
        // A notice already removed is checked as the live one it was.
        let from = if scope.state == State::Removed {
            State::Live
        } else {
            scope.state
        };
        check_from(&scope, from, |s| allows(actor, NoticeAction::Remove(s)))?;
        let reason = reason_of(reason)?;
        move_state(conn, id, from, State::Removed)?;
        record(conn, id, "removed", Some(actor.user_id), reason)?;
        Ok(())
    })
}

/// A delegate or the desk puts a resident's offer or request on the board.
pub fn approve(conn: &mut DbConnection, actor: &Actor, id: i32) -> AppResult<()> {
    db::transaction(conn, |conn| {
        let (_, scope) = visible(conn, actor, id)?;
        check_from(&scope, State::Pending, |s| {
            allows(actor, NoticeAction::Approve(s))
        })?;
        move_state(conn, id, State::Pending, State::Live)?;
        record(conn, id, "approved", Some(actor.user_id), "")?;
        record(conn, id, "published", Some(actor.user_id), "")?;
        Ok(())
    })
}

/// Planned works move on: planned, in progress, suspended, done.
pub fn set_progress(
    conn: &mut DbConnection,
    actor: &Actor,
    id: i32,
    progress: Progress,
) -> AppResult<()> {
    let (_, scope) = visible(conn, actor, id)?;
    authorize(actor, NoticeAction::Progress(&scope))?;
    db::transaction(conn, |conn| {
        diesel::update(notices::table.find(id))
            .set((
                notices::progress.eq(progress.code()),
                notices::updated_at.eq(Utc::now().naive_utc()),
            ))
            .execute(conn)?;
        record(conn, id, "progress", Some(actor.user_id), progress.code())?;
        Ok(())
    })
}

/// A resident says they have seen it (saying so twice changes nothing).
pub fn mark_seen(conn: &mut DbConnection, actor: &Actor, id: i32) -> AppResult<()> {
    let (_, scope) = visible(conn, actor, id)?;
    authorize(actor, NoticeAction::MarkSeen(&scope))?;
    let already: i64 = notice_seen::table
        .filter(notice_seen::notice_id.eq(id))
        .filter(notice_seen::user_id.eq(actor.user_id))
        .count()
        .get_result(conn)?;
    if already == 0 {
        let inserted = diesel::insert_into(notice_seen::table)
            .values((
                notice_seen::notice_id.eq(id),
                notice_seen::user_id.eq(actor.user_id),
                notice_seen::seen_at.eq(Utc::now().naive_utc()),
            ))
            .execute(conn);
        crate::core::db::inserted(inserted)?;
    }
    Ok(())
}

/// The key of a notice's image, for those who may open the notice.
pub fn image_key(conn: &mut DbConnection, actor: &Actor, id: i32) -> AppResult<String> {
    let (row, _) = visible(conn, actor, id)?;
    row.image_key.ok_or(AppError::NotFound)
}

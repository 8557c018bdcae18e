//! The posting form: where this person may post (or propose), what kinds, and the fields a
//! notice has, with the values of a notice being edited.

use serde::Serialize;

use super::rules::{NewNotice, NoticeScope, Posting};
use super::store::Text;
use super::{Kind, NoticeRow, Progress, SERVICES};
use crate::access::Actor;
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::i18n::{Locale, LANGUAGES};
use crate::places;
use crate::reports::detail::Choice;

#[derive(Debug, Clone, Serialize)]
pub struct PlaceOption {
    pub value: String,
    pub label: String,
    pub current: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct LanguageText {
    pub code: &'static str,
    pub language: &'static str,
    pub title: String,
    pub body: String,
    pub required: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct NoticeForm {
    pub id: Option<i32>,
    pub places: Vec<PlaceOption>,
    pub kinds: Vec<Choice>,
    pub texts: Vec<LanguageText>,
    pub services: Vec<Choice>,
    pub progresses: Vec<Choice>,
    pub urgent: bool,
    pub pinned: bool,
    pub starts: String,
    pub expires: String,
    pub event_day: String,
    pub event_time: String,
    pub event_place: String,
    pub works_from: String,
    pub works_until: String,
    /// A resident may only propose an offer or request, which a delegate approves.
    pub proposal_only: bool,
    pub title_max: usize,
    pub body_max: usize,
}

/// The places someone may post to: the stairs and buildings they look after, their desk's
/// estate and its buildings, the buildings of their landlord (planned works), their own stair
/// (an offer or request, for approval).
fn places_of(
    conn: &mut DbConnection,
    actor: &Actor,
    locale: Locale,
) -> AppResult<(Vec<PlaceOption>, bool)> {
    let mut options = vec![];
    let option = |value: String, label: String| PlaceOption {
        value,
        label,
        current: false,
    };
    for (stair, _) in &actor.delegate_stairs {
        let s = places::stair(conn, *stair)?;
        let label = locale.text_with(
            "report-place-stair",
            &[("stair", s.name), ("address", s.context)],
        );
        options.push(option(format!("stair:{stair}"), label));
    }
    for building in &actor.delegate_buildings {
        options.push(option(
            format!("building:{building}"),
            places::building(conn, *building)?.name,
        ));
    }
    let estates = if actor.admin {
        places::all_estates(conn)?
    } else {
        actor.operator_estates.clone()
    };
    for estate in estates {
        options.push(option(
            format!("estate:{estate}"),
            places::estate(conn, estate)?.name,
        ));
        for b in places::buildings_of(conn, estate)? {
            options.push(option(format!("building:{}", b.id), b.name));
        }
    }
    for b in places::buildings_owned(conn, &actor.staff_of)? {
        options.push(option(format!("building:{}", b.id), b.name));
    }
    let proposal_only = options.is_empty();
    if proposal_only {
        for home in &actor.homes {
            let label = locale.text_with(
                "report-place-stair",
                &[
                    ("stair", home.stair_name.clone()),
                    ("address", home.address.clone()),
                ],
            );
            options.push(option(format!("stair:{}", home.stair_id), label));
        }
    }
    options.dedup_by(|a, b| a.value == b.value);
    Ok((options, proposal_only))
}

fn choices<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    prefix: &str,
    current: &[String],
    locale: Locale,
) -> Vec<Choice> {
    all.iter()
        .map(|item| {
            let code = code(*item);
            Choice {
                code: code.to_string(),
                label: locale.text(&format!("{prefix}{code}")),
                current: current.iter().any(|c| c == code),
            }
        })
        .collect()
}

pub fn form(
    conn: &mut DbConnection,
    actor: &Actor,
    locale: Locale,
    editing: Option<(&NoticeRow, &NoticeScope, &[Text])>,
) -> AppResult<NoticeForm> {
    let (mut places, proposal_only) = places_of(conn, actor, locale)?;
    let mut kinds: Vec<Kind> = if proposal_only {
        vec![Kind::OfferSeek]
    } else if actor.delegate_stairs.is_empty()
        && actor.delegate_buildings.is_empty()
        && actor.operator_estates.is_empty()
        && !actor.admin
    {
        vec![Kind::Works]
    } else {
        Kind::ALL.to_vec()
    };
    if let Some((_, scope, _)) = editing {
        // An edit is checked as posting the new kind there: offer only those kinds.
        kinds.retain(|kind| {
            let new = NewNotice {
                place: scope.place,
                kind: *kind,
                owner: scope.owner,
            };
            Posting::of(actor, &new).is_some()
        });
    }
    let row = editing.map(|e| e.0);
    let current_kind: Vec<String> = row
        .map(|r| vec![r.kind.code().to_string()])
        .unwrap_or_default();
    if let Some((row, _, _)) = editing {
        let value = match (row.stair_id, row.building_id) {
            (Some(stair), _) => format!("stair:{stair}"),
            (None, Some(building)) => format!("building:{building}"),
            _ => format!("estate:{}", row.estate_id),
        };
        places.retain(|p| p.value == value);
        if places.is_empty() {
            places.push(PlaceOption {
                value,
                label: super::board::place_label(conn, row, locale)?,
                current: true,
            });
        }
        places.iter_mut().for_each(|p| p.current = true);
    }
    let texts: &[Text] = editing.map(|e| e.2).unwrap_or(&[]);
    let date = |at: Option<chrono::NaiveDateTime>| {
        at.map(|t| t.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    };
    Ok(NoticeForm {
        id: row.map(|r| r.id),
        places,
        kinds: choices(&kinds, Kind::code, "notice-kind-", &current_kind, locale),
        texts: LANGUAGES
            .iter()
            .map(|l| {
                let text = texts.iter().find(|t| t.locale == l.code);
                LanguageText {
                    code: l.code,
                    language: l.native_name,
                    title: text.map(|t| t.title.clone()).unwrap_or_default(),
                    body: text.map(|t| t.body.clone()).unwrap_or_default(),
                    required: l.code == Locale::DEFAULT.code(),
                }
            })
            .collect(),
        services: choices(
            &SERVICES,
            |s| s,
            "notice-service-",
            &row.map(NoticeRow::services).unwrap_or_default(),
            locale,
        ),
        progresses: choices(
            &Progress::ALL,
            Progress::code,
            "notice-progress-",
            &row.and_then(|r| r.progress)
                .map(|p| p.code().to_string())
                .into_iter()
                .collect::<Vec<_>>(),
            locale,
        ),
        urgent: row.is_some_and(|r| r.urgent),
        pinned: row.is_some_and(|r| r.pinned),
        starts: date(row.map(|r| r.starts_at)),
        expires: date(row.and_then(|r| r.expires_at)),
        event_day: date(row.and_then(|r| r.event_at)),
        event_time: row
            .and_then(|r| r.event_at)
            .map(|t| t.format("%H:%M").to_string())
            .unwrap_or_default(),
        event_place: row.and_then(|r| r.event_place.clone()).unwrap_or_default(),
        works_from: date(row.and_then(|r| r.works_from)),
        works_until: date(row.and_then(|r| r.works_until)),
        proposal_only,
        title_max: super::TITLE_MAX,
        body_max: super::BODY_MAX,
    })
}

/// The form filled in with a notice to change, for those who may change it.
pub fn for_edit(
    conn: &mut DbConnection,
    actor: &Actor,
    id: i32,
    locale: Locale,
) -> AppResult<NoticeForm> {
    let (row, scope) = super::store::visible(conn, actor, id)?;
    crate::access::authorize(actor, super::rules::NoticeAction::Edit(&scope))?;
    let texts = super::store::texts(conn, id)?;
    form(conn, actor, locale, Some((&row, &scope, &texts)))
}

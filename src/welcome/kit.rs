//! Reading the kit: each section in the reader's language (or Italian, marked), the estate's
//! first and then their building's additions.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::{KitAction, SectionPlace, TOPICS};
use crate::access::{authorize, Actor};
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::core::prepared::any_of;
use crate::core::schema::{kit_sections, kit_texts, users};
use crate::i18n::gaps::Written;
use crate::i18n::Locale;
use crate::notices::markdown;
use crate::places;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct KitSection {
    pub id: i32,
    pub topic: String,
    pub topic_text: String,
    pub title: String,
    pub body_html: String,
    pub in_italian: bool,
    /// "Updated on 30 nov 2026 by Marta Galli".
    pub updated: String,
    pub for_building: Option<String>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Kit {
    pub estate: String,
    pub estate_id: i32,
    pub sections: Vec<KitSection>,
    /// The reader's language, which the kit is shown in.
    pub kit_lang: &'static str,
}

/// The estate (and building) whose kit someone reads when they ask for "the kit": where they
/// live, or the first estate they look after, serve at the desk or work in.
pub fn home_of(conn: &mut DbConnection, actor: &Actor) -> AppResult<SectionPlace> {
    if let Some(home) = actor.homes.first() {
        return Ok(SectionPlace {
            estate: home.estate_id,
            building: Some(home.building_id),
        });
    }
    let estate = match actor.delegate_estates.first() {
        Some(estate) => Some(*estate),
        None if actor.admin => places::all_estates(conn)?.first().copied(),
        None => {
            let landlords = [actor.staff_of.as_slice(), &actor.rent_office_of].concat();
            places::estates_served(conn, &landlords, &actor.operator_estates)?
                .first()
                .map(|e| e.id)
        }
    };
    let estate = estate.ok_or(AppError::NotFound)?;
    Ok(SectionPlace {
        estate,
        building: None,
    })
}

/// One version of a section's text in one language, with who wrote it and when.
#[derive(Debug, Queryable)]
pub(super) struct Version {
    pub id: i32,
    pub section_id: i32,
    pub locale: String,
    /// current, proposed, or superseded
    pub state: String,
    pub title: String,
    pub body: String,
    pub author: Option<String>,
    pub at: NaiveDateTime,
}

/// Every version of the texts of `sections`, oldest first.
pub(super) fn versions(conn: &mut DbConnection, sections: &[i32]) -> QueryResult<Vec<Version>> {
    kit_texts::table
        .left_join(users::table.on(users::id.nullable().eq(kit_texts::author_id)))
        .filter(any_of(kit_texts::section_id, sections))
        .order(kit_texts::id)
        .select((
            kit_texts::id,
            kit_texts::section_id,
            kit_texts::locale,
            kit_texts::state,
            kit_texts::title,
            kit_texts::body,
            users::name.nullable(),
            kit_texts::created_at,
        ))
        .load(conn)
}

/// The current text of each section, in `locale` where there is one, else Italian.
fn current(conn: &mut DbConnection, sections: &[i32], locale: Locale) -> QueryResult<Vec<Version>> {
    let mut texts = versions(conn, sections)?;
    texts.retain(|t| {
        t.state == "current" && (t.locale == locale.code() || t.locale == Locale::DEFAULT.code())
    });
    Ok(texts)
}

/// The sections of the estates `actor` serves at the desk (every estate for an admin), with
/// the languages their current text is written in.
pub fn written(
    conn: &mut DbConnection,
    actor: &Actor,
    locale: Locale,
) -> QueryResult<Vec<Written>> {
    let mut sections = kit_sections::table
        .order((
            kit_sections::estate_id,
            kit_sections::position,
            kit_sections::id,
        ))
        .select((
            kit_sections::id,
            kit_sections::estate_id,
            kit_sections::topic,
        ))
        .into_boxed();
    if !actor.admin {
        sections = sections.filter(any_of(
            kit_sections::estate_id,
            actor.operator_estates.clone(),
        ));
    }
    let sections: Vec<(i32, i32, String)> = sections.load(conn)?;
    let ids: Vec<i32> = sections.iter().map(|s| s.0).collect();
    let texts: Vec<(i32, String)> = kit_texts::table
        .filter(any_of(kit_texts::section_id, &ids))
        .filter(kit_texts::state.eq("current"))
        .select((kit_texts::section_id, kit_texts::locale))
        .load(conn)?;
    Ok(sections
        .into_iter()
        .map(|(id, estate, topic)| Written {
            title: locale.text(&format!("kit-topic-{topic}")),
            link: format!("/welcome/edit?estate={estate}"),
            locales: texts
                .iter()
                .filter(|(section, _)| *section == id)
                .map(|(_, l)| l.clone())
                .collect(),
        })
        .collect())
}

/// The kit asked for, or the reader's own (see [`home_of`]). What a client asks for is
/// checked against the places as they are: an estate that exists, and a building in it (the
/// rules answer for the pair, so a building of another estate must not pass as this one's).
pub fn chosen(
    conn: &mut DbConnection,
    actor: &Actor,
    asked: Option<SectionPlace>,
) -> AppResult<SectionPlace> {
    let Some(at) = asked else {
        return home_of(conn, actor);
    };
    let estate_is_there = match at.building {
        Some(building) => places::estate_of_building(conn, building)? == Some(at.estate),
        None => places::estate(conn, at.estate).optional()?.is_some(),
    };
    if !estate_is_there {
        return Err(AppError::NotFound);
    }
    Ok(at)
}

pub fn kit(
    conn: &mut DbConnection,
    actor: &Actor,
    asked: Option<SectionPlace>,
    locale: Locale,
) -> AppResult<Kit> {
    let at = chosen(conn, actor, asked)?;
    authorize(actor, KitAction::Read(at))?;
    let estate = places::estate(conn, at.estate)
        .optional()?
        .ok_or(AppError::NotFound)?;
    let sections: Vec<(i32, String, Option<i32>)> = kit_sections::table
        .filter(kit_sections::estate_id.eq(at.estate))
        .filter(
            kit_sections::building_id
                .is_null()
                .or(kit_sections::building_id.eq(at.building.unwrap_or(-1))),
        )
        .order((
            kit_sections::building_id.is_not_null(),
            kit_sections::position,
            kit_sections::id,
        ))
        .select((
            kit_sections::id,
            kit_sections::topic,
            kit_sections::building_id,
        ))
        .load(conn)?;
    let ids: Vec<i32> = sections.iter().map(|s| s.0).collect();
    let texts = current(conn, &ids, locale)?;
    let mut out = vec![];
    for (id, topic, building) in sections {
        let pick = |code: &str| {
            texts
                .iter()
                .find(|t| t.section_id == id && t.locale == code)
        };
        let (text, in_italian) = match pick(locale.code()) {
            Some(text) => (text, false),
            None => match pick(Locale::DEFAULT.code()) {
                Some(text) => (text, locale != Locale::DEFAULT),
                None => continue,
            },
        };
        out.push(KitSection {
            id,
            topic_text: locale.text(&format!("kit-topic-{topic}")),
            topic,
            title: text.title.clone(),
            body_html: markdown::to_html(&text.body, locale),
            in_italian,
            updated: locale.text_with(
                "kit-updated",
                &[
                    ("date", locale.date(text.at)),
                    ("name", text.author.clone().unwrap_or_default()),
                ],
            ),
            for_building: match building {
                Some(b) => Some(places::building(conn, b)?.name),
                None => None,
            },
        });
    }
    debug_assert!(out.iter().all(|s| TOPICS.contains(&s.topic.as_str())));
    Ok(Kit {
        estate: estate.name,
        estate_id: at.estate,
        sections: out,
        kit_lang: locale.code(),
    })
}

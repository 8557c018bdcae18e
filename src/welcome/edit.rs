//! Writing the kit: the desk saves a new version of a section in a language (the old one is
//! kept); a delegate's version waits as a proposal until the desk approves or refuses it.

use chrono::Utc;
use diesel::prelude::*;
use serde::Serialize;

use super::{KitAction, SectionPlace, BODY_MAX, TITLE_MAX, TOPICS};
use crate::access::{allows, authorize, Actor};
use crate::audit::{self, AuditAction, Auditor};
use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult, Message};
use crate::core::schema::{kit_sections, kit_texts};
use crate::i18n::{Locale, LANGUAGES};

/// One language of a section in the editor: its current text, and proposals waiting.
#[derive(Debug, Clone, Serialize)]
pub struct EditorText {
    pub code: &'static str,
    pub language: &'static str,
    pub title: String,
    pub body: String,
    pub missing: bool,
    pub proposals: Vec<Proposal>,
    pub versions: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Proposal {
    pub id: i32,
    pub title: String,
    pub body: String,
    pub by: String,
    pub at: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct EditorSection {
    pub topic: &'static str,
    pub topic_text: String,
    pub texts: Vec<EditorText>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Editor {
    pub estate_id: i32,
    pub building_id: Option<i32>,
    pub sections: Vec<EditorSection>,
    /// The desk saves at once; delegates propose.
    pub direct: bool,
    /// Languages with a section not yet written in them.
    pub missing: Vec<String>,
    /// "Parts not yet translated into: English, Shqip." (empty when none are missing): one
    /// message, so each language orders the sentence its own way.
    pub missing_note: String,
}

fn section_of(conn: &mut DbConnection, at: SectionPlace, topic: &str) -> QueryResult<Option<i32>> {
    let mut query = kit_sections::table
        .filter(kit_sections::estate_id.eq(at.estate))
        .filter(kit_sections::topic.eq(topic))
        .select(kit_sections::id)
        .into_boxed();
    query = match at.building {
        Some(b) => query.filter(kit_sections::building_id.eq(b)),
        None => query.filter(kit_sections::building_id.is_null()),
    };
    query.first(conn).optional()
}

pub fn editor(
    conn: &mut DbConnection,
    actor: &Actor,
    asked: Option<SectionPlace>,
    locale: Locale,
) -> AppResult<Editor> {
    let at = super::kit::chosen(conn, actor, asked)?;
    let direct = allows(actor, KitAction::Edit(at));
    if !direct {
        authorize(actor, KitAction::Propose(at))?;
    }
    let mut sections = vec![];
    let mut missing = vec![];
    for topic in TOPICS {
        let id = section_of(conn, at, topic)?;
        let rows = match id {
            Some(id) => super::kit::versions(conn, &[id])?,
            None => vec![],
        };
        let texts = LANGUAGES
            .iter()
            .map(|l| {
                let mine = rows.iter().filter(|r| r.locale == l.code);
                let current = mine.clone().find(|r| r.state == "current");
                if current.is_none() && !missing.contains(&l.native_name.to_string()) {
                    missing.push(l.native_name.to_string());
                }
                EditorText {
                    code: l.code,
                    language: l.native_name,
                    title: current.map(|c| c.title.clone()).unwrap_or_default(),
                    body: current.map(|c| c.body.clone()).unwrap_or_default(),
                    missing: current.is_none(),
                    versions: mine.clone().filter(|r| r.state != "proposed").count() as i64,
                    proposals: mine
                        .filter(|r| r.state == "proposed")
                        .map(|r| Proposal {
                            id: r.id,
                            title: r.title.clone(),
                            body: r.body.clone(),
                            by: r.author.clone().unwrap_or_default(),
                            at: locale.date_time(r.at),
                        })
                        .collect(),
                }
            })
            .collect();
        sections.push(EditorSection {
            topic,
            topic_text: locale.text(&format!("kit-topic-{topic}")),
            texts,
        });
    }
    let missing_note = if missing.is_empty() {
        String::new()
    } else {
        let languages = missing.join(&locale.text("list-separator"));
        locale.text_with("kit-missing", &[("languages", languages)])
    };
    Ok(Editor {
        estate_id: at.estate,
        building_id: at.building,
        sections,
        direct,
        missing,
        missing_note,
    })
}

/// A section's text in one language, as written in the editor.
#[derive(Debug, Clone)]
pub struct SectionText {
    pub topic: String,
    pub locale: String,
    pub title: String,
    pub body: String,
}

/// Saves a version: current at once for the desk, a proposal for a delegate.
pub fn save(
    conn: &mut DbConnection,
    actor: &Actor,
    at: SectionPlace,
    text: &SectionText,
) -> AppResult<()> {
    let at = super::kit::chosen(conn, actor, Some(at))?;
    let direct = allows(actor, KitAction::Edit(at));
    if !direct {
        authorize(actor, KitAction::Propose(at))?;
    }
    let topic = TOPICS
        .iter()
        .find(|t| **t == text.topic)
        .ok_or_else(|| AppError::invalid("kit-topic-invalid"))?;
    Locale::from_code(&text.locale).ok_or_else(|| AppError::invalid("locale-invalid"))?;
    let title = text.title.trim();
    if title.is_empty() || title.chars().count() > TITLE_MAX {
        return Err(AppError::Invalid(
            Message::new("kit-title-invalid").with("max", TITLE_MAX),
        ));
    }
    if text.body.chars().count() > BODY_MAX {
        return Err(AppError::Invalid(
            Message::new("kit-body-long").with("max", BODY_MAX),
        ));
    }
    let now = Utc::now().naive_utc();
    db::transaction(conn, |conn| {
        let section = match section_of(conn, at, topic)? {
            Some(id) => id,
            None => diesel::insert_into(kit_sections::table)
                .values((
                    kit_sections::estate_id.eq(at.estate),
                    kit_sections::building_id.eq(at.building),
                    kit_sections::topic.eq(*topic),
                    kit_sections::position
                        .eq(TOPICS.iter().position(|t| t == topic).unwrap_or(0) as i32),
                ))
                .returning(kit_sections::id)
                .get_result(conn)?,
        };
        if direct {
            supersede(conn, section, &text.locale)?;
        }
        diesel::insert_into(kit_texts::table)
            .values((
                kit_texts::section_id.eq(section),
                kit_texts::locale.eq(&text.locale),
                kit_texts::title.eq(title),
                kit_texts::body.eq(text.body.trim()),
                kit_texts::state.eq(if direct { "current" } else { "proposed" }),
                kit_texts::author_id.eq(actor.user_id),
                kit_texts::created_at.eq(now),
            ))
            .execute(conn)?;
        Ok(())
    })
}

fn supersede(conn: &mut DbConnection, section: i32, locale: &str) -> QueryResult<usize> {
    diesel::update(
        kit_texts::table
            .filter(kit_texts::section_id.eq(section))
            .filter(kit_texts::locale.eq(locale))
            .filter(kit_texts::state.eq("current")),
    )
    .set(kit_texts::state.eq("superseded"))
    .execute(conn)
}

fn reviewed_meanwhile() -> AppError {
    AppError::Conflict(Message::new("kit-reviewed-meanwhile"))
}

/// The desk approves a delegate's proposal (it becomes current) or refuses it. The rule is
/// checked and the proposal changed in one transaction, only while it is still a proposal: of
/// simultaneous clicks one decides, the others are told someone did (409).
pub fn review(
    conn: &mut DbConnection,
    actor: &Actor,
    proposal: i32,
    approve: bool,
) -> AppResult<()> {
    db::transaction(conn, |conn| {
        let (section, locale, state, estate, building): (i32, String, String, i32, Option<i32>) =
            kit_texts::table
                .inner_join(kit_sections::table)
                .filter(kit_texts::id.eq(proposal))
                .select((
                    kit_texts::section_id,
                    kit_texts::locale,
                    kit_texts::state,
                    kit_sections::estate_id,
                    kit_sections::building_id,
                ))
                .first(conn)
                .optional()?
                .ok_or(AppError::NotFound)?;
        authorize(actor, KitAction::Review(SectionPlace { estate, building }))?;
        if state != "proposed" {
            return Err(reviewed_meanwhile());
        }
        if approve {
            supersede(conn, section, &locale)?;
        }
        let changed = diesel::update(
            kit_texts::table
                .find(proposal)
                .filter(kit_texts::state.eq("proposed")),
        )
        .set((
            kit_texts::state.eq(if approve { "current" } else { "rejected" }),
            kit_texts::reviewed_by.eq(actor.user_id),
            kit_texts::reviewed_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)?;
        if changed == 0 {
            return Err(reviewed_meanwhile());
        }
        let action = match approve {
            true => AuditAction::KitApproved,
            false => AuditAction::KitRefused,
        };
        let details =
            serde_json::json!({"proposal": proposal, "section": section, "locale": locale});
        audit::record(conn, Auditor::Person(actor.user_id), action, details)?;
        Ok(())
    })
}

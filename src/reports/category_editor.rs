//! The category editor. Categories are shared by every organisation of the installation (the
//! Comune's green areas, ALER's lifts), so only admins name, prioritise, route and retire them.

use serde::Serialize;

use super::categories::{self, CategoryChanges, Routing};
use super::detail::Choice;
use super::queue_view::priority_choices;
use super::Priority;
use crate::access::{authorize, Action, Actor};
use crate::audit::{self, AuditAction, Auditor};
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::i18n::{Locale, LANGUAGES};
use crate::places;

#[derive(Debug, Clone, Serialize)]
pub struct NameField {
    pub code: &'static str,
    pub language: &'static str,
    pub value: String,
    /// Italian, the fallback every reader can be shown, is required; the others may wait.
    pub required: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct CategoryRow {
    pub code: String,
    pub icon: String,
    pub name: String,
    pub active: bool,
    pub priority: String,
    /// `owner`, `desk` or an organisation's code.
    pub routing: String,
    pub names: Vec<NameField>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OrganisationChoice {
    pub code: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CategoryEditor {
    pub categories: Vec<CategoryRow>,
    pub priorities: Vec<Choice>,
    pub organisations: Vec<OrganisationChoice>,
}

pub fn editor(conn: &mut DbConnection, actor: &Actor, locale: Locale) -> AppResult<CategoryEditor> {
    authorize(actor, Action::EditCategories)?;
    let organisations = places::organisations(conn)?;
    let categories = categories::all(conn, locale)?
        .into_iter()
        .map(|c| {
            let names = categories::names_of(conn, c.id)?;
            let routing = match (c.route_to_desk, c.route_to_organisation_id) {
                (true, _) => "desk".to_string(),
                (false, Some(org)) => organisations
                    .iter()
                    .find(|o| o.id == org)
                    .map(|o| o.code.clone())
                    .unwrap_or_default(),
                (false, None) => "owner".to_string(),
            };
            Ok(CategoryRow {
                names: LANGUAGES
                    .iter()
                    .map(|l| NameField {
                        code: l.code,
                        language: l.native_name,
                        required: l.code == Locale::DEFAULT.code(),
                        value: names
                            .iter()
                            .find(|(code, _)| code == l.code)
                            .map(|n| n.1.clone())
                            .unwrap_or_default(),
                    })
                    .collect(),
                code: c.code,
                icon: c.icon,
                name: c.name,
                active: c.active,
                priority: c.default_priority,
                routing,
            })
        })
        .collect::<AppResult<Vec<_>>>()?;
    Ok(CategoryEditor {
        categories,
        priorities: priority_choices(locale),
        organisations: organisations
            .into_iter()
            .map(|o| OrganisationChoice {
                code: o.code,
                name: o.name,
            })
            .collect(),
    })
}

/// A category as the editor's form sends it.
#[derive(Debug, Clone)]
pub struct CategoryEdit {
    /// (language code, name) for each language given.
    pub names: Vec<(String, String)>,
    pub priority: String,
    /// `owner`, `desk` or an organisation's code.
    pub routing: String,
    pub active: bool,
}

pub fn save(
    conn: &mut DbConnection,
    actor: &Actor,
    code: &str,
    edit: CategoryEdit,
) -> AppResult<()> {
    authorize(actor, Action::EditCategories)?;
    let routing = match edit.routing.as_str() {
        "owner" => Routing::Owner,
        "desk" => Routing::Desk,
        org => Routing::Organisation(
            places::organisation_by_code(conn, org)?
                .ok_or_else(|| AppError::invalid("category-routing-invalid"))?
                .id,
        ),
    };
    let changes = CategoryChanges {
        names: edit
            .names
            .into_iter()
            .filter(|(language, _)| Locale::from_code(language).is_some())
            .collect(),
        default_priority: Priority::parse(&edit.priority)
            .ok_or_else(|| AppError::invalid("category-priority-invalid"))?,
        routing,
        active: edit.active,
    };
    let details = serde_json::json!({
        "category": code,
        "priority": edit.priority,
        "routing": edit.routing,
        "active": edit.active,
    });
    crate::core::db::transaction(conn, |conn| {
        categories::update(conn, code, &changes)?;
        audit::record(
            conn,
            Auditor::Person(actor.user_id),
            AuditAction::CategoryChanged,
            details,
        )?;
        Ok(())
    })
}

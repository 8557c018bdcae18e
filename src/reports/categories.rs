//! Categories of fault: icon, name in each language, default priority, and who answers.

use diesel::prelude::*;
use serde::Serialize;

use crate::core::db::DbConnection;
use crate::core::prepared::any_of;
use crate::core::schema::{categories, category_names};
use crate::i18n::gaps::Written;
use crate::i18n::Locale;

#[derive(Debug, Clone, Serialize)]
pub struct Category {
    pub id: i32,
    pub code: String,
    pub icon: String,
    pub name: String,
    pub default_priority: String,
    pub route_to_organisation_id: Option<i32>,
    pub route_to_desk: bool,
    pub active: bool,
}

impl Category {
    /// Who answers a report of this category in a building `owner` owns: the category's
    /// organisation if it has one, else the owner; `None`: the estate's desk.
    pub fn answered_by(&self, owner: i32) -> Option<i32> {
        if self.route_to_desk {
            None
        } else {
            Some(self.route_to_organisation_id.unwrap_or(owner))
        }
    }
}

/// A category as stored, before its name is looked up.
#[derive(Queryable, Selectable)]
#[diesel(table_name = categories)]
struct Row {
    id: i32,
    code: String,
    icon: String,
    default_priority: String,
    route_to_organisation_id: Option<i32>,
    route_to_desk: bool,
    active: bool,
}

/// Names in `locale`, falling back to Italian, then to the code.
fn with_names(
    conn: &mut DbConnection,
    rows: Vec<Row>,
    locale: Locale,
) -> QueryResult<Vec<Category>> {
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let names: Vec<(i32, String, String)> = category_names::table
        .filter(any_of(category_names::category_id, &ids))
        .filter(any_of(
            category_names::locale,
            [locale.code(), Locale::DEFAULT.code()],
        ))
        .select((
            category_names::category_id,
            category_names::locale,
            category_names::name,
        ))
        .load(conn)?;
    let name_of = |id: i32, code: &str| {
        let pick = |lang: &str| {
            names
                .iter()
                .find(|(c, l, _)| *c == id && l == lang)
                .map(|n| n.2.clone())
        };
        pick(locale.code())
            .or_else(|| pick(Locale::DEFAULT.code()))
            .unwrap_or_else(|| code.to_string())
    };
    Ok(rows
        .into_iter()
        .map(|r| Category {
            name: name_of(r.id, &r.code),
            id: r.id,
            code: r.code,
            icon: r.icon,
            default_priority: r.default_priority,
            route_to_organisation_id: r.route_to_organisation_id,
            route_to_desk: r.route_to_desk,
            active: r.active,
        })
        .collect())
}

/// The categories people can choose, in display order.
pub fn active(conn: &mut DbConnection, locale: Locale) -> QueryResult<Vec<Category>> {
    let rows = categories::table
        .filter(categories::active.eq(true))
        .order((categories::position, categories::id))
        .select(Row::as_select())
        .load(conn)?;
    with_names(conn, rows, locale)
}

/// Each active category's name and the languages it is named in.
pub fn written(conn: &mut DbConnection, locale: Locale) -> QueryResult<Vec<Written>> {
    let named: Vec<(i32, String)> = category_names::table
        .select((category_names::category_id, category_names::locale))
        .load(conn)?;
    Ok(active(conn, locale)?
        .into_iter()
        .map(|c| Written {
            title: c.name,
            link: "/categories".into(),
            locales: named
                .iter()
                .filter(|(id, _)| *id == c.id)
                .map(|(_, l)| l.clone())
                .collect(),
        })
        .collect())
}

/// Every category, active or not.
pub fn all(conn: &mut DbConnection, locale: Locale) -> QueryResult<Vec<Category>> {
    let rows = categories::table
        .order((categories::position, categories::id))
        .select(Row::as_select())
        .load(conn)?;
    with_names(conn, rows, locale)
}

pub fn by_code(
    conn: &mut DbConnection,
    code: &str,
    locale: Locale,
) -> QueryResult<Option<Category>> {
    let rows = categories::table
        .filter(categories::code.eq(code))
        .select(Row::as_select())
        .load(conn)?;
    Ok(with_names(conn, rows, locale)?.into_iter().next())
}

pub fn by_id(conn: &mut DbConnection, id: i32, locale: Locale) -> QueryResult<Category> {
    let rows = categories::table
        .find(id)
        .select(Row::as_select())
        .load(conn)?;
    with_names(conn, rows, locale)?
        .into_iter()
        .next()
        .ok_or(diesel::result::Error::NotFound)
}

/// Sends a category's reports to one organisation everywhere (e.g. green areas to the Comune).
pub fn route_to_organisation(
    conn: &mut DbConnection,
    code: &str,
    organisation_id: Option<i32>,
) -> QueryResult<usize> {
    diesel::update(categories::table.filter(categories::code.eq(code)))
        .set(categories::route_to_organisation_id.eq(organisation_id))
        .execute(conn)
}

/// What the category editor changes.
#[derive(Debug, Clone)]
pub struct CategoryChanges {
    /// (locale, name) for each language given.
    pub names: Vec<(String, String)>,
    pub default_priority: super::Priority,
    pub routing: Routing,
    pub active: bool,
}

/// Who answers a category's reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Routing {
    /// The owner of the building (the default).
    Owner,
    /// The estate's desk operators; such reports are always private.
    Desk,
    /// One organisation everywhere.
    Organisation(i32),
}

pub const NAME_MAX: usize = 60;

pub fn update(
    conn: &mut DbConnection,
    code: &str,
    changes: &CategoryChanges,
) -> crate::core::error::AppResult<()> {
    use crate::core::error::{AppError, Message};
    let id = categories::table
        .filter(categories::code.eq(code))
        .select(categories::id)
        .first::<i32>(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    // Italian is the fallback every reader can be shown; other languages may wait for a
    // translator (an empty name removes that language's, and readers get the Italian).
    for (locale, name) in &changes.names {
        let length = name.trim().chars().count();
        let required = locale == Locale::DEFAULT.code();
        if (required && length == 0) || length > NAME_MAX {
            return Err(AppError::Invalid(
                Message::new("category-name-invalid").with("max", NAME_MAX),
            ));
        }
    }
    let (organisation, desk) = match changes.routing {
        Routing::Owner => (None, false),
        Routing::Desk => (None, true),
        Routing::Organisation(id) => (Some(id), false),
    };
    crate::core::db::transaction(conn, |conn| {
        diesel::update(categories::table.find(id))
            .set((
                categories::default_priority.eq(changes.default_priority.code()),
                categories::route_to_organisation_id.eq(organisation),
                categories::route_to_desk.eq(desk),
                categories::active.eq(changes.active),
            ))
            .execute(conn)?;
        for (locale, name) in &changes.names {
            diesel::delete(
                category_names::table
                    .filter(category_names::category_id.eq(id))
                    .filter(category_names::locale.eq(locale)),
            )
            .execute(conn)?;
            if name.trim().is_empty() {
                continue;
            }
            diesel::insert_into(category_names::table)
                .values((
                    category_names::category_id.eq(id),
                    category_names::locale.eq(locale),
                    category_names::name.eq(name.trim()),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}

/// A category's name in every language, for the editor.
pub fn names_of(conn: &mut DbConnection, category_id: i32) -> QueryResult<Vec<(String, String)>> {
    category_names::table
        .filter(category_names::category_id.eq(category_id))
        .select((category_names::locale, category_names::name))
        .load(conn)
}

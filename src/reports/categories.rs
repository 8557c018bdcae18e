//! Categories of fault: icon, name in each language, default priority, and who answers.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::i18n::Locale;
use crate::schema::{categories, category_names};

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

type Row = (i32, String, String, String, Option<i32>, bool, bool);

fn columns() -> (
    categories::id,
    categories::code,
    categories::icon,
    categories::default_priority,
    categories::route_to_organisation_id,
    categories::route_to_desk,
    categories::active,
) {
    (
        categories::id,
        categories::code,
        categories::icon,
        categories::default_priority,
        categories::route_to_organisation_id,
        categories::route_to_desk,
        categories::active,
    )
}

/// Names in `locale`, falling back to Italian, then to the code.
fn with_names(
    conn: &mut DbConnection,
    rows: Vec<Row>,
    locale: Locale,
) -> QueryResult<Vec<Category>> {
    let ids: Vec<i32> = rows.iter().map(|r| r.0).collect();
    let names: Vec<(i32, String, String)> = category_names::table
        .filter(category_names::category_id.eq_any(&ids))
        .filter(category_names::locale.eq_any([locale.code(), Locale::DEFAULT.code()]))
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
        .map(
            |(
                id,
                code,
                icon,
                default_priority,
                route_to_organisation_id,
                route_to_desk,
                active,
            )| Category {
                name: name_of(id, &code),
                id,
                code,
                icon,
                default_priority,
                route_to_organisation_id,
                route_to_desk,
                active,
            },
        )
        .collect())
}

/// The categories people can choose, in display order.
pub fn active(conn: &mut DbConnection, locale: Locale) -> QueryResult<Vec<Category>> {
    let rows = categories::table
        .filter(categories::active.eq(true))
        .order((categories::position, categories::id))
        .select(columns())
        .load(conn)?;
    with_names(conn, rows, locale)
}

/// Every category, active or not.
pub fn all(conn: &mut DbConnection, locale: Locale) -> QueryResult<Vec<Category>> {
    let rows = categories::table
        .order((categories::position, categories::id))
        .select(columns())
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
        .select(columns())
        .load(conn)?;
    Ok(with_names(conn, rows, locale)?.into_iter().next())
}

pub fn by_id(conn: &mut DbConnection, id: i32, locale: Locale) -> QueryResult<Category> {
    let rows = categories::table.find(id).select(columns()).load(conn)?;
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

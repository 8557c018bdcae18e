//! Response templates: ready answers per organisation (and optionally per category), in each
//! language, with {reference}, {category} and {place} filled in before a technician edits and posts them.

use chrono::Utc;
use diesel::prelude::*;
use serde::Serialize;

use crate::access::{authorize, Action, Actor};
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult, Message};
use crate::core::prepared::any_of;
use crate::core::schema::response_templates as t;
use crate::i18n::gaps::Written;

pub const TITLE_MAX: usize = 80;

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct Template {
    pub id: i32,
    pub category_id: Option<i32>,
    pub locale: String,
    pub title: String,
    pub body: String,
}

fn columns() -> (t::id, t::category_id, t::locale, t::title, t::body) {
    (t::id, t::category_id, t::locale, t::title, t::body)
}

pub fn of_organisation(conn: &mut DbConnection, organisation: i32) -> QueryResult<Vec<Template>> {
    t::table
        .filter(t::organisation_id.eq(organisation))
        .order((t::title, t::locale))
        .select(columns())
        .load(conn)
}

/// The templates fitting a report: its category's or general ones, in the tenant's language
/// where one exists, else in any.
pub fn for_report(
    conn: &mut DbConnection,
    organisation: i32,
    category: i32,
    locale: &str,
) -> QueryResult<Vec<Template>> {
    let all: Vec<Template> = t::table
        .filter(t::organisation_id.eq(organisation))
        .filter(t::category_id.is_null().or(t::category_id.eq(category)))
        .order(t::title)
        .select(columns())
        .load(conn)?;
    let mut chosen: Vec<Template> = vec![];
    for template in &all {
        let better = template.locale == locale;
        match chosen.iter_mut().find(|c| c.title == template.title) {
            Some(existing) if better => *existing = template.clone(),
            Some(_) => {}
            None => chosen.push(template.clone()),
        }
    }
    Ok(chosen)
}

/// Each template (its versions share a title within an organisation) of the organisations
/// `actor` manages (every one for an admin), with the languages it is written in.
pub fn written(conn: &mut DbConnection, actor: &Actor) -> QueryResult<Vec<Written>> {
    let mut rows = t::table
        .order((t::organisation_id, t::title))
        .select((t::organisation_id, t::title, t::locale))
        .into_boxed();
    if !actor.admin {
        rows = rows.filter(any_of(t::organisation_id, actor.manager_of.clone()));
    }
    let rows: Vec<(i32, String, String)> = rows.load(conn)?;
    let mut written: Vec<(i32, Written)> = vec![];
    for (organisation, title, locale) in rows {
        match written
            .iter_mut()
            .find(|(o, w)| *o == organisation && w.title == title)
        {
            Some((_, w)) => w.locales.push(locale),
            None => written.push((
                organisation,
                Written {
                    title,
                    link: "/work/team".into(),
                    locales: vec![locale],
                },
            )),
        }
    }
    Ok(written.into_iter().map(|(_, w)| w).collect())
}

pub struct NewTemplate<'a> {
    /// A category's code, or none for every category.
    pub category: Option<&'a str>,
    pub locale: &'a str,
    pub title: &'a str,
    pub body: &'a str,
}

fn manages(actor: &Actor, organisation: i32) -> AppResult<()> {
    authorize(
        actor,
        Action::ManageOrganisation {
            organisation_id: organisation,
        },
    )
}

pub fn create(
    conn: &mut DbConnection,
    actor: &Actor,
    organisation: i32,
    new: &NewTemplate,
) -> AppResult<()> {
    manages(actor, organisation)?;
    let title = new.title.trim();
    let body = new.body.trim();
    if title.is_empty() || title.chars().count() > TITLE_MAX {
        return Err(AppError::Invalid(
            Message::new("template-title-invalid").with("max", TITLE_MAX),
        ));
    }
    if body.is_empty() || body.chars().count() > super::COMMENT_MAX {
        return Err(AppError::Invalid(
            Message::new("template-body-invalid").with("max", super::COMMENT_MAX),
        ));
    }
    crate::i18n::Locale::from_code(new.locale)
        .ok_or_else(|| AppError::invalid("locale-invalid"))?;
    let category_id = match new.category {
        None => None,
        Some(code) => Some(
            super::categories::by_code(conn, code, crate::i18n::Locale::DEFAULT)?
                .ok_or_else(|| AppError::invalid("report-category-invalid"))?
                .id,
        ),
    };
    diesel::insert_into(t::table)
        .values((
            t::organisation_id.eq(organisation),
            t::category_id.eq(category_id),
            t::locale.eq(new.locale),
            t::title.eq(title),
            t::body.eq(body),
            t::created_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn delete(conn: &mut DbConnection, actor: &Actor, organisation: i32, id: i32) -> AppResult<()> {
    manages(actor, organisation)?;
    let n = diesel::delete(
        t::table
            .filter(t::organisation_id.eq(organisation))
            .filter(t::id.eq(id)),
    )
    .execute(conn)?;
    if n == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Fills `{reference}`, `{category}` and `{place}`.
pub fn fill(body: &str, reference: &str, category: &str, place: &str) -> String {
    body.replace("{reference}", reference)
        .replace("{category}", category)
        .replace("{place}", place)
}

#[cfg(test)]
mod tests {
    #[test]
    fn reference_category_and_place_are_filled() {
        assert_eq!(
            super::fill(
                "La segnalazione {reference} ({category}, {place}) è presa in carico.",
                "SEG-2026-000001",
                "Ascensore",
                "Scala A"
            ),
            "La segnalazione SEG-2026-000001 (Ascensore, Scala A) è presa in carico."
        );
    }
}

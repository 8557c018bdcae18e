//! The people who answer a report: an organisation's technicians and managers, or, for reports
//! routed to the desk, the estate's operators. Assignments and visits go to them only; their
//! manager sees their workload, service levels and ready answers.

use diesel::prelude::*;
use serde::Serialize;

use super::queries::ReportRow;
use crate::access::{authorize, Action, Actor};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::prepared::any_of;
use crate::core::schema::{role_grants, users, visits};
use crate::i18n::Locale;
use crate::people::Role;

/// Who answers: staff of an organisation, or the desk of an estate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answerer {
    Organisation(i32),
    Desk(i32),
}

impl Answerer {
    pub fn of(report: &ReportRow) -> Answerer {
        match report.organisation_id {
            Some(org) => Answerer::Organisation(org),
            None => Answerer::Desk(report.estate_id),
        }
    }

    /// The roles that answer, and the scope they are held on.
    fn roles(self) -> (Vec<&'static str>, i32) {
        match self {
            Answerer::Organisation(org) => {
                (vec![Role::Technician.code(), Role::Manager.code()], org)
            }
            Answerer::Desk(estate) => (vec![Role::Operator.code()], estate),
        }
    }
}

/// The people a report can be assigned to or a visit given to, by name.
pub fn colleagues(conn: &mut DbConnection, answerer: Answerer) -> QueryResult<Vec<(i32, String)>> {
    let (roles, scope) = answerer.roles();
    users::table
        .inner_join(role_grants::table)
        .filter(any_of(role_grants::role, roles))
        .filter(role_grants::scope_id.eq(scope))
        .select((users::id, users::name))
        .distinct()
        .order(users::name)
        .load(conn)
}

/// Whether `user` is among those who answer the report.
pub fn is_colleague(conn: &mut DbConnection, report: &ReportRow, user: i32) -> QueryResult<bool> {
    let (roles, scope) = Answerer::of(report).roles();
    let n: i64 = role_grants::table
        .filter(role_grants::user_id.eq(user))
        .filter(any_of(role_grants::role, roles))
        .filter(role_grants::scope_id.eq(scope))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// One person's share of the work.
#[derive(Debug, Clone, Serialize)]
pub struct Workload {
    pub name: String,
    pub open: i64,
    pub overdue: i64,
    /// Visits planned from now on.
    pub visits: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct LevelView {
    pub code: &'static str,
    pub label: String,
    pub first_response_hours: i32,
    pub resolution_hours: i32,
}

#[derive(Debug, Clone, Serialize)]
pub struct TemplateRow {
    pub id: i32,
    pub title: String,
    pub body: String,
    pub language: String,
    pub category: Option<String>,
}

/// A manager's view of one organisation: workload, service levels, ready answers.
#[derive(Debug, Clone, Serialize)]
pub struct OrganisationTeam {
    pub id: i32,
    pub name: String,
    pub open: i64,
    pub unassigned: i64,
    pub overdue: i64,
    pub team: Vec<Workload>,
    pub levels: Vec<LevelView>,
    pub templates: Vec<TemplateRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TeamView {
    pub organisations: Vec<OrganisationTeam>,
    pub categories: Vec<super::categories::Category>,
    pub languages_all: &'static [crate::i18n::Language],
}

/// The manager's page for each organisation they manage (the first, for an admin with none).
pub fn page(conn: &mut DbConnection, actor: &Actor, locale: Locale) -> AppResult<TeamView> {
    if actor.manager_of.is_empty() {
        return Err(crate::core::error::AppError::NotFound);
    }
    let names = super::views::category_names(conn, locale)?;
    let mut organisations = vec![];
    for org in &actor.manager_of {
        authorize(
            actor,
            Action::ManageOrganisation {
                organisation_id: *org,
            },
        )?;
        let load = super::queue::workload(conn, *org)?;
        let planned = planned_visits(conn, *org)?;
        let team = colleagues(conn, Answerer::Organisation(*org))?
            .into_iter()
            .map(|(id, name)| {
                let (open, overdue) = load
                    .iter()
                    .find(|(who, _, _)| *who == Some(id))
                    .map_or((0, 0), |(_, open, overdue)| (*open, *overdue));
                let visits = planned
                    .iter()
                    .find(|(who, _)| *who == id)
                    .map_or(0, |p| p.1);
                Workload {
                    name,
                    open,
                    overdue,
                    visits,
                }
            })
            .collect();
        let levels = super::service_levels::all(conn, *org)?
            .into_iter()
            .map(|(p, t)| LevelView {
                code: p.code(),
                label: locale.text(&format!("priority-{}", p.code())),
                first_response_hours: t.first_response_hours,
                resolution_hours: t.resolution_hours,
            })
            .collect();
        let templates = super::responses::of_organisation(conn, *org)?
            .into_iter()
            .map(|t| TemplateRow {
                id: t.id,
                title: t.title,
                body: t.body,
                language: t.locale,
                category: t
                    .category_id
                    .and_then(|c| names.get(&c))
                    .map(|c| c.name.clone()),
            })
            .collect();
        organisations.push(OrganisationTeam {
            id: *org,
            name: crate::places::organisation(conn, *org)?.name,
            open: load.iter().map(|l| l.1).sum(),
            unassigned: load.iter().filter(|l| l.0.is_none()).map(|l| l.1).sum(),
            overdue: load.iter().map(|l| l.2).sum(),
            team,
            levels,
            templates,
        });
    }
    Ok(TeamView {
        organisations,
        categories: super::categories::all(conn, locale)?,
        languages_all: crate::i18n::LANGUAGES,
    })
}

/// Visits planned from now on, by technician, for one organisation's staff.
fn planned_visits(conn: &mut DbConnection, org: i32) -> QueryResult<Vec<(i32, i64)>> {
    let now = chrono::Utc::now().naive_utc();
    let staff = role_grants::table
        .filter(any_of(
            role_grants::role,
            [Role::Technician.code(), Role::Manager.code()],
        ))
        .filter(role_grants::scope_id.eq(org))
        .select(role_grants::user_id);
    visits::table
        .filter(visits::technician_id.eq_any(staff))
        .filter(visits::status.eq("planned"))
        .filter(visits::starts_at.ge(now))
        .group_by(visits::technician_id)
        .select((visits::technician_id, diesel::dsl::count_star()))
        .load(conn)
}

//! Service levels: per organisation and priority, how soon a report gets its first answer and
//! its fix. Managers set them; until they do, these defaults hold.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::Priority;
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::core::schema::service_levels;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Targets {
    pub first_response_hours: i32,
    pub resolution_hours: i32,
}

/// The longest target a manager may set: a year.
pub const MAX_HOURS: i32 = 24 * 365;

pub fn default_targets(priority: Priority) -> Targets {
    let (first_response_hours, resolution_hours) = match priority {
        Priority::Urgent => (4, 24),
        Priority::High => (24, 7 * 24),
        Priority::Normal => (3 * 24, 30 * 24),
        Priority::Low => (5 * 24, 60 * 24),
    };
    Targets {
        first_response_hours,
        resolution_hours,
    }
}

/// The targets in force for an organisation (the desk's reports, `None`, use the defaults).
pub fn targets(
    conn: &mut DbConnection,
    organisation: Option<i32>,
    priority: Priority,
) -> QueryResult<Targets> {
    let Some(org) = organisation else {
        return Ok(default_targets(priority));
    };
    let set = service_levels::table
        .filter(service_levels::organisation_id.eq(org))
        .filter(service_levels::priority.eq(priority.code()))
        .select((
            service_levels::first_response_hours,
            service_levels::resolution_hours,
        ))
        .first::<(i32, i32)>(conn)
        .optional()?;
    Ok(set.map_or(
        default_targets(priority),
        |(first_response_hours, resolution_hours)| Targets {
            first_response_hours,
            resolution_hours,
        },
    ))
}

/// When the first answer and the fix are due for a report counted from `since`.
pub fn due_dates(
    conn: &mut DbConnection,
    organisation: Option<i32>,
    priority: Priority,
    since: NaiveDateTime,
) -> QueryResult<(NaiveDateTime, NaiveDateTime)> {
    let t = targets(conn, organisation, priority)?;
    Ok((
        since + Duration::hours(i64::from(t.first_response_hours)),
        since + Duration::hours(i64::from(t.resolution_hours)),
    ))
}

pub fn all(conn: &mut DbConnection, organisation: i32) -> QueryResult<Vec<(Priority, Targets)>> {
    Priority::ALL
        .into_iter()
        .rev()
        .map(|p| Ok((p, targets(conn, Some(organisation), p)?)))
        .collect()
}

/// A manager sets their organisation's targets for every priority at once.
pub fn set_all(
    conn: &mut DbConnection,
    actor: &crate::access::Actor,
    organisation: i32,
    targets: &[(Priority, Targets)],
) -> AppResult<()> {
    crate::access::authorize(
        actor,
        crate::access::Action::ManageOrganisation {
            organisation_id: organisation,
        },
    )?;
    crate::core::db::transaction(conn, |conn| {
        for (priority, t) in targets {
            set(conn, organisation, *priority, *t)?;
        }
        Ok(())
    })
}

fn set(
    conn: &mut DbConnection,
    organisation: i32,
    priority: Priority,
    t: Targets,
) -> AppResult<()> {
    let valid = |h: i32| (1..=MAX_HOURS).contains(&h);
    if !valid(t.first_response_hours)
        || !valid(t.resolution_hours)
        || t.first_response_hours > t.resolution_hours
    {
        return Err(AppError::invalid("service-level-invalid"));
    }
    crate::core::db::transaction(conn, |conn| {
        diesel::delete(
            service_levels::table
                .filter(service_levels::organisation_id.eq(organisation))
                .filter(service_levels::priority.eq(priority.code())),
        )
        .execute(conn)?;
        diesel::insert_into(service_levels::table)
            .values((
                service_levels::organisation_id.eq(organisation),
                service_levels::priority.eq(priority.code()),
                service_levels::first_response_hours.eq(t.first_response_hours),
                service_levels::resolution_hours.eq(t.resolution_hours),
            ))
            .execute(conn)?;
        Ok(())
    })
}

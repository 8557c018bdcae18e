//! Filing a report: where, what, who for; routed to whoever answers; safe to retry.

use chrono::{Datelike, Utc};
use diesel::prelude::*;

use super::categories;
use super::photos;
use super::rules::{NewReport, ReportAction};
use super::{
    Location, Priority, Status, DESCRIPTION_MAX, DESCRIPTION_MIN, MAX_PHOTOS, SPOT_MAX,
    TIME_WINDOWS,
};
use crate::access::{authorize, Actor, Place};
use crate::core::db::{Db, DbConnection};
use crate::core::error::{AppError, AppResult, Message};
use crate::core::schema::{buildings, report_events, report_followers, reports, stairs};
use crate::i18n::Locale;
use crate::media::uploads::{with_photos, SavedPhoto};
use crate::people::{self, Role};
use crate::places;

/// A report as submitted, already parsed from a form or the API.
#[derive(Debug, Clone, Default)]
pub struct Filing {
    pub category: String,
    pub location: String,
    /// The stair or building, for delegates filing for a common area they look after.
    pub place_id: Option<i32>,
    /// The tenant a desk operator files for.
    pub for_user: Option<i32>,
    pub description: String,
    pub spot: Option<String>,
    pub show_name: bool,
    pub permission_to_enter: bool,
    pub time_windows: Vec<String>,
    pub idempotency_key: Option<String>,
}

/// What filing produced: the report, and whether this call created it (a retry with the
/// same idempotency key gets the first call's report).
#[derive(Debug, Clone)]
pub struct Filed {
    pub id: i32,
    pub reference: String,
    pub created: bool,
}

const KEY_MAX: usize = 100;

/// Checks what can be checked without the database, before any photo is processed.
pub fn validate(filing: &Filing) -> AppResult<()> {
    let description = filing.description.trim().chars().count();
    if description < DESCRIPTION_MIN {
        return Err(AppError::Invalid(
            Message::new("report-description-short").with("min", DESCRIPTION_MIN),
        ));
    }
    if description > DESCRIPTION_MAX {
        return Err(AppError::Invalid(
            Message::new("report-description-long").with("max", DESCRIPTION_MAX),
        ));
    }
    if filing
        .spot
        .as_deref()
        .is_some_and(|s| s.trim().chars().count() > SPOT_MAX)
    {
        return Err(AppError::Invalid(
            Message::new("report-spot-long").with("max", SPOT_MAX),
        ));
    }
    if Location::parse(&filing.location).is_none() {
        return Err(AppError::invalid("report-location-invalid"));
    }
    if filing
        .time_windows
        .iter()
        .any(|w| !TIME_WINDOWS.contains(&w.as_str()))
    {
        return Err(AppError::invalid("report-time-windows-invalid"));
    }
    if filing
        .idempotency_key
        .as_deref()
        .is_some_and(|k| k.is_empty() || k.len() > KEY_MAX)
    {
        return Err(AppError::invalid("report-idempotency-key-invalid"));
    }
    Ok(())
}

/// The report an earlier call with this key made, if any.
pub fn replay(
    conn: &mut DbConnection,
    actor: &Actor,
    key: Option<&str>,
) -> AppResult<Option<Filed>> {
    let Some(key) = key else { return Ok(None) };
    let found = reports::table
        .filter(reports::filed_by.eq(actor.user_id))
        .filter(reports::idempotency_key.eq(key))
        .select((reports::id, reports::reference))
        .first::<(i32, String)>(conn)
        .optional()?;
    Ok(found.map(|(id, reference)| Filed {
        id,
        reference,
        created: false,
    }))
}

/// Where the report is, resolved from the tenant's home (or the place a delegate names).
fn resolve_place(conn: &mut DbConnection, actor: &Actor, filing: &Filing) -> AppResult<NewReport> {
    let location = Location::parse(&filing.location)
        .ok_or_else(|| AppError::invalid("report-location-invalid"))?;
    let for_user = filing.for_user.unwrap_or(actor.user_id);
    let homes: Vec<places::UnitPlace> = if for_user == actor.user_id {
        actor.homes.clone()
    } else {
        homes_of(conn, for_user)?
    };
    let home = homes.first();
    let place = match (location, filing.place_id) {
        (Location::Stair, Some(stair)) => {
            let (building_id, estate_id) = stairs::table
                .inner_join(buildings::table)
                .filter(stairs::id.eq(stair))
                .select((buildings::id, buildings::estate_id))
                .first::<(i32, i32)>(conn)
                .optional()?
                .ok_or(AppError::NotFound)?;
            Place {
                level: location,
                unit: None,
                stair: Some(stair),
                building: Some(building_id),
                estate: estate_id,
            }
        }
        (Location::Building, Some(building)) => {
            let estate_id = buildings::table
                .find(building)
                .select(buildings::estate_id)
                .first::<i32>(conn)
                .optional()?
                .ok_or(AppError::NotFound)?;
            Place {
                level: location,
                unit: None,
                stair: None,
                building: Some(building),
                estate: estate_id,
            }
        }
        (_, _) => {
            // A person filing for their own flat or common areas: the flat they live in.
            let home = home.ok_or_else(|| AppError::invalid("report-no-home"))?;
            Place::around(home, location)
        }
    };
    // A tenant the desk files for must live where the report is.
    if for_user != actor.user_id && home.is_none_or(|h| h.estate_id != place.estate) {
        return Err(AppError::NotFound);
    }
    let new = NewReport { place, for_user };
    authorize(actor, ReportAction::File(&new))?;
    Ok(new)
}

/// The flats a tenant lives in.
pub fn homes_of(conn: &mut DbConnection, user_id: i32) -> AppResult<Vec<places::UnitPlace>> {
    Ok(people::grants_of(conn, user_id)?
        .into_iter()
        .filter_map(|g| g.scope_of(Role::Tenant))
        .map(|unit| places::unit_place(conn, unit))
        .collect::<QueryResult<_>>()?)
}

/// Where a report goes and who allowed it.
#[derive(Debug, Clone, Copy)]
pub enum Placement {
    /// From the filer's home or the place they name, as [`ReportAction::File`] allows.
    ByRules,
    /// Already placed and authorized by the caller's own rule (an Open311 key's scope).
    Authorized(NewReport),
}

/// Files a report with its photos; a retry with the same key returns the first report, whatever
/// the timing. What is cheap to check is checked before any photo is processed.
pub async fn submit(
    db: &Db,
    photos: &crate::media::store::PhotoStore,
    actor: &Actor,
    filing: Filing,
    uploads: Vec<Vec<u8>>,
) -> AppResult<Filed> {
    submit_placed(db, photos, actor, filing, Placement::ByRules, uploads).await
}

/// [`submit`], for a report placed by the caller (see [`Placement`]).
pub(crate) async fn submit_placed(
    db: &Db,
    photos: &crate::media::store::PhotoStore,
    actor: &Actor,
    filing: Filing,
    placement: Placement,
    uploads: Vec<Vec<u8>>,
) -> AppResult<Filed> {
    validate(&filing)?;
    let key = filing.idempotency_key.clone();
    let who = actor.clone();
    if let Some(filed) = db
        .run(move |conn| replay(conn, &who, key.as_deref()))
        .await?
    {
        return Ok(filed);
    }
    let actor = actor.clone();
    with_photos(db, photos, uploads, MAX_PHOTOS, move |conn, saved| {
        let filed = file_placed(conn, &actor, &filing, placement, saved)?;
        // A retry that lost the race keeps the first report, and that report its photos.
        let keep = filed.created;
        Ok((filed, keep))
    })
    .await
}

/// Files the report in one transaction. Photos were processed and saved beforehand; the
/// caller removes them if this fails or turns out to be a retry.
pub fn file(
    conn: &mut DbConnection,
    actor: &Actor,
    filing: &Filing,
    photos: &[SavedPhoto],
) -> AppResult<Filed> {
    file_placed(conn, actor, filing, Placement::ByRules, photos)
}

fn file_placed(
    conn: &mut DbConnection,
    actor: &Actor,
    filing: &Filing,
    placement: Placement,
    photos: &[SavedPhoto],
) -> AppResult<Filed> {
    validate(filing)?;
    if let Some(filed) = replay(conn, actor, filing.idempotency_key.as_deref())? {
        return Ok(filed);
    }
    let NewReport { place, for_user } = match placement {
        Placement::ByRules => resolve_place(conn, actor, filing)?,
        Placement::Authorized(new) => new,
    };
    let category = categories::by_code(conn, &filing.category, Locale::DEFAULT)?
        .filter(|c| c.active)
        .ok_or_else(|| AppError::invalid("report-category-invalid"))?;
    // Routing: a desk category goes to the estate's operators and stays private; otherwise
    // the category's organisation if it has one, else the owner of the building (for the
    // estate's common areas, the tenant's own landlord).
    let (organisation_id, private) = if category.route_to_desk {
        (None, true)
    } else {
        let building = match place.building {
            Some(b) => b,
            None => homes_of(conn, for_user)?
                .first()
                .map(|h| h.building_id)
                .ok_or_else(|| AppError::invalid("report-no-home"))?,
        };
        let owner = buildings::table
            .find(building)
            .select(buildings::owner_id)
            .first::<i32>(conn)?;
        (category.answered_by(owner), false)
    };
    let in_unit = place.level == Location::Unit;
    let now = Utc::now().naive_utc();
    let priority = Priority::parse(&category.default_priority).unwrap_or(Priority::Normal);
    let (response_due, resolution_due) =
        super::service_levels::due_dates(conn, organisation_id, priority, now)?;
    let inserted = crate::core::db::transaction(conn, |conn| -> QueryResult<(i32, String)> {
        let id: i32 = diesel::insert_into(reports::table)
            .values((
                reports::reference.eq(uuid::Uuid::new_v4().to_string()),
                reports::category_id.eq(category.id),
                reports::location.eq(place.level.code()),
                reports::unit_id.eq(place.unit),
                reports::stair_id.eq(place.stair),
                reports::building_id.eq(place.building),
                reports::estate_id.eq(place.estate),
                reports::spot.eq(filing
                    .spot
                    .as_deref()
                    .map(str::trim)
                    .filter(|s| !s.is_empty())),
                reports::description.eq(filing.description.trim()),
                reports::status.eq(Status::Received.code()),
                reports::priority.eq(priority.code()),
                reports::response_due_at.eq(response_due),
                reports::resolution_due_at.eq(resolution_due),
                reports::organisation_id.eq(organisation_id),
                reports::private.eq(private),
                reports::filed_by.eq(actor.user_id),
                reports::filed_for.eq(for_user),
                reports::show_name.eq(filing.show_name),
                reports::permission_to_enter.eq(in_unit && filing.permission_to_enter),
                reports::time_windows.eq(if in_unit {
                    filing.time_windows.join(",")
                } else {
                    String::new()
                }),
                reports::idempotency_key.eq(filing.idempotency_key.as_deref()),
                reports::created_at.eq(now),
                reports::updated_at.eq(now),
            ))
            .returning(reports::id)
            .get_result(conn)?;
        let reference = super::reference(now.year(), id);
        diesel::update(reports::table.find(id))
            .set(reports::reference.eq(&reference))
            .execute(conn)?;
        let event_id: i32 = diesel::insert_into(report_events::table)
            .values((
                report_events::report_id.eq(id),
                report_events::kind.eq("filed"),
                report_events::to_status.eq(Status::Received.code()),
                report_events::public.eq(true),
                report_events::actor_id.eq(actor.user_id),
                report_events::created_at.eq(now),
            ))
            .returning(report_events::id)
            .get_result(conn)?;
        photos::attach(conn, id, event_id, photos)?;
        diesel::insert_into(report_followers::table)
            .values((
                report_followers::report_id.eq(id),
                report_followers::user_id.eq(for_user),
                report_followers::me_too.eq(false),
                report_followers::created_at.eq(now),
            ))
            .execute(conn)?;
        Ok((id, reference))
    });
    match inserted {
        Ok((id, reference)) => Ok(Filed {
            id,
            reference,
            created: true,
        }),
        // Two retries raced: the other one won, and its report is this key's report.
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) if filing.idempotency_key.is_some() => {
            replay(conn, actor, filing.idempotency_key.as_deref())?.ok_or(AppError::NotFound)
        }
        Err(e) => Err(e.into()),
    }
}

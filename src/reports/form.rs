//! The filing form, in two steps that work without JavaScript: where and what first; then the
//! open reports of the same kind there (joining one beats filing it again), and the details.
//! At the desk, an operator first finds the tenant by their flat.

use serde::{Deserialize, Serialize};

use super::categories::{self, Category};
use super::detail::Choice;
use super::filing::homes_of;
use super::rules::ReportAction;
use super::views::{self, Summary};
use super::{queries, Location, DESCRIPTION_MAX, MAX_PHOTOS, SPOT_MAX, TIME_WINDOWS};
use crate::access::{allows, Actor};
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::people::{self, Role};
use crate::places::{self, UnitPlace};

/// `where` on the form: `unit`, `stair`, `building`, `estate`, or `stair:ID` / `building:ID`
/// for a common area a delegate looks after.
pub fn split_where(raw: &str) -> (String, Option<i32>) {
    match raw.split_once(':') {
        Some((location, id)) => (location.to_string(), id.parse().ok()),
        None => (raw.to_string(), None),
    }
}

/// What has been chosen so far (the query string of the form's first step).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Chosen {
    #[serde(rename = "where")]
    pub place: Option<String>,
    pub category: Option<String>,
    /// The tenant the desk files for.
    pub for_user: Option<i32>,
    /// The flat code the desk looks up.
    pub unit: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlaceOption {
    pub value: String,
    pub label: String,
    pub hint: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SimilarReport {
    #[serde(flatten)]
    pub summary: Summary,
    pub me_too: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct TenantChoice {
    pub id: i32,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FilingForm {
    pub categories: Vec<Category>,
    pub time_windows: Vec<Choice>,
    pub description_max: usize,
    pub spot_max: usize,
    pub max_photos: usize,
    pub max_photo_mb: usize,
    pub idempotency_key: String,
    #[serde(rename = "where")]
    pub place: Option<String>,
    pub category: Option<String>,
    pub places: Vec<PlaceOption>,
    pub step_two: bool,
    pub similar: Vec<SimilarReport>,
    /// The desk's own tools: find a tenant by flat.
    pub desk: bool,
    pub for_user: Option<i32>,
    pub for_name: Option<String>,
    pub unit: Option<String>,
    pub tenants: Vec<TenantChoice>,
    /// Echoed after an error, so nothing typed is lost.
    pub description: String,
    pub spot: String,
}

/// The places a person can report about, as radio options.
fn place_options(
    conn: &mut DbConnection,
    actor: &Actor,
    locale: Locale,
    homes: &[UnitPlace],
    as_delegate: bool,
) -> AppResult<Vec<PlaceOption>> {
    let mut options = vec![];
    let option = |value: String, label: String, hint: String| PlaceOption { value, label, hint };
    if let Some(home) = homes.first() {
        let at = |key: &str| locale.text(key);
        options.push(option(
            "unit".into(),
            at("where-unit"),
            locale.text_with(
                "where-unit-hint",
                &[
                    ("floor", home.floor.to_string()),
                    ("number", home.number.clone()),
                ],
            ),
        ));
        options.push(option(
            "stair".into(),
            locale.text_with("where-stair", &[("stair", home.stair_name.clone())]),
            at("where-stair-hint"),
        ));
        options.push(option(
            "building".into(),
            at("where-building"),
            home.address.clone(),
        ));
        options.push(option(
            "estate".into(),
            at("where-estate"),
            at("where-estate-hint"),
        ));
    }
    if !as_delegate {
        return Ok(options);
    }
    for (stair, _) in &actor.delegate_stairs {
        if homes.iter().any(|h| h.stair_id == *stair) {
            continue;
        }
        let s = places::stair(conn, *stair)?;
        options.push(option(
            format!("stair:{stair}"),
            locale.text_with("where-stair", &[("stair", s.name)]),
            s.context,
        ));
    }
    for building in &actor.delegate_buildings {
        if homes.iter().any(|h| h.building_id == *building) {
            continue;
        }
        let b = places::building(conn, *building)?;
        options.push(option(
            format!("building:{building}"),
            locale.text("where-building"),
            b.name,
        ));
    }
    Ok(options)
}

/// Everything the filing page shows, for the values chosen so far.
pub fn form(
    conn: &mut DbConnection,
    actor: &Actor,
    locale: Locale,
    chosen: &Chosen,
) -> AppResult<FilingForm> {
    let desk = !actor.operator_estates.is_empty();
    let for_user = chosen.for_user.filter(|id| *id != actor.user_id);
    let (homes, for_name) = match for_user {
        Some(tenant) => {
            let homes = homes_of(conn, tenant)?;
            // Only the desk of the tenant's estate files for them.
            if !homes
                .iter()
                .any(|h| actor.operator_estates.contains(&h.estate_id))
            {
                return Err(AppError::NotFound);
            }
            (homes, Some(people::find(conn, tenant)?.name))
        }
        None => (actor.homes.clone(), None),
    };
    let unit = chosen
        .unit
        .as_deref()
        .map(str::trim)
        .filter(|c| desk && !c.is_empty())
        .map(str::to_string);
    let tenants = match &unit {
        Some(code) => match places::unit_place_by_code(conn, code)?
            .filter(|p| actor.operator_estates.contains(&p.estate_id))
        {
            Some(place) => people::holders_of(conn, Role::Tenant, place.unit_id)?
                .into_iter()
                .map(|t| TenantChoice {
                    id: t.id,
                    name: t.name,
                })
                .collect(),
            None => vec![],
        },
        None => vec![],
    };
    let places = place_options(conn, actor, locale, &homes, for_user.is_none())?;
    let (step_two, similar) = similar(conn, actor, locale, chosen, &homes)?;
    Ok(FilingForm {
        categories: categories::active(conn, locale)?,
        time_windows: TIME_WINDOWS
            .iter()
            .map(|w| Choice {
                code: w.to_string(),
                label: locale.text(&format!("time-window-{w}")),
                current: false,
            })
            .collect(),
        description_max: DESCRIPTION_MAX,
        spot_max: SPOT_MAX,
        max_photos: MAX_PHOTOS,
        max_photo_mb: crate::media::limits::MAX_UPLOAD_BYTES / (1024 * 1024),
        idempotency_key: uuid::Uuid::new_v4().to_string(),
        place: chosen.place.clone(),
        category: chosen.category.clone(),
        places,
        step_two,
        similar,
        desk,
        for_user,
        for_name,
        unit,
        tenants,
        description: String::new(),
        spot: String::new(),
    })
}

/// Once place and category are known, the open reports there come first.
fn similar(
    conn: &mut DbConnection,
    actor: &Actor,
    locale: Locale,
    chosen: &Chosen,
    homes: &[UnitPlace],
) -> AppResult<(bool, Vec<SimilarReport>)> {
    let (Some(place), Some(code)) = (chosen.place.as_deref(), chosen.category.as_deref()) else {
        return Ok((false, vec![]));
    };
    let (location, place_id) = split_where(place);
    let category = categories::by_code(conn, code, locale)?;
    let (Some(category), Some(location)) = (category, Location::parse(&location)) else {
        return Ok((false, vec![]));
    };
    let home = homes.first();
    let (stair, building) = match (location, place_id) {
        (Location::Stair, Some(id)) => (Some(id), places::building_of_stair(conn, id)?),
        (Location::Building, Some(id)) => (None, Some(id)),
        _ => (home.map(|h| h.stair_id), home.map(|h| h.building_id)),
    };
    let estate = home
        .map(|h| h.estate_id)
        .or_else(|| actor.operator_estates.first().copied());
    let Some(estate) = estate else {
        return Ok((true, vec![]));
    };
    let open = queries::similar_open(conn, actor, category.id, stair, building, estate)?;
    let lister = views::Lister::load(conn, &open, locale)?;
    let similar = open
        .iter()
        .map(|r| SimilarReport {
            summary: lister.summary(r),
            me_too: allows(actor, ReportAction::MeToo(&r.scope())),
        })
        .collect();
    Ok((true, similar))
}

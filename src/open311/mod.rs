//! Open311 GeoReport v2: the categories of fault as services, the estate's common-area reports
//! as service requests, and filing one with an API key. In-flat reports and the desk's
//! private reports never leave through here ([`crate::reports::rules::listed_openly`]).
//! The spec (and its traps) is summed up in `../shared/research/open311.md`; the web layer
//! (`web::open311`) renders what this module returns as XML or JSON.

pub mod filing;
pub mod media;
pub mod requests;

use diesel::prelude::*;
use serde::Serialize;

use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::places;
use crate::reports::{categories, SPOT_MAX};

/// Open311 speaks Italian here unless asked otherwise: the estate's language.
pub const LOCALE: Locale = Locale::DEFAULT;

/// A category of fault as an Open311 service.
#[derive(Debug, Clone, Serialize)]
pub struct Service {
    pub service_code: String,
    pub service_name: String,
    pub description: String,
    /// Every service asks where exactly (the `spot` attribute).
    pub metadata: bool,
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The category's names in the other languages, so a search in any of them finds it.
    pub keywords: String,
    /// Who answers: the organisation the category goes to, or the building's owner.
    pub group: String,
}

/// The extra questions a service asks.
#[derive(Debug, Clone, Serialize)]
pub struct ServiceDefinition {
    pub service_code: String,
    pub attributes: Vec<Attribute>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Attribute {
    pub variable: bool,
    pub code: &'static str,
    pub datatype: &'static str,
    pub required: bool,
    pub datatype_description: String,
    pub order: u32,
    pub description: String,
}

/// The one attribute every service takes: where exactly, in the building's common areas.
pub const SPOT: &str = "spot";

/// The services: the active categories that an organisation answers (the desk's private
/// categories are not for outside systems).
pub fn services(conn: &mut DbConnection) -> AppResult<Vec<Service>> {
    let organisations = places::organisations(conn)?;
    let mut services = vec![];
    for category in categories::active(conn, LOCALE)?
        .into_iter()
        .filter(|c| !c.route_to_desk)
    {
        let keywords = categories::names_of(conn, category.id)?
            .into_iter()
            .filter(|(locale, _)| locale != LOCALE.code())
            .map(|(_, name)| name.replace(',', " "))
            .collect::<Vec<_>>()
            .join(",");
        let group = category
            .route_to_organisation_id
            .and_then(|id| organisations.iter().find(|o| o.id == id))
            .map_or_else(|| LOCALE.text("open311-group-owner"), |o| o.name.clone());
        services.push(Service {
            description: LOCALE.text_with(
                "open311-service-description",
                &[
                    ("category", category.name.clone()),
                    ("group", group.clone()),
                ],
            ),
            service_code: category.code,
            service_name: category.name,
            metadata: true,
            kind: "realtime",
            keywords,
            group,
        });
    }
    Ok(services)
}

/// One service's questions; unknown (or desk-only) services are not found.
pub fn definition(conn: &mut DbConnection, code: &str) -> AppResult<ServiceDefinition> {
    if !is_service(conn, code)? {
        return Err(AppError::NotFound);
    }
    Ok(ServiceDefinition {
        service_code: code.to_string(),
        attributes: vec![Attribute {
            variable: true,
            code: SPOT,
            datatype: "string",
            required: false,
            datatype_description: LOCALE
                .text_with("open311-spot-format", &[("max", SPOT_MAX.to_string())]),
            order: 1,
            description: LOCALE.text("open311-spot-description"),
        }],
    })
}

/// Open311's dates: W3C date-times with a zone, written in UTC.
pub fn datetime(at: chrono::NaiveDateTime) -> String {
    at.and_utc()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Whether a category code names an Open311 service.
fn is_service(conn: &mut DbConnection, code: &str) -> AppResult<bool> {
    use crate::core::schema::categories as c;
    Ok(c::table
        .filter(c::code.eq(code))
        .filter(c::active.eq(true))
        .filter(c::route_to_desk.eq(false))
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

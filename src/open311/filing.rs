//! `POST requests`: another system files a common-area report with its API key. The report is
//! placed by `address_id` (a building or `BUILDING/STAIR` code), by `lat`/`long` (the nearest
//! building within [`NEAREST_METRES`]) or by `address_string`; the key's organisation must serve
//! the estate. A `media_url` photo is fetched only from the hosts the installation allows, and
//! goes through the same photo pipeline and limits as an upload.

use serde::Serialize;

use super::{is_service, SPOT};
use crate::access::{Actor, Place};
use crate::auth::api_keys::ApiKey;
use crate::core::db::Db;
use crate::core::error::{AppError, AppResult, Message};
use crate::places::sites;
use crate::reports::categories;
use crate::reports::filing::{self, Filing, Placement};
use crate::reports::rules::NewReport;
use crate::reports::Location;

/// How far from a building coordinates may be and still mean it.
pub const NEAREST_METRES: f64 = 200.0;

/// A `POST requests` as parsed from its form.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Submission {
    pub service_code: String,
    pub position: Option<(f64, f64)>,
    pub address_string: Option<String>,
    pub address_id: Option<String>,
    pub description: String,
    pub media_url: Option<url::Url>,
    pub spot: Option<String>,
    pub idempotency_key: Option<String>,
}

impl Submission {
    /// Reads the form's fields (`attribute[spot]` included); unknown fields are ignored, as the
    /// spec's optional contact fields are: Portineria keeps no contact for people without an
    /// account.
    pub fn parse(fields: &[(String, String)], idempotency_key: Option<String>) -> AppResult<Self> {
        let field = |name: &str| {
            fields
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let service_code =
            field("service_code").ok_or_else(|| AppError::invalid("open311-service-missing"))?;
        let degrees = |name: &str, limit: f64| -> AppResult<Option<f64>> {
            field(name)
                .map(|v| {
                    v.parse::<f64>()
                        .ok()
                        .filter(|d| d.is_finite() && d.abs() <= limit)
                        .ok_or_else(|| AppError::invalid("open311-position-invalid"))
                })
                .transpose()
        };
        let position = match (degrees("lat", 90.0)?, degrees("long", 180.0)?) {
            (Some(lat), Some(long)) => Some((lat, long)),
            (None, None) => None,
            _ => return Err(AppError::invalid("open311-position-invalid")),
        };
        let media_url = field("media_url")
            .map(|u| url::Url::parse(&u).map_err(|_| AppError::invalid("open311-media-invalid")))
            .transpose()?;
        Ok(Submission {
            service_code,
            position,
            address_string: field("address_string"),
            address_id: field("address_id"),
            description: field("description").unwrap_or_default(),
            media_url,
            spot: field(&format!("attribute[{SPOT}]")),
            idempotency_key,
        })
    }
}

/// What the spec answers a filing with.
#[derive(Debug, Clone, Serialize)]
pub struct Accepted {
    pub service_request_id: String,
    pub service_notice: String,
}

/// Files the submission for `key`: checks the key may write and answers for the service at the
/// place, then files
/// through the same path as the report form (photos, routing, service levels, events).
pub async fn submit(
    db: &Db,
    photos: &crate::media::store::PhotoStore,
    media: &super::media::MediaSources,
    key: &ApiKey,
    submission: Submission,
) -> AppResult<Accepted> {
    if !key.can_write {
        return Err(AppError::Forbidden(Message::new("open311-key-read-only")));
    }
    let (key_actor, wanted) = (key.actor(), submission.clone());
    let site = db
        .run(move |conn| {
            if !is_service(conn, &wanted.service_code)? {
                return Err(AppError::invalid("open311-service-unknown"));
            }
            let site = if let Some(code) = &wanted.address_id {
                sites::by_code(conn, code)?
            } else if let Some((lat, long)) = wanted.position {
                sites::nearest(conn, lat, long, NEAREST_METRES)?
            } else if let Some(address) = &wanted.address_string {
                sites::by_address(conn, address)?
            } else {
                return Err(AppError::invalid("open311-location-missing"));
            };
            let site = site.ok_or_else(|| AppError::invalid("open311-location-unknown"))?;
            let category = categories::by_code(conn, &wanted.service_code, super::LOCALE)?
                .ok_or_else(|| AppError::invalid("open311-service-unknown"))?;
            if !key_actor.answers_for(category.answered_by(site.owner_id), site.estate_id) {
                return Err(AppError::Forbidden(Message::new(
                    "open311-key-out-of-scope",
                )));
            }
            Ok(site)
        })
        .await?;
    let level = if site.stair_id.is_some() {
        Location::Stair
    } else {
        Location::Building
    };
    let filing = Filing {
        category: submission.service_code,
        location: level.code().into(),
        place_id: site.stair_id.or(Some(site.building_id)),
        description: submission.description,
        spot: submission.spot,
        idempotency_key: submission.idempotency_key,
        ..Filing::default()
    };
    filing::validate(&filing)?;
    let uploads = match &submission.media_url {
        Some(url) => vec![media.fetch(url).await?],
        None => vec![],
    };
    let placed = NewReport {
        place: Place {
            level,
            unit: None,
            stair: site.stair_id,
            building: Some(site.building_id),
            estate: site.estate_id,
        },
        for_user: key.user_id,
    };
    let actor = Actor {
        user_id: key.user_id,
        ..Actor::default()
    };
    let filed = filing::submit_placed(
        db,
        photos,
        &actor,
        filing,
        Placement::Authorized(placed),
        uploads,
    )
    .await?;
    Ok(Accepted {
        service_request_id: filed.reference,
        service_notice: super::LOCALE.text("open311-service-notice"),
    })
}

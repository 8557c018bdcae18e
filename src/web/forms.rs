//! What the pages and the API both read from a form, parsed once here into the domain's
//! types: a report's multipart body and the filing in it, a visit report, a notice's place.

use actix_multipart::Multipart;

use crate::access::Level;
use crate::core::error::{AppError, AppResult};
use crate::media::limits::MAX_UPLOAD_BYTES;
use crate::reports::filing::Filing;
use crate::reports::form::split_where;
use crate::reports::visits::{VisitOutcome, VisitReport};
use crate::reports::MAX_PHOTOS;
use crate::web::multipart::{self, Limits, Parts};

const LIMITS: Limits = Limits {
    max_files: MAX_PHOTOS,
    max_file_bytes: MAX_UPLOAD_BYTES,
    max_text_bytes: 16 * 1024,
    max_fields: 40,
};

/// Reads a report's (or a visit report's) multipart body; photos are the `photos` parts.
pub async fn read_report(payload: Multipart) -> AppResult<Parts> {
    multipart::read(payload, "photos", &LIMITS).await
}

fn flag(parts: &Parts, name: &str) -> bool {
    matches!(parts.get(name), Some("yes" | "true" | "on" | "1"))
}

/// A whole number the form may leave empty.
pub fn number(parts: &Parts, name: &str) -> AppResult<Option<i32>> {
    match parts.get(name).map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => v
            .parse()
            .map(Some)
            .map_err(|_| AppError::invalid("error-form-invalid")),
    }
}

/// The filing the form or the API sent. The page names the place in one `where` field
/// (`stair:12` for a delegate's stair); the API in `location` and `place_id`.
pub fn filing_of(parts: &Parts, idempotency_key: Option<String>) -> AppResult<Filing> {
    let (location, place_id) = match parts.get("where") {
        Some(place) => split_where(place),
        None => (
            parts.get("location").unwrap_or_default().trim().to_string(),
            number(parts, "place_id")?,
        ),
    };
    Ok(Filing {
        category: parts.get("category").unwrap_or_default().trim().to_string(),
        location,
        place_id,
        for_user: number(parts, "for_user")?,
        description: parts.get("description").unwrap_or_default().to_string(),
        spot: parts.get("spot").map(str::to_string),
        show_name: flag(parts, "show_name"),
        permission_to_enter: flag(parts, "permission_to_enter"),
        time_windows: parts.all("time_windows"),
        idempotency_key,
    })
}

/// What a technician reports after a visit: notes and outcome (the photos come apart).
pub fn visit_report(visit: i32, parts: &Parts) -> AppResult<VisitReport> {
    let outcome = match parts.get("outcome") {
        None => VisitOutcome::Fixed,
        Some(code) => {
            VisitOutcome::parse(code).ok_or_else(|| AppError::invalid("report-status-invalid"))?
        }
    };
    Ok(VisitReport {
        visit,
        notes: parts.get("notes").unwrap_or_default().to_string(),
        outcome,
    })
}

/// `stair:12`, `building:3` or `estate:1`.
pub fn place_of(raw: &str) -> AppResult<(Level, i32)> {
    let bad = || AppError::invalid("notice-place-invalid");
    let (level, id) = raw.split_once(':').ok_or_else(bad)?;
    let level = Level::parse(level)
        .filter(|l| *l != Level::Unit)
        .ok_or_else(bad)?;
    Ok((level, id.trim().parse().map_err(|_| bad())?))
}

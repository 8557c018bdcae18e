//! Filing a report from the page (and the multipart parsing the API shares): parse the body
//! within limits into a filing, then let the domain check, process photos and file.

use actix_multipart::Multipart;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Serialize;

use crate::core::error::{AppError, AppResult};
use crate::media::limits::MAX_UPLOAD_BYTES;
use crate::reports::filing::{self, Filing};
use crate::reports::form::{self, split_where, Chosen, FilingForm};
use crate::reports::MAX_PHOTOS;
use crate::web::errors::on_form;
use crate::web::multipart::{self, Limits, Parts};
use crate::web::{csrf, kept_pages};
use crate::web::{see_other, AppState, SignedIn};

const LIMITS: Limits = Limits {
    max_files: MAX_PHOTOS,
    max_file_bytes: MAX_UPLOAD_BYTES,
    max_text_bytes: 16 * 1024,
    max_fields: 40,
};

/// Reads a report's (or a visit report's) multipart body; photos are the `photos` parts.
pub async fn read(payload: Multipart) -> AppResult<Parts> {
    multipart::read(payload, "photos", &LIMITS).await
}

fn flag(parts: &Parts, name: &str) -> bool {
    matches!(parts.get(name), Some("yes" | "true" | "on" | "1"))
}

fn number(parts: &Parts, name: &str) -> AppResult<Option<i32>> {
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

pub async fn new_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    chosen: web::Query<Chosen>,
) -> AppResult<HttpResponse> {
    let chosen = chosen.into_inner();
    state
        .read_page(&req, me, "pages/report_new", move |conn, actor, locale| {
            // Each answer gets a key of its own, also when the page is answered as kept.
            let fresh = |form| FilingForm {
                idempotency_key: kept_pages::FRESH_KEY.to_string(),
                ..form
            };
            form::form(conn, actor, locale, &chosen).map(fresh)
        })
        .await
}

/// The form again after a refusal, with what was typed and why.
#[derive(Serialize)]
struct Refused {
    #[serde(flatten)]
    form: FilingForm,
    error: String,
}

pub async fn create(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    payload: Multipart,
) -> AppResult<HttpResponse> {
    let parts = read(payload).await?;
    csrf::verify(&req, parts.get(csrf::FIELD).unwrap_or_default())?;
    let key = parts.get("idempotency_key").map(str::to_string);
    let filed = match filing_of(&parts, key) {
        Ok(filing) => {
            filing::submit(
                &state.db,
                &state.photos,
                &me.actor,
                filing,
                parts.files.clone(),
            )
            .await
        }
        Err(e) => Err(e),
    };
    let error = match filed {
        Ok(filed) => return Ok(see_other(&format!("/reports/{}?filed=1", filed.reference))),
        Err(e) => e,
    };
    let (status, error) = on_form(error, &req)?;
    let chosen = Chosen {
        place: parts.get("where").map(str::to_string),
        category: parts.get("category").map(str::to_string),
        for_user: number(&parts, "for_user").ok().flatten(),
        unit: None,
    };
    let read = move |conn: &mut _, actor: &_, locale| form::form(conn, actor, locale, &chosen);
    let refused = |mut form: FilingForm| {
        form.description = parts.get("description").unwrap_or_default().to_string();
        form.spot = parts.get("spot").unwrap_or_default().to_string();
        form.step_two = true;
        Refused { form, error }
    };
    state
        .show(&req, me, "pages/report_new", status, read, refused)
        .await
}

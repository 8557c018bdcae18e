//! Filing a report, shared by the page form and the API: parse the multipart body within
//! limits, check what is cheap first, process photos off the async workers, then file.

use actix_multipart::Multipart;

use super::with_actor;
use actix_web::web;

use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult};
use crate::media::limits::MAX_UPLOAD_BYTES;
use crate::notifications::inbox::Notifier;
use crate::reports::filing::{self, Filed, Filing};
use crate::reports::{photos, MAX_PHOTOS};
use crate::web::multipart::{self, Limits, Parts};
use crate::AppState;

const LIMITS: Limits = Limits {
    max_files: MAX_PHOTOS,
    max_file_bytes: MAX_UPLOAD_BYTES,
    max_text_bytes: 16 * 1024,
    max_fields: 40,
};

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

pub fn filing_of(parts: &Parts, idempotency_key: Option<String>) -> AppResult<Filing> {
    Ok(Filing {
        category: parts.get("category").unwrap_or_default().trim().to_string(),
        location: parts.get("location").unwrap_or_default().trim().to_string(),
        place_id: number(parts, "place_id")?,
        for_user: number(parts, "for_user")?,
        description: parts.get("description").unwrap_or_default().to_string(),
        spot: parts.get("spot").map(str::to_string),
        show_name: flag(parts, "show_name"),
        permission_to_enter: flag(parts, "permission_to_enter"),
        time_windows: parts.all("time_windows"),
        idempotency_key,
    })
}

/// Files the report; a retry with the same key returns the first report, whatever the timing.
pub async fn submit(
    state: &web::Data<AppState>,
    user: &CurrentUser,
    filing: Filing,
    uploads: Vec<Vec<u8>>,
) -> AppResult<Filed> {
    filing::validate(&filing)?;
    let (actor, replayed) = {
        let key = filing.idempotency_key.clone();
        with_actor(state, user, move |conn, actor| {
            let replayed = filing::replay(conn, actor, key.as_deref())?;
            Ok((actor.clone(), replayed))
        })
        .await?
    };
    if let Some(filed) = replayed {
        return Ok(filed);
    }
    let data_dir = state.config.data_dir.clone();
    let saved = tokio::task::spawn_blocking(move || photos::process_and_save(&data_dir, &uploads))
        .await
        .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("photo processing")))??;
    let work_state = state.clone();
    let kept = saved.clone();
    let result = state
        .db
        .run(move |conn| {
            let filed = filing::file(conn, &actor, &filing, &kept)?;
            if filed.created && filing.for_user.is_some_and(|f| f != actor.user_id) {
                // Filed at the desk: the tenant hears of it as if they had filed it.
                Notifier {
                    templates: &work_state.templates,
                    base_url: &work_state.config.base_url,
                }
                .report_event(conn, filed.id, filed.event_id)?;
            }
            Ok(filed)
        })
        .await;
    match &result {
        Ok(filed) if filed.created => {}
        // A retry that lost the race, or a failure: its photos belong to no report.
        _ => photos::remove_all(&state.config.data_dir, &saved),
    }
    result
}

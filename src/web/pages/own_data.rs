//! A person's own data as a download: `GET /profile/export` from the profile page (a link, so
//! it works without JavaScript) and `GET /api/v1/me/export` with a bearer token.

use actix_web::{web, HttpResponse};

use crate::core::error::AppResult;
use crate::own_data;
use crate::web::{AppState, SignedIn};

/// Everything the portal holds about the caller, as a ZIP: `profile.json`, `roles.json`,
/// `channels.json`, `reports.json` (filed or followed, with the events the caller may see),
/// `comments.json`, `inbox.json`, `notices.json`, `seen.json`, and `photos/`. Other residents
/// appear by their role only.
#[utoipa::path(
    get,
    path = "/me/export",
    tag = "account",
    responses(
        (status = 200, description = "The archive", content(("application/zip"))),
    )
)]
pub async fn export(state: web::Data<AppState>, me: SignedIn) -> AppResult<HttpResponse> {
    let archive = own_data::export(&state.db, &state.photos, me.actor, me.locale).await?;
    Ok(HttpResponse::Ok()
        .content_type("application/zip")
        .insert_header((
            "content-disposition",
            format!("attachment; filename=\"{}\"", own_data::FILE_NAME),
        ))
        // Personal data: never kept by a cache on the way.
        .insert_header(("cache-control", "no-store"))
        .body(archive))
}

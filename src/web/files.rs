//! Static files (CSS, JS, icons, the service worker and the web app manifest), embedded in the
//! binary so one file is the whole installation.

use actix_web::{web, HttpResponse};

use crate::core::error::{AppError, AppResult};

#[derive(rust_embed::Embed)]
#[folder = "web/static/"]
struct StaticFiles;

fn serve(path: &str, cache: &str) -> AppResult<HttpResponse> {
    let file = StaticFiles::get(path).ok_or(AppError::NotFound)?;
    let mime = match path.rsplit('.').next() {
        Some("webmanifest") => "application/manifest+json".to_string(),
        _ => file.metadata.mimetype().to_string(),
    };
    Ok(HttpResponse::Ok()
        .content_type(mime)
        .insert_header(("cache-control", cache))
        .insert_header(("x-content-type-options", "nosniff"))
        .body(file.data.into_owned()))
}

pub async fn asset(path: web::Path<String>) -> AppResult<HttpResponse> {
    serve(&path, "public, max-age=3600")
}

/// Served from the root so its scope is the whole site; never cached, so updates reach phones.
pub async fn service_worker() -> AppResult<HttpResponse> {
    serve("sw.js", "no-cache")
}

pub async fn manifest() -> AppResult<HttpResponse> {
    serve("manifest.webmanifest", "public, max-age=3600")
}

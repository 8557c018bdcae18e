//! Static files (CSS, JS, icons) embedded in the binary so one file is the whole installation,
//! each under a versioned address (`/static/app.css?v=…`, the start of its SHA-256) that can be
//! cached for a year; the service worker, which precaches exactly those addresses; and the web
//! app manifest in the visitor's language.

use std::sync::OnceLock;

use actix_web::{web, HttpRequest, HttpResponse};
use handlebars::{
    Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext, RenderError,
    RenderErrorReason,
};
use serde::Deserialize;
use serde_json::json;

use crate::core::error::{AppError, AppResult};
use crate::media::store::{PhotoStore, Rendition};

#[derive(rust_embed::Embed)]
#[folder = "web/static/"]
struct StaticFiles;

/// Each text asset compressed when the binary was built (see `build.rs`): its path, gzip,
/// Brotli.
const PRECOMPRESSED: &[(&str, &[u8], &[u8])] =
    include!(concat!(env!("OUT_DIR"), "/precompressed.rs"));

/// The smallest encoding of `path` the client accepts, if it was compressed at build time.
fn precompressed(path: &str, accept_encoding: &str) -> Option<(&'static str, &'static [u8])> {
    let (_, gzip, brotli) = PRECOMPRESSED.iter().find(|(p, _, _)| *p == path)?;
    let accepts = |coding: &str| {
        accept_encoding.split(',').any(|part| {
            let mut pieces = part.split(';');
            let name = pieces.next().unwrap_or("").trim();
            let refused = pieces.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
                    == Some(0.0)
            });
            name.eq_ignore_ascii_case(coding) && !refused
        })
    };
    if accepts("br") {
        Some(("br", brotli))
    } else if accepts("gzip") {
        Some(("gzip", gzip))
    } else {
        None
    }
}

/// The file's version: the start of its content's SHA-256.
fn version(path: &str) -> Option<String> {
    StaticFiles::get(path).map(|f| hex::encode(&f.metadata.sha256_hash()[..6]))
}

/// A static file's versioned address.
/// A stored photo (a report's, a notice's), for whoever the domain let open it.
///
/// A key names one photo forever (a photo is never changed, only removed), so its ETag is the
/// key and a browser asking again with it gets a 304 without the store being read. `private`:
/// shared caches must not keep what the access rules give one person.
pub async fn photo(
    req: &HttpRequest,
    photos: &PhotoStore,
    key: &str,
    copy: Rendition,
) -> AppResult<HttpResponse> {
    let etag = format!(
        "\"{key}{}\"",
        if copy == Rendition::Thumbnail {
            "t"
        } else {
            ""
        }
    );
    let cache = ("cache-control", "private, max-age=86400");
    let asked_again = req
        .headers()
        .get(actix_web::http::header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|tag| tag.trim() == etag));
    if asked_again {
        return Ok(HttpResponse::NotModified()
            .insert_header(cache)
            .insert_header(("etag", etag))
            .finish());
    }
    let bytes = photos
        .read(key, copy)
        .await
        .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("reading a photo")))?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type("image/jpeg")
        .insert_header(cache)
        .insert_header(("etag", etag))
        .body(bytes))
}

pub fn asset_url(path: &str) -> String {
    match version(path) {
        Some(v) => format!("/static/{path}?v={v}"),
        None => format!("/static/{path}"),
    }
}

/// `{{asset "app.css"}}` in templates: the file's versioned address.
pub struct AssetHelper;

impl HelperDef for AssetHelper {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        // `{{asset "icons/" icon ".svg"}}`: the parts of the path, joined.
        let parts: Option<Vec<&str>> = h.params().iter().map(|p| p.value().as_str()).collect();
        let path = parts
            .filter(|parts| !parts.is_empty())
            .map(|parts| parts.concat())
            .ok_or_else(|| {
                RenderError::from(RenderErrorReason::ParamNotFoundForIndex("asset", 0))
            })?;
        let path = path.as_str();
        if StaticFiles::get(path).is_none() {
            return Err(RenderErrorReason::Other(format!("no static file {path}")).into());
        }
        out.write(&asset_url(path))?;
        Ok(())
    }
}

#[derive(Deserialize)]
pub struct Versioned {
    v: Option<String>,
}

pub async fn asset(
    req: HttpRequest,
    path: web::Path<String>,
    query: web::Query<Versioned>,
) -> AppResult<HttpResponse> {
    let file = StaticFiles::get(&path).ok_or(AppError::NotFound)?;
    // The versioned address of today's file never changes: a year, and no need to ask again.
    let cache = match (&query.v, version(&path)) {
        (Some(asked), Some(current)) if *asked == current => "public, max-age=31536000, immutable",
        _ => "public, max-age=3600",
    };
    let mut res = HttpResponse::Ok();
    res.content_type(file.metadata.mimetype())
        .insert_header(("cache-control", cache))
        .insert_header(("vary", "accept-encoding"));
    let accept_encoding = req
        .headers()
        .get("accept-encoding")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    Ok(match precompressed(&path, accept_encoding) {
        Some((coding, body)) => res.insert_header(("content-encoding", coding)).body(body),
        None => res.body(file.data.into_owned()),
    })
}

/// The service worker with the list of addresses it precaches, and a version that changes with
/// any of them, so a new release installs and takes over cleanly. Served from the root so its
/// scope is the whole site; never cached, so updates reach phones.
pub async fn service_worker() -> AppResult<HttpResponse> {
    static WORKER: OnceLock<String> = OnceLock::new();
    let body = WORKER.get_or_init(|| {
        let mut paths: Vec<String> = StaticFiles::iter()
            .filter(|p| *p != "sw.js")
            .map(|p| p.into_owned())
            .collect();
        paths.sort();
        let urls: Vec<String> = paths.iter().map(|p| asset_url(p)).collect();
        let all_versions: String = paths.iter().filter_map(|p| version(p)).collect();
        let release =
            hex::encode(&<sha2::Sha256 as sha2::Digest>::digest(all_versions.as_bytes())[..6]);
        let source = StaticFiles::get("sw.js")
            .map(|f| String::from_utf8_lossy(&f.data).into_owned())
            .unwrap_or_default();
        source
            .replace("__PRECACHE__", &json!(urls).to_string())
            .replace("__RELEASE__", &release)
    });
    Ok(HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .insert_header(("cache-control", "no-cache"))
        .body(body.clone()))
}

/// The web app manifest, named in the visitor's language.
pub async fn manifest(req: HttpRequest) -> HttpResponse {
    let locale = super::locale_of(&req, None);
    let icon = |path: &str, sizes: &str, purpose: &str| json!({"src": asset_url(path), "sizes": sizes, "type": "image/png", "purpose": purpose});
    let body = json!({
        "name": locale.text("app-name"),
        "short_name": locale.text("app-short-name"),
        "description": locale.text("app-description"),
        "lang": locale.code(),
        "dir": locale.dir(),
        "id": "/",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#f3f5f8",
        "theme_color": "#1b4d7a",
        "icons": [
            icon("icon-192.png", "192x192", "any"),
            icon("icon-512.png", "512x512", "any"),
            icon("icon-maskable-512.png", "512x512", "maskable"),
        ],
    });
    HttpResponse::Ok()
        .content_type("application/manifest+json")
        .insert_header(("cache-control", "no-cache"))
        .insert_header(("vary", "accept-language, cookie"))
        .body(body.to_string())
}

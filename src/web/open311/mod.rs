//! Open311 GeoReport v2 under `/open311/v2/`: the format is the extension (`.xml`, the spec's
//! must, or `.json`); errors are the spec's list of `{code, description}` with 400, 403 or 404
//! (429 and 503 where those are the truth). An `api_key` is needed to file, and is checked,
//! logged and rate-limited wherever one is given; with one, an organisation also reads the
//! words of the requests it answers for (`open311::requests::Reader`).

mod xml;

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::AppState;
use crate::auth::api_keys::ApiKey;
use crate::core::error::{AppError, AppResult, Message};
use crate::open311::filing::Submission;
use crate::open311::{self, requests};

pub const PREFIX: &str = "/open311/";
/// When this endpoint last changed in a way clients should notice (discovery's `changeset`).
const CHANGESET: &str = "2026-11-30T00:00:00Z";
const SPECIFICATION: &str = "http://wiki.open311.org/GeoReport_v2";

pub fn scope() -> actix_web::Scope {
    web::scope("/open311/v2")
        .route("/{file}", web::get().to(read))
        .route("/{file}", web::post().to(file_request))
        .route("/services/{file}", web::get().to(service))
        .route("/requests/{file}", web::get().to(request))
        .route("/tokens/{file}", web::get().to(token))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Xml,
    Json,
}

/// `services.json` → (`services`, JSON); no known extension is not found.
fn split(file: &str) -> AppResult<(&str, Format)> {
    let (name, extension) = file.rsplit_once('.').ok_or(AppError::NotFound)?;
    match extension {
        "xml" => Ok((name, Format::Xml)),
        "json" => Ok((name, Format::Json)),
        _ => Err(AppError::NotFound),
    }
}

/// `root` names the XML document (and, for lists, holds one element per item).
fn reply(status: StatusCode, format: Format, root: &str, body: &impl Serialize) -> HttpResponse {
    let value = serde_json::to_value(body).unwrap_or(Value::Null);
    match format {
        Format::Json => HttpResponse::build(status)
            .content_type("application/json; charset=utf-8")
            .body(value.to_string()),
        Format::Xml => HttpResponse::build(status)
            .content_type("text/xml; charset=utf-8")
            .body(xml::document(root, &value)),
    }
}

/// An error in the spec's shape, in the format the path asked for (XML if it asked none).
/// The spec knows 400, 403 and 404; what is plainly one of those is said so.
pub fn error(path: &str, status: StatusCode, text: &str) -> HttpResponse {
    let format = if path.ends_with(".json") {
        Format::Json
    } else {
        Format::Xml
    };
    let status = match status.as_u16() {
        401 | 403 => StatusCode::FORBIDDEN,
        404 => StatusCode::NOT_FOUND,
        409 | 413 | 415 | 422 => StatusCode::BAD_REQUEST,
        _ => status,
    };
    let body = json!([{"code": status.as_u16(), "description": text}]);
    reply(status, format, "errors", &body)
}

/// Parameters every call may carry.
#[derive(Debug, Default, Deserialize)]
struct Common {
    api_key: Option<String>,
    jurisdiction_id: Option<String>,
}

impl Common {
    /// An empty parameter counts as absent. One endpoint serves one jurisdiction: the portal's
    /// host name; any other is not found.
    fn check_jurisdiction(&self, state: &AppState) -> AppResult<()> {
        let asked = self.jurisdiction_id.as_deref().map(str::trim).unwrap_or("");
        if asked.is_empty() || asked == jurisdiction(state) {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }

    fn key(&self) -> Option<String> {
        self.api_key
            .as_deref()
            .map(str::trim)
            .filter(|k| !k.is_empty())
            .map(str::to_string)
    }
}

fn jurisdiction(state: &AppState) -> String {
    url::Url::parse(&state.config.base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_default()
}

/// The key given, checked, logged and counted; `None` if the call carries none.
async fn key_of(state: &AppState, req: &HttpRequest, common: &Common) -> AppResult<Option<ApiKey>> {
    match common.key() {
        Some(secret) => Ok(Some(super::keys::checked(state, req, secret).await?)),
        None => Ok(None),
    }
}

/// A `GET` as opened: the file's name without its extension, the format, and who reads.
struct Opened {
    name: String,
    format: Format,
    reader: requests::Reader,
}

/// What every `GET` does first: the format from the extension, the jurisdiction, the key if
/// one is given (whose organisation then reads more).
async fn open(state: &AppState, req: &HttpRequest, file: &str) -> AppResult<Opened> {
    let (name, format) = split(file)?;
    let common: Common = query(req)?;
    common.check_jurisdiction(state)?;
    let reader = match key_of(state, req, &common).await? {
        Some(key) => requests::Reader::Key(key.actor()),
        None => requests::Reader::Anyone,
    };
    Ok(Opened {
        name: name.to_string(),
        format,
        reader,
    })
}

/// Parameters of `GET requests`, read leniently: the domain parses them.
fn query<T: for<'de> Deserialize<'de>>(req: &HttpRequest) -> AppResult<T> {
    serde_urlencoded::from_str(req.query_string())
        .map_err(|_| AppError::invalid("error-query-invalid"))
}

/// `discovery`, `services` and `requests`.
async fn read(
    state: web::Data<AppState>,
    req: HttpRequest,
    file: web::Path<String>,
) -> AppResult<HttpResponse> {
    let Opened {
        name,
        format,
        reader,
    } = open(&state, &req, &file).await?;
    match name.as_str() {
        "discovery" => {
            let base = state.config.base_url.trim_end_matches('/');
            let body = json!({
                "changeset": CHANGESET,
                "contact": state.config.mail_from,
                "key_service": open311::LOCALE.text_with(
                    "open311-key-service",
                    &[("url", format!("{base}/admin/api-keys"))],
                ),
                "endpoints": [{
                    "specification": SPECIFICATION,
                    "url": format!("{base}/open311/v2"),
                    "changeset": CHANGESET,
                    "type": "production",
                    "formats": ["text/xml", "application/json"],
                }],
            });
            Ok(reply(StatusCode::OK, format, "discovery", &body))
        }
        "services" => {
            let services = state.db.read(open311::services).await?;
            Ok(reply(StatusCode::OK, format, "services", &services))
        }
        "requests" => {
            let wanted =
                query::<requests::RawQuery>(&req)?.parse(chrono::Utc::now().naive_utc())?;
            let found = state
                .db
                .read(move |conn| requests::find(conn, &reader, &wanted))
                .await?;
            Ok(reply(StatusCode::OK, format, "service_requests", &found))
        }
        _ => Err(AppError::NotFound),
    }
}

/// `services/{code}`: a service's attributes.
async fn service(
    state: web::Data<AppState>,
    req: HttpRequest,
    file: web::Path<String>,
) -> AppResult<HttpResponse> {
    let Opened {
        name: code, format, ..
    } = open(&state, &req, &file).await?;
    let definition = state
        .db
        .read(move |conn| open311::definition(conn, &code))
        .await?;
    Ok(reply(
        StatusCode::OK,
        format,
        "service_definition",
        &definition,
    ))
}

/// `requests/{id}`: one request, in a list as the spec wants.
async fn request(
    state: web::Data<AppState>,
    req: HttpRequest,
    file: web::Path<String>,
) -> AppResult<HttpResponse> {
    let Opened {
        name: id,
        format,
        reader,
    } = open(&state, &req, &file).await?;
    let found = state
        .db
        .read(move |conn| requests::one(conn, &reader, &id))
        .await?;
    Ok(reply(StatusCode::OK, format, "service_requests", &[found]))
}

/// `tokens/{token}`: the request a key's call filed with this `Idempotency-Key`.
async fn token(
    state: web::Data<AppState>,
    req: HttpRequest,
    file: web::Path<String>,
) -> AppResult<HttpResponse> {
    let Opened {
        name: token,
        format,
        ..
    } = open(&state, &req, &file).await?;
    let found = state
        .db
        .read(move |conn| requests::by_token(conn, &token))
        .await?;
    Ok(reply(StatusCode::OK, format, "service_requests", &found))
}

/// `POST requests`: files a report with the key's authority.
async fn file_request(
    state: web::Data<AppState>,
    req: HttpRequest,
    file: web::Path<String>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let (name, format) = split(&file)?;
    if name != "requests" {
        return Err(AppError::NotFound);
    }
    let fields: Vec<(String, String)> = serde_urlencoded::from_bytes(&body)
        .map_err(|_| AppError::invalid("error-query-invalid"))?;
    let common = Common {
        api_key: fields
            .iter()
            .find(|(k, _)| k == "api_key")
            .map(|(_, v)| v.clone()),
        jurisdiction_id: fields
            .iter()
            .find(|(k, _)| k == "jurisdiction_id")
            .map(|(_, v)| v.clone()),
    };
    common.check_jurisdiction(&state)?;
    let key = key_of(&state, &req, &common)
        .await?
        .ok_or_else(|| AppError::Forbidden(Message::new("open311-key-missing")))?;
    let idempotency_key = req
        .headers()
        .get("Idempotency-Key")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let submission = Submission::parse(&fields, idempotency_key)?;
    let accepted =
        crate::open311::filing::submit(&state.db, &state.photos, &state.media, &key, submission)
            .await?;
    Ok(reply(
        StatusCode::OK,
        format,
        "service_requests",
        &[accepted],
    ))
}

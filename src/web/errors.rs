//! Errors as HTTP: each application error gets its status, and a body in the request's
//! language — JSON `{"error": {"code", "message"}}` under `/api/`, otherwise an HTML page (or,
//! for pages that need a session, a redirect to sign in). 500s and 503s say nothing of their
//! cause; the log gets the cause chain.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::{web, HttpRequest, HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::{ToResponse, ToSchema};

use super::extract::resolved_user;
use super::AppState;
use crate::core::error::{AppError, ErrorCode, Message};

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthenticated | AppError::BadCredentials => StatusCode::UNAUTHORIZED,
            AppError::Csrf | AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::CannotSave(_) => StatusCode::INSUFFICIENT_STORAGE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A bare response: [`render_errors`] gives it its localized body.
    fn error_response(&self) -> HttpResponse {
        match self {
            AppError::Internal(cause) => {
                tracing::error!(error = format!("{cause:#}"), "internal error")
            }
            AppError::Unavailable(cause) => {
                tracing::warn!(error = format!("{cause:#}"), "database unavailable")
            }
            AppError::CannotSave(cause) => {
                tracing::error!(
                    error = format!("{cause:#}"),
                    "cannot write: disk full or read-only"
                )
            }
            _ => {}
        }
        HttpResponse::build(self.status_code()).finish()
    }
}

pub async fn render_errors(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let res = next.call(req).await?;
    let app_error = res
        .response()
        .error()
        .and_then(|e| e.as_error::<AppError>())
        .map(|e| (e.status_code(), e.code(), e.message()));
    let Some((status, code, message)) = app_error else {
        return Ok(res.map_into_boxed_body());
    };
    let (req, _) = res.into_parts();
    let response = respond(&req, status, code, message);
    Ok(ServiceResponse::new(req, response))
}

/// An API error: `{"error": {"code", "message"}}`.
#[derive(Serialize, ToSchema, ToResponse)]
#[response(description = "Refused: a stable code, and a message in the caller's language")]
pub struct ApiError {
    error: ErrorDetail,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    code: ErrorCode,
    /// In the account's language, or the one `Accept-Language` asks for.
    message: String,
}

#[derive(Serialize)]
struct ErrorPage {
    status: u16,
    message: String,
}

fn respond(
    req: &HttpRequest,
    status: StatusCode,
    code: ErrorCode,
    message: Message,
) -> HttpResponse {
    let user = resolved_user(req);
    let locale = super::locale_of(req, user.as_ref());
    let text = message.localize(locale);
    if req.path().starts_with(super::open311::PREFIX) {
        return super::open311::error(req.path(), status, &text);
    }
    if req.path().starts_with("/api/") {
        let error = ErrorDetail {
            code,
            message: text,
        };
        return HttpResponse::build(status).json(ApiError { error });
    }
    if status == StatusCode::UNAUTHORIZED && code == ErrorCode::Unauthenticated {
        let here = match req.query_string() {
            "" => req.path().to_string(),
            q => format!("{}?{}", req.path(), q),
        };
        let next: String = url::form_urlencoded::byte_serialize(here.as_bytes()).collect();
        return super::see_other(&format!("/login?next={next}"));
    }
    let page = req.app_data::<web::Data<AppState>>().and_then(|state| {
        let view = ErrorPage {
            status: status.as_u16(),
            message: text.clone(),
        };
        state
            .page_with_status(req, user.as_ref(), status, "pages/error", &view)
            .ok()
    });
    page.unwrap_or_else(|| {
        HttpResponse::build(status)
            .content_type("text/plain; charset=utf-8")
            .body(text)
    })
}

/// Errors a person can fix are shown again on the form they came from, with this status and
/// message; the others (not found, not signed in, internal) go up as they are.
pub fn on_form(error: AppError, req: &HttpRequest) -> Result<(StatusCode, String), AppError> {
    match error {
        AppError::Invalid(_)
        | AppError::Conflict(_)
        | AppError::TooLarge(_)
        | AppError::RateLimited
        | AppError::BadCredentials => {
            let locale = super::locale_of(req, resolved_user(req).as_ref());
            Ok((error.status_code(), error.message().localize(locale)))
        }
        other => Err(other),
    }
}

/// A page's status and message after an optional refusal: 200 and nothing, or [`on_form`]'s.
pub fn shown(
    error: Option<AppError>,
    req: &HttpRequest,
) -> Result<(StatusCode, Option<String>), AppError> {
    match error {
        Some(e) => on_form(e, req).map(|(status, text)| (status, Some(text))),
        None => Ok((StatusCode::OK, None)),
    }
}

/// Extractor failures (bad JSON, bad query, bad path) become our own clear 4xx errors.
pub fn bad_json(err: actix_web::error::JsonPayloadError, _: &HttpRequest) -> actix_web::Error {
    match err {
        actix_web::error::JsonPayloadError::Overflow { .. }
        | actix_web::error::JsonPayloadError::OverflowKnownLength { .. } => {
            AppError::TooLarge(Message::new("error-too-large")).into()
        }
        _ => AppError::invalid("error-json-invalid").into(),
    }
}

pub fn bad_query(_: actix_web::error::QueryPayloadError, _: &HttpRequest) -> actix_web::Error {
    AppError::invalid("error-query-invalid").into()
}

pub fn bad_path(_: actix_web::error::PathError, _: &HttpRequest) -> actix_web::Error {
    AppError::NotFound.into()
}

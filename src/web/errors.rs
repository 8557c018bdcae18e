//! Gives every error its body: JSON `{"error": {"code", "message"}}` under `/api/`, otherwise
//! a localized HTML page (or, for pages that need a session, a redirect to sign in).

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::{web, HttpRequest, HttpResponse, ResponseError};
use serde_json::json;

use crate::auth::resolved_user;
use crate::error::AppError;
use crate::AppState;

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

fn respond(
    req: &HttpRequest,
    status: StatusCode,
    code: &str,
    message: crate::error::Message,
) -> HttpResponse {
    let user = resolved_user(req);
    let locale = super::locale_of(req, user.as_ref());
    let text = message.localize(locale);
    if req.path().starts_with("/api/") {
        return HttpResponse::build(status).json(json!({"error": {"code": code, "message": text}}));
    }
    if status == StatusCode::UNAUTHORIZED && code == "unauthenticated" {
        let here = match req.query_string() {
            "" => req.path().to_string(),
            q => format!("{}?{}", req.path(), q),
        };
        let next: String = url::form_urlencoded::byte_serialize(here.as_bytes()).collect();
        return super::see_other(&format!("/login?next={next}"));
    }
    let page = req.app_data::<web::Data<AppState>>().and_then(|state| {
        state
            .templates
            .page_with_status(
                req,
                user.as_ref(),
                status,
                "pages/error",
                json!({"status": status.as_u16(), "message": text}),
            )
            .ok()
    });
    page.unwrap_or_else(|| {
        HttpResponse::build(status)
            .content_type("text/plain; charset=utf-8")
            .body(text)
    })
}

/// Extractor failures (bad JSON, bad query, bad path) become our own clear 4xx errors.
pub fn bad_json(err: actix_web::error::JsonPayloadError, _: &HttpRequest) -> actix_web::Error {
    match err {
        actix_web::error::JsonPayloadError::Overflow { .. }
        | actix_web::error::JsonPayloadError::OverflowKnownLength { .. } => {
            AppError::TooLarge(crate::error::Message::new("error-too-large")).into()
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

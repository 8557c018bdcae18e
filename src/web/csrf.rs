//! CSRF protection for every HTML form: a random token in a cookie that only this site can
//! read back, repeated in a hidden `_csrf` field (double submit). Cross-site pages can make a
//! browser send the cookie but cannot learn its value to put in the form.

use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};
use serde::de::DeserializeOwned;

use super::AppState;
use crate::core::error::{AppError, Message};

pub const COOKIE: &str = "csrf";
pub const FIELD: &str = "_csrf";
/// Forms are small; uploads go through their own extractor with their own limits.
const FORM_LIMIT: usize = 64 * 1024;

/// The token for the current request, found or made by [`ensure_token`].
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

fn valid_shape(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Middleware body: every page response carries a token cookie, made on first visit.
pub async fn ensure_token<S>(
    req: ServiceRequest,
    next: actix_web::middleware::Next<S>,
) -> Result<ServiceResponse<S>, actix_web::Error>
where
    S: actix_web::body::MessageBody,
{
    let existing = req
        .cookie(COOKIE)
        .map(|c| c.value().to_string())
        .filter(|t| valid_shape(t));
    let token = existing.clone().unwrap_or_else(|| {
        use rand::RngExt;
        hex::encode(rand::rng().random::<[u8; 32]>())
    });
    req.extensions_mut().insert(CsrfToken(token.clone()));
    let secure = req
        .app_data::<web::Data<AppState>>()
        .is_some_and(|s| s.config.secure_cookies());
    let mut res = next.call(req).await?;
    if existing.is_none() {
        let cookie = Cookie::build(COOKIE, token)
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(SameSite::Strict)
            .finish();
        res.response_mut().add_cookie(&cookie)?;
    }
    Ok(res)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Checks a submitted token against the cookie.
pub fn verify(req: &HttpRequest, submitted: &str) -> Result<(), AppError> {
    match req.cookie(COOKIE) {
        Some(cookie)
            if valid_shape(cookie.value())
                && constant_time_eq(cookie.value().as_bytes(), submitted.as_bytes()) =>
        {
            Ok(())
        }
        _ => Err(AppError::Csrf),
    }
}

/// A urlencoded form whose `_csrf` field has been checked. Use it for every HTML form post.
/// Repeated fields (checkboxes of one name) read into a `Vec`.
pub struct CsrfForm<T>(pub T);

#[derive(serde::Deserialize)]
struct Envelope {
    #[serde(rename = "_csrf", default)]
    csrf: String,
}

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let body = web::Bytes::from_request(&req, payload);
        Box::pin(async move {
            let too_large = || AppError::TooLarge(Message::new("error-form-too-large"));
            let body = body.await.map_err(|_| too_large())?;
            if body.len() > FORM_LIMIT {
                return Err(too_large());
            }
            let envelope: Envelope =
                serde_html_form::from_bytes(&body).map_err(|_| AppError::Csrf)?;
            verify(&req, &envelope.csrf)?;
            serde_html_form::from_bytes(&body)
                .map(CsrfForm)
                .map_err(|_| AppError::invalid("error-form-invalid"))
        })
    }
}

//! The SMS gateway's calls into the portal: messages from phones at `/sms/inbound` (Kannel's
//! `get-url`) and delivery reports at `/sms/status` (its `dlr-url`). They carry the shared
//! `PORTINERIA_SMS_INBOUND_TOKEN`; without it, or with a wrong one, the addresses do not exist
//! (404).

use actix_web::{web, HttpResponse};
use serde::Deserialize;

use super::AppState;
use crate::core::error::{AppError, AppResult};
use crate::notifications::channels::sms;
use crate::sms_inbound::{self, Inbound, Senders};

#[derive(Deserialize)]
pub struct StatusQuery {
    #[serde(default)]
    token: String,
    id: Option<String>,
    status: Option<String>,
}

/// `GET /sms/status?token=…&id=OUTBOX_ID&status=%d`.
pub async fn status(
    state: web::Data<AppState>,
    query: web::Query<StatusQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    let number = |raw: &Option<String>| raw.as_deref().and_then(|v| v.trim().parse::<i32>().ok());
    let (Some(id), Some(status)) = (number(&query.id), number(&query.status)) else {
        return Err(AppError::NotFound);
    };
    let expected = state.config.sms_inbound_token.clone();
    state
        .db
        .run(move |conn| sms::delivery_report(conn, expected.as_deref(), &query.token, id, status))
        .await?;
    Ok(ok())
}

/// A message from a phone, with the placeholders Kannel fills in (`%I`, `%p`, `%a`); `to`,
/// `coding` and `charset` are not needed, as `mo-recode` hands every text over as UTF-8.
#[derive(Deserialize)]
pub struct InboundQuery {
    #[serde(default)]
    token: String,
    #[serde(default)]
    id: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    text: String,
}

/// `GET /sms/inbound?token=…&from=%p&to=%P&text=%a&coding=%c&charset=%C&id=%I`: handled once
/// per gateway id; the answer, if any, goes back as an SMS of its own.
pub async fn inbound(
    state: web::Data<AppState>,
    query: web::Query<InboundQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    let expected = state.config.sms_inbound_token.as_deref();
    let Some(token) = expected.filter(|_| sms::token_matches(expected, &query.token)) else {
        return Err(AppError::NotFound);
    };
    let senders = Senders::new(token);
    let message = Inbound::parse(&query.id, &query.from, &query.text)?;
    let base_url = state.config.base_url.clone();
    state
        .db
        .run(move |conn| sms_inbound::receive(conn, &senders, &base_url, &message))
        .await?;
    Ok(ok())
}

fn ok() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok")
}

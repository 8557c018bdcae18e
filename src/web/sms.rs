//! The SMS gateway's calls into the portal: delivery reports at `/sms/status` (Kannel's
//! `dlr-url`). They carry the shared `PORTINERIA_SMS_INBOUND_TOKEN`; without it, or with a
//! wrong one, the address does not exist (404).

use actix_web::{web, HttpResponse};
use serde::Deserialize;

use super::AppState;
use crate::core::error::{AppError, AppResult};
use crate::notifications::channels::sms;

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
    Ok(HttpResponse::Ok().content_type("text/plain").body("ok"))
}

//! Calls made with an organisation's key (Open311, the landlord's rent import): the key checked,
//! its use logged and counted against its rate limit, in one place for every such route.

use actix_web::HttpRequest;

use super::AppState;
use crate::auth::api_keys::{self, ApiKey, KeyUse};
use crate::core::error::{AppError, AppResult, Message};

/// The live key `secret` names, for this request; an unknown or revoked key is refused (403),
/// one used too often answers 429.
pub async fn checked(state: &AppState, req: &HttpRequest, secret: String) -> AppResult<ApiKey> {
    let (method, path) = (req.method().to_string(), req.path().to_string());
    let per_minute = state.config.api_key_per_minute;
    state
        .db
        .run(move |conn| {
            api_keys::check(
                conn,
                &KeyUse {
                    secret: &secret,
                    method: &method,
                    path: &path,
                    per_minute,
                },
            )
        })
        .await
        .map_err(|e| match e {
            AppError::Unauthenticated => AppError::Forbidden(Message::new("open311-key-invalid")),
            other => other,
        })
}

//! JSON API under `/api/v1`, authenticated with bearer tokens (see `assets/openapi.json`).

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use crate::auth::session::{self, SessionKind};
use crate::auth::{client_address, sign_in, CurrentUser};
use crate::error::AppResult;
use crate::AppState;

#[derive(Deserialize)]
pub struct Credentials {
    email: String,
    password: String,
}

pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Json<Credentials>,
) -> AppResult<HttpResponse> {
    let Credentials { email, password } = body.into_inner();
    let address = client_address(&req);
    let keys = state.keys.clone();
    let (_, session) = state
        .db
        .run(move |conn| {
            sign_in::with_password(conn, &keys, &email, &password, &address, SessionKind::Api)
        })
        .await?;
    Ok(HttpResponse::Ok().json(json!({
        "token": session.token,
        "expires_at": session.expires_at.and_utc().to_rfc3339(),
    })))
}

/// Revokes the token used for this call.
pub async fn logout(state: web::Data<AppState>, user: CurrentUser) -> AppResult<HttpResponse> {
    state
        .db
        .run(move |conn| Ok(session::revoke(conn, &user.session_id)?))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

pub async fn me(user: CurrentUser) -> HttpResponse {
    let roles: Vec<_> = user
        .grants
        .iter()
        .map(|g| {
            json!({
                "role": g.role.code(),
                "scope_type": g.role.scope_type().map(|s| s.code()),
                "scope_id": g.scope_id,
            })
        })
        .collect();
    HttpResponse::Ok().json(json!({
        "id": user.id,
        "name": user.name,
        "email": user.email,
        "locale": user.locale,
        "roles": roles,
    }))
}

pub async fn openapi() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(include_str!("../../assets/openapi.json"))
}

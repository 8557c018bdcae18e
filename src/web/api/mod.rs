//! The JSON API under `/api/v1`, authenticated with bearer tokens and described by
//! `assets/openapi.json` (a test checks every route below is in it): sign-in, the caller,
//! categories, reports, the work queue, notices, the welcome kit, works and accounts.

mod boards;
mod reports;

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::{json, Value};

use super::extract::client_address;
use super::{AppState, SignedIn};
use crate::auth::session::{self, SessionKind};
use crate::auth::{sign_in, CurrentUser};
use crate::core::error::AppResult;
use crate::people::Role;
use crate::reports::{calendar, categories};

pub fn scope() -> actix_web::Scope {
    web::scope("/api/v1")
        .route("/auth/login", web::post().to(login))
        .route("/auth/logout", web::post().to(logout))
        .route("/me", web::get().to(me))
        .route("/categories", web::get().to(list_categories))
        .route("/reports", web::get().to(reports::list))
        .route("/reports", web::post().to(reports::create))
        .route("/reports/{reference}", web::get().to(reports::get))
        .route(
            "/reports/{reference}/events",
            web::post().to(reports::post_event),
        )
        .route(
            "/reports/{reference}/visits/{visit}/done",
            web::post().to(reports::visit_done),
        )
        .route("/queue", web::get().to(reports::queue))
        .route("/notices", web::get().to(boards::list))
        .route("/notices", web::post().to(boards::create))
        .route("/notices/{id}", web::get().to(boards::get))
        .route("/notices/{id}", web::post().to(boards::edit))
        .route("/notices/{id}/{action}", web::post().to(boards::act))
        .route("/welcome-kit", web::get().to(boards::welcome_kit))
        .route("/works", web::get().to(boards::works))
        .route("/transparency", web::get().to(boards::transparency))
        .route("/media/{name}", web::get().to(super::pages::reports::photo))
        .route("/openapi.json", web::get().to(openapi))
}

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

pub async fn me(state: web::Data<AppState>, user: CurrentUser) -> AppResult<HttpResponse> {
    let roles: Vec<Value> = user
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
    let mut body = json!({
        "id": user.id,
        "name": user.name,
        "email": user.email,
        "locale": user.locale,
        "roles": roles,
    });
    if user.has(Role::Technician) {
        let id = user.id;
        let token = state
            .db
            .run(move |conn| Ok(calendar::token(conn, id)?))
            .await?;
        body["calendar_url"] = json!(calendar::url(&state.config.base_url, &token));
    }
    Ok(HttpResponse::Ok().json(body))
}

pub async fn openapi() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(include_str!("../../../assets/openapi.json"))
}

pub async fn list_categories(state: web::Data<AppState>, me: SignedIn) -> AppResult<HttpResponse> {
    let locale = me.locale;
    let list = state
        .db
        .read(move |conn| Ok(categories::active(conn, locale)?))
        .await?;
    let body: Vec<Value> = list
        .into_iter()
        .map(|c| {
            json!({
                "code": c.code,
                "name": c.name,
                "icon_url": crate::web::files::asset_url(&format!("icons/{}.svg", c.icon)),
                "default_priority": c.default_priority,
                "private": c.route_to_desk,
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(body))
}

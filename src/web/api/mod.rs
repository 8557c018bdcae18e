//! The JSON API under `/api/v1`, authenticated with bearer tokens and described by the OpenAPI
//! document `doc` builds from the handlers below (a test checks every route is in it): sign-in,
//! the caller, categories, reports, the work queue, notices, the welcome kit, works,
//! accounts, Web Push, rent and elections.

mod boards;
pub mod doc;
mod elections;
mod minutes;
mod notice_views;
mod push;
mod rent;
mod report_views;
mod reports;

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::errors::ApiError;
use super::extract::client_address;
use super::{AppState, SignedIn};
use crate::auth::session::{self, SessionKind};
use crate::auth::{sign_in, CurrentUser};
use crate::core::error::AppResult;
use crate::people::{Role, ScopeType};
use crate::reports::{calendar, categories, Priority};

pub fn scope() -> actix_web::Scope {
    web::scope("/api/v1")
        .route("/auth/login", web::post().to(login))
        .route("/auth/logout", web::post().to(logout))
        .route("/me", web::get().to(me))
        .route("/me/export", web::get().to(super::pages::own_data::export))
        .route("/me/calendar", web::post().to(renew_calendar))
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
        .route("/notices/{id}/minutes", web::post().to(minutes::publish))
        .route("/notices/{id}/{action}", web::post().to(boards::act))
        .route("/welcome-kit", web::get().to(boards::welcome_kit))
        .route("/works", web::get().to(boards::works))
        .route("/transparency", web::get().to(boards::transparency))
        .route("/media/{name}", web::get().to(super::pages::reports::photo))
        .route("/push/key", web::get().to(push::key))
        .route("/push/subscriptions", web::get().to(push::list))
        .route("/push/subscriptions", web::post().to(push::subscribe))
        .route(
            "/push/subscriptions/{id}",
            web::delete().to(push::unsubscribe),
        )
        .route("/rent", web::get().to(rent::get))
        .route("/rent/watch", web::get().to(rent::watch_list))
        .route("/rent/help", web::post().to(rent::ask_help))
        .route("/rent/requests", web::get().to(rent::help_requests))
        .route("/rent/plans", web::post().to(rent::propose_plan))
        .route("/rent/plans/{id}/accept", web::post().to(rent::accept_plan))
        .route("/elections", web::post().to(elections::open_election))
        .route("/elections/{id}", web::get().to(elections::election))
        .route(
            "/elections/{id}",
            web::patch().to(elections::change_election),
        )
        .route(
            "/elections/{id}/candidates",
            web::post().to(elections::stand),
        )
        .route(
            "/elections/{id}/candidates/mine",
            web::delete().to(elections::withdraw),
        )
        .route("/elections/{id}/ballots", web::post().to(elections::vote))
        .route(
            "/elections/{id}/paper-ballots",
            web::post().to(elections::paper_ballot),
        )
        .route(
            "/elections/{id}/close",
            web::post().to(elections::close_election),
        )
        .service(
            web::resource("/rent/import")
                // A landlord's whole month for all its flats, in one file.
                .app_data(web::PayloadConfig::new(64 << 20))
                .route(web::post().to(rent::import_file)),
        )
        .route("/openapi.json", web::get().to(doc::openapi))
}

#[derive(Deserialize, ToSchema)]
pub struct Credentials {
    /// The account's e-mail address, or its username.
    email: String,
    password: String,
}

#[derive(Serialize, ToSchema)]
pub struct Token {
    /// Send it as `Authorization: Bearer <token>`.
    token: String,
    #[schema(format = DateTime)]
    expires_at: String,
}

/// Exchange an e-mail (or username) and password for a bearer token.
#[utoipa::path(
    post,
    path = "/auth/login",
    tag = "account",
    responses(
        (status = 200, description = "Signed in", body = Token),
        (status = 401, response = ApiError),
        (status = 413, response = ApiError),
        (status = 422, response = ApiError),
        (status = 429, response = ApiError),
    )
)]
pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Json<Credentials>,
) -> AppResult<HttpResponse> {
    let Credentials { email, password } = body.into_inner();
    let address = client_address(&req);
    let keys = state.keys.clone();
    let templates = state.templates.clone();
    let base_url = state.config.base_url.clone();
    let (_, session) = state
        .db
        .run(move |conn| {
            let letters = sign_in::Letters {
                templates: &templates,
                base_url: &base_url,
            };
            let kind = SessionKind::Api;
            sign_in::with_password(conn, &keys, &letters, &email, &password, &address, kind)
        })
        .await?;
    Ok(HttpResponse::Ok().json(Token {
        token: session.token,
        expires_at: session.expires_at.and_utc().to_rfc3339(),
    }))
}

/// Revoke the token used for this call.
#[utoipa::path(
    post,
    path = "/auth/logout",
    tag = "account",
    responses((status = 204, description = "Revoked"))
)]
pub async fn logout(state: web::Data<AppState>, user: CurrentUser) -> AppResult<HttpResponse> {
    state
        .db
        .run(move |conn| Ok(session::revoke(conn, &user.session_id)?))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The signed-in person and the roles in force now.
#[derive(Serialize, ToSchema)]
pub struct Me {
    id: i32,
    name: String,
    email: Option<String>,
    #[schema(schema_with = doc::locale)]
    locale: String,
    roles: Vec<RoleGrant>,
    /// Technicians only: their agenda as an iCalendar feed at a secret, revocable address.
    #[serde(skip_serializing_if = "Option::is_none")]
    calendar_url: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct RoleGrant {
    role: Role,
    /// What the role covers; null for admins.
    #[schema(required = true)]
    scope_type: Option<ScopeType>,
    #[schema(required = true)]
    scope_id: Option<i32>,
}

#[utoipa::path(
    get,
    path = "/me",
    tag = "account",
    responses((status = 200, description = "The caller", body = Me))
)]
pub async fn me(state: web::Data<AppState>, user: CurrentUser) -> AppResult<HttpResponse> {
    let calendar_url = if user.has(Role::Technician) {
        let id = user.id;
        let key = state.feed_key.clone();
        let token = state
            .db
            .run(move |conn| Ok(calendar::token(conn, &key, id)?))
            .await?;
        Some(calendar::url(&state.config.base_url, &token))
    } else {
        None
    };
    Ok(HttpResponse::Ok().json(Me {
        roles: user
            .grants
            .iter()
            .map(|g| RoleGrant {
                role: g.role,
                scope_type: g.role.scope_type(),
                scope_id: g.scope_id,
            })
            .collect(),
        id: user.id,
        name: user.name,
        email: user.email,
        locale: user.locale,
        calendar_url,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct CalendarAddress {
    /// The agenda's new secret address; the old one no longer answers.
    calendar_url: String,
}

/// Make a new secret address for one's agenda feed (staff and the desk).
#[utoipa::path(
    post,
    path = "/me/calendar",
    tag = "account",
    responses(
        (status = 200, description = "The new address", body = CalendarAddress),
        (status = 404, response = ApiError),
    )
)]
pub async fn renew_calendar(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    let actor = user.actor();
    let key = state.feed_key.clone();
    let token = state
        .db
        .run(move |conn| calendar::renew_for(conn, &key, &actor))
        .await?;
    Ok(HttpResponse::Ok().json(CalendarAddress {
        calendar_url: calendar::url(&state.config.base_url, &token),
    }))
}

/// A category of fault, in the caller's language.
#[derive(Serialize, ToSchema)]
pub struct Category {
    /// What reports name it by.
    #[schema(example = "lift")]
    code: String,
    name: String,
    icon_url: String,
    #[schema(value_type = Priority)]
    default_priority: String,
    /// Reports go to the estate's desk and stay private.
    private: bool,
}

/// The categories of fault one can choose, in the caller's language.
#[utoipa::path(
    get,
    path = "/categories",
    tag = "reports",
    responses((status = 200, description = "The categories", body = Vec<Category>))
)]
pub async fn list_categories(state: web::Data<AppState>, me: SignedIn) -> AppResult<HttpResponse> {
    let locale = me.locale;
    let list = state
        .db
        .read(move |conn| Ok(categories::active(conn, locale)?))
        .await?;
    let body: Vec<Category> = list
        .into_iter()
        .map(|c| Category {
            icon_url: crate::web::files::asset_url(&format!("icons/{}.svg", c.icon)),
            code: c.code,
            default_priority: c.default_priority,
            name: c.name,
            private: c.route_to_desk,
        })
        .collect();
    Ok(HttpResponse::Ok().json(body))
}

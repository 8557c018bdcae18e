//! Web Push from the API: the portal's public VAPID key, and the caller's browsers that get
//! notifications (a browser's `PushSubscription` as it serialises itself). The profile page
//! turns push on through `/profile/push` (session cookie and CSRF token), with the same
//! domain call.

use actix_web::{web, HttpResponse};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::CurrentUser;
use crate::core::error::AppResult;
use crate::notifications::channels::push::subscriptions::{self, NewSubscription};
use crate::web::errors::ApiError;
use crate::web::AppState;

#[derive(Serialize, ToSchema)]
pub struct PushKey {
    /// The VAPID key (an uncompressed P-256 point, base64url without padding): the
    /// `applicationServerKey` of `PushManager.subscribe`.
    public_key: String,
}

/// The portal's public VAPID key, the same on every node; anyone may read it.
#[utoipa::path(
    get,
    path = "/push/key",
    tag = "account",
    responses((status = 200, description = "The key", body = PushKey))
)]
pub async fn key(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok().json(PushKey {
        public_key: state.vapid.public_key().to_string(),
    })
}

/// The keys of a browser's subscription, base64url.
#[derive(Deserialize, ToSchema)]
pub struct SubscriptionKeys {
    /// The browser's P-256 public key.
    #[schema(max_length = 200)]
    p256dh: String,
    /// Its 16-byte authentication secret.
    #[schema(max_length = 100)]
    auth: String,
}

/// A browser's `PushSubscription` as its `toJSON()` gives it (other fields are ignored).
#[derive(Deserialize, ToSchema)]
pub struct PushSubscriptionIn {
    /// The push service's address for this browser: https, on one of the hosts the portal
    /// allows (`PORTINERIA_PUSH_HOSTS`).
    #[schema(max_length = 2048)]
    endpoint: String,
    keys: SubscriptionKeys,
}

#[derive(Serialize, ToSchema)]
pub struct Created {
    id: i32,
}

/// Turn push on for the caller in one browser: urgent notices and report updates then come
/// as notifications there (unless chosen otherwise on the profile).
#[utoipa::path(
    post,
    path = "/push/subscriptions",
    tag = "account",
    request_body = PushSubscriptionIn,
    responses(
        (status = 201, description = "Push is on in that browser", body = Created),
        (status = 413, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn subscribe(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Json<PushSubscriptionIn>,
) -> AppResult<HttpResponse> {
    let body = body.into_inner();
    let new = NewSubscription::parse(
        &body.endpoint,
        &body.keys.p256dh,
        &body.keys.auth,
        &state.push_hosts,
    )?;
    let actor = user.actor();
    let id = state
        .db
        .run(move |conn| subscriptions::subscribe(conn, &actor, &new))
        .await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

#[derive(Serialize, ToSchema)]
pub struct PushSubscriptionOut {
    id: i32,
    endpoint: String,
    #[schema(value_type = String, format = DateTime)]
    created_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct PushSubscriptions {
    subscriptions: Vec<PushSubscriptionOut>,
}

fn rfc3339(at: NaiveDateTime) -> String {
    at.and_utc().to_rfc3339()
}

/// The caller's browsers where push is on.
#[utoipa::path(
    get,
    path = "/push/subscriptions",
    tag = "account",
    responses((status = 200, description = "The caller's browsers", body = PushSubscriptions))
)]
pub async fn list(state: web::Data<AppState>, user: CurrentUser) -> AppResult<HttpResponse> {
    let id = user.id;
    let mine = state
        .db
        .read(move |conn| Ok(subscriptions::mine(conn, id)?))
        .await?;
    Ok(HttpResponse::Ok().json(PushSubscriptions {
        subscriptions: mine
            .into_iter()
            .map(|s| PushSubscriptionOut {
                id: s.id,
                endpoint: s.endpoint,
                created_at: rfc3339(s.created_at),
            })
            .collect(),
    }))
}

/// Turn push off in one of the caller's browsers (someone else's answers 404).
#[utoipa::path(
    delete,
    path = "/push/subscriptions/{id}",
    tag = "account",
    params(("id" = i32, Path, description = "The subscription")),
    responses(
        (status = 204, description = "Push is off there"),
        (status = 404, response = ApiError),
    )
)]
pub async fn unsubscribe(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let (actor, id) = (user.actor(), id.into_inner());
    state
        .db
        .run(move |conn| subscriptions::unsubscribe(conn, &actor, id))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

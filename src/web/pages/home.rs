//! `/`: the home page of whoever is signed in, with a section for each role they hold.

use actix_web::{web, HttpRequest, HttpResponse};

use crate::core::error::AppResult;
use crate::home;
use crate::web::{AppState, SignedIn};

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
) -> AppResult<HttpResponse> {
    let grants = me.user.grants.clone();
    let headlines = state.cards.headlines();
    let sms_cap = state.config.sms_daily_cap;
    state
        .read_page(&req, me, "pages/home", move |conn, actor, locale| {
            home::load(conn, actor, &grants, locale, sms_cap, &headlines)
        })
        .await
}

/// The page the service worker shows for a page that is not on the phone, without a network.
pub async fn offline(
    req: HttpRequest,
    state: web::Data<AppState>,
    crate::web::extract::MaybeUser(user): crate::web::extract::MaybeUser,
) -> AppResult<HttpResponse> {
    state.page(&req, user.as_ref(), "pages/offline", &serde_json::json!({}))
}

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
    state
        .read_page(&req, me, "pages/home", move |conn, actor, locale| {
            home::load(conn, actor, &grants, locale)
        })
        .await
}

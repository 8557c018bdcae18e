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
    let SignedIn {
        user,
        actor,
        locale,
    } = me;
    let grants = user.grants.clone();
    let view = state
        .db
        .run(move |conn| home::load(conn, &actor, &grants, locale))
        .await?;
    state.page(&req, Some(&user), "pages/home", &view)
}

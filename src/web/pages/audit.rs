//! The audit trail (admins): what staff, admins, the command line and the portal's jobs
//! changed, newest first, a page at a time.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;

use crate::access::{authorize, Action};
use crate::audit;
use crate::core::error::AppResult;
use crate::web::{AppState, SignedIn};

#[derive(Deserialize)]
pub struct PageQuery {
    page: Option<i64>,
}

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    let page = query.page.unwrap_or(1);
    state
        .read_page(&req, me, "pages/audit", move |conn, actor, locale| {
            authorize(actor, Action::ReadAuditTrail)?;
            audit::page(conn, locale, page)
        })
        .await
}

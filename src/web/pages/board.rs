//! The boards: a reader's notices merged (and the archive), the approval queue, the A4 sheet for
//! the hall, the feeds at a secret address, and a building's works board.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};

use crate::core::error::AppResult;
use crate::notices::board::{self, Board, BoardQuery};
use crate::notices::cards::Whole;
use crate::notices::{feeds, works};
use crate::web::csrf::CsrfForm;
use crate::web::print::Sheet;
use crate::web::{see_other, AppState, SignedIn};

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<BoardQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    let base = state.config.base_url.clone();
    let cards = state.cards.clone();
    let key = state.feed_key.clone();
    state
        .read_page(&req, me, "pages/board", move |conn, actor, locale| {
            board::page(conn, actor, query.clone(), locale, &base, &key, &cards)
        })
        .await
}

/// A new secret address for one's feeds; the old one stops working at once.
pub async fn renew_feed(
    state: web::Data<AppState>,
    me: SignedIn,
    _: CsrfForm<super::sign_in::Empty>,
) -> AppResult<HttpResponse> {
    let user = me.user.id;
    let key = state.feed_key.clone();
    state
        .db
        .run(move |conn| Ok(feeds::renew(conn, &key, user)?))
        .await?;
    Ok(see_other("/board?renewed=1"))
}

/// `GET /feeds/{token}/board.atom` and `…/events.ics`: the token is the credential.
pub async fn feed(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    query: web::Query<BoardQuery>,
) -> AppResult<HttpResponse> {
    let (token, name) = path.into_inner();
    let base = state.config.base_url.clone();
    let query = query.into_inner();
    let (body, content_type) = match name.as_str() {
        "board.atom" => (
            state
                .db
                .run(move |conn| feeds::atom(conn, &token, query, &base))
                .await?,
            "application/atom+xml; charset=utf-8",
        ),
        "events.ics" => (
            state
                .db
                .run(move |conn| feeds::calendar(conn, &token, &base))
                .await?,
            "text/calendar; charset=utf-8",
        ),
        _ => return Err(crate::core::error::AppError::NotFound),
    };
    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header(("cache-control", "private, max-age=300"))
        .body(body))
}

/// The board on A4 for the hall, with QR codes to the board and to the stair's report form.
pub async fn print(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<BoardQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    let base = state.config.base_url.clone();
    let locale = me.locale;
    let read = move |conn: &mut _, actor: &_, locale| {
        board::board(conn, actor, query.clone(), locale, &Whole)
    };
    let wrap = |board: Board| {
        let report_url = format!("{base}/reports/new?where=stair");
        Sheet::linked(board, locale, format!("{base}/board"), report_url)
    };
    state
        .show(&req, me, "pages/board_print", StatusCode::OK, read, wrap)
        .await
}

pub async fn works(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<works::WorksQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    state
        .read_page(&req, me, "pages/works", move |conn, actor, locale| {
            works::board(conn, actor, query.clone(), locale)
        })
        .await
}

//! `/stats` (indicators for managers, the desk and admins, with CSV exports) and `/summary`
//! (an estate's public indicators, readable without an account where the estate publishes it).

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;

use crate::core::error::{AppError, AppResult};
use crate::stats::{export, page, summary, By, StatsQuery};
use crate::web::csrf::CsrfForm;
use crate::web::{see_other, AppState, MaybeSignedIn, SignedIn};

fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<StatsQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    let cache = state.indicators.clone();
    state
        .read_page(&req, me, "pages/stats", move |conn, actor, locale| {
            page::stats(conn, &cache, actor, query.clone(), locale, now())
        })
        .await
}

fn csv(name: &str) -> actix_web::HttpResponseBuilder {
    let mut response = HttpResponse::Ok();
    response
        .content_type("text/csv; charset=utf-8")
        .insert_header(("cache-control", "no-store"))
        .insert_header((
            "content-disposition",
            format!("attachment; filename=\"portineria-{name}.csv\""),
        ));
    response
}

/// `/stats/reports.csv`: every selected report with its milestones, streamed.
pub async fn reports_csv(
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<StatsQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    let actor = me.actor;
    let at = now();
    let filter = state
        .db
        .run(move |conn| export::filter_for(conn, &actor, &query, at))
        .await?;
    let chunks = state
        .db
        .stream(move |conn, send| export::reports_csv(conn, &filter, at, send));
    let body = futures_util::stream::unfold(chunks, |mut chunks| async move {
        let chunk = chunks.recv().await?;
        Some((chunk.map(web::Bytes::from), chunks))
    });
    Ok(csv("reports").streaming(body))
}

/// `/stats/{by}.csv`: one table of `/stats` (landlord, building, category, month).
pub async fn table_csv(
    state: web::Data<AppState>,
    me: SignedIn,
    path: web::Path<String>,
    query: web::Query<StatsQuery>,
) -> AppResult<HttpResponse> {
    let by = By::parse(&path.into_inner()).ok_or(AppError::NotFound)?;
    let query = query.into_inner();
    let SignedIn { actor, locale, .. } = me;
    let at = now();
    let cache = state.indicators.clone();
    let body = state
        .db
        .run(move |conn| {
            let filter = export::filter_for(conn, &actor, &query, at)?;
            export::table_csv(conn, &cache, &filter, by, locale, at)
        })
        .await?;
    Ok(csv(by.code()).body(body))
}

#[derive(Debug, Deserialize)]
pub struct SummaryQuery {
    estate: Option<String>,
}

fn estate_id(raw: Option<&str>) -> AppResult<Option<i32>> {
    raw.map(str::trim)
        .filter(|e| !e.is_empty())
        .map(|e| e.parse().map_err(|_| AppError::NotFound))
        .transpose()
}

pub async fn summary(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: MaybeSignedIn,
    query: web::Query<SummaryQuery>,
) -> AppResult<HttpResponse> {
    let estate = estate_id(query.estate.as_deref())?;
    let cache = state.indicators.clone();
    match me.0 {
        Some(me) => {
            state
                .read_page(&req, me, "pages/summary", move |conn, actor, locale| {
                    summary::summary(conn, &cache, Some(actor), estate, locale, now())
                })
                .await
        }
        None => {
            let locale = crate::web::locale_of(&req, None);
            let view = state
                .db
                .run(move |conn| summary::summary(conn, &cache, None, estate, locale, now()))
                .await?;
            state.page(&req, None, "pages/summary", &view)
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct PublishForm {
    estate: String,
    public: Option<String>,
}

/// An admin publishes an estate's summary to readers without an account, or stops.
pub async fn publish(
    state: web::Data<AppState>,
    me: SignedIn,
    CsrfForm(form): CsrfForm<PublishForm>,
) -> AppResult<HttpResponse> {
    let estate = estate_id(Some(&form.estate))?.ok_or(AppError::NotFound)?;
    let public = form.public.is_some();
    let actor = me.actor;
    state
        .db
        .run(move |conn| summary::publish(conn, &actor, estate, public))
        .await?;
    Ok(see_other(&format!("/summary?estate={estate}")))
}

//! `/rent`: a household's rent account in plain words, and `/rent/{period}/print`, the month's
//! pagoPA notice on A4 (its QR code also shown on the phone, to hold up at a counter). The desk
//! and the landlord's rent office open the same pages for a flat with `?unit=CODE`.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;

use crate::core::error::{AppError, AppResult};
use crate::i18n::format::local_now;
use crate::rent::help::{self, HelpReason, HelpText};
use crate::rent::indicators_page::{self, RentTable};
use crate::rent::{page, plan, watch};
use crate::web::csrf::CsrfForm;
use crate::web::print::Sheet;
use crate::web::{see_other, AppState, SignedIn};

#[derive(Debug, Clone, Default, Deserialize)]
pub struct FlatQuery {
    /// The flat's code, for staff opening a household's account.
    pub unit: Option<String>,
}

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<FlatQuery>,
) -> AppResult<HttpResponse> {
    let unit = query.into_inner().unit;
    state
        .read_page(&req, me, "pages/rent", move |conn, actor, locale| {
            page::page(conn, actor, unit.as_deref(), locale)
        })
        .await
}

pub async fn print(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    period: web::Path<String>,
    query: web::Query<FlatQuery>,
) -> AppResult<HttpResponse> {
    let (period, unit) = (period.into_inner(), query.into_inner().unit);
    let locale = me.locale;
    let read = move |conn: &mut _, actor: &_, locale| {
        page::notices(conn, actor, unit.as_deref(), &period, locale)
    };
    let wrap = |notices| Sheet::plain(notices, locale);
    state
        .show(&req, me, "pages/rent_print", StatusCode::OK, read, wrap)
        .await
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct OfficeQuery {
    /// Back from recording a contact.
    #[serde(default)]
    pub contacted: bool,
    /// Which page of the list, from 1.
    #[serde(default)]
    pub page: Option<u32>,
}

/// `/rent/office`: the households to get in touch with now, for the rent office and the desk.
pub async fn office(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<OfficeQuery>,
) -> AppResult<HttpResponse> {
    let (contacted, page) = (query.contacted, i64::from(query.page.unwrap_or(1)));
    state
        .read_page(&req, me, "pages/rent_office", move |conn, actor, locale| {
            watch::office_page(conn, actor, contacted, page, locale)
        })
        .await
}

#[derive(Debug, Deserialize)]
pub struct ContactForm {
    unit: String,
    note: String,
}

/// A note that someone got in touch with a household on the list.
pub async fn contact(
    state: web::Data<AppState>,
    me: SignedIn,
    CsrfForm(form): CsrfForm<ContactForm>,
) -> AppResult<HttpResponse> {
    let actor = me.actor;
    state
        .db
        .run(move |conn| watch::record_contact(conn, &actor, &form.unit, &form.note))
        .await?;
    Ok(see_other("/rent/office?contacted=true"))
}

/// The help form: a few words and any reasons ticked (`reason` repeated), for the signed-in
/// household or, from the desk, for the flat `unit`.
#[derive(Debug, Deserialize)]
pub struct HelpForm {
    message: String,
    #[serde(default)]
    unit: Option<String>,
    #[serde(default)]
    reason: Vec<String>,
}

pub async fn ask_help(
    state: web::Data<AppState>,
    me: SignedIn,
    CsrfForm(form): CsrfForm<HelpForm>,
) -> AppResult<HttpResponse> {
    let text = HelpText::parse(&form.message)?;
    let reasons: Vec<HelpReason> = form
        .reason
        .iter()
        .filter_map(|r| HelpReason::parse(r))
        .collect();
    let actor = me.actor;
    let id = state
        .db
        .run(move |conn| help::ask(conn, &actor, form.unit.as_deref(), &text, &reasons))
        .await?;
    Ok(see_other(&format!("/rent/help/{id}")))
}

pub async fn help_thread(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    state
        .read_page(&req, me, "pages/rent_help", move |conn, actor, locale| {
            help::thread(conn, actor, id, locale)
        })
        .await
}

#[derive(Debug, Deserialize)]
pub struct ReplyForm {
    message: String,
}

pub async fn help_reply(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    CsrfForm(form): CsrfForm<ReplyForm>,
) -> AppResult<HttpResponse> {
    let (id, text) = (id.into_inner(), HelpText::parse(&form.message)?);
    let actor = me.actor;
    state
        .db
        .run(move |conn| help::reply(conn, &actor, id, &text))
        .await?;
    Ok(see_other(&format!("/rent/help/{id}")))
}

/// The rent office's plan form: the flat, and rows `due_1`/`amount_1` … left blank when unused.
pub async fn propose_plan(
    state: web::Data<AppState>,
    me: SignedIn,
    CsrfForm(form): CsrfForm<std::collections::HashMap<String, String>>,
) -> AppResult<HttpResponse> {
    let unit = form.get("unit").cloned().unwrap_or_default();
    let field = |name: String| form.get(&name).cloned().unwrap_or_default();
    let rows: Vec<(String, String)> = (1..=page::PLAN_ROWS)
        .map(|n| (field(format!("due_{n}")), field(format!("amount_{n}"))))
        .collect();
    let instalments = plan::Instalments::from_rows(&rows, local_now().date())?;
    let actor = me.actor;
    let code = unit.clone();
    state
        .db
        .run(move |conn| plan::propose(conn, &actor, &code, &instalments))
        .await?;
    Ok(see_other(&format!("/rent?unit={unit}")))
}

/// The household accepts a plan here; the desk records the paper it signed.
pub async fn accept_plan(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    _: CsrfForm<super::sign_in::Empty>,
) -> AppResult<HttpResponse> {
    let (id, actor) = (id.into_inner(), me.actor);
    let unit = state
        .db
        .run(move |conn| {
            plan::accept(conn, &actor, id)?;
            plan::unit_code(conn, id)
        })
        .await?;
    Ok(see_other(&format!("/rent?unit={unit}")))
}

/// `/stats/rent`: the rent indicators, without names.
pub async fn indicators(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
) -> AppResult<HttpResponse> {
    state
        .read_page(&req, me, "pages/rent_stats", move |conn, actor, locale| {
            indicators_page::page(conn, actor, locale, local_now().date())
        })
        .await
}

/// `/stats/rent/{table}.csv`: one table of `/stats/rent`.
pub async fn indicators_csv(
    state: web::Data<AppState>,
    me: SignedIn,
    table: web::Path<String>,
) -> AppResult<HttpResponse> {
    let table = RentTable::parse(&table.into_inner()).ok_or(AppError::NotFound)?;
    let actor = me.actor;
    let body = state
        .db
        .run(move |conn| indicators_page::csv(conn, &actor, table, local_now().date()))
        .await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header(("cache-control", "no-store"))
        .insert_header((
            "content-disposition",
            format!(
                "attachment; filename=\"portineria-rent-{}.csv\"",
                table.code()
            ),
        ))
        .body(body))
}

//! Rent from the API: a household's account (DESIGN.md, `GET /api/v1/rent`), and the landlord's
//! nightly file of charges and payments pushed with its organisation's key.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::audit::Auditor;
use crate::core::error::{AppError, AppResult, ErrorCode, Message};
use crate::i18n::format::local_now;
use crate::rent::help::{self, HelpReason, HelpText};
use crate::rent::{account, import, plan, watch, watchlist};
use crate::web::errors::ApiError;
use crate::web::extract::locale_of;
use crate::web::{keys, AppState, SignedIn};

#[derive(Debug, Deserialize, IntoParams)]
pub struct RentQuery {
    /// A flat's code, for the desk and the landlord's staff; a tenant's own flat without it.
    unit: Option<String>,
}

/// A household's rent account: every charge with what was paid of it, the payments, and the
/// balance (what is owed; negative when in credit). Only the flat's tenants, the estate's desk
/// and the owning landlord's managers and rent office; anyone else gets 404.
#[utoipa::path(
    get,
    path = "/rent",
    tag = "rent",
    params(RentQuery),
    responses(
        (status = 200, description = "The account", body = account::Account),
        (status = 404, response = ApiError),
    )
)]
pub async fn get(
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<RentQuery>,
) -> AppResult<HttpResponse> {
    let (actor, unit) = (me.actor, query.into_inner().unit);
    let account = state
        .db
        .read(move |conn| {
            let flat = account::flat(conn, &actor, unit.as_deref())?;
            account::account(conn, &flat)
        })
        .await?;
    Ok(HttpResponse::Ok().json(account))
}

#[derive(Serialize, ToSchema)]
pub struct WatchList {
    /// Oldest trouble first: one page of them.
    households: Vec<watch::Watched>,
    /// How many households are on the list in all.
    total: i64,
    page: u32,
    per_page: i64,
}

#[derive(Deserialize, IntoParams)]
pub struct WatchQuery {
    /// Which page of the list, from 1 (50 households a page).
    #[param(minimum = 1)]
    page: Option<u32>,
}

/// The households the caller's rent office or desk should get in touch with now, and why
/// (`overdue`: a bill unpaid past its due day; `late_payments`: bills paid more than five days
/// late twice or more in six months), with the last contact. Rent officers and the desk only.
#[utoipa::path(
    get,
    path = "/rent/watch",
    tag = "rent",
    params(WatchQuery),
    responses(
        (status = 200, description = "The list", body = WatchList),
        (status = 404, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn watch_list(
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<WatchQuery>,
) -> AppResult<HttpResponse> {
    let actor = me.actor;
    let page = query.page.unwrap_or(1).max(1);
    let (households, total) = state
        .db
        .read(move |conn| watchlist::list(conn, &actor, i64::from(page)))
        .await?;
    Ok(HttpResponse::Ok().json(WatchList {
        households,
        total,
        page,
        per_page: watchlist::PAGE,
    }))
}

/// A household's request for help.
#[derive(Deserialize, ToSchema)]
pub struct HelpIn {
    /// A few words on what is happening (at most 2000 characters).
    #[schema(max_length = 2000)]
    message: String,
    /// Why, if the household wants to say.
    #[serde(default)]
    reasons: Vec<HelpReason>,
    /// For the desk asking with a household: the flat's code.
    #[serde(default)]
    unit: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CreatedHelp {
    id: i32,
}

/// "I'm struggling to pay": a private request the estate's desk and the landlord's rent office
/// answer (on `/rent/help/{id}`). A tenant asks for their flat; the desk for a flat of its
/// estate, with `unit`.
#[utoipa::path(
    post,
    path = "/rent/help",
    tag = "rent",
    request_body = HelpIn,
    responses(
        (status = 201, description = "Asked", body = CreatedHelp),
        (status = 404, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn ask_help(
    state: web::Data<AppState>,
    me: SignedIn,
    body: web::Json<HelpIn>,
) -> AppResult<HttpResponse> {
    let body = body.into_inner();
    let text = HelpText::parse(&body.message)?;
    let actor = me.actor;
    let id = state
        .db
        .run(move |conn| help::ask(conn, &actor, body.unit.as_deref(), &text, &body.reasons))
        .await?;
    Ok(HttpResponse::Created().json(CreatedHelp { id }))
}

#[derive(Serialize, ToSchema)]
pub struct HelpRequests {
    /// Unanswered first, then newest first.
    requests: Vec<help::Request>,
}

/// The requests for help of the flats the caller answers for: the desk's estate, the rent
/// office's landlord. Others get 404.
#[utoipa::path(
    get,
    path = "/rent/requests",
    tag = "rent",
    responses(
        (status = 200, description = "The requests", body = HelpRequests),
        (status = 404, response = ApiError),
    )
)]
pub async fn help_requests(state: web::Data<AppState>, me: SignedIn) -> AppResult<HttpResponse> {
    let actor = me.actor;
    let requests = state
        .db
        .read(move |conn| help::requests(conn, &actor))
        .await?;
    Ok(HttpResponse::Ok().json(HelpRequests { requests }))
}

#[derive(Deserialize, ToSchema)]
pub struct PlanIn {
    /// The flat's code.
    unit: String,
    /// In date order, the first not in the past; any number up to 60.
    instalments: Vec<plan::Instalment>,
}

#[derive(Serialize, ToSchema)]
pub struct CreatedPlan {
    id: i32,
}

/// The rent office proposes a repayment plan fitted to the household: instalments with their
/// dates and amounts. A proposal not yet accepted is replaced. Rent officers of the flat's
/// landlord only.
#[utoipa::path(
    post,
    path = "/rent/plans",
    tag = "rent",
    request_body = PlanIn,
    responses(
        (status = 201, description = "Proposed", body = CreatedPlan),
        (status = 404, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn propose_plan(
    state: web::Data<AppState>,
    me: SignedIn,
    body: web::Json<PlanIn>,
) -> AppResult<HttpResponse> {
    let body = body.into_inner();
    let instalments = plan::Instalments::parse(body.instalments, local_now().date())?;
    let actor = me.actor;
    let id = state
        .db
        .run(move |conn| plan::propose(conn, &actor, &body.unit, &instalments))
        .await?;
    Ok(HttpResponse::Created().json(CreatedPlan { id }))
}

/// A tenant of the flat accepts the proposed plan (the desk records a paper acceptance the
/// same way). Once: a plan already accepted or replaced answers 409.
#[utoipa::path(
    post,
    path = "/rent/plans/{id}/accept",
    tag = "rent",
    params(("id" = i32, Path, description = "The plan")),
    responses(
        (status = 204, description = "Accepted"),
        (status = 404, response = ApiError),
        (status = 409, response = ApiError),
    )
)]
pub async fn accept_plan(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let (id, actor) = (id.into_inner(), me.actor);
    state
        .db
        .run(move |conn| plan::accept(conn, &actor, id))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// One bad line of a refused file.
#[derive(Serialize, ToSchema)]
pub struct LineProblemOut {
    line: u64,
    message: String,
}

#[derive(Serialize, ToSchema)]
pub struct Refused {
    error: RefusedDetail,
    /// Every bad line, by number (the header is line 1).
    problems: Vec<LineProblemOut>,
}

#[derive(Serialize, ToSchema)]
pub struct RefusedDetail {
    code: ErrorCode,
    message: String,
}

/// The landlord's charges and payments (the rent import CSV of DESIGN.md, `text/csv`), with its
/// organisation's key (one that may write) in `X-Api-Key`: all or nothing, for its own flats
/// only; the same file again changes nothing.
#[utoipa::path(
    post,
    path = "/rent/import",
    tag = "rent",
    request_body(content = String, content_type = "text/csv"),
    responses(
        (status = 200, description = "Imported", body = import::Imported),
        (status = 403, response = ApiError),
        (status = 413, response = ApiError),
        (status = 422, description = "Nothing imported: the bad lines", body = Refused),
    )
)]
pub async fn import_file(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let secret = req
        .headers()
        .get("x-api-key")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .ok_or_else(|| AppError::Forbidden(Message::new("open311-key-invalid")))?;
    let key = keys::checked(&state, &req, secret).await?;
    if !key.can_write {
        return Err(AppError::Forbidden(Message::new("open311-key-read-only")));
    }
    let by = Auditor::Person(key.user_id);
    let outcome = state
        .db
        .run(move |conn| import::import(conn, key.organisation_id, &body[..], by))
        .await?;
    let locale = locale_of(&req, None);
    Ok(match outcome {
        Ok(done) => HttpResponse::Ok().json(done),
        Err(problems) => HttpResponse::UnprocessableEntity().json(Refused {
            error: RefusedDetail {
                code: ErrorCode::Invalid,
                message: locale.text("import-refused"),
            },
            problems: problems
                .into_iter()
                .map(|p| LineProblemOut {
                    line: p.line,
                    message: p.problem.localize(locale),
                })
                .collect(),
        }),
    })
}

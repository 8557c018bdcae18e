//! Reports through the API: list (cursor paging), file (multipart, idempotent), read, change,
//! report a visit, and the work queue.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};

use super::doc::{ReportUpload, VisitUpload};
use super::report_views::{Changed, PassedOn, Queue, Report, ReportPage, ReportSummary};
use crate::core::error::{AppError, AppResult};
use crate::reports::detail;
use crate::reports::queries::{self, Filter};
use crate::reports::queue::{self, QueueFilter};
use crate::reports::{self, filing, views};
use crate::web::errors::ApiError;
use crate::web::forms;
use crate::web::update::UpdateRequest;
use crate::web::{AppState, SignedIn};

/// The report as the caller sees it now.
async fn report(state: &AppState, me: &SignedIn, reference: String) -> AppResult<Report> {
    let (actor, locale) = (me.actor.clone(), me.locale);
    let detail = state
        .db
        .run(move |conn| detail::load(conn, &actor, &reference, locale))
        .await?;
    Ok(Report::from(detail))
}

/// Reports the caller may see, newest first, 50 a page.
///
/// `next` (and the `Link` header) is the next page's address.
#[utoipa::path(
    get,
    path = "/reports",
    operation_id = "list_reports",
    tag = "reports",
    params(Filter),
    responses(
        (status = 200, description = "A page of reports", body = ReportPage,
            headers(("Link" = String, description = "`<next>; rel=\"next\"` while more pages follow"))),
        (status = 422, response = ApiError),
    )
)]
pub async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    filter: web::Query<Filter>,
) -> AppResult<HttpResponse> {
    let (actor, locale) = (me.actor, me.locale);
    let filter = filter.into_inner();
    let (rows, next) = state
        .db
        .read(move |conn| {
            let page = queries::list(conn, &actor, &filter)?;
            let lister = views::Lister::load(conn, &page.rows, locale)?;
            let rows = page
                .rows
                .iter()
                .map(|r| ReportSummary::new(r, &lister))
                .collect::<Vec<_>>();
            Ok((rows, page.next))
        })
        .await?;
    // The same query with the cursor moved on.
    let next = next.map(|before| {
        let query = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(
                url::form_urlencoded::parse(req.query_string().as_bytes())
                    .filter(|(k, _)| k != "before"),
            )
            .append_pair("before", &before.to_string())
            .finish();
        format!("/api/v1/reports?{query}")
    });
    let mut res = HttpResponse::Ok();
    if let Some(next) = &next {
        res.insert_header(("link", format!("<{next}>; rel=\"next\"")));
    }
    Ok(res.json(ReportPage::new(rows, next)))
}

/// File a report.
///
/// The place is the caller's own flat or its stair, building or estate; delegates may name a
/// stair or building they look after with `place_id`; desk operators file for a tenant of
/// their estate with `for_user`. The same `Idempotency-Key` from the same caller always gives
/// the same report: 201 the first time, 200 after.
#[utoipa::path(
    post,
    path = "/reports",
    operation_id = "file_report",
    tag = "reports",
    params(("Idempotency-Key" = Option<String>, Header, min_length = 1, max_length = 100, nullable = false,
        description = "Makes retries safe: the same key never files two reports")),
    request_body(content = ReportUpload, content_type = "multipart/form-data"),
    responses(
        (status = 201, description = "Filed", body = Report),
        (status = 200, description = "Already filed with this Idempotency-Key", body = Report),
        (status = 404, response = ApiError),
        (status = 413, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn create(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    payload: Multipart,
) -> AppResult<HttpResponse> {
    let key = req
        .headers()
        .get("idempotency-key")
        .map(|v| {
            v.to_str()
                .map(str::to_string)
                .map_err(|_| AppError::invalid("report-idempotency-key-invalid"))
        })
        .transpose()?;
    let parts = forms::read_report(payload).await?;
    let filing = forms::filing_of(&parts, key)?;
    let filed = filing::submit(&state.db, &state.photos, &me.actor, filing, parts.files).await?;
    let status = if filed.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok(HttpResponse::build(status).json(report(&state, &me, filed.reference).await?))
}

/// One report with its timeline, visits and photos.
#[utoipa::path(
    get,
    path = "/reports/{reference}",
    operation_id = "get_report",
    tag = "reports",
    responses(
        (status = 200, description = "The report", body = Report),
        (status = 404, response = ApiError),
    )
)]
pub async fn get(
    state: web::Data<AppState>,
    me: SignedIn,
    reference: web::Path<String>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(report(&state, &me, reference.into_inner()).await?))
}

/// Comment, change state, triage (priority, assignee), arrange a visit or say when one is at
/// home.
#[utoipa::path(
    post,
    path = "/reports/{reference}/events",
    tag = "reports",
    responses(
        (status = 201, description = "Done: the report as the caller now sees it, or only its reference once passed to another organisation",
            body = Changed),
        (status = 404, response = ApiError),
        (status = 409, description = "Someone changed the report (or the visit) since the caller looked: nothing was done",
            body = ApiError),
        (status = 413, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn post_event(
    state: web::Data<AppState>,
    me: SignedIn,
    reference: web::Path<String>,
    event: web::Json<UpdateRequest>,
) -> AppResult<HttpResponse> {
    let update = event.into_inner().parse()?;
    let (actor, asked) = (me.actor.clone(), reference.into_inner());
    let updated = state
        .db
        .run(move |conn| reports::update(conn, &actor, &asked, update))
        .await?;
    let changed = if updated.still_visible {
        Changed::Report(Box::new(report(&state, &me, updated.reference).await?))
    } else {
        Changed::PassedOn(PassedOn::new(updated.reference))
    };
    Ok(HttpResponse::Created().json(changed))
}

/// A visit was made: notes, outcome and "after" photos.
#[utoipa::path(
    post,
    path = "/reports/{reference}/visits/{visit}/done",
    tag = "reports",
    request_body(content = VisitUpload, content_type = "multipart/form-data"),
    responses(
        (status = 201, description = "The report as it now is", body = Report),
        (status = 404, response = ApiError),
        (status = 409, description = "The visit is no longer planned: nothing was done",
            body = ApiError),
        (status = 413, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn visit_done(
    state: web::Data<AppState>,
    me: SignedIn,
    path: web::Path<(String, i32)>,
    payload: Multipart,
) -> AppResult<HttpResponse> {
    let (reference, visit) = path.into_inner();
    let parts = forms::read_report(payload).await?;
    let done = forms::visit_report(visit, &parts)?;
    let reference = reports::complete_visit(
        &state.db,
        &state.photos,
        &me.actor,
        reference,
        done,
        parts.files,
    )
    .await?;
    Ok(HttpResponse::Created().json(report(&state, &me, reference).await?))
}

/// The work queue: the open reports of the caller's organisation or desk, the fix due
/// soonest first, 25 a page, as `/work` shows it.
#[utoipa::path(
    get,
    path = "/queue",
    tag = "reports",
    params(QueueFilter),
    responses(
        (status = 200, description = "One page, and the counts of the quick filters", body = Queue),
        (status = 404, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn queue(
    state: web::Data<AppState>,
    me: SignedIn,
    filter: web::Query<QueueFilter>,
) -> AppResult<HttpResponse> {
    let filter = filter.into_inner();
    let actor = me.actor;
    let page = state
        .db
        .read(move |conn| queue::queue(conn, &actor, &filter))
        .await?;
    Ok(HttpResponse::Ok().json(Queue::new(page, chrono::Utc::now().naive_utc())))
}

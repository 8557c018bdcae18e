//! Reports through the API: list (cursor paging), file (multipart, idempotent), read, change,
//! report a visit, and the work queue.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Value};

use crate::core::error::{AppError, AppResult};
use crate::reports::detail::{self, ReportDetail};
use crate::reports::queries::{self, Filter};
use crate::reports::queue::{self, QueueFilter};
use crate::reports::{self, filing, views};
use crate::web::pages::report_form;
use crate::web::pages::reports::visit_report;
use crate::web::update::UpdateRequest;
use crate::web::{AppState, SignedIn};

fn stamp(at: chrono::NaiveDateTime) -> String {
    at.and_utc().to_rfc3339()
}

/// A report as the API shows it, from what its page shows.
fn report_json(detail: ReportDetail) -> Value {
    let report = &detail.row;
    let events: Vec<Value> = detail
        .timeline
        .iter()
        .map(|e| {
            json!({
                "type": e.kind,
                "status": e.status,
                "summary": e.summary,
                "body": e.body,
                "visibility": if e.public { "public" } else { "internal" },
                "who": e.who,
                "at": stamp(e.created_at),
            })
        })
        .collect();
    let photos: Vec<Value> = detail
        .photos
        .iter()
        .map(|p| {
            json!({"url": format!("/api/v1{}", p.url), "thumbnail_url": format!("/api/v1{}", p.thumbnail_url)})
        })
        .collect();
    json!({
        "ref": report.reference,
        "status": report.status,
        "priority": report.priority,
        "category": {"code": detail.category.code, "name": detail.category.name},
        "location": report.location,
        "place": detail.place,
        "spot": report.spot,
        "description": report.description,
        "private": report.private,
        "permission_to_enter": report.permission_to_enter,
        "time_windows": crate::reports::visits::offered(report),
        "filed_at_desk": report.filed_by != report.filed_for,
        "created_at": stamp(report.created_at),
        "updated_at": stamp(report.updated_at),
        "first_response_at": report.first_response_at.map(stamp),
        "resolved_at": report.resolved_at.map(stamp),
        "closed_at": report.closed_at.map(stamp),
        "expected_by": report.expected_by().filter(|_| report.status().is_open()).map(stamp),
        "me_too": detail.me_too_count,
        "visits": detail.work.visits.iter().map(|v| json!({
            "id": v.id,
            "day": v.day,
            "from": v.from,
            "until": v.until,
            "status": v.status,
            "without_tenant": v.without_tenant,
            "change_requested": v.change_requested,
        })).collect::<Vec<_>>(),
        "photos": photos,
        "events": events,
    })
}

async fn reply(
    state: &AppState,
    me: &SignedIn,
    reference: String,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let (actor, locale) = (me.actor.clone(), me.locale);
    let detail = state
        .db
        .run(move |conn| detail::load(conn, &actor, &reference, locale))
        .await?;
    Ok(HttpResponse::build(status).json(report_json(detail)))
}

/// `GET /api/v1/reports`: newest first, a page at a time; `next` is the next page's address.
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
                .map(|r| {
                    json!({
                        "ref": r.reference,
                        "status": r.status().code(),
                        "category": lister.names.get(&r.category_id).map(|c| c.code.clone()),
                        "location": r.location,
                        "place": lister.place(r),
                        "spot": r.spot,
                        "description": r.description,
                        "created_at": stamp(r.created_at),
                        "updated_at": stamp(r.updated_at),
                    })
                })
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
    Ok(res.json(json!({"reports": rows, "next": next})))
}

/// `POST /api/v1/reports`: multipart, with an optional `Idempotency-Key` header.
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
    let parts = report_form::read(payload).await?;
    let filing = report_form::filing_of(&parts, key)?;
    let filed = filing::submit(
        &state.db,
        &state.config.data_dir,
        &me.actor,
        filing,
        parts.files,
    )
    .await?;
    let status = if filed.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    reply(&state, &me, filed.reference, status).await
}

pub async fn get(
    state: web::Data<AppState>,
    me: SignedIn,
    reference: web::Path<String>,
) -> AppResult<HttpResponse> {
    reply(&state, &me, reference.into_inner(), StatusCode::OK).await
}

/// `POST /api/v1/reports/{ref}/events`: a comment, a state change with a note, triage
/// (priority, assignee), a visit, or the tenant's availability.
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
    if !updated.still_visible {
        // Passed to another organisation: the caller no longer sees it.
        return Ok(
            HttpResponse::Created().json(json!({"ref": updated.reference, "visible": false}))
        );
    }
    reply(&state, &me, updated.reference, StatusCode::CREATED).await
}

/// `POST /api/v1/reports/{ref}/visits/{id}/done`, multipart: `notes`, `outcome`
/// (`resolved` or `in_progress`), repeated `photos`.
pub async fn visit_done(
    state: web::Data<AppState>,
    me: SignedIn,
    path: web::Path<(String, i32)>,
    payload: Multipart,
) -> AppResult<HttpResponse> {
    let (reference, visit) = path.into_inner();
    let parts = report_form::read(payload).await?;
    let done = visit_report(visit, &parts)?;
    let reference = reports::complete_visit(
        &state.db,
        &state.config.data_dir,
        &me.actor,
        reference,
        done,
        parts.files,
    )
    .await?;
    reply(&state, &me, reference, StatusCode::CREATED).await
}

/// `GET /api/v1/queue`: the caller's organisation's or desk's open reports, as `/work` shows.
pub async fn queue(
    state: web::Data<AppState>,
    me: SignedIn,
    filter: web::Query<QueueFilter>,
) -> AppResult<HttpResponse> {
    let filter = filter.into_inner();
    let actor = me.actor;
    let body = state
        .db
        .read(move |conn| {
            let page = queue::queue(conn, &actor, &filter)?;
            let now = chrono::Utc::now().naive_utc();
            Ok(json!({
                "total": page.total,
                "page": page.page,
                "pages": page.pages,
                "counts": {
                    "open": page.counts.open,
                    "overdue": page.counts.overdue,
                    "unassigned": page.counts.unassigned,
                    "mine": page.counts.mine,
                    "by_state": page.counts.by_state.iter().map(|(s, n)| (s.code().to_string(), *n)).collect::<std::collections::BTreeMap<_, _>>(),
                },
                "reports": page.rows.iter().map(|r| json!({
                    "ref": r.reference,
                    "status": r.status,
                    "priority": r.priority,
                    "assignee_id": r.assignee_id,
                    "resolution_due_at": r.resolution_due_at.map(stamp),
                    "overdue": r.overdue(now),
                })).collect::<Vec<_>>(),
            }))
        })
        .await?;
    Ok(HttpResponse::Ok().json(body))
}

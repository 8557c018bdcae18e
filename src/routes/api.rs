//! JSON API under `/api/v1`, authenticated with bearer tokens (see `assets/openapi.json`).

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::{json, Value};

use super::{report_submit, with_actor};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::policy::{allows, Action};
use crate::reports::events::{self, Change};
use crate::reports::queries::{self, Filter};
use crate::reports::work::{Slot, VisitUpdate};
use crate::reports::{categories, photos, views, Priority, Status, Update};

use crate::auth::session::{self, SessionKind};
use crate::auth::{client_address, sign_in, CurrentUser};
use crate::error::AppResult;
use crate::AppState;

#[derive(Deserialize)]
pub struct Credentials {
    email: String,
    password: String,
}

pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Json<Credentials>,
) -> AppResult<HttpResponse> {
    let Credentials { email, password } = body.into_inner();
    let address = client_address(&req);
    let keys = state.keys.clone();
    let (_, session) = state
        .db
        .run(move |conn| {
            sign_in::with_password(conn, &keys, &email, &password, &address, SessionKind::Api)
        })
        .await?;
    Ok(HttpResponse::Ok().json(json!({
        "token": session.token,
        "expires_at": session.expires_at.and_utc().to_rfc3339(),
    })))
}

/// Revokes the token used for this call.
pub async fn logout(state: web::Data<AppState>, user: CurrentUser) -> AppResult<HttpResponse> {
    state
        .db
        .run(move |conn| Ok(session::revoke(conn, &user.session_id)?))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

pub async fn me(state: web::Data<AppState>, user: CurrentUser) -> AppResult<HttpResponse> {
    let roles: Vec<_> = user
        .grants
        .iter()
        .map(|g| {
            json!({
                "role": g.role.code(),
                "scope_type": g.role.scope_type().map(|s| s.code()),
                "scope_id": g.scope_id,
            })
        })
        .collect();
    let mut body = json!({
        "id": user.id,
        "name": user.name,
        "email": user.email,
        "locale": user.locale,
        "roles": roles,
    });
    if user.has(crate::people::Role::Technician) {
        let id = user.id;
        let token = state
            .db
            .run(move |conn| Ok(crate::reports::calendar::token(conn, id)?))
            .await?;
        body["calendar_url"] = json!(format!("{}/calendar/{token}.ics", state.config.base_url));
    }
    Ok(HttpResponse::Ok().json(body))
}

pub async fn openapi() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(include_str!("../../assets/openapi.json"))
}

pub async fn categories(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    let locale = crate::web::locale_of(&req, Some(&user));
    let list = state
        .db
        .run(move |conn| Ok(categories::active(conn, locale)?))
        .await?;
    let body: Vec<Value> = list
        .into_iter()
        .map(|c| {
            json!({
                "code": c.code,
                "name": c.name,
                "icon_url": format!("/static/icons/{}.svg", c.icon),
                "default_priority": c.default_priority,
                "private": c.route_to_desk,
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(body))
}

/// `POST /api/v1/reports`: multipart, with an optional `Idempotency-Key` header.
pub async fn create_report(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
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
    let parts = report_submit::read(payload).await?;
    let filing = report_submit::filing_of(&parts, key)?;
    let filed = report_submit::submit(&state, &user, filing, parts.files).await?;
    let locale = crate::web::locale_of(&req, Some(&user));
    let body = report_json(&state, &user, filed.reference, locale).await?;
    let status = if filed.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok(HttpResponse::build(status).json(body))
}

pub async fn list_reports(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    filter: web::Query<Filter>,
) -> AppResult<HttpResponse> {
    let locale = crate::web::locale_of(&req, Some(&user));
    let list = with_actor(&state, &user, move |conn, actor| {
        let names = views::category_names(conn, locale)?;
        let rows = queries::list(conn, actor, &filter)?;
        rows.iter()
            .map(|r| {
                let summary = views::summary(conn, r, &names, locale)?;
                Ok(json!({
                    "ref": r.reference,
                    "status": summary.status,
                    "category": names.get(&r.category_id).map(|c| c.code.clone()),
                    "location": r.location,
                    "place": summary.place,
                    "spot": r.spot,
                    "description": r.description,
                    "created_at": r.created_at.and_utc().to_rfc3339(),
                    "updated_at": r.updated_at.and_utc().to_rfc3339(),
                }))
            })
            .collect::<AppResult<Vec<_>>>()
    })
    .await?;
    Ok(HttpResponse::Ok().json(list))
}

async fn report_json(
    state: &web::Data<AppState>,
    user: &CurrentUser,
    reference: String,
    locale: Locale,
) -> AppResult<Value> {
    with_actor(state, user, move |conn, actor| {
            let report = queries::visible(conn, actor, &reference)?;
            let staff = allows(actor, Action::Comment { report: &report.scope(), public: false });
            let reporter = report.filed_for == actor.user_id;
            let category = categories::by_id(conn, report.category_id, locale)?;
            let events = events::load(conn, report.id, staff)?
                .iter()
                .map(|e| {
                    let view = events::describe(conn, &report, e, locale, staff || reporter)?;
                    Ok(json!({
                        "type": view.kind,
                        "status": view.status,
                        "summary": view.summary,
                        "body": view.body,
                        "visibility": if view.public { "public" } else { "internal" },
                        "who": view.who,
                        "at": e.created_at.and_utc().to_rfc3339(),
                    }))
                })
                .collect::<AppResult<Vec<_>>>()?;
            let photos: Vec<Value> = photos::of_report(conn, report.id)?
                .into_iter()
                .map(|p| json!({"url": format!("/api/v1{}", p.url), "thumbnail_url": format!("/api/v1{}", p.thumbnail_url)}))
                .collect();
            let stamp = |t: Option<chrono::NaiveDateTime>| t.map(|t| t.and_utc().to_rfc3339());
            Ok(json!({
                "ref": report.reference,
                "status": report.status,
                "priority": report.priority,
                "category": {"code": category.code, "name": category.name},
                "location": report.location,
                "place": views::place_text(conn, &report, locale)?,
                "spot": report.spot,
                "description": report.description,
                "private": report.private,
                "permission_to_enter": report.permission_to_enter,
                "time_windows": report.time_windows.split(',').filter(|w| !w.is_empty()).collect::<Vec<_>>(),
                "filed_at_desk": report.filed_by != report.filed_for,
                "created_at": report.created_at.and_utc().to_rfc3339(),
                "updated_at": report.updated_at.and_utc().to_rfc3339(),
                "first_response_at": stamp(report.first_response_at),
                "resolved_at": stamp(report.resolved_at),
                "closed_at": stamp(report.closed_at),
                "expected_by": report.expected_by().filter(|_| report.status().is_open()).map(|d| d.and_utc().to_rfc3339()),
                "me_too": queries::me_too_count(conn, report.id)?,
                "photos": photos,
                "events": events,
            }))
        })
        .await
}

pub async fn get_report(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    reference: web::Path<String>,
) -> AppResult<HttpResponse> {
    let locale = crate::web::locale_of(&req, Some(&user));
    Ok(HttpResponse::Ok().json(report_json(&state, &user, reference.into_inner(), locale).await?))
}

#[derive(Deserialize)]
pub struct EventBody {
    #[serde(rename = "type")]
    kind: String,
    to: Option<String>,
    #[serde(default)]
    body: String,
    visibility: Option<String>,
    duplicate_of: Option<String>,
    transfer_to: Option<String>,
    priority: Option<String>,
    /// A colleague's user id, or null to unassign.
    assignee: Option<i32>,
    technician: Option<i32>,
    visit: Option<i32>,
    /// `YYYY-MM-DD`, with `from` and `until` as `HH:MM`, local time.
    day: Option<String>,
    from: Option<String>,
    until: Option<String>,
}

impl EventBody {
    /// The same updates the report page offers, named as the API documents them.
    fn update(self) -> AppResult<Update> {
        let status = |to: Option<&str>| {
            to.and_then(Status::parse)
                .ok_or_else(|| AppError::invalid("report-status-invalid"))
        };
        let slot = |b: &EventBody| {
            Slot::parse(
                b.day.as_deref().unwrap_or(""),
                b.from.as_deref().unwrap_or(""),
                b.until.as_deref().unwrap_or(""),
            )
        };
        let visit = |b: &EventBody| {
            b.visit
                .ok_or_else(|| AppError::invalid("error-json-invalid"))
        };
        Ok(match self.kind.as_str() {
            "comment" => Update::Report(Change::Comment {
                public: match self.visibility.as_deref() {
                    None | Some("public") => true,
                    Some("internal") => false,
                    Some(_) => return Err(AppError::invalid("error-json-invalid")),
                },
                body: self.body,
            }),
            "transition" => Update::Report(
                match (
                    status(self.to.as_deref())?,
                    self.duplicate_of,
                    self.transfer_to,
                ) {
                    (Status::Duplicate, Some(of), _) => Change::Duplicate {
                        of,
                        body: self.body,
                    },
                    (Status::NotCompetent, _, Some(org)) => Change::Transfer {
                        to_organisation: org,
                        body: self.body,
                    },
                    (to, _, _) => Change::Transition {
                        to,
                        body: self.body,
                    },
                },
            ),
            "priority" => Update::Report(Change::SetPriority {
                to: self
                    .priority
                    .as_deref()
                    .and_then(Priority::parse)
                    .ok_or_else(|| AppError::invalid("report-priority-invalid"))?,
            }),
            "assign" => Update::Report(Change::Assign { to: self.assignee }),
            "visit" => Update::Visit(VisitUpdate::Schedule {
                technician: self
                    .technician
                    .ok_or_else(|| AppError::invalid("report-assignee-invalid"))?,
                slot: slot(&self)?,
            }),
            "visit_reschedule" => Update::Visit(VisitUpdate::Reschedule {
                visit: visit(&self)?,
                slot: slot(&self)?,
                reason: self.body,
            }),
            "visit_cancel" => Update::Visit(VisitUpdate::Cancel {
                visit: visit(&self)?,
                reason: self.body,
            }),
            "visit_change" => Update::Visit(VisitUpdate::RequestChange {
                visit: visit(&self)?,
                message: self.body,
            }),
            _ => return Err(AppError::invalid("error-json-invalid")),
        })
    }
}

/// `POST /api/v1/reports/{ref}/events`: a comment, a state change with a note, triage
/// (priority, assignee) or a visit.
pub async fn post_event(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    reference: web::Path<String>,
    event: web::Json<EventBody>,
) -> AppResult<HttpResponse> {
    let update = event.into_inner().update()?;
    let (reference, visible) =
        super::reports::change(&state, &user, reference.into_inner(), update).await?;
    if !visible {
        // Passed to another organisation: the caller no longer sees it.
        return Ok(HttpResponse::Created().json(json!({"ref": reference, "visible": false})));
    }
    let locale = crate::web::locale_of(&req, Some(&user));
    Ok(HttpResponse::Created().json(report_json(&state, &user, reference, locale).await?))
}

/// `POST /api/v1/reports/{ref}/visits/{id}/done`, multipart: `notes`, `outcome`
/// (`resolved` or `in_progress`), repeated `photos`.
pub async fn visit_done(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, i32)>,
    payload: Multipart,
) -> AppResult<HttpResponse> {
    let (reference, visit) = path.into_inner();
    let parts = report_submit::read(payload).await?;
    let reference = super::reports::complete_visit(&state, &user, reference, visit, parts).await?;
    let locale = crate::web::locale_of(&req, Some(&user));
    Ok(HttpResponse::Created().json(report_json(&state, &user, reference, locale).await?))
}

/// `GET /api/v1/queue`: the caller's organisation's open reports, as `/work` shows them.
pub async fn work_queue(
    state: web::Data<AppState>,
    user: CurrentUser,
    filter: web::Query<crate::reports::queue::QueueFilter>,
) -> AppResult<HttpResponse> {
    crate::policy::authorize(&crate::policy::Actor::of(&user), Action::WorkQueue)?;
    let filter = filter.into_inner();
    let body = with_actor(&state, &user, move |conn, actor| {
        let page = crate::reports::queue::queue(conn, actor, &filter)?;
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
                "resolution_due_at": r.resolution_due_at.map(|d| d.and_utc().to_rfc3339()),
                "overdue": r.overdue(now),
            })).collect::<Vec<_>>(),
        }))
    })
    .await?;
    Ok(HttpResponse::Ok().json(body))
}

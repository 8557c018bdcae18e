//! The technicians' and desk's workspace: the queue, bulk actions, the agenda and its calendar
//! feed, and the manager's page (team, service levels, response templates).

use std::collections::HashMap;

use actix_web::{web, HttpRequest, HttpResponse};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::core::error::{AppError, AppResult};
use crate::i18n::format::local_now;
use crate::reports::changes::Change;
use crate::reports::queue::QueueFilter;
use crate::reports::responses::{self, NewTemplate};
use crate::reports::service_levels::{self, Targets};
use crate::reports::team::{self, TeamView};
use crate::reports::{self, agenda, calendar, queue_view, Priority, Status};
use crate::web::csrf::CsrfForm;
use crate::web::errors::shown;
use crate::web::{see_other, AppState, SignedIn};

pub async fn queue(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    filter: web::Query<QueueFilter>,
) -> AppResult<HttpResponse> {
    let filter = filter.into_inner();
    state
        .read_page(&req, me, "pages/work", move |conn, actor, locale| {
            queue_view::load(conn, actor, filter.clone(), locale)
        })
        .await
}

/// The checked reports (named `ref_<reference>`) and the one change for all of them.
fn bulk_change(form: &HashMap<String, String>) -> AppResult<(Vec<String>, Change)> {
    let references: Vec<String> = form
        .keys()
        .filter_map(|k| k.strip_prefix("ref_"))
        .map(str::to_string)
        .collect();
    if references.is_empty() {
        return Err(AppError::invalid("work-bulk-none"));
    }
    let field = |name: &str| form.get(name).cloned().unwrap_or_default();
    let change = match field("action").as_str() {
        "acknowledge" => Change::Transition {
            to: Status::Acknowledged,
            body: field("body"),
        },
        "assign" => Change::Assign {
            to: Some(
                field("assignee")
                    .parse()
                    .map_err(|_| AppError::invalid("report-assignee-invalid"))?,
            ),
        },
        "comment" => Change::Comment {
            body: field("body"),
            public: true,
        },
        _ => return Err(AppError::invalid("error-form-invalid")),
    };
    Ok((references, change))
}

/// Bulk actions: the same update to many reports, all or nothing.
pub async fn bulk(
    state: web::Data<AppState>,
    me: SignedIn,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> AppResult<HttpResponse> {
    let (references, change) = bulk_change(&form)?;
    let actor = me.actor;
    state
        .db
        .run(move |conn| reports::update_all(conn, &actor, &references, change))
        .await?;
    Ok(see_other("/work?done=1"))
}

#[derive(Deserialize)]
pub struct WeekQuery {
    week: Option<String>,
}

pub async fn agenda(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<WeekQuery>,
) -> AppResult<HttpResponse> {
    let day = query
        .week
        .as_deref()
        .and_then(|w| NaiveDate::parse_from_str(w, "%Y-%m-%d").ok())
        .unwrap_or_else(|| local_now().date());
    let base_url = state.config.base_url.clone();
    let key = state.feed_key.clone();
    state
        .read_page(&req, me, "pages/agenda", move |conn, actor, locale| {
            agenda::week(conn, actor, day, locale, &base_url, &key)
        })
        .await
}

/// A new secret feed address; the old one stops working at once.
pub async fn renew_feed(
    state: web::Data<AppState>,
    me: SignedIn,
    _: CsrfForm<super::sign_in::Empty>,
) -> AppResult<HttpResponse> {
    let actor = me.actor;
    let key = state.feed_key.clone();
    state
        .db
        .run(move |conn| calendar::renew_for(conn, &key, &actor))
        .await?;
    Ok(see_other("/work/agenda?renewed=1"))
}

/// `GET /calendar/{token}.ics`: the token is the credential.
pub async fn feed(state: web::Data<AppState>, name: web::Path<String>) -> AppResult<HttpResponse> {
    let base_url = state.config.base_url.clone();
    let body = state
        .db
        .run(move |conn| calendar::feed_at(conn, &name, &base_url))
        .await?;
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header(("cache-control", "private, max-age=300"))
        .body(body))
}

/// The manager's page, with an error when a form on it was refused.
#[derive(Serialize)]
struct TeamPage {
    #[serde(flatten)]
    team: TeamView,
    error: Option<String>,
}

async fn team_page(
    req: &HttpRequest,
    state: &AppState,
    me: SignedIn,
    error: Option<AppError>,
) -> AppResult<HttpResponse> {
    let (status, error) = shown(error, req)?;
    let wrap = |team| TeamPage { team, error };
    state
        .show(req, me, "pages/team", status, team::page, wrap)
        .await
}

pub async fn team(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
) -> AppResult<HttpResponse> {
    team_page(&req, &state, me, None).await
}

/// Hours per priority, from fields `first_response_<priority>` and `resolution_<priority>`.
fn targets_of(form: &HashMap<String, String>) -> AppResult<Vec<(Priority, Targets)>> {
    Priority::ALL
        .into_iter()
        .map(|priority| {
            let hours = |field: &str| -> AppResult<i32> {
                form.get(&format!("{field}_{}", priority.code()))
                    .and_then(|v| v.trim().parse().ok())
                    .ok_or_else(|| AppError::invalid("service-level-invalid"))
            };
            Ok((
                priority,
                Targets {
                    first_response_hours: hours("first_response")?,
                    resolution_hours: hours("resolution")?,
                },
            ))
        })
        .collect()
}

pub async fn set_service_levels(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    org: web::Path<i32>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> AppResult<HttpResponse> {
    let org = org.into_inner();
    let result = match targets_of(&form) {
        Ok(targets) => {
            let actor = me.actor.clone();
            state
                .db
                .run(move |conn| service_levels::set_all(conn, &actor, org, &targets))
                .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => Ok(see_other("/work/team?saved=levels")),
        Err(e) => team_page(&req, &state, me, Some(e)).await,
    }
}

#[derive(Deserialize)]
pub struct TemplateForm {
    title: String,
    body: String,
    locale: String,
    #[serde(default)]
    category: String,
}

pub async fn add_template(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    org: web::Path<i32>,
    CsrfForm(form): CsrfForm<TemplateForm>,
) -> AppResult<HttpResponse> {
    let org = org.into_inner();
    let actor = me.actor.clone();
    let result = state
        .db
        .run(move |conn| {
            let new = NewTemplate {
                category: Some(form.category.as_str()).filter(|c| !c.is_empty()),
                locale: &form.locale,
                title: &form.title,
                body: &form.body,
            };
            responses::create(conn, &actor, org, &new)
        })
        .await;
    match result {
        Ok(()) => Ok(see_other("/work/team?saved=templates#templates")),
        Err(e) => team_page(&req, &state, me, Some(e)).await,
    }
}

pub async fn delete_template(
    state: web::Data<AppState>,
    me: SignedIn,
    path: web::Path<(i32, i32)>,
    _: CsrfForm<super::sign_in::Empty>,
) -> AppResult<HttpResponse> {
    let (org, id) = path.into_inner();
    let actor = me.actor;
    state
        .db
        .run(move |conn| responses::delete(conn, &actor, org, id))
        .await?;
    Ok(see_other("/work/team#templates"))
}

//! The technicians' workspace: the queue, bulk actions, the agenda and its calendar feed, and
//! the manager's page (team, service levels, response templates).

use std::collections::HashMap;

use actix_web::{web, HttpRequest, HttpResponse, ResponseError};
use chrono::{Datelike, Duration, NaiveDate, Utc};
use diesel::prelude::*;
use serde::Deserialize;
use serde_json::{json, Value};

use super::with_actor;
use crate::auth::csrf::CsrfForm;
use crate::auth::CurrentUser;
use crate::db::DbConnection;
use crate::error::{AppError, AppResult};
use crate::i18n::{Locale, LANGUAGES};
use crate::notifications::inbox::Notifier;
use crate::policy::{authorize, Action, Actor};
use crate::reports::events::{self, Change};
use crate::reports::queue::{self, QueueFilter};
use crate::reports::service_levels::{self, Targets};
use crate::reports::{calendar, categories, queries, responses, views, work, Priority, Status};
use crate::schema::{buildings, estates, reports, visits};
use crate::web::{locale_of, see_other};
use crate::AppState;

fn priority_options(locale: Locale) -> Vec<Value> {
    Priority::ALL
        .iter()
        .rev()
        .map(|p| json!({"code": p.code(), "label": locale.text(&format!("priority-{}", p.code()))}))
        .collect()
}

/// Estates where one's organisations own buildings, and, once an estate is chosen, its
/// buildings: the queue's place filters (a large landlord has thousands of buildings).
fn places_of(
    conn: &mut DbConnection,
    actor: &Actor,
    estate: Option<i32>,
) -> QueryResult<(Vec<Value>, Vec<Value>)> {
    let owned = buildings::table
        .filter(buildings::owner_id.eq_any(actor.staff_of.clone()))
        .select(buildings::estate_id);
    let estates: Vec<(i32, String)> = estates::table
        .filter(estates::id.eq_any(owned))
        .order(estates::name)
        .select((estates::id, estates::name))
        .load(conn)?;
    let buildings: Vec<(i32, String)> = match estate {
        Some(estate) => buildings::table
            .filter(buildings::estate_id.eq(estate))
            .order(buildings::address)
            .select((buildings::id, buildings::address))
            .load(conn)?,
        None => vec![],
    };
    let options = |rows: Vec<(i32, String)>| -> Vec<Value> {
        rows.into_iter()
            .map(|(id, name)| json!({"id": id, "name": name}))
            .collect()
    };
    Ok((options(estates), options(buildings)))
}

pub async fn queue_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    filter: web::Query<QueueFilter>,
) -> AppResult<HttpResponse> {
    authorize(&Actor::of(&user), Action::WorkQueue)?;
    let locale = locale_of(&req, Some(&user));
    let filter = filter.into_inner();
    let data = with_actor(&state, &user, move |conn, actor| {
        let page = queue::queue(conn, actor, &filter)?;
        let places = places_of(conn, actor, filter.estate)?;
        let names = views::category_names(conn, locale)?;
        let colleagues: Vec<(i32, String)> = match actor.staff_of.first() {
            Some(org) => work::colleagues(conn, *org)?,
            None => vec![],
        };
        let rows = page
            .rows
            .iter()
            .map(|r| {
                let mut summary = json!(views::summary(conn, r, &names, locale)?);
                summary["priority_text"] = json!(locale.text(&format!("priority-{}", r.priority)));
                summary["assignee"] = json!(r.assignee_id.and_then(|id| colleagues.iter().find(|c| c.0 == id)).map(|c| c.1.clone()));
                Ok(summary)
            })
            .collect::<AppResult<Vec<_>>>()?;
        let query = |extra: &[(&str, String)]| {
            let mut pairs: Vec<(&str, String)> = vec![];
            for (name, value) in [
                ("estate", filter.estate.map(|e| e.to_string())),
                ("building", filter.building.map(|b| b.to_string())),
                ("category", filter.category.clone()),
                ("priority", filter.priority.clone()),
            ] {
                if let Some(v) = value.filter(|v| !v.is_empty()) {
                    pairs.push((name, v));
                }
            }
            pairs.extend(extra.iter().cloned());
            url::form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish()
        };
        let chips: Vec<Value> = std::iter::once(json!({"label": locale.text("work-all-open"), "count": page.counts.open, "href": format!("/work?{}", query(&[]))}))
            .chain(page.counts.by_state.iter().map(|(s, n)| json!({"label": views::status_text(*s, locale), "count": n, "href": format!("/work?{}", query(&[("state", s.code().to_string())]))})))
            .chain([
                json!({"label": locale.text("work-overdue"), "count": page.counts.overdue, "href": format!("/work?{}", query(&[("overdue", "true".into())]))}),
                json!({"label": locale.text("work-unassigned"), "count": page.counts.unassigned, "href": format!("/work?{}", query(&[("assignee", "none".into())]))}),
                json!({"label": locale.text("work-mine"), "count": page.counts.mine, "href": format!("/work?{}", query(&[("assignee", "me".into())]))}),
            ])
            .collect();
        let here = serde_urlencoded::to_string(&filter).unwrap_or_default();
        let paging = |p: i64| {
            let mut f = filter.clone();
            f.page = Some(p);
            format!("/work?{}", serde_urlencoded::to_string(&f).unwrap_or_default())
        };
        Ok(json!({
            "rows": rows,
            "total": page.total,
            "page": page.page,
            "pages": page.pages,
            "previous": (page.page > 1).then(|| paging(page.page - 1)),
            "next": (page.page < page.pages).then(|| paging(page.page + 1)),
            "chips": chips,
            "filter": filter,
            "here": here,
            "estates": places.0,
            "buildings": places.1,
            "categories": categories::all(conn, locale)?,
            "states": Status::ALL.iter().filter(|s| s.is_open()).map(|s| json!({"code": s.code(), "label": views::status_text(*s, locale)})).collect::<Vec<_>>(),
            "priorities": priority_options(locale),
            "colleagues": colleagues.iter().map(|(id, name)| json!({"id": id, "name": name})).collect::<Vec<_>>(),
        }))
    })
    .await?;
    state.templates.page(&req, Some(&user), "pages/work", data)
}

/// Bulk actions: the checked reports are named `ref_<reference>`.
pub async fn bulk(
    state: web::Data<AppState>,
    user: CurrentUser,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> AppResult<HttpResponse> {
    authorize(&Actor::of(&user), Action::WorkQueue)?;
    let references: Vec<String> = form
        .keys()
        .filter_map(|k| k.strip_prefix("ref_"))
        .map(str::to_string)
        .collect();
    if references.is_empty() {
        return Err(AppError::invalid("work-bulk-none"));
    }
    let field = |name: &str| form.get(name).cloned().unwrap_or_default();
    let change = |action: &str| -> AppResult<Change> {
        Ok(match action {
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
        })
    };
    let change = change(&field("action"))?;
    let notify = state.clone();
    with_actor(&state, &user, move |conn, actor| {
        // All or nothing: the same update to twelve reports of one broken lift.
        crate::db::transaction(conn, |conn| {
            let mut announce = vec![];
            for reference in &references {
                let report = queries::visible(conn, actor, reference)?;
                if let Some(event) = events::apply(conn, actor, &report, change.clone())? {
                    announce.push((report.id, event));
                }
            }
            let notifier = Notifier {
                templates: &notify.templates,
                base_url: &notify.config.base_url,
            };
            for (report, event) in announce {
                notifier.report_event(conn, report, event)?;
            }
            Ok(())
        })
    })
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
    user: CurrentUser,
    query: web::Query<WeekQuery>,
) -> AppResult<HttpResponse> {
    authorize(&Actor::of(&user), Action::WorkQueue)?;
    let locale = locale_of(&req, Some(&user));
    let today = Utc::now().date_naive();
    let start = query
        .week
        .as_deref()
        .and_then(|w| NaiveDate::parse_from_str(w, "%Y-%m-%d").ok())
        .unwrap_or(today);
    let monday = start - Duration::days(i64::from(start.weekday().num_days_from_monday()));
    let base_url = state.config.base_url.clone();
    let data = with_actor(&state, &user, move |conn, actor| {
        let from = monday.and_hms_opt(0, 0, 0).unwrap_or_default();
        let to = from + Duration::days(7);
        let planned: Vec<(work::Visit, queries::ReportRow)> = visits::table
            .inner_join(reports::table)
            .filter(visits::technician_id.eq(actor.user_id))
            .filter(visits::status.eq("planned"))
            .filter(visits::starts_at.ge(from).and(visits::starts_at.lt(to)))
            .order(visits::starts_at)
            .select((work::Visit::as_select(), queries::ReportRow::as_select()))
            .load(conn)?;
        let names = views::category_names(conn, locale)?;
        let mut days: Vec<Value> = vec![];
        for offset in 0..7 {
            let day = monday + Duration::days(offset);
            let items = planned
                .iter()
                .filter(|(v, _)| v.starts_at.date() == day)
                .map(|(v, r)| {
                    let summary = views::summary(conn, r, &names, locale)?;
                    Ok(json!({
                        "time": format!("{}–{}", v.starts_at.format("%H:%M"), v.ends_at.format("%H:%M")),
                        "report": summary,
                        "permission": r.permission_to_enter,
                        "change_requested": v.change_requested,
                    }))
                })
                .collect::<AppResult<Vec<_>>>()?;
            days.push(json!({"date": day.format("%d/%m/%Y").to_string(), "weekday": locale.text(&format!("weekday-{}", day.weekday().num_days_from_monday())), "visits": items}));
        }
        let token = calendar::token(conn, actor.user_id)?;
        Ok(json!({
            "days": days,
            "week": monday.format("%d/%m/%Y").to_string(),
            "previous": (monday - Duration::days(7)).format("%Y-%m-%d").to_string(),
            "next": (monday + Duration::days(7)).format("%Y-%m-%d").to_string(),
            "calendar_url": format!("{base_url}/calendar/{token}.ics"),
        }))
    })
    .await?;
    state
        .templates
        .page(&req, Some(&user), "pages/agenda", data)
}

pub async fn renew_feed(
    state: web::Data<AppState>,
    user: CurrentUser,
    _: CsrfForm<super::sign_in::Empty>,
) -> AppResult<HttpResponse> {
    authorize(&Actor::of(&user), Action::WorkQueue)?;
    let id = user.id;
    state
        .db
        .run(move |conn| Ok(calendar::renew(conn, id)?))
        .await?;
    Ok(see_other("/work/agenda?renewed=1"))
}

/// `GET /calendar/{token}.ics`: the token is the credential.
pub async fn feed(state: web::Data<AppState>, name: web::Path<String>) -> AppResult<HttpResponse> {
    let token = name
        .into_inner()
        .strip_suffix(".ics")
        .ok_or(AppError::NotFound)?
        .to_string();
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let base_url = state.config.base_url.clone();
    let body = state
        .db
        .run(move |conn| {
            let (user, locale) = calendar::owner(conn, &token)?.ok_or(AppError::NotFound)?;
            calendar::feed(
                conn,
                user,
                Locale::from_code(&locale).unwrap_or(Locale::DEFAULT),
                &base_url,
            )
        })
        .await?;
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header(("cache-control", "private, max-age=300"))
        .body(body))
}

/// The manager's page for each organisation they manage.
fn team_data(conn: &mut DbConnection, actor: &Actor, locale: Locale) -> AppResult<Value> {
    let now = Utc::now().naive_utc();
    let mut orgs = vec![];
    for org in &actor.manager_of {
        let organisation = crate::places::organisation(conn, *org)?;
        let open: Vec<queries::ReportRow> = reports::table
            .filter(reports::organisation_id.eq(org))
            .filter(reports::status.eq_any(Status::open_codes()))
            .select(queries::ReportRow::as_select())
            .load(conn)?;
        let team = work::colleagues(conn, *org)?
            .into_iter()
            .map(|(id, name)| {
                let mine: Vec<&queries::ReportRow> = open.iter().filter(|r| r.assignee_id == Some(id)).collect();
                let planned: i64 = visits::table
                    .filter(visits::technician_id.eq(id))
                    .filter(visits::status.eq("planned"))
                    .filter(visits::starts_at.ge(now))
                    .count()
                    .get_result(conn)?;
                Ok(json!({"name": name, "open": mine.len(), "overdue": mine.iter().filter(|r| r.overdue(now)).count(), "visits": planned}))
            })
            .collect::<AppResult<Vec<_>>>()?;
        let levels = service_levels::all(conn, *org)?
            .into_iter()
            .map(|(p, t)| json!({"code": p.code(), "label": locale.text(&format!("priority-{}", p.code())), "first_response_hours": t.first_response_hours, "resolution_hours": t.resolution_hours}))
            .collect::<Vec<_>>();
        let names = views::category_names(conn, locale)?;
        let templates = responses::of_organisation(conn, *org)?
            .into_iter()
            .map(|t| json!({"id": t.id, "title": t.title, "body": t.body, "language": t.locale, "category": t.category_id.and_then(|c| names.get(&c)).map(|c| c.name.clone())}))
            .collect::<Vec<_>>();
        orgs.push(json!({
            "id": org,
            "name": organisation.name,
            "open": open.len(),
            "unassigned": open.iter().filter(|r| r.assignee_id.is_none()).count(),
            "overdue": open.iter().filter(|r| r.overdue(now)).count(),
            "team": team,
            "levels": levels,
            "templates": templates,
        }));
    }
    Ok(json!({
        "organisations": orgs,
        "categories": categories::all(conn, locale)?,
        "languages_all": LANGUAGES,
    }))
}

pub async fn team(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    let actor = Actor::of(&user);
    let org = *actor.manager_of.first().ok_or(AppError::NotFound)?;
    authorize(
        &actor,
        Action::ManageOrganisation {
            organisation_id: org,
        },
    )?;
    let locale = locale_of(&req, Some(&user));
    let data = with_actor(&state, &user, move |conn, actor| {
        team_data(conn, actor, locale)
    })
    .await?;
    state.templates.page(&req, Some(&user), "pages/team", data)
}

async fn team_error(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    user: &CurrentUser,
    e: AppError,
) -> AppResult<HttpResponse> {
    match e {
        AppError::Invalid(_) => {
            let locale = locale_of(req, Some(user));
            let mut data = with_actor(state, user, move |conn, actor| {
                team_data(conn, actor, locale)
            })
            .await?;
            data["error"] = json!(e.message().localize(locale));
            state
                .templates
                .page_with_status(req, Some(user), e.status_code(), "pages/team", data)
        }
        other => Err(other),
    }
}

pub async fn set_service_levels(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    org: web::Path<i32>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> AppResult<HttpResponse> {
    let org = org.into_inner();
    authorize(
        &Actor::of(&user),
        Action::ManageOrganisation {
            organisation_id: org,
        },
    )?;
    let result = state
        .db
        .transaction(move |conn| {
            for priority in Priority::ALL {
                let hours = |field: &str| -> AppResult<i32> {
                    form.get(&format!("{field}_{}", priority.code()))
                        .and_then(|v| v.trim().parse().ok())
                        .ok_or_else(|| AppError::invalid("service-level-invalid"))
                };
                let targets = Targets {
                    first_response_hours: hours("first_response")?,
                    resolution_hours: hours("resolution")?,
                };
                service_levels::set(conn, org, priority, targets)?;
            }
            Ok(())
        })
        .await;
    match result {
        Ok(()) => Ok(see_other("/work/team?saved=levels")),
        Err(e) => team_error(&req, &state, &user, e).await,
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
    user: CurrentUser,
    org: web::Path<i32>,
    CsrfForm(form): CsrfForm<TemplateForm>,
) -> AppResult<HttpResponse> {
    let org = org.into_inner();
    authorize(
        &Actor::of(&user),
        Action::ManageOrganisation {
            organisation_id: org,
        },
    )?;
    let result = state
        .db
        .run(move |conn| {
            let category_id = match form.category.as_str() {
                "" => None,
                code => Some(
                    categories::by_code(conn, code, Locale::DEFAULT)?
                        .ok_or_else(|| AppError::invalid("report-category-invalid"))?
                        .id,
                ),
            };
            responses::create(
                conn,
                org,
                &responses::NewTemplate {
                    category_id,
                    locale: &form.locale,
                    title: &form.title,
                    body: &form.body,
                },
            )
        })
        .await;
    match result {
        Ok(()) => Ok(see_other("/work/team?saved=templates#templates")),
        Err(e) => team_error(&req, &state, &user, e).await,
    }
}

pub async fn delete_template(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(i32, i32)>,
    _: CsrfForm<super::sign_in::Empty>,
) -> AppResult<HttpResponse> {
    let (org, id) = path.into_inner();
    authorize(
        &Actor::of(&user),
        Action::ManageOrganisation {
            organisation_id: org,
        },
    )?;
    state
        .db
        .run(move |conn| responses::delete(conn, org, id))
        .await?;
    Ok(see_other("/work/team#templates"))
}

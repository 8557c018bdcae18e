//! Report pages: file one, list mine and my neighbours', follow one to the end.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse, ResponseError};
use serde::Deserialize;
use serde_json::{json, Value};

use super::{report_submit, with_actor};
use crate::auth::csrf::{self, CsrfForm};
use crate::auth::CurrentUser;
use crate::db::DbConnection;
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::media;
use crate::notifications::inbox::{self, Notifier};
use crate::people::Role;
use crate::places;
use crate::policy::{allows, Action, Actor};
use crate::reports::events::{self, Change};
use crate::reports::queries::{self, Filter, ReportRow};
use crate::reports::work::{self, Slot, VisitUpdate};
use crate::reports::{
    categories, photos, views, Location, Priority, Status, Update, DESCRIPTION_MAX, SPOT_MAX,
    TIME_WINDOWS,
};
use crate::web::{locale_of, see_other};
use crate::AppState;

/// `where` on the form: `unit`, `stair`, `building`, `estate`, or `stair:ID` / `building:ID`
/// for a common area a delegate looks after.
fn split_where(raw: &str) -> (String, Option<i32>) {
    match raw.split_once(':') {
        Some((location, id)) => (location.to_string(), id.parse().ok()),
        None => (raw.to_string(), None),
    }
}

#[derive(Deserialize, Default)]
pub struct NewQuery {
    #[serde(rename = "where")]
    place: Option<String>,
    category: Option<String>,
    for_user: Option<i32>,
    unit: Option<String>,
}

/// The places a person can report about, as radio options.
fn place_options(
    actor: &Actor,
    conn: &mut DbConnection,
    locale: Locale,
    homes: &[places::UnitPlace],
) -> AppResult<Vec<Value>> {
    let mut options = vec![];
    if let Some(home) = homes.first() {
        options.push(json!({"value": "unit", "label": locale.text("where-unit"), "hint": locale.text_with("where-unit-hint", &[("floor", home.floor.to_string()), ("number", home.number.clone())])}));
        options.push(json!({"value": "stair", "label": locale.text_with("where-stair", &[("stair", home.stair_name.clone())]), "hint": locale.text("where-stair-hint")}));
        options.push(json!({"value": "building", "label": locale.text("where-building"), "hint": home.address}));
        options.push(json!({"value": "estate", "label": locale.text("where-estate"), "hint": locale.text("where-estate-hint")}));
    }
    for (stair, _) in &actor.delegate_stairs {
        if homes.iter().any(|h| h.stair_id == *stair) {
            continue;
        }
        let s = places::stair(conn, *stair)?;
        options.push(json!({"value": format!("stair:{stair}"), "label": locale.text_with("where-stair", &[("stair", s.name)]), "hint": s.context}));
    }
    for building in &actor.delegate_buildings {
        if homes.iter().any(|h| h.building_id == *building) {
            continue;
        }
        let b = places::building(conn, *building)?;
        options.push(json!({"value": format!("building:{building}"), "label": locale.text("where-building"), "hint": b.name}));
    }
    Ok(options)
}

fn tenant_homes(conn: &mut DbConnection, user_id: i32) -> AppResult<Vec<places::UnitPlace>> {
    Ok(crate::people::grants_of(conn, user_id)?
        .into_iter()
        .filter_map(|g| g.scope_of(Role::Tenant))
        .map(|unit| places::unit_place(conn, unit))
        .collect::<diesel::QueryResult<_>>()?)
}

/// Everything the filing page shows, for the values chosen so far.
fn form_data(
    conn: &mut DbConnection,
    actor: &Actor,
    locale: Locale,
    query: &NewQuery,
) -> AppResult<Value> {
    let mut data = json!({
        "categories": categories::active(conn, locale)?,
        "time_windows": TIME_WINDOWS.iter().map(|w| json!({"value": w, "label": locale.text(&format!("time-window-{w}"))})).collect::<Vec<_>>(),
        "description_max": DESCRIPTION_MAX,
        "spot_max": SPOT_MAX,
        "max_photos": crate::reports::MAX_PHOTOS,
        "max_photo_mb": media::limits::MAX_UPLOAD_BYTES / (1024 * 1024),
        "idempotency_key": uuid::Uuid::new_v4().to_string(),
        "where": query.place,
        "category": query.category,
    });
    let desk = !actor.operator_estates.is_empty();
    let for_user = query.for_user.filter(|id| *id != actor.user_id);
    let homes = match for_user {
        Some(tenant) => {
            let homes = tenant_homes(conn, tenant)?;
            if !desk
                || !homes
                    .iter()
                    .any(|h| actor.operator_estates.contains(&h.estate_id))
            {
                return Err(AppError::NotFound);
            }
            data["for_user"] = json!(tenant);
            data["for_name"] = json!(crate::people::find(conn, tenant)?.name);
            homes
        }
        None => actor.homes.clone(),
    };
    data["desk"] = json!(desk);
    if desk {
        if let Some(code) = query.unit.as_deref().filter(|c| !c.trim().is_empty()) {
            data["unit"] = json!(code);
            let place = places::unit_place_by_code(conn, code)?
                .filter(|p| actor.operator_estates.contains(&p.estate_id));
            let tenants = match &place {
                Some(p) => crate::people::holders_of(conn, Role::Tenant, p.unit_id)?,
                None => vec![],
            };
            data["unit_found"] = json!(place.is_some());
            data["tenants"] = json!(tenants
                .iter()
                .map(|t| json!({"id": t.id, "name": t.name}))
                .collect::<Vec<_>>());
        }
    }
    let options = if for_user.is_some() {
        place_options(
            &Actor {
                delegate_stairs: vec![],
                delegate_buildings: vec![],
                ..actor.clone()
            },
            conn,
            locale,
            &homes,
        )?
    } else {
        place_options(actor, conn, locale, &homes)?
    };
    data["places"] = json!(options);
    // Once place and category are known, open reports there come first: joining one is
    // better than filing the same fault again.
    if let (Some(place), Some(code)) = (query.place.as_deref(), query.category.as_deref()) {
        let (location, place_id) = split_where(place);
        let category = categories::by_code(conn, code, locale)?;
        if let (Some(category), Some(location)) = (category, Location::parse(&location)) {
            let home = homes.first();
            let (stair, building, estate) = match (location, place_id) {
                (Location::Stair, Some(id)) => {
                    use diesel::{QueryDsl, RunQueryDsl};
                    let building = crate::schema::stairs::table
                        .find(id)
                        .select(crate::schema::stairs::building_id)
                        .first::<i32>(conn)
                        .ok();
                    (Some(id), building, home.map(|h| h.estate_id))
                }
                (Location::Building, Some(id)) => (None, Some(id), home.map(|h| h.estate_id)),
                _ => (
                    home.map(|h| h.stair_id),
                    home.map(|h| h.building_id),
                    home.map(|h| h.estate_id),
                ),
            };
            if let Some(estate) = estate.or_else(|| actor.operator_estates.first().copied()) {
                let names = views::category_names(conn, locale)?;
                let similar =
                    queries::similar_open(conn, actor, category.id, stair, building, estate)?;
                let similar = similar
                    .iter()
                    .map(|r| {
                        let mut summary = json!(views::summary(conn, r, &names, locale)?);
                        summary["me_too"] = json!(allows(actor, Action::MeToo(&r.scope())));
                        Ok(summary)
                    })
                    .collect::<AppResult<Vec<_>>>()?;
                data["similar"] = json!(similar);
            }
            data["step_two"] = json!(true);
        }
    }
    Ok(data)
}

pub async fn new_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    query: web::Query<NewQuery>,
) -> AppResult<HttpResponse> {
    let locale = locale_of(&req, Some(&user));
    let data = with_actor(&state, &user, move |conn, actor| {
        form_data(conn, actor, locale, &query)
    })
    .await?;
    state
        .templates
        .page(&req, Some(&user), "pages/report_new", data)
}

/// The form as it was sent, to show it again with its values when something must be fixed.
fn echo(parts: &crate::web::multipart::Parts) -> NewQuery {
    NewQuery {
        place: parts.get("where").map(str::to_string),
        category: parts.get("category").map(str::to_string),
        for_user: parts.get("for_user").and_then(|v| v.parse().ok()),
        unit: None,
    }
}

pub async fn create(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    payload: Multipart,
) -> AppResult<HttpResponse> {
    let parts = report_submit::read(payload).await?;
    csrf::verify(&req, parts.get(csrf::FIELD).unwrap_or_default())?;
    let (location, place_id) = split_where(parts.get("where").unwrap_or_default());
    let mut filing =
        report_submit::filing_of(&parts, parts.get("idempotency_key").map(str::to_string))?;
    filing.location = location;
    filing.place_id = place_id;
    let description = filing.description.clone();
    let spot = filing.spot.clone();
    match report_submit::submit(&state, &user, filing, parts.files.clone()).await {
        Ok(filed) => Ok(see_other(&format!("/reports/{}?filed=1", filed.reference))),
        Err(e @ (AppError::Invalid(_) | AppError::TooLarge(_))) => {
            let locale = locale_of(&req, Some(&user));
            let status = e.status_code();
            let error = e.message().localize(locale);
            let query = echo(&parts);
            let mut data = with_actor(&state, &user, move |conn, actor| {
                form_data(conn, actor, locale, &query)
            })
            .await?;
            data["error"] = json!(error);
            data["description"] = json!(description);
            data["spot"] = json!(spot);
            data["step_two"] = json!(true);
            state
                .templates
                .page_with_status(&req, Some(&user), status, "pages/report_new", data)
        }
        Err(e) => Err(e),
    }
}

pub async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    let locale = locale_of(&req, Some(&user));
    let data = with_actor(&state, &user, move |conn, actor| {
            let names = views::category_names(conn, locale)?;
            let mine = queries::list(conn, actor, &Filter { mine: true, ..Filter::default() })?;
            let around = queries::list(conn, actor, &Filter { open: true, ..Filter::default() })?;
            let summarize = |conn: &mut DbConnection, rows: &[ReportRow]| -> AppResult<Vec<views::Summary>> {
                Ok(rows.iter().map(|r| views::summary(conn, r, &names, locale)).collect::<diesel::QueryResult<_>>()?)
            };
            let around: Vec<ReportRow> = around
                .into_iter()
                .filter(|r| r.filed_for != actor.user_id && r.filed_by != actor.user_id)
                .collect();
            Ok(json!({"mine": summarize(conn, &mine)?, "around": summarize(conn, &around)?, "can_file": !actor.homes.is_empty() || !actor.operator_estates.is_empty() || !actor.delegate_stairs.is_empty() || !actor.delegate_buildings.is_empty()}))
        })
        .await?;
    state
        .templates
        .page(&req, Some(&user), "pages/reports", data)
}

#[derive(Deserialize)]
pub struct ShowQuery {
    filed: Option<String>,
    /// A response template to put in the comment box.
    template: Option<i32>,
}

/// Visits, and for those who work on the report: priority, assignee, colleagues, templates.
fn work_data(
    conn: &mut DbConnection,
    actor: &Actor,
    report: &ReportRow,
    locale: Locale,
) -> AppResult<Value> {
    let triage = allows(actor, Action::Triage(&report.scope()));
    let reporter = report.filed_for == actor.user_id;
    let colleagues = match (triage, report.organisation_id) {
        (true, Some(org)) => work::colleagues(conn, org)?,
        _ => vec![],
    };
    let name_of = |id: i32| colleagues.iter().find(|c| c.0 == id).map(|c| c.1.clone());
    let visits: Vec<Value> = work::visits_of(conn, report.id)?
        .into_iter()
        .map(|v| {
            json!({
                "id": v.id,
                "when": events::visit_time(v.starts_at, v.ends_at),
                "day": v.starts_at.format("%Y-%m-%d").to_string(),
                "from": v.starts_at.format("%H:%M").to_string(),
                "until": v.ends_at.format("%H:%M").to_string(),
                "status": v.status,
                "status_text": locale.text(&format!("visit-status-{}", v.status)),
                "technician": name_of(v.technician_id),
                "notes": v.notes,
                "change_requested": v.change_requested,
                "planned": v.status == "planned",
                "can_request_change": reporter && v.status == "planned",
            })
        })
        .collect();
    let templates = match (triage, report.organisation_id) {
        (true, Some(org)) => {
            let tenant_locale = crate::people::find(conn, report.filed_for)?.locale;
            let category = categories::by_id(conn, report.category_id, locale)?.name;
            let place = views::place_text(conn, report, locale)?;
            crate::reports::responses::for_report(conn, org, report.category_id, &tenant_locale)?
                .into_iter()
                .map(|t| json!({"id": t.id, "title": t.title, "body": crate::reports::responses::fill(&t.body, &report.reference, &category, &place)}))
                .collect()
        }
        _ => vec![],
    };
    Ok(json!({
        "triage": triage,
        "priority": report.priority,
        "priorities": Priority::ALL.iter().rev().map(|p| json!({"code": p.code(), "label": locale.text(&format!("priority-{}", p.code())), "current": p.code() == report.priority})).collect::<Vec<_>>(),
        "assignee": report.assignee_id.and_then(name_of),
        "colleagues": colleagues.iter().map(|(id, name)| json!({"id": id, "name": name, "current": Some(*id) == report.assignee_id})).collect::<Vec<_>>(),
        "visits": visits,
        "templates": templates,
        "time_windows": report.time_windows,
        "response_due": report.response_due_at.filter(|_| report.first_response_at.is_none()).map(views::date),
        "overdue": report.overdue(chrono::Utc::now().naive_utc()),
        "today": chrono::Utc::now().format("%Y-%m-%d").to_string(),
    }))
}

/// Everything the report page shows, and the actions this person may take on it.
fn report_page(
    conn: &mut DbConnection,
    actor: &Actor,
    reference: &str,
    locale: Locale,
) -> AppResult<Value> {
    let report = queries::visible(conn, actor, reference)?;
    let scope = report.scope();
    let staff = allows(
        actor,
        Action::Comment {
            report: &scope,
            public: false,
        },
    );
    let category = categories::by_id(conn, report.category_id, locale)?;
    let reporter = report.filed_for == actor.user_id;
    let timeline = events::load(conn, report.id, staff)?
        .iter()
        .map(|e| events::describe(conn, &report, e, locale, staff || reporter))
        .collect::<diesel::QueryResult<Vec<_>>>()?;
    let status = report.status();
    let transitions: Vec<Value> = Status::ALL
        .into_iter()
        .filter(|to| !matches!(to, Status::Duplicate | Status::NotCompetent))
        // A reporter answers a resolved report with "is it fixed?" instead.
        .filter(|_| !(reporter && status == Status::Resolved))
        .filter(|to| {
            allows(
                actor,
                Action::MoveReport {
                    report: &scope,
                    to: *to,
                },
            )
        })
        .map(|to| json!({"code": to.code(), "label": views::status_text(to, locale)}))
        .collect();
    let organisations: Vec<Value> = if staff
        && allows(
            actor,
            Action::MoveReport {
                report: &scope,
                to: Status::NotCompetent,
            },
        ) {
        use crate::schema::organisations as o;
        use diesel::prelude::*;
        o::table
            .filter(o::id.nullable().ne(report.organisation_id))
            .order(o::name)
            .select((o::code, o::name))
            .load::<(String, String)>(conn)?
            .into_iter()
            .map(|(code, name)| json!({"code": code, "name": name}))
            .collect()
    } else {
        vec![]
    };
    let who_answers = match report.organisation_id {
        Some(org) => places::organisation(conn, org)?.name,
        None => locale.text("report-desk-answers"),
    };
    inbox::mark_read(conn, actor.user_id, report.id)?;
    Ok(json!({
        "reference": report.reference,
        "status": status.code(),
        "status_text": views::status_text(status, locale),
        "next_step": locale.text_with(&format!("next-{}", status.code()), &[("organisation", who_answers.clone())]),
        "who_answers": who_answers,
        "expected": report.expected_by().filter(|_| status.is_open()).map(views::date),
        "category": category,
        "place": views::place_text(conn, &report, locale)?,
        "spot": report.spot,
        "description": report.description,
        "created": views::date(report.created_at),
        "private": report.private,
        "in_unit": report.location() == Location::Unit,
        "permission_to_enter": report.permission_to_enter,
        "time_windows": report.time_windows.split(',').filter(|w| !w.is_empty()).map(|w| locale.text(&format!("time-window-{w}"))).collect::<Vec<_>>(),
        "photos": photos::of_report(conn, report.id)?,
        "timeline": timeline,
        "me_too_count": queries::me_too_count(conn, report.id)?,
        "following": queries::follows(conn, report.id, actor.user_id)?,
        "can": {
            "me_too": allows(actor, Action::MeToo(&scope)),
            "comment": allows(actor, Action::Comment { report: &scope, public: true }),
            "note": staff,
            "confirm": reporter && status == Status::Resolved,
            "duplicate": allows(actor, Action::MoveReport { report: &scope, to: Status::Duplicate }),
            "transfer": !organisations.is_empty(),
            "redirect": allows(actor, Action::MoveReport { report: &scope, to: Status::NotCompetent }),
        },
        "transitions": transitions,
        "organisations": organisations,
        "work": work_data(conn, actor, &report, locale)?,
    }))
}

async fn render_report(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    user: &CurrentUser,
    reference: String,
    extra: Value,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let locale = locale_of(req, Some(user));
    let mut data = with_actor(state, user, move |conn, actor| {
        report_page(conn, actor, &reference, locale)
    })
    .await?;
    if let (Value::Object(data), Value::Object(extra)) = (&mut data, extra) {
        data.extend(extra);
    }
    state
        .templates
        .page_with_status(req, Some(user), status, "pages/report", data)
}

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    reference: web::Path<String>,
    query: web::Query<ShowQuery>,
) -> AppResult<HttpResponse> {
    render_report(
        &req,
        &state,
        &user,
        reference.into_inner(),
        json!({"filed": query.filed.is_some(), "template": query.template}),
        StatusCode::OK,
    )
    .await
}

/// `POST /reports/{ref}/visits/{id}/done` (and the API's twin): notes, outcome and "after"
/// photos, multipart like filing.
pub async fn complete_visit(
    state: &web::Data<AppState>,
    user: &CurrentUser,
    reference: String,
    visit: i32,
    parts: crate::web::multipart::Parts,
) -> AppResult<String> {
    let outcome = match parts.get("outcome") {
        Some("in_progress") => Status::InProgress,
        Some("resolved") | None => Status::Resolved,
        Some(_) => return Err(AppError::invalid("report-status-invalid")),
    };
    let notes = parts.get("notes").unwrap_or_default().to_string();
    let data_dir = state.config.data_dir.clone();
    let uploads = parts.files;
    let saved = tokio::task::spawn_blocking(move || photos::process_and_save(&data_dir, &uploads))
        .await
        .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("photo processing")))??;
    let kept = saved.clone();
    let notify = state.clone();
    let result = with_actor(state, user, move |conn, actor| {
        let report = queries::visible(conn, actor, &reference)?;
        let event = work::complete(conn, actor, &report, visit, &notes, outcome, &kept)?;
        Notifier {
            templates: &notify.templates,
            base_url: &notify.config.base_url,
        }
        .report_event(conn, report.id, event)?;
        Ok(report.reference)
    })
    .await;
    if result.is_err() {
        photos::remove_all(&state.config.data_dir, &saved);
    }
    result
}

pub async fn visit_done(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, i32)>,
    payload: Multipart,
) -> AppResult<HttpResponse> {
    let (reference, visit) = path.into_inner();
    let parts = report_submit::read(payload).await?;
    csrf::verify(&req, parts.get(csrf::FIELD).unwrap_or_default())?;
    match complete_visit(&state, &user, reference.clone(), visit, parts).await {
        Ok(reference) => Ok(see_other(&format!("/reports/{reference}#timeline"))),
        Err(e @ (AppError::Invalid(_) | AppError::TooLarge(_))) => {
            let error = e.message().localize(locale_of(&req, Some(&user)));
            render_report(
                &req,
                &state,
                &user,
                reference,
                json!({"error": error}),
                e.status_code(),
            )
            .await
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
pub struct ActionForm {
    action: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    duplicate_of: String,
    #[serde(default)]
    transfer_to: String,
    #[serde(default)]
    priority: String,
    #[serde(default)]
    assignee: String,
    #[serde(default)]
    technician: String,
    #[serde(default)]
    visit_id: String,
    #[serde(default)]
    day: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    until: String,
}

impl ActionForm {
    fn update(self) -> AppResult<Update> {
        let number = |v: &str| {
            v.trim()
                .parse::<i32>()
                .map_err(|_| AppError::invalid("error-form-invalid"))
        };
        Ok(match self.action.as_str() {
            "priority" => Update::Report(Change::SetPriority {
                to: Priority::parse(&self.priority)
                    .ok_or_else(|| AppError::invalid("report-priority-invalid"))?,
            }),
            "assign" => Update::Report(Change::Assign {
                to: if self.assignee.is_empty() {
                    None
                } else {
                    Some(number(&self.assignee)?)
                },
            }),
            "visit" => Update::Visit(VisitUpdate::Schedule {
                technician: number(&self.technician)?,
                slot: Slot::parse(&self.day, &self.from, &self.until)?,
            }),
            "visit_reschedule" => Update::Visit(VisitUpdate::Reschedule {
                visit: number(&self.visit_id)?,
                slot: Slot::parse(&self.day, &self.from, &self.until)?,
                reason: self.body,
            }),
            "visit_cancel" => Update::Visit(VisitUpdate::Cancel {
                visit: number(&self.visit_id)?,
                reason: self.body,
            }),
            "visit_change" => Update::Visit(VisitUpdate::RequestChange {
                visit: number(&self.visit_id)?,
                message: self.body,
            }),
            _ => Update::Report(self.change()?),
        })
    }

    fn change(self) -> AppResult<Change> {
        let status = |code: &str| {
            Status::parse(code).ok_or_else(|| AppError::invalid("report-status-invalid"))
        };
        Ok(match self.action.as_str() {
            "comment" => Change::Comment {
                body: self.body,
                public: true,
            },
            "note" => Change::Comment {
                body: self.body,
                public: false,
            },
            "transition" => Change::Transition {
                to: status(&self.to)?,
                body: self.body,
            },
            "fixed" => Change::Transition {
                to: Status::Closed,
                body: self.body,
            },
            "not_fixed" => Change::Transition {
                to: Status::Received,
                body: self.body,
            },
            "redirect" => Change::Transition {
                to: Status::NotCompetent,
                body: self.body,
            },
            "duplicate" => Change::Duplicate {
                of: self.duplicate_of,
                body: self.body,
            },
            "transfer" => Change::Transfer {
                to_organisation: self.transfer_to,
                body: self.body,
            },
            _ => return Err(AppError::invalid("error-form-invalid")),
        })
    }
}

/// Applies a change and tells the followers. Shared by the page and the API. Returns the
/// reference and whether the actor can still see the report (a transfer takes it away).
pub async fn change(
    state: &web::Data<AppState>,
    user: &CurrentUser,
    reference: String,
    update: Update,
) -> AppResult<(String, bool)> {
    let notify_state = state.clone();
    with_actor(state, user, move |conn, actor| {
        let report = queries::visible(conn, actor, &reference)?;
        if let Some(event) = crate::reports::apply(conn, actor, &report, update)? {
            Notifier {
                templates: &notify_state.templates,
                base_url: &notify_state.config.base_url,
            }
            .report_event(conn, report.id, event)?;
        }
        let still_visible = queries::visible(conn, actor, &report.reference).is_ok();
        Ok((report.reference, still_visible))
    })
    .await
}

pub async fn act(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    reference: web::Path<String>,
    CsrfForm(form): CsrfForm<ActionForm>,
) -> AppResult<HttpResponse> {
    let reference = reference.into_inner();
    let body = form.body.clone();
    let result = match form.update() {
        Ok(c) => change(&state, &user, reference.clone(), c).await,
        Err(e) => Err(e),
    };
    match result {
        Ok((reference, true)) => Ok(see_other(&format!("/reports/{reference}#timeline"))),
        Ok((_, false)) => Ok(see_other("/")),
        Err(e @ AppError::Invalid(_)) => {
            let error = e.message().localize(locale_of(&req, Some(&user)));
            render_report(
                &req,
                &state,
                &user,
                reference,
                json!({"error": error, "body": body}),
                e.status_code(),
            )
            .await
        }
        Err(e) => Err(e),
    }
}

pub async fn me_too(
    state: web::Data<AppState>,
    user: CurrentUser,
    reference: web::Path<String>,
    _: CsrfForm<super::sign_in::Empty>,
) -> AppResult<HttpResponse> {
    let reference = reference.into_inner();
    let reference = with_actor(&state, &user, move |conn, actor| {
        let report = queries::visible(conn, actor, &reference)?;
        events::me_too(conn, actor, &report)?;
        Ok(report.reference)
    })
    .await?;
    Ok(see_other(&format!("/reports/{reference}")))
}

/// A report's photo (`KEY.jpg`) or thumbnail (`KEY.thumb.jpg`), for those who may see it.
pub async fn photo(
    state: web::Data<AppState>,
    user: CurrentUser,
    name: web::Path<String>,
) -> AppResult<HttpResponse> {
    let name = name.into_inner();
    let (key, thumbnail) = match name.strip_suffix(".thumb.jpg") {
        Some(key) => (key.to_string(), true),
        None => (
            name.strip_suffix(".jpg")
                .ok_or(AppError::NotFound)?
                .to_string(),
            false,
        ),
    };
    if !media::store::is_valid_key(&key) {
        return Err(AppError::NotFound);
    }
    let lookup = key.clone();
    state
        .db
        .run(move |conn| {
            let actor = Actor::load(conn, &user)?;
            let report_id = photos::report_of(conn, &lookup)?.ok_or(AppError::NotFound)?;
            let report = queries::by_id(conn, report_id)?;
            crate::policy::authorize(&actor, Action::ViewReport(&report.scope()))
        })
        .await?;
    let dir = &state.config.data_dir;
    let path = if thumbnail {
        media::store::thumbnail_path(dir, &key)
    } else {
        media::store::display_path(dir, &key)
    }
    .ok_or(AppError::NotFound)?;
    let bytes = tokio::fs::read(path)
        .await
        .map_err(|_| AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type("image/jpeg")
        .insert_header(("cache-control", "private, max-age=86400"))
        .insert_header(("x-content-type-options", "nosniff"))
        .body(bytes))
}

//! Notices: the posting form, a notice's page, and what people do with it — edit, remove,
//! approve, say "seen", move works on — and its image and A4 print view.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::core::error::{AppError, AppResult};
use crate::i18n::LANGUAGES;
use crate::media::store::Rendition;
use crate::media::uploads::with_photos;
use crate::notices::detail::{self, NoticeDetail};
use crate::notices::form::{self, NoticeForm};
use crate::notices::store::{self, Draft, Text};
use crate::notices::{Kind, Progress};
use crate::web::csrf::{self, CsrfForm};
use crate::web::errors::{on_form, shown};
use crate::web::forms;
use crate::web::multipart::Parts;
use crate::web::print::Sheet;
use crate::web::{safe_next, see_other, AppState, SignedIn};

fn day(raw: Option<&str>) -> AppResult<Option<NaiveDate>> {
    match raw.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => NaiveDate::parse_from_str(v, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| AppError::invalid("notice-dates-invalid")),
    }
}

fn at(date: Option<NaiveDate>, time: NaiveTime) -> Option<NaiveDateTime> {
    date.map(|d| d.and_time(time))
}

/// A notice as the posting form sends it (multipart, for the image); times are local.
fn draft_of(parts: &Parts) -> AppResult<Draft> {
    let get = |name: &str| parts.get(name);
    let flag = |name: &str| matches!(get(name), Some("yes" | "on" | "true" | "1"));
    let kind = Kind::parse(get("kind").unwrap_or_default())
        .ok_or_else(|| AppError::invalid("notice-kind-invalid"))?;
    let (level, place_id) = forms::place_of(get("where").unwrap_or_default())?;
    let midnight = NaiveTime::MIN;
    let end_of_day = NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN);
    let event_time = match get("event_time").map(str::trim).filter(|t| !t.is_empty()) {
        None => midnight,
        Some(t) => NaiveTime::parse_from_str(t, "%H:%M")
            .map_err(|_| AppError::invalid("notice-dates-invalid"))?,
    };
    Ok(Draft {
        kind,
        level,
        place_id,
        texts: LANGUAGES
            .iter()
            .map(|l| Text {
                locale: l.code.to_string(),
                title: get(&format!("title_{}", l.code))
                    .unwrap_or_default()
                    .to_string(),
                body: get(&format!("body_{}", l.code))
                    .unwrap_or_default()
                    .to_string(),
            })
            .collect(),
        urgent: flag("urgent"),
        pinned: flag("pinned"),
        starts_at: at(day(get("starts"))?, midnight),
        expires_at: at(day(get("expires"))?, end_of_day),
        event_at: at(day(get("event_day"))?, event_time),
        event_place: get("event_place").map(str::to_string),
        works_from: at(day(get("works_from"))?, midnight),
        works_until: at(day(get("works_until"))?, end_of_day),
        services: parts.all("services"),
        progress: get("progress").and_then(Progress::parse),
    })
}

/// The posting form, again after a refusal with what was typed.
#[derive(Serialize)]
struct FormPage {
    #[serde(flatten)]
    form: NoticeForm,
    error: Option<String>,
}

pub async fn new_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
) -> AppResult<HttpResponse> {
    let read = |conn: &mut _, actor: &_, locale| form::form(conn, actor, locale, None);
    let wrap = |form| FormPage { form, error: None };
    state
        .show(&req, me, "pages/notice_form", StatusCode::OK, read, wrap)
        .await
}

pub async fn create(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    payload: Multipart,
) -> AppResult<HttpResponse> {
    let parts = forms::read_report(payload).await?;
    csrf::verify(&req, parts.get(csrf::FIELD).unwrap_or_default())?;
    let posted = match draft_of(&parts) {
        Ok(draft) => {
            let actor = me.actor.clone();
            let store = move |conn: &mut _, saved: &[crate::media::uploads::SavedPhoto]| {
                let id = store::post(conn, &actor, &draft, saved.first().map(|p| p.key.as_str()))?;
                Ok((id, true))
            };
            with_photos(&state.db, &state.photos, parts.files.clone(), 1, store).await
        }
        Err(e) => Err(e),
    };
    match posted {
        Ok(id) => Ok(see_other(&format!("/notices/{id}?posted=1"))),
        Err(e) => {
            let (status, error) = on_form(e, &req)?;
            let read = |conn: &mut _, actor: &_, locale| form::form(conn, actor, locale, None);
            let wrap = |form| FormPage {
                form,
                error: Some(error),
            };
            state
                .show(&req, me, "pages/notice_form", status, read, wrap)
                .await
        }
    }
}

#[derive(Deserialize)]
pub struct NoticeQuery {
    posted: Option<String>,
}

/// A notice's page, with what the page adds: the "posted" note, or why a change was refused.
#[derive(Serialize)]
struct NoticePage {
    #[serde(flatten)]
    detail: NoticeDetail,
    posted: bool,
    error: Option<String>,
}

pub(super) async fn render(
    req: &HttpRequest,
    state: &AppState,
    me: SignedIn,
    id: i32,
    posted: bool,
    error: Option<AppError>,
) -> AppResult<HttpResponse> {
    let (status, error) = shown(error, req)?;
    let read = move |conn: &mut _, actor: &_, locale| detail::load(conn, actor, id, locale);
    let wrap = |detail| NoticePage {
        detail,
        posted,
        error,
    };
    state
        .show(req, me, "pages/notice", status, read, wrap)
        .await
}

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    query: web::Query<NoticeQuery>,
) -> AppResult<HttpResponse> {
    render(
        &req,
        &state,
        me,
        id.into_inner(),
        query.posted.is_some(),
        None,
    )
    .await
}

pub async fn edit_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let read = move |conn: &mut _, actor: &_, locale| form::for_edit(conn, actor, id, locale);
    let wrap = |form| FormPage { form, error: None };
    state
        .show(&req, me, "pages/notice_form", StatusCode::OK, read, wrap)
        .await
}

pub async fn edit(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    payload: Multipart,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let parts = forms::read_report(payload).await?;
    csrf::verify(&req, parts.get(csrf::FIELD).unwrap_or_default())?;
    let result = match draft_of(&parts) {
        Ok(draft) => {
            let actor = me.actor.clone();
            state
                .db
                .run(move |conn| store::edit(conn, &actor, id, &draft))
                .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => Ok(see_other(&format!("/notices/{id}"))),
        Err(e) => render(&req, &state, me, id, false, Some(e)).await,
    }
}

#[derive(Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    progress: String,
    /// The page the button was on (a board), to go back to.
    next: Option<String>,
}

/// `remove`, `approve`, `seen` or `progress`, from the buttons on a notice's page.
pub async fn act(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    path: web::Path<(i32, String)>,
    CsrfForm(form): CsrfForm<ActionForm>,
) -> AppResult<HttpResponse> {
    let (id, action) = path.into_inner();
    let actor = me.actor.clone();
    let back = form
        .next
        .as_deref()
        .map(|next| safe_next(Some(next)))
        .unwrap_or_else(|| format!("/notices/{id}"));
    let result = state
        .db
        .run(move |conn| match action.as_str() {
            "remove" => store::remove(conn, &actor, id, &form.reason),
            "approve" => store::approve(conn, &actor, id),
            "seen" => store::mark_seen(conn, &actor, id),
            "progress" => {
                let progress = Progress::parse(&form.progress)
                    .ok_or_else(|| AppError::invalid("notice-progress-invalid"))?;
                store::set_progress(conn, &actor, id, progress)
            }
            _ => Err(AppError::NotFound),
        })
        .await;
    match result {
        Ok(()) => Ok(see_other(&back)),
        Err(e) => render(&req, &state, me, id, false, Some(e)).await,
    }
}

/// A notice's picture (`image.jpg`) or thumbnail (`image.thumb.jpg`).
pub async fn image(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    path: web::Path<(i32, String)>,
) -> AppResult<HttpResponse> {
    let (id, name) = path.into_inner();
    let copy = match name.as_str() {
        "image.jpg" => Rendition::Display,
        "image.thumb.jpg" => Rendition::Thumbnail,
        _ => return Err(AppError::NotFound),
    };
    let actor = me.actor;
    let key = state
        .db
        .run(move |conn| store::image_key(conn, &actor, id))
        .await?;
    crate::web::files::photo(&req, &state.photos, &key, copy).await
}

/// The notice on A4 for the hall, with QR codes to it and to its place's report form.
pub async fn print(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let base = state.config.base_url.clone();
    let locale = me.locale;
    let read = move |conn: &mut _, actor: &_, locale| detail::load(conn, actor, id, locale);
    let wrap = |detail: NoticeDetail| {
        let notice_url = format!("{base}/notices/{id}");
        let report_url = format!("{base}/reports/new?where={}", detail.report_where);
        Sheet::linked(detail, locale, notice_url, report_url)
    };
    state
        .show(&req, me, "pages/notice_print", StatusCode::OK, read, wrap)
        .await
}

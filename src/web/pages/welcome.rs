//! The welcome kit: read in one's language, printed, written by the desk (and proposed by
//! delegates).

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};

use crate::core::error::{AppError, AppResult};
use crate::web::csrf::CsrfForm;
use crate::web::errors::shown;
use crate::web::print::Sheet;
use crate::web::{see_other, AppState, SignedIn};
use crate::welcome::edit::{self, Editor, SectionText};
use crate::welcome::kit::{self, Kit};
use crate::welcome::SectionPlace;

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct KitQuery {
    pub estate: Option<i32>,
    pub building: Option<i32>,
}

impl KitQuery {
    /// The kit asked for, if any (else the reader's own).
    fn asked(&self) -> Option<SectionPlace> {
        self.estate.map(|estate| SectionPlace {
            estate,
            building: self.building,
        })
    }
}

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<KitQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    state
        .read_page(&req, me, "pages/welcome", move |conn, actor, locale| {
            kit::kit(conn, actor, query.asked(), locale)
        })
        .await
}

/// The kit on A4 sheets.
pub async fn print(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<KitQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    let locale = me.locale;
    let read = move |conn: &mut _, actor: &_, locale| kit::kit(conn, actor, query.asked(), locale);
    let wrap = |kit: Kit| Sheet::plain(kit, locale);
    state
        .show(&req, me, "pages/welcome_print", StatusCode::OK, read, wrap)
        .await
}

#[derive(Serialize)]
struct EditorPage {
    #[serde(flatten)]
    editor: Editor,
    error: Option<String>,
}

async fn editor(
    req: &HttpRequest,
    state: &AppState,
    me: SignedIn,
    query: KitQuery,
    error: Option<AppError>,
) -> AppResult<HttpResponse> {
    let (status, error) = shown(error, req)?;
    let read =
        move |conn: &mut _, actor: &_, locale| edit::editor(conn, actor, query.asked(), locale);
    let wrap = |editor| EditorPage { editor, error };
    state
        .show(req, me, "pages/welcome_edit", status, read, wrap)
        .await
}

pub async fn edit_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<KitQuery>,
) -> AppResult<HttpResponse> {
    editor(&req, &state, me, query.into_inner(), None).await
}

#[derive(Deserialize)]
pub struct SectionForm {
    estate: i32,
    building: Option<i32>,
    topic: String,
    locale: String,
    title: String,
    #[serde(default)]
    body: String,
}

pub async fn save(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    CsrfForm(form): CsrfForm<SectionForm>,
) -> AppResult<HttpResponse> {
    let at = SectionPlace {
        estate: form.estate,
        building: form.building,
    };
    let query = KitQuery {
        estate: Some(form.estate),
        building: form.building,
    };
    let text = SectionText {
        topic: form.topic,
        locale: form.locale,
        title: form.title,
        body: form.body,
    };
    let actor = me.actor.clone();
    let saved = state
        .db
        .run(move |conn| edit::save(conn, &actor, at, &text))
        .await;
    match saved {
        Ok(()) => Ok(see_other(&format!(
            "/welcome/edit?{}",
            serde_urlencoded::to_string(&query).unwrap_or_default()
        ))),
        Err(e) => editor(&req, &state, me, query, Some(e)).await,
    }
}

#[derive(Deserialize)]
pub struct ReviewForm {
    decision: String,
}

pub async fn review(
    state: web::Data<AppState>,
    me: SignedIn,
    proposal: web::Path<i32>,
    CsrfForm(form): CsrfForm<ReviewForm>,
) -> AppResult<HttpResponse> {
    let approve = match form.decision.as_str() {
        "approve" => true,
        "reject" => false,
        _ => return Err(AppError::invalid("error-form-invalid")),
    };
    let (actor, proposal) = (me.actor, proposal.into_inner());
    state
        .db
        .run(move |conn| edit::review(conn, &actor, proposal, approve))
        .await?;
    Ok(see_other("/welcome/edit"))
}

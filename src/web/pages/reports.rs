//! Report pages: my reports and my neighbours', one report followed to the end, and what
//! people do on it (comment, move, triage, visits, "me too"), and its photos.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};

use crate::core::error::{AppError, AppResult};
use crate::reports::detail::{self, ReportDetail};
use crate::reports::{self, changes, photos, views};
use crate::web::csrf::{self, CsrfForm};
use crate::web::errors::on_form;
use crate::web::forms;
use crate::web::update::UpdateRequest;
use crate::web::{see_other, AppState, SignedIn};

pub async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
) -> AppResult<HttpResponse> {
    state
        .read_page(&req, me, "pages/reports", |conn, actor, locale| {
            views::my_reports(conn, actor, locale)
        })
        .await
}

#[derive(Deserialize)]
pub struct ShowQuery {
    filed: Option<String>,
    /// A response template to put in the comment box.
    template: Option<i32>,
}

/// The report page, with what the page itself adds: the "filed" note, a chosen template, and
/// after a refusal, why and what was typed.
#[derive(Serialize)]
struct ReportPage {
    #[serde(flatten)]
    detail: ReportDetail,
    filed: bool,
    template: Option<i32>,
    error: Option<String>,
    body: Option<String>,
}

async fn render(
    req: &HttpRequest,
    state: &AppState,
    me: SignedIn,
    reference: String,
    page: impl FnOnce(ReportDetail) -> ReportPage,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let read = move |conn: &mut _, actor: &_, locale| detail::load(conn, actor, &reference, locale);
    state
        .show(req, me, "pages/report", status, read, page)
        .await
}

/// The report page again with the reason a change was refused.
async fn refused(
    req: &HttpRequest,
    state: &AppState,
    me: SignedIn,
    reference: String,
    error: AppError,
    body: Option<String>,
) -> AppResult<HttpResponse> {
    let (status, error) = on_form(error, req)?;
    let page = |detail| ReportPage {
        detail,
        filed: false,
        template: None,
        error: Some(error),
        body,
    };
    render(req, state, me, reference, page, status).await
}

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    reference: web::Path<String>,
    query: web::Query<ShowQuery>,
) -> AppResult<HttpResponse> {
    let page = |detail| ReportPage {
        detail,
        filed: query.filed.is_some(),
        template: query.template,
        error: None,
        body: None,
    };
    render(
        &req,
        &state,
        me,
        reference.into_inner(),
        page,
        StatusCode::OK,
    )
    .await
}

pub async fn act(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    reference: web::Path<String>,
    CsrfForm(form): CsrfForm<UpdateRequest>,
) -> AppResult<HttpResponse> {
    let reference = reference.into_inner();
    let typed = form.body().to_string();
    let result = match form.parse() {
        Ok(update) => {
            let (actor, asked) = (me.actor.clone(), reference.clone());
            state
                .db
                .run(move |conn| reports::update(conn, &actor, &asked, update))
                .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(updated) if updated.still_visible => Ok(see_other(&format!(
            "/reports/{}#timeline",
            updated.reference
        ))),
        Ok(_) => Ok(see_other("/")),
        Err(e) => refused(&req, &state, me, reference, e, Some(typed)).await,
    }
}

pub async fn me_too(
    state: web::Data<AppState>,
    me: SignedIn,
    reference: web::Path<String>,
    _: CsrfForm<super::sign_in::Empty>,
) -> AppResult<HttpResponse> {
    let reference = reference.into_inner();
    let actor = me.actor;
    let reference = state
        .db
        .run(move |conn| changes::me_too(conn, &actor, &reference))
        .await?;
    Ok(see_other(&format!("/reports/{reference}")))
}

/// `POST /reports/{ref}/visits/{id}/done`: notes, outcome and "after" photos, multipart.
pub async fn visit_done(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    path: web::Path<(String, i32)>,
    payload: Multipart,
) -> AppResult<HttpResponse> {
    let (reference, visit) = path.into_inner();
    let parts = forms::read_report(payload).await?;
    csrf::verify(&req, parts.get(csrf::FIELD).unwrap_or_default())?;
    let done = match forms::visit_report(visit, &parts) {
        Ok(done) => {
            let asked = reference.clone();
            reports::complete_visit(
                &state.db,
                &state.photos,
                &me.actor,
                asked,
                done,
                parts.files,
            )
            .await
        }
        Err(e) => Err(e),
    };
    match done {
        Ok(reference) => Ok(see_other(&format!("/reports/{reference}#timeline"))),
        Err(e) => refused(&req, &state, me, reference, e, None).await,
    }
}

/// A report's photo (`KEY.jpg`) or thumbnail (`KEY.thumb.jpg`), for those who may see it.
///
/// The API serves it too, at the addresses its reports give, hence its document here.
#[utoipa::path(
    get,
    path = "/media/{name}",
    tag = "reports",
    responses(
        (status = 200, description = "The JPEG", content(("image/jpeg"))),
        (status = 404, response = crate::web::errors::ApiError),
    )
)]
pub async fn photo(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    name: web::Path<String>,
) -> AppResult<HttpResponse> {
    let actor = me.actor;
    let (key, copy) = state
        .db
        .run(move |conn| photos::file_for(conn, &actor, &name))
        .await?;
    crate::web::files::photo(&req, &state.photos, &key, copy).await
}

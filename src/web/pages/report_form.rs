//! Filing a report from the page: the body parsed within limits into a filing
//! ([`crate::web::forms`], which the API shares), then the domain checks, processes the photos
//! and files.

use actix_multipart::Multipart;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Serialize;

use crate::core::error::AppResult;
use crate::reports::filing;
use crate::reports::form::{self, Chosen, FilingForm};
use crate::web::errors::on_form;
use crate::web::forms;
use crate::web::{csrf, kept_pages};
use crate::web::{see_other, AppState, SignedIn};

pub async fn new_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    chosen: web::Query<Chosen>,
) -> AppResult<HttpResponse> {
    let chosen = chosen.into_inner();
    state
        .read_page(&req, me, "pages/report_new", move |conn, actor, locale| {
            // Each answer gets a key of its own, also when the page is answered as kept.
            let fresh = |form| FilingForm {
                idempotency_key: kept_pages::FRESH_KEY.to_string(),
                ..form
            };
            form::form(conn, actor, locale, &chosen).map(fresh)
        })
        .await
}

/// The form again after a refusal, with what was typed and why.
#[derive(Serialize)]
struct Refused {
    #[serde(flatten)]
    form: FilingForm,
    error: String,
}

pub async fn create(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    payload: Multipart,
) -> AppResult<HttpResponse> {
    let parts = forms::read_report(payload).await?;
    csrf::verify(&req, parts.get(csrf::FIELD).unwrap_or_default())?;
    let key = parts.get("idempotency_key").map(str::to_string);
    let filed = match forms::filing_of(&parts, key) {
        Ok(filing) => {
            filing::submit(
                &state.db,
                &state.photos,
                &me.actor,
                filing,
                parts.files.clone(),
            )
            .await
        }
        Err(e) => Err(e),
    };
    let error = match filed {
        Ok(filed) => return Ok(see_other(&format!("/reports/{}?filed=1", filed.reference))),
        Err(e) => e,
    };
    let (status, error) = on_form(error, &req)?;
    let chosen = Chosen {
        place: parts.get("where").map(str::to_string),
        category: parts.get("category").map(str::to_string),
        for_user: forms::number(&parts, "for_user").ok().flatten(),
        unit: None,
    };
    let read = move |conn: &mut _, actor: &_, locale| form::form(conn, actor, locale, &chosen);
    let refused = |mut form: FilingForm| {
        form.description = parts.get("description").unwrap_or_default().to_string();
        form.spot = parts.get("spot").unwrap_or_default().to_string();
        form.step_two = true;
        Refused { form, error }
    };
    state
        .show(&req, me, "pages/report_new", status, read, refused)
        .await
}

//! `/transparency`: a building's contracts, expenses and each household's share; the desk
//! enters them one by one or imports a CSV file.

use std::collections::HashMap;

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Serialize;

use crate::core::error::{AppError, AppResult};
use crate::transparency::import::{self, Kind};
use crate::transparency::page::{self, Accounts, AccountsQuery};
use crate::web::csrf::{self, CsrfForm};
use crate::web::errors::shown;
use crate::web::multipart::{self, Limits};
use crate::web::{see_other, AppState, SignedIn};

#[derive(Serialize)]
struct AccountsPage {
    #[serde(flatten)]
    accounts: Accounts,
    error: Option<String>,
    /// Each bad line of an imported file, by number.
    problems: Vec<String>,
    imported: Option<usize>,
}

async fn render(
    req: &HttpRequest,
    state: &AppState,
    me: SignedIn,
    query: AccountsQuery,
    error: Option<AppError>,
    problems: Vec<String>,
    imported: Option<usize>,
) -> AppResult<HttpResponse> {
    let (mut status, error) = shown(error, req)?;
    if !problems.is_empty() {
        status = StatusCode::UNPROCESSABLE_ENTITY;
    }
    let read =
        move |conn: &mut _, actor: &_, locale| page::accounts(conn, actor, query.clone(), locale);
    let wrap = |accounts| AccountsPage {
        accounts,
        error,
        problems,
        imported,
    };
    state
        .show(req, me, "pages/transparency", status, read, wrap)
        .await
}

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<AccountsQuery>,
) -> AppResult<HttpResponse> {
    render(&req, &state, me, query.into_inner(), None, vec![], None).await
}

/// One line entered by hand: `kind` names what, the other fields its columns.
pub async fn enter(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<AccountsQuery>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> AppResult<HttpResponse> {
    let kind = form
        .get("kind")
        .and_then(|k| Kind::parse(k))
        .ok_or_else(|| AppError::invalid("error-form-invalid"))?;
    let actor = me.actor.clone();
    let entered = state
        .db
        .run(move |conn| {
            let field = |name: &str| form.get(name).cloned().unwrap_or_default();
            import::enter(conn, &actor, kind, field)
        })
        .await;
    let query = query.into_inner();
    match entered {
        Ok(()) => Ok(see_other(&format!(
            "/transparency?{}",
            serde_urlencoded::to_string(&query).unwrap_or_default()
        ))),
        Err(e) => render(&req, &state, me, query, Some(e), vec![], None).await,
    }
}

const LIMITS: Limits = Limits {
    max_files: 1,
    max_file_bytes: 2 * 1024 * 1024,
    max_text_bytes: 1024,
    max_fields: 10,
};

/// A CSV file of contracts, expenses or shares: all of it, or nothing and every line's problem.
pub async fn upload(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<AccountsQuery>,
    payload: Multipart,
) -> AppResult<HttpResponse> {
    let parts = multipart::read(payload, "file", &LIMITS).await?;
    csrf::verify(&req, parts.get(csrf::FIELD).unwrap_or_default())?;
    let query = query.into_inner();
    let kind = parts
        .get("kind")
        .and_then(Kind::parse)
        .ok_or_else(|| AppError::invalid("error-form-invalid"))?;
    let file = parts.files.first().cloned().unwrap_or_default();
    let actor = me.actor.clone();
    let imported = state
        .db
        .run(move |conn| import::import(conn, &actor, kind, &file))
        .await;
    match imported {
        Ok(Ok(lines)) => render(&req, &state, me, query, None, vec![], Some(lines)).await,
        Ok(Err(problems)) => {
            let locale = me.locale;
            let problems = problems
                .iter()
                .map(|p| {
                    locale.text_with(
                        "import-line",
                        &[
                            ("line", p.line.to_string()),
                            ("problem", p.problem.localize(locale)),
                        ],
                    )
                })
                .collect();
            render(&req, &state, me, query, None, problems, None).await
        }
        Err(e) => render(&req, &state, me, query, Some(e), vec![], None).await,
    }
}

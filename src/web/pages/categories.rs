//! The category editor (admins): names in each language, default priority, routing, retiring.

use std::collections::HashMap;

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Serialize;

use crate::core::error::{AppError, AppResult};
use crate::i18n::LANGUAGES;
use crate::reports::category_editor::{self, CategoryEdit, CategoryEditor};
use crate::web::csrf::CsrfForm;
use crate::web::errors::shown;
use crate::web::{see_other, AppState, SignedIn};

#[derive(Serialize)]
struct EditorPage {
    #[serde(flatten)]
    editor: CategoryEditor,
    error: Option<String>,
}

async fn render(
    req: &HttpRequest,
    state: &AppState,
    me: SignedIn,
    error: Option<AppError>,
) -> AppResult<HttpResponse> {
    let (status, error) = shown(error, req)?;
    let wrap = |editor| EditorPage { editor, error };
    let read = category_editor::editor;
    state
        .show(req, me, "pages/categories", status, read, wrap)
        .await
}

pub async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
) -> AppResult<HttpResponse> {
    render(&req, &state, me, None).await
}

/// The form's fields: `name_<language>` for each language, `priority`, `routing`, `active`.
fn edit_of(form: &HashMap<String, String>) -> CategoryEdit {
    let field = |name: &str| form.get(name).cloned().unwrap_or_default();
    CategoryEdit {
        names: LANGUAGES
            .iter()
            .filter_map(|l| {
                let name = form.get(&format!("name_{}", l.code))?;
                Some((l.code.to_string(), name.clone()))
            })
            .collect(),
        priority: field("priority"),
        routing: field("routing"),
        active: form.contains_key("active"),
    }
}

pub async fn update(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    code: web::Path<String>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> AppResult<HttpResponse> {
    let code = code.into_inner();
    let edit = edit_of(&form);
    let (actor, target) = (me.actor.clone(), code.clone());
    let result = state
        .db
        .run(move |conn| category_editor::save(conn, &actor, &target, edit))
        .await;
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/categories?saved={code}#category-{code}"
        ))),
        Err(e) => render(&req, &state, me, Some(e)).await,
    }
}

//! The category editor: managers and admins name, prioritise and route categories of fault.

use actix_web::{web, HttpRequest, HttpResponse, ResponseError};
use diesel::prelude::*;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::auth::csrf::CsrfForm;
use crate::auth::CurrentUser;
use crate::db::DbConnection;
use crate::error::{AppError, AppResult};
use crate::i18n::{Locale, LANGUAGES};
use crate::policy::{authorize, Action, Actor};
use crate::reports::categories::{self, CategoryChanges, Routing};
use crate::reports::Priority;
use crate::schema::organisations;
use crate::web::{locale_of, see_other};
use crate::AppState;

fn editor(conn: &mut DbConnection, locale: Locale) -> AppResult<Value> {
    let orgs: Vec<(i32, String, String)> = organisations::table
        .order(organisations::name)
        .select((organisations::id, organisations::code, organisations::name))
        .load(conn)?;
    let list = categories::all(conn, locale)?
        .into_iter()
        .map(|c| {
            let names = categories::names_of(conn, c.id)?;
            let routing = match (c.route_to_desk, c.route_to_organisation_id) {
                (true, _) => "desk".to_string(),
                (false, Some(org)) => orgs.iter().find(|o| o.0 == org).map(|o| o.1.clone()).unwrap_or_default(),
                (false, None) => "owner".to_string(),
            };
            Ok(json!({
                "code": c.code,
                "icon": c.icon,
                "name": c.name,
                "active": c.active,
                "priority": c.default_priority,
                "routing": routing,
                "names": LANGUAGES.iter().map(|l| json!({
                    "code": l.code,
                    "language": l.native_name,
                    "value": names.iter().find(|(loc, _)| loc == l.code).map(|n| n.1.clone()).unwrap_or_default(),
                })).collect::<Vec<_>>(),
            }))
        })
        .collect::<AppResult<Vec<_>>>()?;
    Ok(json!({
        "categories": list,
        "priorities": Priority::ALL.iter().map(|p| json!({"code": p.code(), "label": locale.text(&format!("priority-{}", p.code()))})).collect::<Vec<_>>(),
        "organisations": orgs.iter().map(|(_, code, name)| json!({"code": code, "name": name})).collect::<Vec<_>>(),
    }))
}

pub async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    authorize(&Actor::of(&user), Action::EditCategories)?;
    let locale = locale_of(&req, Some(&user));
    let data = state.db.run(move |conn| editor(conn, locale)).await?;
    state
        .templates
        .page(&req, Some(&user), "pages/categories", data)
}

#[derive(Deserialize)]
pub struct CategoryForm {
    #[serde(default)]
    name_it: String,
    #[serde(default)]
    name_en: String,
    priority: String,
    routing: String,
    active: Option<String>,
}

pub async fn update(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    code: web::Path<String>,
    CsrfForm(form): CsrfForm<CategoryForm>,
) -> AppResult<HttpResponse> {
    authorize(&Actor::of(&user), Action::EditCategories)?;
    let code = code.into_inner();
    let target = code.clone();
    let result = state
        .db
        .run(move |conn| {
            let routing = match form.routing.as_str() {
                "owner" => Routing::Owner,
                "desk" => Routing::Desk,
                org => Routing::Organisation(
                    organisations::table
                        .filter(organisations::code.eq(org))
                        .select(organisations::id)
                        .first::<i32>(conn)
                        .optional()?
                        .ok_or_else(|| AppError::invalid("category-routing-invalid"))?,
                ),
            };
            let changes = CategoryChanges {
                names: vec![("it".into(), form.name_it), ("en".into(), form.name_en)],
                default_priority: Priority::parse(&form.priority)
                    .ok_or_else(|| AppError::invalid("category-priority-invalid"))?,
                routing,
                active: form.active.is_some(),
            };
            categories::update(conn, &target, &changes)
        })
        .await;
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/categories?saved={code}#category-{code}"
        ))),
        Err(e @ AppError::Invalid(_)) => {
            let locale = locale_of(&req, Some(&user));
            let mut data = state.db.run(move |conn| editor(conn, locale)).await?;
            data["error"] = json!(e.message().localize(locale));
            state.templates.page_with_status(
                &req,
                Some(&user),
                e.status_code(),
                "pages/categories",
                data,
            )
        }
        Err(e) => Err(e),
    }
}

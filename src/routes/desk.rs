//! The desk: operators register tenants who have no e-mail and print their activation letter.

use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Utc;
use serde::Deserialize;
use serde_json::json;

use crate::auth::csrf::CsrfForm;
use crate::auth::sign_in;
use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult, Message};
use crate::i18n::{Locale, LANGUAGES};
use crate::people::{self, Grant, NewUser, Role};
use crate::places;
use crate::policy::{allows, Action, Actor};
use crate::web::locale_of;
use crate::AppState;

/// Only those who can register someone somewhere see the form at all.
fn may_register_somewhere(user: &CurrentUser) -> AppResult<()> {
    if user.has(Role::Operator) || user.has(Role::Admin) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

pub async fn new_tenant_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    may_register_somewhere(&user)?;
    state.templates.page(
        &req,
        Some(&user),
        "pages/desk_new_tenant",
        json!({"languages_all": LANGUAGES, "form": {"locale": "it"}}),
    )
}

#[derive(Deserialize, serde::Serialize)]
pub struct TenantForm {
    name: String,
    unit_code: String,
    locale: String,
}

pub async fn register_tenant(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    CsrfForm(form): CsrfForm<TenantForm>,
) -> AppResult<HttpResponse> {
    may_register_somewhere(&user)?;
    let operator = user.clone();
    let name = form.name.clone();
    let unit_code = form.unit_code.clone();
    let locale = Locale::from_code(&form.locale).unwrap_or(Locale::DEFAULT);
    let result = state
        .db
        .transaction(move |conn| {
            let name = people::parse_name(&name)?;
            // An unknown unit and one outside the operator's estate read the same.
            let unknown =
                || AppError::Invalid(Message::new("unit-unknown").with("code", &unit_code));
            let place = places::unit_place_by_code(conn, &unit_code)?.ok_or_else(unknown)?;
            if !allows(&Actor::of(&operator), Action::RegisterTenant(&place)) {
                return Err(unknown());
            }
            let tenant = people::create(
                conn,
                &NewUser {
                    name: &name,
                    email: None,
                    username: None,
                    password_hash: None,
                    locale: locale.code(),
                    created_at: Utc::now().naive_utc(),
                },
            )?;
            people::grant(
                conn,
                tenant.id,
                Grant::new(Role::Tenant, Some(place.unit_id)),
                Some(operator.id),
            )?;
            let code =
                sign_in::issue_activation_code(conn, place.unit_id, tenant.id, Some(operator.id))?;
            Ok((tenant.name, place, code))
        })
        .await;
    match result {
        Ok((name, place, code)) => state.templates.page(
            &req,
            Some(&user),
            "pages/activation_letter",
            json!({
                "tenant": name,
                "place": place,
                "code": code,
                "letter_lang": locale.code(),
                "activate_url": format!("{}/activate", state.config.base_url),
                "valid_days": sign_in::ACTIVATION_CODE_DAYS,
            }),
        ),
        Err(AppError::Invalid(message)) => {
            use actix_web::ResponseError;
            let status = AppError::Invalid(message.clone()).status_code();
            state.templates.page_with_status(
                &req,
                Some(&user),
                status,
                "pages/desk_new_tenant",
                json!({
                    "languages_all": LANGUAGES,
                    "form": form,
                    "error": message.localize(locale_of(&req, Some(&user))),
                }),
            )
        }
        Err(other) => Err(other),
    }
}

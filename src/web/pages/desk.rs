//! The desk: operators register tenants who have no e-mail (with their mobile number, if they
//! have one) and print their activation letter.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};

use crate::access::{authorize, Action};
use crate::auth::CurrentUser;
use crate::core::error::AppResult;
use crate::i18n::{Language, Locale, LANGUAGES};
use crate::people::Phone;
use crate::web::csrf::CsrfForm;
use crate::web::errors::on_form;
use crate::web::AppState;
use crate::welcome::handover;

#[derive(Deserialize, Serialize, Default)]
pub struct TenantForm {
    name: String,
    unit_code: String,
    #[serde(default)]
    phone: String,
    locale: String,
}

#[derive(Serialize)]
struct RegisterView {
    languages_all: &'static [Language],
    form: TenantForm,
    error: Option<String>,
}

pub async fn new_tenant_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    authorize(&user.actor(), Action::OpenDesk)?;
    let view = RegisterView {
        languages_all: LANGUAGES,
        form: TenantForm {
            locale: "it".into(),
            ..TenantForm::default()
        },
        error: None,
    };
    state.page(&req, Some(&user), "pages/desk_new_tenant", &view)
}

pub async fn register_tenant(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    CsrfForm(form): CsrfForm<TenantForm>,
) -> AppResult<HttpResponse> {
    let actor = user.actor();
    authorize(&actor, Action::OpenDesk)?;
    let (name, unit_code) = (form.name.clone(), form.unit_code.clone());
    let locale = Locale::from_code(&form.locale).unwrap_or(Locale::DEFAULT);
    let base_url = state.config.base_url.clone();
    let phone = match form.phone.trim() {
        "" => Ok(None),
        typed => Phone::parse(typed).map(Some),
    };
    let registered = match phone {
        Ok(phone) => {
            state
                .db
                .run(move |conn| {
                    let phone = phone.as_ref();
                    handover::register(conn, &actor, &name, &unit_code, phone, locale, &base_url)
                })
                .await
        }
        Err(e) => Err(e),
    };
    match registered {
        Ok(letter) => state.page(&req, Some(&user), "pages/activation_letter", &letter),
        Err(e) => {
            let (status, error) = on_form(e, &req)?;
            let view = RegisterView {
                languages_all: LANGUAGES,
                form,
                error: Some(error),
            };
            state.page_with_status(&req, Some(&user), status, "pages/desk_new_tenant", &view)
        }
    }
}

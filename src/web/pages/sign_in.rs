//! Signing in and out: password, magic link by e-mail, code by SMS, paper activation code.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::auth::session::{self, NewSession, SessionKind};
use crate::auth::sign_in::{self, Activation, Letters};
use crate::auth::{account, CurrentUser};
use crate::auth::{phone_codes, phone_sign_in};
use crate::core::error::{AppError, AppResult};
use crate::people::Phone;
use crate::web::csrf::CsrfForm;
use crate::web::errors::on_form;
use crate::web::extract::{clear_session_cookie, client_address, session_cookie, MaybeUser};
use crate::web::local_path::LocalPath;
use crate::web::{see_other, AppState};

#[derive(Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    next: LocalPath,
}

#[derive(Deserialize)]
pub struct Empty {}

/// The sign-in page: password, a link by mail, or a code by SMS.
#[derive(Serialize, Default)]
struct LoginView {
    next: LocalPath,
    login: Option<String>,
    error: Option<String>,
    link_error: Option<String>,
    phone: Option<String>,
    phone_error: Option<String>,
}

/// Where the code sent by SMS is typed.
#[derive(Serialize)]
struct PhoneCodeView {
    phone: String,
    minutes: i64,
    error: Option<String>,
}

/// The paper-code page, with what was typed when something must be fixed.
#[derive(Serialize, Default)]
struct ActivateView {
    code: Option<String>,
    username: Option<String>,
    error: Option<String>,
}

fn signed_in(state: &AppState, session: NewSession, next: &LocalPath) -> HttpResponse {
    let mut res = see_other(next.as_str());
    let cookie = session_cookie(session.token, state.config.secure_cookies());
    // Setting a cookie on a fresh response cannot fail.
    let _ = res.add_cookie(&cookie);
    res
}

pub async fn form(
    req: HttpRequest,
    state: web::Data<AppState>,
    MaybeUser(user): MaybeUser,
    query: web::Query<NextQuery>,
) -> AppResult<HttpResponse> {
    let next = query.into_inner().next;
    if user.is_some() {
        return Ok(see_other(next.as_str()));
    }
    let view = LoginView {
        next,
        ..LoginView::default()
    };
    state.page(&req, None, "pages/login", &view)
}

#[derive(Deserialize)]
pub struct LoginForm {
    login: String,
    password: String,
    #[serde(default)]
    next: LocalPath,
}

pub async fn with_password(
    req: HttpRequest,
    state: web::Data<AppState>,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> AppResult<HttpResponse> {
    let next = form.next.clone();
    let address = client_address(&req);
    let keys = state.keys.clone();
    let templates = state.templates.clone();
    let base_url = state.config.base_url.clone();
    let login = form.login.clone();
    let result = state
        .db
        .run(move |conn| {
            let letters = Letters {
                templates: &templates,
                base_url: &base_url,
            };
            sign_in::with_password(
                conn,
                &keys,
                &letters,
                &login,
                &form.password,
                &address,
                SessionKind::Web,
            )
        })
        .await;
    match result {
        Ok((_, session)) => Ok(signed_in(&state, session, &next)),
        Err(e) => {
            let (status, error) = on_form(e, &req)?;
            let view = LoginView {
                next,
                login: Some(form.login),
                error: Some(error),
                ..LoginView::default()
            };
            state.page_with_status(&req, None, status, "pages/login", &view)
        }
    }
}

#[derive(Deserialize)]
pub struct LinkRequest {
    email: String,
}

/// Always answers the same way, whether or not the address has an account.
pub async fn request_link(
    req: HttpRequest,
    state: web::Data<AppState>,
    CsrfForm(form): CsrfForm<LinkRequest>,
) -> AppResult<HttpResponse> {
    let address = client_address(&req);
    let templates = state.templates.clone();
    let base_url = state.config.base_url.clone();
    let sent = state
        .db
        .run(move |conn| {
            account::send_magic_link(conn, &templates, &base_url, &address, &form.email)
        })
        .await;
    if let Err(e) = sent {
        let (status, error) = on_form(e, &req)?;
        let view = LoginView {
            next: LocalPath::home(),
            link_error: Some(error),
            ..LoginView::default()
        };
        return state.page_with_status(&req, None, status, "pages/login", &view);
    }
    let view = json!({"minutes": sign_in::MAGIC_LINK_MINUTES});
    state.page(&req, None, "pages/link_sent", &view)
}

#[derive(Deserialize)]
pub struct PhoneRequest {
    phone: String,
}

/// Answers with the page for the code whether or not the number is registered; only a number
/// that cannot be a mobile one is sent back to be corrected.
pub async fn request_phone_code(
    req: HttpRequest,
    state: web::Data<AppState>,
    CsrfForm(form): CsrfForm<PhoneRequest>,
) -> AppResult<HttpResponse> {
    let address = client_address(&req);
    let sent = match Phone::parse(&form.phone) {
        Ok(phone) => {
            let to = phone.clone();
            state
                .db
                .run(move |conn| phone_sign_in::send_code(conn, &address, &to))
                .await
                .map(|()| phone)
        }
        Err(e) => Err(e),
    };
    match sent {
        Ok(phone) => {
            let view = PhoneCodeView {
                phone: phone.as_str().to_string(),
                minutes: phone_codes::CODE_MINUTES,
                error: None,
            };
            state.page(&req, None, "pages/phone_code", &view)
        }
        Err(e) => {
            let (status, error) = on_form(e, &req)?;
            let view = LoginView {
                phone: Some(form.phone),
                phone_error: Some(error),
                ..LoginView::default()
            };
            state.page_with_status(&req, None, status, "pages/login", &view)
        }
    }
}

#[derive(Deserialize)]
pub struct PhoneCodeForm {
    phone: String,
    code: String,
}

pub async fn use_phone_code(
    req: HttpRequest,
    state: web::Data<AppState>,
    CsrfForm(form): CsrfForm<PhoneCodeForm>,
) -> AppResult<HttpResponse> {
    let address = client_address(&req);
    let keys = state.keys.clone();
    let typed = form.code.clone();
    let signed = match Phone::parse(&form.phone) {
        Ok(phone) => {
            state
                .db
                .run(move |conn| phone_sign_in::with_code(conn, &keys, &address, &phone, &typed))
                .await
        }
        Err(e) => Err(e),
    };
    match signed {
        Ok((_, session)) => Ok(signed_in(&state, session, &LocalPath::home())),
        Err(e) => {
            let (status, error) = on_form(e, &req)?;
            let view = PhoneCodeView {
                phone: form.phone,
                minutes: phone_codes::CODE_MINUTES,
                error: Some(error),
            };
            state.page_with_status(&req, None, status, "pages/phone_code", &view)
        }
    }
}

/// Opening the link only shows a button: mail scanners that follow links must not use it up.
pub async fn confirm_link(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let view = json!({"token": token.into_inner()});
    state.page(&req, None, "pages/link_confirm", &view)
}

pub async fn use_link(
    state: web::Data<AppState>,
    token: web::Path<String>,
    _: CsrfForm<Empty>,
) -> AppResult<HttpResponse> {
    let keys = state.keys.clone();
    let token = token.into_inner();
    let (_, session) = state
        .db
        .run(move |conn| sign_in::with_magic_link(conn, &keys, &token))
        .await?;
    Ok(signed_in(&state, session, &LocalPath::home()))
}

pub async fn activation_form(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    state.page(&req, None, "pages/activate", &ActivateView::default())
}

#[derive(Deserialize)]
pub struct ActivationForm {
    code: String,
    username: String,
    password: String,
    password_confirm: String,
}

pub async fn activate(
    req: HttpRequest,
    state: web::Data<AppState>,
    CsrfForm(form): CsrfForm<ActivationForm>,
) -> AppResult<HttpResponse> {
    let address = client_address(&req);
    let keys = state.keys.clone();
    let mut view = ActivateView {
        code: Some(form.code.clone()),
        username: Some(form.username.clone()),
        error: None,
    };
    let result = if form.password != form.password_confirm {
        Err(AppError::invalid("password-mismatch"))
    } else {
        state
            .db
            .run(move |conn| {
                let activation = Activation {
                    code: &form.code,
                    username: &form.username,
                    password: &form.password,
                };
                sign_in::with_activation_code(conn, &keys, &activation, &address)
            })
            .await
    };
    match result {
        Ok((_, session)) => Ok(signed_in(&state, session, &LocalPath::home())),
        Err(e) => {
            let (status, error) = on_form(e, &req)?;
            view.error = Some(error);
            state.page_with_status(&req, None, status, "pages/activate", &view)
        }
    }
}

fn signed_out(state: &AppState) -> HttpResponse {
    let mut res = see_other("/login");
    let _ = res.add_cookie(&clear_session_cookie(state.config.secure_cookies()));
    res
}

pub async fn sign_out(
    state: web::Data<AppState>,
    user: CurrentUser,
    _: CsrfForm<Empty>,
) -> AppResult<HttpResponse> {
    let sid = user.session_id.clone();
    state
        .db
        .run(move |conn| Ok(session::revoke(conn, &sid)?))
        .await?;
    Ok(signed_out(&state))
}

pub async fn sign_out_everywhere(
    state: web::Data<AppState>,
    user: CurrentUser,
    _: CsrfForm<Empty>,
) -> AppResult<HttpResponse> {
    state
        .db
        .run(move |conn| Ok(session::revoke_all(conn, user.id)?))
        .await?;
    Ok(signed_out(&state))
}

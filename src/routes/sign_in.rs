//! Signing in and out: password, magic link by e-mail, paper activation code.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse, ResponseError};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::auth::csrf::CsrfForm;
use crate::auth::session::{self, NewSession, SessionKind};
use crate::auth::sign_in::{self, Activation};
use crate::auth::throttle::Buckets;
use crate::auth::{self, client_address, CurrentUser, MaybeUser};
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::notifications::{compose::compose, outbox};
use crate::people;
use crate::web::{locale_of, safe_next, see_other};
use crate::AppState;

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

#[derive(Deserialize)]
pub struct Empty {}

/// Errors a person can fix are shown on the form they came from; the rest go up.
fn on_form(
    result: AppError,
    req: &HttpRequest,
    user: Option<&CurrentUser>,
) -> AppResult<(StatusCode, String)> {
    match result {
        AppError::Invalid(_)
        | AppError::Conflict(_)
        | AppError::RateLimited
        | AppError::BadCredentials => {
            let text = result.message().localize(locale_of(req, user));
            Ok((result.status_code(), text))
        }
        other => Err(other),
    }
}

fn signed_in(state: &AppState, session: NewSession, next: &str) -> HttpResponse {
    let mut res = see_other(next);
    let cookie = auth::session_cookie(session.token, state.config.secure_cookies());
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
    let next = safe_next(query.next.as_deref());
    if user.is_some() {
        return Ok(see_other(&next));
    }
    state
        .templates
        .page(&req, None, "pages/login", json!({"next": next}))
}

#[derive(Deserialize)]
pub struct LoginForm {
    login: String,
    password: String,
    next: Option<String>,
}

pub async fn with_password(
    req: HttpRequest,
    state: web::Data<AppState>,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> AppResult<HttpResponse> {
    let next = safe_next(form.next.as_deref());
    let address = client_address(&req);
    let keys = state.keys.clone();
    let login = form.login.clone();
    let result = state
        .db
        .run(move |conn| {
            sign_in::with_password(
                conn,
                &keys,
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
            let (status, error) = on_form(e, &req, None)?;
            state.templates.page_with_status(
                &req,
                None,
                status,
                "pages/login",
                json!({"next": next, "error": error, "login": form.login}),
            )
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
    let email = form.email.clone();
    let attempt = state
        .db
        .run(move |conn| {
            let buckets = Buckets::address("magic-link", &address);
            buckets.check(conn)?;
            buckets.record(conn)?;
            Ok(people::find_by_email(conn, &email)?)
        })
        .await;
    let user = match attempt {
        Ok(user) => user,
        Err(e) => {
            let (status, error) = on_form(e, &req, None)?;
            return state.templates.page_with_status(
                &req,
                None,
                status,
                "pages/login",
                json!({"next": "/", "link_error": error}),
            );
        }
    };
    if let Some(user) = user.filter(|u| u.email.is_some()) {
        let mail_state = state.clone();
        state
            .db
            .transaction(move |conn| {
                let token = sign_in::issue_magic_link(conn, user.id)?;
                let locale = Locale::from_code(&user.locale).unwrap_or(Locale::DEFAULT);
                let link = format!("{}/login/link/{token}", mail_state.config.base_url);
                let mail = compose(
                    &mail_state.templates,
                    user.email.as_deref().unwrap_or_default(),
                    locale,
                    "magic_link",
                    json!({"name": user.name, "link": link, "minutes": sign_in::MAGIC_LINK_MINUTES}),
                )?;
                outbox::enqueue(conn, &mail)?;
                Ok(())
            })
            .await?;
    }
    state.templates.page(
        &req,
        None,
        "pages/link_sent",
        json!({"minutes": sign_in::MAGIC_LINK_MINUTES}),
    )
}

/// Opening the link only shows a button: mail scanners that follow links must not use it up.
pub async fn confirm_link(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    state.templates.page(
        &req,
        None,
        "pages/link_confirm",
        json!({"token": token.into_inner()}),
    )
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
    Ok(signed_in(&state, session, "/"))
}

pub async fn activation_form(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    state
        .templates
        .page(&req, None, "pages/activate", json!({}))
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
    let echo: Value = json!({"code": form.code, "username": form.username});
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
        Ok((_, session)) => Ok(signed_in(&state, session, "/")),
        Err(e) => {
            let (status, error) = on_form(e, &req, None)?;
            let mut data = echo;
            data["error"] = error.into();
            state
                .templates
                .page_with_status(&req, None, status, "pages/activate", data)
        }
    }
}

fn signed_out(state: &AppState) -> HttpResponse {
    let mut res = see_other("/login");
    let _ = res.add_cookie(&auth::clear_session_cookie(state.config.secure_cookies()));
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

//! The signed-in person's own account: profile, password, and the language switcher.

use actix_web::cookie::Cookie;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use crate::auth::csrf::CsrfForm;
use crate::auth::{session, CurrentUser, MaybeUser};
use crate::error::{AppError, AppResult};
use crate::i18n::{Locale, LANG_COOKIE};
use crate::people::{self, password, ProfileChanges};
use crate::policy::{authorize, Action, Actor};
use crate::web::{safe_next, see_other};
use crate::AppState;

#[derive(Deserialize)]
pub struct SavedQuery {
    saved: Option<String>,
}

pub async fn profile(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    query: web::Query<SavedQuery>,
) -> AppResult<HttpResponse> {
    render(&req, &state, &user, query.saved.as_deref(), None)
}

fn render(
    req: &HttpRequest,
    state: &AppState,
    user: &CurrentUser,
    saved: Option<&str>,
    error: Option<(actix_web::http::StatusCode, String)>,
) -> AppResult<HttpResponse> {
    let status = error
        .as_ref()
        .map_or(actix_web::http::StatusCode::OK, |e| e.0);
    state.templates.page_with_status(
        req,
        Some(user),
        status,
        "pages/profile",
        json!({
            "email": user.email,
            "username": user.username,
            "saved": saved,
            "error": error.map(|e| e.1),
            "min_password": password::MIN_LENGTH,
        }),
    )
}

fn show_error(
    req: &HttpRequest,
    state: &AppState,
    user: &CurrentUser,
    error: AppError,
) -> AppResult<HttpResponse> {
    match error {
        AppError::Invalid(_) | AppError::Conflict(_) => {
            use actix_web::ResponseError;
            let locale = Locale::negotiate(req, Some(&user.locale));
            let text = error.message().localize(locale);
            render(req, state, user, None, Some((error.status_code(), text)))
        }
        other => Err(other),
    }
}

#[derive(Deserialize)]
pub struct ProfileForm {
    locale: String,
    email: Option<String>,
}

pub async fn update_profile(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    CsrfForm(form): CsrfForm<ProfileForm>,
) -> AppResult<HttpResponse> {
    authorize(&Actor::of(&user), Action::EditProfile { user_id: user.id })?;
    let parsed = (|| {
        let locale = Locale::from_code(&form.locale)
            .ok_or_else(|| AppError::invalid("locale-invalid"))?
            .code()
            .to_string();
        let email = match form.email.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(raw) => Some(people::parse_email(raw)?),
        };
        Ok::<_, AppError>(ProfileChanges { locale, email })
    })();
    let changes = match parsed {
        Ok(changes) => changes,
        Err(e) => return show_error(&req, &state, &user, e),
    };
    let user_id = user.id;
    match state
        .db
        .run(move |conn| people::update_profile(conn, user_id, &changes))
        .await
    {
        Ok(()) => Ok(see_other("/profile?saved=profile")),
        Err(e) => show_error(&req, &state, &user, e),
    }
}

#[derive(Deserialize)]
pub struct PasswordForm {
    current: String,
    new: String,
    confirm: String,
}

/// A new password signs out every other device: whoever knew the old one is out.
pub async fn change_password(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> AppResult<HttpResponse> {
    authorize(&Actor::of(&user), Action::EditProfile { user_id: user.id })?;
    let user_id = user.id;
    let keep = user.session_id.clone();
    let result = state
        .db
        .run(move |conn| {
            let account = people::find(conn, user_id)?;
            if !password::verify(&form.current, account.password_hash.as_deref()) {
                return Err(AppError::invalid("password-current-wrong"));
            }
            if form.new != form.confirm {
                return Err(AppError::invalid("password-mismatch"));
            }
            password::check_new(&form.new)?;
            let hash = password::hash(&form.new)?;
            crate::db::transaction(conn, |conn| {
                people::set_password(conn, user_id, &hash)?;
                session::revoke_all(conn, user_id)?;
                // …except this one, which the person is using right now.
                diesel::update(crate::schema::sessions::table.find(&keep))
                    .set(crate::schema::sessions::revoked_at.eq(None::<chrono::NaiveDateTime>))
                    .execute(conn)?;
                Ok(())
            })
        })
        .await;
    match result {
        Ok(()) => Ok(see_other("/profile?saved=password")),
        Err(e) => show_error(&req, &state, &user, e),
    }
}

#[derive(Deserialize)]
pub struct LanguageForm {
    locale: String,
    next: Option<String>,
}

/// The switcher on every page: remembered in a cookie, and in the profile when signed in.
pub async fn switch_language(
    state: web::Data<AppState>,
    MaybeUser(user): MaybeUser,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> AppResult<HttpResponse> {
    let locale =
        Locale::from_code(&form.locale).ok_or_else(|| AppError::invalid("locale-invalid"))?;
    if let Some(user) = user {
        state
            .db
            .run(move |conn| Ok(people::set_locale(conn, user.id, locale.code())?))
            .await?;
    }
    let mut res = see_other(&safe_next(form.next.as_deref()));
    let cookie = Cookie::build(LANG_COOKIE, locale.code())
        .path("/")
        .secure(state.config.secure_cookies())
        .same_site(actix_web::cookie::SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::days(365))
        .finish();
    let _ = res.add_cookie(&cookie);
    Ok(res)
}

use diesel::prelude::*;

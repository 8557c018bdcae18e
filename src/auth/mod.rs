//! Who is asking: sessions, sign-in methods, CSRF, and the signed-in user as an extractor.

pub mod csrf;
pub mod session;
pub mod sign_in;
pub mod throttle;

use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};

use crate::error::AppError;
use crate::people::{self, Grant};
use crate::AppState;

pub const SESSION_COOKIE: &str = "portineria_session";

/// The signed-in person, with the roles in force right now.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: i32,
    pub name: String,
    pub email: Option<String>,
    pub username: Option<String>,
    pub locale: String,
    pub grants: Vec<Grant>,
    pub session_id: String,
}

impl CurrentUser {
    pub fn has(&self, role: people::Role) -> bool {
        self.grants.iter().any(|g| g.role == role)
    }

    /// The scopes on which this person holds `role`.
    pub fn scopes(&self, role: people::Role) -> impl Iterator<Item = i32> + '_ {
        self.grants.iter().filter_map(move |g| g.scope_of(role))
    }
}

/// Pages authenticate with the session cookie, the API with a bearer token: keeping them apart
/// means a cookie can never authorize an API call a cross-site page forged.
fn token_of(req: &HttpRequest) -> Option<String> {
    if req.path().starts_with("/api/") {
        let header = req.headers().get("authorization")?.to_str().ok()?;
        let (scheme, token) = header.split_once(' ')?;
        scheme
            .eq_ignore_ascii_case("bearer")
            .then(|| token.trim().to_string())
    } else {
        req.cookie(SESSION_COOKIE).map(|c| c.value().to_string())
    }
}

/// Resolves the caller once per request; later extractors reuse the result.
async fn authenticate(req: &HttpRequest) -> Result<Option<CurrentUser>, AppError> {
    if let Some(found) = req.extensions().get::<Option<CurrentUser>>() {
        return Ok(found.clone());
    }
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("application state missing")))?
        .clone();
    let claims = token_of(req).and_then(|t| state.keys.verify(&t));
    let user = match claims {
        None => None,
        Some((user_id, session_id)) => {
            state
                .db
                .run(move |conn| {
                    if !session::is_live(conn, user_id, &session_id)? {
                        return Ok(None);
                    }
                    let user = people::find(conn, user_id)?;
                    let grants = people::grants_of(conn, user_id)?;
                    Ok(Some(CurrentUser {
                        id: user.id,
                        name: user.name,
                        email: user.email,
                        username: user.username,
                        locale: user.locale,
                        grants,
                        session_id,
                    }))
                })
                .await?
        }
    };
    if let Some(user) = &user {
        if let Some(span) = req.extensions().get::<tracing_actix_web::RootSpan>() {
            span.record("user_id", user.id);
        }
    }
    req.extensions_mut().insert(user.clone());
    Ok(user)
}

impl FromRequest for CurrentUser {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { authenticate(&req).await?.ok_or(AppError::Unauthenticated) })
    }
}

/// The signed-in person if there is one (sign-in pages, the language switcher).
pub struct MaybeUser(pub Option<CurrentUser>);

impl FromRequest for MaybeUser {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { authenticate(&req).await.map(MaybeUser) })
    }
}

/// The user already resolved for this request, if any (error pages use it for the language).
pub fn resolved_user(req: &HttpRequest) -> Option<CurrentUser> {
    req.extensions()
        .get::<Option<CurrentUser>>()
        .cloned()
        .flatten()
}

pub fn session_cookie(token: String, secure: bool) -> Cookie<'static> {
    Cookie::build(SESSION_COOKIE, token)
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::days(
            session::WEB_LIFETIME_DAYS,
        ))
        .finish()
}

pub fn clear_session_cookie(secure: bool) -> Cookie<'static> {
    let mut cookie = session_cookie(String::new(), secure);
    cookie.make_removal();
    cookie
}

/// The caller's address for rate limits: the TCP peer (a proxy in front must be trusted to
/// pass it on; see README, "Behind a reverse proxy").
pub fn client_address(req: &HttpRequest) -> String {
    req.peer_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

//! Who is asking, and in which language: the signed-in person as an extractor (from the
//! session cookie on pages, a bearer token on the API), with or without the places their roles
//! cover, and the language negotiated for the request.

use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};

use super::AppState;
use crate::access::Actor;
use crate::auth::{self, session, CurrentUser};
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::i18n::{Asked, Locale, LANG_COOKIE};

pub const SESSION_COOKIE: &str = "portineria_session";

/// Pages authenticate with the session cookie, the API with a bearer token: keeping them apart
/// means a cookie can never authorize an API call a cross-site page forged.
pub(super) fn token_of(req: &HttpRequest) -> Option<String> {
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

fn state_of(req: &HttpRequest) -> Result<web::Data<AppState>, AppError> {
    req.app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("application state missing")))
}

/// Resolves the caller once per request; later extractors reuse the result.
async fn authenticate(req: &HttpRequest) -> Result<Option<CurrentUser>, AppError> {
    if let Some(known) = req.extensions().get::<Option<CurrentUser>>() {
        return Ok(known.clone());
    }
    Ok(identify_with(req, |_, _| Ok(()))
        .await?
        .map(|(user, ())| user))
}

/// The caller named by the request's token and what `also` reads for them, in one trip to the
/// database (a trip is a hop to a blocking thread, which under load costs more than the
/// reads). The caller is kept on the request for later extractors.
async fn identify_with<T: Send + 'static>(
    req: &HttpRequest,
    also: fn(&mut DbConnection, &CurrentUser) -> AppResult<T>,
) -> Result<Option<(CurrentUser, T)>, AppError> {
    let found = match token_of(req) {
        None => None,
        Some(token) => {
            let state = state_of(req)?;
            let keys = state.keys.clone();
            state
                .db
                .read(move |conn| match auth::identify(conn, &keys, &token)? {
                    Some(user) => Ok(Some((also(conn, &user)?, user))),
                    None => Ok(None),
                })
                .await?
                .map(|(extra, user)| (user, extra))
        }
    };
    let user = found.as_ref().map(|(user, _)| user.clone());
    if let Some(user) = &user {
        if let Some(span) = req.extensions().get::<tracing_actix_web::RootSpan>() {
            span.record("user_id", user.id);
        }
    }
    req.extensions_mut().insert(user);
    Ok(found)
}

type Extracted<T> = Pin<Box<dyn Future<Output = Result<T, AppError>>>>;

impl FromRequest for CurrentUser {
    type Error = AppError;
    type Future = Extracted<Self>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { authenticate(&req).await?.ok_or(AppError::Unauthenticated) })
    }
}

/// The signed-in person if there is one (sign-in pages, the language switcher).
pub struct MaybeUser(pub Option<CurrentUser>);

impl FromRequest for MaybeUser {
    type Error = AppError;
    type Future = Extracted<Self>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { authenticate(&req).await.map(MaybeUser) })
    }
}

/// The signed-in person with the places their roles cover, as the access rules need them,
/// and the language of the request.
pub struct SignedIn {
    pub user: CurrentUser,
    pub actor: Actor,
    pub locale: Locale,
}

impl FromRequest for SignedIn {
    type Error = AppError;
    type Future = Extracted<Self>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let places = |conn: &mut DbConnection, user: &CurrentUser| user.load_actor(conn);
            let known = req.extensions().get::<Option<CurrentUser>>().cloned();
            let (user, actor) = match known {
                None => identify_with(&req, places).await?,
                Some(None) => None,
                Some(Some(user)) => {
                    let loading = user.clone();
                    let db = &state_of(&req)?.db;
                    let actor = db.read(move |conn| places(conn, &loading)).await?;
                    Some((user, actor))
                }
            }
            .ok_or(AppError::Unauthenticated)?;
            let locale = locale_of(&req, Some(&user));
            Ok(SignedIn {
                user,
                actor,
                locale,
            })
        })
    }
}

/// The signed-in person if there is one, with their places: pages anyone may read that show
/// more to those with an account (an estate's summary).
pub struct MaybeSignedIn(pub Option<SignedIn>);

impl FromRequest for MaybeSignedIn {
    type Error = AppError;
    type Future = Extracted<Self>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let signed_in = SignedIn::from_request(req, payload);
        Box::pin(async move {
            match signed_in.await {
                Ok(me) => Ok(MaybeSignedIn(Some(me))),
                Err(AppError::Unauthenticated) => Ok(MaybeSignedIn(None)),
                Err(e) => Err(e),
            }
        })
    }
}

/// The user already resolved for this request, if any (error pages use it for the language).
pub fn resolved_user(req: &HttpRequest) -> Option<CurrentUser> {
    req.extensions()
        .get::<Option<CurrentUser>>()
        .cloned()
        .flatten()
}

/// The language for this request: profile, `?lang=`, the switcher's cookie, the browser's.
pub fn locale_of(req: &HttpRequest, user: Option<&CurrentUser>) -> Locale {
    let query = url::form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(k, _)| k == "lang")
        .map(|(_, v)| v.into_owned());
    let cookie = req.cookie(LANG_COOKIE);
    let accept_language = req
        .headers()
        .get("accept-language")
        .and_then(|h| h.to_str().ok());
    Locale::negotiate(&Asked {
        profile: user.map(|u| u.locale.as_str()),
        query: query.as_deref(),
        cookie: cookie.as_ref().map(|c| c.value()),
        accept_language,
    })
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

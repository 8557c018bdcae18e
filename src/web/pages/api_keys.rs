//! The admin page for API keys: issue one (its secret shown once, on the page that answers the
//! form), see each key's use, revoke.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};

use crate::auth::api_keys::{self, Issuer, KeysPage, NewKey};
use crate::core::error::{AppError, AppResult};
use crate::web::csrf::CsrfForm;
use crate::web::errors::shown;
use crate::web::{see_other, AppState, SignedIn};

#[derive(Serialize)]
struct View {
    #[serde(flatten)]
    page: KeysPage,
    error: Option<String>,
    /// The key just issued, shown this once.
    issued: Option<Issued>,
    revoked: bool,
}

#[derive(Serialize)]
struct Issued {
    name: String,
    secret: String,
}

async fn render(
    req: &HttpRequest,
    state: &AppState,
    me: SignedIn,
    issued: Option<Issued>,
    error: Option<AppError>,
) -> AppResult<HttpResponse> {
    let (status, error) = shown(error, req)?;
    let revoked = req.query_string().contains("revoked=1");
    let wrap = |page| View {
        page,
        error,
        issued,
        revoked,
    };
    state
        .show(req, me, "pages/api_keys", status, api_keys::page, wrap)
        .await
}

pub async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
) -> AppResult<HttpResponse> {
    render(&req, &state, me, None, None).await
}

#[derive(Deserialize)]
pub struct KeyForm {
    name: String,
    organisation: String,
    #[serde(default)]
    can_write: Option<String>,
}

pub async fn create(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    CsrfForm(form): CsrfForm<KeyForm>,
) -> AppResult<HttpResponse> {
    let new = NewKey {
        name: form.name,
        organisation_code: form.organisation,
        can_write: form.can_write.is_some(),
    };
    let actor = me.actor.clone();
    let result = state
        .db
        .run(move |conn| api_keys::create(conn, Issuer::Admin(&actor), &new))
        .await;
    match result {
        Ok((key, secret)) => {
            let issued = Issued {
                name: key.name,
                secret,
            };
            let mut response = render(&req, &state, me, Some(issued), None).await?;
            // The secret is on this page only: never from a cache.
            response.headers_mut().insert(
                actix_web::http::header::CACHE_CONTROL,
                actix_web::http::header::HeaderValue::from_static("no-store"),
            );
            Ok(response)
        }
        Err(e) => render(&req, &state, me, None, Some(e)).await,
    }
}

pub async fn revoke(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    CsrfForm(_): CsrfForm<std::collections::HashMap<String, String>>,
) -> AppResult<HttpResponse> {
    let (actor, id) = (me.actor.clone(), id.into_inner());
    state
        .db
        .run(move |conn| api_keys::revoke(conn, Issuer::Admin(&actor), id))
        .await?;
    Ok(see_other("/admin/api-keys?revoked=1"))
}

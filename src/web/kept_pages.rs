//! Pages kept as last made for each reader, and answered again while the database has not
//! changed since: the pages residents and technicians open most, and the API's reads of them.
//! A page is read far more often than anything on it changes (a resident back on the home page,
//! a technician reloading the queue), and making one costs a dozen queries; checking that
//! nothing changed costs one [`Stamp`] (a few microseconds on SQLite; on PostgreSQL one trip,
//! shared by the requests waiting for one), right on every app node since it comes from the
//! database.
//!
//! What keeps this right:
//! - a page is kept per reader: the key holds the whole address, the request's cookies
//!   (session, CSRF token, language, display) and `Authorization`, `Accept-Language` and
//!   `Accept`; only requests whose session or API token verifies are kept, and only pages
//!   with a CSRF cookie, so the token in their forms is the reader's own;
//! - the stamp is read before the page is made, so a change committed while it is made leaves
//!   it kept under a stamp that is already old: the next reader gets a new page;
//! - signing out, a grant or a role taken back are writes, so they move the stamp; an expired
//!   session token no longer verifies;
//! - what depends on the clock alone (an overdue deadline, "today") may show at most
//!   [`KEPT_FOR`] late;
//! - only `200` answers with a body of known size and no cookie are kept;
//! - a page's one-time values are never shared: where a page writes [`FRESH_KEY`] (the report
//!   form's idempotency key) every answer gets a new random one.

use std::sync::Arc;
use std::time::{Duration, Instant};

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderMap};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::web::{Bytes, BytesMut, Data};
use actix_web::HttpResponse;
use quick_cache::sync::Cache;
use quick_cache::Weighter;

use super::AppState;
use crate::core::changes::Stamp;

/// How long a page may be answered again, at most, however still the database.
pub const KEPT_FOR: Duration = Duration::from_secs(60);
/// Bytes of pages kept, at most: a few thousand readers' pages.
const CAPACITY_BYTES: u64 = 64 * 1024 * 1024;
/// Larger answers are not kept.
const LARGEST: usize = 512 * 1024;
/// Written by a page where each answer needs a value of its own: replaced by a new random one
/// (a UUID) in every answer.
pub const FRESH_KEY: &str = "fresh-key-6f2c1d9a";

/// The routes whose pages are kept.
const KEPT_ROUTES: &[&str] = &[
    "/",
    "/board",
    "/reports",
    "/reports/new",
    "/reports/{reference}",
    "/work",
    "/work/agenda",
    "/welcome",
    "/works",
    "/notices/{id}",
    "/api/v1/me",
    "/api/v1/reports",
    "/api/v1/reports/{reference}",
    "/api/v1/queue",
    "/api/v1/notices",
    "/api/v1/notices/{id}",
    "/api/v1/welcome-kit",
    "/api/v1/works",
];

/// An answer as made, with its body cut where fresh values go.
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    pieces: Vec<Bytes>,
}

impl Answer {
    fn new(status: StatusCode, headers: HeaderMap, body: Bytes) -> Self {
        let mut pieces = Vec::new();
        let mut rest = body;
        while let Some(at) = memchr::memmem::find(&rest, FRESH_KEY.as_bytes()) {
            pieces.push(rest.slice(..at));
            rest = rest.slice(at + FRESH_KEY.len()..);
        }
        pieces.push(rest);
        Answer {
            status,
            headers,
            pieces,
        }
    }

    fn body(&self) -> Bytes {
        if let [whole] = self.pieces.as_slice() {
            return whole.clone();
        }
        let mut body = BytesMut::new();
        for (i, piece) in self.pieces.iter().enumerate() {
            if i > 0 {
                body.extend_from_slice(uuid::Uuid::new_v4().to_string().as_bytes());
            }
            body.extend_from_slice(piece);
        }
        body.freeze()
    }

    fn response(&self) -> HttpResponse {
        let mut response = HttpResponse::with_body(self.status, self.body());
        for (name, value) in &self.headers {
            response.headers_mut().append(name.clone(), value.clone());
        }
        response.map_into_boxed_body()
    }

    /// Only a page's answer with nothing particular to this one request is kept.
    fn keepable(&self) -> bool {
        self.status == StatusCode::OK
            && !self.headers.contains_key(header::SET_COOKIE)
            && self.size() <= LARGEST
    }

    fn size(&self) -> usize {
        let headers: usize = self
            .headers
            .iter()
            .map(|(n, v)| n.as_str().len() + v.len())
            .sum();
        self.pieces.iter().map(Bytes::len).sum::<usize>() + headers
    }
}

/// An answer kept, and when it was made.
struct Kept {
    made: Instant,
    answer: Answer,
}

/// A reader's request, and the database's stamp read before its answer was made: a change
/// anywhere moves the stamp, so a page made before it is never found again.
type Key = (Box<[u8]>, Stamp);

#[derive(Clone)]
struct BySize;

impl Weighter<Key, Arc<Kept>> for BySize {
    fn weight(&self, (key, _): &Key, kept: &Arc<Kept>) -> u64 {
        (key.len() + kept.answer.size() + 256) as u64
    }
}

/// The pages kept, shared by every worker of a node.
pub struct KeptPages {
    cache: Cache<Key, Arc<Kept>, BySize>,
}

impl Default for KeptPages {
    fn default() -> Self {
        KeptPages {
            cache: Cache::with_weighter(20_000, CAPACITY_BYTES, BySize),
        }
    }
}

fn kept_route(req: &ServiceRequest) -> bool {
    req.method() == Method::GET
        && req
            .match_pattern()
            .is_some_and(|route| KEPT_ROUTES.contains(&route.as_str()))
}

/// What tells one reader's page from another's, if this reader's pages may be kept.
fn key_of(req: &ServiceRequest, state: &AppState) -> Option<Box<[u8]>> {
    let token = super::extract::token_of(req.request())?;
    state.keys.verify(&token)?;
    if !req.path().starts_with("/api/") && req.cookie(super::csrf::COOKIE).is_none() {
        return None;
    }
    let mut key = Vec::with_capacity(512);
    key.extend_from_slice(req.uri().to_string().as_bytes());
    for name in [
        header::COOKIE,
        header::AUTHORIZATION,
        header::ACCEPT_LANGUAGE,
        header::ACCEPT,
    ] {
        key.push(0);
        for value in req.headers().get_all(name) {
            key.extend_from_slice(value.as_bytes());
            key.push(b';');
        }
    }
    Some(key.into_boxed_slice())
}

/// Middleware body: answers a kept page while it is good, keeps a new one otherwise; fills
/// [`FRESH_KEY`] in every answer of a kept route, kept or not.
pub async fn serve(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let state = req.app_data::<Data<AppState>>().cloned();
    let Some(state) = state.filter(|_| kept_route(&req)) else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let reader = key_of(&req, &state);
    // A database that cannot be read keeps nothing; the page itself then says what is wrong.
    let stamp = match reader {
        Some(_) => state.db.stamp().await,
        None => None,
    };
    let Some(key) = reader.zip(stamp) else {
        return Ok(made(req, next).await?.0);
    };
    // Requests for a page being made wait for it rather than all make it at once.
    let cache = &state.pages.cache;
    let guard = loop {
        match cache.get_value_or_guard_async(&key).await {
            Ok(kept) if kept.made.elapsed() < KEPT_FOR => {
                state.metrics.kept_page("answered");
                return Ok(req.into_response(kept.answer.response()));
            }
            Ok(old) => drop(cache.remove_if(&key, |kept| Arc::ptr_eq(kept, &old))),
            Err(guard) => break guard,
        }
    };
    let (response, answer) = made(req, next).await?;
    if let Some(answer) = answer.filter(Answer::keepable) {
        state.metrics.kept_page("made");
        let kept = Kept {
            made: Instant::now(),
            answer,
        };
        // Refused only if the cache was cleared meanwhile: nothing to keep then.
        let _ = guard.insert(Arc::new(kept));
    }
    Ok(response)
}

/// The answer as the page makes it, fresh values filled in; and the answer to keep, if its
/// body is of known size.
async fn made(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<(ServiceResponse<BoxBody>, Option<Answer>), actix_web::Error> {
    let (req, response) = next.call(req).await?.into_parts();
    if response.error().is_some() {
        // Left as it is for the error pages outside (`errors::render_errors`).
        return Ok((
            ServiceResponse::new(req, response.map_into_boxed_body()),
            None,
        ));
    }
    let (head, body) = response.into_parts();
    match body.try_into_bytes() {
        Ok(bytes) => {
            let answer = Answer::new(head.status(), head.headers().clone(), bytes);
            Ok((ServiceResponse::new(req, answer.response()), Some(answer)))
        }
        Err(body) => {
            let response = head.set_body(body).map_into_boxed_body();
            Ok((ServiceResponse::new(req, response), None))
        }
    }
}

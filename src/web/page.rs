//! Rendering a page: the view a handler built, merged with what every page shares — language
//! and direction, the CSRF token for its forms, where it is (for the language switcher), and who
//! is signed in with what they can reach.

use actix_web::http::StatusCode;
use actix_web::{HttpMessage, HttpRequest, HttpResponse};
use serde::Serialize;

use super::csrf::CsrfToken;
use super::display::Display;
use super::local_path::LocalPath;
use super::navigation::{Navigation, Reach};
use super::{AppState, SignedIn};
use crate::access::Actor;
use crate::auth::CurrentUser;
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::i18n::{Locale, LANGUAGES};

#[derive(Serialize)]
struct LanguageChoice {
    code: &'static str,
    name: &'static str,
    dir: &'static str,
    current: bool,
}

/// The signed-in person as the page header needs them.
#[derive(Serialize)]
struct Visitor<'a> {
    id: i32,
    name: &'a str,
    nav: Navigation,
}

#[derive(Serialize)]
struct Shared<'a> {
    lang: &'static str,
    dir: &'static str,
    csrf: String,
    here: String,
    languages: Vec<LanguageChoice>,
    display: Display,
    display_classes: &'static str,
    user: Option<Visitor<'a>>,
}

#[derive(Serialize)]
struct Page<'a, V: Serialize> {
    #[serde(flatten)]
    shared: Shared<'a>,
    #[serde(flatten)]
    view: &'a V,
}

fn shared<'a>(req: &HttpRequest, user: Option<&'a CurrentUser>, locale: Locale) -> Shared<'a> {
    let csrf = req
        .extensions()
        .get::<CsrfToken>()
        .map(|t| t.0.clone())
        .unwrap_or_default();
    // Where the language switcher comes back to: this page, minus any `lang=` that would
    // override the choice just made.
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(
            url::form_urlencoded::parse(req.query_string().as_bytes()).filter(|(k, _)| k != "lang"),
        )
        .finish();
    let here = match query.as_str() {
        "" => req.path().to_string(),
        query => format!("{}?{}", req.path(), query),
    };
    let display = Display::of(req);
    Shared {
        display,
        display_classes: display.classes(),
        lang: locale.code(),
        dir: locale.dir(),
        csrf,
        here,
        languages: LANGUAGES
            .iter()
            .map(|l| LanguageChoice {
                code: l.code,
                name: l.native_name,
                dir: l.dir(),
                current: l.code == locale.code(),
            })
            .collect(),
        user: user.map(|u| Visitor {
            id: u.id,
            name: &u.name,
            nav: Navigation::new(Reach::of(u), req.path(), locale),
        }),
    }
}

impl AppState {
    /// A full page in the caller's language.
    pub fn page(
        &self,
        req: &HttpRequest,
        user: Option<&CurrentUser>,
        name: &str,
        view: &impl Serialize,
    ) -> AppResult<HttpResponse> {
        self.page_with_status(req, user, StatusCode::OK, name, view)
    }

    /// Reads what a page shows for the signed-in person, with their places and language, and
    /// renders it, with `status`. `wrap` adds what the page itself says (a note, an error).
    /// The read may write (a report page notes what was new when it was opened): it is tried
    /// as a read first ([`crate::core::db::Db::read`]), and done again where it may write.
    pub async fn show<V, P, F>(
        &self,
        req: &HttpRequest,
        me: SignedIn,
        name: &str,
        status: StatusCode,
        read: F,
        wrap: impl FnOnce(V) -> P,
    ) -> AppResult<HttpResponse>
    where
        V: Send + 'static,
        P: Serialize,
        F: Fn(&mut DbConnection, &Actor, Locale) -> AppResult<V> + Send + 'static,
    {
        let SignedIn {
            user,
            actor,
            locale,
        } = me;
        let view = self.db.read(move |conn| read(conn, &actor, locale)).await?;
        self.page_with_status(req, Some(&user), status, name, &wrap(view))
    }

    /// A page that shows just what it reads, and mostly only reads ([`crate::core::db::Db::read`]).
    pub async fn read_page<V, F>(
        &self,
        req: &HttpRequest,
        me: SignedIn,
        name: &str,
        read: F,
    ) -> AppResult<HttpResponse>
    where
        V: Serialize + Send + 'static,
        F: Fn(&mut DbConnection, &Actor, Locale) -> AppResult<V> + Send + 'static,
    {
        let SignedIn {
            user,
            actor,
            locale,
        } = me;
        let view = self.db.read(move |conn| read(conn, &actor, locale)).await?;
        self.page_with_status(req, Some(&user), StatusCode::OK, name, &view)
    }

    pub fn page_with_status(
        &self,
        req: &HttpRequest,
        user: Option<&CurrentUser>,
        status: StatusCode,
        name: &str,
        view: &impl Serialize,
    ) -> AppResult<HttpResponse> {
        let locale = super::locale_of(req, user);
        let page = Page {
            shared: shared(req, user, locale),
            view,
        };
        let body = self.templates.render(name, &page)?;
        Ok(HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .insert_header(("cache-control", "no-store"))
            .body(body))
    }
}

/// A `next=` target is followed only within this site, never to another host.
pub fn safe_next(next: Option<&str>) -> String {
    LocalPath::or_home(next).as_str().to_string()
}

pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header(("location", location))
        .finish()
}

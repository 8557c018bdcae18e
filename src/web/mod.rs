//! Server-rendered pages: handlebars templates with partials, the context every page shares,
//! static files, and localized error pages.

pub mod errors;
pub mod files;
pub mod multipart;

use actix_web::http::StatusCode;
use actix_web::{HttpMessage, HttpRequest, HttpResponse};
use handlebars::Handlebars;
use serde_json::{json, Map, Value};

use crate::auth::csrf::CsrfToken;
use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult};
use crate::i18n::{Locale, TranslateHelper, LANGUAGES};
use crate::people::Role;

#[derive(rust_embed::Embed)]
#[folder = "web/templates/"]
struct TemplateFiles;

pub struct Templates {
    registry: Handlebars<'static>,
}

impl Templates {
    /// Registers every file under `web/templates/` by its path without `.hbs`
    /// (`pages/home`, `partials/header`, `mail/magic_link.txt`), so any can be a partial.
    pub fn load() -> anyhow::Result<Self> {
        let mut registry = Handlebars::new();
        registry.set_strict_mode(false);
        registry.register_helper("t", Box::new(TranslateHelper));
        registry.register_helper("eq", Box::new(eq_helper));
        registry.register_helper("add", Box::new(add_helper));
        for path in TemplateFiles::iter() {
            let file = TemplateFiles::get(&path)
                .ok_or_else(|| anyhow::anyhow!("template {path} vanished"))?;
            let source = std::str::from_utf8(&file.data)?;
            let name = path.trim_end_matches(".hbs");
            registry.register_template_string(name, source)?;
        }
        Ok(Self { registry })
    }

    pub fn render_to_string(&self, name: &str, data: &Value) -> AppResult<String> {
        self.registry.render(name, data).map_err(|e| {
            AppError::Internal(anyhow::Error::new(e).context(format!("template {name}")))
        })
    }

    /// A full page in the caller's language, with the shared context merged under `data`.
    pub fn page(
        &self,
        req: &HttpRequest,
        user: Option<&CurrentUser>,
        name: &str,
        data: Value,
    ) -> AppResult<HttpResponse> {
        self.page_with_status(req, user, StatusCode::OK, name, data)
    }

    pub fn page_with_status(
        &self,
        req: &HttpRequest,
        user: Option<&CurrentUser>,
        status: StatusCode,
        name: &str,
        data: Value,
    ) -> AppResult<HttpResponse> {
        let mut context = base_context(req, user);
        if let Value::Object(extra) = data {
            context.extend(extra);
        }
        let body = self.render_to_string(name, &Value::Object(context))?;
        Ok(HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .insert_header(("cache-control", "no-store"))
            .body(body))
    }
}

handlebars::handlebars_helper!(eq_helper: |a: Value, b: Value| a == b);
handlebars::handlebars_helper!(add_helper: |a: i64, b: i64| a + b);

pub fn locale_of(req: &HttpRequest, user: Option<&CurrentUser>) -> Locale {
    Locale::negotiate(req, user.map(|u| u.locale.as_str()))
}

/// What every page needs: language and direction, the CSRF token for its forms, where it is
/// (for the switcher to come back to), and who is signed in with what they can reach.
fn base_context(req: &HttpRequest, user: Option<&CurrentUser>) -> Map<String, Value> {
    let locale = locale_of(req, user);
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
    let languages: Vec<Value> = LANGUAGES
        .iter()
        .map(|l| json!({"code": l.code, "name": l.native_name, "current": l.code == locale.code()}))
        .collect();
    let user = user.map(|u| {
        let actor = crate::policy::Actor::of(u);
        json!({
            "id": u.id,
            "name": u.name,
            "is_operator": u.has(Role::Operator),
            "is_admin": u.has(Role::Admin),
            "can_edit_categories": crate::policy::allows(&actor, crate::policy::Action::EditCategories),
            "works": crate::policy::allows(&actor, crate::policy::Action::WorkQueue),
            "manages": !actor.manager_of.is_empty(),
        })
    });
    let mut context = Map::new();
    context.insert("lang".into(), json!(locale.code()));
    context.insert("dir".into(), json!(locale.dir()));
    context.insert("csrf".into(), json!(csrf));
    context.insert("here".into(), json!(here));
    context.insert("languages".into(), Value::Array(languages));
    context.insert("user".into(), user.unwrap_or(Value::Null));
    context
}

/// A `next=` target is followed only within this site, never to another host.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_string(),
        _ => "/".to_string(),
    }
}

pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header(("location", location))
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_compiles() {
        Templates::load().expect("templates compile");
    }

    #[test]
    fn next_never_leaves_the_site() {
        assert_eq!(safe_next(Some("/profile")), "/profile");
        assert_eq!(safe_next(Some("//evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        assert_eq!(safe_next(None), "/");
    }
}

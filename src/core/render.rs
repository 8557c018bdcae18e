//! Templates for pages and mail bodies: every file under `web/templates/` registered by its
//! path without `.hbs` (`pages/home`, `partials/layout`, `mail/magic_link.txt`), so any can be
//! a partial, with the `t` helper for messages in the reader's language.
//!
//! In debug builds (and so in every test) the registry is strict: a template that reads a
//! field its data lacks fails to render instead of printing nothing, so a view that forgot a
//! field is caught by the first test that renders it. Release builds stay lenient: a person
//! is better served by a page with a blank than by an error.

mod frame;

use handlebars::Handlebars;
use serde::Serialize;

use crate::core::error::{AppError, AppResult};
use crate::i18n::TranslateHelper;

#[derive(rust_embed::Embed)]
#[folder = "web/templates/"]
struct TemplateFiles;

pub struct Templates {
    registry: Handlebars<'static>,
}

impl Templates {
    /// Every template, parsed once per process: parsing them all takes a while, and a process
    /// that builds several applications (the test suite builds hundreds) needs it once.
    pub fn load() -> anyhow::Result<Self> {
        static PARSED: std::sync::OnceLock<Handlebars<'static>> = std::sync::OnceLock::new();
        if let Some(parsed) = PARSED.get() {
            return Ok(Self {
                registry: parsed.clone(),
            });
        }
        let parsed = Self::parse()?;
        Ok(Self {
            registry: PARSED.get_or_init(|| parsed).clone(),
        })
    }

    fn parse() -> anyhow::Result<Handlebars<'static>> {
        let mut registry = Handlebars::new();
        registry.set_strict_mode(cfg!(debug_assertions));
        registry.register_helper("t", Box::new(TranslateHelper));
        registry.register_helper("eq", Box::new(eq_helper));
        registry.register_helper("add", Box::new(add_helper));
        registry.register_helper("layout", Box::new(frame::LayoutHelper::default()));
        registry.register_helper("part", Box::new(PartHelper));
        for path in TemplateFiles::iter() {
            let file = TemplateFiles::get(&path)
                .ok_or_else(|| anyhow::anyhow!("template {path} vanished"))?;
            let source = std::str::from_utf8(&file.data)?;
            let name = path.trim_end_matches(".hbs");
            registry.register_template_string(name, source)?;
        }
        Ok(registry)
    }

    /// Adds a helper the web layer provides (static files' versioned addresses).
    pub fn register_helper(
        &mut self,
        name: &str,
        helper: Box<dyn handlebars::HelperDef + Send + Sync>,
    ) {
        self.registry.register_helper(name, helper);
    }

    pub fn render(&self, name: &str, data: &impl Serialize) -> AppResult<String> {
        self.registry.render(name, data).map_err(|e| {
            AppError::Internal(anyhow::Error::new(e).context(format!("template {name}")))
        })
    }
}

/// `{{part "partials/report_list" mine}}`: the template rendered with `mine` as its context,
/// which stays where it is in the page's data. A partial (`{{> partials/report_list mine}}`)
/// would render the same but copy `mine` first, a tenth of a long list page's time.
struct PartHelper;

impl handlebars::HelperDef for PartHelper {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &handlebars::Helper<'rc>,
        registry: &'reg Handlebars<'reg>,
        ctx: &'rc handlebars::Context,
        rc: &mut handlebars::RenderContext<'reg, 'rc>,
        out: &mut dyn handlebars::Output,
    ) -> handlebars::HelperResult {
        use handlebars::{BlockContext, RenderErrorReason, Renderable};
        let name = h
            .param(0)
            .and_then(|p| p.value().as_str())
            .ok_or(RenderErrorReason::ParamNotFoundForIndex("part", 0))?;
        let template = registry
            .get_template(name)
            .ok_or_else(|| RenderErrorReason::PartialNotFound(name.to_string()))?;
        let data = h
            .param(1)
            .ok_or(RenderErrorReason::ParamNotFoundForIndex("part", 1))?;
        let mut block = BlockContext::new();
        match data.context_path() {
            Some(path) => *block.base_path_mut() = path.clone(),
            None => block.set_base_value(data.value().clone()),
        }
        rc.push_block(block);
        let rendered = template.render(registry, ctx, rc, out);
        rc.pop_block();
        rendered
    }
}

handlebars::handlebars_helper!(eq_helper: |a: Json, b: Json| a == b);
handlebars::handlebars_helper!(add_helper: |a: i64, b: i64| a + b);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_compiles() {
        Templates::load().expect("templates compile");
    }

    #[test]
    fn a_missing_field_fails_loudly_in_tests() {
        let templates = Templates::load().unwrap();
        let err = templates.render("mail/magic_link.txt", &serde_json::json!({"lang": "it"}));
        assert!(
            err.is_err(),
            "strict mode refuses data without the template's fields"
        );
    }
}

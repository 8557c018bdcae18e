//! `{{t "key" name=value}}` in templates: the message in the page's language (`lang` in the
//! root context), or in another one with `_lang=code` (a letter printed for a tenant who reads
//! another language than the operator's). Output is HTML-escaped unless the root context says
//! `plain_text` (text parts of mail).

use handlebars::{
    Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext, RenderError,
    RenderErrorReason,
};

use super::Locale;

pub struct TranslateHelper;

impl HelperDef for TranslateHelper {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        registry: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let key = h
            .param(0)
            .and_then(|p| p.value().as_str())
            .ok_or_else(|| RenderError::from(RenderErrorReason::ParamNotFoundForIndex("t", 0)))?;
        let root = ctx.data();
        let locale = h
            .hash_get("_lang")
            .and_then(|l| l.value().as_str())
            .or_else(|| root.get("lang").and_then(|l| l.as_str()))
            .and_then(Locale::from_code)
            .unwrap_or(Locale::DEFAULT);
        let mut args: Vec<(&str, String)> = vec![];
        for (name, value) in h.hash().iter().filter(|(name, _)| **name != "_lang") {
            // In strict mode (tests) an argument naming a field the data lacks is an error,
            // not the word "null" in front of a tenant.
            if registry.strict_mode() && value.is_value_missing() {
                return Err(RenderError::strict_error(value.relative_path()));
            }
            let value = match value.value() {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            args.push((*name, value));
        }
        let text = locale.text_with(key, &args);
        if root.get("plain_text").and_then(|p| p.as_bool()) == Some(true) {
            out.write(&text)?;
        } else {
            out.write(&handlebars::html_escape(&text))?;
        }
        Ok(())
    }
}

//! `{{#layout title_key="…" feed=…}}page{{/layout}}`: a page in the site's frame
//! (`partials/layout`). The page renders in its own data; the frame gets only what it reads
//! (what every page shares, the hash) and the page as `body`. A partial block with a hash
//! would copy all of the page's data to merge the hash in, and a long board is a lot of data.
//!
//! The frame is the same for every request with the same frame data (language, the person's
//! menu, the session's CSRF token, the address): it is rendered once per such data, split
//! where the page goes, and kept. Its key is all of its data, so a kept frame is exactly what
//! rendering it again would give.

use std::sync::Arc;

use handlebars::{
    Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext, RenderError,
    RenderErrorReason, Renderable, StringOutput,
};
use quick_cache::sync::Cache;
use quick_cache::Weighter;

/// What the frame reads of a page's data: what every page shares.
const FRAME_FIELDS: [&str; 8] = [
    "lang",
    "dir",
    "csrf",
    "here",
    "languages",
    "display",
    "display_classes",
    "user",
];
/// Where the page goes in a frame rendered to be kept: no page or message contains it.
const BODY_MARK: &str = "\u{0}portineria-page\u{0}";
/// Bytes of frames kept, at most: a few thousand sessions' recent pages.
const CAPACITY_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Clone)]
struct ByLength;

impl Weighter<String, Arc<(String, String)>> for ByLength {
    fn weight(&self, key: &String, frame: &Arc<(String, String)>) -> u64 {
        (key.len() + frame.0.len() + frame.1.len()) as u64
    }
}

pub struct LayoutHelper {
    /// Frames by their data (as JSON): the part before the page, and the part after.
    frames: Cache<String, Arc<(String, String)>, ByLength>,
}

impl Default for LayoutHelper {
    fn default() -> Self {
        LayoutHelper {
            frames: Cache::with_weighter(4_096, CAPACITY_BYTES, ByLength),
        }
    }
}

impl HelperDef for LayoutHelper {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        registry: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        rc: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let mut page = StringOutput::new();
        if let Some(template) = h.template() {
            template.render(registry, ctx, rc, &mut page)?;
        }
        let mut frame = serde_json::Map::new();
        for field in FRAME_FIELDS {
            if let Some(value) = ctx.data().get(field) {
                frame.insert(field.into(), value.clone());
            }
        }
        for (name, value) in h.hash() {
            frame.insert((*name).into(), value.value().clone());
        }
        let key = serde_json::Value::Object(frame.clone()).to_string();
        let parts = match self.frames.get(&key) {
            Some(parts) => parts,
            None => {
                frame.insert("body".into(), BODY_MARK.into());
                let html = registry.render("partials/layout", &frame)?;
                let (before, after) = html.split_once(BODY_MARK).ok_or_else(|| {
                    RenderError::from(RenderErrorReason::Other(
                        "the layout does not show {{{body}}}".into(),
                    ))
                })?;
                let parts = Arc::new((before.to_string(), after.to_string()));
                self.frames.insert(key, parts.clone());
                parts
            }
        };
        out.write(&parts.0)?;
        out.write(&page.into_string()?)?;
        out.write(&parts.1)?;
        Ok(())
    }
}

//! The small, safe Markdown notices and the welcome kit are written in, made into HTML for a
//! reader's language (its direction decides how numbers are isolated). The sanitizing itself
//! reads hostile text, and is in the `portineria-untrusted` crate, fuzzed on its own.

use crate::i18n::Locale;

pub use portineria_untrusted::markdown::to_text;

/// Markdown to HTML that is safe to put in a page as it is, for a reader of `locale`.
pub fn to_html(source: &str, locale: Locale) -> String {
    portineria_untrusted::markdown::to_html(source, locale.language().rtl)
}

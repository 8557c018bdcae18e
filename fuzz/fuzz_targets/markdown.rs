//! Any text a delegate types into a notice: the HTML made of it has no script, frame or style
//! element, no event handler and no `javascript:` address. (Whatever is text is escaped, so
//! every `<` left in the output opens a tag.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use portineria_untrusted::markdown::{to_html, to_text};

const ELEMENTS: [&str; 5] = ["script", "iframe", "style", "object", "embed"];

fuzz_target!(|source: &str| {
    // Left to right, and right to left, whose numbers are wrapped in isolation the sanitizer
    // then checks.
    for right_to_left in [false, true] {
        check(&to_html(source, right_to_left).to_lowercase());
    }
    to_text(source);
});

fn check(html: &str) {
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or_default();
        let name = tag.trim_start_matches('/').split([' ', '/']).next().unwrap_or_default();
        assert!(!ELEMENTS.contains(&name), "<{tag}> in {html}");
        assert!(!tag.contains("javascript:"), "<{tag}> in {html}");
        // Attribute names only: ammonia quotes every value with `"`.
        let names: String = tag.split('"').step_by(2).collect();
        let handler = names
            .split_whitespace()
            .skip(1)
            .any(|attribute| attribute.starts_with("on"));
        assert!(!handler, "<{tag}> in {html}");
    }
}

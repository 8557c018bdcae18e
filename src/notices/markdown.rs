//! The small, safe Markdown notices and the welcome kit are written in: paragraphs, emphasis,
//! lists, a few headings, links (web, mail, phone). Raw HTML is shown as the text it is, and
//! the result goes through a maintained sanitizer (ammonia) keeping only those elements, so no
//! script, frame, event handler or `javascript:` link can come out.

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{html, Event, Options, Parser};

/// The sanitizer's rules, built once: building them costs more than cleaning a notice.
static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let tags: HashSet<&str> = [
        "p",
        "br",
        "strong",
        "em",
        "del",
        "ul",
        "ol",
        "li",
        "h3",
        "h4",
        "blockquote",
        "a",
        "code",
    ]
    .into_iter()
    .collect();
    let mut builder = ammonia::Builder::default();
    builder
        .tags(tags)
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .link_rel(Some("nofollow noopener noreferrer"));
    builder
});

/// Markdown to HTML that is safe to put in a page as it is.
pub fn to_html(source: &str) -> String {
    let parser = Parser::new_ext(source, Options::ENABLE_STRIKETHROUGH).map(|event| match event {
        // Whatever HTML someone typed is shown, not run.
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    let mut unsafe_html = String::new();
    html::push_html(&mut unsafe_html, parser);
    SANITIZER.clean(&unsafe_html).to_string()
}

/// The text alone, for feeds' summaries and mail.
pub fn to_text(source: &str) -> String {
    let mut text = String::new();
    for event in Parser::new(source) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                text.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(_) => text.push(' '),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_markup_comes_out_inert() {
        let hostile = [
            "<script>alert(1)</script>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "[clic](javascript:alert(1))",
            "<img src=x onerror=alert(1)>",
            "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
            "[data](data:text/html;base64,PHNjcmlwdD4=)",
        ];
        for source in hostile {
            let html = scraper::Html::parse_fragment(&to_html(source));
            for element in html
                .root_element()
                .descendants()
                .filter_map(scraper::ElementRef::wrap)
            {
                let name = element.value().name();
                assert!(
                    !["script", "iframe", "img", "object", "embed"].contains(&name),
                    "{source} made a <{name}>"
                );
                for (attribute, value) in element.value().attrs() {
                    assert!(!attribute.starts_with("on"), "{source} kept {attribute}");
                    let value = value.trim().to_lowercase();
                    assert!(
                        !value.starts_with("javascript:") && !value.starts_with("data:"),
                        "{source} kept {attribute}={value}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_subset_is_kept() {
        let html = to_html("**Acqua** chiusa *domani*.\n\n- scala A\n- scala B\n\n[Info](https://aler.example/avvisi) o [chiama](tel:+390200000)");
        assert!(html.contains("<strong>Acqua</strong>"));
        assert!(html.contains("<em>domani</em>"));
        assert!(html.contains("<li>scala A</li>"));
        assert!(html.contains("href=\"https://aler.example/avvisi\""));
        assert!(html.contains("rel=\"nofollow noopener noreferrer\""));
        assert!(html.contains("href=\"tel:+390200000\""));
        assert_eq!(to_text("**Acqua** chiusa\n\n- A"), "Acqua chiusa A");
    }
}

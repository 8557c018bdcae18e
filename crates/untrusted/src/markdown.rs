//! The small, safe Markdown notices and the welcome kit are written in: paragraphs, emphasis,
//! lists, a few headings, links (web, mail, phone). Raw HTML is shown as the text it is, and
//! the result goes through a maintained sanitizer (ammonia) keeping only those elements, so no
//! script, frame, event handler or `javascript:` link can come out.
//!
//! In a right-to-left page, numbers made of several groups ("800 900 999"), references and
//! codes ("SEG-2026-000123") and amounts ("€ 12,50") are isolated left to right: the Unicode
//! bidirectional algorithm would otherwise show a phone number's groups in reverse order.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use pulldown_cmark::{html, CowStr, Event, Options, Parser, TextMergeStream};

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
        "bdi",
    ]
    .into_iter()
    .collect();
    let mut builder = ammonia::Builder::default();
    builder
        .tags(tags)
        .add_tag_attributes("bdi", ["dir"])
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .link_rel(Some("nofollow noopener noreferrer"));
    builder
});

/// Markdown to HTML that is safe to put in a page as it is, for a page read left to right or
/// `right_to_left`.
pub fn to_html(source: &str, right_to_left: bool) -> String {
    let parser = Parser::new_ext(source, Options::ENABLE_STRIKETHROUGH).map(|event| match event {
        // Whatever HTML someone typed is shown, not run.
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    // Merged, so that a number is never split between two text events.
    let events = TextMergeStream::new(parser);
    let mut unsafe_html = String::new();
    if right_to_left {
        html::push_html(&mut unsafe_html, events.flat_map(isolate_left_to_right));
    } else {
        html::push_html(&mut unsafe_html, events);
    }
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

const LTR_OPEN: &str = "<bdi dir=\"ltr\">";
const LTR_CLOSE: &str = "</bdi>";

/// One event of a right-to-left text, with its left-to-right runs isolated.
fn isolate_left_to_right(event: Event<'_>) -> Vec<Event<'_>> {
    match event {
        Event::Code(code) if !code.chars().any(is_right_to_left) => isolated(Event::Code(code)),
        Event::Text(text) => {
            let runs = left_to_right_runs(&text);
            if runs.is_empty() {
                return vec![Event::Text(text)];
            }
            let mut out = vec![];
            let mut at = 0;
            for run in runs {
                if run.start > at {
                    out.push(Event::Text(CowStr::from(text[at..run.start].to_string())));
                }
                out.extend(isolated(Event::Text(text[run.clone()].to_string().into())));
                at = run.end;
            }
            if at < text.len() {
                out.push(Event::Text(text[at..].to_string().into()));
            }
            out
        }
        other => vec![other],
    }
}

fn isolated(inner: Event<'_>) -> Vec<Event<'_>> {
    vec![
        Event::InlineHtml(LTR_OPEN.into()),
        inner,
        Event::InlineHtml(LTR_CLOSE.into()),
    ]
}

/// The letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms).
fn is_right_to_left(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// What one word (between spaces) is to a left-to-right run.
#[derive(Clone, Copy, PartialEq)]
enum Word {
    /// Digits with Latin letters and the signs inside references, codes, times and amounts.
    Number,
    /// A currency or percent sign standing alone, part of an amount next to a number.
    Sign,
    Other,
}

const SIGNS: [char; 4] = ['€', '$', '£', '%'];
/// Punctuation that ends a run: it belongs to the sentence, not to the number.
const CLOSING: [char; 12] = ['.', ',', ';', ':', '!', '?', ')', ']', '»', '،', '؛', '؟'];
const OPENING: [char; 2] = ['(', '['];

fn word_kind(word: &str) -> Word {
    let inner = |c: char| {
        c.is_ascii_alphanumeric()
            || SIGNS.contains(&c)
            || matches!(c, '+' | '-' | '.' | ',' | '/' | ':')
    };
    if !word.is_empty() && word.chars().all(|c| SIGNS.contains(&c)) {
        Word::Sign
    } else if word.chars().any(|c| c.is_ascii_digit()) && word.chars().all(inner) {
        Word::Number
    } else {
        Word::Other
    }
}

/// The byte ranges of `text` to isolate left to right: a number, reference, code or amount,
/// with the words of the same kind that follow it after a space ("02 660 23 900",
/// "€ 12,50"). A range joined by a dash ("9–12") is left to the reader's direction.
fn left_to_right_runs(text: &str) -> Vec<Range<usize>> {
    let mut runs = vec![];
    // The run being read, and whether it holds a number yet (a sign alone is not isolated).
    let mut open: Option<(Range<usize>, bool)> = None;
    let mut at = 0;
    for raw in text.split_inclusive(char::is_whitespace) {
        let start = at;
        at += raw.len();
        let word = raw.trim_end_matches(char::is_whitespace);
        let core_start = word.len() - word.trim_start_matches(OPENING).len();
        let core = word[core_start..].trim_end_matches(CLOSING);
        let kind = word_kind(core);
        // Punctuation before the word, or a word of another kind, ends the run.
        if core_start > 0 || kind == Word::Other {
            runs.extend(with_a_number(open.take()));
        }
        if kind != Word::Other {
            let range = start + core_start..start + core_start + core.len();
            let number = kind == Word::Number;
            open = Some(match open.take() {
                Some((run, had_number)) => (run.start..range.end, had_number || number),
                None => (range, number),
            });
        }
        // So does punctuation after it.
        if core_start + core.len() < word.len() {
            runs.extend(with_a_number(open.take()));
        }
    }
    runs.extend(with_a_number(open));
    runs
}

fn with_a_number(run: Option<(Range<usize>, bool)>) -> Option<Range<usize>> {
    run.filter(|(_, number)| *number).map(|(range, _)| range)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As an Arabic page is read.
    const RIGHT_TO_LEFT: bool = true;

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
        for (source, right_to_left) in hostile.iter().flat_map(|s| [(s, false), (s, true)]) {
            let html = scraper::Html::parse_fragment(&to_html(source, right_to_left));
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
        let html = to_html("**Acqua** chiusa *domani*.\n\n- scala A\n- scala B\n\n[Info](https://aler.example/avvisi) o [chiama](tel:+390200000)", false);
        assert!(html.contains("<strong>Acqua</strong>"));
        assert!(html.contains("<em>domani</em>"));
        assert!(html.contains("<li>scala A</li>"));
        assert!(html.contains("href=\"https://aler.example/avvisi\""));
        assert!(html.contains("rel=\"nofollow noopener noreferrer\""));
        assert!(html.contains("href=\"tel:+390200000\""));
        assert_eq!(to_text("**Acqua** chiusa\n\n- A"), "Acqua chiusa A");
    }

    /// The texts inside `<bdi dir="ltr">`, in order.
    fn isolated_runs(html: &str) -> Vec<String> {
        let fragment = scraper::Html::parse_fragment(html);
        let selector = scraper::Selector::parse(r#"bdi[dir="ltr"]"#).expect("a valid selector");
        fragment
            .select(&selector)
            .map(|e| e.text().collect())
            .collect()
    }

    #[test]
    fn phone_numbers_in_arabic_kit_text_are_isolated_left_to_right() {
        let kit = include_str!("../../../assets/demo/kit/ar/numbers.md");
        let runs = isolated_runs(&to_html(kit, RIGHT_TO_LEFT));
        for number in [
            "800 900 999",
            "800 013 191",
            "02 660 231",
            "800 801 185",
            "116 117",
        ] {
            assert!(
                runs.iter().any(|r| r == number),
                "{number} not isolated in {runs:?}"
            );
        }
        let waste = to_html(
            "- **أغراض كبيرة**: جمع مجاني بموعد على 02 660 23 900، أو",
            RIGHT_TO_LEFT,
        );
        assert_eq!(isolated_runs(&waste), ["02 660 23 900"]);
    }

    #[test]
    fn references_codes_and_amounts_are_isolated_but_not_ranges_or_words() {
        let html = to_html(
            "البلاغ SEG-2026-000123. المبلغ € 12,50 أو 7,30 € و 10 %، الرمز `MOZ5 A` من 9–12 (ALER)",
            RIGHT_TO_LEFT,
        );
        assert_eq!(
            isolated_runs(&html),
            ["SEG-2026-000123", "€ 12,50", "7,30 €", "10 %", "MOZ5 A"]
        );
        assert!(
            html.contains("<bdi dir=\"ltr\"><code>MOZ5 A</code></bdi>"),
            "{html}"
        );
    }

    #[test]
    fn left_to_right_pages_and_typed_markup_get_no_isolation() {
        let html = to_html("Chiamate **800 900 999** (SEG-2026-000123)", false);
        assert!(!html.contains("<bdi"), "{html}");
        // Isolation typed by a writer is shown as text, in every direction.
        let typed = to_html("<bdi dir=\"rtl\">x</bdi> 1 2", RIGHT_TO_LEFT);
        assert!(typed.contains("&lt;bdi dir=\"rtl\"&gt;"), "{typed}");
        assert_eq!(isolated_runs(&typed), ["1 2"]);
    }
}

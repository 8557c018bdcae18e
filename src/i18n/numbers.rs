//! Numbers inside messages. Code passes them as plain numerals ("1", "2.5"); here they become
//! Fluent numbers, so `{ $count -> [one] … *[other] … }` picks the reader's plural form, and
//! Fluent writes them back as the reader's language does ("2,5" in Italian).

use fluent_templates::fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::LanguageIdentifier;
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;

use super::Locale;

/// A message argument: a number when it is written as one, otherwise text. Only canonical
/// numerals count, so a flat "012" or a code "1E5" stays text as typed.
pub fn argument(raw: &str) -> FluentValue<'static> {
    match numeral(raw) {
        Some(number) => FluentValue::Number(number),
        None => FluentValue::from(raw.to_string()),
    }
}

fn numeral(raw: &str) -> Option<FluentNumber> {
    let digits = raw.strip_prefix('-').unwrap_or(raw);
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let canonical = all_digits(whole)
        && (whole == "0" || !whole.starts_with('0'))
        && whole.len() <= 15
        && fraction.is_none_or(|f| all_digits(f) && f.len() <= 3);
    if !canonical {
        return None;
    }
    let options = FluentNumberOptions {
        minimum_fraction_digits: fraction.map(str::len),
        ..Default::default()
    };
    Some(FluentNumber::new(raw.parse().ok()?, options))
}

/// The reader's language, as Fluent's memoizer keeps it for each bundle.
struct Reader(Locale);

impl Memoizable for Reader {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Reader, ()> {
        Locale::from_code(lang.language.as_str())
            .map(Reader)
            .ok_or(())
    }
}

/// Fluent's hook for writing numbers: digits, grouping and decimal sign of the reader's
/// language, with as many decimals as the code passed.
pub fn write(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let decimals = number.options.minimum_fraction_digits.unwrap_or(0);
    intls
        .with_try_get::<Reader, _, _>((), |reader| reader.0.numeral(number.value, decimals))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_numerals_become_numbers() {
        for number in ["0", "1", "21", "2.5", "-3", "1234"] {
            assert!(
                matches!(argument(number), FluentValue::Number(_)),
                "{number}"
            );
        }
        for text in [
            "012",
            "1E5",
            "SEG-2026-000123",
            "02 660 231",
            "1.",
            ".5",
            "inf",
            "",
        ] {
            assert!(matches!(argument(text), FluentValue::String(_)), "{text}");
        }
    }

    #[test]
    fn numbers_are_written_in_the_readers_language() {
        let it = Locale::DEFAULT;
        let en = Locale::from_code("en").unwrap();
        assert_eq!(
            it.text_with("stats-days", &[("days", "2.5".into())]),
            "2,5 giorni"
        );
        assert_eq!(
            en.text_with("stats-days", &[("days", "1.0".into())]),
            "1.0 days"
        );
        // Years, flats and codes read as written.
        assert_eq!(
            it.text_with("accounts-year", &[("year", "2026".into())]),
            "Anno 2026"
        );
        assert!(it
            .text_with("unit-unknown", &[("code", "10023".into())])
            .contains("«10023»"));
    }
}

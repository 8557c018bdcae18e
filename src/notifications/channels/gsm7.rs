//! The GSM 03.38 default alphabet: what one SMS can carry 160 of, 7 bits each. Any other
//! character — one Arabic letter, a Chinese ideogram, a Cyrillic letter, a curly quote — makes
//! the whole message go as UCS-2, 70 characters to a part.

/// The basic table, one septet each.
const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// The extension table, reached with an escape: two septets each.
const EXTENSION: &str = "^{}\\[~]|€\u{c}";

/// How many septets the text takes as GSM-7, or `None` if it cannot be written in GSM-7.
pub fn septets(text: &str) -> Option<usize> {
    text.chars().try_fold(0, |n, c| {
        if BASIC.contains(c) {
            Some(n + 1)
        } else if EXTENSION.contains(c) {
            Some(n + 2)
        } else {
            None
        }
    })
}

pub fn is_gsm7(text: &str) -> bool {
    septets(text).is_some()
}

/// How many SMS the text is billed as: 160 septets or 70 UCS-2 units in one part; a longer
/// text is cut into parts of 153 septets or 67 units (the rest of each holds the header that
/// joins them).
pub fn parts(text: &str) -> usize {
    let (length, single, each) = match septets(text) {
        Some(septets) => (septets, 160, 153),
        None => (text.encode_utf16().count(), 70, 67),
    };
    if length <= single {
        1
    } else {
        length.div_ceil(each)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn italian_is_gsm7_with_its_accents() {
        assert!(is_gsm7(
            "Domani manca l'acqua: è urgente, città, perché, più, però"
        ));
        assert!(!is_gsm7("Avviso urgente: Gas chiuso — no"));
        assert_eq!(septets("àèéìòù"), Some(6));
    }

    #[test]
    fn the_extension_table_costs_two_septets() {
        assert_eq!(septets("€ 10"), Some(5));
        assert_eq!(septets("[a]"), Some(5));
    }

    #[test]
    fn other_scripts_and_typographic_marks_are_not_gsm7() {
        for text in [
            "غدًا ينقطع الماء",
            "明天停水",
            "Завтра не буде води",
            "l’acqua",
            "Apă — mâine",
            "Ç'kemi",
            "È",
        ] {
            // `Ç` and `É` are in the table, `È` is not; `’` and `—` are typographic.
            let expected = matches!(text, "Ç'kemi");
            assert_eq!(is_gsm7(text), expected, "{text}");
        }
    }

    #[test]
    fn parts_follow_the_alphabet() {
        assert_eq!(parts(&"a".repeat(160)), 1);
        assert_eq!(parts(&"a".repeat(161)), 2);
        assert_eq!(parts(&"a".repeat(306)), 2);
        assert_eq!(parts(&"a".repeat(307)), 3);
        assert_eq!(parts(&"ع".repeat(70)), 1);
        assert_eq!(parts(&"ع".repeat(71)), 2);
        assert_eq!(parts(&"ع".repeat(201)), 3);
        assert_eq!(parts(&"€".repeat(80)), 1);
        assert_eq!(parts(&"€".repeat(81)), 2);
    }
}

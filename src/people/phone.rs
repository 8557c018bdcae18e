//! Mobile numbers, parsed at the edge into E.164 (`+393331234567`), the one form stored,
//! compared and handed to the SMS gateway.
//!
//! A small parser rather than the `phonenumber` crate: that crate builds libphonenumber's
//! metadata with its own `quick-xml` (the tree already carries two versions, and `deny.toml`
//! refuses another duplicate), `bincode`, `regex-cache` and `nom`, while all the portal needs
//! is "Italian mobile numbers as people type them, and any number written with its country
//! code".

use std::fmt;

use serde::Serialize;

use crate::core::error::{AppError, AppResult};

/// A mobile number in E.164: `+`, a country code and the subscriber number, 8–15 digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Phone(String);

impl Phone {
    /// Reads a number as a person or the desk types it: spaces, dots, dashes, slashes and
    /// brackets are ignored; `00` stands for `+`; a number without a country code is Italian
    /// (`333 123 4567` → `+393331234567`) and must then be a mobile (it starts with 3) — a
    /// landline cannot receive SMS.
    pub fn parse(raw: &str) -> AppResult<Phone> {
        let invalid = || AppError::invalid("phone-invalid");
        let trimmed = raw.trim();
        let (international, rest) = if let Some(rest) = trimmed.strip_prefix('+') {
            (true, rest)
        } else if let Some(rest) = trimmed.strip_prefix("00") {
            (true, rest)
        } else {
            (false, trimmed)
        };
        let mut digits = String::with_capacity(rest.len());
        for c in rest.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '.' | '-' | '/' | '(' | ')' | '\u{a0}' => {}
                _ => return Err(invalid()),
            }
        }
        let e164 = if international {
            digits
        } else {
            // Italian mobile numbers: 3xx and 9 or 10 digits in all.
            if !digits.starts_with('3') || !(9..=10).contains(&digits.len()) {
                return Err(invalid());
            }
            format!("39{digits}")
        };
        // Country codes never start with 0; E.164 allows 15 digits at most.
        if e164.starts_with('0') || !(8..=15).contains(&e164.len()) {
            return Err(invalid());
        }
        // An Italian number written with +39 must still be a mobile one.
        if let Some(national) = e164.strip_prefix("39") {
            if !national.starts_with('3') || !(9..=10).contains(&national.len()) {
                return Err(invalid());
            }
        }
        Ok(Phone(format!("+{e164}")))
    }

    /// Whether a login someone typed looks like a number rather than an e-mail or username.
    pub fn looks_like(login: &str) -> bool {
        let login = login.trim();
        !login.is_empty()
            && login.starts_with(|c: char| c == '+' || c.is_ascii_digit())
            && login
                .chars()
                .all(|c| c.is_ascii_digit() || " +.-/()".contains(c))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(raw: &str) -> String {
        Phone::parse(raw).expect(raw).to_string()
    }

    #[test]
    fn italian_numbers_are_accepted_as_typed() {
        assert_eq!(ok("333 123 4567"), "+393331234567");
        assert_eq!(ok("3331234567"), "+393331234567");
        assert_eq!(ok("333-123.4567"), "+393331234567");
        assert_eq!(ok("+39 333 1234567"), "+393331234567");
        assert_eq!(ok("0039 333 1234567"), "+393331234567");
        assert_eq!(ok("+39 (333) 123 456"), "+39333123456");
        assert_eq!(ok(" 347\u{a0}1234567 "), "+393471234567");
    }

    #[test]
    fn foreign_numbers_need_their_country_code() {
        assert_eq!(ok("+40 712 345 678"), "+40712345678");
        assert_eq!(ok("+212 612 345678"), "+212612345678");
        assert_eq!(ok("0044 7700 900123"), "+447700900123");
    }

    #[test]
    fn landlines_and_garbage_are_refused() {
        for raw in [
            "",
            "+",
            "02 1234 5678",      // a Milan landline
            "+39 02 12345678",   // the same with the country code
            "333 123",           // too short
            "333 123 456 789",   // too long for Italy
            "+1234567",          // too short for E.164
            "+1234567890123456", // too long for E.164
            "+0 333 1234567",    // no country code starts with 0
            "333 12a 4567",
            "mario@example.org",
            "++393331234567",
        ] {
            assert!(Phone::parse(raw).is_err(), "{raw:?} must be refused");
        }
    }

    #[test]
    fn logins_that_look_like_numbers() {
        assert!(Phone::looks_like("+39 333 1234567"));
        assert!(Phone::looks_like("3331234567"));
        assert!(!Phone::looks_like("mario@example.org"));
        assert!(!Phone::looks_like("mario.rossi"));
        assert!(!Phone::looks_like(""));
    }
}

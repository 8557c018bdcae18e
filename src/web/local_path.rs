//! Where to go after signing in (`next=`): a path of this site, or the home page. Browsers are
//! generous with what they take for another site — they drop tabs and line breaks from a URL,
//! read `\` as `/`, and some decode `%2F` or `%5C` — so anything that could be read as a host
//! or a scheme, raw or percent-decoded, is not followed.

use serde::{Deserialize, Serialize};

/// A path of this site, safe to send back in a `Location` header.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(from = "String")]
pub struct LocalPath(String);

impl LocalPath {
    pub fn home() -> Self {
        Self("/".into())
    }

    /// `Some` only for a path of this site: one leading `/`, no scheme, no host, no backslash,
    /// no control or whitespace character, however many times it is percent-decoded.
    pub fn parse(raw: &str) -> Option<Self> {
        let mut text = raw.to_string();
        // Decoded until nothing changes (bounded: each round only shortens the text).
        loop {
            if !Self::plain_path(&text) {
                return None;
            }
            let decoded = percent_decoded(&text);
            if decoded == text {
                return Some(Self(raw.to_string()));
            }
            text = decoded;
        }
    }

    /// The target if it is one of this site's paths, else the home page.
    pub fn or_home(raw: Option<&str>) -> Self {
        raw.and_then(Self::parse).unwrap_or_else(Self::home)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn plain_path(text: &str) -> bool {
        text.starts_with('/')
            && !text.starts_with("//")
            && !text
                .chars()
                .any(|c| c == '\\' || c.is_control() || c.is_whitespace())
    }
}

/// Hostile or missing targets become the home page rather than an error: the person still
/// signs in.
impl From<String> for LocalPath {
    fn from(raw: String) -> Self {
        Self::or_home(Some(&raw))
    }
}

impl Default for LocalPath {
    fn default() -> Self {
        Self::home()
    }
}

/// `%XX` sequences turned into the bytes they stand for (invalid UTF-8 shown as U+FFFD, which
/// is harmless here); anything else is kept as it is.
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_of_this_site_are_followed() {
        for good in [
            "/",
            "/profile",
            "/reports/GUA12-1?tab=photos#x",
            "/caff%C3%A8",
        ] {
            assert_eq!(LocalPath::or_home(Some(good)).as_str(), good);
        }
        for hostile in [
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/%09/evil.example",
            "/%5Cevil.example",
            "/%2F%2Fevil.example",
            "/%252F%252Fevil.example",
            "https://evil.example",
            "\\\\evil.example",
            "/\r\nLocation: https://evil.example",
            "/%0d%0aSet-Cookie:x",
            "evil.example",
            "",
            "/ok\u{3000}",
            "/a%20b",
        ] {
            assert_eq!(
                LocalPath::or_home(Some(hostile)),
                LocalPath::home(),
                "{hostile:?}"
            );
        }
        assert_eq!(LocalPath::or_home(None), LocalPath::home());
    }
}

//! pagoPA payment notices, the Italian public bodies' standard (`research/rent-and-arrears.md`):
//! an 18-digit notice code, the creditor's 11-digit tax code, and a QR code banking apps, App IO,
//! post offices and tobacconists read.

use base64::Engine;
use image::{ImageFormat, Luma};
use qrcode::{EcLevel, QrCode, Version};

/// The notice code (*codice avviso*): 18 digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeCode(String);

/// The creditor's tax code (*codice fiscale dell'ente*): 11 digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditorTaxCode(String);

fn digits(raw: &str, count: usize) -> Option<String> {
    let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    (compact.len() == count && compact.bytes().all(|b| b.is_ascii_digit())).then_some(compact)
}

impl NoticeCode {
    /// Spaces are allowed, as the code is printed in groups.
    pub fn parse(raw: &str) -> Option<NoticeCode> {
        digits(raw, 18).map(NoticeCode)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl CreditorTaxCode {
    pub fn parse(raw: &str) -> Option<CreditorTaxCode> {
        digits(raw, 11).map(CreditorTaxCode)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A code in groups of four from the left, as printed notices show it to be read aloud or typed.
pub fn grouped(code: &str) -> String {
    code.as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the notice's QR code says: `PAGOPA|002|<notice code>|<tax code>|<amount in cents>`.
pub fn qr_text(notice: &str, creditor: &str, amount_cents: i64) -> String {
    format!("PAGOPA|002|{notice}|{creditor}|{amount_cents}")
}

/// The QR code as the standard prints it (version 4, error correction M), a PNG `data:` URL.
pub fn qr_data_url(text: &str) -> Option<String> {
    let code = QrCode::with_version(text.as_bytes(), Version::Normal(4), EcLevel::M).ok()?;
    let image = code.render::<Luma<u8>>().min_dimensions(300, 300).build();
    let mut png = std::io::Cursor::new(Vec::new());
    image.write_to(&mut png, ImageFormat::Png).ok()?;
    Some(format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(png.into_inner())
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_digits_of_their_length() {
        let code = NoticeCode::parse("3012 3456 7890 1234 56").unwrap();
        assert_eq!(code.as_str(), "301234567890123456");
        assert_eq!(grouped(code.as_str()), "3012 3456 7890 1234 56");
        assert!(NoticeCode::parse("30123456789012345").is_none());
        assert!(NoticeCode::parse("30123456789012345X").is_none());
        assert!(CreditorTaxCode::parse("80012345678").is_some());
        assert!(CreditorTaxCode::parse("8001234567").is_none());
    }

    #[test]
    fn the_longest_notice_fits_version_4() {
        let text = qr_text("301234567890123456", "80012345678", 99_999_999_99);
        assert!(qr_data_url(&text).is_some());
    }
}

//! QR codes for printed sheets: the paper on the wall leads to the phone.

use base64::Engine;
use image::{ImageFormat, Luma};
use qrcode::QrCode;

/// A QR code for `url` as a PNG in a `data:` URL, big enough to print and scan from a metre.
pub fn data_url(url: &str) -> String {
    let Ok(code) = QrCode::new(url.as_bytes()) else {
        return String::new();
    };
    let image = code.render::<Luma<u8>>().min_dimensions(240, 240).build();
    let mut png = std::io::Cursor::new(Vec::new());
    if image.write_to(&mut png, ImageFormat::Png).is_err() {
        return String::new();
    }
    format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(png.into_inner())
    )
}

//! Photos attached to fault reports: from a tenant's phone upload to a display copy and a
//! thumbnail that are safe to show anyone.
//!
//! [`process`] recognises the format from the bytes themselves (JPEG, PNG or WebP; HEIC and
//! everything else refused with a clear reason), refuses oversized images from their header,
//! decodes, turns the photo upright by its EXIF orientation and encodes two fresh JPEGs.
//! Nothing of the upload but its pixels survives: no EXIF (so no GPS position of the tenant's
//! home), no XMP, no ICC profile, no comments. The original bytes are not kept.
//!
//! All limits are constants in [`limits`].

mod decode;
pub mod limits;
mod output;
mod sniff;

#[cfg(test)]
mod tests;

use std::panic::{self, AssertUnwindSafe};

use limits::{
    DISPLAY_MAX_SIDE, DISPLAY_QUALITY, MAX_UPLOAD_BYTES, THUMBNAIL_MAX_SIDE, THUMBNAIL_QUALITY,
};

/// The two JPEGs made from one upload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProcessedPhoto {
    /// Display copy: longest side at most [`limits::DISPLAY_MAX_SIDE`].
    pub display: Vec<u8>,
    /// Thumbnail: longest side at most [`limits::THUMBNAIL_MAX_SIDE`].
    pub thumbnail: Vec<u8>,
    /// Width of the display copy, upright, in pixels.
    pub width: u32,
    /// Height of the display copy, upright, in pixels.
    pub height: u32,
}

/// Why an upload was refused. Each reason is something the tenant can act on;
/// [`PhotoError::message_key`] names the message to show them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PhotoError {
    /// More than [`limits::MAX_UPLOAD_BYTES`].
    #[error("photo is larger than {} MiB", MAX_UPLOAD_BYTES / (1024 * 1024))]
    TooLarge,
    /// More pixels or a longer side than [`limits`] allows, or would need
    /// more decoder memory than [`limits::MAX_DECODE_ALLOC`].
    #[error("photo has too many pixels")]
    TooManyPixels,
    /// HEIC/HEIF, the iPhone's default, which the tenant can switch off
    /// (Settings › Camera › Formats › Most Compatible) or share as JPEG.
    #[error("HEIC/HEIF photos are not supported")]
    Heic,
    /// Not a JPEG, PNG or WebP image, whatever its name says.
    #[error("unsupported format")]
    Unsupported,
    /// Claims to be a supported format but cannot be decoded: truncated
    /// (an interrupted upload) or damaged.
    #[error("photo is damaged or incomplete")]
    Corrupt,
}

impl PhotoError {
    /// The Fluent key of the message shown to the tenant.
    pub fn message_key(&self) -> &'static str {
        match self {
            PhotoError::TooLarge => "photo-too-large",
            PhotoError::TooManyPixels => "photo-too-many-pixels",
            PhotoError::Heic => "photo-heic",
            PhotoError::Unsupported => "photo-unsupported",
            PhotoError::Corrupt => "photo-corrupt",
        }
    }
}

/// Makes the display copy and thumbnail of one uploaded photo.
///
/// Pure CPU work of some tens of milliseconds for a phone photo (the JPEG
/// decoder uses a helper thread per colour channel): call it from a blocking
/// thread (`actix_web::web::block`), never on the async executor.
///
/// Never panics, whatever the bytes: the decoders are fuzzed upstream, and a
/// panic that still escaped one would be reported as [`PhotoError::Corrupt`]
/// (this relies on the default `panic = "unwind"`).
pub fn process(bytes: &[u8]) -> Result<ProcessedPhoto, PhotoError> {
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(PhotoError::TooLarge);
    }
    let format = sniff::sniff(bytes)?;
    // Belt and braces around third-party decoders fed hostile input: one bad
    // upload must cost a 4xx answer, not a worker thread. The closure owns no
    // state that could be seen half-updated afterwards.
    panic::catch_unwind(AssertUnwindSafe(|| pipeline(bytes, format)))
        .unwrap_or(Err(PhotoError::Corrupt))
}

/// [`process`] after the size and format checks, without the panic guard (so
/// the tests see a decoder panic rather than a quiet `Corrupt`).
fn pipeline(bytes: &[u8], format: sniff::Format) -> Result<ProcessedPhoto, PhotoError> {
    let decoded = decode::decode(bytes, format, DISPLAY_MAX_SIDE)?;
    let orientation = decoded.orientation;
    // Longest side is the same before and after turning, so resize first and
    // turn the smaller image.
    let display = output::shrink(decoded, DISPLAY_MAX_SIDE)?;
    let display = output::turn_upright(display, orientation)?;
    let thumbnail = output::shrink_rgb(&display, THUMBNAIL_MAX_SIDE)?;

    Ok(ProcessedPhoto {
        display: output::encode_jpeg(&display, DISPLAY_QUALITY)?,
        thumbnail: output::encode_jpeg(&thumbnail, THUMBNAIL_QUALITY)?,
        width: display.width,
        height: display.height,
    })
}

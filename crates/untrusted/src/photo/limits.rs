//! Every bound the photo pipeline enforces, in one place, so that what a tenant
//! may upload and what one upload may cost the server can be read at a glance.

/// Largest upload accepted for one photo, in bytes (10 MiB).
///
/// A 12-megapixel phone JPEG is 2–5 MB and a 50-megapixel one rarely exceeds
/// 10 MB. The check happens before anything is parsed, so the HTTP layer
/// should cap the request body at the same size (plus multipart overhead).
pub const MAX_UPLOAD_BYTES: usize = 10 * 1024 * 1024;

/// Largest image accepted, in pixels (width × height): 50 megapixels, enough
/// for the high-resolution modes of current phone cameras.
///
/// Checked against the dimensions in the file's header, before any pixel
/// buffer is allocated: a decompression bomb (say a 50 000 × 50 000 PNG of a
/// few hundred bytes) is turned away without costing memory.
pub const MAX_PIXELS: u64 = 50_000_000;

/// Largest accepted width or height, in pixels. Together with [`MAX_PIXELS`]
/// this also turns away absurd strips (1 × 40 000 000) that the pixel count
/// alone would let through.
pub const MAX_SIDE: u32 = 12_000;

/// Most memory one decoder may allocate, in bytes (256 MiB), passed to the
/// decoders as [`image::Limits::max_alloc`] and jpeg-decoder's
/// `set_max_decoding_buffer_size`.
///
/// A [`MAX_PIXELS`] image needs 200 MB as 8-bit RGBA, so everything within the
/// pixel limit in 8-bit colour decodes; a 16-bit-per-channel PNG that large
/// (400 MB) is refused as too many pixels. Phone JPEGs are decoded at a reduced
/// scale and stay far below this bound.
pub const MAX_DECODE_ALLOC: u64 = 256 * 1024 * 1024;

/// Longest side of the display copy, in pixels. Smaller photos are not
/// enlarged.
pub const DISPLAY_MAX_SIDE: u32 = 1600;

/// JPEG quality of the display copy (libjpeg scale, 1–100).
pub const DISPLAY_QUALITY: u8 = 82;

/// Longest side of the thumbnail, in pixels. Smaller photos are not enlarged.
pub const THUMBNAIL_MAX_SIDE: u32 = 400;

/// JPEG quality of the thumbnail (libjpeg scale, 1–100).
pub const THUMBNAIL_QUALITY: u8 = 80;

// Checked when compiling. Every image within the pixel limit must fit the
// decoders' allocation limit as 8-bit RGBA, or some photos within the
// documented limit would be refused anyway.
const _: () = assert!(MAX_PIXELS * 4 <= MAX_DECODE_ALLOC);
// The thumbnail is made from the display copy, so it cannot be the larger.
const _: () = assert!(THUMBNAIL_MAX_SIDE <= DISPLAY_MAX_SIDE);

//! Turns an upload into 8-bit pixels, refusing oversized images from their
//! header before any pixel buffer is allocated.
//!
//! Phone JPEGs take a fast path: jpeg-decoder's DCT scaling decodes them
//! directly at 1/2, 1/4 or 1/8 of their size ("shrink on load"), the largest
//! reduction that still leaves at least the display size. A 12-megapixel photo
//! is then decoded as 3 megapixels, which is most of what makes the pipeline
//! fast and keeps its memory small. PNG, WebP and the rare JPEG the fast path
//! does not handle (CMYK) go through the `image` crate at full size.

use std::io::Cursor;

use image::error::{ImageError, LimitErrorKind};
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use jpeg_decoder::PixelFormat;

use super::limits::{MAX_DECODE_ALLOC, MAX_PIXELS, MAX_SIDE};
use super::sniff::Format;
use super::PhotoError;

/// Decoded pixels, row-major and tightly packed.
pub(crate) enum Pixels {
    /// Three bytes a pixel.
    Rgb(Vec<u8>),
    /// Four bytes a pixel, not premultiplied; kept until after resizing so
    /// that transparent edges blend correctly, then laid over white.
    Rgba(Vec<u8>),
}

/// An image as decoded: possibly already reduced by the JPEG fast path, and
/// not yet turned upright.
pub(crate) struct Decoded {
    pub width: u32,
    pub height: u32,
    pub pixels: Pixels,
    /// The EXIF orientation, to be applied once the image is small.
    pub orientation: Orientation,
}

/// Decodes `bytes` (already recognised as `format`). `target_side` is the
/// longest side the caller needs: the JPEG fast path reduces the image no
/// further than that.
pub(crate) fn decode(
    bytes: &[u8],
    format: Format,
    target_side: u32,
) -> Result<Decoded, PhotoError> {
    match format {
        Format::Jpeg => decode_jpeg(bytes, target_side),
        Format::Png => decode_with_image(bytes, ImageFormat::Png),
        Format::WebP => decode_with_image(bytes, ImageFormat::WebP),
    }
}

/// Refuses dimensions beyond the limits; called with the header's dimensions,
/// before anything is allocated for the pixels.
fn check_dimensions(width: u32, height: u32) -> Result<(), PhotoError> {
    if width == 0 || height == 0 {
        return Err(PhotoError::Corrupt);
    }
    if width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(PhotoError::TooManyPixels);
    }
    Ok(())
}

fn decode_jpeg(bytes: &[u8], target_side: u32) -> Result<Decoded, PhotoError> {
    let mut decoder = jpeg_decoder::Decoder::new(bytes);
    decoder.set_max_decoding_buffer_size(MAX_DECODE_ALLOC as usize);
    // Reads the markers up to the frame header only.
    decoder.read_info().map_err(jpeg_error)?;
    let info = decoder.info().ok_or(PhotoError::Corrupt)?;
    check_dimensions(info.width.into(), info.height.into())?;

    match info.pixel_format {
        PixelFormat::L8 | PixelFormat::RGB24 => {}
        // CMYK (print workflows, never a phone) and 16-bit lossless JPEG:
        // the image crate converts CMYK to RGB and refuses what it cannot do.
        PixelFormat::CMYK32 | PixelFormat::L16 => {
            return decode_with_image(bytes, ImageFormat::Jpeg)
        }
    }

    // `scale` picks the smallest of 1/8, 1/4, 1/2 and 1 that keeps the result
    // at least this size along one axis, so the resize after it only shrinks.
    let target = u16::try_from(target_side).unwrap_or(u16::MAX);
    let (width, height) = decoder.scale(target, target).map_err(jpeg_error)?;
    // jpeg-decoder only returns once it has seen the end-of-image marker, so
    // a truncated upload is an error here rather than a half-grey photo.
    let raw = decoder.decode().map_err(jpeg_error)?;
    let orientation = decoder
        .exif_data()
        .and_then(Orientation::from_exif_chunk)
        .unwrap_or(Orientation::NoTransforms);

    let (width, height) = (u32::from(width), u32::from(height));
    let pixel_count = width as usize * height as usize;
    let rgb = match info.pixel_format {
        PixelFormat::L8 if raw.len() == pixel_count => {
            raw.iter().flat_map(|&luma| [luma, luma, luma]).collect()
        }
        PixelFormat::RGB24 if raw.len() == pixel_count * 3 => raw,
        _ => return Err(PhotoError::Corrupt),
    };
    Ok(Decoded {
        width,
        height,
        pixels: Pixels::Rgb(rgb),
        orientation,
    })
}

fn jpeg_error(error: jpeg_decoder::Error) -> PhotoError {
    match error {
        // Arithmetic coding, hierarchical mode, 12-bit samples and the like:
        // valid JPEG, but nothing a phone writes.
        jpeg_decoder::Error::Unsupported(_) => PhotoError::Unsupported,
        // Malformed data, or the input ended early (an I/O error on a slice).
        _ => PhotoError::Corrupt,
    }
}

/// The general path, through the `image` crate at full size, with its decoder
/// limits set so that it refuses a bomb from the header as well.
fn decode_with_image(bytes: &[u8], format: ImageFormat) -> Result<Decoded, PhotoError> {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_ALLOC);

    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(image_error)?;
    let (width, height) = decoder.dimensions();
    check_dimensions(width, height)?;
    // A damaged EXIF block costs the photo its rotation, not its upload.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let image = DynamicImage::from_decoder(decoder).map_err(image_error)?;

    let pixels = if image.color().has_alpha() {
        Pixels::Rgba(image.into_rgba8().into_raw())
    } else {
        Pixels::Rgb(image.into_rgb8().into_raw())
    };
    Ok(Decoded {
        width,
        height,
        pixels,
        orientation,
    })
}

fn image_error(error: ImageError) -> PhotoError {
    match error {
        ImageError::Limits(limit) => match limit.kind() {
            LimitErrorKind::DimensionError | LimitErrorKind::InsufficientMemory => {
                PhotoError::TooManyPixels
            }
            _ => PhotoError::Unsupported,
        },
        ImageError::Unsupported(_) => PhotoError::Unsupported,
        _ => PhotoError::Corrupt,
    }
}

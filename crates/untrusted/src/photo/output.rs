//! From decoded pixels to the two JPEGs: resize, turn upright, encode.

use fast_image_resize::images::{Image, ImageRef};
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::metadata::Orientation;
use image::{DynamicImage, RgbImage};
use jpeg_encoder::{ChromaSubsamplingMethod, ColorType, Encoder, SamplingFactor};

use super::decode::{Decoded, Pixels};
use super::PhotoError;

/// An opaque 8-bit RGB image, row-major and tightly packed.
pub(crate) struct Rgb {
    pub width: u32,
    pub height: u32,
    pub data: Vec<u8>,
}

/// The size of a `width` × `height` image scaled so that its longest side is
/// at most `max_side`, keeping its proportions. Never enlarges.
pub(crate) fn fit_within(width: u32, height: u32, max_side: u32) -> (u32, u32) {
    let longest = width.max(height);
    if longest <= max_side {
        return (width, height);
    }
    let scale = |side: u32| {
        let scaled =
            (u64::from(side) * u64::from(max_side) + u64::from(longest) / 2) / u64::from(longest);
        // A 12 000 × 1 strip must not become 1600 × 0.
        scaled.max(1) as u32
    };
    (scale(width), scale(height))
}

/// Scales `decoded` to fit within `max_side` and lays any transparency over
/// white (JPEG has no alpha; white is what a transparent PNG looks like on
/// the portal's pages).
pub(crate) fn shrink(decoded: Decoded, max_side: u32) -> Result<Rgb, PhotoError> {
    let Decoded {
        width,
        height,
        pixels,
        ..
    } = decoded;
    let (new_width, new_height) = fit_within(width, height, max_side);
    match pixels {
        Pixels::Rgb(data) => {
            let data = resize(data, width, height, new_width, new_height, PixelType::U8x3)?;
            Ok(Rgb {
                width: new_width,
                height: new_height,
                data,
            })
        }
        Pixels::Rgba(data) => {
            // Resizing RGBA before flattening lets the resizer weight colours
            // by their alpha, and flattens a 1600 px image instead of the
            // full-size one.
            let rgba = resize(data, width, height, new_width, new_height, PixelType::U8x4)?;
            Ok(Rgb {
                width: new_width,
                height: new_height,
                data: flatten_over_white(&rgba),
            })
        }
    }
}

/// Scales an opaque image to fit within `max_side`: the thumbnail, made from
/// the 2-megapixel display copy rather than from the decoded original.
pub(crate) fn shrink_rgb(image: &Rgb, max_side: u32) -> Result<Rgb, PhotoError> {
    let (new_width, new_height) = fit_within(image.width, image.height, max_side);
    if (new_width, new_height) == (image.width, image.height) {
        return Ok(Rgb {
            width: image.width,
            height: image.height,
            data: image.data.clone(),
        });
    }
    let source = ImageRef::new(image.width, image.height, &image.data, PixelType::U8x3)
        .map_err(|_| PhotoError::Corrupt)?;
    let data = resize_into_new(&source, new_width, new_height, PixelType::U8x3)?;
    Ok(Rgb {
        width: new_width,
        height: new_height,
        data,
    })
}

/// Resizes an owned buffer, giving it back untouched when the size is right.
fn resize(
    data: Vec<u8>,
    width: u32,
    height: u32,
    new_width: u32,
    new_height: u32,
    pixel_type: PixelType,
) -> Result<Vec<u8>, PhotoError> {
    if (new_width, new_height) == (width, height) {
        return Ok(data);
    }
    // A decoder returning fewer bytes than its dimensions promise is a
    // damaged file as far as the tenant is concerned.
    let source =
        ImageRef::new(width, height, &data, pixel_type).map_err(|_| PhotoError::Corrupt)?;
    resize_into_new(&source, new_width, new_height, pixel_type)
}

fn resize_into_new(
    source: &ImageRef<'_>,
    new_width: u32,
    new_height: u32,
    pixel_type: PixelType,
) -> Result<Vec<u8>, PhotoError> {
    let mut target = Image::new(new_width, new_height, pixel_type);
    // Lanczos3, as libvips' thumbnail uses: sharp without visible ringing.
    // fast_image_resize picks AVX2/SSE4.1 at run time.
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    Resizer::new()
        .resize(source, &mut target, &options)
        .map_err(|_| PhotoError::Corrupt)?;
    Ok(target.into_vec())
}

fn flatten_over_white(rgba: &[u8]) -> Vec<u8> {
    let mut rgb = Vec::with_capacity(rgba.len() / 4 * 3);
    for pixel in rgba.chunks_exact(4) {
        let alpha = u32::from(pixel[3]);
        for &channel in &pixel[..3] {
            let blended = (u32::from(channel) * alpha + 255 * (255 - alpha) + 127) / 255;
            rgb.push(blended as u8);
        }
    }
    rgb
}

/// Applies the EXIF orientation, so the photo stands the way it was taken
/// once the EXIF block that said so is gone. Done on the display copy, where
/// turning moves 2 megapixels rather than 12.
pub(crate) fn turn_upright(image: Rgb, orientation: Orientation) -> Result<Rgb, PhotoError> {
    if orientation == Orientation::NoTransforms {
        return Ok(image);
    }
    let buffer =
        RgbImage::from_raw(image.width, image.height, image.data).ok_or(PhotoError::Corrupt)?;
    let mut turned = DynamicImage::ImageRgb8(buffer);
    turned.apply_orientation(orientation);
    let turned = turned.into_rgb8();
    Ok(Rgb {
        width: turned.width(),
        height: turned.height(),
        data: turned.into_raw(),
    })
}

/// Encodes a baseline JPEG. The encoder writes only the JFIF APP0 header and
/// the image itself: no EXIF, XMP, ICC or GPS data can reach the output,
/// whatever the upload carried.
pub(crate) fn encode_jpeg(image: &Rgb, quality: u8) -> Result<Vec<u8>, PhotoError> {
    // Both sides are at most the display size, far below JPEG's 65 535.
    let width = u16::try_from(image.width).map_err(|_| PhotoError::TooManyPixels)?;
    let height = u16::try_from(image.height).map_err(|_| PhotoError::TooManyPixels)?;

    let mut jpeg = Vec::with_capacity(image.data.len() / 8);
    let mut encoder = Encoder::new(&mut jpeg, quality);
    // 4:2:0 chroma, as libjpeg and libvips use at these qualities, averaged
    // rather than point-sampled so that coloured edges stay clean.
    encoder.set_sampling_factor(SamplingFactor::F_2_2);
    encoder.set_chroma_subsampling_method(ChromaSubsamplingMethod::Average);
    // The standard Huffman tables, deliberately: jpeg-encoder 0.7's optimised
    // tables made files that zune-jpeg (the `image` crate's JPEG decoder)
    // decoded as stripes while libjpeg read them fine; the tests decode every
    // output with two decoders to catch such a thing.
    encoder
        .encode(&image.data, width, height, ColorType::Rgb)
        .map_err(|_| PhotoError::Corrupt)?;
    Ok(jpeg)
}

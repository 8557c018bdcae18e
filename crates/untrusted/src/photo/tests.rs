//! Tests of the photo pipeline on images made here: real encoders, hand-built
//! EXIF, crafted bombs, damaged and random bytes.

use std::io::Cursor;
use std::time::{Duration, Instant};

use image::{ExtendedColorType, ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};

use super::limits::{MAX_SIDE, MAX_UPLOAD_BYTES};
use super::output::fit_within;
use super::{pipeline, process, sniff, PhotoError, ProcessedPhoto};

// ---- making test images ----------------------------------------------------

/// Smooth gradients with a busy pattern on top: decodes like a photo, not
/// like a flat colour.
fn photo_like(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        let pattern = (x.wrapping_mul(7) ^ y.wrapping_mul(13)) % 64;
        Rgb([
            (x * 191 / width) as u8 + pattern as u8,
            (y * 191 / height) as u8 + pattern as u8,
            ((x + y) % 128) as u8 + 64,
        ])
    })
}

/// Left half red, right half blue: shows which way an image was turned.
fn red_left_blue_right(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, _| {
        if x < width / 2 {
            Rgb([255, 0, 0])
        } else {
            Rgb([0, 0, 255])
        }
    })
}

/// A baseline JPEG from the `image` crate's encoder (writes JFIF only).
fn jpeg(image: &RgbImage) -> Vec<u8> {
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 90)
        .encode_image(image)
        .unwrap();
    bytes
}

/// A JPEG from jpeg-encoder, for what the `image` crate's encoder cannot
/// write: progressive, CMYK.
fn jpeg_with(
    data: &[u8],
    width: u16,
    height: u16,
    color: jpeg_encoder::ColorType,
    progressive: bool,
) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut bytes, 90);
    encoder.set_progressive(progressive);
    encoder.encode(data, width, height, color).unwrap();
    bytes
}

fn png(image: &RgbImage) -> Vec<u8> {
    let mut bytes = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png)
        .unwrap();
    bytes
}

fn webp(image: &RgbImage) -> Vec<u8> {
    let mut bytes = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut bytes)
        .encode(
            image.as_raw(),
            image.width(),
            image.height(),
            ExtendedColorType::Rgb8,
        )
        .unwrap();
    bytes
}

/// Inserts a segment (`marker`, `payload`) right after the JPEG's SOI, where
/// cameras put their EXIF block.
fn with_segment(jpeg: &[u8], marker: u8, payload: &[u8]) -> Vec<u8> {
    let length = u16::try_from(payload.len() + 2).unwrap();
    let mut bytes = jpeg[..2].to_vec();
    bytes.extend([0xFF, marker]);
    bytes.extend(length.to_be_bytes());
    bytes.extend(payload);
    bytes.extend(&jpeg[2..]);
    bytes
}

const CAMERA_MAKE: &[u8] = b"PortineriaTestCam\0";

/// An EXIF APP1 payload as a phone writes it: camera make, `orientation`, and
/// a GPS position (45° 4' 12.34" N) in its own IFD. Little-endian TIFF.
fn exif_payload(orientation: u16) -> Vec<u8> {
    fn entry(tiff: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32) {
        tiff.extend(tag.to_le_bytes());
        tiff.extend(kind.to_le_bytes());
        tiff.extend(count.to_le_bytes());
        tiff.extend(value.to_le_bytes());
    }
    const ASCII: u16 = 2;
    const SHORT: u16 = 3;
    const LONG: u16 = 4;
    const RATIONAL: u16 = 5;

    let ifd0 = 8u32;
    let make_at = ifd0 + 2 + 3 * 12 + 4;
    let gps_ifd = make_at + CAMERA_MAKE.len() as u32;
    let latitude_at = gps_ifd + 2 + 2 * 12 + 4;

    let mut tiff = b"II\x2a\x00".to_vec();
    tiff.extend(ifd0.to_le_bytes());
    tiff.extend(3u16.to_le_bytes());
    entry(&mut tiff, 0x010F, ASCII, CAMERA_MAKE.len() as u32, make_at); // Make
    entry(&mut tiff, 0x0112, SHORT, 1, u32::from(orientation)); // Orientation
    entry(&mut tiff, 0x8825, LONG, 1, gps_ifd); // GPSInfo
    tiff.extend(0u32.to_le_bytes());
    tiff.extend(CAMERA_MAKE);
    tiff.extend(2u16.to_le_bytes());
    entry(&mut tiff, 0x0001, ASCII, 2, u32::from_le_bytes(*b"N\0\0\0")); // GPSLatitudeRef
    entry(&mut tiff, 0x0002, RATIONAL, 3, latitude_at); // GPSLatitude
    tiff.extend(0u32.to_le_bytes());
    for (numerator, denominator) in [(45u32, 1u32), (4, 1), (1234, 100)] {
        tiff.extend(numerator.to_le_bytes());
        tiff.extend(denominator.to_le_bytes());
    }

    let mut payload = b"Exif\0\0".to_vec();
    payload.extend(tiff);
    payload
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A valid PNG header declaring `width` × `height` RGB pixels, followed by a
/// tiny IDAT: a decompression bomb's shape, a few dozen bytes on disk.
fn png_header_only(width: u32, height: u32) -> Vec<u8> {
    fn chunk(png: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        png.extend(u32::try_from(data.len()).unwrap().to_be_bytes());
        let mut checked = kind.to_vec();
        checked.extend(data);
        png.extend(&checked);
        png.extend(crc32(&checked).to_be_bytes());
    }
    let mut ihdr = Vec::new();
    ihdr.extend(width.to_be_bytes());
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]); // 8-bit RGB, deflate, no filter, no interlace
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut png, b"IHDR", &ihdr);
    chunk(
        &mut png,
        b"IDAT",
        &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    );
    chunk(&mut png, b"IEND", &[]);
    png
}

/// Rewrites the dimensions in a baseline JPEG's SOF0 header.
fn with_jpeg_dimensions(jpeg: &[u8], width: u16, height: u16) -> Vec<u8> {
    let mut bytes = jpeg.to_vec();
    let sof = bytes
        .windows(2)
        .position(|w| w == [0xFF, 0xC0])
        .expect("SOF0");
    bytes[sof + 5..sof + 7].copy_from_slice(&height.to_be_bytes());
    bytes[sof + 7..sof + 9].copy_from_slice(&width.to_be_bytes());
    bytes
}

// ---- checking outputs --------------------------------------------------------

fn decode_rgb(jpeg: &[u8]) -> RgbImage {
    image::load_from_memory_with_format(jpeg, ImageFormat::Jpeg)
        .unwrap()
        .to_rgb8()
}

fn dimensions(jpeg: &[u8]) -> (u32, u32) {
    let image = decode_rgb(jpeg);
    (image.width(), image.height())
}

/// The markers of a JPEG's segments, from SOI up to and including SOS, after
/// checking that the entropy-coded data after SOS hides no further marker
/// (only byte stuffing, restart markers and the final EOI).
fn segment_markers(jpeg: &[u8]) -> Vec<u8> {
    assert!(jpeg.starts_with(&[0xFF, 0xD8]), "no SOI");
    assert!(jpeg.ends_with(&[0xFF, 0xD9]), "no EOI at the end");
    let mut markers = vec![0xD8];
    let mut at = 2;
    loop {
        assert_eq!(jpeg[at], 0xFF, "segment expected at {at}");
        let marker = jpeg[at + 1];
        markers.push(marker);
        let length = usize::from(u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]));
        at += 2 + length;
        if marker == 0xDA {
            break;
        }
    }
    let data = &jpeg[at..jpeg.len() - 2];
    for (i, pair) in data.windows(2).enumerate() {
        if pair[0] == 0xFF {
            assert!(
                matches!(pair[1], 0x00 | 0xD0..=0xD7),
                "marker FF{:02X} inside the image data at {}",
                pair[1],
                at + i
            );
        }
    }
    markers
}

/// Only the JFIF APP0 header: no APP1..APP15 (EXIF, XMP, ICC, vendor
/// blocks) and no comment.
fn assert_no_metadata(jpeg: &[u8]) {
    for marker in segment_markers(jpeg) {
        assert!(
            !matches!(marker, 0xE1..=0xEF | 0xFE),
            "output carries segment FF{marker:02X}"
        );
    }
    for needle in [
        &b"Exif"[..],
        b"PortineriaTestCam",
        b"ICC_PROFILE",
        b"http://ns.adobe.com",
    ] {
        assert!(
            !jpeg.windows(needle.len()).any(|w| w == needle),
            "output contains {:?}",
            String::from_utf8_lossy(needle)
        );
    }
}

fn psnr(a: &[u8], b: &[u8]) -> f64 {
    assert_eq!(a.len(), b.len());
    let squared: f64 = a
        .iter()
        .zip(b)
        .map(|(&x, &y)| (f64::from(x) - f64::from(y)).powi(2))
        .sum();
    let mse = squared / a.len() as f64;
    if mse == 0.0 {
        f64::INFINITY
    } else {
        10.0 * (255.0 * 255.0 / mse).log10()
    }
}

/// Checks both outputs: sizes, no metadata, and that two independent
/// decoders (zune-jpeg through `image`, and jpeg-decoder) see the same image.
fn assert_valid_outputs(photo: &ProcessedPhoto, display: (u32, u32), thumbnail: (u32, u32)) {
    assert_eq!((photo.width, photo.height), display);
    assert_eq!(dimensions(&photo.display), display);
    assert_eq!(dimensions(&photo.thumbnail), thumbnail);
    for jpeg in [&photo.display, &photo.thumbnail] {
        assert_no_metadata(jpeg);
        let mut other = jpeg_decoder::Decoder::new(&jpeg[..]);
        let pixels = other.decode().unwrap();
        let agreement = psnr(decode_rgb(jpeg).as_raw(), &pixels);
        assert!(
            agreement > 40.0,
            "decoders disagree: PSNR {agreement:.1} dB"
        );
    }
}

fn assert_colour_near(image: &RgbImage, x: u32, y: u32, expected: [u8; 3]) {
    let actual = image.get_pixel(x, y).0;
    let close = actual
        .iter()
        .zip(expected)
        .all(|(&a, e)| a.abs_diff(e) < 40);
    assert!(
        close,
        "pixel ({x}, {y}) is {actual:?}, expected about {expected:?}"
    );
}

// ---- what is accepted ----------------------------------------------------------

#[test]
fn phone_jpeg_is_turned_upright_and_stripped_of_exif_and_gps() {
    let original = jpeg(&red_left_blue_right(64, 32));
    let upload = with_segment(&original, 0xE1, &exif_payload(6));

    let photo = process(&upload).unwrap();

    // Orientation 6: the camera was turned a quarter clockwise, so the
    // stored left edge (red) is the top of the scene.
    assert_valid_outputs(&photo, (32, 64), (32, 64));
    let display = decode_rgb(&photo.display);
    assert_colour_near(&display, 16, 8, [255, 0, 0]);
    assert_colour_near(&display, 16, 56, [0, 0, 255]);
}

#[test]
fn every_orientation_gives_upright_dimensions() {
    let original = jpeg(&photo_like(60, 20));
    for orientation in 1..=8u16 {
        let upload = with_segment(&original, 0xE1, &exif_payload(orientation));
        let photo = process(&upload).unwrap();
        let expected = if orientation >= 5 { (20, 60) } else { (60, 20) };
        assert_eq!(
            (photo.width, photo.height),
            expected,
            "orientation {orientation}"
        );
        assert_no_metadata(&photo.display);
    }
}

#[test]
fn xmp_icc_and_comments_are_not_carried_over() {
    let mut upload = jpeg(&photo_like(80, 60));
    upload = with_segment(&upload, 0xFE, b"shot at Via Roma 12, flat 3B");
    upload = with_segment(&upload, 0xE2, b"ICC_PROFILE\0\x01\x01not really a profile");
    upload = with_segment(
        &upload,
        0xE1,
        b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>45,4.2N</exif:GPSLatitude></x:xmpmeta>",
    );
    upload = with_segment(&upload, 0xE1, &exif_payload(1));

    let photo = process(&upload).unwrap();

    assert_valid_outputs(&photo, (80, 60), (80, 60));
    assert!(!photo.display.windows(8).any(|w| w == b"Via Roma"));
}

#[test]
fn large_jpeg_is_reduced_on_load_and_fits_both_limits() {
    // 3300 px wide: decoded at half size (1650), then resized to 1600.
    let photo = process(&jpeg(&photo_like(3300, 1000))).unwrap();
    assert_valid_outputs(&photo, (1600, 485), (400, 121));
}

#[test]
fn portrait_progressive_and_grey_jpegs_are_accepted() {
    let portrait = photo_like(900, 2000);
    let progressive = jpeg_with(
        portrait.as_raw(),
        900,
        2000,
        jpeg_encoder::ColorType::Rgb,
        true,
    );
    let photo = process(&progressive).unwrap();
    assert_valid_outputs(&photo, (720, 1600), (180, 400));

    let grey: Vec<u8> = (0..120 * 90).map(|i| (i % 251) as u8).collect();
    let grey = jpeg_with(&grey, 120, 90, jpeg_encoder::ColorType::Luma, false);
    assert_valid_outputs(&process(&grey).unwrap(), (120, 90), (120, 90));
}

#[test]
fn cmyk_jpeg_is_converted_to_rgb() {
    // Pure cyan ink only: (0, 255, 255) on screen.
    let cmyk: Vec<u8> = [255u8, 0, 0, 0].repeat(64 * 48);
    let upload = jpeg_with(&cmyk, 64, 48, jpeg_encoder::ColorType::Cmyk, false);
    let photo = process(&upload).unwrap();
    assert_valid_outputs(&photo, (64, 48), (64, 48));
    assert_colour_near(&decode_rgb(&photo.display), 32, 24, [0, 255, 255]);
}

#[test]
fn png_and_webp_are_accepted() {
    // Just over the longest side kept, so it is reduced: encoding a larger lossless WebP
    // here only costs time.
    let image = photo_like(1800, 900);
    for upload in [png(&image), webp(&image)] {
        let photo = process(&upload).unwrap();
        assert_valid_outputs(&photo, (1600, 800), (400, 200));
    }
}

#[test]
fn small_photos_are_not_enlarged() {
    let photo = process(&png(&photo_like(300, 200))).unwrap();
    assert_valid_outputs(&photo, (300, 200), (300, 200));
}

#[test]
fn transparency_is_laid_over_white() {
    let image = RgbaImage::from_fn(500, 100, |x, _| {
        if x < 250 {
            Rgba([0, 0, 0, 0])
        } else {
            Rgba([0, 0, 200, 255])
        }
    });
    let mut upload = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut upload), ImageFormat::Png)
        .unwrap();

    let photo = process(&upload).unwrap();

    assert_valid_outputs(&photo, (500, 100), (400, 80));
    let display = decode_rgb(&photo.display);
    assert_colour_near(&display, 100, 50, [255, 255, 255]);
    assert_colour_near(&display, 400, 50, [0, 0, 200]);
}

// ---- what is refused, and why -------------------------------------------------

#[test]
fn png_decompression_bomb_is_refused_from_its_header() {
    let started = Instant::now();
    for (width, height) in [(50_000, 50_000), (MAX_SIDE + 1, 10), (10_000, 10_000)] {
        let bomb = png_header_only(width, height);
        assert!(bomb.len() < 100);
        assert_eq!(
            process(&bomb),
            Err(PhotoError::TooManyPixels),
            "{width}x{height}"
        );
    }
    // Allocating 7.5 GB for 50 000² RGB pixels would take far longer, if it
    // worked at all.
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[test]
fn jpeg_decompression_bomb_is_refused_from_its_header() {
    let small = jpeg(&photo_like(32, 32));
    for (width, height) in [(60_000, 60_000), (MAX_SIDE as u16 + 1, 8), (10_000, 8_000)] {
        let bomb = with_jpeg_dimensions(&small, width, height);
        assert_eq!(
            process(&bomb),
            Err(PhotoError::TooManyPixels),
            "{width}x{height}"
        );
    }
}

#[test]
fn truncated_uploads_are_corrupt() {
    let whole = jpeg(&photo_like(640, 480));
    for keep in [whole.len() / 2, whole.len() - 2, 700] {
        assert_eq!(
            process(&whole[..keep]),
            Err(PhotoError::Corrupt),
            "JPEG cut at {keep}"
        );
    }
    let whole = png(&photo_like(640, 480));
    assert_eq!(process(&whole[..whole.len() / 2]), Err(PhotoError::Corrupt));
    let whole = webp(&photo_like(640, 480));
    assert_eq!(process(&whole[..whole.len() / 2]), Err(PhotoError::Corrupt));
}

#[test]
fn heic_is_recognised_by_its_ftyp_brands() {
    fn ftyp(major: &[u8; 4], compatible: &[&[u8; 4]]) -> Vec<u8> {
        let size = 16 + 4 * compatible.len() as u32;
        let mut bytes = size.to_be_bytes().to_vec();
        bytes.extend(b"ftyp");
        bytes.extend(major);
        bytes.extend([0, 0, 0, 0]);
        for brand in compatible {
            bytes.extend(*brand);
        }
        bytes.extend(b"\0\0\0\x08meta"); // whatever follows
        bytes
    }
    let iphone = ftyp(b"heic", &[b"mif1", b"heic"]);
    assert_eq!(process(&iphone), Err(PhotoError::Heic));
    for (major, compatible) in [
        (b"mif1", &[b"heic"]),
        (b"msf1", &[b"hevc"]),
        (b"heix", &[b"mif1"]),
    ] {
        assert_eq!(process(&ftyp(major, compatible)), Err(PhotoError::Heic));
    }
    // AVIF also lists mif1, but is not HEIC; a video is not a photo at all.
    assert_eq!(
        process(&ftyp(b"avif", &[b"mif1", b"miaf"])),
        Err(PhotoError::Unsupported)
    );
    assert_eq!(
        process(&ftyp(b"isom", &[b"mp41"])),
        Err(PhotoError::Unsupported)
    );
}

#[test]
fn formats_are_judged_by_content_not_name() {
    let svg = br#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>"#;
    let refused: [&[u8]; 6] = [
        svg,
        b"Dear landlord, the boiler is broken again.\n", // a .txt renamed photo.jpg
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
        b"BM\x1e\x00\x00\x00\x00\x00\x00\x00\x1a\x00\x00\x00",
        b"%PDF-1.7\n",
        b"",
    ];
    for bytes in refused {
        assert_eq!(
            process(bytes),
            Err(PhotoError::Unsupported),
            "{:?}",
            String::from_utf8_lossy(bytes)
        );
    }
}

#[test]
fn uploads_over_the_size_limit_are_refused_before_parsing() {
    let mut huge = jpeg(&photo_like(16, 16));
    huge.resize(MAX_UPLOAD_BYTES + 1, 0);
    assert_eq!(process(&huge), Err(PhotoError::TooLarge));
    // Exactly at the limit the size passes, and the trailing zeros after the
    // end-of-image marker are ignored as cameras' trailers are.
    huge.truncate(MAX_UPLOAD_BYTES);
    assert!(process(&huge).is_ok());
}

#[test]
fn every_error_has_its_message_key() {
    let keys = [
        (PhotoError::TooLarge, "photo-too-large"),
        (PhotoError::TooManyPixels, "photo-too-many-pixels"),
        (PhotoError::Heic, "photo-heic"),
        (PhotoError::Unsupported, "photo-unsupported"),
        (PhotoError::Corrupt, "photo-corrupt"),
    ];
    for (error, key) in keys {
        assert_eq!(error.message_key(), key);
        assert!(!error.to_string().is_empty());
    }
}

#[test]
fn fitting_keeps_proportions_and_never_enlarges() {
    assert_eq!(fit_within(4032, 3024, 1600), (1600, 1200));
    assert_eq!(fit_within(3024, 4032, 1600), (1200, 1600));
    assert_eq!(fit_within(1600, 1200, 400), (400, 300));
    assert_eq!(fit_within(1000, 800, 1600), (1000, 800));
    assert_eq!(fit_within(12_000, 1, 1600), (1600, 1));
    assert_eq!(fit_within(1, 1, 400), (1, 1));
}

// ---- hostile bytes -------------------------------------------------------------

/// xorshift64*: deterministic, so a failure can be replayed.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
}

/// Feeds damaged and random bytes to the pipeline *without* the panic guard,
/// so that a decoder panic fails this test instead of hiding as `Corrupt`.
#[test]
fn damaged_and_random_bytes_never_panic() {
    let image = photo_like(48, 40);
    let samples = [
        jpeg(&image),
        with_segment(&jpeg(&image), 0xE1, &exif_payload(6)),
        jpeg_with(image.as_raw(), 48, 40, jpeg_encoder::ColorType::Rgb, true),
        png(&image),
        webp(&image),
    ];
    let mut random = Random(0x5EED_CAFE_F00D_1234);
    let attempt = |bytes: &[u8]| {
        if let Ok(format) = sniff::sniff(bytes) {
            let _ = pipeline(bytes, format);
        }
    };

    for sample in &samples {
        for keep in (0..sample.len()).step_by(7) {
            attempt(&sample[..keep]);
        }
        for _ in 0..400 {
            let mut damaged = sample.clone();
            for _ in 0..1 + random.below(8) {
                let at = random.below(damaged.len());
                damaged[at] = random.next() as u8;
            }
            attempt(&damaged);
        }
    }
    for prefix in [
        &b"\xFF\xD8\xFF"[..],
        b"\x89PNG\r\n\x1a\n",
        b"RIFF\0\0\0\0WEBPVP8 ",
    ] {
        for _ in 0..200 {
            let mut bytes = prefix.to_vec();
            bytes.extend((0..random.below(600)).map(|_| random.next() as u8));
            attempt(&bytes);
        }
    }
}

//! Recognises an upload's format from its first bytes.
//!
//! File names and the client's Content-Type are chosen by the client and prove
//! nothing: a page of text renamed `.jpg` or an SVG sent as `image/jpeg` must
//! be turned away, so only the content decides.

use super::PhotoError;

/// A format the pipeline decodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    Jpeg,
    Png,
    WebP,
}

/// The format of `bytes`, or why it is refused: [`PhotoError::Heic`] for
/// HEIC/HEIF (the iPhone default, which gets its own advice for the tenant),
/// [`PhotoError::Unsupported`] for anything else.
pub(crate) fn sniff(bytes: &[u8]) -> Result<Format, PhotoError> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Ok(Format::Jpeg)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Ok(Format::Png)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Ok(Format::WebP)
    } else if is_heif(bytes) {
        Err(PhotoError::Heic)
    } else {
        Err(PhotoError::Unsupported)
    }
}

/// Brands of the ISO base-media `ftyp` box that mark a HEIF image (HEVC-coded
/// stills and sequences, and the generic image brands `mif1`/`msf1`).
const HEIF_BRANDS: [&[u8; 4]; 10] = [
    b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"msf1",
];

/// AVIF files also list `mif1`/`msf1`, but telling the tenant their photo is
/// HEIC would be wrong: they are plain "unsupported".
const AVIF_BRANDS: [&[u8; 4]; 2] = [b"avif", b"avis"];

/// Whether `bytes` start with an `ftyp` box naming a HEIF brand, as its major
/// brand or among its compatible brands.
fn is_heif(bytes: &[u8]) -> bool {
    if bytes.len() < 12 || &bytes[4..8] != b"ftyp" {
        return false;
    }
    // Box layout: size (u32 BE), "ftyp", major brand, minor version (u32),
    // then compatible brands up to the end of the box. A size below 16 (or
    // the 64-bit size escape, 1) leaves only the major brand to go by.
    let declared = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
    let end = declared.min(bytes.len());
    let compatible = bytes.get(16..end).unwrap_or_default();
    let brands = std::iter::once(&bytes[8..12]).chain(compatible.chunks_exact(4));

    let mut heif = false;
    for brand in brands {
        if AVIF_BRANDS.iter().any(|b| b.as_slice() == brand) {
            return false;
        }
        heif |= HEIF_BRANDS.iter().any(|b| b.as_slice() == brand);
    }
    heif
}

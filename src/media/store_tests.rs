//! The photo store on a directory, and the storage settings it refuses.

use std::io::Cursor;

use image::{ImageFormat, Rgb, RgbImage};

use super::process;
use super::store::{self, Rendition};

/// A 200 × 100 JPEG, as a phone would send.
fn a_photo() -> Vec<u8> {
    let image = RgbImage::from_fn(200, 100, |x, y| Rgb([x as u8, y as u8, 128]));
    let mut jpeg = Cursor::new(vec![]);
    image.write_to(&mut jpeg, ImageFormat::Jpeg).unwrap();
    jpeg.into_inner()
}

#[tokio::test]
async fn saved_photos_can_be_read_back_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let photos = store::PhotoStore::local(dir.path()).unwrap();
    let photo = process(&a_photo()).unwrap();

    let first = photos.save(&photo).await.unwrap();
    let second = photos.save(&photo).await.unwrap();

    assert_ne!(first.key, second.key);
    assert!(store::is_valid_key(&first.key));
    let display = dir.path().join("photos").join(format!("{}.jpg", first.key));
    let thumbnail = dir
        .path()
        .join("photos")
        .join(format!("{}.thumb.jpg", first.key));
    assert_eq!(std::fs::read(&display).unwrap(), photo.display);
    assert_eq!(std::fs::read(&thumbnail).unwrap(), photo.thumbnail);
    let read = photos.read(&first.key, Rendition::Thumbnail).await.unwrap();
    assert_eq!(read.as_deref(), Some(&photo.thumbnail[..]));
    // Four files, and no temporary one left behind.
    assert_eq!(
        std::fs::read_dir(dir.path().join("photos"))
            .unwrap()
            .count(),
        4
    );

    photos.remove(&first.key).await.unwrap();
    assert!(!display.exists() && !thumbnail.exists());
    assert_eq!(
        photos.read(&first.key, Rendition::Display).await.unwrap(),
        None
    );
    // Removing again is not an error, and the other photo is untouched.
    photos.remove(&first.key).await.unwrap();
    assert!(photos
        .read(&second.key, Rendition::Display)
        .await
        .unwrap()
        .is_some());
}

#[tokio::test]
async fn malformed_keys_never_name_an_object() {
    let dir = tempfile::tempdir().unwrap();
    let photos = store::PhotoStore::local(dir.path()).unwrap();
    let malformed = [
        "",
        "../../etc/passwd",
        "0123456789abcdef0123456789abcde",   // 31 characters
        "0123456789abcdef0123456789abcdef0", // 33
        "0123456789ABCDEF0123456789ABCDEF",  // upper case
        "0123456789abcdef0123456789abcde/",
        "0123456789abcdef0123456789abcdeg",
    ];
    for key in malformed {
        assert!(!store::is_valid_key(key), "{key}");
        assert_eq!(Rendition::from_file_name(&format!("{key}.jpg")), None);
        assert_eq!(Rendition::from_file_name(&format!("{key}.thumb.jpg")), None);
        assert_eq!(photos.read(key, Rendition::Display).await.unwrap(), None);
        let error = photos.remove(key).await.unwrap_err();
        assert_eq!(error.kind(), std::io::ErrorKind::InvalidInput);
    }
    let key = "0123456789abcdef0123456789abcdef";
    assert!(store::is_valid_key(key));
    assert_eq!(
        Rendition::from_file_name(&format!("{key}.thumb.jpg")),
        Some((key, Rendition::Thumbnail))
    );
}

#[test]
fn storage_urls_other_than_s3_buckets_are_refused_with_the_expected_shape() {
    let dir = tempfile::tempdir().unwrap();
    for url in [
        "http://bucket",
        "s3://",
        "not a url",
        "s3://bucket?endpoint=http://127.0.0.1:9000&colour=red",
    ] {
        let settings = crate::core::config::StorageSettings {
            url: Some(url.into()),
            aws: vec![],
        };
        let error = store::PhotoStore::open(&settings, dir.path()).unwrap_err();
        assert!(error.to_string().contains("s3://BUCKET"), "{url}: {error}");
    }
}

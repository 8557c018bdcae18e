//! Where processed photos live: `<data dir>/photos/<key>.jpg` (display copy)
//! and `<data dir>/photos/<key>.thumb.jpg` (thumbnail).
//!
//! Keys are 128 random bits in lowercase hex: unguessable, so a photo's URL
//! reveals nothing about other reports, and free of anything a client could
//! use to reach outside the folder. Every function that builds a path from a
//! key checks it with [`is_valid_key`] first.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::ProcessedPhoto;

/// Length of a key: 16 random bytes in hex.
pub const KEY_LEN: usize = 32;

/// Folder under the data directory that holds the photos.
const PHOTOS_DIR: &str = "photos";

/// A saved photo, found again by its key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredPhoto {
    pub key: String,
}

/// Whether `key` has the shape of a key [`save`] hands out: exactly
/// [`KEY_LEN`] lowercase hexadecimal digits.
pub fn is_valid_key(key: &str) -> bool {
    key.len() == KEY_LEN && key.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Path of the display copy of `key`, or `None` if the key is malformed.
pub fn display_path(dir: &Path, key: &str) -> Option<PathBuf> {
    is_valid_key(key).then(|| dir.join(PHOTOS_DIR).join(format!("{key}.jpg")))
}

/// Path of the thumbnail of `key`, or `None` if the key is malformed.
pub fn thumbnail_path(dir: &Path, key: &str) -> Option<PathBuf> {
    is_valid_key(key).then(|| dir.join(PHOTOS_DIR).join(format!("{key}.thumb.jpg")))
}

/// Saves both JPEGs of `photo` under a new random key in `<dir>/photos/`,
/// creating the folder if needed.
///
/// Each file is written to a temporary name, flushed to disk and renamed into
/// place, so a reader (or a crash) never sees half a JPEG under a real name.
/// On failure nothing of this photo is left behind.
pub fn save(dir: &Path, photo: &ProcessedPhoto) -> io::Result<StoredPhoto> {
    let photos = dir.join(PHOTOS_DIR);
    fs::create_dir_all(&photos)?;
    let key = hex::encode(rand::random::<[u8; KEY_LEN / 2]>());
    let invalid = || io::Error::other("generated photo key is malformed");
    let display = display_path(dir, &key).ok_or_else(invalid)?;
    let thumbnail = thumbnail_path(dir, &key).ok_or_else(invalid)?;

    // The thumbnail first: a list page that finds the display copy may
    // assume the thumbnail is there too.
    let written = write_atomically(&thumbnail, &photo.thumbnail)
        .and_then(|()| write_atomically(&display, &photo.display))
        .and_then(|()| sync_dir(&photos));
    if let Err(error) = written {
        // Best effort (a file may never have been written): the error worth
        // reporting is the one already in hand.
        let _ = fs::remove_file(&display);
        let _ = fs::remove_file(&thumbnail);
        return Err(error);
    }
    Ok(StoredPhoto { key })
}

/// Deletes both files of `key`. A file already gone is not an error, so a
/// retried deletion succeeds; a malformed key is (`InvalidInput`).
pub fn remove(dir: &Path, key: &str) -> io::Result<()> {
    let (Some(display), Some(thumbnail)) = (display_path(dir, key), thumbnail_path(dir, key))
    else {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "malformed photo key",
        ));
    };
    for path in [display, thumbnail] {
        match fs::remove_file(&path) {
            Err(error) if error.kind() != io::ErrorKind::NotFound => return Err(error),
            _ => {}
        }
    }
    Ok(())
}

/// Files under `dir` last written before `before` that a crash may have left without a record:
/// `(key, path)` for each photo file (display copy or thumbnail), `(None, path)` for a
/// temporary file a write never finished. Whoever knows which keys are recorded removes the
/// rest (see `app::startup`).
pub fn written_before(
    dir: &Path,
    before: std::time::SystemTime,
) -> io::Result<Vec<(Option<String>, PathBuf)>> {
    let photos = dir.join(PHOTOS_DIR);
    if !photos.is_dir() {
        return Ok(vec![]);
    }
    let mut found = vec![];
    for entry in fs::read_dir(photos)? {
        let entry = entry?;
        let metadata = entry.metadata()?;
        if !metadata.is_file() || metadata.modified()? >= before {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let key = if name.starts_with('.') && name.ends_with(".tmp") {
            None
        } else {
            match name.split('.').next().filter(|k| is_valid_key(k)) {
                Some(key) => Some(key.to_string()),
                // Not ours: never touched.
                None => continue,
            }
        };
        found.push((key, entry.path()));
    }
    Ok(found)
}

/// Writes `bytes` to `path` through a temporary file in the same folder (a
/// rename is atomic only within one file system).
fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let file_name = path
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{file_name}.tmp"));
    let written = (|| {
        // create_new: never follow or reuse something already at that name.
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temporary, path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written
}

/// Makes the renames durable: on Linux a rename is on disk only once its
/// folder is synced.
fn sync_dir(dir: &Path) -> io::Result<()> {
    if cfg!(unix) {
        File::open(dir)?.sync_all()?;
    }
    Ok(())
}

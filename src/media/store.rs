//! Where processed photos live: objects `photos/<key>.jpg` (display copy) and
//! `photos/<key>.thumb.jpg` (thumbnail) in one object store — the data directory by default, or
//! an S3-compatible bucket every app node shares (`PORTINERIA_STORAGE_URL`, see
//! [`StorageSettings`]). Both go through `object_store`, so the code above this module does not
//! know which one it talks to.
//!
//! Keys are 128 random bits in lowercase hex: unguessable, so a photo's URL reveals nothing
//! about other reports, and free of anything a client could use to reach outside the folder.
//! Every function that names an object from a key checks it with [`is_valid_key`] first.
//!
//! Nothing here decides who may see a photo: the bucket is private (the app holds the only
//! credentials) and every photo is served through the app, by the rules of its report or notice.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use chrono::{DateTime, Utc};
use futures_util::TryStreamExt;
use object_store::aws::{AmazonS3Builder, AmazonS3ConfigKey};
use object_store::local::LocalFileSystem;
use object_store::path::Path as ObjectPath;
use object_store::{
    BackoffConfig, ClientOptions, ObjectStore, ObjectStoreExt, PutPayload, RetryConfig,
};

use super::ProcessedPhoto;
use crate::core::config::StorageSettings;

/// Length of a key: 16 random bytes in hex.
pub const KEY_LEN: usize = 32;

/// Folder (or key prefix in a bucket) that holds the photos.
const PHOTOS_DIR: &str = "photos";

/// A saved photo, found again by its key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredPhoto {
    pub key: String,
}

/// Which of a photo's two JPEGs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rendition {
    Display,
    Thumbnail,
}

impl Rendition {
    /// The copy a URL name asks for (`KEY.jpg`, `KEY.thumb.jpg`) and its key, if well formed.
    pub fn from_file_name(name: &str) -> Option<(&str, Rendition)> {
        let (key, copy) = match name.strip_suffix(".thumb.jpg") {
            Some(key) => (key, Rendition::Thumbnail),
            None => (name.strip_suffix(".jpg")?, Rendition::Display),
        };
        is_valid_key(key).then_some((key, copy))
    }

    fn file_name(self, key: &str) -> String {
        match self {
            Rendition::Display => format!("{key}.jpg"),
            Rendition::Thumbnail => format!("{key}.thumb.jpg"),
        }
    }
}

/// Whether `key` has the shape of a key [`PhotoStore::save`] hands out: exactly [`KEY_LEN`]
/// lowercase hexadecimal digits.
pub fn is_valid_key(key: &str) -> bool {
    key.len() == KEY_LEN && key.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Why the store named by the settings cannot be used; the process refuses to start.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error(
        "PORTINERIA_STORAGE_URL must look like s3://BUCKET?endpoint=URL&region=REGION, \
         got {0:?}: {1}"
    )]
    BadUrl(String, &'static str),
    #[error("photo storage: {0}")]
    Store(#[from] object_store::Error),
    #[error("photo storage: {0}")]
    Io(#[from] io::Error),
}

/// An object that may have been left without a record, with when it was last written.
#[derive(Clone, Debug)]
pub struct Written {
    /// The photo key it belongs to; `None` for a temporary file a write never finished.
    pub key: Option<String>,
    location: Location,
}

#[derive(Clone, Debug)]
enum Location {
    Object(ObjectPath),
    File(PathBuf),
}

/// The one place photos are written to, read from and removed from. Cheap to clone.
#[derive(Clone, Debug)]
pub struct PhotoStore {
    objects: Arc<dyn ObjectStore>,
    /// The data directory when photos are local files: its writes are also synced to disk,
    /// and its half-written temporary files swept.
    local: Option<PathBuf>,
}

impl PhotoStore {
    /// The store the settings name: the bucket of `storage.url`, or else `data_dir`.
    pub fn open(storage: &StorageSettings, data_dir: &Path) -> Result<Self, StorageError> {
        match &storage.url {
            None => Self::local(data_dir),
            Some(url) => Self::bucket(url, &storage.aws),
        }
    }

    /// Photos as files under `<data_dir>/photos/`.
    pub fn local(data_dir: &Path) -> Result<Self, StorageError> {
        std::fs::create_dir_all(data_dir.join(PHOTOS_DIR))?;
        Ok(PhotoStore {
            objects: Arc::new(LocalFileSystem::new_with_prefix(data_dir)?),
            local: Some(data_dir.to_path_buf()),
        })
    }

    /// Photos in an S3-compatible bucket: `s3://BUCKET?endpoint=URL&region=REGION`, with the
    /// credentials of the usual `AWS_*` variables (`aws`, read by the configuration).
    fn bucket(url: &str, aws: &[(String, String)]) -> Result<Self, StorageError> {
        let bad = |why| StorageError::BadUrl(url.to_string(), why);
        let parsed = url::Url::parse(url).map_err(|_| bad("not a URL"))?;
        if parsed.scheme() != "s3" {
            return Err(bad("only s3:// is supported"));
        }
        let bucket = parsed
            .host_str()
            .filter(|b| !b.is_empty())
            .ok_or_else(|| bad("no bucket"))?;
        // A bucket that does not answer must cost a request seconds, not the default minutes
        // of retries: `/readyz` and the tenant waiting on a report both need an answer.
        let mut builder = AmazonS3Builder::new()
            .with_client_options(
                ClientOptions::new()
                    .with_connect_timeout(Duration::from_secs(2))
                    .with_timeout(Duration::from_secs(30)),
            )
            .with_retry(RetryConfig {
                backoff: BackoffConfig::default(),
                max_retries: 3,
                retry_timeout: Duration::from_secs(10),
            });
        for (name, value) in aws {
            if let Ok(key) = name.to_ascii_lowercase().parse::<AmazonS3ConfigKey>() {
                builder = builder.with_config(key, value);
            }
        }
        builder = builder.with_bucket_name(bucket);
        for (name, value) in parsed.query_pairs() {
            builder = match name.as_ref() {
                "endpoint" => builder
                    .with_allow_http(value.starts_with("http://"))
                    .with_endpoint(value.as_ref()),
                "region" => builder.with_region(value.as_ref()),
                _ => return Err(bad("the only settings are endpoint and region")),
            };
        }
        Ok(PhotoStore {
            objects: Arc::new(builder.build()?),
            local: None,
        })
    }

    /// Whether other processes (other app nodes) write to this store too.
    pub fn is_shared(&self) -> bool {
        self.local.is_none()
    }

    /// Saves both JPEGs of `photo` under a new random key.
    ///
    /// Each object appears whole or not at all (a local file is written under a temporary
    /// name, synced and renamed; an S3 PUT is atomic). On failure nothing of this photo is left
    /// behind.
    pub async fn save(&self, photo: &ProcessedPhoto) -> io::Result<StoredPhoto> {
        let key = hex::encode(rand::random::<[u8; KEY_LEN / 2]>());
        // The thumbnail first: a list page that finds the display copy may assume the
        // thumbnail is there too.
        let written = async {
            self.put(&key, Rendition::Thumbnail, &photo.thumbnail)
                .await?;
            self.put(&key, Rendition::Display, &photo.display).await?;
            self.sync_local(&key).await
        }
        .await;
        if let Err(error) = written {
            // Best effort (an object may never have been written): the error worth reporting
            // is the one already in hand.
            let _ = self.remove(&key).await;
            return Err(error);
        }
        Ok(StoredPhoto { key })
    }

    async fn put(&self, key: &str, copy: Rendition, bytes: &[u8]) -> io::Result<()> {
        let payload = PutPayload::from(Bytes::copy_from_slice(bytes));
        self.objects
            .put(&object(key, copy), payload)
            .await
            .map(|_| ())
            .map_err(into_io)
    }

    /// Local files only: makes both files and their renames durable (on Linux a rename is on
    /// disk once its folder is synced), as `object_store` leaves that to the caller.
    async fn sync_local(&self, key: &str) -> io::Result<()> {
        let Some(dir) = &self.local else {
            return Ok(());
        };
        let photos = dir.join(PHOTOS_DIR);
        let key = key.to_string();
        tokio::task::spawn_blocking(move || {
            for copy in [Rendition::Thumbnail, Rendition::Display] {
                std::fs::File::open(photos.join(copy.file_name(&key)))?.sync_all()?;
            }
            if cfg!(unix) {
                std::fs::File::open(&photos)?.sync_all()?;
            }
            Ok(())
        })
        .await
        .map_err(io::Error::other)?
    }

    /// Deletes both objects of `key`. An object already gone is not an error, so a retried
    /// deletion succeeds; a malformed key is (`InvalidInput`).
    pub async fn remove(&self, key: &str) -> io::Result<()> {
        if !is_valid_key(key) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "malformed photo key",
            ));
        }
        for copy in [Rendition::Display, Rendition::Thumbnail] {
            match self.objects.delete(&object(key, copy)).await {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
                Err(error) => return Err(into_io(error)),
            }
        }
        Ok(())
    }

    /// One JPEG of `key`, or `None` if there is no such object.
    pub async fn read(&self, key: &str, copy: Rendition) -> io::Result<Option<Bytes>> {
        if !is_valid_key(key) {
            return Ok(None);
        }
        match self.objects.get(&object(key, copy)).await {
            Ok(found) => found.bytes().await.map(Some).map_err(into_io),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(error) => Err(into_io(error)),
        }
    }

    /// Whether the store answers within a few seconds (for `/readyz`): a lookup of an object
    /// that never exists.
    pub async fn check(&self) -> io::Result<()> {
        let probe = ObjectPath::from("readyz-probe");
        match tokio::time::timeout(Duration::from_secs(3), self.objects.head(&probe)).await {
            Ok(Ok(_) | Err(object_store::Error::NotFound { .. })) => Ok(()),
            Ok(Err(error)) => Err(into_io(error)),
            Err(_) => Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the photo store did not answer",
            )),
        }
    }

    /// Objects last written before `before` that a killed process may have left without a
    /// record. Whoever knows which keys are recorded removes the rest (see `app::orphans`).
    pub async fn written_before(&self, before: DateTime<Utc>) -> io::Result<Vec<Written>> {
        let prefix = ObjectPath::from(PHOTOS_DIR);
        let mut found: Vec<Written> = self
            .objects
            .list(Some(&prefix))
            .try_filter(|meta| std::future::ready(meta.last_modified < before))
            .try_filter_map(|meta| {
                let key = meta
                    .location
                    .filename()
                    .and_then(|name| name.split('.').next())
                    .filter(|key| is_valid_key(key))
                    .map(str::to_string);
                // Not ours: never touched.
                std::future::ready(Ok(key.map(|key| Written {
                    key: Some(key),
                    location: Location::Object(meta.location),
                })))
            })
            .try_collect()
            .await
            .map_err(into_io)?;
        if let Some(dir) = &self.local {
            found.extend(unfinished_files(&dir.join(PHOTOS_DIR), before)?);
        }
        Ok(found)
    }

    /// Removes one object [`PhotoStore::written_before`] found.
    pub async fn discard(&self, written: &Written) -> io::Result<()> {
        match &written.location {
            Location::Object(path) => match self.objects.delete(path).await {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
                Err(error) => Err(into_io(error)),
            },
            Location::File(path) => match std::fs::remove_file(path) {
                Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
                _ => Ok(()),
            },
        }
    }
}

fn object(key: &str, copy: Rendition) -> ObjectPath {
    ObjectPath::from_iter([PHOTOS_DIR, &copy.file_name(key)])
}

/// Temporary files of local writes a killed process never finished (`NAME#N`, which listing
/// the store skips).
fn unfinished_files(photos: &Path, before: DateTime<Utc>) -> io::Result<Vec<Written>> {
    let mut found = vec![];
    let entries = match std::fs::read_dir(photos) {
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(found),
        entries => entries?,
    };
    for entry in entries {
        let entry = entry?;
        let metadata = entry.metadata()?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let unfinished = name
            .rsplit_once('#')
            .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if metadata.is_file() && unfinished && DateTime::<Utc>::from(metadata.modified()?) < before
        {
            found.push(Written {
                key: None,
                location: Location::File(entry.path()),
            });
        }
    }
    Ok(found)
}

/// An object store error as an I/O error of the same kind where one is underneath (a full or
/// read-only disk must read as such to the error mapping above), or a plain one otherwise.
fn into_io(error: object_store::Error) -> io::Error {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&error);
    let mut kind = io::ErrorKind::Other;
    while let Some(cause) = source {
        if let Some(io_error) = cause.downcast_ref::<io::Error>() {
            kind = io_error.kind();
            break;
        }
        source = cause.source();
    }
    io::Error::new(kind, error)
}

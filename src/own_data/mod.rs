//! A person's own data (GDPR art. 15 and 20): everything the portal holds about the person
//! asking, as a ZIP of JSON files and their photos — profile and contact card, roles, channels,
//! the reports they filed or follow with the events they may see, what they wrote, their inbox,
//! the notices they posted, what they marked seen. Only their own: other residents appear by
//! their role, never by name or address.
//!
//! The database is read on the blocking pool, the photos fetched from the store, and the
//! archive compressed on the blocking pool too, never on the workers that serve requests.

mod account;
mod reports;

use std::io::Write;

use serde::Serialize;

use crate::access::Actor;
use crate::core::db::{Db, DbConnection};
use crate::core::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::media::store::{PhotoStore, Rendition};

/// The archive's file name, as the download offers it.
pub const FILE_NAME: &str = "portineria-my-data.zip";

/// The JSON files of the archive, and the photos (store keys) to add to it.
struct Gathered {
    files: Vec<(&'static str, Vec<u8>)>,
    photos: Vec<String>,
}

fn json(value: &impl Serialize) -> AppResult<Vec<u8>> {
    serde_json::to_vec_pretty(value).map_err(|e| AppError::Internal(e.into()))
}

fn gather(conn: &mut DbConnection, actor: &Actor, locale: Locale) -> AppResult<Gathered> {
    let me = actor.user_id;
    let (reports, mut photos) = reports::reports_of(conn, actor, locale)?;
    let notices = account::notices_of(conn, me)?;
    photos.extend(notices.iter().filter_map(|n| n.image_key.clone()));
    Ok(Gathered {
        files: vec![
            ("profile.json", json(&account::profile_of(conn, me)?)?),
            ("roles.json", json(&account::roles_of(conn, me)?)?),
            ("channels.json", json(&account::channels_of(conn, me)?)?),
            ("reports.json", json(&reports)?),
            ("comments.json", json(&reports::comments_of(conn, me)?)?),
            ("inbox.json", json(&account::inbox_of(conn, me)?)?),
            ("notices.json", json(&notices)?),
            ("seen.json", json(&account::seen_of(conn, me)?)?),
        ],
        photos,
    })
}

/// The person's archive, as bytes of a ZIP file.
pub async fn export(
    db: &Db,
    store: &PhotoStore,
    actor: Actor,
    locale: Locale,
) -> AppResult<Vec<u8>> {
    let gathered = db.run(move |conn| gather(conn, &actor, locale)).await?;
    let mut photos = vec![];
    for key in gathered.photos {
        // A photo the store has lost is left out, not the whole export.
        let read = store.read(&key, Rendition::Display).await;
        let read =
            read.map_err(|e| AppError::Unavailable(anyhow::Error::new(e).context("photos")))?;
        if let Some(bytes) = read {
            photos.push((reports::photo_path(&key), bytes.to_vec()));
        }
    }
    let files = gathered.files;
    tokio::task::spawn_blocking(move || zip(files, photos))
        .await
        .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("building the archive")))?
}

/// JSON is compressed; JPEGs are stored as they are (compressing them again gains nothing).
fn zip(json: Vec<(&'static str, Vec<u8>)>, photos: Vec<(String, Vec<u8>)>) -> AppResult<Vec<u8>> {
    use zip::write::SimpleFileOptions;
    use zip::CompressionMethod;
    let internal = |e: zip::result::ZipError| AppError::Internal(e.into());
    let mut archive = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    let files = json
        .into_iter()
        .map(|(name, bytes)| (name.to_string(), bytes, deflated))
        .chain(
            photos
                .into_iter()
                .map(|(name, bytes)| (name, bytes, stored)),
        );
    let mut added: Vec<String> = vec![];
    for (name, bytes, options) in files {
        // A photo shown on two reports is one file.
        if added.contains(&name) {
            continue;
        }
        archive
            .start_file(name.as_str(), options)
            .map_err(internal)?;
        archive
            .write_all(&bytes)
            .map_err(|e| AppError::Internal(e.into()))?;
        added.push(name);
    }
    Ok(archive.finish().map_err(internal)?.into_inner())
}

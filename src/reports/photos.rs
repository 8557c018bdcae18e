//! Photos of a report: processed (see `media`), stored on disk, listed and served only to
//! those who may see the report.

use std::path::Path;

use diesel::prelude::*;
use serde::Serialize;

use super::MAX_PHOTOS;
use crate::core::db::{Db, DbConnection};
use crate::core::error::{AppError, AppResult, Message};
use crate::core::schema::report_photos;
use crate::media;

#[derive(Debug, Clone)]
pub struct SavedPhoto {
    pub key: String,
    pub width: u32,
    pub height: u32,
}

/// Processes and saves uploaded photos; all or nothing, so a bad fifth photo leaves no trace
/// of the first four.
fn process_and_save(data_dir: &Path, uploads: &[Vec<u8>]) -> AppResult<Vec<SavedPhoto>> {
    if uploads.len() > MAX_PHOTOS {
        return Err(AppError::Invalid(
            Message::new("photo-too-many").with("max", MAX_PHOTOS),
        ));
    }
    let mut saved: Vec<SavedPhoto> = Vec::new();
    for (index, bytes) in uploads.iter().enumerate() {
        let result = media::process(bytes)
            .map_err(|e| {
                AppError::Invalid(
                    Message::new(e.message_key())
                        .with("number", index + 1)
                        .with("max", media::limits::MAX_UPLOAD_BYTES / (1024 * 1024)),
                )
            })
            .and_then(|photo| {
                media::store::save(data_dir, &photo)
                    .map(|stored| SavedPhoto {
                        key: stored.key,
                        width: photo.width,
                        height: photo.height,
                    })
                    .map_err(|e| {
                        AppError::Internal(anyhow::Error::new(e).context("saving a photo"))
                    })
            });
        match result {
            Ok(photo) => saved.push(photo),
            Err(e) => {
                remove_all(data_dir, &saved);
                return Err(e);
            }
        }
    }
    Ok(saved)
}

/// Processes uploads off the async workers and hands the saved photos to `store`, which
/// records them with a report; `store` says whether it kept them. Photos not kept (`store`
/// failed, or the request repeated one already filed) are removed again: no file is ever left
/// without a report.
pub async fn with_photos<T, F>(
    db: &Db,
    data_dir: &Path,
    uploads: Vec<Vec<u8>>,
    store: F,
) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConnection, &[SavedPhoto]) -> AppResult<(T, bool)> + Send + 'static,
{
    let dir = data_dir.to_path_buf();
    let saved = tokio::task::spawn_blocking(move || process_and_save(&dir, &uploads))
        .await
        .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("photo processing")))??;
    let kept = saved.clone();
    let result = db.run(move |conn| store(conn, &kept)).await;
    match result {
        Ok((value, true)) => Ok(value),
        Ok((value, false)) => {
            remove_all(data_dir, &saved);
            Ok(value)
        }
        Err(e) => {
            remove_all(data_dir, &saved);
            Err(e)
        }
    }
}

/// Records saved photos as a report's, added by one of its events.
pub fn attach(
    conn: &mut DbConnection,
    report_id: i32,
    event_id: i32,
    photos: &[SavedPhoto],
) -> QueryResult<()> {
    let now = chrono::Utc::now().naive_utc();
    for photo in photos {
        diesel::insert_into(report_photos::table)
            .values((
                report_photos::report_id.eq(report_id),
                report_photos::event_id.eq(event_id),
                report_photos::storage_key.eq(&photo.key),
                report_photos::width.eq(photo.width as i32),
                report_photos::height.eq(photo.height as i32),
                report_photos::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

fn remove_all(data_dir: &Path, photos: &[SavedPhoto]) {
    for photo in photos {
        if let Err(e) = media::store::remove(data_dir, &photo.key) {
            tracing::warn!(key = %photo.key, error = %e, "could not remove a photo");
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct PhotoLinks {
    pub url: String,
    pub thumbnail_url: String,
}

pub fn links(key: &str) -> PhotoLinks {
    PhotoLinks {
        url: format!("/media/{key}.jpg"),
        thumbnail_url: format!("/media/{key}.thumb.jpg"),
    }
}

pub fn of_report(conn: &mut DbConnection, report_id: i32) -> QueryResult<Vec<PhotoLinks>> {
    let keys: Vec<String> = report_photos::table
        .filter(report_photos::report_id.eq(report_id))
        .order(report_photos::id)
        .select(report_photos::storage_key)
        .load(conn)?;
    Ok(keys.iter().map(|k| links(k)).collect())
}

/// The report a stored photo belongs to.
fn report_of(conn: &mut DbConnection, key: &str) -> QueryResult<Option<i32>> {
    report_photos::table
        .filter(report_photos::storage_key.eq(key))
        .select(report_photos::report_id)
        .first(conn)
        .optional()
}

/// The file behind a photo's URL name (`KEY.jpg`, or `KEY.thumb.jpg` for its thumbnail), for
/// those who may see its report; anything else is "not found".
pub fn file_for(
    conn: &mut DbConnection,
    actor: &crate::access::Actor,
    data_dir: &Path,
    name: &str,
) -> AppResult<std::path::PathBuf> {
    let (key, thumbnail) = match name.strip_suffix(".thumb.jpg") {
        Some(key) => (key, true),
        None => (name.strip_suffix(".jpg").ok_or(AppError::NotFound)?, false),
    };
    if !media::store::is_valid_key(key) {
        return Err(AppError::NotFound);
    }
    let report_id = report_of(conn, key)?.ok_or(AppError::NotFound)?;
    let report = super::queries::by_id(conn, report_id)?;
    crate::access::authorize(actor, super::rules::ReportAction::View(&report.scope()))?;
    let path = if thumbnail {
        media::store::thumbnail_path(data_dir, key)
    } else {
        media::store::display_path(data_dir, key)
    };
    path.ok_or(AppError::NotFound)
}

//! Photos of a report: processed (see `media`), stored on disk, listed and served only to
//! those who may see the report.

use std::path::Path;

use diesel::prelude::*;
use serde::Serialize;

use super::MAX_PHOTOS;
use crate::db::DbConnection;
use crate::error::{AppError, AppResult, Message};
use crate::media;
use crate::schema::report_photos;

#[derive(Debug, Clone)]
pub struct SavedPhoto {
    pub key: String,
    pub width: u32,
    pub height: u32,
}

/// Processes and saves uploaded photos; all or nothing, so a bad fifth photo leaves no trace
/// of the first four.
pub fn process_and_save(data_dir: &Path, uploads: &[Vec<u8>]) -> AppResult<Vec<SavedPhoto>> {
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

pub fn remove_all(data_dir: &Path, photos: &[SavedPhoto]) {
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
pub fn report_of(conn: &mut DbConnection, key: &str) -> QueryResult<Option<i32>> {
    report_photos::table
        .filter(report_photos::storage_key.eq(key))
        .select(report_photos::report_id)
        .first(conn)
        .optional()
}

//! Uploaded photos on their way in: processed off the async workers (see [`super::process`]),
//! saved, handed to whoever records them in the database, and removed again if that fails or
//! does not keep them — so no file is ever left without its record.

use std::path::Path;

use crate::core::db::{Db, DbConnection};
use crate::core::error::{AppError, AppResult, Message};

#[derive(Debug, Clone)]
pub struct SavedPhoto {
    pub key: String,
    pub width: u32,
    pub height: u32,
}

/// Processes and saves uploaded photos; all or nothing, so a bad fifth photo leaves no trace
/// of the first four.
fn process_and_save(
    data_dir: &Path,
    uploads: &[Vec<u8>],
    max: usize,
) -> AppResult<Vec<SavedPhoto>> {
    if uploads.len() > max {
        return Err(AppError::Invalid(
            Message::new("photo-too-many").with("max", max),
        ));
    }
    let mut saved: Vec<SavedPhoto> = Vec::new();
    for (index, bytes) in uploads.iter().enumerate() {
        let result = super::process(bytes)
            .map_err(|e| {
                AppError::Invalid(
                    Message::new(e.message_key())
                        .with("number", index + 1)
                        .with("max", super::limits::MAX_UPLOAD_BYTES / (1024 * 1024)),
                )
            })
            .and_then(|photo| {
                super::store::save(data_dir, &photo)
                    .map(|stored| SavedPhoto {
                        key: stored.key,
                        width: photo.width,
                        height: photo.height,
                    })
                    .map_err(|e| AppError::writing(e, "saving a photo"))
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

/// Processes at most `max` uploads off the async workers and hands the saved photos to
/// `store`, which records them; `store` says whether it kept them. Photos not kept (`store`
/// failed, or the request repeated one already filed) are removed again: no file is ever left
/// without a report.
pub async fn with_photos<T, F>(
    db: &Db,
    data_dir: &Path,
    uploads: Vec<Vec<u8>>,
    max: usize,
    store: F,
) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConnection, &[SavedPhoto]) -> AppResult<(T, bool)> + Send + 'static,
{
    let dir = data_dir.to_path_buf();
    let saved = tokio::task::spawn_blocking(move || process_and_save(&dir, &uploads, max))
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

fn remove_all(data_dir: &Path, photos: &[SavedPhoto]) {
    for photo in photos {
        if let Err(e) = super::store::remove(data_dir, &photo.key) {
            tracing::warn!(key = %photo.key, error = %e, "could not remove a photo");
        }
    }
}

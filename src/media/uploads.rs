//! Uploaded photos on their way in: processed off the async workers (see [`super::process`]),
//! stored, handed to whoever records them in the database, and removed again if that fails or
//! does not keep them — so no file is ever left without its record.

use super::store::PhotoStore;
use super::ProcessedPhoto;
use crate::core::db::{Db, DbConnection};
use crate::core::error::{AppError, AppResult, Message};

#[derive(Debug, Clone)]
pub struct SavedPhoto {
    pub key: String,
    pub width: u32,
    pub height: u32,
}

/// Processes uploaded photos; all or nothing, so a bad fifth photo is refused before any is
/// stored.
fn process_all(uploads: &[Vec<u8>], max: usize) -> AppResult<Vec<ProcessedPhoto>> {
    if uploads.len() > max {
        return Err(AppError::Invalid(
            Message::new("photo-too-many").with("max", max),
        ));
    }
    uploads
        .iter()
        .enumerate()
        .map(|(index, bytes)| {
            super::process(bytes).map_err(|e| {
                AppError::Invalid(
                    Message::new(e.message_key())
                        .with("number", index + 1)
                        .with("max", super::limits::MAX_UPLOAD_BYTES / (1024 * 1024)),
                )
            })
        })
        .collect()
}

/// Stores processed photos; all or nothing.
async fn save_all(photos: &PhotoStore, processed: &[ProcessedPhoto]) -> AppResult<Vec<SavedPhoto>> {
    let mut saved: Vec<SavedPhoto> = Vec::new();
    for photo in processed {
        match photos.save(photo).await {
            Ok(stored) => saved.push(SavedPhoto {
                key: stored.key,
                width: photo.width,
                height: photo.height,
            }),
            Err(e) => {
                remove_all(photos, &saved).await;
                return Err(AppError::writing(e, "saving a photo"));
            }
        }
    }
    Ok(saved)
}

/// Processes at most `max` uploads off the async workers, stores them and hands the saved
/// photos to `store`, which records them; `store` says whether it kept them. Photos not kept
/// (`store` failed, or the request repeated one already filed) are removed again: no photo is
/// ever left without a report, and a report is acknowledged only once its photos are stored.
pub async fn with_photos<T, F>(
    db: &Db,
    photos: &PhotoStore,
    uploads: Vec<Vec<u8>>,
    max: usize,
    store: F,
) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConnection, &[SavedPhoto]) -> AppResult<(T, bool)> + Send + 'static,
{
    let processed = tokio::task::spawn_blocking(move || process_all(&uploads, max))
        .await
        .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("photo processing")))??;
    let saved = save_all(photos, &processed).await?;
    let kept = saved.clone();
    let result = db.run(move |conn| store(conn, &kept)).await;
    match result {
        Ok((value, true)) => Ok(value),
        Ok((value, false)) => {
            remove_all(photos, &saved).await;
            Ok(value)
        }
        Err(e) => {
            remove_all(photos, &saved).await;
            Err(e)
        }
    }
}

async fn remove_all(photos: &PhotoStore, saved: &[SavedPhoto]) {
    for photo in saved {
        if let Err(e) = photos.remove(&photo.key).await {
            tracing::warn!(key = %photo.key, error = %e, "could not remove a photo");
        }
    }
}

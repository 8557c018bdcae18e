//! Photos of a report: processed and stored by `media::uploads`, recorded with the event that
//! added them, listed and served only to those who may see the report.

use diesel::prelude::*;
use serde::Serialize;

use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::core::schema::report_photos;
use crate::media::store::Rendition;
use crate::media::uploads::SavedPhoto;

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

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
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

/// Which of `keys` are the photos of some report (or of a visit on it).
pub fn recorded(conn: &mut DbConnection, keys: &[String]) -> QueryResult<Vec<String>> {
    report_photos::table
        .filter(report_photos::storage_key.eq_any(keys))
        .select(report_photos::storage_key)
        .load(conn)
}

/// The report a stored photo belongs to.
fn report_of(conn: &mut DbConnection, key: &str) -> QueryResult<Option<i32>> {
    report_photos::table
        .filter(report_photos::storage_key.eq(key))
        .select(report_photos::report_id)
        .first(conn)
        .optional()
}

/// The photo behind a URL name (`KEY.jpg`, or `KEY.thumb.jpg` for its thumbnail), for those
/// who may see its report; anything else is "not found".
pub fn file_for(
    conn: &mut DbConnection,
    actor: &crate::access::Actor,
    name: &str,
) -> AppResult<(String, Rendition)> {
    let (key, copy) = Rendition::from_file_name(name).ok_or(AppError::NotFound)?;
    let report_id = report_of(conn, key)?.ok_or(AppError::NotFound)?;
    let report = super::queries::by_id(conn, report_id)?;
    crate::access::authorize(actor, super::rules::ReportAction::View(&report.scope()))?;
    Ok((key.to_string(), copy))
}

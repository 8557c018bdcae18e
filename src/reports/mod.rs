//! Fault reports: from a tenant's phone to the fix, for both landlords.

pub mod agenda;
pub mod calendar;
pub mod categories;
pub mod category_editor;
pub mod changes;
pub mod detail;
pub mod events;
pub mod filing;
pub mod form;
pub mod lifecycle;
pub mod photos;
pub mod queries;
pub mod queue;
pub mod queue_view;
pub mod responses;
pub mod rules;
pub mod service_levels;
pub mod team;
pub mod timeline;
pub mod views;
pub mod visits;

use serde::Serialize;

use crate::access::Actor;
use crate::core::db::{transaction, Db, DbConnection};
use crate::core::error::AppResult;

pub use lifecycle::Status;

/// Where a fault is: inside a flat, or in a common area of a stair, a building or the estate
/// (the level of its place).
pub use crate::access::Level as Location;

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    utoipa::ToSchema,
    diesel::AsExpression,
    diesel::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    Low,
    Normal,
    High,
    Urgent,
}

impl Priority {
    pub const ALL: [Priority; 4] = [
        Priority::Low,
        Priority::Normal,
        Priority::High,
        Priority::Urgent,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Priority::Low => "low",
            Priority::Normal => "normal",
            Priority::High => "high",
            Priority::Urgent => "urgent",
        }
    }

    pub fn parse(code: &str) -> Option<Priority> {
        Priority::ALL.into_iter().find(|p| p.code() == code)
    }
}

crate::core::text_enum::text_enum!(Priority, "report priority");

/// Any change someone asks for on a report: to the report itself, or to its visits. The page
/// form and the API parse their input into this one type.
#[derive(Debug, Clone)]
pub enum Update {
    Report(changes::Change),
    Visit(visits::VisitUpdate),
}

/// What an update did to the caller's view of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Updated {
    pub reference: String,
    /// `false` when the change took the report out of the caller's sight (a transfer).
    pub still_visible: bool,
}

/// Applies an update to a report the actor can see; the event it records tells the followers.
/// Read, checked and written in one transaction, the report locked: of updates racing from one
/// state, one is made and the others are refused as conflicts.
pub fn update(
    conn: &mut DbConnection,
    actor: &Actor,
    reference: &str,
    update: Update,
) -> AppResult<Updated> {
    transaction(conn, |conn| {
        let report = queries::visible_locked(conn, actor, reference)?;
        match update {
            Update::Report(change) => changes::apply(conn, actor, &report, change)?,
            Update::Visit(visit) => visits::apply(conn, actor, &report, visit)?,
        }
        Ok(Updated {
            still_visible: queries::visible(conn, actor, &report.reference).is_ok(),
            reference: report.reference,
        })
    })
}

/// The same change to many reports, all or nothing (twelve reports of one broken lift).
pub fn update_all(
    conn: &mut DbConnection,
    actor: &Actor,
    references: &[String],
    change: changes::Change,
) -> AppResult<()> {
    // One order for every bulk change, so two of them over the same reports never each hold
    // a lock the other waits for.
    let mut references: Vec<String> = references.iter().map(|r| r.trim().to_uppercase()).collect();
    references.sort();
    references.dedup();
    transaction(conn, |conn| {
        for reference in &references {
            let report = queries::visible_locked(conn, actor, reference)?;
            changes::apply(conn, actor, &report, change.clone())?;
        }
        Ok(())
    })
}

/// A technician's report of a visit, with "after" photos.
pub async fn complete_visit(
    db: &Db,
    photos: &crate::media::store::PhotoStore,
    actor: &Actor,
    reference: String,
    done: visits::VisitReport,
    uploads: Vec<Vec<u8>>,
) -> AppResult<String> {
    let actor = actor.clone();
    crate::media::uploads::with_photos(db, photos, uploads, MAX_PHOTOS, move |conn, saved| {
        transaction(conn, |conn| {
            let report = queries::visible_locked(conn, &actor, &reference)?;
            visits::complete(conn, &actor, &report, &done, saved)?;
            Ok((report.reference, true))
        })
    })
    .await
}

/// Slots a tenant offers for work inside the flat.
pub const TIME_WINDOWS: [&str; 3] = ["morning", "afternoon", "evening"];

/// Limits on what people type, said in the form and enforced here.
pub const DESCRIPTION_MAX: usize = 2000;
pub const DESCRIPTION_MIN: usize = 5;
pub const SPOT_MAX: usize = 100;
pub const COMMENT_MAX: usize = 2000;
pub const MAX_PHOTOS: usize = 5;

/// `SEG-2026-000123`: the year filed and the report's number.
pub fn reference(year: i32, id: i32) -> String {
    format!("SEG-{year}-{id:06}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_have_the_public_shape() {
        assert_eq!(reference(2026, 123), "SEG-2026-000123");
    }
}

//! Fault reports: from a tenant's phone to the fix, for both landlords.

pub mod calendar;
pub mod categories;
pub mod digest;
pub mod events;
pub mod filing;
pub mod lifecycle;
pub mod photos;
pub mod queries;
pub mod queue;
pub mod responses;
pub mod service_levels;
pub mod views;
pub mod work;

use serde::Serialize;

pub use lifecycle::Status;

/// Where a fault is: inside a flat, or in a common area of a stair, a building or the estate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    Unit,
    Stair,
    Building,
    Estate,
}

impl Location {
    pub const ALL: [Location; 4] = [
        Location::Unit,
        Location::Stair,
        Location::Building,
        Location::Estate,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Location::Unit => "unit",
            Location::Stair => "stair",
            Location::Building => "building",
            Location::Estate => "estate",
        }
    }

    pub fn parse(code: &str) -> Option<Location> {
        Location::ALL.into_iter().find(|l| l.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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

/// Any change someone asks for on a report: to the report itself, or to its visits.
#[derive(Debug, Clone)]
pub enum Update {
    Report(events::Change),
    Visit(work::VisitUpdate),
}

/// Applies an update; returns the public event people should be told about, if any.
pub fn apply(
    conn: &mut crate::db::DbConnection,
    actor: &crate::policy::Actor,
    report: &queries::ReportRow,
    update: Update,
) -> crate::error::AppResult<Option<i32>> {
    match update {
        Update::Report(change) => events::apply(conn, actor, report, change),
        Update::Visit(visit) => work::apply(conn, actor, report, visit).map(Some),
    }
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

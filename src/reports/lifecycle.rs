//! The states of a report and who may move it from one to another: the rules in one place.

use diesel::sql_types::Bool;
use serde::Serialize;

use crate::core::error::{AppError, Message};
use crate::core::prepared::{fixed_sql, FixedSql};

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    utoipa::ToSchema,
    diesel::AsExpression,
    diesel::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Received,
    Acknowledged,
    Scheduled,
    InProgress,
    Resolved,
    Closed,
    NotCompetent,
    Duplicate,
    HandledByResidents,
}

crate::core::text_enum::text_enum!(Status, "report status");

/// Who is moving a report, as far as the rules care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mover {
    /// Technicians and managers of the organisation that answers (or the desk, for reports
    /// routed to it).
    Staff,
    /// The stair or building delegate, for common areas they look after.
    Delegate,
    /// The tenant the report is for.
    Reporter,
    /// The portal itself (closing reports nobody confirmed).
    System,
}

impl Status {
    pub const ALL: [Status; 9] = [
        Status::Received,
        Status::Acknowledged,
        Status::Scheduled,
        Status::InProgress,
        Status::Resolved,
        Status::Closed,
        Status::NotCompetent,
        Status::Duplicate,
        Status::HandledByResidents,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::Acknowledged => "acknowledged",
            Status::Scheduled => "scheduled",
            Status::InProgress => "in_progress",
            Status::Resolved => "resolved",
            Status::Closed => "closed",
            Status::NotCompetent => "not_competent",
            Status::Duplicate => "duplicate",
            Status::HandledByResidents => "handled_by_residents",
        }
    }

    pub fn parse(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Still waiting for work to be done.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            Status::Received | Status::Acknowledged | Status::Scheduled | Status::InProgress
        )
    }

    /// The open states, for queries.
    pub fn open_codes() -> Vec<&'static str> {
        Status::ALL
            .into_iter()
            .filter(|s| s.is_open())
            .map(Status::code)
            .collect()
    }

    /// A report is open, as a query filter: written out, not bound, as only a literal lets
    /// SQLite and PostgreSQL use the partial queue index or plan over the status index.
    pub fn still_open() -> FixedSql<Bool> {
        fixed_sql(OPEN_SQL)
    }
}

const OPEN_SQL: &str = "reports.status IN ('received', 'acknowledged', 'scheduled', 'in_progress')";

/// Whether `mover` may take a report from `from` to `to`. Who counts as staff, delegate or
/// reporter for a given report is the report rules' question; this is only the state machine.
pub fn may_move(mover: Mover, from: Status, to: Status) -> bool {
    use Status::*;
    match mover {
        Mover::Staff => match from {
            Received => matches!(
                to,
                Acknowledged | Scheduled | InProgress | Resolved | NotCompetent | Duplicate
            ),
            Acknowledged => matches!(
                to,
                Scheduled | InProgress | Resolved | NotCompetent | Duplicate
            ),
            Scheduled => matches!(
                to,
                Acknowledged | InProgress | Resolved | NotCompetent | Duplicate
            ),
            InProgress => matches!(to, Scheduled | Resolved | Duplicate),
            _ => false,
        },
        Mover::Delegate => from.is_open() && matches!(to, Duplicate | HandledByResidents),
        // "Is it fixed?": yes closes it, no reopens it (back in the queue as new).
        Mover::Reporter => from == Resolved && matches!(to, Closed | Received),
        Mover::System => from == Resolved && to == Closed,
    }
}

/// Someone changed the report between the caller's look and their change (409): they should
/// look again before trying anything else.
pub fn changed_meanwhile() -> AppError {
    AppError::Conflict(Message::new("report-changed-meanwhile"))
}

/// A staff member's first move or public word is the first response the indicators count.
pub fn is_first_response(mover: Mover, to: Option<Status>) -> bool {
    mover == Mover::Staff && to != Some(Status::Received)
}

#[cfg(test)]
mod open_sql_tests {
    #[test]
    fn the_written_out_open_states_are_the_open_states() {
        let listed: Vec<String> = super::Status::open_codes()
            .iter()
            .map(|c| format!("'{c}'"))
            .collect();
        assert_eq!(
            super::OPEN_SQL,
            format!("reports.status IN ({})", listed.join(", "))
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Status::*;

    /// A status read from a row is the enum itself; a code this build does not know is an
    /// error that names it, not a report silently shown as new.
    #[test]
    fn a_row_holds_a_known_status_or_is_an_error() {
        use diesel::prelude::*;
        use diesel::sql_types::Text;
        let mut db =
            diesel::SqliteConnection::establish(":memory:").expect("an in-memory database");
        let read = |db: &mut diesel::SqliteConnection, code: &str| {
            diesel::select(diesel::dsl::sql::<Text>(&format!("'{code}'"))).get_result::<Status>(db)
        };
        assert_eq!(read(&mut db, "in_progress").ok(), Some(InProgress));
        let error = read(&mut db, "mystery").expect_err("an unknown status");
        let cause = format!("{error:?}");
        assert!(
            cause.contains(r#"report status \"mystery\" is unknown"#),
            "{cause}"
        );
        let written: String = diesel::select(Closed.into_sql::<Text>())
            .get_result(&mut db)
            .expect("written as its code");
        assert_eq!(written, "closed");
    }

    #[test]
    fn codes_round_trip() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.code()), Some(s));
        }
    }

    #[test]
    fn the_lifecycle() {
        assert!(may_move(Mover::Staff, Received, Acknowledged));
        assert!(may_move(Mover::Staff, Acknowledged, Scheduled));
        assert!(may_move(Mover::Staff, Scheduled, InProgress));
        assert!(may_move(Mover::Staff, InProgress, Resolved));
        assert!(
            !may_move(Mover::Staff, Resolved, Closed),
            "closing is the tenant's word"
        );
        assert!(!may_move(Mover::Staff, Closed, Received));
        assert!(may_move(Mover::Reporter, Resolved, Closed));
        assert!(may_move(Mover::Reporter, Resolved, Received));
        assert!(!may_move(Mover::Reporter, Received, Closed));
        assert!(may_move(Mover::Delegate, Received, HandledByResidents));
        assert!(may_move(Mover::Delegate, InProgress, Duplicate));
        assert!(!may_move(Mover::Delegate, Received, Resolved));
        assert!(may_move(Mover::System, Resolved, Closed));
        assert!(!may_move(Mover::System, Received, Closed));
        for to in Status::ALL {
            for terminal in [Closed, NotCompetent, Duplicate, HandledByResidents] {
                for mover in [
                    Mover::Staff,
                    Mover::Delegate,
                    Mover::Reporter,
                    Mover::System,
                ] {
                    assert!(!may_move(mover, terminal, to), "{terminal:?} is final");
                }
            }
        }
    }
}

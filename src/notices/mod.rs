//! Notices on the boards of a stair, a building or an estate: the landlords' and the desk's
//! notices, planned works, events, the shared rules, and residents' offers and requests (*cerco
//! e offro*, live once a delegate approves them), assemblies and their minutes. One source for
//! the phone, the feeds, the inbox when urgent, and the sheet pinned in the hall.

pub mod board;
pub mod cards;
pub mod decisions;
pub mod detail;
pub mod feeds;
pub mod form;
pub mod listing;
pub mod markdown;
pub mod minutes;
pub mod readership;
pub mod rules;
pub mod store;
pub mod works;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::access::{Level, Place};
use crate::core::schema::notices;

/// What a notice is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    utoipa::ToSchema,
    diesel::AsExpression,
    diesel::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// From the landlord or the desk.
    Agency,
    /// Planned works: dates, services affected, progress.
    Works,
    /// An event: when and where.
    Event,
    /// The shared rules for living together.
    Rules,
    /// A resident offers or seeks help, things, a lift to the market.
    OfferSeek,
    /// A stair's or building's assembly: when and where it meets, the agenda as the body; its
    /// minutes and decisions once it has met.
    Assembly,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Agency,
        Kind::Works,
        Kind::Event,
        Kind::Rules,
        Kind::OfferSeek,
        Kind::Assembly,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Kind::Agency => "agency",
            Kind::Works => "works",
            Kind::Event => "event",
            Kind::Rules => "rules",
            Kind::OfferSeek => "offer_seek",
            Kind::Assembly => "assembly",
        }
    }

    /// Whether it meets at a time and a place (`event_at`, `event_place`).
    pub fn meets(self) -> bool {
        matches!(self, Kind::Event | Kind::Assembly)
    }

    pub fn parse(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }
}

crate::core::text_enum::text_enum!(Kind, "notice kind");

/// How far planned works have got.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    utoipa::ToSchema,
    diesel::AsExpression,
    diesel::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
#[serde(rename_all = "snake_case")]
pub enum Progress {
    Planned,
    InProgress,
    Suspended,
    Done,
}

impl Progress {
    pub const ALL: [Progress; 4] = [
        Progress::Planned,
        Progress::InProgress,
        Progress::Suspended,
        Progress::Done,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Progress::Planned => "planned",
            Progress::InProgress => "in_progress",
            Progress::Suspended => "suspended",
            Progress::Done => "done",
        }
    }

    pub fn parse(code: &str) -> Option<Progress> {
        Progress::ALL.into_iter().find(|p| p.code() == code)
    }
}

crate::core::text_enum::text_enum!(Progress, "works progress");

/// Where a notice stands: an offer or request waiting for a delegate or the desk, on the
/// board, or taken down.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    utoipa::ToSchema,
    diesel::AsExpression,
    diesel::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
#[serde(rename_all = "snake_case")]
#[schema(as = NoticeState)]
pub enum State {
    Pending,
    Live,
    Removed,
}

impl State {
    pub const ALL: [State; 3] = [State::Pending, State::Live, State::Removed];

    pub fn code(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::Live => "live",
            State::Removed => "removed",
        }
    }

    pub fn parse(code: &str) -> Option<State> {
        State::ALL.into_iter().find(|s| s.code() == code)
    }
}

crate::core::text_enum::text_enum!(State, "notice state");

/// The services works can cut or touch.
pub const SERVICES: [&str; 5] = ["water", "lift", "heating", "gas", "electricity"];

/// Limits on what people type, said in the form and enforced in [`store`].
pub const TITLE_MAX: usize = 120;
pub const BODY_MAX: usize = 5000;
pub const PLACE_MAX: usize = 120;
pub const REASON_MAX: usize = 500;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = notices)]
pub struct NoticeRow {
    pub id: i32,
    pub kind: Kind,
    pub level: String,
    pub stair_id: Option<i32>,
    pub building_id: Option<i32>,
    pub estate_id: i32,
    pub author_id: i32,
    pub state: State,
    pub urgent: bool,
    pub pinned: bool,
    pub starts_at: NaiveDateTime,
    pub expires_at: Option<NaiveDateTime>,
    pub event_at: Option<NaiveDateTime>,
    pub event_place: Option<String>,
    pub works_from: Option<NaiveDateTime>,
    pub works_until: Option<NaiveDateTime>,
    pub services: String,
    pub progress: Option<Progress>,
    pub image_key: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl NoticeRow {
    pub fn kind(&self) -> Kind {
        self.kind
    }

    pub fn place(&self) -> Place {
        Place {
            level: Level::parse(&self.level).unwrap_or(Level::Estate),
            unit: None,
            stair: self.stair_id,
            building: self.building_id,
            estate: self.estate_id,
        }
    }

    pub fn live(&self) -> bool {
        self.state == State::Live
    }

    /// Past its expiry: in the archive, no longer on the board.
    pub fn expired(&self, now: NaiveDateTime) -> bool {
        self.expires_at.is_some_and(|e| e <= now)
    }

    pub fn services(&self) -> Vec<String> {
        self.services
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    }
}

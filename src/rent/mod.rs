//! A household's rent account (DESIGN.md, Rent account): what the landlord bills the flat by
//! period and item, what was paid, and the balance, in plain words. Money is private: only the
//! flat's tenants, the estate's desk and the owning landlord's managers and rent office read it
//! ([`crate::transparency::shares::ShareReaders`], the one rule for a household's money).

pub mod account;
pub mod events;
pub mod help;
pub mod import;
pub mod indicators;
pub mod indicators_page;
pub mod page;
pub mod pagopa;
pub mod plan;
pub mod reminders;
pub mod watch;
pub mod watchlist;

use std::fmt;

use chrono::NaiveDate;

use crate::access::{Actor, Place, Rule};
use crate::transparency::shares::ShareReaders;

/// A time kept in UTC as the API gives it: RFC 3339, with its offset.
fn utc<S: serde::Serializer>(at: &chrono::NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&at.and_utc().to_rfc3339())
}

fn utc_or_null<S: serde::Serializer>(
    at: &Option<chrono::NaiveDateTime>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match at {
        Some(at) => utc(at, s),
        None => s.serialize_none(),
    }
}

/// "Flat GUA12-A-21, Via Guardi 12 — landlord: ALER Milano", as every rent page names a flat.
pub fn flat_label(flat: &crate::places::UnitPlace, locale: crate::i18n::Locale) -> String {
    locale.text_with(
        "rent-flat",
        &[
            ("unit", flat.unit_code.clone()),
            ("address", flat.address.clone()),
            ("landlord", flat.owner_name.clone()),
        ],
    )
}

/// What a line of a bill is for.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
#[schema(as = RentItem)]
pub enum Item {
    Rent,
    Heating,
    Water,
    Cleaning,
    Lift,
    Green,
    Lighting,
    Admin,
    Other,
}

impl Item {
    pub const ALL: [Item; 9] = [
        Item::Rent,
        Item::Heating,
        Item::Water,
        Item::Cleaning,
        Item::Lift,
        Item::Green,
        Item::Lighting,
        Item::Admin,
        Item::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Item::Rent => "rent",
            Item::Heating => "heating",
            Item::Water => "water",
            Item::Cleaning => "cleaning",
            Item::Lift => "lift",
            Item::Green => "green",
            Item::Lighting => "lighting",
            Item::Admin => "admin",
            Item::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<Item> {
        Item::ALL.into_iter().find(|i| i.code() == code.trim())
    }

    /// An item stored under a code this version does not know is a data error, not a default.
    pub fn stored(code: &str) -> anyhow::Result<Item> {
        Item::parse(code).ok_or_else(|| anyhow::anyhow!("unknown rent item {code:?} in a row"))
    }
}

/// A billing month, `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    year: i32,
    month: u32,
}

impl Period {
    pub fn parse(raw: &str) -> Option<Period> {
        let (year, month) = raw.trim().split_once('-')?;
        if year.len() != 4 || month.len() != 2 {
            return None;
        }
        let period = Period {
            year: year.parse().ok()?,
            month: month.parse().ok()?,
        };
        period.first_day().map(|_| period)
    }

    pub fn first_day(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month, 1)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// What one may do with rent accounts.
#[derive(Debug, Clone, Copy)]
pub enum RentAction {
    /// A flat's account, owned by `owner`.
    Read { unit: Place, owner: Option<i32> },
}

impl Rule for RentAction {
    fn allows(&self, actor: &Actor) -> bool {
        match *self {
            RentAction::Read { unit, owner } => ShareReaders::of(actor).contains(&unit, owner),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::fixtures::*;
    use crate::access::{allows, Level};

    #[test]
    fn periods_and_items_are_read_strictly() {
        assert_eq!(Period::parse("2026-03").unwrap().to_string(), "2026-03");
        for bad in ["2026-13", "2026-3", "26-03", "2026/03", "", "2026-00"] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
        for item in Item::ALL {
            assert_eq!(Item::parse(item.code()), Some(item));
        }
        assert_eq!(Item::parse("gas"), None);
        assert!(Item::stored("gas").is_err());
    }

    /// Columns: tenant, stair delegate, building delegate, operator, technician, manager,
    /// rent officer, admin.
    #[test]
    fn matrix() {
        const Y: bool = true;
        const N: bool = false;
        let cases: &[(&str, [bool; 8])] = &[
            ("read my flat's account", [Y, N, N, Y, N, Y, Y, N]),
            ("read a neighbour's account", [N, N, N, Y, N, Y, Y, N]),
            ("read another landlord's account", [N, N, N, Y, N, N, N, N]),
            ("read another estate's account", [N, N, N, N, N, N, N, N]),
        ];
        let check = |case: &str, actor: &Actor| {
            let mut neighbour = place(Level::Unit);
            neighbour.unit = Some(OTHER);
            let (unit, owner) = match case {
                "read my flat's account" => (place(Level::Unit), OWNER),
                "read a neighbour's account" => (neighbour, OWNER),
                "read another landlord's account" => (neighbour, OTHER),
                "read another estate's account" => (elsewhere(Level::Estate), OTHER),
                other => unreachable!("{other}"),
            };
            let unit = Place {
                level: Level::Unit,
                ..unit
            };
            allows(
                actor,
                RentAction::Read {
                    unit,
                    owner: Some(owner),
                },
            )
        };
        assert_matrix(cases, check);
    }
}

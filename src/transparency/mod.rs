//! What a building costs and who serves it: service contracts (cleaning, green areas, lifts,
//! heating — contractor, period, contact), yearly expenses by item, and each household's share,
//! which only that flat's tenants, the desk and the landlord's managers see ([`shares`]). The
//! desk enters them, or imports a CSV.

pub mod import;
pub mod page;
pub mod shares;

use crate::access::{Actor, Level, Place, Rule};

/// Services a contract can be for.
pub const SERVICES: [&str; 6] = ["cleaning", "green", "lift", "heating", "waste", "other"];

#[derive(Debug, Clone, Copy)]
pub enum AccountsAction {
    /// A building's contracts and expenses: its residents and delegates, its desk, its
    /// landlord's staff and rent office.
    Read { building: Place, owner: Option<i32> },
    /// A flat's share: its tenants, the desk, its landlord's managers
    /// ([`shares::ShareReaders`]).
    ReadShare { unit: Place, owner: Option<i32> },
    /// Enter or import them: the desk.
    Edit { building: Place },
}

impl Rule for AccountsAction {
    fn allows(&self, actor: &Actor) -> bool {
        match *self {
            AccountsAction::Read { building, owner } => {
                actor.admin
                    || actor.desk_of().contains(&building)
                    || (building.level != Level::Estate
                        && owner.is_some_and(|o| {
                            actor.staff_of(o) || actor.rent_office_of.contains(&o)
                        }))
                    || actor.neighbour_of().contains(&building)
            }
            AccountsAction::ReadShare { unit, owner } => {
                shares::ShareReaders::of(actor).contains(&unit, owner)
            }
            AccountsAction::Edit { building } => actor.admin || actor.desk_of().contains(&building),
        }
    }
}

/// Euro cents from what people type: `1234,56`, `1.234,56`, `1234.56`, `1234`.
pub fn parse_cents(raw: &str) -> Option<i64> {
    let raw = raw
        .trim()
        .trim_start_matches('€')
        .trim_end_matches('€')
        .trim();
    let (whole, fraction) = match raw.rsplit_once([',', '.']) {
        Some((whole, fraction)) if fraction.len() <= 2 && !fraction.is_empty() => (whole, fraction),
        _ => (raw, ""),
    };
    let whole: String = whole.chars().filter(|c| *c != '.' && *c != ' ').collect();
    if whole.is_empty() || !whole.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let cents = format!("{fraction:0<2}").parse::<i64>().ok()?;
    whole
        .parse::<i64>()
        .ok()?
        .checked_mul(100)?
        .checked_add(cents)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::allows;
    use crate::access::fixtures::*;

    #[test]
    fn amounts_are_read_as_people_write_them() {
        assert_eq!(parse_cents("1234,56"), Some(123_456));
        assert_eq!(parse_cents("1.234,56"), Some(123_456));
        assert_eq!(parse_cents("1234.5"), Some(123_450));
        assert_eq!(parse_cents("€ 80"), Some(8_000));
        assert_eq!(
            parse_cents("12.345"),
            Some(1_234_500),
            "a dot and three digits group thousands"
        );
        assert_eq!(parse_cents("dieci"), None);
        assert_eq!(parse_cents("-5"), None);
        assert_eq!(parse_cents(""), None);
    }

    fn check(case: &str, actor: &Actor) -> bool {
        let building = place(Level::Building);
        let other_estate = Place {
            estate: OTHER,
            ..elsewhere(Level::Building)
        };
        let neighbours_flat = Place {
            unit: Some(UNIT + 1),
            ..place(Level::Unit)
        };
        let on = |action: AccountsAction| allows(actor, action);
        let read = |building, owner| on(AccountsAction::Read { building, owner });
        let share = |unit, owner| on(AccountsAction::ReadShare { unit, owner });
        match case {
            "read my building's accounts" => read(building, Some(OWNER)),
            "read another landlord's building" => read(elsewhere(Level::Building), Some(OTHER)),
            "read my flat's share" => share(place(Level::Unit), Some(OWNER)),
            "read a neighbour's share" => share(neighbours_flat, Some(OWNER)),
            "read another landlord's share" => share(elsewhere(Level::Unit), Some(OTHER)),
            "enter my building's accounts" => on(AccountsAction::Edit { building }),
            "enter another estate's accounts" => on(AccountsAction::Edit {
                building: other_estate,
            }),
            other => panic!("unknown case {other}"),
        }
    }

    /// Columns: tenant, stair delegate, building delegate, operator, technician, manager,
    /// rent officer, admin.
    #[test]
    fn matrix() {
        const Y: bool = true;
        const N: bool = false;
        let cases: &[(&str, [bool; 8])] = &[
            ("read my building's accounts", [Y, Y, Y, Y, Y, Y, Y, Y]),
            ("read another landlord's building", [N, N, N, Y, N, N, N, Y]),
            ("read my flat's share", [Y, N, N, Y, N, Y, Y, N]),
            ("read a neighbour's share", [N, N, N, Y, N, Y, Y, N]),
            ("read another landlord's share", [N, N, N, Y, N, N, N, N]),
            ("enter my building's accounts", [N, N, N, Y, N, N, N, Y]),
            ("enter another estate's accounts", [N, N, N, N, N, N, N, Y]),
        ];
        assert_matrix(cases, check);
    }
}

//! A [`Reach`]: the places a question is true of, as data, so that the same value answers for
//! one place in Rust and for a whole table in SQL.

use super::{Level, Place};

/// One way to be in reach: things at `level` (any level when `None`) inside one of the
/// places of level `within` named by `ids`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub level: Option<Level>,
    pub within: Level,
    pub ids: Vec<i32>,
}

impl Clause {
    /// Things placed exactly at these places (the common areas of these stairs, say).
    pub fn at(level: Level, ids: Vec<i32>) -> Clause {
        Clause {
            level: Some(level),
            within: level,
            ids,
        }
    }

    /// Anything inside these places, flats included.
    pub fn within(level: Level, ids: Vec<i32>) -> Clause {
        Clause {
            level: None,
            within: level,
            ids,
        }
    }

    fn contains(&self, place: &Place) -> bool {
        self.level.is_none_or(|level| level == place.level)
            && place
                .id_at(self.within)
                .is_some_and(|id| self.ids.contains(&id))
    }
}

/// Places where a question holds: any of its clauses. Empty: nowhere.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reach {
    clauses: Vec<Clause>,
}

impl Reach {
    /// Drops clauses that name no place and repeated ids, so the SQL stays as small as the
    /// question.
    pub fn new(clauses: Vec<Clause>) -> Reach {
        let clauses = clauses
            .into_iter()
            .filter_map(|mut clause| {
                clause.ids.sort_unstable();
                clause.ids.dedup();
                (!clause.ids.is_empty()).then_some(clause)
            })
            .collect();
        Reach { clauses }
    }

    /// The Rust rule: is `place` in reach?
    pub fn contains(&self, place: &Place) -> bool {
        self.clauses.iter().any(|c| c.contains(place))
    }

    pub fn clauses(&self) -> &[Clause] {
        &self.clauses
    }

    /// Each clause as a reach of its own: one question per kind of place, each answered by one
    /// index.
    pub fn each(&self) -> impl Iterator<Item = Reach> + '_ {
        self.clauses.iter().map(|clause| Reach {
            clauses: vec![clause.clone()],
        })
    }

    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }

    pub fn union(mut self, other: Reach) -> Reach {
        self.clauses.extend(other.clauses);
        Reach::new(self.clauses)
    }

    /// The same reach without what is at `level` (neighbours see common areas, not flats).
    pub fn except_level(self, level: Level) -> Reach {
        Reach::new(
            self.clauses
                .into_iter()
                .filter(|c| c.level != Some(level))
                .collect(),
        )
    }
}

/// The SQL rule: a reach as a boxed filter over a table with place columns, written once per
/// table (see `reports::rules::place_filter`). Columns must be given as expressions of
/// non-null type (`assume_not_null()` on nullable ones); `level` is the text column holding
/// [`Level::code`]; `unit = none` for tables of common areas only.
macro_rules! reach_filter {
    (@inside none, $ids:expr) => {
        Box::new($crate::core::prepared::fixed_sql::<diesel::sql_types::Bool>("1 = 0"))
    };
    (@inside $column:expr, $ids:expr) => {
        Box::new($crate::core::prepared::any_of($column, $ids))
    };
    ($reach:expr, $table:ty, level = $level:expr, unit = $unit:tt, stair = $stair:expr,
     building = $building:expr, estate = $estate:expr $(,)?) => {{
        use diesel::prelude::*;
        use $crate::access::Level;
        type Filter = Box<
            dyn diesel::expression::BoxableExpression<
                $table,
                $crate::core::db::MultiBackend,
                SqlType = diesel::sql_types::Bool,
            >,
        >;
        let mut any: Option<Filter> = None;
        for clause in $reach.clauses() {
            let ids = clause.ids.clone();
            let inside: Filter = match clause.within {
                Level::Unit => $crate::access::reach_filter!(@inside $unit, ids),
                Level::Stair => Box::new($crate::core::prepared::any_of($stair, ids)),
                Level::Building => Box::new($crate::core::prepared::any_of($building, ids)),
                Level::Estate => Box::new($crate::core::prepared::any_of($estate, ids)),
            };
            let matches: Filter = match clause.level {
                Some(level) => Box::new($level.eq(level.code()).and(inside)),
                None => inside,
            };
            any = Some(match any {
                None => matches,
                Some(before) => Box::new(before.or(matches)),
            });
        }
        any.unwrap_or_else(|| Box::new($crate::core::prepared::fixed_sql::<diesel::sql_types::Bool>("1 = 0")))
    }};
}
pub(crate) use reach_filter;

#[cfg(test)]
mod tests {
    use super::*;

    fn stair_place(stair: i32, building: i32) -> Place {
        Place {
            level: Level::Stair,
            unit: None,
            stair: Some(stair),
            building: Some(building),
            estate: 1,
        }
    }

    #[test]
    fn clauses_match_by_level_and_container() {
        let at_stair = Reach::new(vec![Clause::at(Level::Stair, vec![10])]);
        assert!(at_stair.contains(&stair_place(10, 100)));
        assert!(!at_stair.contains(&stair_place(11, 100)));
        let flat = Place {
            level: Level::Unit,
            unit: Some(1),
            ..stair_place(10, 100)
        };
        assert!(
            !at_stair.contains(&flat),
            "a flat is not the stair's common area"
        );
        let within = Reach::new(vec![Clause::within(Level::Building, vec![100])]);
        assert!(within.contains(&flat));
        assert!(within.contains(&stair_place(11, 100)));
        let estate = Place {
            level: Level::Estate,
            unit: None,
            stair: None,
            building: None,
            estate: 1,
        };
        assert!(
            !within.contains(&estate),
            "the estate is not inside a building"
        );
    }

    #[test]
    fn empty_clauses_are_dropped() {
        let reach = Reach::new(vec![
            Clause::at(Level::Unit, vec![]),
            Clause::at(Level::Stair, vec![3, 3]),
        ]);
        assert_eq!(reach.clauses().len(), 1);
        assert_eq!(reach.clauses()[0].ids, vec![3]);
        assert!(Reach::default().is_empty());
    }
}

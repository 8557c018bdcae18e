//! Indicators worked out once and read many times. Over a regional history (a million reports)
//! working out one set of indicators reads every report of the period, seconds of database
//! work; the figures move slowly, the same few filters are read again and again (a manager's
//! default view, every resident of an estate opening its summary after a notice) and the
//! public summary is open to anyone. So each set is kept for a few minutes and the page says
//! when it was worked out; a reader waits for the database only on the first read of a set.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime};

use super::{By, Filter, Indicators};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;

/// How many sets are kept at most: the distinct filters read within `max_age` on a busy
/// portal are far fewer; past this, the oldest make room.
const CAPACITY: usize = 256;

/// What makes two sets of indicators the same: every filter and the groupings asked for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct SetKey {
    estates: Vec<i32>,
    landlord: Option<i32>,
    building: Option<i32>,
    category: Option<i32>,
    first_month: NaiveDate,
    last_month: NaiveDate,
    ways: Vec<&'static str>,
}

impl SetKey {
    fn of(filter: &Filter, ways: &[By]) -> SetKey {
        SetKey {
            estates: filter.estates.clone(),
            landlord: filter.landlord,
            building: filter.building,
            category: filter.category,
            first_month: filter.first_month,
            last_month: filter.last_month,
            ways: ways.iter().map(|by| by.code()).collect(),
        }
    }
}

/// A set of indicators and when it was worked out.
#[derive(Debug, Clone)]
pub struct Kept {
    pub at: NaiveDateTime,
    pub indicators: Arc<Indicators>,
}

/// The sets kept, shared by every request of one process.
#[derive(Debug)]
pub struct IndicatorCache {
    max_age: chrono::Duration,
    sets: Mutex<HashMap<SetKey, Kept>>,
}

impl IndicatorCache {
    /// Sets are worked out again once older than `max_age` (zero: on every read).
    pub fn new(max_age: Duration) -> IndicatorCache {
        IndicatorCache {
            max_age: chrono::Duration::from_std(max_age).unwrap_or(chrono::Duration::zero()),
            sets: Mutex::new(HashMap::new()),
        }
    }

    /// How long a set is kept, in minutes rounded up (for the page's note).
    pub fn minutes(&self) -> i64 {
        (self.max_age.num_seconds() + 59) / 60
    }

    /// The indicators of `filter` grouped `ways`, as kept if worked out less than `max_age`
    /// before `now`, else worked out now and kept.
    pub fn indicators(
        &self,
        conn: &mut DbConnection,
        filter: &Filter,
        ways: &[By],
        now: NaiveDateTime,
    ) -> AppResult<Kept> {
        let key = SetKey::of(filter, ways);
        if let Some(kept) = self.fresh(&key, now) {
            return Ok(kept);
        }
        let kept = Kept {
            at: now,
            indicators: Arc::new(super::indicators(conn, filter, ways, now)?),
        };
        if self.max_age > chrono::Duration::zero() {
            let mut sets = self.sets.lock().unwrap_or_else(PoisonError::into_inner);
            if sets.len() >= CAPACITY {
                sets.retain(|_, set| set.at + self.max_age > now);
            }
            if sets.len() >= CAPACITY {
                if let Some(oldest) = sets.iter().min_by_key(|(_, set)| set.at) {
                    let oldest = oldest.0.clone();
                    sets.remove(&oldest);
                }
            }
            sets.insert(key, kept.clone());
        }
        Ok(kept)
    }

    fn fresh(&self, key: &SetKey, now: NaiveDateTime) -> Option<Kept> {
        let sets = self.sets.lock().unwrap_or_else(PoisonError::into_inner);
        // A set from the future (a clock set back) is not trusted either.
        sets.get(key)
            .filter(|set| set.at <= now && now < set.at + self.max_age)
            .cloned()
    }
}

//! The indicators of a set of reports, computed from each report's facts. Pure: the pages, the
//! public summary and the CSV tables all add up the same way, and the unit tests check the
//! arithmetic on hand-made numbers.

use chrono::NaiveDateTime;
use serde::Serialize;

use crate::reports::lifecycle::Status;

/// What the indicators need to know of one report.
#[derive(Debug, Clone, PartialEq)]
pub struct Facts {
    pub status: Status,
    pub received: NaiveDateTime,
    pub first_response: Option<NaiveDateTime>,
    pub resolved: Option<NaiveDateTime>,
    pub response_due: Option<NaiveDateTime>,
    pub resolution_due: Option<NaiveDateTime>,
    /// Sent back to work at least once after being called resolved.
    pub reopened: bool,
    /// The reporter's answer to "is it fixed?": yes, no, or none yet.
    pub fixed: Option<bool>,
    /// Visits in the flat with the tenant expected, carried out or not, and those of them that
    /// found nobody home.
    pub home_visits: usize,
    pub nobody_home: usize,
}

impl Facts {
    /// Past a deadline while still open: the same rule as the queue's.
    pub fn overdue(&self, now: NaiveDateTime) -> bool {
        let no_answer = self.first_response.is_none() && self.response_due.is_some_and(|d| d < now);
        self.status.is_open() && (no_answer || self.resolution_due.is_some_and(|d| d < now))
    }
}

/// Hours from filing to an event, never negative (a clock set back must not show as speed).
fn hours_between(from: NaiveDateTime, to: NaiveDateTime) -> f64 {
    ((to - from).num_seconds().max(0)) as f64 / 3600.0
}

/// The median and the 90th percentile of a set of durations, in hours; `None` when empty.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Spread {
    pub median: f64,
    pub p90: f64,
}

/// The `q`-quantile of sorted values, interpolating between neighbours (as PostgreSQL's
/// `percentile_cont` and most spreadsheets do), so figures can be checked by hand.
pub fn quantile(sorted: &[f64], q: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let rank = q.clamp(0.0, 1.0) * last as f64;
    let below = rank.floor() as usize;
    let above = rank.ceil() as usize;
    Some(sorted[below] + (sorted[above] - sorted[below]) * (rank - below as f64))
}

fn spread(mut hours: Vec<f64>) -> Option<Spread> {
    hours.sort_by(f64::total_cmp);
    Some(Spread {
        median: quantile(&hours, 0.5)?,
        p90: quantile(&hours, 0.9)?,
    })
}

/// The indicators of one group of reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figures {
    pub received: usize,
    pub open: usize,
    pub overdue: usize,
    pub first_response: Option<Spread>,
    pub resolution: Option<Spread>,
    /// Reports called resolved at least once, and how many of those were reopened.
    pub resolved: usize,
    pub reopened: usize,
    pub handled_by_residents: usize,
    pub fixed_yes: usize,
    pub fixed_no: usize,
    pub home_visits: usize,
    pub nobody_home: usize,
}

impl Figures {
    pub fn of<'a>(facts: impl IntoIterator<Item = &'a Facts>, now: NaiveDateTime) -> Figures {
        let mut figures = Figures {
            received: 0,
            open: 0,
            overdue: 0,
            first_response: None,
            resolution: None,
            resolved: 0,
            reopened: 0,
            handled_by_residents: 0,
            fixed_yes: 0,
            fixed_no: 0,
            home_visits: 0,
            nobody_home: 0,
        };
        let mut to_answer = vec![];
        let mut to_fix = vec![];
        for f in facts {
            figures.received += 1;
            figures.open += usize::from(f.status.is_open());
            figures.overdue += usize::from(f.overdue(now));
            figures.handled_by_residents += usize::from(f.status == Status::HandledByResidents);
            figures.reopened += usize::from(f.reopened);
            figures.fixed_yes += usize::from(f.fixed == Some(true));
            figures.fixed_no += usize::from(f.fixed == Some(false));
            figures.home_visits += f.home_visits;
            figures.nobody_home += f.nobody_home;
            if let Some(at) = f.first_response {
                to_answer.push(hours_between(f.received, at));
            }
            if let Some(at) = f.resolved {
                to_fix.push(hours_between(f.received, at));
            }
            figures.resolved += usize::from(f.resolved.is_some() || f.reopened);
        }
        figures.first_response = spread(to_answer);
        figures.resolution = spread(to_fix);
        figures
    }

    /// Reopened among those ever called resolved, in percent.
    pub fn reopen_rate(&self) -> Option<f64> {
        percent(self.reopened, self.resolved)
    }

    /// Handled by the residents themselves among those received, in percent.
    pub fn residents_share(&self) -> Option<f64> {
        percent(self.handled_by_residents, self.received)
    }

    /// Visits in the flat that found nobody home, in percent.
    pub fn nobody_home_share(&self) -> Option<f64> {
        percent(self.nobody_home, self.home_visits)
    }
}

fn percent(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 * 100.0 / whole as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 3, day)
            .unwrap()
            .and_hms_opt(hour, 0, 0)
            .unwrap()
    }

    fn report(status: Status, answered_after: Option<u32>, fixed_after: Option<u32>) -> Facts {
        Facts {
            status,
            received: at(1, 0),
            first_response: answered_after.map(|h| at(1, 0) + chrono::Duration::hours(h.into())),
            resolved: fixed_after.map(|h| at(1, 0) + chrono::Duration::hours(h.into())),
            response_due: Some(at(2, 0)),
            resolution_due: Some(at(10, 0)),
            reopened: false,
            fixed: None,
            home_visits: 0,
            nobody_home: 0,
        }
    }

    #[test]
    fn quantiles_interpolate_between_neighbours() {
        assert_eq!(quantile(&[], 0.5), None);
        assert_eq!(quantile(&[7.0], 0.9), Some(7.0));
        assert_eq!(quantile(&[1.0, 2.0, 3.0, 4.0], 0.5), Some(2.5));
        // rank 0.9 × 4 = 3.6: 40 + 0.6 × (50 − 40)
        assert_eq!(quantile(&[10.0, 20.0, 30.0, 40.0, 50.0], 0.9), Some(46.0));
    }

    #[test]
    fn figures_count_and_time_a_group() {
        let mut reopened = report(Status::Received, Some(2), None);
        reopened.reopened = true;
        reopened.fixed = Some(false);
        let mut confirmed = report(Status::Closed, Some(4), Some(48));
        confirmed.fixed = Some(true);
        // Two visits: the first found nobody home.
        (confirmed.home_visits, confirmed.nobody_home) = (2, 1);
        let facts = [
            report(Status::Received, None, None),
            report(Status::Scheduled, Some(30), None),
            confirmed,
            reopened,
            report(Status::HandledByResidents, Some(6), Some(24)),
        ];
        let figures = Figures::of(&facts, at(3, 0));
        assert_eq!(figures.received, 5);
        assert_eq!(figures.open, 3);
        // Not answered by its deadline (the 2nd), and nothing is past the 10th yet.
        assert_eq!(figures.overdue, 1);
        let answered = figures.first_response.unwrap();
        // 2, 4, 6, 30 hours: median 5, p90 at rank 2.7 = 6 + 0.7 × 24.
        assert_eq!(answered.median, 5.0);
        assert!((answered.p90 - 22.8).abs() < 1e-9);
        assert_eq!(figures.resolution.unwrap().median, 36.0);
        assert_eq!((figures.resolved, figures.reopened), (3, 1));
        assert!((figures.reopen_rate().unwrap() - 100.0 / 3.0).abs() < 1e-9);
        assert_eq!(figures.residents_share(), Some(20.0));
        assert_eq!((figures.fixed_yes, figures.fixed_no), (1, 1));
        assert_eq!(figures.nobody_home_share(), Some(50.0));
    }

    #[test]
    fn an_empty_group_has_no_times_and_no_rates() {
        let figures = Figures::of(&[], at(3, 0));
        assert_eq!(figures.received, 0);
        assert_eq!(figures.first_response, None);
        assert_eq!(figures.reopen_rate(), None);
        assert_eq!(figures.nobody_home_share(), None);
    }
}

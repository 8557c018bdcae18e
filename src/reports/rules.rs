//! Who may do what with a report, built from the questions of [`crate::access::Actor`]. The
//! list filter [`visible`] says in SQL what [`ReportAction::View`] says in Rust; a test checks
//! the two agree for every demo account and report.

use crate::access::{Actor, Place, Rule};
use crate::core::db::MultiBackend;
use crate::core::error::{AppError, AppResult};
use crate::core::prepared::any_of;
use crate::core::schema::reports;

use super::lifecycle::{changed_meanwhile, may_move, Mover};
use super::{Location, Status};

/// What the rules need to know about one report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportScope {
    pub place: Place,
    /// `None`: the estate's desk answers.
    pub organisation_id: Option<i32>,
    pub private: bool,
    pub filed_by: i32,
    pub filed_for: i32,
    pub status: Status,
}

/// A report someone wants to file: where, and for whom (the filer, or whom the desk files for).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewReport {
    pub place: Place,
    pub for_user: i32,
}

#[derive(Debug, Clone, Copy)]
pub enum ReportAction<'a> {
    File(&'a NewReport),
    View(&'a ReportScope),
    /// Set priority, assign, schedule visits: the work on an open report one answers for.
    Triage(&'a ReportScope),
    Move {
        report: &'a ReportScope,
        to: Status,
    },
    Comment {
        report: &'a ReportScope,
        public: bool,
    },
    /// "Me too" on a neighbour's common-area report.
    MeToo(&'a ReportScope),
    /// The tenant of an open in-flat report says when someone may come (time windows,
    /// permission to enter) or asks to move a planned visit.
    Availability(&'a ReportScope),
}

impl ReportScope {
    fn answered_by(&self, actor: &Actor) -> bool {
        actor.answers_for(self.organisation_id, self.place.estate)
    }

    /// The capacities in which this person may move the report.
    fn movers(&self, actor: &Actor) -> Vec<Mover> {
        let mut movers = vec![];
        if self.answered_by(actor) {
            movers.push(Mover::Staff);
        }
        if !self.private && actor.delegate_for().contains(&self.place) {
            movers.push(Mover::Delegate);
        }
        if self.filed_for == actor.user_id {
            movers.push(Mover::Reporter);
        }
        movers
    }

    /// Staff of whoever answers, or of the estate's desk: they may write internal notes.
    fn staff(&self, actor: &Actor) -> bool {
        self.answered_by(actor) || actor.desk_of().contains(&self.place)
    }
}

impl Rule for ReportAction<'_> {
    fn allows(&self, actor: &Actor) -> bool {
        let me = actor.user_id;
        match *self {
            ReportAction::File(new) => {
                let own = new.for_user == me
                    && actor
                        .lives_in()
                        .union(actor.delegate_for())
                        .contains(&new.place);
                let desk = new.for_user != me && actor.desk_of().contains(&new.place);
                own || desk
            }
            ReportAction::View(report) => {
                actor.admin
                    || report.filed_for == me
                    || report.filed_by == me
                    || report.staff(actor)
                    || (!report.private && neighbours(actor).contains(&report.place))
            }
            ReportAction::Triage(report) => report.answered_by(actor) && report.status.is_open(),
            ReportAction::Move { report, to } => report
                .movers(actor)
                .into_iter()
                .any(|mover| may_move(mover, report.status, to)),
            ReportAction::Comment { report, public } => {
                report.staff(actor)
                    || (public
                        && (report.filed_for == me
                            || report.movers(actor).contains(&Mover::Delegate)))
            }
            ReportAction::MeToo(report) => {
                report.place.level != Location::Unit
                    && !report.private
                    && report.status.is_open()
                    && report.filed_for != me
                    && actor.neighbour_of().contains(&report.place)
            }
            ReportAction::Availability(report) => {
                report.filed_for == me
                    && report.place.level == Location::Unit
                    && report.status.is_open()
            }
        }
    }
}

/// Authorizes a move of a report the actor sees. A move this person may make, only not from the
/// state the report is in now, is refused as a conflict: the report moved on since they looked
/// (most often, someone made that very move a moment earlier), and they should look again. Any
/// other refusal is "not found", as everywhere.
pub fn authorize_move(actor: &Actor, report: &ReportScope, to: Status) -> AppResult<()> {
    let allowed_from = |status| {
        let report = ReportScope { status, ..*report };
        ReportAction::Move {
            report: &report,
            to,
        }
        .allows(actor)
    };
    if allowed_from(report.status) {
        Ok(())
    } else if Status::ALL.into_iter().any(allowed_from) {
        Err(changed_meanwhile())
    } else {
        Err(AppError::NotFound)
    }
}

/// Those who see a report that is not private: whoever lives where it is, and its delegates.
fn neighbours(actor: &Actor) -> crate::access::Reach {
    actor.lives_in().union(actor.delegate_for())
}

pub type ReportFilter = Box<
    dyn diesel::expression::BoxableExpression<
        reports::table,
        MultiBackend,
        SqlType = diesel::sql_types::Bool,
    >,
>;

/// A reach as a filter on reports' place columns.
pub fn place_filter(reach: &crate::access::Reach) -> ReportFilter {
    crate::access::reach_filter!(
        reach,
        reports::table,
        level = reports::location,
        unit = (reports::unit_id.assume_not_null()),
        stair = reports::stair_id.assume_not_null(),
        building = reports::building_id.assume_not_null(),
        estate = reports::estate_id,
    )
}

/// The reports `actor` may see, as a query filter (`None`: everything): their own (filed by or
/// for them) and [`seen_as_others`].
pub fn visible(actor: &Actor) -> Option<ReportFilter> {
    use diesel::prelude::*;
    let own: ReportFilter = Box::new(
        reports::filed_for
            .eq(actor.user_id)
            .or(reports::filed_by.eq(actor.user_id)),
    );
    let parts = seen_as_others(actor)?;
    Some(
        parts
            .into_iter()
            .fold(own, |all, part| Box::new(all.or(part))),
    )
}

/// The reports `actor` may see besides their own, as filters whose union it is: their
/// organisations' reports, those at each kind of place of their desks, and the ones not private
/// at each kind of place of their neighbourhood. A list of other people's reports asks each on
/// its own, so that every query reads one index of place (or organisation) and status: the
/// whole rule in one `OR` leaves the database only the status index, and it read every open
/// report there is to find the few around someone. `None`: everything (an admin).
pub fn seen_as_others(actor: &Actor) -> Option<Vec<ReportFilter>> {
    use diesel::prelude::*;
    if actor.admin {
        return None;
    }
    let mut parts: Vec<ReportFilter> = vec![];
    if !actor.staff_of.is_empty() {
        parts.push(Box::new(any_of(
            reports::organisation_id.assume_not_null(),
            actor.staff_of.clone(),
        )));
    }
    parts.extend(actor.desk_of().each().map(|desk| place_filter(&desk)));
    parts.extend(neighbours(actor).each().map(|around| -> ReportFilter {
        Box::new(reports::private.eq(false).and(place_filter(&around)))
    }));
    Some(parts)
}

/// Whether a report may leave the portal through Open311: its common-area reports, never a
/// flat's nor the desk's private ones. [`listed_openly_filter`] says the same in SQL.
pub fn listed_openly(report: &ReportScope) -> bool {
    !report.private && report.place.level != Location::Unit
}

pub fn listed_openly_filter() -> ReportFilter {
    use diesel::prelude::*;
    Box::new(
        reports::private
            .eq(false)
            .and(reports::location.ne(Location::Unit.code())),
    )
}

#[cfg(test)]
mod tests;

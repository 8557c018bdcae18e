//! Who may post, read, change and approve notices where, from the questions of
//! [`crate::access::Actor`]; [`visible`] says in SQL which notices [`NoticeAction::View`]
//! opens (a test checks them against each other).

use diesel::prelude::*;

use super::{Kind, NoticeRow, State};
use crate::access::{Actor, Clause, Level, Place, Reach, Rule};
use crate::core::db::{DbConnection, MultiBackend};
use crate::core::prepared::any_of;
use crate::core::schema::{buildings, notices};

/// What the rules need to know about one notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeScope {
    pub place: Place,
    pub kind: Kind,
    pub author_id: i32,
    pub state: State,
    /// The owner of the notice's building (none for an estate's notice).
    pub owner: Option<i32>,
    /// The organisations owning buildings in the notice's estate (for an estate's notice).
    pub estate_owners: Vec<i32>,
}

/// A notice someone wants to post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewNotice {
    pub place: Place,
    pub kind: Kind,
    pub owner: Option<i32>,
}

#[derive(Debug, Clone, Copy)]
pub enum NoticeAction<'a> {
    /// Post it live at once.
    Post(&'a NewNotice),
    /// Propose it, live once approved: a resident's offer or request on their stair.
    Propose(&'a NewNotice),
    View(&'a NoticeScope),
    Edit(&'a NoticeScope),
    Remove(&'a NoticeScope),
    Approve(&'a NoticeScope),
    /// Say "seen" (the residents it is for).
    MarkSeen(&'a NoticeScope),
    /// How many households have seen it.
    Readership(&'a NoticeScope),
    /// Which flats have not (no names): the delegates who knock on those doors.
    UnseenFlats(&'a NoticeScope),
    /// Move planned works on.
    Progress(&'a NoticeScope),
    /// Read what edits replaced: the author, those who moderate, the landlord's staff.
    History(&'a NoticeScope),
    /// Read the board of a place (a building's works board): its residents and delegates, its
    /// desk, its landlord's staff.
    ReadBoard(&'a NewNotice),
}

/// Where a delegate posts: a stair delegate on their stair, a building delegate on their
/// building and its stairs.
fn delegate_boards(actor: &Actor) -> Reach {
    Reach::new(vec![
        Clause::at(
            Level::Stair,
            actor
                .delegate_stairs
                .iter()
                .map(|(stair, _)| *stair)
                .collect(),
        ),
        Clause {
            level: Some(Level::Stair),
            within: Level::Building,
            ids: actor.delegate_buildings.clone(),
        },
        Clause::at(Level::Building, actor.delegate_buildings.clone()),
    ])
}

/// Whether `actor` approves or removes others' notices anywhere: admins, the desk, delegates.
pub fn moderates(actor: &Actor) -> bool {
    actor.admin
        || !actor.operator_estates.is_empty()
        || !actor.delegate_stairs.is_empty()
        || !actor.delegate_buildings.is_empty()
}

/// Stairs and buildings only: an estate's common areas have no single owner.
fn owned_by_staff(actor: &Actor, place: &Place, owner: Option<i32>) -> bool {
    place.level != Level::Estate && owner.is_some_and(|o| actor.staff_of(o))
}

impl NoticeScope {
    pub fn of(conn: &mut DbConnection, row: &NoticeRow) -> QueryResult<NoticeScope> {
        let owner = match row.building_id {
            Some(building) => Some(
                buildings::table
                    .find(building)
                    .select(buildings::owner_id)
                    .first(conn)?,
            ),
            None => None,
        };
        let estate_owners = if row.building_id.is_none() {
            buildings::table
                .filter(buildings::estate_id.eq(row.estate_id))
                .select(buildings::owner_id)
                .distinct()
                .load(conn)?
        } else {
            vec![]
        };
        Ok(NoticeScope {
            place: row.place(),
            kind: row.kind(),
            author_id: row.author_id,
            state: row.state,
            owner,
            estate_owners,
        })
    }

    fn live(&self) -> bool {
        self.state == State::Live
    }

    /// Staff of the landlord whose buildings it is about.
    fn served_by(&self, actor: &Actor) -> bool {
        owned_by_staff(actor, &self.place, self.owner)
            || (self.place.level == Level::Estate
                && self.estate_owners.iter().any(|o| actor.staff_of(*o)))
    }

    /// The desk of its estate and the delegates of the board it is on: they moderate it.
    fn moderated_by(&self, actor: &Actor) -> bool {
        actor.admin
            || actor.desk_of().contains(&self.place)
            || delegate_boards(actor).contains(&self.place)
    }

    /// Those who look after its place and knock on doors: its moderators, and a stair's
    /// delegates for a notice to their whole building.
    fn looked_after_by(&self, actor: &Actor) -> bool {
        self.moderated_by(actor) || actor.delegate_for().contains(&self.place)
    }
}

/// How someone may put a notice of a kind at a place: live at once, or as a proposal for a
/// delegate or the desk to approve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Posting {
    Direct,
    Proposal,
}

impl Posting {
    /// How `actor` may post `new`, if at all. Editing a notice asks the same of its new kind
    /// at its place, so an edit can never reach what posting could not.
    pub fn of(actor: &Actor, new: &NewNotice) -> Option<Posting> {
        if NoticeAction::Post(new).allows(actor) {
            Some(Posting::Direct)
        } else if NoticeAction::Propose(new).allows(actor) {
            Some(Posting::Proposal)
        } else {
            None
        }
    }
}

impl Rule for NoticeAction<'_> {
    fn allows(&self, actor: &Actor) -> bool {
        match *self {
            NoticeAction::Post(new) => {
                actor.admin
                    || actor.desk_of().contains(&new.place)
                    || (new.kind != Kind::Works && delegate_boards(actor).contains(&new.place))
                    || (new.kind == Kind::Works && owned_by_staff(actor, &new.place, new.owner))
            }
            NoticeAction::Propose(new) => {
                new.kind == Kind::OfferSeek
                    && new.place.level == Level::Stair
                    && actor.lives_in().contains(&new.place)
            }
            NoticeAction::View(notice) => {
                actor.admin
                    || notice.author_id == actor.user_id
                    // Proposals wait, and removals stay on record, for those who moderate.
                    || (!notice.live() && notice.moderated_by(actor))
                    || (notice.live()
                        && (actor.neighbour_of().contains(&notice.place)
                            || actor.desk_of().contains(&notice.place)
                            || notice.served_by(actor)))
            }
            NoticeAction::Edit(notice) => {
                notice.state != State::Removed
                    && (notice.author_id == actor.user_id
                        || actor.admin
                        || actor.desk_of().contains(&notice.place)
                        // Works on the stairs and buildings their landlord owns, as they post
                        // them: an estate's common areas have no single owner.
                        || (notice.kind == Kind::Works
                            && owned_by_staff(actor, &notice.place, notice.owner)))
            }
            NoticeAction::Remove(notice) => {
                NoticeAction::Edit(notice).allows(actor)
                    || (notice.state != State::Removed && notice.moderated_by(actor))
            }
            NoticeAction::Approve(notice) => {
                notice.state == State::Pending && notice.moderated_by(actor)
            }
            NoticeAction::MarkSeen(notice) => {
                notice.live() && actor.lives_in().contains(&notice.place)
            }
            NoticeAction::Readership(notice) => {
                notice.live()
                    && (notice.author_id == actor.user_id
                        || notice.looked_after_by(actor)
                        || notice.served_by(actor))
            }
            NoticeAction::UnseenFlats(notice) => notice.live() && notice.looked_after_by(actor),
            NoticeAction::Progress(notice) => {
                notice.kind == Kind::Works && NoticeAction::Edit(notice).allows(actor)
            }
            NoticeAction::History(notice) => {
                notice.author_id == actor.user_id
                    || notice.moderated_by(actor)
                    || notice.served_by(actor)
            }
            NoticeAction::ReadBoard(board) => {
                actor.admin
                    || actor.neighbour_of().contains(&board.place)
                    || actor.desk_of().contains(&board.place)
                    || owned_by_staff(actor, &board.place, board.owner)
            }
        }
    }
}

pub type NoticeFilter = Box<
    dyn diesel::expression::BoxableExpression<
        notices::table,
        MultiBackend,
        SqlType = diesel::sql_types::Bool,
    >,
>;

/// A reach as a filter on notices' place columns.
fn place_filter(reach: &crate::access::Reach) -> NoticeFilter {
    crate::access::reach_filter!(
        reach,
        notices::table,
        level = notices::level,
        unit = none,
        stair = notices::stair_id.assume_not_null(),
        building = notices::building_id.assume_not_null(),
        estate = notices::estate_id,
    )
}

/// Live notices `actor` may open besides their own: on the places they live in or look after,
/// in their desk's estates, in their landlord's buildings and estates.
fn readable_live(actor: &Actor) -> NoticeFilter {
    let readers = place_filter(&actor.neighbour_of().union(actor.desk_of()));
    if actor.staff_of.is_empty() {
        return readers;
    }
    let owned = buildings::table
        .filter(any_of(buildings::owner_id, actor.staff_of.clone()))
        .select(buildings::id);
    let owners_estates = buildings::table
        .filter(any_of(buildings::owner_id, actor.staff_of.clone()))
        .select(buildings::estate_id);
    Box::new(
        readers.or(notices::level
            .ne(Level::Estate.code())
            .and(notices::building_id.assume_not_null().eq_any(owned))
            .or(notices::level
                .eq(Level::Estate.code())
                .and(notices::estate_id.eq_any(owners_estates)))),
    )
}

/// The notices in `state` (`live`, or waiting or removed) that `actor` may open, as a query
/// filter (`None`: every one). Proposals wait, and removals stay on record, for those who
/// moderate; everyone sees their own.
pub fn visible_in(actor: &Actor, live: bool) -> Option<NoticeFilter> {
    if actor.admin {
        return None;
    }
    let others: NoticeFilter = if live {
        readable_live(actor)
    } else {
        place_filter(&actor.desk_of().union(delegate_boards(actor)))
    };
    Some(Box::new(notices::author_id.eq(actor.user_id).or(others)))
}

/// The notices `actor` may open, in any state, as a query filter (`None`: every one).
pub fn visible(actor: &Actor) -> Option<NoticeFilter> {
    let (live, other) = (visible_in(actor, true)?, visible_in(actor, false)?);
    Some(Box::new(
        notices::state
            .eq(State::Live)
            .and(live)
            .or(notices::state.ne(State::Live).and(other)),
    ))
}

#[cfg(test)]
mod tests;

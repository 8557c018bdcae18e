//! Publishing the minutes of an assembly: once it has met, whoever convened it (or the desk of
//! its estate) writes what was said, how many households came, and each decision with its
//! votes. Publishing again replaces them: a correction, kept in the notice's history.

use std::collections::HashMap;

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::rules::NoticeScope;
use super::store::{self, changed_meanwhile};
use super::Kind;
use crate::access::{authorize, Actor, Rule};
use crate::core::db::{self, DbConnection};
use crate::core::error::{AppError, AppResult, Message};
use crate::core::prepared::any_of;
use crate::core::schema::{assembly_decisions, assembly_minutes, notices};
use crate::i18n::format::local_now;
use crate::i18n::Locale;

/// Limits on what the minutes' writer types, said in the form and the API document.
pub const MINUTES_MAX: usize = 20_000;
pub const DECISIONS_MAX: usize = 30;
pub const DECISION_MAX: usize = 500;
/// Votes and attendance: a count of households or people, never more than an estate holds.
pub const COUNT_MAX: i64 = 10_000;

/// One decision as typed, before it is checked.
#[derive(Debug, Clone, Default)]
pub struct DecisionInput {
    pub text: String,
    pub votes_for: i64,
    pub against: i64,
    pub abstained: i64,
}

/// Minutes as typed, before they are checked.
#[derive(Debug, Clone, Default)]
pub struct MinutesInput {
    pub body: String,
    pub attendance: Option<i64>,
    pub decisions: Vec<DecisionInput>,
}

/// The votes on a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Votes {
    #[serde(rename = "for")]
    pub votes_for: i32,
    pub against: i32,
    pub abstained: i32,
}

impl Votes {
    /// Carried: more votes for than against (abstentions count for neither).
    pub fn carried(self) -> bool {
        self.votes_for > self.against
    }
}

/// A decision of the assembly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub text: String,
    #[serde(flatten)]
    pub votes: Votes,
}

/// Minutes that passed every check: a body, an attendance if known, the decisions in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Minutes {
    pub body: String,
    pub attendance: Option<i32>,
    pub decisions: Vec<Decision>,
}

fn count(raw: i64, key: &'static str) -> AppResult<i32> {
    if (0..=COUNT_MAX).contains(&raw) {
        Ok(raw as i32)
    } else {
        Err(AppError::Invalid(Message::new(key).with("max", COUNT_MAX)))
    }
}

fn too_long(key: &'static str, max: usize) -> AppError {
    AppError::Invalid(Message::new(key).with("max", max))
}

impl Minutes {
    pub fn parse(input: MinutesInput) -> AppResult<Minutes> {
        let body = input.body.trim();
        if body.is_empty() {
            return Err(AppError::invalid("assembly-minutes-required"));
        }
        if body.chars().count() > MINUTES_MAX {
            return Err(too_long("assembly-minutes-long", MINUTES_MAX));
        }
        if input.decisions.len() > DECISIONS_MAX {
            return Err(too_long("assembly-decisions-many", DECISIONS_MAX));
        }
        let decisions = input
            .decisions
            .into_iter()
            .map(|d| {
                let text = d.text.trim();
                if text.is_empty() {
                    return Err(AppError::invalid("assembly-decision-text-required"));
                }
                if text.chars().count() > DECISION_MAX {
                    return Err(too_long("assembly-decision-long", DECISION_MAX));
                }
                let votes = |raw| count(raw, "assembly-votes-invalid");
                Ok(Decision {
                    text: text.to_string(),
                    votes: Votes {
                        votes_for: votes(d.votes_for)?,
                        against: votes(d.against)?,
                        abstained: votes(d.abstained)?,
                    },
                })
            })
            .collect::<AppResult<Vec<_>>>()?;
        Ok(Minutes {
            body: body.to_string(),
            attendance: input
                .attendance
                .map(|a| count(a, "assembly-attendance-invalid"))
                .transpose()?,
            decisions,
        })
    }
}

/// Publish (or correct) the minutes of an assembly: whoever convened it, the desk of its
/// estate, admins; only while it is on the board.
#[derive(Debug, Clone, Copy)]
pub struct PublishMinutes<'a>(pub &'a NoticeScope);

impl Rule for PublishMinutes<'_> {
    fn allows(&self, actor: &Actor) -> bool {
        let notice = self.0;
        notice.kind == Kind::Assembly
            && notice.state == super::State::Live
            && (notice.author_id == actor.user_id
                || actor.admin
                || actor.desk_of().contains(&notice.place))
    }
}

/// Publishes `minutes` on assembly `id` once it has met, replacing any published before, and
/// records it in the notice's history (which also moves the boards showing it on).
pub fn publish(
    conn: &mut DbConnection,
    actor: &Actor,
    id: i32,
    minutes: &Minutes,
) -> AppResult<()> {
    db::transaction(conn, |conn| {
        let (row, scope) = store::visible(conn, actor, id)?;
        authorize(actor, PublishMinutes(&scope))?;
        if row.event_at.is_none_or(|at| at > local_now()) {
            return Err(AppError::invalid("assembly-not-yet-met"));
        }
        let now = Utc::now().naive_utc();
        // Conditional on what was checked: still a live assembly, or someone changed it first.
        let still = diesel::update(
            notices::table
                .find(id)
                .filter(notices::state.eq(super::State::Live))
                .filter(notices::kind.eq(Kind::Assembly.code())),
        )
        .set(notices::updated_at.eq(now))
        .execute(conn)?;
        if still == 0 {
            return Err(changed_meanwhile());
        }
        let replaced = diesel::delete(assembly_minutes::table.find(id)).execute(conn)? > 0;
        diesel::insert_into(assembly_minutes::table)
            .values((
                assembly_minutes::notice_id.eq(id),
                assembly_minutes::body.eq(&minutes.body),
                assembly_minutes::attendance.eq(minutes.attendance),
                assembly_minutes::published_by.eq(actor.user_id),
                assembly_minutes::published_at.eq(now),
            ))
            .execute(conn)?;
        for (position, decision) in minutes.decisions.iter().enumerate() {
            diesel::insert_into(assembly_decisions::table)
                .values((
                    assembly_decisions::notice_id.eq(id),
                    assembly_decisions::position.eq(position as i32),
                    assembly_decisions::text.eq(&decision.text),
                    assembly_decisions::votes_for.eq(decision.votes.votes_for),
                    assembly_decisions::votes_against.eq(decision.votes.against),
                    assembly_decisions::votes_abstained.eq(decision.votes.abstained),
                ))
                .execute(conn)?;
        }
        let what = if replaced {
            "minutes-corrected"
        } else {
            "minutes"
        };
        store::record(conn, id, what, Some(actor.user_id), "")?;
        Ok(())
    })
}

/// Minutes as published, for pages, the print view and the API.
#[derive(Debug, Clone, Serialize)]
pub struct Published {
    pub body: String,
    pub attendance: Option<i32>,
    /// UTC.
    #[serde(skip)]
    pub published_at: NaiveDateTime,
    pub decisions: Vec<Decision>,
}

/// The minutes published on each of `notices` that has some.
pub fn published(conn: &mut DbConnection, notices: &[i32]) -> QueryResult<HashMap<i32, Published>> {
    if notices.is_empty() {
        return Ok(HashMap::new());
    }
    let minutes: Vec<(i32, String, Option<i32>, NaiveDateTime)> = assembly_minutes::table
        .filter(any_of(assembly_minutes::notice_id, notices))
        .select((
            assembly_minutes::notice_id,
            assembly_minutes::body,
            assembly_minutes::attendance,
            assembly_minutes::published_at,
        ))
        .load(conn)?;
    let decisions: Vec<(i32, String, i32, i32, i32)> = assembly_decisions::table
        .filter(any_of(assembly_decisions::notice_id, notices))
        .order((assembly_decisions::notice_id, assembly_decisions::position))
        .select((
            assembly_decisions::notice_id,
            assembly_decisions::text,
            assembly_decisions::votes_for,
            assembly_decisions::votes_against,
            assembly_decisions::votes_abstained,
        ))
        .load(conn)?;
    Ok(minutes
        .into_iter()
        .map(|(notice, body, attendance, published_at)| {
            let decisions = decisions
                .iter()
                .filter(|d| d.0 == notice)
                .map(|(_, text, votes_for, against, abstained)| Decision {
                    text: text.clone(),
                    votes: Votes {
                        votes_for: *votes_for,
                        against: *against,
                        abstained: *abstained,
                    },
                })
                .collect();
            let published = Published {
                body,
                attendance,
                published_at,
                decisions,
            };
            (notice, published)
        })
        .collect())
}

/// A decision as a page shows it: the votes written in the reader's numerals, and whether it
/// was carried, in words.
#[derive(Debug, Clone, Serialize)]
pub struct DecisionView {
    pub text: String,
    pub votes_for: String,
    pub against: String,
    pub abstained: String,
    pub result: String,
}

impl DecisionView {
    pub fn new(decision: &Decision, locale: Locale) -> DecisionView {
        let votes = decision.votes;
        let result = if votes.carried() {
            "assembly-carried"
        } else {
            "assembly-not-carried"
        };
        DecisionView {
            text: decision.text.clone(),
            votes_for: locale.number(votes.votes_for.into()),
            against: locale.number(votes.against.into()),
            abstained: locale.number(votes.abstained.into()),
            result: locale.text(result),
        }
    }
}

/// Minutes as a page shows them, in the reader's language.
#[derive(Debug, Clone, Serialize)]
pub struct MinutesView {
    /// As written, for the form that corrects them.
    pub published: Published,
    pub body_html: String,
    pub attendance: Option<String>,
    pub published_on: String,
    pub decisions: Vec<DecisionView>,
}

impl MinutesView {
    pub fn new(published: Published, locale: Locale) -> MinutesView {
        MinutesView {
            body_html: super::markdown::to_html(&published.body, locale),
            attendance: published.attendance.map(|count| {
                locale.text_with("assembly-attendance", &[("count", count.to_string())])
            }),
            published_on: locale.date_time(published.published_at),
            decisions: published
                .decisions
                .iter()
                .map(|d| DecisionView::new(d, locale))
                .collect(),
            published,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::fixtures::*;
    use crate::access::{allows, Level, Place};

    fn assembly(place: Place, kind: Kind, author_id: i32, state: &str) -> NoticeScope {
        NoticeScope {
            place,
            kind,
            author_id,
            state: crate::notices::State::parse(state).expect("a state"),
            owner: Some(OWNER),
            estate_owners: vec![],
        }
    }

    /// Columns: tenant, stair delegate, building delegate, operator, technician, manager,
    /// rent officer, admin.
    #[test]
    fn matrix() {
        const Y: bool = true;
        const N: bool = false;
        let cases: &[(&str, [bool; 8])] = &[
            (
                "minutes of the assembly I convened",
                [Y, Y, Y, Y, Y, Y, Y, Y],
            ),
            (
                "minutes of a neighbour's assembly",
                [N, N, N, Y, N, N, N, Y],
            ),
            (
                "minutes of another estate's assembly",
                [N, N, N, N, N, N, N, Y],
            ),
            ("minutes of my removed assembly", [N, N, N, N, N, N, N, N]),
            ("minutes of my event", [N, N, N, N, N, N, N, N]),
        ];
        let check = |case: &str, actor: &Actor| {
            let stair = place(Level::Stair);
            let me = actor.user_id;
            let scope = match case {
                "minutes of the assembly I convened" => assembly(stair, Kind::Assembly, me, "live"),
                "minutes of a neighbour's assembly" => {
                    assembly(stair, Kind::Assembly, NEIGHBOUR_ID, "live")
                }
                "minutes of another estate's assembly" => assembly(
                    elsewhere(Level::Estate),
                    Kind::Assembly,
                    NEIGHBOUR_ID,
                    "live",
                ),
                "minutes of my removed assembly" => assembly(stair, Kind::Assembly, me, "removed"),
                "minutes of my event" => assembly(stair, Kind::Event, me, "live"),
                other => unreachable!("{other}"),
            };
            allows(actor, PublishMinutes(&scope))
        };
        assert_matrix(cases, check);
    }

    fn decision(text: &str, votes_for: i64) -> DecisionInput {
        DecisionInput {
            text: text.into(),
            votes_for,
            against: 1,
            abstained: 0,
        }
    }

    fn refusal(input: MinutesInput) -> &'static str {
        match Minutes::parse(input) {
            Err(AppError::Invalid(message)) => message.key,
            other => panic!("refused as invalid, not {other:?}"),
        }
    }

    #[test]
    fn minutes_are_checked_before_they_are_written() {
        let good = MinutesInput {
            body: "  Presenti 12 famiglie.  ".into(),
            attendance: Some(12),
            decisions: vec![decision(" Turni di pulizia ", 9)],
        };
        let parsed = Minutes::parse(good.clone()).unwrap();
        assert_eq!(parsed.body, "Presenti 12 famiglie.");
        assert_eq!(parsed.decisions[0].text, "Turni di pulizia");
        assert!(parsed.decisions[0].votes.carried());
        let no_decisions = MinutesInput {
            decisions: vec![],
            ..good.clone()
        };
        assert!(
            Minutes::parse(no_decisions).is_ok(),
            "an assembly may decide nothing"
        );
        let with = |f: fn(&mut MinutesInput)| {
            let mut input = good.clone();
            f(&mut input);
            refusal(input)
        };
        assert_eq!(with(|i| i.body = " ".into()), "assembly-minutes-required");
        assert_eq!(
            with(|i| i.body = "x".repeat(MINUTES_MAX + 1)),
            "assembly-minutes-long"
        );
        assert_eq!(
            with(|i| i.decisions = vec![decision("d", 1); DECISIONS_MAX + 1]),
            "assembly-decisions-many"
        );
        assert_eq!(
            with(|i| i.decisions[0].text = "".into()),
            "assembly-decision-text-required"
        );
        assert_eq!(
            with(|i| i.decisions[0].text = "x".repeat(DECISION_MAX + 1)),
            "assembly-decision-long"
        );
        assert_eq!(
            with(|i| i.decisions[0].against = -1),
            "assembly-votes-invalid"
        );
        assert_eq!(
            with(|i| i.decisions[0].abstained = COUNT_MAX + 1),
            "assembly-votes-invalid"
        );
        assert_eq!(
            with(|i| i.attendance = Some(-3)),
            "assembly-attendance-invalid"
        );
    }

    #[test]
    fn a_tie_is_not_carried() {
        let votes = Votes {
            votes_for: 4,
            against: 4,
            abstained: 9,
        };
        assert!(!votes.carried());
    }
}

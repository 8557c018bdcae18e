//! Questions the portal asks by SMS that a bare yes or no answers: "is it fixed?" when a
//! tenant's report is resolved, "will someone be home?" the day before a visit in their flat.
//! A reply from the phone answers the last one still open (see `sms_inbound`).

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::core::db::DbConnection;
use crate::core::schema::sms_questions;

/// What was asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    /// "Is it fixed?" about a resolved report.
    Fixed,
    /// "Reply NO if nobody will be home" about a planned visit.
    Visit { visit_id: i32 },
}

impl Question {
    fn code(self) -> &'static str {
        match self {
            Question::Fixed => "fixed",
            Question::Visit { .. } => "visit",
        }
    }

    fn visit_id(self) -> Option<i32> {
        match self {
            Question::Fixed => None,
            Question::Visit { visit_id } => Some(visit_id),
        }
    }

    fn from_row(kind: &str, visit_id: Option<i32>) -> Option<Question> {
        match (kind, visit_id) {
            ("fixed", _) => Some(Question::Fixed),
            ("visit", Some(visit_id)) => Some(Question::Visit { visit_id }),
            _ => None,
        }
    }
}

/// A question waiting for its answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Asked {
    pub id: i32,
    pub report_id: i32,
    pub question: Question,
}

/// Records that `user_id` was asked `question` about a report, in the transaction that queues
/// the SMS asking it.
pub fn ask(
    conn: &mut DbConnection,
    user_id: i32,
    report_id: i32,
    question: Question,
) -> QueryResult<()> {
    diesel::insert_into(sms_questions::table)
        .values((
            sms_questions::user_id.eq(user_id),
            sms_questions::report_id.eq(report_id),
            sms_questions::visit_id.eq(question.visit_id()),
            sms_questions::kind.eq(question.code()),
            sms_questions::asked_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The last question asked of this person that nobody has answered yet.
pub fn last_open(conn: &mut DbConnection, user_id: i32) -> QueryResult<Option<Asked>> {
    let row: Option<(i32, i32, String, Option<i32>)> = sms_questions::table
        .filter(sms_questions::user_id.eq(user_id))
        .filter(sms_questions::answered_at.is_null())
        .order((sms_questions::asked_at.desc(), sms_questions::id.desc()))
        .select((
            sms_questions::id,
            sms_questions::report_id,
            sms_questions::kind,
            sms_questions::visit_id,
        ))
        .first(conn)
        .optional()?;
    Ok(row.and_then(|(id, report_id, kind, visit_id)| {
        Question::from_row(&kind, visit_id).map(|question| Asked {
            id,
            report_id,
            question,
        })
    }))
}

/// Marks a question answered, only if it was still open: of two replies racing, one answers.
pub fn answer(conn: &mut DbConnection, id: i32, at: NaiveDateTime) -> QueryResult<bool> {
    let changed = diesel::update(
        sms_questions::table
            .filter(sms_questions::id.eq(id))
            .filter(sms_questions::answered_at.is_null()),
    )
    .set(sms_questions::answered_at.eq(at))
    .execute(conn)?;
    Ok(changed == 1)
}

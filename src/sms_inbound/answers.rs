//! A yes or no from a phone, answering the last question the portal asked by SMS: made into
//! the same change the report page would make (closing or reopening a resolved report, asking
//! to move a visit), authorized and recorded the same way, so the followers hear of it.

use chrono::Utc;

use super::Reply;
use crate::access::Actor;
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::notifications::channels::questions::{self, Asked, Question};
use crate::reports::changes::Change;
use crate::reports::visits::VisitUpdate;
use crate::reports::{self, queries, Status, Update};

/// Answers `asked` with yes or no, and a reason if one followed the word.
pub(super) fn answer(
    conn: &mut DbConnection,
    actor: &Actor,
    asked: Asked,
    yes: bool,
    reason: &str,
    locale: Locale,
) -> AppResult<Reply> {
    let reference = queries::by_id(conn, asked.report_id)?.reference;
    let reason = |fallback: &str| {
        if reason.is_empty() {
            locale.text(fallback)
        } else {
            reason.to_string()
        }
    };
    let (update, reply) = match (asked.question, yes) {
        (Question::Fixed, true) => (
            Some(Change::Transition {
                to: Status::Closed,
                body: reason("sms-fixed-reason"),
            }),
            "sms-closed",
        ),
        (Question::Fixed, false) => (
            Some(Change::Transition {
                to: Status::Received,
                body: reason("sms-not-fixed-reason"),
            }),
            "sms-reopened",
        ),
        (Question::Visit { .. }, true) => (None, "sms-visit-confirmed"),
        (Question::Visit { visit_id }, false) => {
            let update = VisitUpdate::RequestChange {
                visit: visit_id,
                message: reason("sms-visit-nobody-home"),
            };
            let moved = reports::update(conn, actor, &reference, Update::Visit(update));
            return settle(conn, asked, moved.map(drop), "sms-visit-moved", &reference);
        }
    };
    let changed = match update {
        Some(change) => reports::update(conn, actor, &reference, Update::Report(change)).map(drop),
        None => Ok(()),
    };
    settle(conn, asked, changed, reply, &reference)
}

/// Marks the question answered once the change is made; a report that moved on meanwhile
/// (confirmed on the web, the visit cancelled) leaves nothing to answer, and the person is
/// told so.
fn settle(
    conn: &mut DbConnection,
    asked: Asked,
    changed: AppResult<()>,
    reply: &'static str,
    reference: &str,
) -> AppResult<Reply> {
    let answered = questions::answer(conn, asked.id, Utc::now().naive_utc())?;
    match changed {
        Ok(()) if answered => Ok(Reply::new(reply).with("reference", reference.to_string())),
        Ok(()) | Err(AppError::Conflict(_) | AppError::Invalid(_) | AppError::NotFound) => {
            Ok(Reply::new("sms-already-answered").with("reference", reference.to_string()))
        }
        Err(e) => Err(e),
    }
}

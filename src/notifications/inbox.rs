//! The in-app inbox: what happened to the reports one follows, newest first, read when the
//! report is opened. Messages are written by [`super::fanout`].

use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::schema::inbox;
use crate::i18n::Locale;
use crate::reports::{events, queries, timeline};
use diesel::prelude::*;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct InboxItem {
    pub reference: String,
    pub summary: String,
    pub at: String,
    pub unread: bool,
}

/// The latest messages for someone, newest first; new are those about what happened after
/// they last opened the report.
pub fn latest(
    conn: &mut DbConnection,
    user_id: i32,
    locale: Locale,
    limit: i64,
) -> AppResult<Vec<InboxItem>> {
    let rows: Vec<(i32, i32)> = inbox::table
        .filter(inbox::user_id.eq(user_id))
        .order(inbox::id.desc())
        .limit(limit)
        .select((inbox::report_id, inbox::event_id))
        .load(conn)?;
    let report_ids: Vec<i32> = rows.iter().map(|r| r.0).collect();
    let opened = queries::opened(conn, user_id, &report_ids)?;
    let mut items = vec![];
    for (report_id, event_id) in rows {
        let report = queries::by_id(conn, report_id)?;
        let event = events::one(conn, event_id)?;
        let view = timeline::describe(conn, &report, &event, locale, user_id == report.filed_for)?;
        let read = opened
            .iter()
            .any(|(id, at)| *id == report_id && *at >= event.created_at);
        items.push(InboxItem {
            reference: report.reference,
            summary: view.summary,
            at: view.at,
            unread: !read,
        });
    }
    Ok(items)
}

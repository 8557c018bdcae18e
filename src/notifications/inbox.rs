//! The in-app inbox: what happened to the reports one follows, newest first, read when the
//! report is opened. Messages are written by [`super::fanout`].

use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::schema::inbox;
use crate::i18n::Locale;
use crate::reports::{events, queries, timeline};
use chrono::Utc;
use diesel::prelude::*;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct InboxItem {
    pub reference: String,
    pub summary: String,
    pub at: String,
    pub unread: bool,
}

/// The latest messages for someone, newest first.
pub fn latest(
    conn: &mut DbConnection,
    user_id: i32,
    locale: Locale,
    limit: i64,
) -> AppResult<Vec<InboxItem>> {
    let rows: Vec<(i32, i32, Option<chrono::NaiveDateTime>)> = inbox::table
        .filter(inbox::user_id.eq(user_id))
        .order(inbox::id.desc())
        .limit(limit)
        .select((inbox::report_id, inbox::event_id, inbox::read_at))
        .load(conn)?;
    let mut items = vec![];
    for (report_id, event_id, read_at) in rows {
        let report = queries::by_id(conn, report_id)?;
        let event = events::one(conn, event_id)?;
        let view = timeline::describe(conn, &report, &event, locale, user_id == report.filed_for)?;
        items.push(InboxItem {
            reference: report.reference,
            summary: view.summary,
            at: view.at,
            unread: read_at.is_none(),
        });
    }
    Ok(items)
}

/// Opening a report reads its messages.
pub fn mark_read(conn: &mut DbConnection, user_id: i32, report_id: i32) -> QueryResult<()> {
    diesel::update(
        inbox::table
            .filter(inbox::user_id.eq(user_id))
            .filter(inbox::report_id.eq(report_id))
            .filter(inbox::read_at.is_null()),
    )
    .set(inbox::read_at.eq(Utc::now().naive_utc()))
    .execute(conn)
    .map(drop)
}

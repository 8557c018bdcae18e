//! The parts of a person's export about their account: profile, roles, channels, inbox, the
//! notices they posted, and what they marked seen or read.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::core::db::DbConnection;
use crate::core::schema::{
    feed_tokens, inbox, notice_inbox, notice_seen, notice_texts, notices, report_events,
    report_reads, reports, role_grants, users,
};
use crate::notifications::channels::push::subscriptions;
use crate::people::contact::{self, ContactCard};

#[derive(Debug, Serialize)]
pub struct Profile {
    pub id: i32,
    pub name: String,
    pub email: Option<String>,
    pub username: Option<String>,
    pub locale: String,
    pub created_at: NaiveDateTime,
    pub last_active_at: Option<NaiveDateTime>,
    pub contact_card: ContactCard,
}

pub fn profile_of(conn: &mut DbConnection, user_id: i32) -> QueryResult<Profile> {
    let (id, name, email, username, locale, created_at, last_active_at) = users::table
        .find(user_id)
        .select((
            users::id,
            users::name,
            users::email,
            users::username,
            users::locale,
            users::created_at,
            users::last_active_at,
        ))
        .first(conn)?;
    Ok(Profile {
        id,
        name,
        email,
        username,
        locale,
        created_at,
        last_active_at,
        contact_card: contact::card(conn, user_id)?,
    })
}

#[derive(Debug, Serialize, Queryable)]
pub struct RoleHeld {
    pub role: String,
    pub scope_type: Option<String>,
    pub scope_id: Option<i32>,
    pub since: NaiveDateTime,
    pub until: Option<NaiveDateTime>,
}

pub fn roles_of(conn: &mut DbConnection, user_id: i32) -> QueryResult<Vec<RoleHeld>> {
    role_grants::table
        .filter(role_grants::user_id.eq(user_id))
        .order(role_grants::id)
        .select((
            role_grants::role,
            role_grants::scope_type,
            role_grants::scope_id,
            role_grants::created_at,
            role_grants::ends_at,
        ))
        .load(conn)
}

/// How the portal reaches the person: mail to their address, the inbox on their home page,
/// the calendar feeds they subscribed to and the browsers they turned push on in (the feed and
/// push addresses themselves are secrets, left out: only the push service is named).
#[derive(Debug, Serialize)]
pub struct Channels {
    pub email: Option<String>,
    pub inbox: bool,
    pub feeds: Vec<Feed>,
    pub push: Vec<PushBrowser>,
}

#[derive(Debug, Serialize)]
pub struct PushBrowser {
    pub service: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Serialize, Queryable)]
pub struct Feed {
    pub purpose: String,
    pub created_at: NaiveDateTime,
}

pub fn channels_of(conn: &mut DbConnection, user_id: i32) -> QueryResult<Channels> {
    let email = users::table
        .find(user_id)
        .select(users::email)
        .first(conn)?;
    let feeds = feed_tokens::table
        .filter(feed_tokens::user_id.eq(user_id))
        .select((feed_tokens::purpose, feed_tokens::created_at))
        .load(conn)?;
    let push = subscriptions::mine(conn, user_id)?
        .into_iter()
        .map(|s| PushBrowser {
            service: url::Url::parse(&s.endpoint)
                .ok()
                .and_then(|u| u.host_str().map(str::to_string))
                .unwrap_or_default(),
            created_at: s.created_at,
        })
        .collect();
    Ok(Channels {
        email,
        inbox: true,
        feeds,
        push,
    })
}

#[derive(Debug, Serialize)]
pub struct Inbox {
    pub reports: Vec<ReportMessage>,
    pub notices: Vec<NoticeMessage>,
}

#[derive(Debug, Serialize, Queryable)]
pub struct ReportMessage {
    pub report: String,
    pub event: String,
    pub created_at: NaiveDateTime,
    pub read_at: Option<NaiveDateTime>,
}

#[derive(Debug, Serialize, Queryable)]
pub struct NoticeMessage {
    pub notice: i32,
    pub created_at: NaiveDateTime,
}

pub fn inbox_of(conn: &mut DbConnection, user_id: i32) -> QueryResult<Inbox> {
    let reports = inbox::table
        .inner_join(reports::table)
        .inner_join(report_events::table)
        .filter(inbox::user_id.eq(user_id))
        .order(inbox::id)
        .select((
            reports::reference,
            report_events::kind,
            inbox::created_at,
            inbox::read_at,
        ))
        .load(conn)?;
    let notices = notice_inbox::table
        .filter(notice_inbox::user_id.eq(user_id))
        .order(notice_inbox::created_at)
        .select((notice_inbox::notice_id, notice_inbox::created_at))
        .load(conn)?;
    Ok(Inbox { reports, notices })
}

#[derive(Debug, Serialize)]
pub struct PostedNotice {
    pub id: i32,
    pub kind: String,
    pub level: String,
    pub state: String,
    pub urgent: bool,
    pub pinned: bool,
    pub starts_at: NaiveDateTime,
    pub expires_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub texts: Vec<NoticeText>,
    /// The picture's path inside the archive, if there is one.
    pub image: Option<String>,
    #[serde(skip)]
    pub image_key: Option<String>,
}

#[derive(Debug, Serialize, Queryable)]
pub struct NoticeText {
    pub locale: String,
    pub title: String,
    pub body: String,
}

type NoticeRow = (
    i32,
    String,
    String,
    String,
    bool,
    bool,
    NaiveDateTime,
    Option<NaiveDateTime>,
    NaiveDateTime,
    NaiveDateTime,
    Option<String>,
);

pub fn notices_of(conn: &mut DbConnection, user_id: i32) -> QueryResult<Vec<PostedNotice>> {
    let rows: Vec<NoticeRow> = notices::table
        .filter(notices::author_id.eq(user_id))
        .order(notices::id)
        .select((
            notices::id,
            notices::kind,
            notices::level,
            notices::state,
            notices::urgent,
            notices::pinned,
            notices::starts_at,
            notices::expires_at,
            notices::created_at,
            notices::updated_at,
            notices::image_key,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|row| {
            let texts = notice_texts::table
                .filter(notice_texts::notice_id.eq(row.0))
                .order(notice_texts::locale)
                .select((
                    notice_texts::locale,
                    notice_texts::title,
                    notice_texts::body,
                ))
                .load(conn)?;
            Ok(PostedNotice {
                id: row.0,
                kind: row.1,
                level: row.2,
                state: row.3,
                urgent: row.4,
                pinned: row.5,
                starts_at: row.6,
                expires_at: row.7,
                created_at: row.8,
                updated_at: row.9,
                texts,
                image: row.10.as_deref().map(super::reports::photo_path),
                image_key: row.10,
            })
        })
        .collect()
}

#[derive(Debug, Serialize)]
pub struct Seen {
    pub notices: Vec<SeenNotice>,
    pub reports: Vec<ReadReport>,
}

#[derive(Debug, Serialize, Queryable)]
pub struct SeenNotice {
    pub notice: i32,
    pub seen_at: NaiveDateTime,
}

#[derive(Debug, Serialize, Queryable)]
pub struct ReadReport {
    pub report: String,
    pub read_at: NaiveDateTime,
}

pub fn seen_of(conn: &mut DbConnection, user_id: i32) -> QueryResult<Seen> {
    let notices = notice_seen::table
        .filter(notice_seen::user_id.eq(user_id))
        .order(notice_seen::seen_at)
        .select((notice_seen::notice_id, notice_seen::seen_at))
        .load(conn)?;
    let reports = report_reads::table
        .inner_join(reports::table)
        .filter(report_reads::user_id.eq(user_id))
        .order(report_reads::read_at)
        .select((reports::reference, report_reads::read_at))
        .load(conn)?;
    Ok(Seen { notices, reports })
}

//! The audit trail: what staff, admins, the command line and the portal's own jobs changed —
//! roles, imports, anonymisations, API keys, categories, welcome kits. Each change calls
//! [`record`] inside its own transaction, so a change and its line are written together or not
//! at all. Lines are only ever added: the trail is kept whole (no pruning) and read by admins
//! on `/admin/audit`. Details name what changed by id and code, never a secret (an API key, a
//! password) nor the name of a person the change was about.
//!
//! A new kind of change adds an [`AuditAction`] and its `audit-action-…` message in every
//! language; nothing else changes.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::schema::{audit_log, users};
use crate::i18n::Locale;

/// Who made a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auditor {
    /// Someone signed in (their name at the time is kept with the line).
    Person(i32),
    /// Whoever ran a `portineria` command on the server.
    CommandLine,
    /// The portal's own background jobs (anonymising unused accounts).
    Job,
}

impl Auditor {
    /// The signed-in person, or the command line when there is none (`granted_by` and kin).
    pub fn person_or_command_line(user_id: Option<i32>) -> Auditor {
        user_id.map_or(Auditor::CommandLine, Auditor::Person)
    }

    fn kind(self) -> &'static str {
        match self {
            Auditor::Person(_) => "person",
            Auditor::CommandLine => "command-line",
            Auditor::Job => "job",
        }
    }
}

/// What was changed; the code is stored, and named in the reader's language on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    RoleGranted,
    RoleRevoked,
    PlacesImported,
    TransparencyImported,
    /// A landlord's charges and payments, from its rent system.
    RentImported,
    /// Anonymised on request, through the desk.
    PersonAnonymised,
    /// Anonymised by the retention job, for having been unused too long.
    AccountsAnonymised,
    ApiKeyCreated,
    ApiKeyRevoked,
    CategoryChanged,
    KitApproved,
    KitRefused,
    /// SMS turned on again by the desk, with the tenant, after they wrote STOP.
    SmsResumed,
    /// A person's channels changed by the desk, with them.
    ChannelsChosen,
    /// An election of delegates opened, changed (before voting) or closed by the desk (or by
    /// the scheduler at the end of its window).
    ElectionOpened,
    ElectionChanged,
    ElectionClosed,
    /// A ballot handed in on paper at the desk, recorded for a flat (never its choice).
    PaperBallotRecorded,
}

impl AuditAction {
    pub fn code(self) -> &'static str {
        match self {
            AuditAction::RoleGranted => "role-granted",
            AuditAction::RoleRevoked => "role-revoked",
            AuditAction::PlacesImported => "places-imported",
            AuditAction::TransparencyImported => "transparency-imported",
            AuditAction::RentImported => "rent-imported",
            AuditAction::PersonAnonymised => "person-anonymised",
            AuditAction::AccountsAnonymised => "accounts-anonymised",
            AuditAction::ApiKeyCreated => "api-key-created",
            AuditAction::ApiKeyRevoked => "api-key-revoked",
            AuditAction::CategoryChanged => "category-changed",
            AuditAction::KitApproved => "kit-approved",
            AuditAction::KitRefused => "kit-refused",
            AuditAction::SmsResumed => "sms-resumed",
            AuditAction::ChannelsChosen => "channels-chosen",
            AuditAction::ElectionOpened => "election-opened",
            AuditAction::ElectionChanged => "election-changed",
            AuditAction::ElectionClosed => "election-closed",
            AuditAction::PaperBallotRecorded => "paper-ballot-recorded",
        }
    }
}

/// Writes one line of the trail. Call it on the connection (and so in the transaction) that
/// makes the change.
pub fn record(
    conn: &mut DbConnection,
    actor: Auditor,
    action: AuditAction,
    details: serde_json::Value,
) -> QueryResult<()> {
    let (actor_id, actor_name) = match actor {
        Auditor::Person(id) => (
            Some(id),
            users::table.find(id).select(users::name).first(conn)?,
        ),
        Auditor::CommandLine | Auditor::Job => (None, String::new()),
    };
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::at.eq(Utc::now().naive_utc()),
            audit_log::actor_kind.eq(actor.kind()),
            audit_log::actor_id.eq(actor_id),
            audit_log::actor_name.eq(actor_name),
            audit_log::action.eq(action.code()),
            audit_log::details.eq(details.to_string()),
        ))
        .execute(conn)
        .map(drop)
}

/// Lines per page of the trail.
pub const PAGE_SIZE: i64 = 50;

/// One line as an admin reads it.
#[derive(Debug, Clone, Serialize)]
pub struct AuditLine {
    pub at: String,
    /// The person's name then, with their account number, or "command line", "scheduled job".
    pub who: String,
    pub action_code: String,
    pub action: String,
    pub details: String,
}

/// A page of the trail, newest first.
#[derive(Debug, Clone, Serialize)]
pub struct AuditPage {
    pub lines: Vec<AuditLine>,
    pub page: i64,
    pub previous: Option<i64>,
    pub next: Option<i64>,
}

type Row = (NaiveDateTime, String, Option<i32>, String, String, String);

/// Page `page` (from 1) of the trail. Whoever calls it has checked the reader is an admin.
pub fn page(conn: &mut DbConnection, locale: Locale, page: i64) -> AppResult<AuditPage> {
    let page = page.max(1);
    let rows: Vec<Row> = audit_log::table
        .order(audit_log::id.desc())
        .offset((page - 1).saturating_mul(PAGE_SIZE))
        // One more than shown tells whether there is a next page.
        .limit(PAGE_SIZE + 1)
        .select((
            audit_log::at,
            audit_log::actor_kind,
            audit_log::actor_id,
            audit_log::actor_name,
            audit_log::action,
            audit_log::details,
        ))
        .load(conn)?;
    let more = rows.len() as i64 > PAGE_SIZE;
    let lines = rows
        .into_iter()
        .take(PAGE_SIZE as usize)
        .map(|(at, kind, id, name, action, details)| AuditLine {
            at: locale.date_time(at),
            who: match (kind.as_str(), id) {
                ("person", Some(id)) => locale.text_with(
                    "audit-who-person",
                    &[("name", name), ("id", id.to_string())],
                ),
                ("job", _) => locale.text("audit-who-job"),
                _ => locale.text("audit-who-command-line"),
            },
            action: locale.text(&format!("audit-action-{action}")),
            action_code: action,
            details,
        })
        .collect();
    Ok(AuditPage {
        lines,
        page,
        previous: (page > 1).then_some(page - 1),
        next: more.then_some(page + 1),
    })
}

//! One notice as its page shows it: the text in the reader's language, its history, who has
//! seen it (for those who may know), and what this reader may do with it.

use diesel::prelude::*;
use serde::Serialize;

use super::board::{card, NoticeCard};
use super::minutes::{MinutesView, PublishMinutes, DECISIONS_MAX};
use super::readership::{self, Readership};
use super::rules::NoticeAction;
use super::store::{self, Text};
use super::{Kind, Progress};
use crate::access::{allows, Actor};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::schema::{notice_events, users};
use crate::i18n::format::local_now;
use crate::i18n::Locale;
use crate::reports::detail::Choice;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct HistoryEntry {
    pub what: String,
    pub who: String,
    pub at: String,
    /// Why (a removal), or what it said before (an edit), as text.
    pub detail: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct NoticeCan {
    pub edit: bool,
    pub remove: bool,
    pub approve: bool,
    pub mark_seen: bool,
    pub progress: bool,
    /// Publish or correct an assembly's minutes: it has met, and this reader may.
    pub publish_minutes: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct NoticeDetail {
    #[serde(flatten)]
    pub card: NoticeCard,
    pub can: NoticeCan,
    pub readership: Option<Readership>,
    pub history: Vec<HistoryEntry>,
    pub progresses: Vec<Choice>,
    /// Every language's text, for the edit form.
    #[serde(skip)]
    pub texts: Vec<Text>,
    /// Where the stair's (or building's) report form is, for the printed QR code.
    pub report_where: &'static str,
    /// The rows of the minutes form: the decisions published, then blank ones.
    pub decision_rows: Vec<DecisionRow>,
}

/// One row of decisions in the minutes form.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DecisionRow {
    /// From 1, for the labels.
    pub number: usize,
    pub text: String,
    pub votes_for: String,
    pub against: String,
    pub abstained: String,
}

/// Blank rows the minutes form offers beyond the decisions already published.
const BLANK_DECISIONS: usize = 5;

fn decision_rows(minutes: Option<&MinutesView>) -> Vec<DecisionRow> {
    let published = minutes.map_or(&[][..], |m| m.published.decisions.as_slice());
    let filled = published.iter().map(|d| DecisionRow {
        number: 0,
        text: d.text.clone(),
        votes_for: d.votes.votes_for.to_string(),
        against: d.votes.against.to_string(),
        abstained: d.votes.abstained.to_string(),
    });
    filled
        .chain(std::iter::repeat_with(DecisionRow::default))
        .take((published.len() + BLANK_DECISIONS).min(DECISIONS_MAX))
        .enumerate()
        .map(|(i, row)| DecisionRow {
            number: i + 1,
            ..row
        })
        .collect()
}

pub fn load(
    conn: &mut DbConnection,
    actor: &Actor,
    id: i32,
    locale: Locale,
) -> AppResult<NoticeDetail> {
    let (row, scope) = store::visible(conn, actor, id)?;
    let on = |action| allows(actor, action);
    let can = NoticeCan {
        edit: on(NoticeAction::Edit(&scope)),
        remove: on(NoticeAction::Remove(&scope)),
        approve: on(NoticeAction::Approve(&scope)),
        mark_seen: on(NoticeAction::MarkSeen(&scope)),
        progress: on(NoticeAction::Progress(&scope)),
        publish_minutes: allows(actor, PublishMinutes(&scope))
            && row.event_at.is_some_and(|at| at <= local_now()),
    };
    let readership = if on(NoticeAction::Readership(&scope)) {
        let with_flats = on(NoticeAction::UnseenFlats(&scope));
        Some(readership::of(conn, id, &scope.place, with_flats)?)
    } else {
        None
    };
    let history = history(conn, id, locale, on(NoticeAction::History(&scope)))?;
    let texts = store::texts(conn, id)?;
    let report_where = match scope.place.level {
        crate::access::Level::Stair => "stair",
        crate::access::Level::Building => "building",
        _ => "estate",
    };
    let progresses = match row.kind() {
        Kind::Works => Progress::ALL
            .iter()
            .map(|p| Choice {
                code: p.code().to_string(),
                label: locale.text(&format!("notice-progress-{}", p.code())),
                current: row.progress == Some(*p),
            })
            .collect(),
        _ => vec![],
    };
    let card = card(conn, actor, row, locale)?;
    let decision_rows = if can.publish_minutes {
        decision_rows(card.minutes.as_ref())
    } else {
        vec![]
    };
    Ok(NoticeDetail {
        card,
        decision_rows,
        can,
        readership,
        history,
        progresses,
        texts,
        report_where,
    })
}

/// What happened to the notice, with who and when; what an edit replaced is shown to those who
/// may change it.
fn history(
    conn: &mut DbConnection,
    id: i32,
    locale: Locale,
    with_details: bool,
) -> AppResult<Vec<HistoryEntry>> {
    let rows: Vec<(String, Option<String>, String, chrono::NaiveDateTime)> = notice_events::table
        .left_join(users::table.on(users::id.nullable().eq(notice_events::actor_id)))
        .filter(notice_events::notice_id.eq(id))
        .filter(notice_events::kind.ne("published"))
        .order(notice_events::id)
        .select((
            notice_events::kind,
            users::name.nullable(),
            notice_events::body,
            notice_events::created_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(kind, who, body, at)| {
            let detail = match kind.as_str() {
                "removed" => body,
                "edited" if with_details => edited_before(&body),
                "progress" => locale.text(&format!("notice-progress-{body}")),
                _ => String::new(),
            };
            HistoryEntry {
                what: locale.text(&format!("notice-history-{kind}")),
                who: who.unwrap_or_default(),
                at: locale.date_time(at),
                detail,
            }
        })
        .collect())
}

/// The Italian title and body an edit replaced (kept as JSON in the event).
fn edited_before(body: &str) -> String {
    let before: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    before
        .as_array()
        .and_then(|texts| texts.iter().find(|t| t["locale"] == "it"))
        .map(|t| {
            format!(
                "{} — {}",
                t["title"].as_str().unwrap_or_default(),
                t["body"].as_str().unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

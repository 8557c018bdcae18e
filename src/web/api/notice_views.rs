//! Notices, the works board and the accounts as the API shows them: the types the handlers
//! serialise, which are also the document's schemas.

use serde::Serialize;
use utoipa::ToSchema;

use super::doc;
use crate::access::Level;
use crate::i18n::format::{local, rfc3339};
use crate::notices::board::{Board, NoticeCard};
use crate::notices::detail::{HistoryEntry, NoticeDetail};
use crate::notices::minutes::MinutesView;
use crate::notices::readership::Readership;
use crate::notices::works::WorksBoard;
use crate::notices::{Kind, Progress};
use crate::reports::views::Summary;
use crate::transparency::page::{Accounts, Contract, Share, Year};

/// A notice on a board, in the caller's language.
#[derive(Serialize, ToSchema)]
pub struct Notice {
    id: i32,
    kind: Kind,
    /// What it is posted on: a stair, a building or the estate.
    scope_type: Level,
    /// The stair, building or estate it is posted on.
    scope_id: i32,
    /// In the caller's language, or in Italian when it has no version in it (then
    /// `in_italian` is true).
    title: String,
    /// The Markdown body as sanitised HTML.
    body_html: String,
    in_italian: bool,
    /// The place's name, as the board says it.
    place: String,
    urgent: bool,
    pinned: bool,
    /// `live`, `pending` (an offer or request waiting for a delegate's approval) or `removed`.
    state: crate::notices::State,
    #[schema(format = DateTime)]
    starts_at: String,
    #[schema(format = DateTime)]
    expires_at: Option<String>,
    #[schema(format = DateTime)]
    event_at: Option<String>,
    event_place: Option<String>,
    #[schema(format = DateTime)]
    works_from: Option<String>,
    #[schema(format = DateTime)]
    works_until: Option<String>,
    /// The services planned works cut or touch.
    #[schema(schema_with = doc::services)]
    services: Vec<String>,
    #[schema(value_type = Option<Progress>)]
    progress: Option<String>,
    /// Whether the caller has said they saw it.
    seen: bool,
    /// Its page.
    url: String,
    /// An assembly's minutes once published; null before, and for every other kind.
    #[schema(required = true)]
    minutes: Option<AssemblyMinutes>,
}

/// The minutes of an assembly, as its poster or the desk published them.
#[derive(Serialize, ToSchema)]
pub struct AssemblyMinutes {
    /// Markdown, as written.
    body: String,
    /// The households present, when the minutes say.
    #[schema(required = true, minimum = 0, maximum = 10000)]
    attendance: Option<i32>,
    #[schema(format = DateTime)]
    published_at: String,
    /// In the minutes' order.
    decisions: Vec<DecisionVotes>,
}

/// A decision with its votes.
#[derive(Serialize, ToSchema)]
pub struct DecisionVotes {
    text: String,
    #[serde(rename = "for")]
    #[schema(minimum = 0, maximum = 10000)]
    votes_for: i32,
    #[schema(minimum = 0, maximum = 10000)]
    against: i32,
    #[schema(minimum = 0, maximum = 10000)]
    abstained: i32,
}

impl From<&MinutesView> for AssemblyMinutes {
    fn from(view: &MinutesView) -> Self {
        let published = &view.published;
        AssemblyMinutes {
            body: published.body.clone(),
            attendance: published.attendance,
            published_at: rfc3339(local(published.published_at)),
            decisions: published
                .decisions
                .iter()
                .map(|d| DecisionVotes {
                    text: d.text.clone(),
                    votes_for: d.votes.votes_for,
                    against: d.votes.against,
                    abstained: d.votes.abstained,
                })
                .collect(),
        }
    }
}

impl From<&NoticeCard> for Notice {
    fn from(card: &NoticeCard) -> Self {
        let row = &card.row;
        Notice {
            id: card.id,
            kind: row.kind(),
            scope_type: row.place().level,
            scope_id: row.stair_id.or(row.building_id).unwrap_or(row.estate_id),
            title: card.title.clone(),
            body_html: card.body_html.clone(),
            in_italian: card.in_italian,
            place: card.place.clone(),
            urgent: card.urgent,
            pinned: card.pinned,
            state: row.state,
            starts_at: rfc3339(row.starts_at),
            expires_at: row.expires_at.map(rfc3339),
            event_at: row.event_at.map(rfc3339),
            event_place: row.event_place.clone(),
            works_from: row.works_from.map(rfc3339),
            works_until: row.works_until.map(rfc3339),
            services: row.services(),
            progress: row.progress.map(|p| p.code().to_string()),
            seen: card.seen,
            url: format!("/notices/{}", card.id),
            minutes: card.minutes.as_ref().map(AssemblyMinutes::from),
        }
    }
}

/// A notice with every language's text, and its readership and history where the caller may
/// see them.
#[derive(Serialize, ToSchema)]
pub struct NoticeInFull {
    #[serde(flatten)]
    notice: Notice,
    texts: Vec<NoticeText>,
    /// For the author, the place's delegates, its desk and its landlord's staff: how many
    /// households saw it; the delegates and the desk also get the flats (never names) that
    /// have not.
    readership: Option<Readership>,
    /// Who posted, edited (with the text before), approved, removed (with why) or moved it
    /// on, for the author and those who moderate it.
    history: Vec<HistoryEntry>,
}

#[derive(Serialize, ToSchema)]
pub struct NoticeText {
    #[schema(example = "it")]
    locale: String,
    title: String,
    /// Markdown.
    body: String,
}

impl From<NoticeDetail> for NoticeInFull {
    fn from(detail: NoticeDetail) -> Self {
        NoticeInFull {
            notice: Notice::from(&detail.card),
            texts: detail
                .texts
                .into_iter()
                .map(|t| NoticeText {
                    locale: t.locale,
                    title: t.title,
                    body: t.body,
                })
                .collect(),
            readership: detail.readership,
            history: detail.history,
        }
    }
}

/// A page of the board: pinned and urgent first, then the newest.
#[derive(Serialize, ToSchema)]
pub struct NoticePage {
    notices: Vec<Notice>,
    /// Offers and requests waiting for the caller's approval.
    pending: Vec<Notice>,
    /// The next page of older notices, or null.
    #[schema(required = true)]
    next: Option<String>,
}

impl From<Board> for NoticePage {
    fn from(board: Board) -> Self {
        let listing = board.listing;
        NoticePage {
            notices: listing.notices.iter().map(Notice::from).collect(),
            pending: listing.pending.iter().map(Notice::from).collect(),
            next: listing
                .older
                .map(|query| format!("/api/v1/notices?{query}")),
        }
    }
}

/// A building's works board: planned and ongoing works, and its common-area reports being
/// worked on.
#[derive(Serialize, ToSchema)]
pub struct Works {
    /// The building, or null when the caller has none to show.
    #[schema(required = true)]
    building: Option<String>,
    works: Vec<Notice>,
    reports: Vec<Summary>,
}

impl From<WorksBoard> for Works {
    fn from(board: WorksBoard) -> Self {
        Works {
            building: board.building,
            works: board.works.iter().map(|w| Notice::from(&w.card)).collect(),
            reports: board.reports,
        }
    }
}

/// A building's service contracts, expenses by year and household shares.
#[derive(Serialize, ToSchema)]
pub struct Transparency {
    /// The building, or null when the caller has none to show.
    #[schema(required = true)]
    building: Option<String>,
    contracts: Vec<Contract>,
    years: Vec<Year>,
    /// The caller's own flat's share; every flat's for the desk and the landlord's staff.
    shares: Vec<Share>,
}

impl From<Accounts> for Transparency {
    fn from(accounts: Accounts) -> Self {
        Transparency {
            building: accounts.building,
            contracts: accounts.contracts,
            years: accounts.years,
            shares: accounts.shares,
        }
    }
}

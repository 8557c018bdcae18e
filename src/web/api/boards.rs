//! Notices, the welcome kit, the works board and the accounts through the API: the same
//! domain calls and rules as the pages.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

use super::doc;
use super::notice_views::{NoticeInFull, NoticePage, Transparency, Works};
use crate::core::error::{AppError, AppResult};
use crate::i18n::format::from_rfc3339;
use crate::i18n::Locale;
use crate::notices::board::{self, BoardQuery};
use crate::notices::cards::Whole;
use crate::notices::detail;
use crate::notices::store::{self, Draft, Text};
use crate::notices::works::{self, WorksQuery};
use crate::notices::{Kind, Progress};
use crate::transparency::page::{self, AccountsQuery};
use crate::web::errors::ApiError;
use crate::web::forms::place_of;
use crate::web::{AppState, SignedIn};
use crate::welcome::kit::{self, Kit};

/// The caller's board: their stair, building and estate together, pinned and urgent first,
/// then the newest; 30 a page.
///
/// Staff and the desk pick a board with `estate`, `building` or `stair` (a place they serve);
/// `archive=true` lists expired notices.
#[utoipa::path(
    get,
    path = "/notices",
    operation_id = "list_notices",
    tag = "board",
    params(BoardQuery),
    responses(
        (status = 200, description = "A page of the board", body = NoticePage),
        (status = 404, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn list(
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<BoardQuery>,
) -> AppResult<HttpResponse> {
    let (actor, locale, query) = (me.actor, me.locale, query.into_inner());
    let board = state
        .db
        .read(move |conn| board::board(conn, &actor, query.clone(), locale, &Whole))
        .await?;
    Ok(HttpResponse::Ok().json(NoticePage::from(board)))
}

async fn reply(
    state: &AppState,
    me: &SignedIn,
    id: i32,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let (actor, locale) = (me.actor.clone(), me.locale);
    let detail = state
        .db
        .run(move |conn| detail::load(conn, &actor, id, locale))
        .await?;
    Ok(HttpResponse::build(status).json(NoticeInFull::from(detail)))
}

/// A notice, with its readership and history where the caller may see them.
#[utoipa::path(
    get,
    path = "/notices/{id}",
    operation_id = "get_notice",
    tag = "board",
    responses(
        (status = 200, description = "The notice", body = NoticeInFull),
        (status = 404, response = ApiError),
    )
)]
pub async fn get(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
) -> AppResult<HttpResponse> {
    reply(&state, &me, id.into_inner(), StatusCode::OK).await
}

/// The notice in another language.
#[derive(Deserialize, ToSchema)]
pub struct Translation {
    #[schema(schema_with = doc::locale)]
    locale: String,
    #[schema(max_length = 120)]
    title: String,
    /// Markdown.
    #[serde(default)]
    #[schema(max_length = 5000)]
    body: String,
}

/// A notice as the API sends it; times are RFC 3339.
#[derive(Deserialize, ToSchema)]
pub struct NoticeBody {
    /// Where it goes up: a stair, a building or the estate.
    #[schema(schema_with = doc::notice_level)]
    scope_type: String,
    scope_id: i32,
    #[schema(value_type = Kind)]
    kind: String,
    /// In Italian, which every reader can fall back on.
    #[schema(max_length = 120, pattern = "\\S")]
    title: String,
    /// In Italian, Markdown: paragraphs, emphasis, lists, links; anything else is removed.
    #[serde(default)]
    #[schema(max_length = 5000)]
    body: String,
    #[serde(default)]
    translations: Vec<Translation>,
    /// Tell every affected resident: their inbox, and e-mail to those with an address. Only
    /// for those who post directly (not a resident's proposal): else 422.
    #[serde(default)]
    urgent: bool,
    /// Keep it at the top of the board; likewise only for those who post directly.
    #[serde(default)]
    pinned: bool,
    #[schema(format = DateTime)]
    starts_at: Option<String>,
    #[schema(format = DateTime)]
    expires_at: Option<String>,
    #[schema(format = DateTime)]
    event_at: Option<String>,
    #[schema(max_length = 120)]
    event_place: Option<String>,
    #[schema(format = DateTime)]
    works_from: Option<String>,
    #[schema(format = DateTime)]
    works_until: Option<String>,
    /// For planned works: what they cut or touch.
    #[serde(default)]
    #[schema(schema_with = doc::services)]
    services: Vec<String>,
    #[schema(value_type = Option<Progress>)]
    progress: Option<String>,
}

// The document's limits are the notices' own (utoipa takes literals only).
const _: () = assert!(
    crate::notices::TITLE_MAX == 120
        && crate::notices::BODY_MAX == 5000
        && crate::notices::PLACE_MAX == 120
        && crate::notices::REASON_MAX == 500
);

impl NoticeBody {
    fn parse(self) -> AppResult<Draft> {
        let (level, place_id) = place_of(&format!("{}:{}", self.scope_type, self.scope_id))?;
        let time = |raw: &Option<String>| -> AppResult<_> {
            match raw.as_deref() {
                None => Ok(None),
                Some(raw) => from_rfc3339(raw)
                    .map(Some)
                    .ok_or_else(|| AppError::invalid("notice-dates-invalid")),
            }
        };
        let mut texts = vec![Text {
            locale: Locale::DEFAULT.code().into(),
            title: self.title.clone(),
            body: self.body.clone(),
        }];
        texts.extend(self.translations.iter().map(|t| Text {
            locale: t.locale.clone(),
            title: t.title.clone(),
            body: t.body.clone(),
        }));
        Ok(Draft {
            kind: Kind::parse(&self.kind)
                .ok_or_else(|| AppError::invalid("notice-kind-invalid"))?,
            level,
            place_id,
            texts,
            urgent: self.urgent,
            pinned: self.pinned,
            starts_at: time(&self.starts_at)?,
            expires_at: time(&self.expires_at)?,
            event_at: time(&self.event_at)?,
            event_place: self.event_place.clone(),
            works_from: time(&self.works_from)?,
            works_until: time(&self.works_until)?,
            services: self.services.clone(),
            progress: match self.progress.as_deref() {
                None => None,
                Some(code) => Some(
                    Progress::parse(code)
                        .ok_or_else(|| AppError::invalid("notice-progress-invalid"))?,
                ),
            },
        })
    }
}

/// Post a notice, or propose an offer or request.
///
/// Stair delegates post on their stair, building delegates on their building and its stairs,
/// operators anywhere in their estate, technicians and managers planned works on their
/// organisation's buildings, admins anywhere. A resident's `offer_seek` on their own stair
/// waits (state `pending`) for a delegate or the desk to approve it. Anywhere else: 404.
#[utoipa::path(
    post,
    path = "/notices",
    operation_id = "post_notice",
    tag = "board",
    responses(
        (status = 201, description = "The notice as posted", body = NoticeInFull),
        (status = 404, response = ApiError),
        (status = 413, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn create(
    state: web::Data<AppState>,
    me: SignedIn,
    body: web::Json<NoticeBody>,
) -> AppResult<HttpResponse> {
    let draft = body.into_inner().parse()?;
    let actor = me.actor.clone();
    let id = state
        .db
        .run(move |conn| store::post(conn, &actor, &draft, None))
        .await?;
    reply(&state, &me, id, StatusCode::CREATED).await
}

/// Edit a notice; its history keeps the text before. The same body as posting; the place
/// cannot change, and the new kind is checked as posting it there (else 422). A resident's
/// change to their approved offer or request waits for approval again (state `pending`).
#[utoipa::path(
    post,
    path = "/notices/{id}",
    tag = "board",
    responses(
        (status = 200, description = "The notice as edited", body = NoticeInFull),
        (status = 404, response = ApiError),
        (status = 413, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn edit(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    body: web::Json<NoticeBody>,
) -> AppResult<HttpResponse> {
    let (id, draft) = (id.into_inner(), body.into_inner().parse()?);
    let actor = me.actor.clone();
    state
        .db
        .run(move |conn| store::edit(conn, &actor, id, &draft))
        .await?;
    reply(&state, &me, id, StatusCode::OK).await
}

/// What to do to a notice.
#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum NoticeAction {
    /// Take it down, saying why.
    Remove,
    /// Let a resident's offer or request go up.
    Approve,
    /// Say the caller saw it.
    Seen,
    /// Move planned works on.
    Progress,
}

#[derive(Deserialize, Default, ToSchema)]
pub struct ActionBody {
    /// `remove`: why, kept in the history (required).
    #[serde(default)]
    #[schema(max_length = 500)]
    reason: String,
    /// `progress`: how far the works have got.
    #[serde(default)]
    #[schema(value_type = Option<Progress>)]
    progress: String,
}

/// Remove (with a reason), approve, say seen, or move planned works on.
#[utoipa::path(
    post,
    path = "/notices/{id}/{action}",
    tag = "board",
    request_body(content = Option<ActionBody>),
    responses(
        (status = 200, description = "The notice after the action", body = NoticeInFull),
        (status = 404, response = ApiError),
        (status = 409, response = ApiError),
        (status = 413, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn act(
    state: web::Data<AppState>,
    me: SignedIn,
    path: web::Path<(i32, NoticeAction)>,
    body: Option<web::Json<ActionBody>>,
) -> AppResult<HttpResponse> {
    let (id, action) = path.into_inner();
    let body = body.map(web::Json::into_inner).unwrap_or_default();
    let actor = me.actor.clone();
    state
        .db
        .run(move |conn| match action {
            NoticeAction::Remove => store::remove(conn, &actor, id, &body.reason),
            NoticeAction::Approve => store::approve(conn, &actor, id),
            NoticeAction::Seen => store::mark_seen(conn, &actor, id),
            NoticeAction::Progress => {
                let progress = Progress::parse(&body.progress)
                    .ok_or_else(|| AppError::invalid("notice-progress-invalid"))?;
                store::set_progress(conn, &actor, id, progress)
            }
        })
        .await?;
    reply(&state, &me, id, StatusCode::OK).await
}

/// The welcome kit of the caller's estate (and building), in their language, with Italian
/// where a section has no version in it.
#[utoipa::path(
    get,
    path = "/welcome-kit",
    tag = "board",
    responses(
        (status = 200, description = "The kit", body = Kit),
        (status = 404, response = ApiError),
    )
)]
pub async fn welcome_kit(state: web::Data<AppState>, me: SignedIn) -> AppResult<HttpResponse> {
    let (actor, locale) = (me.actor, me.locale);
    let kit = state
        .db
        .read(move |conn| kit::kit(conn, &actor, None, locale))
        .await?;
    Ok(HttpResponse::Ok().json(kit))
}

/// The works board of a building: planned and ongoing works, and its common-area reports
/// being worked on. Without `building`, the caller's own.
#[utoipa::path(
    get,
    path = "/works",
    tag = "board",
    params(WorksQuery),
    responses(
        (status = 200, description = "The works board", body = Works),
        (status = 404, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn works(
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<WorksQuery>,
) -> AppResult<HttpResponse> {
    let (actor, locale, query) = (me.actor, me.locale, query.into_inner());
    let board = state
        .db
        .read(move |conn| works::board(conn, &actor, query.clone(), locale))
        .await?;
    Ok(HttpResponse::Ok().json(Works::from(board)))
}

/// A building's service contracts, its expenses by year and the household shares: a tenant
/// sees only their own flat's, the desk and the landlord's managers every flat's.
#[utoipa::path(
    get,
    path = "/transparency",
    tag = "board",
    params(AccountsQuery),
    responses(
        (status = 200, description = "The building's accounts", body = Transparency),
        (status = 404, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn transparency(
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<AccountsQuery>,
) -> AppResult<HttpResponse> {
    let (actor, locale, query) = (me.actor, me.locale, query.into_inner());
    let accounts = state
        .db
        .read(move |conn| page::accounts(conn, &actor, query.clone(), locale))
        .await?;
    Ok(HttpResponse::Ok().json(Transparency::from(accounts)))
}

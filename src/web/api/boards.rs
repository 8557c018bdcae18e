//! Notices, the welcome kit, the works board and the accounts through the API: the same
//! domain calls and rules as the pages.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::core::error::{AppError, AppResult};
use crate::i18n::format::{from_rfc3339, rfc3339};
use crate::i18n::Locale;
use crate::notices::board::{self, BoardQuery, NoticeCard};
use crate::notices::cards::Whole;
use crate::notices::detail::{self, NoticeDetail};
use crate::notices::store::{self, Draft, Text};
use crate::notices::works::{self, WorksQuery};
use crate::notices::{Kind, Progress};
use crate::transparency::page::{self, AccountsQuery};
use crate::web::pages::notices::place_of;
use crate::web::{AppState, SignedIn};
use crate::welcome::kit;

fn card_json(card: &NoticeCard) -> Value {
    let row = &card.row;
    json!({
        "id": card.id,
        "kind": card.kind,
        "scope_type": row.level,
        "scope_id": row.stair_id.or(row.building_id).unwrap_or(row.estate_id),
        "title": card.title,
        "body_html": card.body_html,
        "in_italian": card.in_italian,
        "place": card.place,
        "urgent": card.urgent,
        "pinned": card.pinned,
        "state": row.state,
        "starts_at": rfc3339(row.starts_at),
        "expires_at": row.expires_at.map(rfc3339),
        "event_at": row.event_at.map(rfc3339),
        "event_place": row.event_place,
        "works_from": row.works_from.map(rfc3339),
        "works_until": row.works_until.map(rfc3339),
        "services": row.services(),
        "progress": row.progress,
        "seen": card.seen,
        "url": format!("/notices/{}", card.id),
    })
}

fn detail_json(detail: &NoticeDetail) -> Value {
    let mut body = card_json(&detail.card);
    body["texts"] = json!(detail
        .texts
        .iter()
        .map(|t| json!({"locale": t.locale, "title": t.title, "body": t.body}))
        .collect::<Vec<_>>());
    body["readership"] = json!(detail.readership);
    body["history"] = json!(detail.history);
    body
}

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
    Ok(HttpResponse::Ok().json(json!({
        "notices": board.listing.notices.iter().map(card_json).collect::<Vec<_>>(),
        "pending": board.listing.pending.iter().map(card_json).collect::<Vec<_>>(),
        "next": board.listing.older.map(|query| format!("/api/v1/notices?{query}")),
    })))
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
    Ok(HttpResponse::build(status).json(detail_json(&detail)))
}

pub async fn get(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
) -> AppResult<HttpResponse> {
    reply(&state, &me, id.into_inner(), StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct Translation {
    locale: String,
    title: String,
    #[serde(default)]
    body: String,
}

/// A notice as the API sends it; times are RFC 3339.
#[derive(Deserialize)]
pub struct NoticeBody {
    scope_type: String,
    scope_id: i32,
    kind: String,
    title: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    translations: Vec<Translation>,
    #[serde(default)]
    urgent: bool,
    #[serde(default)]
    pinned: bool,
    starts_at: Option<String>,
    expires_at: Option<String>,
    event_at: Option<String>,
    event_place: Option<String>,
    works_from: Option<String>,
    works_until: Option<String>,
    #[serde(default)]
    services: Vec<String>,
    progress: Option<String>,
}

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

#[derive(Deserialize, Default)]
pub struct ActionBody {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    progress: String,
}

/// `remove` (with a reason), `approve`, `seen`, `progress`.
pub async fn act(
    state: web::Data<AppState>,
    me: SignedIn,
    path: web::Path<(i32, String)>,
    body: Option<web::Json<ActionBody>>,
) -> AppResult<HttpResponse> {
    let (id, action) = path.into_inner();
    let body = body.map(web::Json::into_inner).unwrap_or_default();
    let actor = me.actor.clone();
    state
        .db
        .run(move |conn| match action.as_str() {
            "remove" => store::remove(conn, &actor, id, &body.reason),
            "approve" => store::approve(conn, &actor, id),
            "seen" => store::mark_seen(conn, &actor, id),
            "progress" => {
                let progress = Progress::parse(&body.progress)
                    .ok_or_else(|| AppError::invalid("notice-progress-invalid"))?;
                store::set_progress(conn, &actor, id, progress)
            }
            _ => Err(AppError::NotFound),
        })
        .await?;
    reply(&state, &me, id, StatusCode::OK).await
}

pub async fn welcome_kit(state: web::Data<AppState>, me: SignedIn) -> AppResult<HttpResponse> {
    let (actor, locale) = (me.actor, me.locale);
    let kit = state
        .db
        .read(move |conn| kit::kit(conn, &actor, None, locale))
        .await?;
    Ok(HttpResponse::Ok().json(kit))
}

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
    Ok(HttpResponse::Ok().json(json!({
        "building": board.building,
        "works": board.works.iter().map(|w| card_json(&w.card)).collect::<Vec<_>>(),
        "reports": board.reports,
    })))
}

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
    Ok(HttpResponse::Ok().json(json!({
        "building": accounts.building,
        "contracts": accounts.contracts,
        "years": accounts.years,
        "shares": accounts.shares,
    })))
}

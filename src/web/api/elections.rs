//! Elections of delegates from the API (DESIGN.md, Elections): the desk opens, changes, closes
//! and records paper ballots; residents stand and vote; everyone of the place reads.

use actix_web::{web, HttpResponse};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::core::error::{AppError, AppResult};
use crate::elections::ballots::{self, Channel, Choice};
use crate::elections::candidates::{self, Statement};
use crate::elections::open::{self, NewElection};
use crate::elections::{close, view};
use crate::web::errors::ApiError;
use crate::web::{AppState, SignedIn};

/// An election as the desk opens (or changes) it.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ElectionIn {
    /// `stair` or `building`.
    #[schema(example = "stair")]
    scope_type: String,
    /// The stair's or building's id.
    scope_id: i32,
    /// Delegates to elect, 1 to 9.
    #[schema(minimum = 1, maximum = 9)]
    seats: i32,
    /// RFC 3339: nominations close then (in the future).
    #[schema(format = DateTime)]
    nominations_until: String,
    /// RFC 3339: voting opens then (not before nominations close).
    #[schema(format = DateTime)]
    voting_from: String,
    /// RFC 3339: voting closes then (at most 60 days after it opened).
    #[schema(format = DateTime)]
    voting_until: String,
    /// How long the winners hold the role, 1 to 60 months.
    #[schema(minimum = 1, maximum = 60)]
    term_months: i32,
}

fn instant(raw: &str) -> AppResult<NaiveDateTime> {
    chrono::DateTime::parse_from_rfc3339(raw.trim())
        .map(|t| t.naive_utc())
        .map_err(|_| AppError::invalid("election-windows-invalid"))
}

impl ElectionIn {
    fn parse(&self) -> AppResult<NewElection> {
        let windows = (
            instant(&self.nominations_until)?,
            instant(&self.voting_from)?,
            instant(&self.voting_until)?,
        );
        NewElection::parse(
            &self.scope_type,
            self.scope_id,
            self.seats,
            windows,
            self.term_months,
        )
    }
}

#[derive(Serialize, ToSchema)]
pub struct Created {
    id: i32,
}

/// Opens an election for a stair or a building of the caller's estate (the desk only; others
/// get 404); the place is told that nominations are open. 409 while another election of the
/// place is under way.
#[utoipa::path(
    post,
    path = "/elections",
    tag = "elections",
    request_body = ElectionIn,
    responses(
        (status = 201, description = "Opened", body = Created),
        (status = 404, response = ApiError),
        (status = 409, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn open_election(
    state: web::Data<AppState>,
    me: SignedIn,
    body: web::Json<ElectionIn>,
) -> AppResult<HttpResponse> {
    let new = body.parse()?;
    let actor = me.actor;
    let id = state
        .db
        .run(move |conn| open::open(conn, &actor, &new))
        .await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// Changes the seats, windows and term of an election before voting opens (the desk; the place
/// stays the same). 409 once voting has opened.
#[utoipa::path(
    patch,
    path = "/elections/{id}",
    tag = "elections",
    request_body = ElectionIn,
    params(("id" = i32, Path, description = "The election")),
    responses(
        (status = 204, description = "Changed"),
        (status = 404, response = ApiError),
        (status = 409, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn change_election(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    body: web::Json<ElectionIn>,
) -> AppResult<HttpResponse> {
    let (id, new) = (id.into_inner(), body.parse()?);
    let actor = me.actor;
    state
        .db
        .run(move |conn| open::change(conn, &actor, id, &new))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// An election, for residents of its place, its delegates and the desk: its state
/// (`nominations`, `waiting`, `voting`, `counting`, `closed`), candidates, turnout so far, and
/// — only once closed — the result. Anyone else gets 404.
#[utoipa::path(
    get,
    path = "/elections/{id}",
    tag = "elections",
    params(("id" = i32, Path, description = "The election")),
    responses(
        (status = 200, description = "The election", body = view::ElectionJson),
        (status = 404, response = ApiError),
    )
)]
pub async fn election(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let (id, actor, locale) = (id.into_inner(), me.actor, me.locale);
    let election = state
        .db
        .read(move |conn| view::json(conn, &actor, id, locale))
        .await?;
    Ok(HttpResponse::Ok().json(election))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct StandIn {
    /// A few words to the neighbours, in the candidate's language (may be empty; at most 600
    /// characters).
    #[serde(default)]
    #[schema(max_length = 600)]
    statement: String,
}

/// A resident of the place stands, while nominations are open (standing again changes the
/// statement). 409 outside nominations.
#[utoipa::path(
    post,
    path = "/elections/{id}/candidates",
    tag = "elections",
    request_body = StandIn,
    params(("id" = i32, Path, description = "The election")),
    responses(
        (status = 201, description = "Standing", body = Created),
        (status = 404, response = ApiError),
        (status = 409, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn stand(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    body: web::Json<StandIn>,
) -> AppResult<HttpResponse> {
    let (id, statement) = (id.into_inner(), Statement::parse(&body.statement)?);
    let (actor, locale) = (me.actor, me.locale);
    let candidate = state
        .db
        .run(move |conn| candidates::stand(conn, &actor, id, &statement, locale))
        .await?;
    Ok(HttpResponse::Created().json(Created { id: candidate }))
}

/// The caller withdraws their candidacy, until voting opens.
#[utoipa::path(
    delete,
    path = "/elections/{id}/candidates/mine",
    tag = "elections",
    params(("id" = i32, Path, description = "The election")),
    responses(
        (status = 204, description = "Withdrawn"),
        (status = 404, response = ApiError),
        (status = 409, response = ApiError),
    )
)]
pub async fn withdraw(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let (id, actor) = (id.into_inner(), me.actor);
    state
        .db
        .run(move |conn| candidates::withdraw(conn, &actor, id))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A ballot: a candidate's id, or `blank: true`, or (with a single candidate) `against: true`.
#[derive(Debug, Deserialize, ToSchema)]
pub struct BallotIn {
    candidate_id: Option<i32>,
    #[serde(default)]
    blank: bool,
    #[serde(default)]
    against: bool,
}

impl BallotIn {
    fn choice(&self) -> AppResult<Choice> {
        Choice::parse(self.candidate_id, self.blank, self.against)
    }
}

/// A tenant casts their flat's ballot while voting is open; a later ballot of the same flat
/// replaces the earlier (`X-Ballot: replaced`). Secret: nothing kept links the flat to it.
#[utoipa::path(
    post,
    path = "/elections/{id}/ballots",
    tag = "elections",
    request_body = BallotIn,
    params(("id" = i32, Path, description = "The election")),
    responses(
        (status = 204, description = "Cast"),
        (status = 404, response = ApiError),
        (status = 409, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn vote(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    body: web::Json<BallotIn>,
) -> AppResult<HttpResponse> {
    let (id, choice, actor) = (id.into_inner(), body.choice()?, me.actor);
    let cast = state
        .db
        .run(move |conn| ballots::cast(conn, &actor, id, choice, Channel::Web))
        .await?;
    Ok(cast_answer(cast))
}

fn cast_answer(cast: ballots::Cast) -> HttpResponse {
    let word = if cast.replaced { "replaced" } else { "first" };
    HttpResponse::NoContent()
        .insert_header(("X-Ballot", word))
        .finish()
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PaperBallotIn {
    /// The flat's code.
    unit: String,
    #[serde(flatten)]
    ballot: BallotIn,
}

/// The desk records a ballot handed in on paper for a flat of the place (flagged as paper;
/// it replaces the flat's earlier ballot like any other).
#[utoipa::path(
    post,
    path = "/elections/{id}/paper-ballots",
    tag = "elections",
    request_body = PaperBallotIn,
    params(("id" = i32, Path, description = "The election")),
    responses(
        (status = 204, description = "Recorded"),
        (status = 404, response = ApiError),
        (status = 409, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn paper_ballot(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    body: web::Json<PaperBallotIn>,
) -> AppResult<HttpResponse> {
    let (id, choice, actor) = (id.into_inner(), body.ballot.choice()?, me.actor);
    let unit = body.into_inner().unit;
    let cast = state
        .db
        .run(move |conn| ballots::paper(conn, &actor, id, &unit, choice))
        .await?;
    Ok(cast_answer(cast))
}

/// The desk closes an election whose voting window has ended: the count, the winners, the
/// result on the board. 409 before the window ends or once closed.
#[utoipa::path(
    post,
    path = "/elections/{id}/close",
    tag = "elections",
    params(("id" = i32, Path, description = "The election")),
    responses(
        (status = 200, description = "The result", body = view::ElectionJson),
        (status = 404, response = ApiError),
        (status = 409, response = ApiError),
    )
)]
pub async fn close_election(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let (id, actor, locale) = (id.into_inner(), me.actor, me.locale);
    let result = state
        .db
        .run(move |conn| close::close(conn, &actor, id, locale))
        .await?;
    Ok(HttpResponse::Ok().json(result))
}

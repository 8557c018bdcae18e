//! `/elections`: the elections of the reader's places (and the desk's form to open one), and
//! `/elections/{id}`: one election — its rule, candidates, the ballot while voting is open, the
//! desk's paper ballots and close, and the result once closed. Every form works without
//! JavaScript and comes back to the page with a word of what happened.

use actix_web::{web, HttpRequest, HttpResponse};
use chrono::NaiveDate;
use serde::Deserialize;

use crate::core::error::{AppError, AppResult};
use crate::elections::ballots::{self, Channel, Choice};
use crate::elections::candidates::{self, Statement};
use crate::elections::open::{self, Days, NewElection};
use crate::elections::{close, view};
use crate::web::csrf::CsrfForm;
use crate::web::{see_other, AppState, SignedIn};

pub async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
) -> AppResult<HttpResponse> {
    state
        .read_page(&req, me, "pages/elections", move |conn, actor, locale| {
            view::list_page(conn, actor, locale)
        })
        .await
}

#[derive(Debug, Deserialize)]
pub struct OpenForm {
    /// `stair:ID` or `building:ID`.
    place: String,
    seats: i32,
    nominations_last: String,
    voting_first: String,
    voting_last: String,
    term_months: i32,
}

fn day(raw: &str) -> AppResult<NaiveDate> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
        .map_err(|_| AppError::invalid("election-windows-invalid"))
}

impl OpenForm {
    fn parse(&self) -> AppResult<NewElection> {
        let (scope_type, id) = self
            .place
            .split_once(':')
            .ok_or(AppError::invalid("election-scope-invalid"))?;
        let scope_id = id
            .parse()
            .map_err(|_| AppError::invalid("election-scope-invalid"))?;
        let days = Days {
            nominations_last: day(&self.nominations_last)?,
            voting_first: day(&self.voting_first)?,
            voting_last: day(&self.voting_last)?,
        };
        NewElection::parse(
            scope_type,
            scope_id,
            self.seats,
            days.windows(),
            self.term_months,
        )
    }
}

pub async fn open(
    state: web::Data<AppState>,
    me: SignedIn,
    CsrfForm(form): CsrfForm<OpenForm>,
) -> AppResult<HttpResponse> {
    let new = form.parse()?;
    let actor = me.actor;
    let id = state
        .db
        .run(move |conn| open::open(conn, &actor, &new))
        .await?;
    Ok(see_other(&format!("/elections/{id}")))
}

#[derive(Debug, Default, Deserialize)]
pub struct Done {
    done: Option<String>,
}

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    query: web::Query<Done>,
) -> AppResult<HttpResponse> {
    let (id, done) = (id.into_inner(), query.into_inner().done);
    state
        .read_page(&req, me, "pages/election", move |conn, actor, locale| {
            view::page(conn, actor, id, done.as_deref(), locale)
        })
        .await
}

fn back(id: i32, done: &str) -> HttpResponse {
    see_other(&format!("/elections/{id}?done={done}#done"))
}

#[derive(Debug, Deserialize)]
pub struct StandForm {
    #[serde(default)]
    statement: String,
}

pub async fn stand(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    CsrfForm(form): CsrfForm<StandForm>,
) -> AppResult<HttpResponse> {
    let (id, statement) = (id.into_inner(), Statement::parse(&form.statement)?);
    let (actor, locale) = (me.actor, me.locale);
    state
        .db
        .run(move |conn| candidates::stand(conn, &actor, id, &statement, locale))
        .await?;
    Ok(back(id, "stood"))
}

#[derive(Debug, Deserialize)]
pub struct Nothing {}

pub async fn withdraw(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> AppResult<HttpResponse> {
    let (id, actor) = (id.into_inner(), me.actor);
    state
        .db
        .run(move |conn| candidates::withdraw(conn, &actor, id))
        .await?;
    Ok(back(id, "withdrew"))
}

#[derive(Debug, Deserialize)]
pub struct BallotForm {
    #[serde(default)]
    choice: String,
    #[serde(default)]
    unit: String,
}

pub async fn vote(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    CsrfForm(form): CsrfForm<BallotForm>,
) -> AppResult<HttpResponse> {
    let (id, choice, actor) = (id.into_inner(), Choice::from_form(&form.choice)?, me.actor);
    let cast = state
        .db
        .run(move |conn| ballots::cast(conn, &actor, id, choice, Channel::Web))
        .await?;
    Ok(back(id, if cast.replaced { "replaced" } else { "cast" }))
}

pub async fn paper(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    CsrfForm(form): CsrfForm<BallotForm>,
) -> AppResult<HttpResponse> {
    let (id, choice, actor) = (id.into_inner(), Choice::from_form(&form.choice)?, me.actor);
    state
        .db
        .run(move |conn| ballots::paper(conn, &actor, id, &form.unit, choice))
        .await?;
    Ok(back(id, "paper"))
}

pub async fn close(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> AppResult<HttpResponse> {
    let (id, actor, locale) = (id.into_inner(), me.actor, me.locale);
    state
        .db
        .run(move |conn| close::close(conn, &actor, id, locale))
        .await?;
    Ok(back(id, "closed"))
}

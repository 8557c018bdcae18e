//! The desk's pages for the people of its estates: find a tenant by name, and anonymise them
//! on their request (GDPR art. 17) after a second, confirming step.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};

use crate::access::Actor;
use crate::auth::erasure::{self, DeskPeople, PersonCard};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::i18n::Locale;
use crate::notifications::channels::choices::Chosen;
use crate::web::csrf::CsrfForm;
use crate::web::{see_other, AppState, SignedIn};

#[derive(Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    name: String,
    #[serde(default)]
    anonymised: Option<String>,
}

#[derive(Serialize)]
struct SearchView {
    name: String,
    searched: bool,
    people: DeskPeople,
    anonymised: bool,
}

pub async fn search(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    query: web::Query<SearchQuery>,
) -> AppResult<HttpResponse> {
    let SearchQuery { name, anonymised } = query.into_inner();
    let looked_for = name.clone();
    let wrap = move |people| SearchView {
        searched: !looked_for.trim().is_empty(),
        name: looked_for,
        people,
        anonymised: anonymised.is_some(),
    };
    let read = move |conn: &mut DbConnection, actor: &Actor, _: Locale| {
        erasure::desk_people(conn, actor, &name)
    };
    state
        .show(&req, me, "pages/desk_people", StatusCode::OK, read, wrap)
        .await
}

#[derive(Serialize)]
struct PersonView {
    person: PersonCard,
    /// Where the desk changes the person's channels with them.
    channels_action: String,
    /// The second step: "are you sure?".
    confirming: bool,
    error: Option<String>,
}

async fn person_page(
    req: &HttpRequest,
    state: &AppState,
    me: SignedIn,
    id: i32,
    confirming: bool,
) -> AppResult<HttpResponse> {
    let read = move |conn: &mut DbConnection, actor: &Actor, locale: Locale| {
        erasure::person(conn, actor, id, locale)
    };
    let wrap = |person| PersonView {
        person,
        channels_action: format!("/desk/people/{id}/channels"),
        confirming,
        error: None,
    };
    state
        .show(req, me, "pages/desk_person", StatusCode::OK, read, wrap)
        .await
}

pub async fn person(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
) -> AppResult<HttpResponse> {
    person_page(&req, &state, me, id.into_inner(), false).await
}

/// The channels a tenant at the desk chooses, ticked by the operator.
pub async fn choose_channels(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let chosen = Chosen::from_ticked(|field| form.get(field).is_some_and(|v| v == "yes"));
    let actor = me.actor;
    state
        .db
        .run(move |conn| erasure::choose_channels(conn, &actor, id, &chosen))
        .await?;
    Ok(see_other(&format!("/desk/people/{id}")))
}

#[derive(Deserialize)]
pub struct ResumeForm {
    #[serde(default)]
    with_the_person: Option<String>,
}

/// SMS again for a tenant who wrote STOP, asked for at the desk by the tenant.
pub async fn resume_sms(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    CsrfForm(form): CsrfForm<ResumeForm>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let with_the_person = form.with_the_person.as_deref() == Some("yes");
    let actor = me.actor.clone();
    let done = state
        .db
        .run(move |conn| erasure::resume_sms(conn, &actor, id, with_the_person))
        .await;
    match done {
        Ok(()) => Ok(see_other(&format!("/desk/people/{id}"))),
        Err(e) => {
            let (status, error) = crate::web::errors::on_form(e, &req)?;
            let read = move |conn: &mut DbConnection, actor: &Actor, locale: Locale| {
                erasure::person(conn, actor, id, locale)
            };
            let wrap = move |person| PersonView {
                person,
                channels_action: format!("/desk/people/{id}/channels"),
                confirming: false,
                error: Some(error),
            };
            state
                .show(&req, me, "pages/desk_person", status, read, wrap)
                .await
        }
    }
}

#[derive(Deserialize)]
pub struct EraseForm {
    #[serde(default)]
    confirmed: Option<String>,
}

/// The first press asks again; only the confirmed second one anonymises.
pub async fn erase(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    CsrfForm(form): CsrfForm<EraseForm>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    if form.confirmed.as_deref() != Some("yes") {
        return person_page(&req, &state, me, id, true).await;
    }
    let actor = me.actor;
    state
        .db
        .run(move |conn| erasure::anonymise(conn, &actor, id))
        .await?;
    Ok(see_other("/desk/people?anonymised=1"))
}

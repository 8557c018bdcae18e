//! An assembly's minutes from the form on its notice's page: the body, the attendance, and
//! rows of decisions (blank rows are left out).

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;

use super::notices::render;
use crate::core::error::{AppError, AppResult, Message};
use crate::notices::minutes::{self, DecisionInput, Minutes, MinutesInput, COUNT_MAX};
use crate::web::csrf::CsrfForm;
use crate::web::{see_other, AppState, SignedIn};

/// The minutes form: each decision's fields are repeated, one of each per row.
#[derive(Deserialize)]
pub struct MinutesForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    attendance: String,
    #[serde(default)]
    decision_text: Vec<String>,
    #[serde(default)]
    decision_for: Vec<String>,
    #[serde(default)]
    decision_against: Vec<String>,
    #[serde(default)]
    decision_abstained: Vec<String>,
}

/// A count typed in a box: blank is `None`, anything but a whole number is refused.
fn typed_count(raw: Option<&String>, key: &'static str) -> AppResult<Option<i64>> {
    match raw.map(|r| r.trim()).filter(|r| !r.is_empty()) {
        None => Ok(None),
        Some(raw) => raw
            .parse()
            .map(Some)
            .map_err(|_| AppError::Invalid(Message::new(key).with("max", COUNT_MAX))),
    }
}

impl MinutesForm {
    fn parse(self) -> AppResult<Minutes> {
        let mut decisions = vec![];
        for (i, text) in self.decision_text.iter().enumerate() {
            let votes = |column: &[String]| typed_count(column.get(i), "assembly-votes-invalid");
            let counts = [
                votes(&self.decision_for)?,
                votes(&self.decision_against)?,
                votes(&self.decision_abstained)?,
            ];
            // A row left as it was offered, blank.
            if text.trim().is_empty() && counts.iter().all(Option::is_none) {
                continue;
            }
            let [votes_for, against, abstained] = counts.map(Option::unwrap_or_default);
            decisions.push(DecisionInput {
                text: text.clone(),
                votes_for,
                against,
                abstained,
            });
        }
        Minutes::parse(MinutesInput {
            body: self.body,
            attendance: typed_count(Some(&self.attendance), "assembly-attendance-invalid")?,
            decisions,
        })
    }
}

pub async fn publish_minutes(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    CsrfForm(form): CsrfForm<MinutesForm>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let actor = me.actor.clone();
    let result = match form.parse() {
        Ok(minutes) => {
            state
                .db
                .run(move |conn| minutes::publish(conn, &actor, id, &minutes))
                .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => Ok(see_other(&format!("/notices/{id}#minutes-heading"))),
        Err(e) => render(&req, &state, me, id, false, Some(e)).await,
    }
}

//! An assembly's minutes through the API: the same parse, rule and domain call as its page.

use actix_web::{web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

use super::notice_views::AssemblyMinutes;
use crate::core::error::{AppError, AppResult};
use crate::notices::detail;
use crate::notices::minutes::{self, DecisionInput, Minutes, MinutesInput};
use crate::web::errors::ApiError;
use crate::web::{AppState, SignedIn};

/// A decision with its votes, each a whole number from 0 to 10 000.
#[derive(Deserialize, ToSchema)]
pub struct DecisionBody {
    #[schema(min_length = 1, max_length = 500, pattern = "\\S")]
    text: String,
    #[serde(rename = "for")]
    #[schema(minimum = 0, maximum = 10000)]
    votes_for: i64,
    #[schema(minimum = 0, maximum = 10000)]
    against: i64,
    #[schema(minimum = 0, maximum = 10000)]
    abstained: i64,
}

/// The minutes as their writer sends them.
#[derive(Deserialize, ToSchema)]
pub struct MinutesBody {
    /// Markdown: who spoke, what was discussed.
    #[schema(min_length = 1, max_length = 20000, pattern = "\\S")]
    body: String,
    /// The households present, if counted.
    #[serde(default)]
    #[schema(minimum = 0, maximum = 10000)]
    attendance: Option<i64>,
    /// What was decided, in order; an assembly may decide nothing.
    #[serde(default)]
    #[schema(max_items = 30)]
    decisions: Vec<DecisionBody>,
}

// The document's limits are the minutes' own (utoipa takes literals only).
const _: () = assert!(
    minutes::MINUTES_MAX == 20_000
        && minutes::DECISIONS_MAX == 30
        && minutes::DECISION_MAX == 500
        && minutes::COUNT_MAX == 10_000
);

impl MinutesBody {
    fn parse(self) -> AppResult<Minutes> {
        Minutes::parse(MinutesInput {
            body: self.body,
            attendance: self.attendance,
            decisions: self
                .decisions
                .into_iter()
                .map(|d| DecisionInput {
                    text: d.text,
                    votes_for: d.votes_for,
                    against: d.against,
                    abstained: d.abstained,
                })
                .collect(),
        })
    }
}

/// Publish the minutes of an assembly, once it has met (else 422); publishing again corrects
/// them. For whoever convened it, the desk of its estate and admins; anyone else, and any
/// notice that is not an assembly: 404.
#[utoipa::path(
    post,
    path = "/notices/{id}/minutes",
    operation_id = "publish_minutes",
    tag = "board",
    responses(
        (status = 201, description = "The minutes as published", body = AssemblyMinutes),
        (status = 404, response = ApiError),
        (status = 409, response = ApiError),
        (status = 413, response = ApiError),
        (status = 422, response = ApiError),
    )
)]
pub async fn publish(
    state: web::Data<AppState>,
    me: SignedIn,
    id: web::Path<i32>,
    body: web::Json<MinutesBody>,
) -> AppResult<HttpResponse> {
    let (id, minutes) = (id.into_inner(), body.into_inner().parse()?);
    let (actor, locale) = (me.actor, me.locale);
    let published = state
        .db
        .run(move |conn| {
            minutes::publish(conn, &actor, id, &minutes)?;
            detail::load(conn, &actor, id, locale)
        })
        .await?;
    let minutes = published.card.minutes.as_ref().ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Created().json(AssemblyMinutes::from(minutes)))
}

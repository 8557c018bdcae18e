//! Service requests: the estate's common-area reports as Open311 lists them, with the filters
//! of `GET requests` and the lookup of `tokens/{token}`. Residents' words are only for the
//! organisation that answers ([`Reader`]).

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::{datetime, is_service, LOCALE};
use crate::access::Actor;
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult, Message};
use crate::core::prepared::any_of;
use crate::core::schema::{api_keys, categories, report_events, reports};
use crate::places::{self, sites};
use crate::reports::queries::ReportRow;
use crate::reports::rules::{listed_openly, listed_openly_filter};
use crate::reports::Status;

/// The widest window one call may ask for, and the default (the spec's 90 days).
pub const WINDOW_DAYS: i64 = 90;
/// The most requests one page holds, and the default page size (the spec's 1 000).
pub const PAGE_SIZE_MAX: i64 = 1000;

/// `GET requests` as sent: every parameter optional, an empty one the same as an absent one.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RawQuery {
    pub service_request_id: Option<String>,
    pub service_code: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub status: Option<String>,
    pub page: Option<String>,
    pub page_size: Option<String>,
}

/// `GET requests` parsed: either some requests by id, or a window with filters.
#[derive(Debug, Clone, PartialEq)]
pub enum Query {
    Ids(Vec<String>),
    Window {
        service_codes: Vec<String>,
        from: NaiveDateTime,
        until: NaiveDateTime,
        /// `Some(true)`: open only; `Some(false)`: closed only.
        open: Option<bool>,
        page: i64,
        page_size: i64,
    },
}

fn present(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn list(value: &Option<String>) -> Vec<String> {
    present(value)
        .map(|v| {
            v.split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

fn bad(key: &'static str) -> AppError {
    AppError::invalid(key)
}

fn date(value: &Option<String>) -> AppResult<Option<NaiveDateTime>> {
    present(value)
        .map(|v| {
            DateTime::parse_from_rfc3339(v)
                .map(|d| d.with_timezone(&Utc).naive_utc())
                .map_err(|_| bad("open311-date-invalid"))
        })
        .transpose()
}

fn number(value: &Option<String>, min: i64, max: i64, key: &'static str) -> AppResult<Option<i64>> {
    present(value)
        .map(|v| {
            v.parse::<i64>()
                .ok()
                .filter(|n| (min..=max).contains(n))
                .ok_or_else(|| AppError::Invalid(Message::new(key).with("max", max)))
        })
        .transpose()
}

impl RawQuery {
    pub fn parse(&self, now: NaiveDateTime) -> AppResult<Query> {
        let ids = list(&self.service_request_id);
        if !ids.is_empty() {
            if ids.len() > PAGE_SIZE_MAX as usize {
                return Err(bad("open311-too-many-ids"));
            }
            return Ok(Query::Ids(ids.iter().map(|id| id.to_uppercase()).collect()));
        }
        let (start, end) = (date(&self.start_date)?, date(&self.end_date)?);
        let window = Duration::days(WINDOW_DAYS);
        let (from, until) = match (start, end) {
            (Some(s), Some(e)) => (s, e),
            (Some(s), None) => (s, (s + window).min(now)),
            (None, Some(e)) => (e - window, e),
            (None, None) => (now - window, now),
        };
        if from > until {
            return Err(bad("open311-dates-reversed"));
        }
        if until - from > window {
            return Err(AppError::Invalid(
                Message::new("open311-dates-too-wide").with("days", WINDOW_DAYS),
            ));
        }
        let statuses = list(&self.status);
        let open = match (
            statuses.iter().any(|s| s == "open"),
            statuses.iter().any(|s| s == "closed"),
        ) {
            _ if statuses.iter().any(|s| s != "open" && s != "closed") => {
                return Err(bad("open311-status-invalid"))
            }
            (true, false) => Some(true),
            (false, true) => Some(false),
            _ => None,
        };
        Ok(Query::Window {
            service_codes: list(&self.service_code),
            from,
            until,
            open,
            page: number(&self.page, 1, i64::from(i32::MAX), "open311-page-invalid")?.unwrap_or(1),
            page_size: number(
                &self.page_size,
                1,
                PAGE_SIZE_MAX,
                "open311-page-size-invalid",
            )?
            .unwrap_or(PAGE_SIZE_MAX),
        })
    }
}

/// Who reads requests: anyone (no key) sees what is on the building's board anyway — service,
/// status, dates, address; an organisation's key also reads the words (description and
/// status notes) of the reports its organisation answers for, as its staff would.
#[derive(Debug, Clone)]
pub enum Reader {
    Anyone,
    Key(Actor),
}

impl Reader {
    fn reads_words_of(&self, report: &ReportRow) -> bool {
        match self {
            Reader::Anyone => false,
            Reader::Key(actor) => actor.answers_for(report.organisation_id, report.estate_id),
        }
    }
}

/// A report as Open311 shows it. Optional fields are absent rather than empty.
#[derive(Debug, Clone, Serialize)]
pub struct ServiceRequest {
    pub service_request_id: String,
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_notes: Option<String>,
    pub service_name: String,
    pub service_code: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agency_responsible: Option<String>,
    pub requested_datetime: String,
    pub updated_datetime: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_datetime: Option<String>,
    pub address: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub long: Option<f64>,
}

/// The requests a query asks for, newest first.
pub fn find(
    conn: &mut DbConnection,
    reader: &Reader,
    query: &Query,
) -> AppResult<Vec<ServiceRequest>> {
    let mut rows = reports::table
        .filter(listed_openly_filter())
        .select(ReportRow::as_select())
        .order((reports::created_at.desc(), reports::id.desc()))
        .into_boxed();
    match query {
        Query::Ids(ids) => rows = rows.filter(any_of(reports::reference, ids.clone())),
        Query::Window {
            service_codes,
            from,
            until,
            open,
            page,
            page_size,
        } => {
            if !service_codes.is_empty() {
                for code in service_codes {
                    if !is_service(conn, code)? {
                        return Err(bad("open311-service-unknown"));
                    }
                }
                let ids = categories::table
                    .filter(any_of(categories::code, service_codes.clone()))
                    .select(categories::id);
                rows = rows.filter(reports::category_id.eq_any(ids));
            }
            rows = rows
                .filter(reports::created_at.ge(*from))
                .filter(reports::created_at.le(*until));
            if let Some(open) = open {
                let codes: Vec<&str> = Status::ALL
                    .into_iter()
                    .filter(|s| s.is_open() == *open)
                    .map(Status::code)
                    .collect();
                rows = rows.filter(any_of(reports::status, codes));
            }
            rows = rows.offset((page - 1) * page_size).limit(*page_size);
        }
    }
    let rows: Vec<ReportRow> = rows.load(conn)?;
    describe(conn, reader, rows)
}

/// One request by its id; not found unless Open311 may show it.
pub fn one(conn: &mut DbConnection, reader: &Reader, reference: &str) -> AppResult<ServiceRequest> {
    let row = reports::table
        .filter(reports::reference.eq(reference.trim().to_uppercase()))
        .select(ReportRow::as_select())
        .first::<ReportRow>(conn)
        .optional()?
        .filter(|r| listed_openly(&r.scope()))
        .ok_or(AppError::NotFound)?;
    describe(conn, reader, vec![row])?
        .pop()
        .ok_or(AppError::NotFound)
}

/// `tokens/{token}`: the request a key's call filed with this idempotency key.
#[derive(Debug, Clone, Serialize)]
pub struct Token {
    pub service_request_id: String,
    pub token: String,
}

pub fn by_token(conn: &mut DbConnection, token: &str) -> AppResult<Vec<Token>> {
    let filers = api_keys::table.select(api_keys::user_id);
    let rows: Vec<ReportRow> = reports::table
        .filter(listed_openly_filter())
        .filter(reports::idempotency_key.eq(token))
        .filter(reports::filed_by.eq_any(filers))
        .select(ReportRow::as_select())
        .load(conn)?;
    if rows.is_empty() {
        return Err(AppError::NotFound);
    }
    Ok(rows
        .into_iter()
        .map(|r| Token {
            service_request_id: r.reference,
            token: token.to_string(),
        })
        .collect())
}

/// Adds what a list of reports needs from elsewhere: names, addresses, and the public notes
/// of those whose words the reader may read.
fn describe(
    conn: &mut DbConnection,
    reader: &Reader,
    rows: Vec<ReportRow>,
) -> AppResult<Vec<ServiceRequest>> {
    let categories = crate::reports::categories::all(conn, LOCALE)?;
    let organisations = places::organisations(conn)?;
    let building_ids: Vec<i32> = rows.iter().filter_map(|r| r.building_id).collect();
    let buildings = sites::buildings_in(conn, &building_ids)?;
    let estates = places::named_estates(conn)?;
    let ids: Vec<i32> = rows
        .iter()
        .filter(|r| reader.reads_words_of(r))
        .map(|r| r.id)
        .collect();
    // The latest public words on each report: its status notes.
    let notes: Vec<(i32, String)> = report_events::table
        .filter(any_of(report_events::report_id, ids))
        .filter(report_events::public.eq(true))
        .filter(report_events::body.ne(""))
        .order((report_events::created_at.desc(), report_events::id.desc()))
        .select((report_events::report_id, report_events::body))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let category = categories.iter().find(|c| c.id == r.category_id);
            let building = r
                .building_id
                .and_then(|b| buildings.iter().find(|s| s.building_id == b));
            let estate = estates.iter().find(|e| e.id == r.estate_id);
            let status = r.status();
            ServiceRequest {
                status: if status.is_open() { "open" } else { "closed" },
                status_notes: notes
                    .iter()
                    .find(|(id, _)| *id == r.id)
                    .map(|(_, body)| body.clone()),
                service_name: category.map(|c| c.name.clone()).unwrap_or_default(),
                service_code: category.map(|c| c.code.clone()).unwrap_or_default(),
                description: reader.reads_words_of(&r).then(|| r.description.clone()),
                agency_responsible: r
                    .organisation_id
                    .and_then(|o| organisations.iter().find(|org| org.id == o))
                    .map(|o| o.name.clone()),
                requested_datetime: datetime(r.created_at),
                updated_datetime: datetime(r.updated_at),
                expected_datetime: r.expected_by().filter(|_| status.is_open()).map(datetime),
                address: building.map_or_else(
                    || estate.map(|e| e.name.clone()).unwrap_or_default(),
                    |b| b.address.clone(),
                ),
                address_id: building.map(|b| b.code.clone()),
                lat: building.and_then(|b| b.position).map(|p| p.0),
                long: building.and_then(|b| b.position).map(|p| p.1),
                service_request_id: r.reference,
            }
        })
        .collect())
}

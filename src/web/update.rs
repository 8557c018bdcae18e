//! One parser for every change to a report, shared by the report page's forms (urlencoded,
//! `action=…`) and the API (JSON, `"type": …`): both say the same things, so both become the
//! same [`Update`] here, at the edge.

use serde::{Deserialize, Deserializer, Serialize};
use utoipa::ToSchema;

use crate::core::error::{AppError, AppResult};
use crate::reports::changes::Change;
use crate::reports::visits::{Slot, VisitUpdate};
use crate::reports::{Priority, Status, Update};

/// What a change is. `note` is an internal comment; `fixed` and `not_fixed` are the tenant's
/// answer to "is it fixed?"; `redirect`, `duplicate` and `transfer` are the not-competent and
/// duplicate moves; `ask_times` asks the tenant when they are at home, `times` is their answer.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum UpdateKind {
    Comment,
    Note,
    Transition,
    Fixed,
    NotFixed,
    Redirect,
    Duplicate,
    Transfer,
    Priority,
    Assign,
    Visit,
    VisitReschedule,
    VisitCancel,
    VisitChange,
    AskTimes,
    Times,
    /// Anything else: refused by [`UpdateRequest::parse`] like any other bad field, and left
    /// out of the API's document (serde's `skip_serializing` is what hides it there).
    #[default]
    #[serde(other, skip_serializing)]
    Unknown,
}

/// Who reads a comment: everyone who sees the report, or its staff only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    Public,
    Internal,
}

/// A change as sent. Numbers may come as JSON numbers or form text; flags as JSON booleans or
/// a ticked checkbox.
///
/// `comment`: `body`, `visibility`. `transition`: `to` a state the rules allow the caller;
/// `duplicate` needs `duplicate_of` (a reference); `not_competent` with `transfer_to` (an
/// organisation's code) passes the report to that organisation, without it closes it with the
/// explanation in `body`. `priority`: `priority`. `assign`: `assignee`. `visit`: `technician`,
/// `day`, `from`, `until` (in a flat, within the tenant's time windows). `visit_reschedule`:
/// `visit`, `day`, `from`, `until`, `body`. `visit_cancel`: `visit`, `body` (why).
/// `visit_change` (the tenant): `visit`, `body`. `times`: `time_windows`, `permission_to_enter`.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct UpdateRequest {
    #[serde(rename = "type", alias = "action")]
    kind: UpdateKind,
    #[serde(default)]
    #[schema(value_type = Option<Status>)]
    to: Option<String>,
    #[serde(default)]
    #[schema(max_length = 2000)]
    body: String,
    /// `public` (the default) or `internal`, for comments.
    #[serde(default)]
    #[schema(value_type = Option<Visibility>)]
    visibility: Option<String>,
    /// The reference of the report this one repeats.
    #[serde(default)]
    duplicate_of: Option<String>,
    /// The code of the organisation to pass the report to.
    #[serde(default)]
    transfer_to: Option<String>,
    #[serde(default)]
    #[schema(value_type = Option<Priority>)]
    priority: Option<String>,
    /// A colleague's user id; empty or null to unassign.
    #[serde(default, deserialize_with = "text_or_number")]
    #[schema(value_type = Option<i32>)]
    assignee: Option<String>,
    /// The user id of the technician who will go.
    #[serde(default, deserialize_with = "text_or_number")]
    #[schema(value_type = Option<i32>)]
    technician: Option<String>,
    /// The id of one of the report's visits.
    #[serde(default, alias = "visit_id", deserialize_with = "text_or_number")]
    #[schema(value_type = Option<i32>)]
    visit: Option<String>,
    /// `YYYY-MM-DD`, with `from` and `until` as `HH:MM`, the estate's local time.
    #[serde(default)]
    #[schema(format = Date)]
    day: Option<String>,
    #[serde(default)]
    #[schema(pattern = "^[0-2][0-9]:[0-5][0-9]$", example = "09:00")]
    from: Option<String>,
    #[serde(default)]
    #[schema(pattern = "^[0-2][0-9]:[0-5][0-9]$", example = "12:00")]
    until: Option<String>,
    /// The tenant's availability: `morning`, `afternoon`, `evening`.
    #[serde(default)]
    #[schema(schema_with = crate::web::api::doc::time_windows)]
    time_windows: Vec<String>,
    #[serde(default, deserialize_with = "flag")]
    permission_to_enter: bool,
}

// The document's limit on `body` is the domain's.
const _: () = assert!(crate::reports::COMMENT_MAX == 2000);

impl UpdateRequest {
    /// What the sender asks for, as the domain knows it.
    pub fn parse(self) -> AppResult<Update> {
        let number = |value: &Option<String>, error: &'static str| -> AppResult<i32> {
            value
                .as_deref()
                .map(str::trim)
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| AppError::invalid(error))
        };
        let status = |code: Option<&str>| {
            code.and_then(Status::parse)
                .ok_or_else(|| AppError::invalid("report-status-invalid"))
        };
        let slot = || {
            let text = |v: &Option<String>| v.clone().unwrap_or_default();
            Slot::parse(&text(&self.day), &text(&self.from), &text(&self.until))
        };
        let visit = || number(&self.visit, "error-form-invalid");
        let body = self.body.clone();
        let change = |change: Change| Ok(Update::Report(change));
        match self.kind {
            UpdateKind::Comment | UpdateKind::Note => {
                let public = match (self.kind, self.visibility.as_deref()) {
                    (UpdateKind::Note, _) | (_, Some("internal")) => false,
                    (_, None | Some("public")) => true,
                    _ => return Err(AppError::invalid("error-form-invalid")),
                };
                change(Change::Comment { body, public })
            }
            UpdateKind::Transition => change(
                match (
                    status(self.to.as_deref())?,
                    &self.duplicate_of,
                    &self.transfer_to,
                ) {
                    (Status::Duplicate, Some(of), _) => Change::Duplicate {
                        of: of.clone(),
                        body,
                    },
                    (Status::NotCompetent, _, Some(org)) if !org.is_empty() => Change::Transfer {
                        to_organisation: org.clone(),
                        body,
                    },
                    (to, _, _) => Change::Transition { to, body },
                },
            ),
            UpdateKind::Fixed => change(Change::Transition {
                to: Status::Closed,
                body,
            }),
            UpdateKind::NotFixed => change(Change::Transition {
                to: Status::Received,
                body,
            }),
            UpdateKind::Redirect => change(Change::Transition {
                to: Status::NotCompetent,
                body,
            }),
            UpdateKind::Duplicate => change(Change::Duplicate {
                of: self.duplicate_of.clone().unwrap_or_default(),
                body,
            }),
            UpdateKind::Transfer => change(Change::Transfer {
                to_organisation: self.transfer_to.clone().unwrap_or_default(),
                body,
            }),
            UpdateKind::Priority => change(Change::SetPriority {
                to: self
                    .priority
                    .as_deref()
                    .and_then(Priority::parse)
                    .ok_or_else(|| AppError::invalid("report-priority-invalid"))?,
            }),
            UpdateKind::Assign => change(Change::Assign {
                to: match self.assignee.as_deref().map(str::trim) {
                    None | Some("") => None,
                    Some(_) => Some(number(&self.assignee, "report-assignee-invalid")?),
                },
            }),
            UpdateKind::Visit => Ok(Update::Visit(VisitUpdate::Schedule {
                technician: number(&self.technician, "report-assignee-invalid")?,
                slot: slot()?,
            })),
            UpdateKind::VisitReschedule => Ok(Update::Visit(VisitUpdate::Reschedule {
                visit: visit()?,
                slot: slot()?,
                reason: body,
            })),
            UpdateKind::VisitCancel => Ok(Update::Visit(VisitUpdate::Cancel {
                visit: visit()?,
                reason: body,
            })),
            UpdateKind::VisitChange => Ok(Update::Visit(VisitUpdate::RequestChange {
                visit: visit()?,
                message: body,
            })),
            UpdateKind::AskTimes => Ok(Update::Visit(VisitUpdate::AskAvailability)),
            UpdateKind::Times => Ok(Update::Visit(VisitUpdate::Availability {
                windows: self.time_windows.clone(),
                permission: self.permission_to_enter,
            })),
            UpdateKind::Unknown => Err(AppError::invalid("error-form-invalid")),
        }
    }

    /// The text the sender typed, to show again if the change is refused.
    pub fn body(&self) -> &str {
        &self.body
    }
}

/// Accepts `"12"`, `12` or null/absent.
fn text_or_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Value {
        Text(String),
        Number(i64),
    }
    Ok(Option::<Value>::deserialize(d)?.map(|v| match v {
        Value::Text(t) => t,
        Value::Number(n) => n.to_string(),
    }))
}

/// Accepts `true`/`false` or a checkbox's `yes`/`on`/`true`/`1`.
fn flag<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Value {
        Bool(bool),
        Text(String),
    }
    Ok(match Value::deserialize(d)? {
        Value::Bool(b) => b,
        Value::Text(t) => matches!(t.as_str(), "yes" | "on" | "true" | "1"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(body: &str) -> AppResult<Update> {
        serde_html_form::from_str::<UpdateRequest>(body)
            .expect("form parses")
            .parse()
    }

    fn json(body: serde_json::Value) -> AppResult<Update> {
        serde_json::from_value::<UpdateRequest>(body)
            .expect("JSON parses")
            .parse()
    }

    #[test]
    fn the_form_and_the_api_say_the_same_things() {
        let pairs = [
            (
                form("action=assign&assignee=7").unwrap(),
                json(serde_json::json!({"type": "assign", "assignee": 7})).unwrap(),
            ),
            (
                form("action=note&body=x").unwrap(),
                json(serde_json::json!({"type": "comment", "visibility": "internal", "body": "x"}))
                    .unwrap(),
            ),
            (
                form("action=times&time_windows=morning&time_windows=evening&permission_to_enter=yes")
                    .unwrap(),
                json(serde_json::json!({"type": "times", "time_windows": ["morning", "evening"], "permission_to_enter": true}))
                    .unwrap(),
            ),
            (
                form("action=visit_cancel&visit_id=3&body=why").unwrap(),
                json(serde_json::json!({"type": "visit_cancel", "visit": 3, "body": "why"})).unwrap(),
            ),
        ];
        for (from_form, from_api) in pairs {
            assert_eq!(format!("{from_form:?}"), format!("{from_api:?}"));
        }
    }

    #[test]
    fn bad_input_is_refused_clearly() {
        assert!(form("action=assign&assignee=seven").is_err());
        assert!(form("action=priority&priority=whenever").is_err());
        assert!(form("action=transition&to=sideways").is_err());
        assert!(form("action=explode").is_err());
        assert!(json(serde_json::json!({"type": "comment", "visibility": "secret"})).is_err());
    }
}

//! One report as its page and the API show it to one person: its state and next step, place,
//! photos and timeline, and what this person may do with it (and, for those who answer it,
//! priority, assignee, visits and ready answers).

use serde::Serialize;

use super::categories::{self, Category};
use super::events;
use super::photos::{self, PhotoLinks};
use super::queries::{self, ReportRow};
use super::rules::{ReportAction, ReportScope};
use super::team::{self, Answerer};
use super::timeline::{self, EventView};
use super::visits::{self, window_names};
use super::{views, Location, Priority, Status, TIME_WINDOWS};
use crate::access::{allows, Actor};
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::i18n::format::local_now;
use crate::i18n::Locale;
use crate::people;
use crate::places;

/// A value to choose in a form, in the reader's language.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub code: String,
    pub label: String,
    pub current: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Colleague {
    pub id: i32,
    pub name: String,
    pub current: bool,
}

/// What this person may do with the report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Can {
    pub me_too: bool,
    pub comment: bool,
    /// Internal notes (staff).
    pub note: bool,
    /// "Is it fixed?" (the tenant, once resolved).
    pub confirm: bool,
    pub duplicate: bool,
    pub transfer: bool,
    pub redirect: bool,
    /// Say when someone may come (the tenant of an open in-flat report).
    pub give_times: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct VisitView {
    pub id: i32,
    pub when: String,
    /// For the reschedule form: `YYYY-MM-DD`, `HH:MM`.
    pub day: String,
    pub from: String,
    pub until: String,
    pub status: String,
    pub status_text: String,
    pub technician: Option<String>,
    pub notes: String,
    pub change_requested: Option<String>,
    pub planned: bool,
    pub without_tenant: bool,
    pub can_request_change: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct TemplateView {
    pub id: i32,
    pub title: String,
    pub body: String,
    /// The language it is written in, when there is none in the tenant's.
    pub other_language: Option<&'static str>,
}

/// Visits, and for those who work on the report: priority, assignee, colleagues, templates.
#[derive(Debug, Clone, Serialize)]
pub struct WorkPanel {
    pub triage: bool,
    pub priorities: Vec<Choice>,
    pub assignee: Option<String>,
    pub colleagues: Vec<Colleague>,
    pub visits: Vec<VisitView>,
    pub templates: Vec<TemplateView>,
    /// In a flat whose tenant gave neither times nor permission to enter: ask first.
    pub needs_times: bool,
    pub response_due: Option<String>,
    pub overdue: bool,
    /// The earliest day a visit can be set (local time).
    pub today: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReportDetail {
    pub reference: String,
    pub status: &'static str,
    pub status_text: String,
    pub next_step: String,
    pub who_answers: String,
    pub expected: Option<String>,
    pub category: Category,
    pub place: String,
    pub spot: Option<String>,
    pub description: String,
    pub created: String,
    pub private: bool,
    pub in_unit: bool,
    pub permission_to_enter: bool,
    /// The tenant's time windows, in words.
    pub time_windows: Vec<String>,
    /// Every window, checked where offered (the tenant's form).
    pub window_choices: Vec<Choice>,
    pub photos: Vec<PhotoLinks>,
    pub timeline: Vec<EventView>,
    pub me_too_count: i64,
    pub following: bool,
    pub can: Can,
    pub transitions: Vec<Choice>,
    /// Where a transfer can send it.
    pub organisations: Vec<Choice>,
    pub work: WorkPanel,
    #[serde(skip)]
    pub row: ReportRow,
}

/// Everything one person may see of a report; opening it reads what happened so far.
pub fn load(
    conn: &mut DbConnection,
    actor: &Actor,
    reference: &str,
    locale: Locale,
) -> AppResult<ReportDetail> {
    let report = queries::visible(conn, actor, reference)?;
    let scope = report.scope();
    let on = |action: ReportAction| allows(actor, action);
    let staff = on(ReportAction::Comment {
        report: &scope,
        public: false,
    });
    let reporter = report.filed_for == actor.user_id;
    let status = report.status();
    let events = events::load(conn, report.id, staff)?;
    let timeline = events
        .iter()
        .map(|e| timeline::describe(conn, &report, e, locale, staff || reporter))
        .collect::<diesel::QueryResult<Vec<_>>>()?;
    let movable = |to: Status| on(ReportAction::Move { report: &scope, to });
    let transitions = Status::ALL
        .into_iter()
        .filter(|to| !matches!(to, Status::Duplicate | Status::NotCompetent))
        // A reporter answers a resolved report with "is it fixed?" instead.
        .filter(|_| !(reporter && status == Status::Resolved))
        .filter(|to| movable(*to))
        .map(|to| choice(to.code(), views::status_text(to, locale), false))
        .collect();
    let organisations = if staff && movable(Status::NotCompetent) {
        places::organisations_except(conn, report.organisation_id)?
            .into_iter()
            .map(|o| choice(&o.code, o.name, false))
            .collect()
    } else {
        vec![]
    };
    let who_answers = match report.organisation_id {
        Some(org) => places::organisation(conn, org)?.name,
        None => locale.text("report-desk-answers"),
    };
    let offered = visits::offered(&report);
    let can = Can {
        me_too: on(ReportAction::MeToo(&scope)),
        comment: on(ReportAction::Comment {
            report: &scope,
            public: true,
        }),
        note: staff,
        confirm: reporter && status == Status::Resolved,
        duplicate: movable(Status::Duplicate),
        transfer: !organisations.is_empty(),
        redirect: movable(Status::NotCompetent),
        give_times: on(ReportAction::Availability(&scope)),
    };
    queries::mark_opened(conn, &report, actor.user_id)?;
    Ok(ReportDetail {
        reference: report.reference.clone(),
        status: status.code(),
        status_text: views::status_text(status, locale),
        next_step: locale.text_with(
            &format!("next-{}", status.code()),
            &[("organisation", who_answers.clone())],
        ),
        who_answers,
        expected: report
            .expected_by()
            .filter(|_| status.is_open())
            .map(|d| locale.date(d)),
        category: categories::by_id(conn, report.category_id, locale)?,
        place: views::place_text(conn, &report, locale)?,
        spot: report.spot.clone(),
        description: report.description.clone(),
        created: locale.date(report.created_at),
        private: report.private,
        in_unit: report.location() == Location::Unit,
        permission_to_enter: report.permission_to_enter,
        time_windows: window_names(&offered, locale),
        window_choices: TIME_WINDOWS
            .iter()
            .map(|w| {
                let label = locale.text(&format!("time-window-{w}"));
                choice(w, label, offered.iter().any(|o| o == w))
            })
            .collect(),
        photos: photos::of_report(conn, report.id)?,
        timeline,
        me_too_count: queries::me_too_count(conn, report.id)?,
        following: queries::follows(conn, report.id, actor.user_id)?,
        can,
        transitions,
        organisations,
        work: work_panel(conn, actor, &report, &scope, locale)?,
        row: report,
    })
}

fn choice(code: &str, label: String, current: bool) -> Choice {
    Choice {
        code: code.to_string(),
        label,
        current,
    }
}

fn work_panel(
    conn: &mut DbConnection,
    actor: &Actor,
    report: &ReportRow,
    scope: &ReportScope,
    locale: Locale,
) -> AppResult<WorkPanel> {
    let triage = allows(actor, ReportAction::Triage(scope));
    let reporter = report.filed_for == actor.user_id;
    let colleagues = if triage {
        team::colleagues(conn, Answerer::of(report))?
    } else {
        vec![]
    };
    let name_of = |id: i32| colleagues.iter().find(|c| c.0 == id).map(|c| c.1.clone());
    let visits = visits::visits_of(conn, report.id)?
        .into_iter()
        .map(|v| VisitView {
            id: v.id,
            when: locale.slot(v.starts_at, v.ends_at),
            day: v.starts_at.format("%Y-%m-%d").to_string(),
            from: v.starts_at.format("%H:%M").to_string(),
            until: v.ends_at.format("%H:%M").to_string(),
            status_text: match v.nobody_home {
                true => locale.text("visit-status-nobody-home"),
                false => locale.text(&format!("visit-status-{}", v.status)),
            },
            technician: name_of(v.technician_id),
            planned: v.status == "planned",
            can_request_change: v.status == "planned"
                && allows(actor, ReportAction::Availability(scope)),
            without_tenant: v.without_tenant,
            notes: v.notes,
            change_requested: v.change_requested,
            status: v.status,
        })
        .collect();
    let templates = match (triage, report.organisation_id) {
        (true, Some(org)) => {
            let tenant_locale = people::find(conn, report.filed_for)?.locale;
            let mut shown = vec![];
            // The category's and place's names in each template language, read once each.
            let mut names: Vec<(Locale, String, String)> = vec![];
            for t in super::responses::for_report(conn, org, report.category_id, &tenant_locale)? {
                // Filled in with names in the template's own language.
                let written_in = Locale::from_code(&t.locale).unwrap_or(Locale::DEFAULT);
                let index = match names.iter().position(|(l, _, _)| *l == written_in) {
                    Some(index) => index,
                    None => {
                        let category =
                            categories::by_id(conn, report.category_id, written_in)?.name;
                        let place = views::place_text(conn, report, written_in)?;
                        names.push((written_in, category, place));
                        names.len() - 1
                    }
                };
                let (_, category, place) = &names[index];
                shown.push(TemplateView {
                    id: t.id,
                    body: super::responses::fill(&t.body, &report.reference, category, place),
                    title: t.title,
                    other_language: (t.locale != tenant_locale)
                        .then(|| written_in.language().native_name),
                });
            }
            shown
        }
        _ => vec![],
    };
    let now = chrono::Utc::now().naive_utc();
    let in_unit = report.location() == Location::Unit;
    Ok(WorkPanel {
        triage,
        priorities: Priority::ALL
            .iter()
            .rev()
            .map(|p| {
                let label = locale.text(&format!("priority-{}", p.code()));
                choice(p.code(), label, *p == report.priority)
            })
            .collect(),
        assignee: report.assignee_id.and_then(name_of),
        colleagues: colleagues
            .iter()
            .map(|(id, name)| Colleague {
                id: *id,
                name: name.clone(),
                current: Some(*id) == report.assignee_id,
            })
            .collect(),
        visits,
        templates,
        needs_times: in_unit
            && visits::offered(report).is_empty()
            && !report.permission_to_enter
            && !reporter,
        response_due: report
            .response_due_at
            .filter(|_| report.first_response_at.is_none())
            .map(|d| locale.date(d)),
        overdue: report.overdue(now),
        today: local_now().format("%Y-%m-%d").to_string(),
    })
}

//! The work queue as a technician or desk operator reads it: quick filters with counts, the
//! page of reports, filters for place, category, state, priority and assignee, and paging.

use serde::Serialize;

use super::categories::{self, Category};
use super::detail::Choice;
use super::queue::{self, QueueFilter};
use super::team::{self, Answerer};
use super::views::{self, Summary};
use super::{Priority, Status};
use crate::access::Actor;
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::i18n::Locale;
use crate::places::{self, Named};

#[derive(Debug, Clone, Serialize)]
pub struct Chip {
    pub label: String,
    pub count: i64,
    pub href: String,
    /// Counted on the folded filters' summary too: what is open, late and one's own.
    pub in_summary: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct QueueRow {
    #[serde(flatten)]
    pub summary: Summary,
    pub priority_text: String,
    pub assignee: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Person {
    pub id: i32,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct QueueView {
    pub rows: Vec<QueueRow>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub previous: Option<String>,
    pub next: Option<String>,
    pub chips: Vec<Chip>,
    pub filter: QueueFilter,
    pub estates: Vec<Named>,
    pub buildings: Vec<Named>,
    pub categories: Vec<Category>,
    pub states: Vec<Choice>,
    pub priorities: Vec<Choice>,
    pub colleagues: Vec<Person>,
}

/// Priorities, most urgent first, in words.
pub fn priority_choices(locale: Locale) -> Vec<Choice> {
    Priority::ALL
        .iter()
        .rev()
        .map(|p| Choice {
            code: p.code().to_string(),
            label: locale.text(&format!("priority-{}", p.code())),
            current: false,
        })
        .collect()
}

/// Whom one answers with: one's organisation's staff, else one's desk's operators.
fn answerer(actor: &Actor) -> Option<Answerer> {
    actor
        .staff_of
        .first()
        .map(|org| Answerer::Organisation(*org))
        .or_else(|| actor.operator_estates.first().map(|e| Answerer::Desk(*e)))
}

pub fn load(
    conn: &mut DbConnection,
    actor: &Actor,
    filter: QueueFilter,
    locale: Locale,
) -> AppResult<QueueView> {
    let page = queue::queue(conn, actor, &filter)?;
    let estates = places::estates_served(conn, &actor.staff_of, &actor.operator_estates)?;
    let buildings = match filter.estate {
        Some(estate) if estates.iter().any(|e| e.id == estate) => {
            places::buildings_of(conn, estate)?
        }
        _ => vec![],
    };
    let lister = views::Lister::load(conn, &page.rows, locale)?;
    let colleagues = match answerer(actor) {
        Some(answerer) => team::colleagues(conn, answerer)?,
        None => vec![],
    };
    let rows = page
        .rows
        .iter()
        .map(|r| QueueRow {
            summary: lister.summary(r),
            priority_text: locale.text(&format!("priority-{}", r.priority.code())),
            assignee: r
                .assignee_id
                .and_then(|id| colleagues.iter().find(|c| c.0 == id))
                .map(|c| c.1.clone()),
        })
        .collect();
    let link = |extra: &[(&str, String)]| format!("/work?{}", filter.quick_link(extra));
    let chips = std::iter::once(Chip {
        label: locale.text("work-all-open"),
        count: page.counts.open,
        href: link(&[]),
        in_summary: true,
    })
    .chain(page.counts.by_state.iter().map(|(s, n)| Chip {
        label: views::status_text(*s, locale),
        count: *n,
        href: link(&[("state", s.code().to_string())]),
        in_summary: false,
    }))
    .chain([
        Chip {
            label: locale.text("work-overdue"),
            count: page.counts.overdue,
            href: link(&[("overdue", "true".into())]),
            in_summary: true,
        },
        Chip {
            label: locale.text("work-unassigned"),
            count: page.counts.unassigned,
            href: link(&[("assignee", "none".into())]),
            in_summary: false,
        },
        Chip {
            label: locale.text("work-mine"),
            count: page.counts.mine,
            href: link(&[("assignee", "me".into())]),
            in_summary: true,
        },
    ])
    .collect();
    let paging = |p: i64| format!("/work?{}", filter.on_page(p));
    Ok(QueueView {
        rows,
        total: page.total,
        page: page.page,
        pages: page.pages,
        previous: (page.page > 1).then(|| paging(page.page - 1)),
        next: (page.page < page.pages).then(|| paging(page.page + 1)),
        chips,
        estates,
        buildings,
        categories: categories::all(conn, locale)?,
        states: Status::ALL
            .iter()
            .filter(|s| s.is_open())
            .map(|s| Choice {
                code: s.code().to_string(),
                label: views::status_text(*s, locale),
                current: false,
            })
            .collect(),
        priorities: priority_choices(locale),
        colleagues: colleagues
            .into_iter()
            .map(|(id, name)| Person { id, name })
            .collect(),
        filter,
    })
}

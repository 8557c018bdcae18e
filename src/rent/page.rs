//! `/rent` and the month's payment notice: a household's account in the reader's words.

use chrono::NaiveDate;
use serde::Serialize;

use super::account::{account, flat, standing, Account, ChargeLine, Standing};
use super::help::{self, HelpReason};
use super::pagopa::{self, grouped};
use super::plan::{InstalmentState, Plan, PlanAction};
use super::Period;
use crate::access::{allows, Actor, Level, Place};
use crate::core::db::DbConnection;
use crate::core::error::{AppError, AppResult};
use crate::i18n::format::local_now;
use crate::i18n::Locale;

/// One month's bill on the page.
#[derive(Debug, Clone, Serialize)]
pub struct Bill {
    pub period: String,
    pub name: String,
    pub due: String,
    pub total: String,
    pub open: Option<String>,
    pub late: bool,
    pub lines: Vec<BillLine>,
    /// The month has a pagoPA notice to print or show at a counter.
    pub payable: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct BillLine {
    pub item: String,
    pub what: String,
    pub amount: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PaidLine {
    pub day: String,
    pub amount: String,
}

/// `/rent`: the account in the reader's words.
#[derive(Debug, Clone, Serialize)]
pub struct RentPage {
    pub unit: String,
    pub flat: String,
    /// The household's own page, or the desk's or the landlord's view of it.
    pub own: bool,
    pub up_to_date: bool,
    pub standing: String,
    pub balance: String,
    pub bills: Vec<Bill>,
    pub payments: Vec<PaidLine>,
    /// The household's requests for help, newest first.
    pub help_requests: Vec<HelpLink>,
    /// The reasons the help form offers.
    pub help_reasons: Vec<Choice>,
    /// The household's repayment plan, proposed or accepted.
    pub plan: Option<PlanView>,
    /// The rent office may propose a plan here: the rows of its form.
    pub plan_rows: Vec<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlanView {
    pub id: i32,
    pub accepted: bool,
    pub on_paper: bool,
    pub instalments: Vec<InstalmentView>,
    /// The household may accept it here; the desk may record the paper it signed.
    pub can_accept: bool,
    pub can_record_paper: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct InstalmentView {
    pub due: String,
    pub amount: String,
    pub state: String,
    pub missed: bool,
}

/// Rows of an empty plan form: enough for most plans, more by proposing again.
pub const PLAN_ROWS: usize = 12;

fn plan_view(plan: &Plan, own: bool, desk: bool, locale: Locale) -> PlanView {
    PlanView {
        id: plan.id,
        accepted: plan.accepted,
        on_paper: plan.on_paper,
        can_accept: !plan.accepted && own,
        can_record_paper: !plan.accepted && desk && !own,
        instalments: plan
            .instalments
            .iter()
            .map(|i| InstalmentView {
                due: locale.day(i.due_on),
                amount: locale.euros(i.amount_cents),
                state: locale.text(match i.state {
                    InstalmentState::Paid => "rent-instalment-paid",
                    InstalmentState::Upcoming => "rent-instalment-upcoming",
                    InstalmentState::Late => "rent-instalment-late",
                    InstalmentState::Missed => "rent-instalment-missed",
                }),
                missed: i.state == InstalmentState::Missed,
            })
            .collect(),
    }
}

/// Where the household stands, in words; a household keeping to its plan reads about the plan.
fn standing_text(account: &Account, today: NaiveDate, locale: Locale) -> String {
    if let Some(plan) = account.plan.as_ref().filter(|p| p.accepted) {
        if let Some(missed) = plan.missed() {
            return locale.text_with(
                "rent-plan-missed",
                &[
                    ("date", locale.day(missed.due_on)),
                    ("amount", locale.euros(missed.amount_cents)),
                ],
            );
        }
        if let Some(next) = plan.next() {
            return locale.text_with(
                "rent-on-plan",
                &[
                    ("date", locale.day(next.due_on)),
                    ("amount", locale.euros(next.amount_cents)),
                ],
            );
        }
    }
    match standing(account, today) {
        Standing::UpToDate if account.balance_cents < 0 => locale.text_with(
            "rent-in-credit",
            &[("amount", locale.euros(-account.balance_cents))],
        ),
        Standing::UpToDate => locale.text("rent-up-to-date"),
        Standing::Late { since, owed } => locale.text_with(
            "rent-late-since",
            &[("date", locale.day(since)), ("amount", locale.euros(owed))],
        ),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct HelpLink {
    pub id: i32,
    pub asked: String,
    pub answered: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub code: &'static str,
    pub label: String,
}

/// The page for a flat the caller may read.
pub fn page(
    conn: &mut DbConnection,
    actor: &Actor,
    code: Option<&str>,
    locale: Locale,
) -> AppResult<RentPage> {
    let flat = flat(conn, actor, code)?;
    let account = account(conn, &flat)?;
    let today = local_now().date();
    let standing = standing(&account, today);
    let help_requests = help::of_flat(conn, flat.unit_id)?
        .into_iter()
        .map(|(id, asked, answered)| HelpLink {
            id,
            asked: locale.date(asked),
            answered,
        })
        .collect();
    let own = actor.homes.iter().any(|h| h.unit_id == flat.unit_id);
    let link = if own {
        "/rent".to_string()
    } else {
        format!("/rent?unit={}", flat.unit_code)
    };
    super::events::read(conn, actor.user_id, &link)?;
    let unit = Place::around(&flat, Level::Unit);
    let proposes = allows(
        actor,
        PlanAction::Propose {
            unit,
            owner: flat.owner_id,
        },
    );
    let desk = actor.operator_estates.contains(&flat.estate_id);
    let plan = account
        .plan
        .as_ref()
        .map(|p| plan_view(p, own, desk, locale));
    Ok(RentPage {
        own,
        flat: super::flat_label(&flat, locale),
        unit: flat.unit_code,
        up_to_date: standing == Standing::UpToDate
            && account.plan.as_ref().is_none_or(|p| p.missed().is_none()),
        standing: standing_text(&account, today, locale),
        plan,
        plan_rows: if proposes {
            (1..=PLAN_ROWS).collect()
        } else {
            vec![]
        },
        balance: locale.euros(account.balance_cents.max(0)),
        bills: bills(&account, today, locale),
        payments: account
            .payments
            .iter()
            .rev()
            .take(12)
            .map(|p| PaidLine {
                day: locale.day(p.paid_on),
                amount: locale.euros(p.amount_cents),
            })
            .collect(),
        help_requests,
        help_reasons: HelpReason::ALL
            .into_iter()
            .map(|r| Choice {
                code: r.code(),
                label: locale.text(&format!("rent-help-reason-{}", r.code())),
            })
            .collect(),
    })
}

/// The months of the last year, newest first.
fn bills(account: &Account, today: NaiveDate, locale: Locale) -> Vec<Bill> {
    let mut periods: Vec<&str> = account.charges.iter().map(|c| c.period.as_str()).collect();
    periods.sort_unstable();
    periods.dedup();
    periods
        .into_iter()
        .rev()
        .take(12)
        .filter_map(|period| {
            let lines: Vec<&ChargeLine> = account
                .charges
                .iter()
                .filter(|c| c.period == period)
                .collect();
            let first = Period::parse(period)?.first_day()?;
            let due = lines.iter().map(|c| c.due_on).max()?;
            let total: i64 = lines.iter().map(|c| c.amount_cents).sum();
            let open: i64 = lines.iter().map(|c| c.amount_cents - c.paid_cents).sum();
            Some(Bill {
                period: period.to_string(),
                name: locale.month(first),
                due: locale.day(due),
                total: locale.euros(total),
                open: (open > 0).then(|| locale.euros(open)),
                late: open > 0 && due < today,
                payable: open > 0
                    && lines
                        .iter()
                        .any(|c| c.notice_code.is_some() && c.creditor_tax_code.is_some()),
                lines: lines
                    .iter()
                    .map(|c| BillLine {
                        item: locale.text(&format!("rent-item-{}", c.item.code())),
                        what: locale.text(&format!("rent-item-{}-what", c.item.code())),
                        amount: locale.euros(c.amount_cents),
                    })
                    .collect(),
            })
        })
        .collect()
}

/// One pagoPA notice of a month, to print or show at a counter.
#[derive(Debug, Clone, Serialize)]
pub struct PaymentNotice {
    pub notice_code: String,
    pub grouped_code: String,
    pub creditor_tax_code: String,
    pub amount: String,
    pub due: String,
    pub qr_text: String,
    pub qr: String,
}

/// `/rent/{period}/print`: the month's pagoPA notices for a flat the caller may read.
#[derive(Debug, Clone, Serialize)]
pub struct NoticeSheet {
    pub unit: String,
    pub flat: String,
    pub month: String,
    pub landlord: String,
    pub notices: Vec<PaymentNotice>,
}

pub fn notices(
    conn: &mut DbConnection,
    actor: &Actor,
    code: Option<&str>,
    period: &str,
    locale: Locale,
) -> AppResult<NoticeSheet> {
    let period = Period::parse(period).ok_or(AppError::NotFound)?;
    let flat = flat(conn, actor, code)?;
    let account = account(conn, &flat)?;
    let month: Vec<&ChargeLine> = account
        .charges
        .iter()
        .filter(|c| c.period == period.to_string())
        .collect();
    let mut codes: Vec<(&str, &str)> = month
        .iter()
        .filter_map(|c| Some((c.notice_code.as_deref()?, c.creditor_tax_code.as_deref()?)))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let notices: Vec<PaymentNotice> = codes
        .into_iter()
        .filter_map(|(notice, creditor)| {
            let lines = month
                .iter()
                .filter(|c| c.notice_code.as_deref() == Some(notice));
            let (amount, due) = lines.fold((0, None), |(sum, due): (i64, Option<NaiveDate>), c| {
                (sum + c.amount_cents, due.max(Some(c.due_on)))
            });
            let qr_text = pagopa::qr_text(notice, creditor, amount);
            Some(PaymentNotice {
                notice_code: notice.to_string(),
                grouped_code: grouped(notice),
                creditor_tax_code: creditor.to_string(),
                amount: locale.euros(amount),
                due: locale.day(due?),
                qr: pagopa::qr_data_url(&qr_text)?,
                qr_text,
            })
        })
        .collect();
    if notices.is_empty() {
        return Err(AppError::NotFound);
    }
    Ok(NoticeSheet {
        unit: flat.unit_code.clone(),
        flat: super::flat_label(&flat, locale),
        month: locale.month(period.first_day().unwrap_or_default()),
        landlord: flat.owner_name,
        notices,
    })
}

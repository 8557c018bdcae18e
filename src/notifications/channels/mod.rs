//! The ways a message leaves the portal besides the inbox: one module per channel ([`mail`],
//! [`sms`], [`push`]), each queueing into the one outbox and sending through its own
//! [`Sender`](super::worker::Sender). The fan-out says what to tell a person; [`queue`] picks
//! the channels that person chose for that kind of message, or the defaults.

pub mod choices;
pub mod gsm7;
pub mod mail;
pub mod push;
pub mod questions;
pub mod reach;
pub mod sms;
pub mod sms_budget;
pub mod stairs;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::Value;

use super::compose::compose;
use super::outbox;
use crate::core::db::DbConnection;
use crate::core::error::AppResult;
use crate::core::render::Templates;
use crate::core::schema::{channel_choices, users};
use crate::i18n::Locale;

/// The kinds of message a person chooses channels for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    UrgentNotice,
    ReportUpdate,
    VisitReminder,
    /// Reminders of the household's rent, help asked and answered, plans and missed
    /// instalments.
    Rent,
    /// Elections in one's stair or building: nominations, voting, the result.
    Election,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::UrgentNotice,
        Kind::ReportUpdate,
        Kind::VisitReminder,
        Kind::Rent,
        Kind::Election,
    ];

    /// The message key of its name, as people see it.
    pub fn label(self) -> &'static str {
        match self {
            Kind::UrgentNotice => "desk-reach-kind-urgent",
            Kind::ReportUpdate => "desk-reach-kind-report",
            Kind::VisitReminder => "desk-reach-kind-visit",
            Kind::Rent => "desk-reach-kind-rent",
            Kind::Election => "desk-reach-kind-election",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Kind::UrgentNotice => "urgent",
            Kind::ReportUpdate => "report",
            Kind::VisitReminder => "visit",
            Kind::Rent => "rent",
            Kind::Election => "election",
        }
    }

    /// Whether push carries it until the person chooses: urgent notices and report updates,
    /// once push is on in the installed app (not rent: a lock screen is seen by others).
    pub fn pushed_by_default(self) -> bool {
        matches!(
            self,
            Kind::UrgentNotice | Kind::ReportUpdate | Kind::Election
        )
    }
}

/// Someone to tell, with the addresses the channels may use.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: i32,
    pub name: String,
    pub email: Option<String>,
    /// Only a verified number (a number nobody confirmed may be someone else's), and none
    /// after the person wrote STOP.
    pub phone: Option<String>,
    /// Whether they turned push on in a browser.
    pub push: bool,
    pub locale: Locale,
    /// The estate of their home, which their SMS are billed to.
    pub estate: Option<i32>,
}

/// The columns a [`Person`] is made from.
#[derive(Queryable, Selectable)]
#[diesel(table_name = users)]
struct PersonRow {
    id: i32,
    name: String,
    email: Option<String>,
    phone: Option<String>,
    phone_verified_at: Option<NaiveDateTime>,
    sms_stopped_at: Option<NaiveDateTime>,
    locale: String,
}

pub fn person(conn: &mut DbConnection, user_id: i32) -> QueryResult<Person> {
    let row: PersonRow = users::table
        .find(user_id)
        .select(PersonRow::as_select())
        .first(conn)?;
    let reachable = row.phone_verified_at.is_some() && row.sms_stopped_at.is_none();
    Ok(Person {
        id: row.id,
        name: row.name,
        email: row.email,
        phone: row.phone.filter(|_| reachable),
        push: push::subscriptions::has_any(conn, row.id)?,
        locale: Locale::from_code(&row.locale).unwrap_or(Locale::DEFAULT),
        estate: crate::places::home_estate(conn, user_id)?,
    })
}

/// The channels one kind of message goes by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ways {
    pub kind: Kind,
    pub email: bool,
    pub sms: bool,
    pub push: bool,
}

impl Ways {
    /// Nothing but the inbox: there is no message to write.
    pub fn none(self) -> bool {
        !self.email && !self.sms && !self.push
    }
}

/// The person's choice for this kind, limited to the addresses they have; without a choice,
/// the defaults of the design: mail to whoever has an address, SMS to a verified number of
/// someone without one, push for urgent notices and report updates once it is on.
pub fn ways(conn: &mut DbConnection, person: &Person, kind: Kind) -> QueryResult<Ways> {
    let chosen: Option<(bool, bool, bool)> = channel_choices::table
        .find((person.id, kind.code()))
        .select((
            channel_choices::email,
            channel_choices::sms,
            channel_choices::push,
        ))
        .first(conn)
        .optional()?;
    let (has_email, has_phone) = (person.email.is_some(), person.phone.is_some());
    Ok(match chosen {
        Some((email, sms, push)) => Ways {
            kind,
            email: email && has_email,
            sms: sms && has_phone,
            push: push && person.push,
        },
        None => Ways {
            kind,
            email: has_email,
            sms: has_phone && !has_email,
            push: person.push && kind.pushed_by_default(),
        },
    })
}

/// One message in every channel's form, already in the person's language.
pub struct Message<'a> {
    /// The mail template (`web/templates/mail/<name>`) and its data.
    pub mail: &'a str,
    pub data: Value,
    /// The SMS text's message key, its arguments and the one that may be cut to fit.
    pub sms: &'a str,
    pub sms_args: Vec<(&'a str, String)>,
    pub shrink: &'a str,
    /// The notification a browser shows.
    pub push: push::Push,
}

/// Queues the message by the `ways` (see [`ways`]) that reach the person.
pub fn queue(
    conn: &mut DbConnection,
    templates: &Templates,
    person: &Person,
    ways: Ways,
    message: Message,
) -> AppResult<()> {
    if let (true, Some(email)) = (ways.email, &person.email) {
        let mail = compose(templates, email, person.locale, message.mail, message.data)?;
        outbox::enqueue(conn, &mail)?;
    }
    if let (true, Some(phone)) = (ways.sms, &person.phone) {
        let terms = outbox::SmsTerms {
            urgent: ways.kind == Kind::UrgentNotice,
            estate: person.estate,
        };
        let text = (message.sms, message.sms_args.as_slice(), message.shrink);
        sms::queue(conn, phone, person.locale, text, terms)?;
    }
    if ways.push {
        push::queue(
            conn,
            person.id,
            &message.push,
            ways.kind == Kind::UrgentNotice,
        )?;
    }
    Ok(())
}

/// A piece of news for one person — a title, a line and the page it is about (a path) — by the
/// ways they chose for `kind`, in the portal's plain "news" mail and SMS, with a push that
/// opens the page; `button` names the link.
pub struct News<'a> {
    pub kind: Kind,
    pub title: &'a str,
    pub body: &'a str,
    pub link: &'a str,
    pub button: String,
}

pub fn queue_news(
    conn: &mut DbConnection,
    templates: &Templates,
    base_url: &str,
    person: &Person,
    news: News,
) -> AppResult<()> {
    let ways = ways(conn, person, news.kind)?;
    if ways.none() {
        return Ok(());
    }
    let link = format!("{base_url}{}", news.link);
    let message = Message {
        mail: "news",
        data: serde_json::json!({
            "name": person.name,
            "title": news.title,
            "body": news.body,
            "link": link,
            "button": news.button,
        }),
        sms: "sms-news",
        sms_args: vec![
            ("title", news.title.to_string()),
            ("body", news.body.to_string()),
            ("link", link.clone()),
        ],
        shrink: "body",
        push: push::Push::new(news.title, news.body, &link),
    };
    queue(conn, templates, person, ways, message)
}

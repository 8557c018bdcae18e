//! Telling people things. Every change writes an event; [`fanout`] reads new events and tells
//! their followers (an inbox message, and mail or SMS through the durable [`outbox`], by the
//! [`channels`] each person chose); [`worker`] hands queued messages to each channel's server;
//! [`digest`] sends managers their daily overdue list; [`visit_reminders`] reminds tenants of
//! a visit in their flat the day before; [`rent`] tells households and the rent office of rent
//! events (reminders, help, plans).

pub mod channels;
pub mod compose;
pub mod digest;
pub mod fanout;
pub mod inbox;
pub mod outbox;
pub mod rent;
pub mod visit_reminders;
pub mod worker;

pub use outbox::Mail;

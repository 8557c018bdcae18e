//! Telling people things. Every change writes an event; [`fanout`] reads new events and tells
//! their followers (an inbox message, and mail through the durable [`outbox`]); [`worker`]
//! hands queued mail to the SMTP server; [`digest`] sends managers their daily overdue list.

pub mod compose;
pub mod digest;
pub mod fanout;
pub mod inbox;
pub mod outbox;
pub mod worker;

pub use outbox::Mail;

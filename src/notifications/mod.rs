//! Telling people things: a durable outbox of mail, sent by a background worker.

pub mod compose;
pub mod inbox;
pub mod outbox;
pub mod worker;

pub use outbox::Mail;

//! Photos attached to fault reports. What reads an upload's bytes ([`process`], its
//! [`limits`]) is in the `portineria-untrusted` crate, fuzzed on its own; [`store`] keeps the
//! two JPEGs it makes (in the data directory or a bucket) and deletes them.

pub mod qr;
pub mod store;
pub mod uploads;

#[cfg(test)]
mod store_tests;

pub use portineria_untrusted::photo::{limits, process, PhotoError, ProcessedPhoto};

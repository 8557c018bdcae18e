//! Portineria: the digital porter's lodge of a public-housing estate.
//!
//! Layers, arrows pointing down (a test in `tests/api/architecture.rs` keeps them so):
//! - `app`: start-up, background jobs, telemetry, the demo estate — wires everything;
//! - `web`: pages, the JSON API, extractors, CSRF, errors as HTTP — thin handlers;
//! - the domains: `reports`, `notifications`, `people`, `places`, `access`, `auth`, `media`,
//!   each owning its queries and rules;
//! - `core` (config, database, schema, error, rendering) and `i18n` (languages, formats).

pub mod access;
pub mod app;
pub mod audit;
pub mod auth;
pub mod core;
pub mod elections;
pub mod home;
pub mod i18n;
pub mod media;
pub mod notices;
pub mod notifications;
pub mod open311;
pub mod own_data;
pub mod people;
pub mod places;
pub mod rent;
pub mod reports;
pub mod sms_inbound;
pub mod stats;
pub mod transparency;
pub mod web;
pub mod welcome;

pub use app::Application;

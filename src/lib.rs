//! Portineria: the digital porter's lodge of a public-housing estate.

pub mod auth;
pub mod config;
pub mod db;
pub mod demo;
pub mod error;
pub mod i18n;
pub mod jobs;
pub mod media;
pub mod notifications;
pub mod ops;
pub mod people;
pub mod places;
pub mod policy;
pub mod reports;
mod routes;
pub mod schema;
pub mod startup;
pub mod telemetry;
pub mod web;

pub use startup::{AppState, Application};

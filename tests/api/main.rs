//! Black-box tests: each starts the real application on port 0 with a fresh database
//! (SQLite by default; PostgreSQL when PORTINERIA_TEST_DATABASE_URL is set) and drives it over
//! HTTP as a browser or API client would.

mod helpers;

mod access;
mod accounts;
mod activation;
mod architecture;
mod assemblies;
mod assets;
mod backup;
mod board_page;
mod boards;
mod categories;
mod chaos;
mod cli;
mod database_restart;
mod desk;
mod elections;
mod errors;
mod fanout;
mod kept_pages;
mod kit_and_accounts;
mod languages;
mod mail;
mod mail_faults;
mod open311;
mod openapi;
mod operations;
mod phone_sign_in;
mod photos;
mod push;
mod region;
mod rent;
mod rent_indicators;
mod rent_reminders;
mod report_lifecycle;
mod reports;
mod retention;
mod security;
mod sign_in;
mod small_screens;
mod sms;
mod sms_inbound;
mod stats;
mod storage_faults;
mod tenant_languages;
mod trust_auth;
mod trust_data;
mod trust_notices;
mod trust_open311;
mod trust_races;
mod visits;
mod work;

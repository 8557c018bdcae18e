//! Server-rendered pages, one module per area.

pub mod account;
pub mod accounts;
pub mod api_keys;
pub mod assemblies;
pub mod audit;
pub mod board;
pub mod categories;
pub mod desk;
pub mod elections;
pub mod home;
pub mod notices;
pub mod own_data;
pub mod people;
pub mod rent;
pub mod report_form;
pub mod reports;
pub mod sign_in;
pub mod stats;
pub mod translations;
pub mod welcome;
pub mod work;

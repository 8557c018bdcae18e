//! What every domain stands on: configuration, the database (one code path, two backends),
//! the schema, the one application error, and rendering templates (pages and mail bodies).
//! Nothing here knows about HTTP.

pub mod backup;
pub mod changes;
pub mod config;
pub mod db;
pub mod disk;
pub mod error;
pub mod lines;
pub mod prepared;
pub mod render;
pub mod schema;
pub mod spreadsheet;
pub mod text_enum;

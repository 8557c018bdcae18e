//! The web layer: pages rendered on the server, the JSON API, and what turns HTTP into domain
//! calls — extractors for the signed-in person and their language, CSRF, multipart limits,
//! errors as pages or JSON. Handlers extract, parse input into domain types, make one domain
//! call and render a view; no query or rule lives here.

pub mod api;
pub mod csrf;
pub mod display;
pub mod errors;
pub mod extract;
pub mod files;
pub mod forms;
pub mod kept_pages;
pub mod keys;
pub mod local_path;
pub mod metrics;
pub mod multipart;
pub mod navigation;
pub mod open311;
pub mod ops;
pub mod page;
pub mod pages;
pub mod print;
pub mod rendered_cards;
pub mod routes;
pub mod security;
pub mod sms;
pub mod update;

use std::sync::Arc;

use actix_web::web;

use crate::auth::session::TokenKeys;
use crate::core::config::Config;
use crate::core::db::Db;
use crate::core::render::Templates;

pub use extract::{locale_of, MaybeSignedIn, SignedIn};
pub use page::{safe_next, see_other};

/// Shared by every request handler; cheap to clone behind `web::Data`.
pub struct AppState {
    pub config: Config,
    pub db: Db,
    pub keys: TokenKeys,
    /// Signs the secret feed addresses people subscribe to.
    pub feed_key: crate::people::feeds::FeedKey,
    pub templates: Arc<Templates>,
    pub metrics: metrics::Metrics,
    pub cards: rendered_cards::RenderedCards,
    pub pages: kept_pages::KeptPages,
    /// Where Open311 `media_url` photos may be fetched from.
    pub media: crate::open311::media::MediaSources,
    /// Indicators worked out recently, read again without the database.
    pub indicators: Arc<crate::stats::cache::IndicatorCache>,
    /// Where photos are kept (the data directory, or a bucket all nodes share).
    pub photos: crate::media::store::PhotoStore,
    /// The portal's one VAPID key, the same on every node (kept in the database).
    pub vapid: Arc<crate::notifications::channels::push::vapid::Vapid>,
    /// Where push subscriptions may point.
    pub push_hosts: crate::notifications::channels::push::subscriptions::PushHosts,
}

/// Everything the app serves, with the state and the extractors' error handlers.
pub fn configure(cfg: &mut web::ServiceConfig, state: web::Data<AppState>) {
    cfg.app_data(state)
        .app_data(
            web::JsonConfig::default()
                .limit(64 * 1024)
                .error_handler(errors::bad_json),
        )
        .app_data(web::QueryConfig::default().error_handler(errors::bad_query))
        .app_data(web::PathConfig::default().error_handler(errors::bad_path))
        .configure(routes::configure);
}

//! Building and running the application: `Application::build` binds (port 0 in tests) and
//! prepares everything; `run_until_stopped` serves until a signal, then shuts down cleanly.

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::middleware::{from_fn, Compress};
use actix_web::{web, HttpServer};
use tokio::sync::watch;
use tracing_actix_web::TracingLogger;

use super::jobs::{self, Jobs};
use crate::auth::session::TokenKeys;
use crate::core::config::Config;
use crate::core::db::{self, Db};
use crate::core::render::Templates;
use crate::media::store::PhotoStore;
use crate::notifications::channels::push::service::PushService;
use crate::notifications::channels::push::subscriptions::PushHosts;
use crate::notifications::channels::push::vapid::Vapid;
use crate::notifications::channels::{
    mail::Mailer,
    sms::{self, Gateway},
};
use crate::notifications::worker;
use crate::open311::media::MediaSources;
use crate::people::feeds::FeedKey;
use crate::stats::cache::IndicatorCache;
use crate::web::metrics::Metrics;
use crate::web::rendered_cards::RenderedCards;
use crate::web::AppState;

pub struct Application {
    port: u16,
    server: Server,
    state: web::Data<AppState>,
}

impl Application {
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let started = chrono::Utc::now();
        let database_url = config.database_url.clone();
        let demo = config.demo;
        let data_dir = config.data_dir.clone();
        // One async worker per core, and as many read-only SQLite connections (`Db::read`).
        let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
        let readers_url = database_url.clone();
        let (pool, vapid) = tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
            crate::core::disk::ensure_writable(&data_dir)?;
            if let Some(folder) = database_url.sqlite_folder() {
                crate::core::disk::ensure_writable(&folder)?;
            }
            let pool = db::connect(&database_url)?;
            db::migrate(&pool)?;
            let mut conn = pool.get()?;
            if demo {
                super::demo::seed(&mut conn)?;
            }
            let vapid = Vapid::load_or_make(&mut conn)?;
            drop(conn);
            Ok((pool, Arc::new(vapid)))
        })
        .await??;
        let readers = db::readers(&readers_url, workers)?;
        let stamps = crate::core::changes::StampSource::open(&readers_url)?;
        let db = Db::new(pool, readers, stamps);
        let photos = PhotoStore::open(&config.storage, &config.data_dir)?;
        // A bucket that does not answer yet does not stop the node: `/readyz` says "not
        // ready" until it does, and the housekeeping job sweeps it later.
        match photos.check().await {
            Ok(()) => {
                let cut_off = super::orphans::cut_off(&photos, started, config.orphan_grace);
                let removed = super::orphans::sweep(&db, &photos, cut_off).await?;
                if removed > 0 {
                    tracing::warn!(removed, "removed photos a stopped process left unrecorded");
                }
            }
            Err(e) => tracing::warn!(error = %e, "photo storage unavailable: not ready"),
        }
        let mut templates = Templates::load()?;
        templates.register_helper("asset", Box::new(crate::web::files::AssetHelper));
        let templates = Arc::new(templates);
        let state = web::Data::new(AppState {
            keys: TokenKeys::new(&config.secret),
            feed_key: FeedKey::from_secret(&config.secret),
            db,
            photos,
            cards: RenderedCards::new(templates.clone()),
            pages: Default::default(),
            templates,
            metrics: Metrics::new()?,
            media: MediaSources::new(config.media_hosts.clone())?,
            indicators: Arc::new(IndicatorCache::new(config.stats_max_age)),
            vapid,
            push_hosts: PushHosts::new(&config.push_hosts),
            config,
        });
        let listener = TcpListener::bind(&state.config.bind)?;
        let port = listener.local_addr()?.port();
        let server_state = state.clone();
        let https = state.config.secure_cookies();
        // Queries run on each worker's blocking threads; more of them than database connections
        // would only queue on the pool's lock (the default is hundreds), and under a burst those
        // wake-ups are what the slowest requests wait on.
        let blocking_threads = state.db.pool().max_size() as usize;
        let server = HttpServer::new(move || {
            let state = server_state.clone();
            actix_web::App::new()
                .configure(move |cfg| crate::web::configure(cfg, state))
                .wrap(from_fn(crate::web::kept_pages::serve))
                .wrap(from_fn(crate::web::errors::render_errors))
                .wrap(from_fn(crate::web::csrf::ensure_token))
                .wrap(from_fn(crate::web::metrics::record))
                .wrap(crate::web::security::headers(https))
                .wrap(Compress::default())
                .wrap(TracingLogger::<super::telemetry::RequestSpan>::new())
        })
        .workers(workers)
        .worker_max_blocking_threads(blocking_threads)
        .shutdown_timeout(10)
        .listen(listener)?
        .run();
        Ok(Self {
            port,
            server,
            state,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves, with the background jobs beside the server (and the outbox worker when SMTP is
    /// configured).
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let (stop, stopped) = watch::channel(false);
        let config = &self.state.config;
        let mut tasks = vec![];
        match &config.smtp_url {
            Some(url) => {
                let mailer = Mailer::new(
                    url,
                    &config.mail_from,
                    &config.base_url,
                    config.smtp_timeout,
                    config.smtp_connections,
                )?;
                let pace = worker::Pace {
                    poll: config.outbox_poll,
                    retry_base: config.outbox_retry_base,
                    connections: config.smtp_connections,
                };
                let db = self.state.db.clone();
                tasks.push(tokio::spawn(worker::run(
                    db,
                    mailer,
                    pace,
                    stop.subscribe(),
                )));
            }
            None => tracing::info!(
                "PORTINERIA_SMTP_URL is not set: mail is kept in the outbox and logged"
            ),
        }
        match &config.sms_url {
            Some(url) => {
                let gateway = Gateway::new(
                    url,
                    &config.base_url,
                    config.sms_inbound_token.as_deref(),
                    config.smtp_timeout,
                    sms::Limits {
                        quiet: config.sms_quiet_hours,
                        daily_cap: config.sms_daily_cap,
                    },
                )?;
                // Two at once: the gateway queues them itself, and each part is billed
                // whatever the pace.
                let pace = worker::Pace {
                    poll: config.outbox_poll,
                    retry_base: config.outbox_retry_base,
                    connections: 2,
                };
                let db = self.state.db.clone();
                tasks.push(tokio::spawn(worker::run(
                    db,
                    gateway,
                    pace,
                    stop.subscribe(),
                )));
            }
            None => tracing::info!(
                "PORTINERIA_SMS_URL is not set: SMS are kept in the outbox and logged"
            ),
        }
        // Push needs no server of its own: the browsers' push services are on the internet.
        let pusher = PushService::new(
            self.state.db.clone(),
            self.state.vapid.clone(),
            push_contact(config),
            config.smtp_timeout,
            config.sms_quiet_hours,
        )?;
        let pace = worker::Pace {
            poll: config.outbox_poll,
            retry_base: config.outbox_retry_base,
            connections: 4,
        };
        tasks.push(tokio::spawn(worker::run(
            self.state.db.clone(),
            pusher,
            pace,
            stop.subscribe(),
        )));
        let work = Arc::new(Jobs {
            db: self.state.db.clone(),
            templates: self.state.templates.clone(),
            config: config.clone(),
            photos: self.state.photos.clone(),
            rounds: self.state.metrics.job_rounds(),
        });
        tasks.push(tokio::spawn(jobs::fan_out(work.clone(), stop.subscribe())));
        tasks.push(tokio::spawn(jobs::housekeeping(work, stopped)));
        tracing::info!(port = self.port, "serving");
        let served = self.server.await;
        let _ = stop.send(true);
        for task in tasks {
            let _ = tokio::time::timeout(Duration::from_secs(15), task).await;
        }
        Ok(served?)
    }
}

/// Whom push services may write to about our messages (VAPID's `sub`): the portal's public
/// https address, else the mail sender's address.
fn push_contact(config: &Config) -> String {
    if config.base_url.starts_with("https://") {
        return config.base_url.clone();
    }
    let from = &config.mail_from;
    let address = match (from.rfind('<'), from.rfind('>')) {
        (Some(open), Some(close)) if open < close => &from[open + 1..close],
        _ => from.as_str(),
    };
    format!("mailto:{}", address.trim())
}

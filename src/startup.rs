//! Building and running the application: `Application::build` binds (port 0 in tests) and
//! prepares everything; `run_until_stopped` serves until a signal, then shuts down cleanly.

use std::net::TcpListener;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::middleware::{from_fn, Compress};
use actix_web::{web, App, HttpServer};
use tokio::sync::watch;
use tracing_actix_web::TracingLogger;

use crate::auth::session::TokenKeys;
use crate::config::Config;
use crate::db::{self, Db};
use crate::notifications::worker::{self, Mailer};
use crate::ops::metrics::{self, Metrics};
use crate::web::{errors, Templates};

/// Shared by every request handler; cheap to clone behind `web::Data`.
pub struct AppState {
    pub config: Config,
    pub db: Db,
    pub keys: TokenKeys,
    pub templates: Templates,
    pub metrics: Metrics,
}

pub struct Application {
    port: u16,
    server: Server,
    state: web::Data<AppState>,
}

impl Application {
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let database_url = config.database_url.clone();
        let demo = config.demo;
        let pool = tokio::task::spawn_blocking(move || -> anyhow::Result<db::Pool> {
            let pool = db::connect(&database_url)?;
            db::migrate(&pool)?;
            if demo {
                let mut conn = pool.get()?;
                crate::demo::seed(&mut conn)?;
            }
            Ok(pool)
        })
        .await??;
        let state = web::Data::new(AppState {
            keys: TokenKeys::new(&config.secret),
            db: Db::new(pool),
            templates: Templates::load()?,
            metrics: Metrics::new()?,
            config,
        });
        let listener = TcpListener::bind(&state.config.bind)?;
        let port = listener.local_addr()?.port();
        let server_state = state.clone();
        let server = HttpServer::new(move || {
            App::new()
                .app_data(server_state.clone())
                .app_data(
                    web::JsonConfig::default()
                        .limit(64 * 1024)
                        .error_handler(errors::bad_json),
                )
                .app_data(web::QueryConfig::default().error_handler(errors::bad_query))
                .app_data(web::PathConfig::default().error_handler(errors::bad_path))
                .configure(crate::routes::configure)
                .wrap(from_fn(errors::render_errors))
                .wrap(from_fn(crate::auth::csrf::ensure_token))
                .wrap(from_fn(metrics::record))
                .wrap(Compress::default())
                .wrap(TracingLogger::<crate::telemetry::RequestSpan>::new())
        })
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

    /// Serves, with the outbox worker beside the server when SMTP is configured.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let (stop, stopped) = watch::channel(false);
        let config = &self.state.config;
        let worker = match &config.smtp_url {
            Some(url) => {
                let mailer = Mailer::new(url, &config.mail_from, &config.base_url)?;
                let db = self.state.db.clone();
                let pace = worker::Pace {
                    poll: config.outbox_poll,
                    retry_base: config.outbox_retry_base,
                };
                Some(tokio::spawn(worker::run(db, mailer, pace, stopped)))
            }
            None => {
                tracing::info!(
                    "PORTINERIA_SMTP_URL is not set: mail is kept in the outbox and logged"
                );
                None
            }
        };
        let jobs = tokio::spawn(crate::jobs::run(self.state.clone(), stop.subscribe()));
        tracing::info!(port = self.port, "serving");
        let served = self.server.await;
        let _ = stop.send(true);
        for task in [worker, Some(jobs)].into_iter().flatten() {
            let _ = tokio::time::timeout(Duration::from_secs(15), task).await;
        }
        Ok(served?)
    }
}

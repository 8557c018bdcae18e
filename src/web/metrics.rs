//! Prometheus metrics: requests by route and status with their latency, the connection pool,
//! the mail and SMS outbox backlogs, and interface messages that could not be formatted.

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{web, HttpResponse};
use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounterVec, IntGauge, Opts, Registry, TextEncoder,
};

use super::AppState;
use crate::core::error::AppResult;

pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    pool_connections: IntGauge,
    pool_idle: IntGauge,
    outbox_backlog: IntGauge,
    sms_backlog: IntGauge,
    sms_parts_today: IntGauge,
    message_errors: IntGauge,
    kept_pages: IntCounterVec,
    job_rounds: IntCounterVec,
}

impl Metrics {
    pub fn new() -> anyhow::Result<Self> {
        let registry = Registry::new_custom(Some("portineria".into()), None)?;
        let labels = &["method", "route", "status"];
        let requests = IntCounterVec::new(
            Opts::new("http_requests_total", "HTTP requests answered"),
            labels,
        )?;
        let latency = HistogramVec::new(
            HistogramOpts::new(
                "http_request_duration_seconds",
                "Time to answer HTTP requests",
            )
            .buckets(vec![
                0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
            ]),
            labels,
        )?;
        let pool_connections = IntGauge::new("db_pool_connections", "Open database connections")?;
        let pool_idle = IntGauge::new("db_pool_idle_connections", "Idle database connections")?;
        let outbox_backlog = IntGauge::new("outbox_backlog", "Mail waiting in the outbox")?;
        let sms_backlog = IntGauge::new("sms_backlog", "SMS waiting in the outbox")?;
        registry.register(Box::new(sms_backlog.clone()))?;
        let sms_parts_today = IntGauge::new(
            "sms_parts_sent_today",
            "SMS parts handed to the gateway since midnight, Italian time (each is billed)",
        )?;
        registry.register(Box::new(sms_parts_today.clone()))?;
        registry.register(Box::new(requests.clone()))?;
        registry.register(Box::new(latency.clone()))?;
        registry.register(Box::new(pool_connections.clone()))?;
        registry.register(Box::new(pool_idle.clone()))?;
        let message_errors = IntGauge::new(
            "message_errors_total",
            "Interface messages not formatted in the language asked for",
        )?;
        registry.register(Box::new(outbox_backlog.clone()))?;
        registry.register(Box::new(message_errors.clone()))?;
        let kept_pages = IntCounterVec::new(
            Opts::new(
                "kept_pages_total",
                "Pages answered as kept (answered) or made and kept (made)",
            ),
            &["outcome"],
        )?;
        registry.register(Box::new(kept_pages.clone()))?;
        // A count that stops growing is a job that is stuck; tests wait on it to know a round
        // ran after some moment instead of sleeping.
        let job_rounds = IntCounterVec::new(
            Opts::new(
                "job_rounds_total",
                "Rounds of each background job completed",
            ),
            &["job"],
        )?;
        registry.register(Box::new(job_rounds.clone()))?;
        Ok(Self {
            registry,
            requests,
            latency,
            pool_connections,
            pool_idle,
            outbox_backlog,
            sms_backlog,
            sms_parts_today,
            message_errors,
            kept_pages,
            job_rounds,
        })
    }

    pub fn kept_page(&self, outcome: &str) {
        self.kept_pages.with_label_values(&[outcome]).inc();
    }

    /// The counter background jobs count their completed rounds on, by job.
    pub fn job_rounds(&self) -> IntCounterVec {
        self.job_rounds.clone()
    }
}

/// Counts and times every request under its route pattern (`/reports/{ref}`, not each
/// reference), so the number of series stays bounded.
pub async fn record(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let method = req.method().to_string();
    let res = next.call(req).await?;
    let route = res
        .request()
        .match_pattern()
        .unwrap_or_else(|| "unmatched".into());
    let status = res.status().as_u16().to_string();
    if let Some(state) = res.request().app_data::<web::Data<AppState>>() {
        let labels = [method.as_str(), route.as_str(), status.as_str()];
        state.metrics.requests.with_label_values(&labels).inc();
        state
            .metrics
            .latency
            .with_label_values(&labels)
            .observe(started.elapsed().as_secs_f64());
    }
    Ok(res)
}

pub async fn export(state: web::Data<AppState>) -> AppResult<HttpResponse> {
    let pool = state.db.pool().state();
    state
        .metrics
        .pool_connections
        .set(i64::from(pool.connections));
    state
        .metrics
        .pool_idle
        .set(i64::from(pool.idle_connections));
    use crate::notifications::outbox;
    let (mail, sms, parts) = state
        .db
        .run(|conn| {
            Ok((
                outbox::backlog(conn, outbox::MAIL)?,
                outbox::backlog(conn, outbox::SMS)?,
                outbox::sms_parts_sent_today(conn)?,
            ))
        })
        .await?;
    state.metrics.outbox_backlog.set(mail);
    state.metrics.sms_backlog.set(sms);
    state.metrics.sms_parts_today.set(parts);
    let message_errors = crate::i18n::message_errors();
    state
        .metrics
        .message_errors
        .set(i64::try_from(message_errors).unwrap_or(i64::MAX));
    let mut body = Vec::new();
    TextEncoder::new()
        .encode(&state.metrics.registry.gather(), &mut body)
        .map_err(anyhow::Error::from)?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4")
        .body(body))
}

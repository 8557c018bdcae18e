//! Structured logs: one span per request with its id, the user once known, and the latency.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::Error;
use tracing::Span;
use tracing_actix_web::{DefaultRootSpanBuilder, RootSpanBuilder};
use tracing_subscriber::EnvFilter;

/// `RUST_LOG` filters (default `info`); `PORTINERIA_LOG_FORMAT=json` for log collectors.
pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    let result = if std::env::var("PORTINERIA_LOG_FORMAT").as_deref() == Ok("json") {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
    // A second init (tests start many apps in one process) keeps the first subscriber.
    drop(result);
}

/// The default request span plus an empty `user_id`, filled in by the auth extractor.
pub struct RequestSpan;

impl RootSpanBuilder for RequestSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        // What a phone sends comes in the gateway's query string — the number, the text, a
        // ballot (`VOTO 2`): the span of those calls names the path only, so no log line ever
        // holds what someone wrote, nor how they voted.
        if request.path().starts_with("/sms/") {
            return tracing::info_span!(
                "HTTP request",
                http.method = %request.method(),
                http.target = request.path(),
                user_id = tracing::field::Empty,
                http.status_code = tracing::field::Empty,
                otel.status_code = tracing::field::Empty,
            );
        }
        tracing_actix_web::root_span!(request, user_id = tracing::field::Empty)
    }

    fn on_request_end<B: MessageBody>(span: Span, outcome: &Result<ServiceResponse<B>, Error>) {
        DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}

//! Health checks for load balancers and orchestrators.

use actix_web::{web, HttpResponse};

use super::AppState;

/// The process is up.
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok")
}

/// The database and the photo store answer: only then should a load balancer send traffic
/// here.
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let unavailable = |what: &'static str| {
        HttpResponse::ServiceUnavailable()
            .content_type("text/plain")
            .body(what)
    };
    if let Err(e) = state.db.run(|conn| Ok(crate::core::db::ping(conn)?)).await {
        tracing::warn!(error = %e, "not ready: database");
        return unavailable("database unavailable");
    }
    if let Err(e) = state.photos.check().await {
        tracing::warn!(error = %e, "not ready: photo storage");
        return unavailable("photo storage unavailable");
    }
    HttpResponse::Ok().content_type("text/plain").body("ready")
}

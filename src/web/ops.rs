//! Health checks for load balancers and orchestrators.

use actix_web::{web, HttpResponse};

use super::AppState;

/// The process is up.
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok")
}

/// The database answers: only then should a load balancer send traffic here.
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    match state.db.run(|conn| Ok(crate::core::db::ping(conn)?)).await {
        Ok(()) => HttpResponse::Ok().content_type("text/plain").body("ready"),
        Err(e) => {
            tracing::warn!(error = %e, "not ready");
            HttpResponse::ServiceUnavailable()
                .content_type("text/plain")
                .body("database unavailable")
        }
    }
}

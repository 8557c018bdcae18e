//! Work nobody asks for at a given moment: closing resolved reports that nobody confirmed, and
//! each manager's daily digest of overdue reports. Every app node may run it: the updates are
//! conditional and a digest is claimed by inserting its (manager, day) row first.

use std::time::Duration;

use actix_web::web;
use tokio::sync::watch;

use crate::notifications::inbox::Notifier;
use crate::reports::events;
use crate::AppState;

pub async fn run(state: web::Data<AppState>, mut shutdown: watch::Receiver<bool>) {
    loop {
        if let Err(e) = close_unconfirmed(&state).await {
            tracing::error!(error = %e, "closing unconfirmed reports failed");
        }
        if let Err(e) = send_digests(&state).await {
            tracing::error!(error = %e, "manager digests failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(state.config.jobs_every) => {}
            _ = shutdown.changed() => return,
        }
    }
}

async fn close_unconfirmed(state: &web::Data<AppState>) -> crate::error::AppResult<()> {
    let after = chrono::Duration::from_std(state.config.autoclose_after)
        .unwrap_or(chrono::Duration::days(14));
    let work = state.clone();
    let closed = state
        .db
        .run(move |conn| {
            let closed = events::close_unconfirmed(conn, after)?;
            let notifier = Notifier {
                templates: &work.templates,
                base_url: &work.config.base_url,
            };
            for (report, event) in &closed {
                notifier.report_event(conn, *report, *event)?;
            }
            Ok(closed.len())
        })
        .await?;
    if closed > 0 {
        tracing::info!(closed, "closed resolved reports nobody confirmed");
    }
    Ok(())
}

/// How long a resolved report waits for the tenant's answer (`PORTINERIA_AUTOCLOSE_DAYS`).
pub fn autoclose_from_env() -> Duration {
    let days = std::env::var("PORTINERIA_AUTOCLOSE_DAYS")
        .ok()
        .and_then(|d| d.trim().parse::<u64>().ok())
        .unwrap_or(14);
    Duration::from_secs(days * 24 * 3600)
}

/// Once a day, each manager with overdue reports gets the list by mail.
async fn send_digests(state: &web::Data<AppState>) -> crate::error::AppResult<()> {
    let work = state.clone();
    state
        .db
        .run(move |conn| crate::reports::digest::send(conn, &work.templates, &work.config.base_url))
        .await
}

//! Work nobody asks for at a given moment, run by every app node: telling followers about new
//! events (often), closing resolved reports nobody confirmed, each manager's daily digest,
//! reminding tenants of tomorrow's visits and households of their rent, anonymising accounts
//! unused for too long and forgetting old API key uses (less often). Each is safe with several
//! nodes: events are claimed with `SKIP LOCKED`, the closing, reminding and anonymising updates
//! are conditional, a rent reminder is claimed by inserting its decision,
//! a digest is claimed by inserting its (manager, day) row, and sweeping a shared bucket's
//! orphans twice only deletes them twice.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use crate::auth::api_keys;
use crate::core::config::Config;
use crate::core::db::Db;
use crate::core::render::Templates;
use crate::media::store::PhotoStore;
use crate::notifications::{digest, fanout, visit_reminders};
use crate::people::retention;
use crate::reports::changes;

pub struct Jobs {
    pub db: Db,
    pub templates: Arc<Templates>,
    pub config: Config,
    pub photos: PhotoStore,
    /// Completed rounds by job (`/metrics`).
    pub rounds: prometheus::IntCounterVec,
}

/// Fan-out: new events to their followers, until none is left, every `fanout_every`.
pub async fn fan_out(jobs: Arc<Jobs>, mut shutdown: watch::Receiver<bool>) {
    loop {
        loop {
            let work = jobs.clone();
            let handled = jobs
                .db
                .run(move |conn| fanout::deliver(conn, &work.templates, &work.config.base_url))
                .await;
            match handled {
                Ok(0) => {
                    jobs.rounds.with_label_values(&["fanout"]).inc();
                    break;
                }
                Ok(_) => continue,
                Err(e) => {
                    tracing::error!(error = %e, "telling followers failed");
                    break;
                }
            }
        }
        if wait(jobs.config.fanout_every, &mut shutdown).await {
            return;
        }
    }
}

/// Closing unconfirmed reports and the managers' digests, every `jobs_every`; with a shared
/// bucket, sweeping its orphans once per grace period (a local folder is swept at start-up).
pub async fn housekeeping(jobs: Arc<Jobs>, mut shutdown: watch::Receiver<bool>) {
    let mut swept = tokio::time::Instant::now();
    loop {
        if jobs.photos.is_shared() && swept.elapsed() >= jobs.config.orphan_grace {
            swept = tokio::time::Instant::now();
            let before = super::orphans::grace_ago(jobs.config.orphan_grace);
            match super::orphans::sweep(&jobs.db, &jobs.photos, before).await {
                Ok(0) => {}
                Ok(removed) => tracing::warn!(removed, "removed photos left unrecorded"),
                Err(e) => tracing::error!(error = %e, "sweeping unrecorded photos failed"),
            }
        }
        let after = chrono::Duration::from_std(jobs.config.autoclose_after)
            .unwrap_or(chrono::Duration::days(14));
        match jobs
            .db
            .run(move |conn| changes::close_unconfirmed(conn, after))
            .await
        {
            Ok(0) => {}
            Ok(closed) => tracing::info!(closed, "closed resolved reports nobody confirmed"),
            Err(e) => tracing::error!(error = %e, "closing unconfirmed reports failed"),
        }
        let work = jobs.clone();
        if let Err(e) = jobs
            .db
            .run(move |conn| digest::send(conn, &work.templates, &work.config.base_url))
            .await
        {
            tracing::error!(error = %e, "manager digests failed");
        }
        let work = jobs.clone();
        match jobs
            .db
            .run(move |conn| {
                visit_reminders::send_due(conn, &work.templates, &work.config.base_url)
            })
            .await
        {
            Ok(0) => {}
            Ok(visits) => tracing::info!(visits, "reminded tenants of tomorrow's visits"),
            Err(e) => tracing::error!(error = %e, "visit reminders failed"),
        }
        match jobs.db.run(crate::elections::schedule::run_due).await {
            Ok(0) => {}
            Ok(changed) => tracing::info!(changed, "opened, closed or reminded of elections"),
            Err(e) => tracing::error!(error = %e, "the elections' schedule failed"),
        }
        let today = crate::i18n::format::local_now().date();
        match jobs
            .db
            .run(move |conn| crate::rent::watchlist::refresh_due(conn, today))
            .await
        {
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "working out the early-warning list failed"),
        }
        match jobs
            .db
            .run(move |conn| crate::rent::reminders::send_due(conn, today))
            .await
        {
            Ok(0) => {}
            Ok(reminders) => tracing::info!(reminders, "reminded households of their rent"),
            Err(e) => tracing::error!(error = %e, "rent reminders failed"),
        }
        let idle = chrono::Duration::from_std(jobs.config.anonymise_after)
            .unwrap_or(chrono::Duration::days(730));
        match jobs
            .db
            .run(move |conn| Ok(retention::anonymise_inactive(conn, idle)?))
            .await
        {
            Ok(0) => {}
            Ok(accounts) => tracing::info!(accounts, "anonymised accounts unused for too long"),
            Err(e) => tracing::error!(error = %e, "anonymising unused accounts failed"),
        }
        prune_key_uses(&jobs).await;
        jobs.rounds.with_label_values(&["housekeeping"]).inc();
        if wait(jobs.config.jobs_every, &mut shutdown).await {
            return;
        }
    }
}

/// Forgets API key uses older than a day (a delete by time: safe on several nodes).
async fn prune_key_uses(jobs: &Jobs) {
    let now = chrono::Utc::now().naive_utc();
    match jobs
        .db
        .run(move |conn| Ok(api_keys::prune_uses(conn, now)?))
        .await
    {
        Ok(0) => {}
        Ok(uses) => tracing::info!(uses, "forgot old API key uses"),
        Err(e) => tracing::error!(error = %e, "forgetting old API key uses failed"),
    }
}

/// Sleeps `pause`; `true` when the app is stopping instead.
async fn wait(pause: Duration, shutdown: &mut watch::Receiver<bool>) -> bool {
    tokio::select! {
        _ = tokio::time::sleep(pause) => false,
        _ = shutdown.changed() => true,
    }
}

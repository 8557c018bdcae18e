//! Photos with no record: a process killed between storing a report's photos and writing the
//! report leaves them behind (a failed request removes its own). Every photo written before a
//! cut-off and named by no report, visit or notice is removed, with any temporary file a local
//! write never finished.
//!
//! The cut-off is what keeps a sweep off photos a request is still recording. A data directory
//! belongs to one process: at start-up, everything written before it started is fair game. A
//! bucket is shared by every node, so only what is older than the grace period
//! (`PORTINERIA_ORPHAN_GRACE_SECONDS`, far longer than any request) is swept, at start-up and
//! by the housekeeping job; nodes sweeping at once only delete the same orphans twice.

use chrono::{DateTime, Utc};

use crate::core::db::Db;
use crate::media::store::PhotoStore;
use crate::notices;
use crate::reports::photos;

/// Removes the orphans written before `before`; returns how many objects went.
pub async fn sweep(db: &Db, store: &PhotoStore, before: DateTime<Utc>) -> anyhow::Result<usize> {
    let found = store.written_before(before).await?;
    let mut keys: Vec<String> = found.iter().filter_map(|w| w.key.clone()).collect();
    keys.sort();
    keys.dedup();
    let recorded = db
        .run(move |conn| {
            let mut recorded = Vec::new();
            for chunk in keys.chunks(500) {
                recorded.extend(photos::recorded(conn, chunk)?);
                recorded.extend(notices::store::images_among(conn, chunk)?);
            }
            Ok(recorded)
        })
        .await?;
    let recorded: std::collections::HashSet<String> = recorded.into_iter().collect();
    let mut removed = 0;
    for written in found {
        if written.key.as_ref().is_some_and(|k| recorded.contains(k)) {
            continue;
        }
        store.discard(&written).await?;
        removed += 1;
    }
    Ok(removed)
}

/// Where a sweep at start-up (`started`) stops: see the module's comment.
pub fn cut_off(
    store: &PhotoStore,
    started: DateTime<Utc>,
    grace: std::time::Duration,
) -> DateTime<Utc> {
    if store.is_shared() {
        grace_ago(grace)
    } else {
        started
    }
}

/// The moment one grace period ago: a shared bucket's photos older than that are swept.
pub fn grace_ago(grace: std::time::Duration) -> DateTime<Utc> {
    Utc::now() - chrono::Duration::from_std(grace).unwrap_or(chrono::Duration::hours(1))
}

//! Photo files with no record: a process killed between saving a report's photos and writing
//! the report leaves them behind (a failed request removes its own). At start-up, before
//! serving, every photo file written before this process started and named by no report,
//! visit or notice is removed, with any temporary file a write never finished. The data
//! directory belongs to one node; a node never sweeps files another process is writing.

use std::path::Path;
use std::time::SystemTime;

use crate::core::db::DbConnection;
use crate::media::store;
use crate::notices;
use crate::reports::photos;

/// Removes the orphans written before `started`; returns how many files went.
pub fn sweep(
    conn: &mut DbConnection,
    data_dir: &Path,
    started: SystemTime,
) -> anyhow::Result<usize> {
    let files = store::written_before(data_dir, started)?;
    let mut keys: Vec<String> = files.iter().filter_map(|(key, _)| key.clone()).collect();
    keys.sort();
    keys.dedup();
    let mut recorded = Vec::new();
    for chunk in keys.chunks(500) {
        recorded.extend(photos::recorded(conn, chunk)?);
        recorded.extend(notices::store::images_among(conn, chunk)?);
    }
    let mut removed = 0;
    for (key, path) in files {
        if key.is_some_and(|k| recorded.contains(&k)) {
            continue;
        }
        std::fs::remove_file(&path)?;
        removed += 1;
    }
    Ok(removed)
}

//! The folders the portal writes to, checked at start-up: a read-only or full disk found while
//! serving gives each request a clear 507 (see `AppError::CannotSave`), but found at start it
//! stops the server with a message that names the folder, rather than an SQLite error later.

use std::path::Path;

#[derive(Debug, thiserror::Error)]
#[error("cannot write to {dir}: it is read-only or full ({source})")]
pub struct NotWritable {
    dir: String,
    #[source]
    source: std::io::Error,
}

/// Creates `dir` if needed and writes, syncs and removes a small file in it.
pub fn ensure_writable(dir: &Path) -> Result<(), NotWritable> {
    let fail = |source| NotWritable {
        dir: dir.display().to_string(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(fail)?;
    let probe = dir.join(format!(".write-check-{}", std::process::id()));
    let written = std::fs::write(&probe, b"portineria")
        .and_then(|()| std::fs::File::open(&probe)?.sync_all());
    let _ = std::fs::remove_file(&probe);
    written.map_err(fail)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_writable_folder_passes_and_is_left_clean() {
        let dir = tempfile::tempdir().unwrap();
        let inner = dir.path().join("data");
        super::ensure_writable(&inner).unwrap();
        assert_eq!(std::fs::read_dir(&inner).unwrap().count(), 0);
    }
}

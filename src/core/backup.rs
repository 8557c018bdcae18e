//! A consistent copy of an SQLite installation, made while it serves, and bringing one back.
//!
//! The database goes first, through SQLite's `VACUUM INTO` (one read transaction: a snapshot
//! with every acknowledged write and nothing half-done), then the photos. A photo is stored
//! before its report is written, so every photo the copied database names is on disk by then;
//! photos of reports filed during the copy may come along too, unnamed and harmless. A manifest
//! written last marks the copy complete. PostgreSQL installations are copied with `pg_dump` and
//! a copy of the photo folder (see the README).

use std::fs;
use std::io;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use diesel::sql_types::Text;
use diesel::RunQueryDsl;

use super::config::DatabaseUrl;
use super::db::DbConnection;

/// The database's file in a backup.
pub const DATABASE_FILE: &str = "portineria.db";
/// Written last: a folder without it is not a (complete) backup.
pub const MANIFEST: &str = "backup.json";
const PHOTOS: &str = "photos";

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "this command copies SQLite installations; for PostgreSQL use pg_dump and copy the \
         photo folder (see the README, \"Backup and restore\")"
    )]
    Postgres,
    #[error("{0} is not empty: back up into a new or empty folder")]
    NotEmpty(PathBuf),
    #[error("{0} holds no complete Portineria backup ({MANIFEST} is missing)")]
    NotABackup(PathBuf),
    #[error("{0} already exists: stop the portal and add --replace to overwrite it")]
    TargetExists(PathBuf),
    #[error("{0}")]
    Io(#[from] io::Error),
    #[error("{0}")]
    Database(#[from] diesel::result::Error),
}

/// What a backup or a restore copied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    pub database_bytes: u64,
    pub photos: usize,
}

/// A backup holds password hashes and sessions: only the account running the portal may read
/// it. Folders and files are made private as they are created, never opened up in between.
const PRIVATE_FOLDER: u32 = 0o700;
const PRIVATE_FILE: u32 = 0o600;

/// Copies the database `conn` is connected to, and the photos under `data_dir`, into `into`.
pub fn backup(
    conn: &mut DbConnection,
    data_dir: &Path,
    into: &Path,
) -> Result<Copied, BackupError> {
    let DbConnection::Sqlite(sqlite) = conn else {
        return Err(BackupError::Postgres);
    };
    if into.exists() && fs::read_dir(into)?.next().is_some() {
        return Err(BackupError::NotEmpty(into.to_path_buf()));
    }
    private_folder(into)?;
    let database = into.join(DATABASE_FILE);
    // SQLite copies into an empty file it finds, keeping that file's permissions.
    private_file(&database)?;
    diesel::sql_query("VACUUM INTO ?")
        .bind::<Text, _>(database.to_string_lossy())
        .execute(sqlite)?;
    let photos = copy_photos(&data_dir.join(PHOTOS), &into.join(PHOTOS), Privacy::Private)?;
    let copied = Copied {
        database_bytes: fs::metadata(&database)?.len(),
        photos,
    };
    let manifest = serde_json::json!({
        "format": 1,
        "made_at": chrono::Utc::now().to_rfc3339(),
        "database": DATABASE_FILE,
        "database_bytes": copied.database_bytes,
        "photos": copied.photos,
    });
    io::Write::write_all(
        &mut private_file(&into.join(MANIFEST))?,
        format!("{manifest:#}\n").as_bytes(),
    )?;
    Ok(copied)
}

/// Brings the backup in `from` back as the database `url` and the photos under `data_dir`,
/// with the portal stopped. An existing database is overwritten only when `replace` says so.
pub fn restore(
    from: &Path,
    url: &DatabaseUrl,
    data_dir: &Path,
    replace: bool,
) -> Result<Copied, BackupError> {
    if !from.join(MANIFEST).is_file() {
        return Err(BackupError::NotABackup(from.to_path_buf()));
    }
    let DatabaseUrl::Sqlite(target) = url else {
        return Err(BackupError::Postgres);
    };
    if target.exists() && !replace {
        return Err(BackupError::TargetExists(target.clone()));
    }
    if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent)?;
    }
    // Copied beside the target and renamed over it: a crash leaves the old database or the
    // new one, never half of one. The old one's write-ahead log must not outlive it.
    let incoming = target.with_extension("restoring");
    let database_bytes = fs::copy(from.join(DATABASE_FILE), &incoming)?;
    for stale in ["-wal", "-shm"].map(|suffix| with_suffix(target, suffix)) {
        if stale.exists() {
            fs::remove_file(stale)?;
        }
    }
    fs::rename(&incoming, target)?;
    let photos = copy_photos(
        &from.join(PHOTOS),
        &data_dir.join(PHOTOS),
        Privacy::AsServed,
    )?;
    Ok(Copied {
        database_bytes,
        photos,
    })
}

/// `portineria.db` → `portineria.db-wal`.
fn with_suffix(database: &Path, suffix: &str) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// A new folder only its owner can open; an existing (empty) one is closed to others before
/// anything is written into it.
fn private_folder(path: &Path) -> io::Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(PRIVATE_FOLDER)
        .create(path)?;
    fs::set_permissions(path, fs::Permissions::from_mode(PRIVATE_FOLDER))
}

/// A new, empty file only its owner can read.
fn private_file(path: &Path) -> io::Result<fs::File> {
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(PRIVATE_FILE)
        .open(path)
}

/// Photos copied into a backup are private; restored ones are the portal's as before.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Privacy {
    Private,
    AsServed,
}

/// Copies the stored photos of `from` (if it exists; not files still being written) into
/// `to`; returns how many photos (display copies, not thumbnails) there were.
fn copy_photos(from: &Path, to: &Path, privacy: Privacy) -> io::Result<usize> {
    match privacy {
        Privacy::Private => private_folder(to)?,
        Privacy::AsServed => fs::create_dir_all(to)?,
    }
    if !from.is_dir() {
        return Ok(0);
    }
    let mut photos = 0;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        if !entry.file_type()?.is_file() {
            continue;
        }
        let name = entry.file_name();
        let shown = name.to_string_lossy();
        if !shown.ends_with(".jpg") {
            continue;
        }
        match privacy {
            Privacy::Private => {
                io::copy(
                    &mut fs::File::open(entry.path())?,
                    &mut private_file(&to.join(&name))?,
                )?;
            }
            Privacy::AsServed => {
                fs::copy(entry.path(), to.join(&name))?;
            }
        }
        if !shown.ends_with(".thumb.jpg") {
            photos += 1;
        }
    }
    Ok(photos)
}

//! SQLite on a disk that fills up or turns read-only (SQLite pass only; needs root, as CI has,
//! to mount a small tmpfs for the data): reports go on being filed until the disk is full,
//! then each attempt gets a clear, localized 507 — never a 500 — and leaves nothing
//! half-written; once there is room again the same process takes reports again; a read-only
//! photo folder refuses photos the same way; a server started on a read-only disk stops with a
//! message that says so. Nothing acknowledged is ever lost.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use reqwest::StatusCode;

use crate::helpers::database::{number, require_sqlite};
use crate::helpers::images::jpeg;
use crate::helpers::process::Server;
use crate::reports::{photo, report};

/// A tmpfs mounted for the test (or a folder of it bound onto itself), unmounted when it ends.
struct Disk {
    path: PathBuf,
    bind: bool,
}

fn mount(args: &[&str]) -> bool {
    Command::new("mount")
        .args(args)
        .status()
        .is_ok_and(|s| s.success())
}

impl Disk {
    fn mount(path: PathBuf) -> Option<Disk> {
        std::fs::create_dir_all(&path).unwrap();
        let at = path.to_str().unwrap();
        mount(&["-t", "tmpfs", "-o", "size=64m", "tmpfs", at]).then_some(Disk { path, bind: false })
    }

    fn used_bytes(&self) -> u64 {
        let out = Command::new("df")
            .args(["--output=used", "-B1"])
            .arg(&self.path)
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        text.lines().nth(1).unwrap().trim().parse().unwrap()
    }

    /// Changes the disk's size while files on it are open, as an operator growing a volume.
    fn resize(&self, bytes: u64) {
        let at = self.path.to_str().unwrap();
        assert!(mount(&["-o", &format!("remount,size={bytes}"), at]));
    }

    fn read_only(&self, on: bool) {
        let at = self.path.to_str().unwrap();
        let mode = match (on, self.bind) {
            (true, false) => "remount,ro",
            (false, false) => "remount,rw",
            (true, true) => "remount,bind,ro",
            (false, true) => "remount,bind,rw",
        };
        assert!(mount(&["-o", mode, at]), "{mode} {at}");
    }
}

impl Drop for Disk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.path).status();
    }
}

/// A folder of the disk bound onto itself, so it alone can be made read-only.
fn bind_onto_itself(path: &Path) -> Disk {
    std::fs::create_dir_all(path).unwrap();
    let at = path.to_str().unwrap();
    assert!(mount(&["--bind", at, at]));
    Disk {
        path: path.to_path_buf(),
        bind: true,
    }
}

async fn file(
    client: &reqwest::Client,
    server: &Server,
    token: &str,
    n: usize,
    with_photo: bool,
) -> (StatusCode, serde_json::Value) {
    let mut form = report(
        "lift",
        "stair",
        &format!("Ascensore fermo, segnalazione {n}."),
    );
    if with_photo {
        form = form.part("photos", photo(jpeg(1600, 1200), "foto.jpg", "image/jpeg"));
    }
    let res = client
        .post(format!("{}/api/v1/reports", server.base()))
        .bearer_auth(token)
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = res.status();
    (status, res.json().await.unwrap_or_default())
}

fn assert_cannot_save(status: StatusCode, body: &serde_json::Value) {
    assert_eq!(status, StatusCode::INSUFFICIENT_STORAGE, "{body}");
    assert_eq!(body["error"]["code"], "cannot_save", "{body}");
    // In the tenant's language (Italian, from their profile).
    let message = body["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("pieno o in sola lettura"), "{message}");
}

#[tokio::test]
#[ignore = "SQLite only, and mounts a tmpfs (root): .ci/run runs it in the SQLite pass"]
async fn sqlite_only_a_full_or_read_only_disk_gives_a_clear_error_and_loses_nothing() {
    require_sqlite();
    let dir = tempfile::tempdir().unwrap();
    let disk = Disk::mount(dir.path().join("disk")).expect("a tmpfs mounted (run as root)");
    let database_url = format!("sqlite://{}/portineria.db", disk.path.display());
    let mut server = Server::new(&database_url, disk.path.join("data"));
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    server.start();
    server.ready(&client).await;
    let token = server.token(&client, "inquilino@demo.test").await;

    let photos_dir = server.data_dir.join("photos");
    let photo_files = || std::fs::read_dir(&photos_dir).map_or(0, |d| d.count());
    let photos_before = photo_files();
    // About ten photos' worth of room left, then file until the disk is full.
    disk.resize(disk.used_bytes() + 1_500_000);
    let mut acknowledged = vec![];
    let mut refused = 0;
    for n in 0..200 {
        let (status, body) = file(&client, &server, &token, n, true).await;
        if status == StatusCode::CREATED {
            acknowledged.push(body["ref"].as_str().unwrap().to_string());
            continue;
        }
        assert_cannot_save(status, &body);
        refused += 1;
        if refused == 5 {
            break;
        }
    }
    assert!(
        acknowledged.len() >= 3 && refused == 5,
        "{} filed, then {refused} refused",
        acknowledged.len()
    );
    // Room again: the same process takes reports at once, and everything acknowledged is
    // there with its photo.
    disk.resize(64 * 1024 * 1024);
    let (status, body) = file(&client, &server, &token, 1000, true).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    acknowledged.push(body["ref"].as_str().unwrap().to_string());
    for reference in &acknowledged {
        let res = client
            .get(format!("{}/api/v1/reports/{reference}", server.base()))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{reference}");
        let report: serde_json::Value = res.json().await.unwrap();
        assert_eq!(
            report["photos"].as_array().map(Vec::len),
            Some(1),
            "{report}"
        );
    }
    assert_eq!(
        photo_files() - photos_before,
        2 * acknowledged.len(),
        "each report's display copy and thumbnail, and no file of a refused report"
    );

    // A read-only photo folder: photos are refused clearly, words still go through.
    let photo_folder = bind_onto_itself(&photos_dir);
    photo_folder.read_only(true);
    let (status, body) = file(&client, &server, &token, 2000, true).await;
    assert_cannot_save(status, &body);
    let (status, body) = file(&client, &server, &token, 2001, false).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    acknowledged.push(body["ref"].as_str().unwrap().to_string());
    photo_folder.read_only(false);
    drop(photo_folder);

    // Started on a read-only disk, the server stops at once and says why.
    server.kill();
    disk.read_only(true);
    let mut refusing = server
        .command()
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut exited = None;
    for _ in 0..300 {
        exited = refusing.try_wait().unwrap();
        if exited.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = refusing.kill();
    let out = refusing.wait_with_output().unwrap();
    assert!(
        exited.is_some_and(|s| !s.success()),
        "it stopped, and not as a success"
    );
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("read-only"), "{said}");
    disk.read_only(false);

    server.start();
    server.ready(&client).await;
    let kept = number(
        &database_url,
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM reports WHERE description LIKE 'Ascensore fermo, segnalazione %'",
    );
    assert_eq!(
        kept,
        acknowledged.len() as i64,
        "every acknowledged report, no other"
    );
}

//! `portineria backup DIR` while the portal serves, and `portineria restore DIR`: the restored
//! installation has every report acknowledged before the backup, with its photos, byte for byte.

use std::path::Path;
use std::process::Output;

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::images::jpeg;
use crate::helpers::{spawn_app, spawn_sibling, TestApp};
use crate::reports::{photo, report};

fn portineria(args: &[&str], database_url: &str, data_dir: &Path) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_portineria"))
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("PORTINERIA_DATA_DIR", data_dir)
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs")
}

fn said(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

async fn file_with_photo(app: &TestApp, token: &str, n: usize) -> String {
    let form = report("lift", "stair", &format!("Ascensore fermo, foto {n}.")).part(
        "photos",
        photo(jpeg(64 + n as u32, 48), "ascensore.jpg", "image/jpeg"),
    );
    app.file_report(token, form).await
}

/// The report as the API shows it, and the bytes of each of its photos.
async fn seen(app: &TestApp, token: &str, reference: &str) -> (Value, Vec<Vec<u8>>) {
    let report = app
        .api_json(
            &format!("/api/v1/reports/{reference}"),
            token,
            StatusCode::OK,
        )
        .await;
    let mut photos = vec![];
    for photo in report["photos"].as_array().unwrap() {
        let res = app.api_get(photo["url"].as_str().unwrap(), token).await;
        assert_eq!(res.status(), StatusCode::OK, "{reference}");
        photos.push(res.bytes().await.unwrap().to_vec());
    }
    (report, photos)
}

#[tokio::test]
async fn a_backup_made_while_serving_restores_every_acknowledged_report_with_its_photos() {
    let app = spawn_app().await;
    let token = app.api_token("inquilino@demo.test", "demo").await;
    let work = tempfile::tempdir().unwrap();
    let into = work.path().join("backup");
    let into_arg = into.to_str().unwrap().to_string();
    if app.database_url.starts_with("postgres") {
        let out = portineria(&["backup", &into_arg], &app.database_url, &app.data_dir);
        assert!(!out.status.success());
        assert!(said(&out).contains("pg_dump"), "{}", said(&out));
        return;
    }
    let mut before = vec![];
    for n in 0..3 {
        before.push(file_with_photo(&app, &token, n).await);
    }
    // The copy runs while the tenant keeps filing.
    let (url, data_dir, args) = (
        app.database_url.clone(),
        app.data_dir.clone(),
        into_arg.clone(),
    );
    let backup =
        tokio::task::spawn_blocking(move || portineria(&["backup", &args], &url, &data_dir));
    let mut during = vec![];
    while !backup.is_finished() {
        during.push(file_with_photo(&app, &token, 10 + during.len()).await);
    }
    let out = backup.await.unwrap();
    assert!(out.status.success(), "{}", said(&out));
    assert!(said(&out).contains("photos"), "{}", said(&out));
    assert!(into.join("backup.json").is_file());
    // Into a folder that is not empty: refused, nothing overwritten.
    let again = portineria(&["backup", &into_arg], &app.database_url, &app.data_dir);
    assert!(!again.status.success());
    assert!(said(&again).contains("not empty"), "{}", said(&again));

    // Restored elsewhere, with the portal stopped.
    let restored_db = format!("sqlite://{}", work.path().join("restored.db").display());
    let restored_data = work.path().join("restored-data");
    let out = portineria(&["restore", &into_arg], &restored_db, &restored_data);
    assert!(out.status.success(), "{}", said(&out));
    let twice = portineria(&["restore", &into_arg], &restored_db, &restored_data);
    assert!(!twice.status.success());
    assert!(said(&twice).contains("--replace"), "{}", said(&twice));
    let replaced = portineria(
        &["restore", &into_arg, "--replace"],
        &restored_db,
        &restored_data,
    );
    assert!(replaced.status.success(), "{}", said(&replaced));
    let not_a_backup = portineria(
        &["restore", work.path().to_str().unwrap()],
        &restored_db,
        &restored_data,
    );
    assert!(!not_a_backup.status.success());

    let restored = spawn_sibling(&app, |c| {
        c.database_url = portineria::core::config::DatabaseUrl::parse(&restored_db).unwrap();
        c.data_dir = restored_data.clone();
    })
    .await;
    let restored_token = restored.api_token("inquilino@demo.test", "demo").await;
    for reference in &before {
        let original = seen(&app, &token, reference).await;
        let copy = seen(&restored, &restored_token, reference).await;
        assert_eq!(
            copy.0["description"], original.0["description"],
            "{reference}"
        );
        assert_eq!(copy.1.len(), 1, "{reference}");
        assert_eq!(
            copy.1, original.1,
            "{reference}: the same photo, byte for byte"
        );
    }
    // Reports filed during the copy are there whole, with their photo, or not at all.
    for reference in &during {
        let res = restored
            .api_get(&format!("/api/v1/reports/{reference}"), &restored_token)
            .await;
        match res.status() {
            StatusCode::OK => {
                let (_, photos) = seen(&restored, &restored_token, reference).await;
                assert_eq!(photos.len(), 1, "{reference}");
            }
            StatusCode::NOT_FOUND => {}
            other => panic!("{reference}: {other}"),
        }
    }
}

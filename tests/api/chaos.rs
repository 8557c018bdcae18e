//! The server killed with SIGKILL at random moments while phones file 800 reports with a
//! photo each, every one retried with its Idempotency-Key until acknowledged, and restarted
//! each time: no acknowledged report lost, none filed twice, no photo file left without its
//! report. On the backend the suite runs on (SQLite, or PostgreSQL in CI's second pass).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rand::{RngExt, SeedableRng};
use reqwest::StatusCode;

use crate::helpers::database::{number, TestDatabase};
use crate::helpers::images::jpeg;
use crate::helpers::process::Server;
use crate::reports::{photo, report};

const REPORTS: usize = 800;
const PHONES: usize = 8;
/// Files report `n` until the server acknowledges it; returns its reference.
async fn file_until_acknowledged(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    n: usize,
) -> String {
    let key = format!("chaos-{n}");
    for _ in 0..3000 {
        let form = report("lift", "stair", &format!("Segnalazione numero {n}."))
            .part("photos", photo(jpeg(64, 48), "foto.jpg", "image/jpeg"));
        let sent = client
            .post(format!("{base}/api/v1/reports"))
            .bearer_auth(token)
            .header("idempotency-key", &key)
            .multipart(form)
            .send()
            .await;
        match sent {
            Ok(res) if res.status() == StatusCode::CREATED || res.status() == StatusCode::OK => {
                if let Ok(body) = res.json::<serde_json::Value>().await {
                    return body["ref"].as_str().expect("a reference").to_string();
                }
            }
            Ok(res) if res.status().is_client_error() => {
                panic!(
                    "{key}: {} {}",
                    res.status(),
                    res.text().await.unwrap_or_default()
                )
            }
            // Killed mid-request, not up yet, or answering 503 while it starts: again.
            _ => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
    panic!("{key} was never acknowledged");
}

#[tokio::test]
async fn killed_at_random_while_filing_800_reports_it_loses_and_doubles_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let database = TestDatabase::create(dir.path());
    let mut server = Server::new(&database.url, dir.path().join("data"));
    let base = server.base();
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    server.start();
    server.ready(&client).await;
    let token = server.token(&client, "inquilino@demo.test").await;
    let photos_before = number(
        &database.url,
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM report_photos",
    );

    let started = Instant::now();
    let next = Arc::new(AtomicUsize::new(0));
    let done = Arc::new(AtomicBool::new(false));
    let acknowledged = Arc::new(Mutex::new(HashMap::new()));
    let mut phones = vec![];
    for _ in 0..PHONES {
        let (client, base, token) = (client.clone(), base.clone(), token.clone());
        let (next, acknowledged) = (next.clone(), acknowledged.clone());
        phones.push(tokio::spawn(async move {
            loop {
                let n = next.fetch_add(1, Ordering::Relaxed);
                if n >= REPORTS {
                    return;
                }
                let reference = file_until_acknowledged(&client, &base, &token, n).await;
                acknowledged.lock().unwrap().insert(n, reference);
            }
        }));
    }
    // The killer: a random moment, SIGKILL, start again, until every phone is done.
    let mut rng = rand::rngs::StdRng::seed_from_u64(2026);
    let mut kills = 0;
    let phones_done = async {
        for phone in phones {
            phone.await.unwrap();
        }
        done.store(true, Ordering::Relaxed);
    };
    let killing = async {
        while !done.load(Ordering::Relaxed) {
            tokio::time::sleep(Duration::from_millis(rng.random_range(10..150))).await;
            if done.load(Ordering::Relaxed) {
                break;
            }
            server.kill();
            kills += 1;
            server.start();
            server.ready(&client).await;
        }
    };
    tokio::join!(phones_done, killing);
    // One more start, as after the last crash: it sweeps what a killed process left.
    server.kill();
    server.start();
    server.ready(&client).await;
    let elapsed = started.elapsed();
    eprintln!("chaos: {REPORTS} reports, {kills} kills, {elapsed:?}");
    assert!(kills >= 10, "the server was killed {kills} times");

    // Nothing acknowledged is lost, nothing is there twice.
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert_eq!(acknowledged.len(), REPORTS);
    let n = |query: &str| number(&database.url, query);
    assert_eq!(
        n("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM reports WHERE idempotency_key LIKE 'chaos-%'"),
        REPORTS as i64,
        "one report per key, no more"
    );
    let distinct: Vec<&String> = {
        let mut refs: Vec<&String> = acknowledged.values().collect();
        refs.sort();
        refs.dedup();
        refs
    };
    assert_eq!(
        distinct.len(),
        REPORTS,
        "every acknowledgement names its own report"
    );
    for (i, reference) in acknowledged.iter().filter(|(i, _)| *i % 50 == 0) {
        let res = client
            .get(format!("{base}/api/v1/reports/{reference}"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{reference}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["description"], format!("Segnalazione numero {i}."));
        assert_eq!(body["photos"].as_array().unwrap().len(), 1, "{reference}");
    }
    // Each report has its photo, and every photo file on disk belongs to a record.
    let recorded = n("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM report_photos")
        + n("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM notices WHERE image_key IS NOT NULL");
    assert_eq!(
        n("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM report_photos") - photos_before,
        REPORTS as i64
    );
    let files: Vec<String> = std::fs::read_dir(server.data_dir.join("photos"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let displays = files
        .iter()
        .filter(|f| f.ends_with(".jpg") && !f.ends_with(".thumb.jpg"))
        .count();
    let thumbnails = files.iter().filter(|f| f.ends_with(".thumb.jpg")).count();
    assert_eq!(displays as i64, recorded, "no photo without its record");
    assert_eq!(
        thumbnails as i64, recorded,
        "no thumbnail without its record"
    );
    assert_eq!(
        files.len(),
        displays + thumbnails,
        "no half-written file: {files:?}"
    );
}

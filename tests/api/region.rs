//! Several app nodes on one PostgreSQL database and one S3-compatible bucket (PostgreSQL pass
//! only: that is the regional deployment). Each node is the real binary in its own process; the
//! bucket is a real S3 server (`s3s-fs`) on loopback; mail goes to a real SMTP server.
//!
//! Started together on an empty database, the nodes migrate it once, and they count sign-in
//! failures together. A report filed with
//! photos on node A is read, photos and all, on node B, which goes on serving while a newer
//! release adds a column and a table; the photos are in
//! the bucket, in no node's folder, and the bucket gives nothing to whoever asks it directly.
//! Node A is killed while handing mail over; node B sends every message exactly once, those
//! A had claimed included. A node sweeps unrecorded photos older than the grace period and
//! leaves younger ones (another node may be recording them). A node whose bucket does not
//! answer says so on `/readyz` until it does.

use std::collections::HashMap;
use std::time::{Duration, Instant, SystemTime};

use reqwest::StatusCode;

use crate::helpers::database::{number, require_postgres, TestDatabase};
use crate::helpers::images::jpeg;
use crate::helpers::process::{free_port, Server};
use crate::helpers::s3::S3Server;
use crate::helpers::SmtpSink;
use crate::reports::{photo, report};

const MESSAGES: usize = 40;
/// How long the mail server takes over each message: node A is killed inside that time.
const SLOW: Duration = Duration::from_secs(1);
const GRACE_SECONDS: u64 = 600;

/// A node of the region: the shared database and bucket, its own (empty) data folder.
fn node(database: &TestDatabase, bucket: &S3Server, dir: &std::path::Path, smtp: &str) -> Server {
    let mut server = Server::new(&database.url, dir.to_path_buf());
    server.env = bucket.environment();
    server.env.extend([
        ("PORTINERIA_SMTP_URL".to_string(), smtp.to_string()),
        (
            "PORTINERIA_ORPHAN_GRACE_SECONDS".to_string(),
            GRACE_SECONDS.to_string(),
        ),
    ]);
    server
}

/// An API client that shows redirects rather than following them.
fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

async fn sign_in(client: &reqwest::Client, node: &Server, password: &str) -> reqwest::Response {
    client
        .post(format!("{}/api/v1/auth/login", node.base()))
        .json(&serde_json::json!({"email": "referente@demo.test", "password": password}))
        .send()
        .await
        .unwrap()
}

async fn get(client: &reqwest::Client, url: &str, token: &str) -> reqwest::Response {
    client.get(url).bearer_auth(token).send().await.unwrap()
}

/// Writes an object into the bucket behind the app's back, last modified `age` ago: what a
/// node killed between storing a photo and recording it leaves.
fn unrecorded_photo(bucket: &S3Server, key: &str, age: Duration) -> std::path::PathBuf {
    let file = bucket.object_file(&format!("photos/{key}.jpg"));
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, jpeg(8, 8)).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(SystemTime::now() - age)
        .unwrap();
    file
}

#[tokio::test]
#[ignore = "PostgreSQL only: .ci/run runs it in the PostgreSQL pass"]
async fn postgres_only_two_nodes_share_photos_through_a_bucket_and_finish_each_others_mail() {
    require_postgres();
    let dir = tempfile::tempdir().unwrap();
    let database = TestDatabase::create(dir.path());
    let bucket = S3Server::start(&dir.path().join("s3"), "127.0.0.1:0".parse().unwrap());
    let smtp = SmtpSink::slow(SLOW).await;
    let client = client();
    let mut a = node(&database, &bucket, &dir.path().join("a"), &smtp.url);
    let mut b = node(&database, &bucket, &dir.path().join("b"), &smtp.url);

    // Started together on an empty database, the two nodes migrate it once and both serve.
    a.demo = false;
    b.demo = false;
    a.start();
    b.start();
    a.ready(&client).await;
    b.ready(&client).await;
    let migrations = std::fs::read_dir("migrations/postgres")
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().is_dir())
        .count();
    assert_eq!(
        number(
            &database.url,
            "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM __diesel_schema_migrations"
        ),
        migrations as i64
    );
    let seeded = a.run(&["seed-demo"]);
    assert!(seeded.status.success(), "{seeded:?}");

    // The sign-in limit is one for the region: failures on A and on B add up, and both nodes
    // then make the right password wait too.
    for (n, node) in [&a, &b, &a, &b, &a].into_iter().enumerate() {
        let res = sign_in(&client, node, "guess").await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "attempt {n}");
    }
    for node in [&a, &b] {
        let res = sign_in(&client, node, "demo").await;
        assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    }
    b.kill();

    // A report with two photos, filed on node A.
    let token = a.token(&client, "inquilino@demo.test").await;
    let form = report("lift", "stair", "Ascensore fermo al terzo piano.")
        .part("photos", photo(jpeg(640, 480), "uno.jpg", "image/jpeg"))
        .part("photos", photo(jpeg(480, 640), "due.jpg", "image/jpeg"));
    let filed = client
        .post(format!("{}/api/v1/reports", a.base()))
        .bearer_auth(&token)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(filed.status(), StatusCode::CREATED);
    let filed: serde_json::Value = filed.json().await.unwrap();
    let reference = filed["ref"].as_str().unwrap().to_string();
    let mut on_a = HashMap::new();
    for links in filed["photos"].as_array().unwrap() {
        for field in ["url", "thumbnail_url"] {
            let path = links[field].as_str().unwrap().to_string();
            let res = get(&client, &format!("{}{path}", a.base()), &token).await;
            assert_eq!(res.status(), StatusCode::OK, "{path} on A");
            on_a.insert(path, res.bytes().await.unwrap());
        }
    }
    assert_eq!(on_a.len(), 4);

    // A mail backlog; node A is killed while the mail server holds some of its messages
    // unanswered (so they are claimed by A, and not yet sent).
    crate::helpers::database::mail_backlog(&database.url, MESSAGES);
    let waiting = Instant::now();
    while !smtp.mid_transfer(Duration::from_millis(300)) {
        assert!(
            waiting.elapsed() < Duration::from_secs(60),
            "node A never started sending"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    a.kill();

    // Photos a killed node left unrecorded: an old one, and one young enough that another
    // node could still be recording it.
    let old = unrecorded_photo(
        &bucket,
        &"a".repeat(32),
        Duration::from_secs(2 * GRACE_SECONDS),
    );
    let young = unrecorded_photo(&bucket, &"b".repeat(32), Duration::from_secs(5));

    b.start();
    b.ready(&client).await;
    assert!(!old.exists(), "node B swept the old unrecorded photo");
    assert!(young.exists(), "node B left the young one alone");

    // Node B shows the report A took, with the same photos, read from the bucket.
    let res = get(
        &client,
        &format!("{}/api/v1/reports/{reference}", b.base()),
        &token,
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    let on_b: serde_json::Value = res.json().await.unwrap();
    assert_eq!(on_b["photos"], filed["photos"]);
    for (path, bytes) in &on_a {
        let res = get(&client, &format!("{}{path}", b.base()), &token).await;
        assert_eq!(res.status(), StatusCode::OK, "{path} on B");
        assert_eq!(res.headers()["cache-control"], "private, max-age=86400");
        let etag = res.headers()["etag"].clone();
        assert_eq!(&res.bytes().await.unwrap(), bytes, "{path} on B");
        // A browser asking again with its copy's tag gets "not modified", still only if signed in.
        let again = client
            .get(format!("{}{path}", b.base()))
            .bearer_auth(&token)
            .header("if-none-match", etag.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED, "{path}");
        let anonymous_again = client
            .get(format!("{}{path}", b.base()))
            .header("if-none-match", etag)
            .send()
            .await
            .unwrap();
        assert_ne!(anonymous_again.status(), StatusCode::NOT_MODIFIED, "{path}");
        // Through the app only: not to someone signed out, not straight from the bucket.
        let anonymous = client
            .get(format!("{}{path}", b.base()))
            .send()
            .await
            .unwrap();
        assert!(
            matches!(
                anonymous.status(),
                StatusCode::UNAUTHORIZED | StatusCode::SEE_OTHER
            ),
            "{path}: {}",
            anonymous.status()
        );
        let name = path.rsplit('/').next().unwrap();
        assert!(
            bucket.object_file(&format!("photos/{name}")).is_file(),
            "{name}"
        );
        let direct = client
            .get(bucket.object_url(&format!("photos/{name}")))
            .send()
            .await
            .unwrap();
        assert_eq!(
            direct.status(),
            StatusCode::FORBIDDEN,
            "{name} from the bucket"
        );
    }
    // A newer release migrating forward (adding a column and a table) while B, the older
    // release, serves: B goes on reading and filing.
    crate::helpers::database::execute(
        &database.url,
        "ALTER TABLE reports ADD COLUMN added_by_a_newer_release TEXT; \
         CREATE TABLE added_by_a_newer_release (id INTEGER PRIMARY KEY)",
    );
    let res = get(
        &client,
        &format!("{}/api/v1/reports/{reference}", b.base()),
        &token,
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    let filed_on_b = client
        .post(format!("{}/api/v1/reports", b.base()))
        .bearer_auth(&token)
        .multipart(report("lift", "stair", "Luce delle scale spenta."))
        .send()
        .await
        .unwrap();
    assert_eq!(filed_on_b.status(), StatusCode::CREATED);

    // No node kept a photo of its own.
    for node in [&a, &b] {
        let photos = node.data_dir.join("photos");
        let files = std::fs::read_dir(&photos).map_or(0, |d| d.count());
        assert_eq!(files, 0, "{}", photos.display());
    }

    // Node B sends the whole backlog, the messages A had claimed once their lease runs out;
    // each exactly once.
    // The messages A left with the mail server unanswered are dropped by it once their
    // transfer ends: A never heard "250", and they must still go out, once.
    let waiting = Instant::now();
    while smtp.abandoned.load(std::sync::atomic::Ordering::SeqCst) == 0 {
        assert!(
            waiting.elapsed() < SLOW * 10,
            "no message was left mid-transfer"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let waiting = Instant::now();
    let counts = loop {
        let mut counts: HashMap<usize, usize> = HashMap::new();
        for message in smtp.messages() {
            let number =
                (0..MESSAGES).find(|n| message.contains(&format!("Subject: Avviso {n}\n")));
            if let Some(n) = number {
                *counts.entry(n).or_default() += 1;
            }
        }
        if counts.len() == MESSAGES || waiting.elapsed() > Duration::from_secs(150) {
            break counts;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    };
    assert_eq!(counts.len(), MESSAGES, "messages that arrived: {counts:?}");
    assert!(counts.values().all(|&n| n == 1), "{counts:?}");
}

/// `/readyz` says not ready while the bucket does not answer, and ready once it does, without
/// the node being restarted.
#[tokio::test]
#[ignore = "PostgreSQL only: .ci/run runs it in the PostgreSQL pass"]
async fn postgres_only_a_node_is_not_ready_until_its_bucket_answers() {
    require_postgres();
    let dir = tempfile::tempdir().unwrap();
    let database = TestDatabase::create(dir.path());
    let address: std::net::SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
    let client = client();
    let mut server = Server::new(&database.url, dir.path().join("data"));
    server.env = vec![
        (
            "PORTINERIA_STORAGE_URL".into(),
            format!("s3://portineria?endpoint=http://{address}&region=eu-south-1"),
        ),
        (
            "AWS_ACCESS_KEY_ID".into(),
            crate::helpers::s3::ACCESS_KEY.into(),
        ),
        (
            "AWS_SECRET_ACCESS_KEY".into(),
            crate::helpers::s3::SECRET_KEY.into(),
        ),
    ];
    server.start();
    let readyz = format!("{}/readyz", server.base());
    let waiting = Instant::now();
    let answer = loop {
        if let Ok(res) = client.get(&readyz).send().await {
            break res;
        }
        assert!(
            waiting.elapsed() < Duration::from_secs(120),
            "never answered"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(answer.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(answer.text().await.unwrap(), "photo storage unavailable");

    let _bucket = S3Server::start(&dir.path().join("s3"), address);
    server.ready(&client).await;
}

//! Spawning the app and talking to it like a browser (cookies, CSRF tokens) or an API client.

pub mod database;
pub mod images;
pub mod kannel;
pub mod process;
pub mod push;
pub mod s3;
pub mod smtp;

use std::time::Duration;

use portineria::core::config::Config;
use portineria::Application;
use reqwest::redirect::Policy;
use reqwest::{Response, StatusCode};
use serde_json::Value;

pub use smtp::SmtpSink;

/// The secret tests sign with, so they can forge tokens the app must refuse.
pub const SECRET: &str = "test-secret-test-secret-test-secret-0123456789";

pub const DEMO_ACCOUNTS: [&str; 8] = [
    "inquilino@demo.test",
    "referente@demo.test",
    "sportello@demo.test",
    "tecnico.aler@demo.test",
    "tecnico.comune@demo.test",
    "responsabile.aler@demo.test",
    "canoni.aler@demo.test",
    "admin@demo.test",
];

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub database_url: String,
    pub data_dir: std::path::PathBuf,
    _database: std::sync::Arc<database::TestDatabase>,
    _dir: std::sync::Arc<tempfile::TempDir>,
}

/// The demo estate, no mail server.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(configure: impl FnOnce(&mut Config)) -> TestApp {
    let dir = tempfile::tempdir().expect("temporary directory");
    let database = database::TestDatabase::create(dir.path());
    let mut config = test_config(&database.url, dir.path());
    configure(&mut config);
    start(config, database, dir).await
}

/// A second app on the same database as `other` (a restart, or another node).
pub async fn spawn_sibling(other: &TestApp, configure: impl FnOnce(&mut Config)) -> TestApp {
    let dir = tempfile::tempdir().expect("temporary directory");
    let database = database::TestDatabase::borrow(&other.database_url);
    let mut config = test_config(&database.url, dir.path());
    configure(&mut config);
    start(config, database, dir).await
}

fn test_config(database_url: &str, dir: &std::path::Path) -> Config {
    Config {
        database_url: portineria::core::config::DatabaseUrl::parse(database_url).expect("test URL"),
        bind: "127.0.0.1:0".into(),
        data_dir: dir.join("data"),
        smtp_url: None,
        mail_from: "Portineria <portineria@test.invalid>".into(),
        base_url: "http://portineria.test".into(),
        secret: SECRET.into(),
        demo: true,
        outbox_poll: Duration::from_millis(100),
        smtp_timeout: Duration::from_secs(5),
        smtp_connections: 4,
        outbox_retry_base: Duration::from_millis(300),
        autoclose_after: Duration::from_secs(14 * 24 * 3600),
        anonymise_after: Duration::from_secs(730 * 24 * 3600),
        jobs_every: Duration::from_millis(200),
        fanout_every: Duration::from_millis(50),
        media_hosts: vec![],
        api_key_per_minute: 120,
        stats_max_age: std::time::Duration::from_secs(300),
        storage: Default::default(),
        orphan_grace: Duration::from_secs(3600),
        sms_url: None,
        sms_inbound_token: None,
        // Tests run at any hour: the quiet hours have a test of their own.
        sms_quiet_hours: None,
        sms_daily_cap: None,
        // The local push endpoints of the tests (plain http is allowed only on loopback).
        push_hosts: vec!["127.0.0.1".into()],
    }
}

async fn start(
    config: Config,
    database: database::TestDatabase,
    dir: tempfile::TempDir,
) -> TestApp {
    // Logs only when asked for (TEST_LOG=1), as the output of many apps would bury failures.
    if std::env::var_os("TEST_LOG").is_some() {
        portineria::app::telemetry::init();
    }
    let data_dir = config.data_dir.clone();
    let app = Application::build(config)
        .await
        .expect("application builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    TestApp {
        address,
        client: browser(),
        database_url: database.url.clone(),
        data_dir,
        _database: std::sync::Arc::new(database),
        _dir: std::sync::Arc::new(dir),
    }
}

/// A client that keeps cookies and shows redirects instead of following them. It drops idle
/// connections before the server's keep-alive (5 s) would: a test polling every 5 s must not
/// reuse a connection the server is closing at that very moment.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .pool_idle_timeout(std::time::Duration::from_secs(2))
        .build()
        .expect("HTTP client")
}

/// Reads the value of the first `<input name="_csrf">` in a page.
pub fn csrf_of(html: &str) -> String {
    let doc = scraper::Html::parse_document(html);
    let sel = scraper::Selector::parse(r#"input[name="_csrf"]"#).unwrap();
    doc.select(&sel)
        .next()
        .and_then(|i| i.value().attr("value"))
        .expect("page has a CSRF field")
        .to_string()
}

/// The references of a list of reports as the API answers it (`{"reports": [{"ref": …}]}`).
pub fn refs(list: &Value) -> Vec<String> {
    list["reports"]
        .as_array()
        .expect("a list of reports")
        .iter()
        .map(|r| r["ref"].as_str().expect("a reference").to_string())
        .collect()
}

/// Text of the elements a CSS selector finds, joined by newlines.
pub fn texts(html: &str, selector: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(html);
    let sel = scraper::Selector::parse(selector).unwrap();
    doc.select(&sel)
        .map(|e| {
            e.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

pub fn attr(html: &str, selector: &str, name: &str) -> Option<String> {
    let doc = scraper::Html::parse_document(html);
    let sel = scraper::Selector::parse(selector).unwrap();
    doc.select(&sel)
        .next()
        .and_then(|e| e.value().attr(name))
        .map(str::to_string)
}

impl TestApp {
    /// Another visitor of the same app: a browser with its own cookies.
    pub fn visitor(&self) -> TestApp {
        TestApp {
            address: self.address.clone(),
            client: browser(),
            database_url: self.database_url.clone(),
            data_dir: self.data_dir.clone(),
            _database: self._database.clone(),
            _dir: self._dir.clone(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    /// GET a page and return its status and HTML.
    pub async fn page(&self, path: &str) -> (StatusCode, String) {
        let res = self.get(path).await;
        let status = res.status();
        (status, res.text().await.expect("body"))
    }

    /// Submits a form as the page at `form_page` would: with that page's CSRF token.
    pub async fn submit(&self, form_page: &str, action: &str, fields: &[(&str, &str)]) -> Response {
        let (_, html) = self.page(form_page).await;
        let token = csrf_of(&html);
        let mut body: Vec<(&str, &str)> = vec![("_csrf", &token)];
        body.extend_from_slice(fields);
        self.client
            .post(self.url(action))
            .form(&body)
            .send()
            .await
            .expect("POST")
    }

    /// Posts a multipart form (with files) as this browser.
    pub async fn post_multipart(&self, path: &str, form: reqwest::multipart::Form) -> Response {
        self.client
            .post(self.url(path))
            .multipart(form)
            .send()
            .await
            .expect("POST")
    }

    pub async fn sign_in(&self, login: &str, password: &str) -> Response {
        self.submit(
            "/login",
            "/login",
            &[("login", login), ("password", password)],
        )
        .await
    }

    pub async fn sign_in_ok(&self, login: &str) {
        let res = self.sign_in(login, "demo").await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{login} signs in");
        assert_eq!(location(&res), "/");
    }

    pub async fn api_token(&self, email: &str, password: &str) -> String {
        let res = self
            .client
            .post(self.url("/api/v1/auth/login"))
            .json(&serde_json::json!({"email": email, "password": password}))
            .send()
            .await
            .expect("API login");
        assert_eq!(res.status(), StatusCode::OK, "{email} gets a token");
        let body: Value = res.json().await.unwrap();
        body["token"].as_str().expect("token").to_string()
    }

    pub async fn api_get(&self, path: &str, token: &str) -> Response {
        reqwest::Client::new()
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .expect("API GET")
    }

    /// `GET` with a bearer token, decoded as JSON, asserting the status.
    pub async fn api_json(&self, path: &str, token: &str, status: StatusCode) -> Value {
        let res = self.api_get(path, token).await;
        assert_eq!(res.status(), status, "GET {path}");
        res.json().await.expect("JSON")
    }

    pub async fn api_post_json(&self, path: &str, token: &str, body: Value) -> Response {
        reqwest::Client::new()
            .post(self.url(path))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .expect("API POST")
    }

    /// Files a report through the API.
    pub async fn api_file(
        &self,
        token: &str,
        form: reqwest::multipart::Form,
        key: Option<&str>,
    ) -> Response {
        let mut req = reqwest::Client::new()
            .post(self.url("/api/v1/reports"))
            .bearer_auth(token)
            .multipart(form);
        if let Some(key) = key {
            req = req.header("idempotency-key", key);
        }
        req.send().await.expect("API POST report")
    }

    /// Files a report through the API and returns its reference.
    pub async fn file_report(&self, token: &str, form: reqwest::multipart::Form) -> String {
        let res = self.api_file(token, form, None).await;
        assert_eq!(res.status(), StatusCode::CREATED);
        let body: Value = res.json().await.unwrap();
        body["ref"].as_str().unwrap().to_string()
    }

    /// `POST /api/v1/reports/{reference}/events`, with the status and JSON answer.
    pub async fn report_event(
        &self,
        token: &str,
        reference: &str,
        body: Value,
    ) -> (StatusCode, Value) {
        let res = self
            .api_post_json(&format!("/api/v1/reports/{reference}/events"), token, body)
            .await;
        let status = res.status();
        (status, res.json().await.unwrap())
    }

    /// The inbox on this visitor's home page once a message there matches `expected`: the
    /// fan-out tells followers in the background, within moments of the change.
    pub async fn inbox_with(&self, expected: impl Fn(&str) -> bool) -> Vec<String> {
        let mut items = vec![];
        for _ in 0..100 {
            let (_, home) = self.page("/").await;
            items = texts(&home, ".inbox li");
            if items.iter().any(|t| expected(t)) {
                return items;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("no such message in the inbox within 5 s: {items:?}");
    }

    /// Waits until every notice event has been handled by the fan-out.
    pub async fn settled_notices(&self) {
        for _ in 0..200 {
            let pending = self.count(
                "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM notice_events WHERE notified_at IS NULL",
            );
            if pending == 0 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("notice events still waiting after 10 s");
    }

    /// Waits until every rent event has been handled by the fan-out.
    pub async fn settled_rent(&self) {
        for _ in 0..200 {
            let pending = self.count(
                "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM rent_events WHERE notified_at IS NULL",
            );
            if pending == 0 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("rent events still waiting after 10 s");
    }

    /// Waits until no mail is left to send: every event told (so nothing more is put in the
    /// outbox) and every mail in the outbox sent or given up. After it, no further mail can
    /// reach a server unless something new happens: what "nothing more arrives" checks wait
    /// for, instead of a fixed pause.
    pub async fn mail_settled(&self) {
        self.settled().await;
        self.settled_notices().await;
        self.settled_rent().await;
        for _ in 0..200 {
            let unsent = self.count(
                "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM outbox \
                 WHERE channel = 'mail' AND sent_at IS NULL AND failed_at IS NULL",
            );
            if unsent == 0 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("mail still waiting in the outbox after 10 s");
    }

    /// Files the saved photo directory's contents, to check what uploads leave behind.
    pub fn stored_photos(&self) -> usize {
        std::fs::read_dir(self.data_dir.join("photos"))
            .map(|d| d.count())
            .unwrap_or(0)
    }

    /// A tenant without e-mail who activated a demo paper code, signed in as a new visitor.
    pub async fn activated(&self, code: &str, username: &str) -> TestApp {
        let tenant = self.visitor();
        let res = tenant
            .submit(
                "/activate",
                "/activate",
                &[
                    ("code", code),
                    ("username", username),
                    ("password", "una password lunga"),
                    ("password_confirm", "una password lunga"),
                ],
            )
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{code} activates");
        tenant
    }

    pub fn sql(&self, statement: &str) {
        database::execute(&self.database_url, statement);
    }

    /// A count from the database: `SELECT COUNT(*) AS n …` (cast to a 64-bit integer).
    pub fn count(&self, query: &str) -> i64 {
        database::number(&self.database_url, query)
    }

    /// Waits until every event has been told to its followers (the fan-out runs beside the
    /// server, within moments of a change).
    pub async fn settled(&self) {
        for _ in 0..200 {
            let pending = self.count(
                "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM report_events WHERE notified_at IS NULL",
            );
            if pending == 0 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("events still waiting to be told after 10 s");
    }

    /// Waits until this node's housekeeping job (closing, digests, anonymising) has run a whole
    /// round that began after this call: two more completed rounds, as one may be under way.
    pub async fn housekeeping_ran(&self) {
        let start = self.job_rounds("housekeeping").await;
        for _ in 0..200 {
            if self.job_rounds("housekeeping").await >= start + 2 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("no round of the housekeeping job within 10 s");
    }

    /// The rounds of background job `job` this node completed, from `/metrics`.
    async fn job_rounds(&self, job: &str) -> u64 {
        let metrics = self.get("/metrics").await.text().await.expect("metrics");
        let series = format!("portineria_job_rounds_total{{job=\"{job}\"}} ");
        metrics
            .lines()
            .find_map(|line| line.strip_prefix(&series))
            .map_or(0, |n| n.parse().expect("a count"))
    }

    /// Imports ALER Milano's rent file `text` with the real binary, as its rent system would;
    /// fails the test if the file is refused.
    pub fn rent_import(&self, text: &str) {
        let path = self.data_dir.join(format!(
            "rent-{}.csv",
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos()
        ));
        std::fs::write(&path, text).unwrap();
        let path = path.display().to_string();
        let out = self.cli(&["rent", "import", &path, "--organisation", "aler-milano"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Runs the real binary against this app's database.
    pub fn cli(&self, args: &[&str]) -> std::process::Output {
        std::process::Command::new(env!("CARGO_BIN_EXE_portineria"))
            .args(args)
            .env("DATABASE_URL", &self.database_url)
            .env("RUST_LOG", "warn")
            .output()
            .expect("the binary runs")
    }
}

pub fn location(res: &Response) -> String {
    res.headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

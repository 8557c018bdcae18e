//! The real binary as a separate process, for what an in-process app cannot show: being killed
//! with SIGKILL, starting on a broken disk, exiting with a message.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use reqwest::StatusCode;

pub const SECRET: &str = "process-test-secret-process-test-secret-0123";

pub struct Server {
    pub database_url: String,
    pub data_dir: std::path::PathBuf,
    pub port: u16,
    /// Variables set for this server beyond the usual ones (storage, mail).
    pub env: Vec<(String, String)>,
    /// Whether it serves with `--demo` (the default), seeding the demo estate.
    pub demo: bool,
    child: Option<Child>,
}

impl Server {
    pub fn new(database_url: &str, data_dir: std::path::PathBuf) -> Self {
        Server {
            database_url: database_url.to_string(),
            data_dir,
            port: free_port(),
            env: vec![],
            demo: true,
            child: None,
        }
    }

    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// `portineria serve --demo` (or without `--demo`), quiet unless TEST_LOG is set.
    pub fn command(&self) -> Command {
        let mut command = self.binary();
        command.arg("serve");
        if self.demo {
            command.arg("--demo");
        }
        command
    }

    /// Another command of the binary (`seed-demo`, say) with this server's environment; its
    /// output.
    pub fn run(&self, args: &[&str]) -> std::process::Output {
        let mut command = self.binary();
        command
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        command.output().expect("the command runs")
    }

    fn binary(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_portineria"));
        command
            .env("DATABASE_URL", &self.database_url)
            .env("PORTINERIA_DATA_DIR", &self.data_dir)
            .env("PORTINERIA_BIND", format!("127.0.0.1:{}", self.port))
            .env("PORTINERIA_SECRET", SECRET)
            .env("RUST_LOG", "error")
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null());
        if std::env::var_os("TEST_LOG").is_none() {
            command.stdout(Stdio::null()).stderr(Stdio::null());
        }
        command
    }

    pub fn start(&mut self) {
        self.child = Some(self.command().spawn().expect("the server starts"));
    }

    /// SIGKILL: no shutdown, no flushing, as when the power goes or the kernel kills it.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    pub async fn ready(&self, client: &reqwest::Client) {
        let url = format!("{}/readyz", self.base());
        for _ in 0..1200 {
            if let Ok(res) = client.get(&url).send().await {
                if res.status() == StatusCode::OK {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the server was not ready within 2 minutes");
    }

    /// A bearer token for a demo account.
    pub async fn token(&self, client: &reqwest::Client, email: &str) -> String {
        let login = client
            .post(format!("{}/api/v1/auth/login", self.base()))
            .json(&serde_json::json!({"email": email, "password": "demo"}))
            .send()
            .await
            .unwrap();
        login.json::<serde_json::Value>().await.unwrap()["token"]
            .as_str()
            .expect("a token")
            .to_string()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

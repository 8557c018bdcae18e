//! A real S3-compatible server on loopback: `s3s-fs` (objects as files under a folder, SigV4
//! authentication, path-style requests), on a runtime of its own so it outlives any one test
//! task. The app nodes reach it over HTTP like any bucket; nothing in the app knows it is a test.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto::Builder as ConnBuilder;
use s3s::auth::SimpleAuth;
use s3s::service::S3ServiceBuilder;

pub const ACCESS_KEY: &str = "portineria-test";
pub const SECRET_KEY: &str = "portineria-test-secret-key";
pub const BUCKET: &str = "portineria";
pub const REGION: &str = "eu-south-1";

pub struct S3Server {
    pub address: SocketAddr,
    root: PathBuf,
}

impl S3Server {
    /// Serves a new, empty bucket [`BUCKET`] kept in `root`, on `address` (port 0: any).
    pub fn start(root: &Path, address: SocketAddr) -> Self {
        std::fs::create_dir_all(root.join(BUCKET)).unwrap();
        let listener = std::net::TcpListener::bind(address).expect("bind the S3 server");
        listener.set_nonblocking(true).unwrap();
        let address = listener.local_addr().unwrap();
        let files = s3s_fs::FileSystem::new(root).expect("the S3 server's folder");
        let mut service = S3ServiceBuilder::new(files);
        service.set_auth(SimpleAuth::from_single(ACCESS_KEY, SECRET_KEY));
        let service = service.build();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                let http = ConnBuilder::new(TokioExecutor::new());
                while let Ok((socket, _)) = listener.accept().await {
                    let connection = http
                        .serve_connection(TokioIo::new(socket), service.clone())
                        .into_owned();
                    tokio::spawn(connection);
                }
            });
        });
        S3Server {
            address,
            root: root.to_path_buf(),
        }
    }

    /// `PORTINERIA_STORAGE_URL` for this server's bucket.
    pub fn storage_url(&self) -> String {
        format!(
            "s3://{BUCKET}?endpoint=http://{}&region={REGION}",
            self.address
        )
    }

    /// The variables a node needs to use the bucket.
    pub fn environment(&self) -> Vec<(String, String)> {
        vec![
            ("PORTINERIA_STORAGE_URL".into(), self.storage_url()),
            ("AWS_ACCESS_KEY_ID".into(), ACCESS_KEY.into()),
            ("AWS_SECRET_ACCESS_KEY".into(), SECRET_KEY.into()),
        ]
    }

    /// The file the server keeps an object in (`photos/KEY.jpg`, say).
    pub fn object_file(&self, name: &str) -> PathBuf {
        self.root.join(BUCKET).join(name)
    }

    /// The object's address on the server, as anyone could ask for it without the app.
    pub fn object_url(&self, name: &str) -> String {
        format!("http://{}/{BUCKET}/{name}", self.address)
    }
}

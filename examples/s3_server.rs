//! The S3-compatible server of the multi-node test (`s3s-fs` on loopback, one bucket), as a
//! process of its own for `benches/region.sh`.
//!
//! usage: s3_server ROOT PORT — serves the bucket `portineria` kept in ROOT on 127.0.0.1:PORT,
//! prints the `PORTINERIA_STORAGE_URL` to use and the credentials, and runs until killed.

use std::process::ExitCode;

#[allow(dead_code)] // the test's helpers for looking behind the server's back
#[path = "../tests/api/helpers/s3.rs"]
mod s3;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(root), Some(Ok(port))) = (args.get(1), args.get(2).map(|p| p.parse::<u16>())) else {
        eprintln!("usage: s3_server ROOT PORT");
        return ExitCode::from(2);
    };
    let server = s3::S3Server::start(root.as_ref(), ([127, 0, 0, 1], port).into());
    for (name, value) in server.environment() {
        println!("{name}={value}");
    }
    loop {
        std::thread::park();
    }
}

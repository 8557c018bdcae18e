//! Message files and web assets are compiled into the binary by macros that cargo cannot see
//! through: tell it to rebuild when they change. The text assets (CSS, JavaScript, SVG) are
//! also compressed here, once per build, with gzip and Brotli at their strongest settings, so
//! the server sends them compressed without compressing anything per request.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

const STATIC: &str = "web/static";
/// Served with substitutions (its precache list), so compressed as it is sent.
const NOT_PRECOMPRESSED: [&str; 1] = ["sw.js"];

fn main() {
    for dir in ["assets/locales", "web/templates", STATIC, "migrations"] {
        println!("cargo:rerun-if-changed={dir}");
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut table = String::from("&[\n");
    for path in text_assets(Path::new(STATIC)) {
        let name = path
            .strip_prefix(STATIC)
            .expect("under the static folder")
            .to_string_lossy()
            .replace('\\', "/");
        if NOT_PRECOMPRESSED.contains(&name.as_str()) {
            continue;
        }
        let data = std::fs::read(&path).expect("a readable asset");
        let stem = name.replace('/', "__");
        let gzip = out.join(format!("{stem}.gz"));
        let brotli = out.join(format!("{stem}.br"));
        std::fs::write(&gzip, gzip_of(&data)).expect("gzip written");
        std::fs::write(&brotli, brotli_of(&data)).expect("brotli written");
        writeln!(
            table,
            "    ({name:?}, include_bytes!({:?}), include_bytes!({:?})),",
            gzip.display(),
            brotli.display()
        )
        .expect("writing to a string");
    }
    table.push(']');
    std::fs::write(out.join("precompressed.rs"), table).expect("table written");
}

/// CSS, JavaScript and SVG under `dir`, in a stable order.
fn text_assets(dir: &Path) -> Vec<PathBuf> {
    let mut found = vec![];
    for entry in std::fs::read_dir(dir).expect("the static folder") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            found.extend(text_assets(&path));
        } else if path
            .extension()
            .is_some_and(|e| e == "css" || e == "js" || e == "svg")
        {
            found.push(path);
        }
    }
    found.sort();
    found
}

fn gzip_of(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(data).expect("gzip in memory");
    encoder.finish().expect("gzip in memory")
}

fn brotli_of(data: &[u8]) -> Vec<u8> {
    let mut compressed = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &data[..], &mut compressed, &params).expect("brotli in memory");
    compressed
}

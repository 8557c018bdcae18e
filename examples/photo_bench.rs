//! Times the fault-report photo pipeline (`media::process`) on one photo.
//!
//! usage: photo_bench PHOTO [RUNS] [OUTDIR]
//!
//! Processes PHOTO RUNS times (default 1) and prints the median wall-clock
//! time in milliseconds. With OUTDIR, also writes display.jpg and thumb.jpg
//! there, as the libvips reference does, so that a whole-process comparison
//! (benches/photo_pipeline.sh) does the same work on both sides.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use portineria::media::process;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let Some(photo) = args.get(1) else {
        eprintln!("usage: photo_bench PHOTO [RUNS] [OUTDIR]");
        return ExitCode::from(2);
    };
    let runs: usize = match args.get(2).map(|runs| runs.parse()) {
        None => 1,
        Some(Ok(runs)) if runs > 0 => runs,
        Some(_) => {
            eprintln!("RUNS must be a positive whole number");
            return ExitCode::from(2);
        }
    };
    let bytes = match std::fs::read(photo) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("cannot read {photo}: {error}");
            return ExitCode::FAILURE;
        }
    };

    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let started = Instant::now();
        let result = process(&bytes);
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        last = Some(result);
    }
    let photo = match last {
        Some(Ok(photo)) => photo,
        Some(Err(error)) => {
            eprintln!("{photo}: {error}");
            return ExitCode::FAILURE;
        }
        None => unreachable!("runs is at least 1"),
    };

    if let Some(dir) = args.get(3) {
        let dir = Path::new(dir);
        let written = std::fs::write(dir.join("display.jpg"), &photo.display)
            .and_then(|()| std::fs::write(dir.join("thumb.jpg"), &photo.thumbnail));
        if let Err(error) = written {
            eprintln!("cannot write to {}: {error}", dir.display());
            return ExitCode::FAILURE;
        }
    }

    times.sort_by(f64::total_cmp);
    println!(
        "median {:.1} ms over {runs} run(s); display {}x{} ({} bytes), thumbnail {} bytes",
        times[runs / 2],
        photo.width,
        photo.height,
        photo.display.len(),
        photo.thumbnail.len()
    );
    ExitCode::SUCCESS
}

//! Library benchmarks: lint a short post, a long post and a 10 MB
//! document with every rule on, and the normalisation step on its own.
//!
//! `cargo bench --bench lint` prints the median time of each and its
//! throughput (a plain timer: the figures sit beside `benches/process.sh`'s,
//! which time whole runs).
//! The texts are built from files in this repository: the example drafts
//! in `fixtures/` and the Dutch news sentences of `tests/data/corpus/`.

use std::time::{Duration, Instant};

use postlint::{Document, Linter, Settings};

const SHORT: &str = include_str!("../fixtures/werkweek.md");
const CORPUS: &str = include_str!("../tests/data/corpus/nl-ud-alpino.txt");

/// About `size` bytes of Dutch news prose with a few drafts mixed in, so
/// that every rule family has something to find now and then.
fn prose(size: usize) -> String {
    let drafts = [
        include_str!("../fixtures/leerling-bsn.txt"),
        include_str!("../fixtures/open-dag.txt"),
        include_str!("../fixtures/zomer.txt"),
    ];
    let mut out = String::with_capacity(size + CORPUS.len());
    let mut k = 0;
    while out.len() < size {
        for line in CORPUS.lines().skip(k % 7) {
            out.push_str(line);
            out.push('\n');
            if out.len() >= size {
                break;
            }
        }
        out.push_str(drafts[k % drafts.len()]);
        out.push('\n');
        k += 1;
    }
    out
}

/// Median wall time of `f` over `runs` runs after one warm-up run, and
/// the throughput on `bytes`; `f` returns a count (findings, bytes) that
/// is printed, so its work cannot be optimised away.
fn time(name: &str, bytes: usize, runs: usize, mut f: impl FnMut() -> usize) {
    let count = f();
    let mut samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .collect();
    samples.sort();
    let median = samples[runs / 2];
    let mib_s = bytes as f64 / 1_048_576.0 / median.as_secs_f64();
    println!("{name:<20} {median:>12.2?} {mib_s:>10.1} MiB/s   ({runs} runs; {count})");
}

fn main() {
    let linter = Linter::new(Settings::default());
    let long = prose(20_000);
    let big = prose(10 * 1024 * 1024);
    println!("{:<20} {:>12} {:>16}", "median of", "time", "throughput");
    for (name, text, path, runs) in [
        ("lint/short-post", SHORT, "werkweek.md", 2_001),
        ("lint/long-post", long.as_str(), "lang.txt", 201),
        ("lint/10MB", big.as_str(), "groot.txt", 11),
    ] {
        time(name, text.len(), runs, || {
            let doc = Document::from_bytes(path, text.as_bytes());
            linter.lint(&doc).len()
        });
    }
    time("normalize/10MB", big.len(), 11, || {
        postlint::normalize::Normalized::new(&big).text.len()
    });
}

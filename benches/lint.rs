//! Library benchmarks: lint a short post, a long post and a 10 MB
//! document with every rule on, and the normalisation step on its own.
//!
//! `cargo bench --bench lint` prints time per iteration and throughput.
//! The texts are built from files in this repository: the example drafts
//! in `fixtures/` and the Dutch news sentences of `tests/data/corpus/`.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
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

fn bench(c: &mut Criterion) {
    let linter = Linter::new(Settings::default());
    let long = prose(20_000);
    let big = prose(10 * 1024 * 1024);
    let mut g = c.benchmark_group("lint");
    for (name, text, path) in [
        ("short-post", SHORT, "werkweek.md"),
        ("long-post", long.as_str(), "lang.txt"),
        ("10MB", big.as_str(), "groot.txt"),
    ] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() > 1_000_000 {
            g.sample_size(10);
        }
        g.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| {
                let doc = Document::from_bytes(path, text.as_bytes());
                linter.lint(&doc)
            })
        });
    }
    g.finish();

    let mut g = c.benchmark_group("normalize");
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.sample_size(10);
    g.bench_function("10MB", |b| {
        b.iter(|| postlint::normalize::Normalized::new(&big).text.len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! Where the time goes, by rule family.
//!
//! `cargo run --release --example startup` lints a one-line post three
//! times: round 0 includes building each family's patterns on first use,
//! rounds 1+ are the linting alone.
//! `cargo run --release --example startup FILE` lints FILE once and prints
//! the time of decoding, normalising and each family on it
//! (`POSTLINT_ROUNDS=N` lints it N times; later rounds build nothing).
use std::time::Instant;

fn main() {
    let settings = postlint::Settings::default();
    let dets = postlint::rules::detectors(&settings);
    let file = std::env::args().nth(1);
    let (name, bytes, rounds) = match &file {
        Some(path) => match std::fs::read(path) {
            // POSTLINT_ROUNDS=2 shows the second round without building.
            Ok(b) => (
                path.clone(),
                b,
                std::env::var("POSTLINT_ROUNDS")
                    .ok()
                    .and_then(|r| r.parse().ok())
                    .unwrap_or(1),
            ),
            Err(e) => {
                eprintln!("cannot read {path}: {e}");
                std::process::exit(2);
            }
        },
        None => (
            "a.txt".to_string(),
            b"Wat een heerlijke eerste vakantieweek. Fietsen langs de Vlist.".to_vec(),
            3,
        ),
    };
    for round in 0..rounds {
        let t = Instant::now();
        let doc = postlint::Document::from_bytes(name.as_str(), &bytes);
        eprintln!("round {round} document {:?}", t.elapsed());
        let t = Instant::now();
        let _ = doc.normalized();
        eprintln!("round {round} normalize {:?}", t.elapsed());
        let shared = postlint::rules::Shared::new(&postlint::rules::VOCABULARY);
        for d in &dets {
            let cx = postlint::rules::Context {
                doc: &doc,
                shared: &shared,
                settings: &settings,
                account: postlint::frontmatter::Account::Personal,
            };
            let mut out = Vec::new();
            let t = Instant::now();
            d.check(&cx, &mut out);
            let family = d.family();
            eprintln!(
                "round {round} {family:<10} {:>10.1?} {} findings",
                t.elapsed(),
                out.len()
            );
        }
    }
}

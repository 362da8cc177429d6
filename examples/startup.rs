//! Where a single post's time goes: the one-time cost of building each
//! rule family's patterns (round 0) against the cost of linting (rounds 1+).
//! `cargo run --release --example startup`
use std::time::Instant;
fn main() {
    let settings = postlint::Settings::default();
    let dets = postlint::rules::detectors(&settings);
    for round in 0..3 {
        for text in ["Wat een heerlijke eerste vakantieweek. Fietsen langs de Vlist."] {
            let doc = postlint::Document::from_bytes("a.txt", text.as_bytes());
            let t = Instant::now();
            let _ = doc.normalized();
            eprintln!("round {round} normalize {:?}", t.elapsed());
            for (i, d) in dets.iter().enumerate() {
                let cx = postlint::rules::Context {
                    doc: &doc,
                    settings: &settings,
                    account: postlint::frontmatter::Account::Personal,
                };
                let mut out = Vec::new();
                let t = Instant::now();
                d.check(&cx, &mut out);
                eprintln!(
                    "round {round} detector {i} {:?} {:?}",
                    d.rules()[0],
                    t.elapsed()
                );
            }
        }
    }
}

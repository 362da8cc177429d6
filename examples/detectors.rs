//! Time each detector on one file: `cargo run --release --example detectors FILE`.
use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).expect("FILE");
    let bytes = std::fs::read(&path).unwrap();
    let settings = postlint::Settings::default();
    let dets = postlint::rules::detectors(&settings);
    let t = Instant::now();
    let doc = postlint::Document::from_bytes(path.as_str(), &bytes);
    eprintln!("document {:?}", t.elapsed());
    let t = Instant::now();
    let _ = doc.normalized();
    eprintln!("normalize {:?}", t.elapsed());
    for d in &dets {
        let cx = postlint::rules::Context {
            doc: &doc,
            settings: &settings,
            account: postlint::frontmatter::Account::Personal,
        };
        let mut out = Vec::new();
        let t = Instant::now();
        d.check(&cx, &mut out);
        eprintln!(
            "{:>10.1?} {:?} {} findings",
            t.elapsed(),
            d.rules(),
            out.len()
        );
    }
}

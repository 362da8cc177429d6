//! Inputs the fuzzers once crashed on (tests/data/fuzz/): linted as text
//! and as Markdown, with every output, they must not panic.

use postlint::output::{self, FileResult, Style};
use postlint::{Document, Lang, Linter, Settings};

#[test]
fn former_crashes_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        for name in ["crash.txt", "crash.md"] {
            let doc = Document::from_bytes(name, &bytes);
            let diagnostics = Linter::new(Settings::default()).lint(&doc);
            for d in &diagnostics {
                assert!(d.span.end <= bytes.len(), "{}", path.display());
            }
            let results = [FileResult {
                path: name.into(),
                doc,
                diagnostics,
                lang: Lang::Nl,
            }];
            let style = Style {
                lang: Lang::Nl,
                show_matches: false,
                color: false,
            };
            let _ = output::human::render(&results, style);
            let _ = output::sarif::render(&results, style, std::path::Path::new("/"));
        }
        n += 1;
    }
    assert!(n >= 1);
}

//! The whole pipeline on arbitrary bytes, as plain text: lint, every output
//! format, redaction and fix must not panic, and spans must be exact.
#![no_main]

use libfuzzer_sys::fuzz_target;
use postlint::output::{self, FileResult, Style};
use std::sync::LazyLock;

use postlint::{Document, Lang, Linter, Settings};

static LINTER: LazyLock<Linter> = LazyLock::new(|| Linter::new(Settings::default()));

fuzz_target!(|data: &[u8]| {
    let doc = Document::from_bytes("fuzz.txt", data);
    let linter = &*LINTER;
    let diagnostics = linter.lint(&doc);
    for d in &diagnostics {
        assert!(d.span.start <= d.span.end && d.span.end <= data.len());
        assert!(doc.text().is_char_boundary(d.text_span.start) && doc.text().is_char_boundary(d.text_span.end));
    }
    let _ = postlint::mask::redact_bytes(data, &diagnostics, Lang::Nl);
    let paragraph = postlint::fix::statement(&doc, &diagnostics, linter.settings());
    let _ = postlint::fix::apply(&doc, paragraph.as_deref());
    let file = FileResult { path: "fuzz.txt".into(), doc, diagnostics, lang: Lang::Nl };
    let style = Style { lang: Lang::Nl, show_matches: false, color: false };
    let results = [file];
    let _ = output::human::render(&results, style);
    let _ = output::json::render(&results, style);
    let _ = output::sarif::render(&results, style, std::path::Path::new("/"));
});

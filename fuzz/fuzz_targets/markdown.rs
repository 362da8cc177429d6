//! Markdown with front matter and suppression comments: the prose view
//! keeps its length and the linter does not panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

use postlint::{Document, Linter, Settings};

static LINTER: LazyLock<Linter> = LazyLock::new(|| Linter::new(Settings::default()));

fuzz_target!(|data: &[u8]| {
    let mut bytes = b"---\naccount: personal\n---\n".to_vec();
    bytes.extend_from_slice(data);
    for input in [data, &bytes[..]] {
        let doc = Document::from_bytes("fuzz.md", input);
        assert_eq!(doc.prose().len(), doc.text().len());
        for d in LINTER.lint(&doc) {
            assert!(d.span.end <= input.len());
        }
    }
});

//! Config parsing: any text gives settings or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use postlint::{Linter, Settings};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(settings) = Settings::from_toml(text, std::path::Path::new("postlint.toml")) {
            // Whatever was accepted must build a working linter.
            let linter = Linter::new(settings);
            let doc = postlint::Document::from_bytes("a.txt", b"Open dag op het Scala College, kut.");
            let _ = linter.lint(&doc);
        }
    }
});

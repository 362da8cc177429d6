//! The boundary between the rules and the scanning engine (issue #34):
//! `crates/scan` knows no rule, and rule files should not need to know the
//! engine's internals (windows, gates, streams, size thresholds).
//!
//! The second half is a ratchet: the files that still name internals are
//! listed with what they name. A file that starts naming one fails the
//! test, and so does a file that no longer does until its entry is taken
//! out, so the list only shrinks as the engine takes the work over.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use regex::Regex;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// What each kind of internal looks like in source (code or comments; a
/// slice's `.windows(n)` is not a window of the engine).
fn internals() -> Vec<(&'static str, Regex)> {
    [
        ("gates", r"\bgate::|\bGate\b|\bGateSet\b|\bgates?\b"),
        ("windows", r"\bwindows?\b|\bUnion\b|\bLongUnion\b"),
        ("streams", r"\binterleave::|\bstreams?\b"),
        (
            "thresholds",
            r"\bSMALL_TEXT\b|\bFIRST_TEXTS\b|\bSCAN_FROM\b|Union::FROM\b|\bMAP_FROM\b",
        ),
    ]
    .into_iter()
    .map(|(k, p)| (k, Regex::new(p).unwrap()))
    .collect()
}

/// Files that still name internals, and which kinds. Take an entry out
/// (or a kind from it) when the engine takes that work over; never add one.
const STILL: &[(&str, &[&str])] = &[
    ("src/rules/context.rs", &["gates", "windows", "thresholds"]),
    ("src/rules/mod.rs", &["gates", "windows"]),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn rule_files_name_no_new_engine_internals() {
    let kinds = internals();
    let mut files = Vec::new();
    rust_files(&Path::new(ROOT).join("src/rules"), &mut files);
    assert!(files.len() > 30, "rule files not found");
    let mut named: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for path in files {
        let text = std::fs::read_to_string(&path)
            .unwrap()
            .replace(".windows(", ".");
        let found: Vec<&str> = kinds
            .iter()
            .filter(|(_, re)| re.is_match(&text))
            .map(|(k, _)| *k)
            .collect();
        if !found.is_empty() {
            let rel = path
                .strip_prefix(ROOT)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            named.insert(rel, found);
        }
    }
    let still: BTreeMap<String, Vec<&str>> = STILL
        .iter()
        .map(|(f, k)| (f.to_string(), k.to_vec()))
        .collect();
    assert_eq!(
        named, still,
        "rule files and the engine internals they name (left) against the list in \
         tests/boundary.rs (right): move new work into crates/scan; shrink the list \
         when a file no longer names one"
    );
}

/// The engine depends on no part of postlint.
#[test]
fn the_engine_does_not_depend_on_postlint() {
    let manifest = std::fs::read_to_string(Path::new(ROOT).join("crates/scan/Cargo.toml")).unwrap();
    let parsed: toml::Table = toml::from_str(&manifest).unwrap();
    assert_eq!(parsed["package"]["name"].as_str(), Some("postlint-scan"));
    for section in ["dependencies", "dev-dependencies", "build-dependencies"] {
        let Some(deps) = parsed.get(section).and_then(|d| d.as_table()) else {
            continue;
        };
        for (name, spec) in deps {
            assert!(
                !name.starts_with("postlint"),
                "crates/scan {section}: {name}"
            );
            let path = spec.get("path").and_then(|p| p.as_str());
            assert!(
                path.is_none(),
                "crates/scan {section}: {name} is a path dependency"
            );
        }
    }
    let mut files = Vec::new();
    rust_files(&Path::new(ROOT).join("crates/scan/src"), &mut files);
    let names_postlint = Regex::new(r"\bpostlint::|\brules::").unwrap();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !names_postlint.is_match(&text),
            "{} names postlint",
            path.display()
        );
    }
}

//! The boundary between the rules and the scanning engine (issue #34):
//! `crates/scan` knows no rule, and rule files do not need to know the
//! engine's internals (windows, gates, streams, size thresholds): they
//! hand it words, patterns and anchors, and get back where to look.

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
            r"\bSMALL_TEXT\b|\bFIRST_TEXTS\b|\bSCAN_FROM\b|Union::FROM\b|\bMAP_FROM\b|\blimits::",
        ),
    ]
    .into_iter()
    .map(|(k, p)| (k, Regex::new(p).unwrap()))
    .collect()
}

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
fn rule_files_name_no_engine_internals() {
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
    assert!(
        named.is_empty(),
        "rule files that name engine internals: {named:?}; move that work into crates/scan"
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

/// The check above can fail: each kind is recognised where a rule would
/// name it, and ordinary words are not taken for one.
#[test]
fn internals_are_recognised() {
    let kinds = internals();
    let kind_of = |text: &str| -> Vec<&str> {
        kinds
            .iter()
            .filter(|(_, re)| re.is_match(text))
            .map(|(k, _)| *k)
            .collect()
    };
    assert_eq!(kind_of("use postlint_scan::gate::Gate;"), ["gates"]);
    assert_eq!(kind_of("let w = union.windows(hay);"), ["windows"]);
    assert_eq!(kind_of("interleave::overlapping(dfa, hay)"), ["streams"]);
    assert_eq!(
        kind_of("if hay.len() > limits::SMALL_TEXT {"),
        ["thresholds"]
    );
    assert!(kind_of("delegate the rule; a union of patterns").is_empty());
}

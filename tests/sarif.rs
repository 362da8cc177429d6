//! `--format sarif` validates against the official SARIF 2.1.0 schema
//! (tests/data/sarif/, see its README) for drafts with every rule family,
//! Unicode and several files; columns are UTF-16 code units; nothing
//! personal is printed; fingerprints survive moving a line.

use std::process::Command;

use serde_json::Value;

fn sarif(dir: &str, args: &[&str]) -> (Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_postlint"))
        .args(["check", "--format", "sarif"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    (serde_json::from_str(&text).expect("SARIF is JSON"), text)
}

fn validator() -> jsonschema::Validator {
    let schema: Value =
        serde_json::from_str(include_str!("data/sarif/sarif-schema-2.1.0.json")).unwrap();
    jsonschema::draft4::new(&schema).expect("schema compiles")
}

const FIXTURES: &[&str] = &[
    "leerling-bsn.txt",
    "mentorklas.md",
    "werkweek.md",
    "latin1.txt",
    "ouderbijdrage-crlf.txt",
];

#[test]
fn validates_against_the_official_schema() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let (doc, text) = sarif(dir, FIXTURES);
    let v = validator();
    assert!(
        !v.is_valid(&serde_json::json!({"version": "2.1.0"})),
        "the validator rejects a SARIF without runs"
    );
    let errors: Vec<String> = v
        .iter_errors(&doc)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");

    let run = &doc["runs"][0];
    assert_eq!(run["columnKind"], "utf16CodeUnits");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.len() >= 26);
    let results = run["results"].as_array().unwrap();
    let families: std::collections::BTreeSet<&str> = results
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap().split('/').next().unwrap())
        .collect();
    for f in ["privacy", "disclaimer", "decency", "conduct", "input"] {
        assert!(families.contains(f), "no {f} result");
    }
    for r in results {
        let idx = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[idx]["id"], r["ruleId"]);
        assert!(r["partialFingerprints"]["primaryLocationLineHash"].is_string());
    }
    // The BSN after an emoji: UTF-16 columns (the emoji counts two).
    let bsn = results
        .iter()
        .find(|r| r["ruleId"] == "privacy/bsn")
        .unwrap();
    let region = &bsn["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (region["startColumn"].as_u64(), region["endColumn"].as_u64()),
        (Some(84), Some(93))
    );
    assert_eq!(
        bsn["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "leerling-bsn.txt"
    );
    for secret in ["123456782", "j.devries", "NL70", "1163 7265"] {
        assert!(!text.contains(secret), "{secret} printed in clear");
    }
}

#[test]
fn fingerprints_follow_the_line_not_its_number() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Kut, wat een dag.\n").unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Eerst iets anders.\n\nKut, wat een dag.\n",
    )
    .unwrap();
    let (doc, _) = sarif(dir.path().to_str().unwrap(), &["a.txt", "b.txt"]);
    let results = doc["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    let fp = |i: usize| results[i]["partialFingerprints"].clone();
    assert_eq!(fp(0), fp(1));
    assert_ne!(
        results[0]["locations"][0]["physicalLocation"]["region"]["startLine"],
        results[1]["locations"][0]["physicalLocation"]["region"]["startLine"]
    );
}

//! privacy/* on realistic drafts generated with Faker (nl_NL) and check
//! digits computed by `scripts/gen-privacy-drafts.py`: every expected rule
//! fires and no other privacy rule does.

use postlint::{Document, Linter, Settings};

#[test]
fn generated_drafts() {
    let linter = Linter::new(Settings::default());
    let mut wrong = Vec::new();
    let mut n = 0;
    for line in include_str!("data/privacy-drafts.jsonl").lines() {
        let case: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = case["text"].as_str().unwrap();
        let mut want: Vec<&str> = case["expect"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let doc = Document::from_bytes("draft.txt", text.as_bytes());
        let mut got: Vec<&str> = linter
            .lint(&doc)
            .iter()
            .map(|d| d.rule.id)
            .filter(|id| id.starts_with("privacy/"))
            .collect();
        got.sort();
        got.dedup();
        want.sort();
        if got != want {
            wrong.push(format!("want {want:?} got {got:?}: {text}"));
        }
        n += 1;
    }
    assert!(n >= 100);
    assert!(
        wrong.is_empty(),
        "{} of {n} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

//! No finding on ordinary Dutch prose: every sentence of the news corpus in
//! `tests/data/corpus/` (see its README for source and licence) must lint clean.

use postlint::{Document, Linter, Settings};

/// Lines with a real finding, reviewed: quoted speech is still published.
const REVIEWED: &[(usize, &str)] = &[
    (799, "decency/discrimination"), // a reporter quotes the slur "flikkers"
    (799, "decency/profanity"),      // and "teringhomo's"
    (425, "privacy/birth-date"),     // a musician's date of birth: a real birth date
];

#[test]
fn news_sentences_raise_no_finding() {
    let corpus = include_str!("data/corpus/nl-ud-alpino.txt");
    let linter = Linter::new(Settings::default());
    let mut flagged = Vec::new();
    let mut lines = 0;
    for (n, line) in corpus
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        lines += 1;
        let doc = Document::from_bytes(format!("corpus:{}", n + 1), line.as_bytes());
        for d in linter.lint(&doc) {
            if !REVIEWED.contains(&(n + 1, d.rule.id)) {
                flagged.push(format!("line {}: {} on {:?}", n + 1, d.rule.id, d.matched));
            }
        }
    }
    assert!(lines > 1300, "corpus not found complete: {lines} lines");
    assert!(
        flagged.is_empty(),
        "false alarms on clean prose:\n{}",
        flagged.join("\n")
    );
}

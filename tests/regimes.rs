//! The scanning engine reads a short post and a long text differently
//! (start words for posts; shared word passes, phrase-union windows and
//! interleaved streams from 8 kB, 16 kB and 64 kB on). Findings must not
//! depend on which way a text was read: a draft padded with blank lines
//! past each of those sizes gives the draft's own findings, shifted; and a
//! draft read with those sizes lowered to a few dozen bytes, so that even
//! a post goes every long-text way, or read as one of many texts, gives
//! the same findings.

use postlint::{Document, Linter, Settings};
use postlint_scan::limits;

/// (rule, byte span in the text, severity) of every finding.
fn findings(linter: &Linter, path: &str, text: &str) -> Vec<(&'static str, usize, usize, String)> {
    let doc = Document::from_bytes(path, text.as_bytes());
    linter
        .lint(&doc)
        .into_iter()
        .map(|d| {
            let s = d.text_span;
            (d.rule.id, s.start, s.end, d.severity.to_string())
        })
        .collect()
}

/// The drafts: every fixture that is valid UTF-8 and the generated privacy
/// drafts, and a few of each other family.
fn drafts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for p in names {
        if let Ok(text) = std::fs::read_to_string(&p) {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            out.push((name, text.trim_start_matches('\u{feff}').to_string()));
        }
    }
    let jsonl = include_str!("data/privacy-drafts.jsonl");
    for (i, line) in jsonl.lines().enumerate().step_by(3) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        out.push((
            format!("draft{i}.txt"),
            v["text"].as_str().unwrap().to_string(),
        ));
    }
    for text in [
        "Wat een kankerweer vandaag, ik maak je af als je dat nog eens zegt.",
        "die kankerlijer; k@nker zooi; Kuuuut; een 1d10ot; k a n k e r koud, \
         kankeronderzoek, borstkanker, pikant. Who drew a dick on the sign?",
        "Die vader is echt een eikel. Stuur me een DM, 3B, dan regelen we het.",
        "Open dag op het Scala College! Mijn eigen mening, niet die van de school.",
        "Leerlingen van 4H: voeg me toe op Insta en app me privé.",
        "Klopt niet wat hier over het Coenecoop wordt gezegd: de school heeft gewoon gelijk.",
        // Context read far from the finding: a record in the sentence after
        // the name, a child named through a parent in a post about school
        // life, a BSN tied to a name across a line, a photo in a school post.
        "Ik heb met Noa uit 3C gesproken over de afgelopen periode en haar plannen voor \
         volgend jaar, en over hoe het thuis gaat. Haar cijfer voor Duits is een 2,1 dus ze \
         moet herkansen.",
        "De ouderavond was druk, met veel vragen over de rapporten en de nieuwe roosters \
         van dit jaar en het volgende.\n\nGisteren sprak ik nog even met de moeder van Lotte.",
        "Naam: Sem de Wit, geboren in een dorp aan de rivier, met een lange naam en een \
         lange geschiedenis\nBSN: 123456782",
        "Wat een mooie dag hadden we met de brugklassen in het bos, met spelletjes, een \
         speurtocht en heel veel zon. Kijk maar naar de foto's hieronder!",
        "Mijn collega Ingrid, die al jaren bij ons werkt en iedereen kent, zit nu al drie \
         maanden thuis met een burn-out.",
    ] {
        out.push((format!("family{}.txt", out.len()), text.to_string()));
    }
    out
}

#[test]
fn padding_past_every_regime_shifts_the_findings() {
    for linter in &linters() {
        padded_drafts_shift(linter);
    }
}

fn padded_drafts_shift(linter: &Linter) {
    let drafts = drafts();
    assert!(drafts.len() > 50);
    let mut some = 0;
    for (name, text) in &drafts {
        let own = findings(linter, name, text);
        some += usize::from(!own.is_empty());
        // Markdown front matter must open the file: pad only after it.
        let has_front_matter = text.starts_with("---");
        for pad in [9 * 1024, 20 * 1024, 70 * 1024] {
            let blank = "\n".repeat(pad);
            let after = format!("{text}\n{blank}");
            assert_eq!(
                findings(linter, name, &after),
                own,
                "{name} with {pad} blank lines after it"
            );
            if has_front_matter {
                continue;
            }
            let before = format!("{blank}{text}");
            let shifted: Vec<_> = own
                .iter()
                .map(|(r, s, e, sev)| (*r, s + pad, e + pad, sev.clone()))
                .collect();
            assert_eq!(
                findings(linter, name, &before),
                shifted,
                "{name} with {pad} blank lines before it"
            );
        }
    }
    assert!(some > 40, "only {some} drafts have findings");
}

/// The default settings, and settings that allow a word (decency then
/// keeps only the forms it still has of what the shared pass finds).
fn linters() -> [Linter; 2] {
    let allowing = Settings {
        allow_words: vec!["verdomme".into()],
        ..Settings::default()
    };
    [Linter::new(Settings::default()), Linter::new(allowing)]
}

#[test]
fn every_regime_on_a_post_finds_what_the_post_regime_finds() {
    let drafts = drafts();
    for linter in &linters() {
        for lowered in limits::TEST_REGIMES {
            for (name, text) in &drafts {
                let own = findings(linter, name, text);
                let there = limits::with(lowered, || findings(linter, name, text));
                assert_eq!(there, own, "{name} with {lowered:?}");
            }
        }
    }
}

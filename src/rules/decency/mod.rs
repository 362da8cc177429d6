//! `decency/*`: indecent language (protocol A.7, U.3), however it is
//! disguised: words from the lexicons and phrase rules.

mod phrases;
pub(crate) mod tokens;
pub(crate) mod words;

use super::{Context, Detector};
use crate::config::Settings;
use crate::diagnostic::{Detail, Disguise, Finding};
use crate::normalize::{is_invisible, latin_look_alike};

pub use words::WordMatcher;

const RULES: &[&str] = &[
    "decency/profanity",
    "decency/sexual",
    "decency/insult",
    "decency/discrimination",
    "decency/threat",
    "decency/harassment",
];

struct Decency(WordMatcher);

/// Disguises visible only in the source: invisible characters and letters
/// from another script.
fn source_disguises(src: &str) -> Vec<Disguise> {
    let mut out = Vec::new();
    if src.chars().any(is_invisible) {
        out.push(Disguise::Invisible);
    }
    if src
        .chars()
        .any(|c| !c.is_ascii() && latin_look_alike(c).is_some())
    {
        out.push(Disguise::LookAlike);
    }
    out
}

impl Detector for Decency {
    fn rules(&self) -> &'static [&'static str] {
        RULES
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let prose = cx.doc.prose();
        let norm = cx.doc.normalized();
        let to_source = |r| norm.source_range(prose, r);
        let mut found = Vec::new();
        let windows = crate::rules::phrase_windows::of(cx.doc);
        let phrase_hits = phrases::find(&norm.text, windows);
        for (i, r) in &phrase_hits {
            let p = &phrases::PHRASES[*i];
            let detail = Detail {
                term: None,
                note: Some(p.note.clone()),
                disguises: Vec::new(),
            };
            found.push(Finding {
                rule: p.rule,
                range: to_source(r.clone()),
                severity: Some(p.severity),
                detail: Some(detail),
            });
        }
        let capitalised = |r| prose[to_source(r)].starts_with(char::is_uppercase);
        let scanned = crate::rules::word_scan::of(cx.doc).map(|s| s.forms.as_slice());
        for hit in self.0.find_scanned(&norm.text, scanned, capitalised) {
            // A word inside a phrase finding is already reported with it.
            if phrase_hits
                .iter()
                .any(|(_, r)| r.start <= hit.range.start && hit.range.end <= r.end)
            {
                continue;
            }
            let range = to_source(hit.range);
            let mut disguises = hit.disguises;
            disguises.extend(source_disguises(&prose[range.clone()]));
            let detail = Detail {
                term: Some(hit.lemma),
                note: Some(hit.note),
                disguises,
            };
            found.push(Finding {
                rule: hit.rule,
                range,
                severity: Some(hit.severity),
                detail: Some(detail),
            });
        }
        out.extend(found);
    }
}

/// The phrase patterns, for [`crate::rules::phrase_windows`].
pub fn phrase_patterns() -> impl Iterator<Item = &'static str> {
    phrases::PHRASES.iter().map(|p| p.regex.as_str())
}

pub fn register(settings: &Settings, out: &mut Vec<Box<dyn Detector>>) {
    out.push(Box::new(Decency(WordMatcher::builtin(
        &settings.allow_words,
    ))));
}

//! `decency/*`: indecent language (protocol A.7, U.3), from the lexicons
//! in `lexicons/`.

mod lexicon_matcher;

use super::{Context, Detector};
use crate::config::Settings;
use crate::diagnostic::Finding;

pub use lexicon_matcher::LexiconMatcher;

const RULES: &[&str] = &[
    "decency/profanity",
    "decency/sexual",
    "decency/insult",
    "decency/discrimination",
    "decency/threat",
    "decency/harassment",
];

struct Decency(LexiconMatcher);

impl Detector for Decency {
    fn rules(&self) -> &'static [&'static str] {
        RULES
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let norm = cx.doc.normalized();
        for hit in self.0.find(&norm.text) {
            out.push(Finding {
                rule: hit.rule,
                range: norm.source_range(cx.doc.prose(), hit.range),
                severity: Some(hit.severity),
            });
        }
    }
}

pub fn register(settings: &Settings, out: &mut Vec<Box<dyn Detector>>) {
    out.push(Box::new(Decency(LexiconMatcher::builtin(
        &settings.allow_words,
    ))));
}

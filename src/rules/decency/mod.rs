//! `decency/*`: indecent language (protocol A.7, U.3), however it is
//! disguised: words from the lexicons and phrase rules.

pub mod discrimination;
pub mod harassment;
pub mod insult;
mod phrases;
pub mod profanity;
pub mod sexual;
mod speech;
pub mod threat;
pub(crate) mod tokens;
pub(crate) mod words;

use crate::catalog::RuleInfo;
use crate::diagnostic::{Detail, Disguise, Finding};
use crate::normalize::{is_invisible, latin_look_alike};
use crate::rules::context::{Context, Detector, WordList};
use crate::settings::Settings;

pub use words::WordMatcher;

const RULES: &[&RuleInfo] = &[
    &profanity::RULE,
    &sexual::RULE,
    &insult::RULE,
    &discrimination::RULE,
    &threat::RULE,
    &harassment::RULE,
];

/// The rule of a lexicon category (`profanity` → `decency/profanity`).
pub(crate) fn rule_of(category: &str) -> Option<&'static RuleInfo> {
    RULES
        .iter()
        .copied()
        .find(|r| r.id.strip_prefix("decency/") == Some(category))
}

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
    fn family(&self) -> &'static str {
        "decency"
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let prose = cx.doc.prose();
        let norm = cx.doc.normalized();
        let to_source = |r| norm.source_range(prose, r);
        let mut found = Vec::new();
        let phrase_hits = phrases::find(&cx.phrase_scope());
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
        let scanned = cx.word_hits(WordList::DecencyForms).map(Vec::as_slice);
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

/// The phrase patterns, for [`crate::rules::VOCABULARY`].
pub fn phrase_patterns() -> impl Iterator<Item = &'static str> {
    phrases::PHRASES.iter().map(|p| p.regex.as_str())
}

pub fn register(settings: &Settings, out: &mut Vec<Box<dyn Detector>>) {
    out.push(Box::new(Decency(WordMatcher::builtin(
        &settings.allow_words,
    ))));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::rules::context::testing::{long_drafts, with_context};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// Decency finds the same words with the shared scan's marks as with
        /// its own automaton, also when the config allows some words.
        #[test]
        fn finds_the_same_with_the_shared_scan(text in long_drafts(), allow in any::<bool>()) {
            let allowed = if allow { vec!["kanker".to_string()] } else { Vec::new() };
            let m = WordMatcher::builtin(&allowed);
            let doc = Document::from_bytes("a.txt", text.as_bytes());
            let hay = &doc.normalized().text;
            let capital = |r: std::ops::Range<usize>| hay[r].starts_with('k');
            let scanned = with_context(&doc, |cx| {
                let hits = cx.word_hits(WordList::DecencyForms).expect("long enough to scan");
                m.find_scanned(hay, Some(hits), capital)
            });
            prop_assert_eq!(scanned, m.find(hay, capital));
        }
    }

    #[test]
    fn the_shared_scan_finds_forms_where_they_are() {
        let text = format!("{}Kijk die FOTO, klootzak.", "x ".repeat(5000));
        let doc = Document::from_bytes("a.txt", text.as_bytes());
        let norm = &doc.normalized().text;
        let forms = words::builtin_forms();
        with_context(&doc, |cx| {
            let hits = cx.word_hits(WordList::DecencyForms).unwrap();
            assert!(
                hits.iter().any(
                    |(r, f)| forms[*f as usize] == "klootzak" && &norm[r.clone()] == "klootzak"
                )
            );
        });
    }

    #[test]
    fn a_post_is_not_scanned() {
        let doc = Document::from_bytes("a.txt", b"Een foto van de klas, kanker.");
        with_context(&doc, |cx| {
            assert!(cx.word_hits(WordList::DecencyForms).is_none());
        });
    }
}

//! Whole-word lexicon matching on the normalised text.
//!
//! ## What it does
//! Finds the lexicon's words and phrases as whole words, case- and
//! diacritic-insensitive; the entry's category names the rule
//! (`decency/<category>`). Ordinary words that merely contain a listed word
//! (kankeronderzoek, hoera, therapist) are not whole-word matches.
//!
//! ## Context
//! `disease` entries stay quiet after a medical cue ("leed aan kanker");
//! `interjection` entries fire only as an exclamation ("Jezus christus, …").

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::catalog::{self, Severity};
use crate::lexicon::{self, Entry, Tag};
use crate::normalize::fold;
use crate::rules::{is_whole_word, words_before};

/// Words right before a disease name that make it the illness, not a curse.
const MEDICAL_CUES: &[&str] = &[
    "aan",
    "tegen",
    "met",
    "door",
    "heeft",
    "had",
    "hebben",
    "hadden",
    "kreeg",
    "kregen",
    "leed",
    "lijdt",
    "lijden",
    "overleed",
    "overleden",
    "stierf",
    "bestrijden",
    "bestrijding",
    "genezen",
    "diagnose",
    "soort",
    "vorm",
    "vormen",
    "behandeling",
    "onderzoek",
    "ongeneeslijke",
    "agressieve",
    "uitgezaaide",
    "longkanker",
    "borstkanker",
    "strijd",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub rule: &'static str,
    pub range: Range<usize>,
    pub severity: Severity,
}

struct Term {
    rule: &'static str,
    severity: Severity,
    tags: Vec<Tag>,
}

pub struct LexiconMatcher {
    automaton: AhoCorasick,
    terms: Vec<Term>,
}

static BUILTIN: LazyLock<Vec<Entry>> = LazyLock::new(|| {
    [lexicon::DECENCY_NL, lexicon::DECENCY_EN]
        .iter()
        .flat_map(|(name, text)| {
            lexicon::parse(name, text).unwrap_or_else(|e| panic!("embedded lexicon: {e}"))
        })
        .collect()
});

impl LexiconMatcher {
    /// The embedded lexicons minus the words allowed in the config.
    pub fn builtin(allowed: &[String]) -> LexiconMatcher {
        let allowed: Vec<String> = allowed.iter().map(|w| fold(w.trim())).collect();
        let entries = BUILTIN.iter().filter(|e| !allowed.contains(&fold(&e.term)));
        LexiconMatcher::new(entries)
    }

    pub fn new<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> LexiconMatcher {
        let mut patterns = Vec::new();
        let mut terms = Vec::new();
        for e in entries {
            let Some(rule) = catalog::rule(&format!("decency/{}", e.category)) else {
                continue;
            };
            patterns.push(fold(&e.term));
            terms.push(Term {
                rule: rule.id,
                severity: e.severity,
                tags: e.tags.clone(),
            });
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .expect("lexicon automaton");
        LexiconMatcher { automaton, terms }
    }

    /// Non-overlapping hits in `hay` (normalised text), longest first.
    pub fn find(&self, hay: &str) -> Vec<Hit> {
        let mut hits: Vec<(Range<usize>, usize)> = self
            .automaton
            .find_overlapping_iter(hay)
            .map(|m| (m.range(), m.pattern().as_usize()))
            .filter(|(r, i)| is_whole_word(hay, r) && self.context_allows(hay, r, &self.terms[*i]))
            .collect();
        hits.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
        let mut out: Vec<Hit> = Vec::new();
        for (r, i) in hits {
            if out.last().is_some_and(|h| r.start < h.range.end) {
                continue;
            }
            let t = &self.terms[i];
            out.push(Hit {
                rule: t.rule,
                range: r,
                severity: t.severity,
            });
        }
        out
    }

    fn context_allows(&self, hay: &str, r: &Range<usize>, term: &Term) -> bool {
        for tag in &term.tags {
            let ok = match tag {
                Tag::Disease => !words_before(hay, r.start, 2)
                    .iter()
                    .any(|w| MEDICAL_CUES.contains(w)),
                Tag::Interjection => {
                    let next = hay[r.end..].trim_start_matches([' ', '\t']).chars().next();
                    matches!(next, None | Some(',' | '!' | '?' | '\n' | '\r' | '.' | ':'))
                }
            };
            if !ok {
                return false;
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(text: &str) -> Vec<(&'static str, String)> {
        let m = LexiconMatcher::builtin(&[]);
        let hay = fold(text);
        m.find(&hay)
            .into_iter()
            .map(|h| (h.rule, hay[h.range].to_string()))
            .collect()
    }

    #[test]
    fn whole_words_any_case_and_accents() {
        assert_eq!(
            hits("Kut, alle toetsen kwijt"),
            [("decency/profanity", "kut".into())]
        );
        assert_eq!(
            hits("GODVERDOMME weer storing"),
            [("decency/profanity", "godverdomme".into())]
        );
        assert_eq!(
            hits("Die printer is echt kanker."),
            [("decency/profanity", "kanker".into())]
        );
        assert_eq!(
            hits("Wat een sukkel"),
            [("decency/insult", "sukkel".into())]
        );
        assert_eq!(
            hits("This shit timetable"),
            [("decency/profanity", "shit".into())]
        );
        assert_eq!(
            hits("Ik weet waar je woont."),
            [("decency/threat", "ik weet waar je woont".into())]
        );
    }

    #[test]
    fn ordinary_words_containing_a_listed_word_stay_quiet() {
        for clean in [
            "hoera",
            "pikant",
            "kankeronderzoek",
            "therapist",
            "kutsch",
            "scunthorpe",
            "klotsen",
            "slettenhaar",
        ] {
            assert!(hits(clean).is_empty(), "{clean}");
        }
    }

    #[test]
    fn disease_names_in_a_medical_sense_stay_quiet() {
        assert!(hits("Hij leed al jaren aan kanker.").is_empty());
        assert!(hits("de strijd tegen kanker").is_empty());
        assert_eq!(hits("Krijg de tering met je rooster").len(), 1);
    }

    #[test]
    fn interjections_only_as_exclamations() {
        assert_eq!(hits("Jezus christus, wat een vergadering").len(), 1);
        assert!(hits("Het verhaal van Jezus Christus in de bijbel").is_empty());
    }

    #[test]
    fn longest_entry_wins() {
        assert_eq!(
            hits("wat een kankerlijer"),
            [("decency/insult", "kankerlijer".into())]
        );
    }
}

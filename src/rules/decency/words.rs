//! Lexicon words in the tokens of the normalised text.
//!
//! ## What it does
//! Looks every reading of every word up in the word lexicons: whole words,
//! curse prefixes of compounds (kankerweer, kutbeamer) unless the rest is an
//! allowed head (kankeronderzoek, KWF Kankerbestrijding), and long forms
//! inside words. Ordinary words that merely contain a listed word (hoera,
//! pikant, therapist, borstkanker) are not matched.
//!
//! ## Context
//! `disease` entries stay quiet right after a medical cue ("leed aan
//! kanker"); `not-near` entries near their homonym's words ("een Mongool uit
//! Mongolië"); `not-name` entries before a surname ("Dick Bruna"). English
//! entries fire only in a sentence that is not Dutch.

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use rustc_hash::FxHashMap;
use std::ops::Range;
use std::sync::LazyLock;

use super::tokens::{is_disguised, is_single_letter, marked_words, readings, spaced_runs, words};
use crate::catalog::{RuleInfo, Severity};
use crate::diagnostic::Disguise;
use crate::language;
use crate::lexicon::{self, AllowedHeads, Entry, Mode, Tag};
use crate::normalize::fold;
use crate::rules::text::{words_after, words_before};
use postlint_scan::words::WordStarts;

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
    "krijgt",
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
    "strijd",
    "over",
    "van",
    "zoals",
    "voor",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub rule: &'static RuleInfo,
    pub range: Range<usize>,
    pub severity: Severity,
    pub lemma: String,
    pub note: String,
    pub disguises: Vec<Disguise>,
}

struct Term {
    rule: &'static RuleInfo,
    entry: Entry,
}

pub struct WordMatcher {
    terms: Vec<Term>,
    /// Every form of every entry → term. Looked up once per word of the
    /// text, so with a fast hash (the keys are our own lexicon, not input).
    exact: FxHashMap<String, usize>,
    /// Prefix-mode forms with their allowed heads, longest first.
    prefixes: Vec<(String, usize)>,
    /// Indices into `prefixes` by first byte: a word is compared with the
    /// few prefixes that can start it.
    prefixes_by_byte: Vec<Vec<usize>>,
    substrings: Vec<(String, usize)>,
    /// All substring forms in one automaton, and the shortest of them.
    substring_ac: Option<AhoCorasick>,
    shortest_substring: usize,
    heads: Vec<AllowedHeads>,
    /// Where forms start in a text: a plain word that holds none of them
    /// cannot match, so most words are passed over without a lookup.
    starts: WordStarts,
    /// Every form is one of [`builtin_forms`], so the occurrences a
    /// [`crate::rules::VOCABULARY`] scan found of those serve as marks.
    builtin_forms_only: bool,
}

/// Every form of the embedded lexicons, sorted, each once.
pub fn builtin_forms() -> &'static [String] {
    static FORMS: LazyLock<Vec<String>> = LazyLock::new(|| {
        let mut forms: Vec<String> = BUILTIN.0.iter().flat_map(|e| e.forms.clone()).collect();
        forms.sort_unstable();
        forms.dedup();
        forms
    });
    &FORMS
}

static BUILTIN: LazyLock<(Vec<Entry>, Vec<AllowedHeads>)> = LazyLock::new(|| {
    let parse = |(name, text): (&str, &str)| {
        lexicon::parse_words(name, text).unwrap_or_else(|e| panic!("embedded lexicon: {e}"))
    };
    let mut entries = parse(lexicon::DECENCY_NL);
    entries.extend(parse(lexicon::DECENCY_EN));
    let (name, text) = lexicon::DECENCY_COMPOUNDS;
    let heads =
        lexicon::parse_compounds(name, text).unwrap_or_else(|e| panic!("embedded lexicon: {e}"));
    (entries, heads)
});

fn has_vowel(s: &str) -> bool {
    s.chars().any(|c| "aeiouy".contains(c))
}

impl WordMatcher {
    /// The embedded lexicons minus the words allowed in the config.
    pub fn builtin(allowed: &[String]) -> WordMatcher {
        let allowed: Vec<String> = allowed.iter().map(|w| fold(w.trim())).collect();
        let (entries, heads) = &*BUILTIN;
        let entries = entries
            .iter()
            .filter(|e| !e.forms.iter().any(|f| allowed.contains(f)))
            .cloned()
            .collect();
        WordMatcher {
            builtin_forms_only: true,
            ..WordMatcher::new(entries, heads.clone())
        }
    }

    pub fn new(entries: Vec<Entry>, heads: Vec<AllowedHeads>) -> WordMatcher {
        let mut m = WordMatcher {
            terms: Vec::new(),
            exact: FxHashMap::default(),
            prefixes: Vec::new(),
            prefixes_by_byte: vec![Vec::new(); 256],
            substrings: Vec::new(),
            substring_ac: None,
            shortest_substring: usize::MAX,
            heads,
            starts: WordStarts::new(),
            builtin_forms_only: false,
        };
        for entry in entries {
            let Some(rule) = super::rule_of(&entry.category) else {
                continue;
            };
            let i = m.terms.len();
            for f in &entry.forms {
                m.exact.entry(f.clone()).or_insert(i);
                match entry.mode {
                    Mode::Prefix => m.prefixes.push((f.clone(), i)),
                    Mode::Substring => m.substrings.push((f.clone(), i)),
                    Mode::Word => {}
                }
            }
            m.terms.push(Term { rule, entry });
        }
        // Longest prefix first: "kolere" before "klere" does not matter, but
        // "kankerlijer" (exact) already wins over "kanker" (prefix).
        m.prefixes.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        for (k, (p, _)) in m.prefixes.iter().enumerate() {
            if let Some(&b) = p.as_bytes().first() {
                m.prefixes_by_byte[usize::from(b)].push(k);
            }
        }
        if !m.substrings.is_empty() {
            m.shortest_substring = m.substrings.iter().map(|(s, _)| s.len()).min().unwrap_or(0);
            // Standard semantics: every occurrence, overlapping ones too.
            m.substring_ac = AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(m.substrings.iter().map(|(s, _)| s))
                .ok();
        }
        m
    }

    fn sorted_forms(&self) -> Vec<&str> {
        let mut forms: Vec<&str> = self.exact.keys().map(String::as_str).collect();
        forms.sort_unstable();
        forms
    }

    /// The entry a reading of a word matches, and whether it matched whole.
    fn lookup(&self, word: &str) -> Option<(usize, bool)> {
        if let Some(&i) = self.exact.get(word) {
            return Some((i, true));
        }
        let first = word.as_bytes().first().map_or(0, |&b| usize::from(b));
        for &k in &self.prefixes_by_byte[first] {
            let (p, i) = &self.prefixes[k];
            let Some(head) = word.strip_prefix(p.as_str()) else {
                continue;
            };
            // Heads are listed after the lemma ("pokke" + "nvaccin"), so
            // measure them from there whatever form matched.
            let allowed = self.heads.iter().any(|h| {
                word.strip_prefix(h.prefix.as_str())
                    .is_some_and(|rest| h.allows(rest))
            });
            if head.chars().count() >= 3 && has_vowel(head) && !allowed {
                return Some((*i, false));
            }
        }
        if word.len() < self.shortest_substring {
            return None;
        }
        // The first listed form that occurs, as a scan of the list would find.
        let ac = self.substring_ac.as_ref()?;
        let mut found: Option<usize> = None;
        for m in ac.try_find_overlapping_iter(word).ok()? {
            let k = m.pattern().as_usize();
            found = Some(found.map_or(k, |f| f.min(k)));
        }
        found.map(|k| (self.substrings[k].1, false))
    }

    /// Hits in `hay` (normalised text); `is_capitalised(range)` tells whether
    /// the source of a range starts with a capital, for `not-name`.
    pub fn find(&self, hay: &str, is_capitalised: impl Fn(Range<usize>) -> bool) -> Vec<Hit> {
        self.find_scanned(hay, None, is_capitalised)
    }

    /// [`WordMatcher::find`], given where forms of [`builtin_forms`] occur
    /// in `hay` (range, index), when a long text was scanned for them.
    pub fn find_scanned(
        &self,
        hay: &str,
        scanned: Option<&[(Range<usize>, u32)]>,
        is_capitalised: impl Fn(Range<usize>) -> bool,
    ) -> Vec<Hit> {
        let mut out = Vec::new();
        let mut consider = |range: Range<usize>, joined: Option<&str>| {
            let word = joined.unwrap_or(&hay[range.clone()]);
            // Most words are plain: one lookup, no allocation.
            let found = match self.lookup(word) {
                Some(m) => Some((m, Vec::new())),
                None if is_disguised(word) => readings(word)
                    .into_iter()
                    .find_map(|r| self.lookup(&r.text).map(|m| (m, r.disguises))),
                None => None,
            };
            let Some(((i, whole), mut disguises)) = found else {
                return;
            };
            let term = &self.terms[i];
            if !self.context_allows(hay, &range, whole, term, &is_capitalised) {
                return;
            }
            if joined.is_some() {
                disguises.push(Disguise::Spaced);
            }
            out.push(Hit {
                rule: term.rule,
                range,
                severity: term.entry.severity,
                lemma: term.entry.lemma.clone(),
                note: term.entry.note.clone(),
                disguises,
            });
        };
        // The words that hold a form, may be disguised or are single
        // letters; single letters are kept aside to be joined
        // ("k a n k e r") and looked up after the others. Without the
        // forms automaton every word must be looked up.
        let scanned = scanned.filter(|_| self.builtin_forms_only);
        let marks: Vec<usize> = if let Some(found) = scanned {
            // Only the forms this matcher has (the config may allow some).
            let forms = builtin_forms();
            let mut starts: Vec<usize> = found
                .iter()
                .filter(|(_, f)| self.exact.contains_key(forms[*f as usize].as_str()))
                .map(|(r, _)| r.start)
                .collect();
            starts.sort_unstable();
            starts.dedup();
            starts
        } else {
            match self.starts.starts(hay, || self.sorted_forms()) {
                Some(starts) => starts,
                None => words(hay).map(|r| r.start).collect(),
            }
        };
        let mut singles: Vec<(usize, Range<usize>)> = Vec::new();
        for w in marked_words(hay, &marks) {
            if w.range.len() <= 4 && is_single_letter(&hay[w.range.clone()]) {
                // Letters a separator apart are neighbouring words (the
                // separator is no word); further apart, a run breaks anyway.
                let index = match singles.last() {
                    Some((i, last)) if hay[last.end..w.range.start].chars().count() == 1 => i + 1,
                    Some((i, _)) => i + 2,
                    None => 0,
                };
                singles.push((index, w.range.clone()));
            }
            if w.marked || w.odd {
                consider(w.range, None);
            }
        }
        for (r, joined) in spaced_runs(hay, &singles) {
            consider(r, Some(&joined));
        }
        // A spaced word was also seen letter by letter; keep the longest.
        out.sort_by_key(|h| (h.range.start, std::cmp::Reverse(h.range.end)));
        let mut kept: Vec<Hit> = Vec::new();
        for h in out {
            if kept.last().is_some_and(|k| h.range.start < k.range.end) {
                continue;
            }
            kept.push(h);
        }
        kept
    }

    fn context_allows(
        &self,
        hay: &str,
        r: &Range<usize>,
        whole: bool,
        term: &Term,
        is_capitalised: &impl Fn(Range<usize>) -> bool,
    ) -> bool {
        for tag in &term.entry.tags {
            let ok = match tag {
                Tag::Disease => {
                    !whole
                        || !words_before(hay, r.start, 2)
                            .iter()
                            .any(|w| MEDICAL_CUES.contains(w))
                }
                Tag::NotNear(near) => !words_before(hay, r.start, 6)
                    .iter()
                    .chain(&words_after(hay, r.end, 6))
                    .any(|w| near.iter().any(|x| x == w)),
                Tag::NotName => {
                    let next = words(&hay[r.end..])
                        .next()
                        .map(|n| n.start + r.end..n.end + r.end);
                    !(is_capitalised(r.clone()) && next.is_some_and(is_capitalised))
                }
            };
            if !ok {
                return false;
            }
        }
        term.entry.lang != "en" || language::is_not_dutch(sentence_around(hay, r))
    }
}

/// The sentence of `hay` that holds `r`.
fn sentence_around<'a>(hay: &'a str, r: &Range<usize>) -> &'a str {
    &hay[crate::rules::text::sentence_at(hay, r.start)]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(text: &str) -> Vec<(&'static str, String)> {
        let m = WordMatcher::builtin(&[]);
        let hay = fold(text);
        // Capitals as in the original text (same offsets for ASCII tests).
        let caps = |r: Range<usize>| {
            text.get(r)
                .is_some_and(|s| s.starts_with(char::is_uppercase))
        };
        m.find(&hay, caps)
            .into_iter()
            .map(|h| (h.rule.id, hay[h.range].to_string()))
            .collect()
    }

    #[test]
    fn whole_words_and_compounds() {
        assert_eq!(
            hits("Kut, alle toetsen kwijt"),
            [("decency/profanity", "kut".into())]
        );
        assert_eq!(
            hits("Wat een klotedag."),
            [("decency/profanity", "klotedag".into())]
        );
        assert_eq!(
            hits("KANKERHARD gewerkt"),
            [("decency/profanity", "kankerhard".into())]
        );
        assert_eq!(
            hits("die kankerlijer"),
            [("decency/insult", "kankerlijer".into())]
        );
        assert_eq!(
            hits("De sukkels van de directie"),
            [("decency/insult", "sukkels".into())]
        );
    }

    #[test]
    fn legitimate_compounds_and_containing_words_stay_quiet() {
        for clean in [
            "kankeronderzoek",
            "KWF Kankerbestrijding",
            "borstkanker",
            "buiktyfus",
            "hoera",
            "pikant",
            "therapist",
            "kleren",
            "pokkenvaccin",
            "sukkeldrafje",
            "eikels en kastanjes",
            "negeren",
            "homogeen",
            "Mongolië",
            "het licht flikkert",
            "Week tegen Pesten",
            "Kutsch",
            "scunthorpe",
            "godvergeten",
        ] {
            assert!(hits(clean).is_empty(), "{clean}: {:?}", hits(clean));
        }
    }

    #[test]
    fn disguises_are_undone() {
        assert_eq!(hits("k@nker zooi").len(), 1);
        assert_eq!(hits("Kuuuut, de deadline").len(), 1);
        assert_eq!(hits("Sh*t, de beamer").len(), 1);
        assert_eq!(hits("een 1d10ot"), [("decency/insult", "1d10ot".into())]);
        assert_eq!(
            hits("k a n k e r koud"),
            [("decency/profanity", "k a n k e r".into())]
        );
    }

    #[test]
    fn context_rules() {
        assert!(hits("Hij leed al jaren aan kanker.").is_empty());
        assert_eq!(hits("Krijg de tering met je rooster.").len(), 1);
        assert_eq!(hits("Die printer is echt kanker.").len(), 1);
        assert!(hits("een Mongool uit Mongolie").is_empty());
        assert_eq!(hits("Wat een mongool, die scheidsrechter.").len(), 1);
        assert!(hits("Dick Bruna-tentoonstelling in het museum").is_empty());
        assert_eq!(hits("Who drew a dick on the sign?").len(), 1);
        assert!(
            hits("Die moron van hiernaast is er weer.").is_empty(),
            "English word in a Dutch sentence"
        );
        assert_eq!(hits("Our deputy head is a complete moron.").len(), 1);
    }

    /// A post is searched with one automaton of the forms, a long text with
    /// another: both find the same.
    #[test]
    fn long_texts_find_what_posts_do() {
        let m = WordMatcher::builtin(&[]);
        // Lines: a post's sentences stay its own. 100 kB: past every
        // size at which the engine reads a text differently.
        let filler = "dit is een gewone zin over de les van vandaag.\n".repeat(2_000);
        for post in [
            "Kut, alle toetsen kwijt. Wat een klotedag, KANKERHARD gewerkt",
            "die kankerlijer; k@nker zooi; Kuuuut; Sh*t; een 1d10ot; k a n k e r koud",
            "Hij leed al jaren aan kanker. Krijg de tering met je rooster.",
            "kankeronderzoek, borstkanker, hoera, pikant, Mongolie, Dick Bruna",
            "Our deputy head is a complete moron. Who drew a dick on the sign?",
        ] {
            let hay = fold(post);
            let long = format!("{filler}{hay}");
            let short: Vec<Range<usize>> = m
                .find(&hay, |_| false)
                .into_iter()
                .map(|h| h.range)
                .collect();
            let shift = filler.len();
            let in_long: Vec<Range<usize>> = m
                .find(&long, |_| false)
                .into_iter()
                .map(|h| h.range.start - shift..h.range.end - shift)
                .collect();
            assert!(!short.is_empty() || post.starts_with("kankeronderzoek"));
            assert_eq!(in_long, short, "{post}");
        }
    }

    #[test]
    fn allowed_words_from_config() {
        let m = WordMatcher::builtin(&["verdomme".into()]);
        assert!(m.find("verdomme, weer vol", |_| false).is_empty());
    }
}

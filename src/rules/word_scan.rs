//! One pass over a long text for the words two families look for: the
//! forms of decency's lexicons and the gate words privacy reads on the
//! lower-cased prose. Each was an Aho-Corasick pass over the whole text of
//! its own, and a pass costs about the same whatever the number of words:
//! one automaton of both halves the cost.
//!
//! The pass reads the normalised prose. Gate words are plain lower-case
//! ASCII: where the lower-cased prose holds one, its bytes are ASCII in the
//! prose (any other character lower-cases to a non-ASCII one, or changes
//! length, and then privacy reads no gates in that part), and the
//! normalised prose copies ASCII as it is, lower-cased. So every occurrence
//! privacy would find is found here; privacy keeps those that read as the
//! word in its lower-cased part, which leaves exactly its own.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::MatchKind;
use aho_corasick::dfa::DFA;

use crate::document::Document;
use crate::rules::decency::words::builtin_forms;
use crate::rules::privacy::LOWER_GATES;

/// What the pass found, in the order of the matches' ends.
#[derive(Debug, Default)]
pub struct WordScan {
    /// Start in the normalised prose and index in [`builtin_forms`].
    pub forms: Vec<(usize, u32)>,
    /// Range in the prose and index in `LOWER_GATES.words()`.
    pub gate_words: Vec<(Range<usize>, u32)>,
}

impl WordScan {
    /// The occurrences of each gate's words in `lower`, the lower-cased
    /// `part` of the prose: those wholly inside the part that read as the
    /// word there, which are the ones a search of `lower` finds.
    pub fn gate_words_in(&self, part: &Range<usize>, lower: &str) -> Vec<Vec<Range<usize>>> {
        let words: Vec<(usize, &str)> = LOWER_GATES.words().collect();
        let mut out = vec![Vec::new(); LOWER_GATES.len()];
        // Ordered by end, so the part's words are one run of them.
        let from = self
            .gate_words
            .partition_point(|(r, _)| r.end <= part.start);
        for (r, w) in &self.gate_words[from..] {
            if r.end > part.end {
                break;
            }
            let (gate, word) = words[*w as usize];
            if r.start < part.start {
                continue;
            }
            let local = r.start - part.start..r.end - part.start;
            if lower.get(local.clone()) == Some(word) {
                out[gate].push(local);
            }
        }
        out
    }
}

enum Word {
    Form(u32),
    Gate(u32),
}

static SCANNER: LazyLock<(DFA, Vec<Word>)> = LazyLock::new(|| {
    let mut words: Vec<&str> = Vec::new();
    let mut what = Vec::new();
    for (i, f) in builtin_forms().iter().enumerate() {
        words.push(f);
        what.push(Word::Form(i as u32));
    }
    for (i, (_, w)) in LOWER_GATES.words().enumerate() {
        words.push(w);
        what.push(Word::Gate(i as u32));
    }
    // Every occurrence (standard semantics); a DFA read as interleaved
    // streams, as common words would stop a prefilter all the time.
    let dfa = DFA::builder()
        .match_kind(MatchKind::Standard)
        .prefilter(false)
        .build(words)
        .unwrap_or_else(|e| panic!("word scan: {e}"));
    (dfa, what)
});

/// The scan of `doc`, or `None` when its prose is short: each family then
/// reads its own words, which costs less than building the automaton.
pub fn of(doc: &Document) -> Option<&WordScan> {
    let norm = doc.normalized();
    (norm.text.len() > crate::pattern::SMALL_TEXT).then(|| {
        doc.word_scan.get_or_init(|| {
            let (dfa, what) = &*SCANNER;
            let prose = doc.prose();
            let mut scan = WordScan::default();
            for m in crate::interleave::overlapping(dfa, norm.text.as_bytes()) {
                match what[m.pattern] {
                    Word::Form(f) => scan.forms.push((m.range.start, f)),
                    Word::Gate(g) => scan.gate_words.push((norm.source_range(prose, m.range), g)),
                }
            }
            scan
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::decency::WordMatcher;
    use proptest::prelude::*;

    /// Words of a long draft: gate words and lexicon forms in several
    /// casings and disguises, and the characters where lower-casing or
    /// folding changes bytes (accents, ligatures, a zero-width space; none
    /// whose lower case has another length, as privacy reads no gates then).
    const PIECES: &[&str] = &[
        "de",
        "foto",
        "Foto",
        "FOTO",
        "fóto",
        "video's",
        "toestemming",
        "kanker",
        "Kanker",
        "KANKERLIJER",
        "k4nker",
        "kut",
        "adhd",
        "ADHD",
        "burn-out",
        "depressief",
        "zíek",
        "diabetes",
        "FÓTO",
        "ka\u{200B}nker",
        "cancer",
        "pregnant",
        "klootzak",
        "é",
        "Ærø",
        "ﬁlm",
        "film",
        "consent",
        "leerling",
        "Jan",
        "\n",
        "\n\n",
        ".",
        ",",
        "  ",
    ];

    fn drafts() -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(PIECES), 2500..3500).prop_map(|w| {
            let mut s = w.join(" ");
            while s.len() <= crate::pattern::SMALL_TEXT + 64 {
                s.push_str(" de foto");
            }
            s
        })
    }

    fn sorted(mut v: Vec<Vec<Range<usize>>>) -> Vec<Vec<Range<usize>>> {
        for g in &mut v {
            g.sort_by_key(|r| (r.start, r.end));
        }
        v
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// In any part of the prose, the scan gives privacy exactly the
        /// gate words a search of the lower-cased part finds.
        #[test]
        fn gate_words_are_those_of_the_lower_cased_part(
            text in drafts(),
            cut in 0.0f64..1.0,
            len in 0.0f64..1.0,
        ) {
            let doc = Document::from_bytes("a.txt", text.as_bytes());
            let scan = of(&doc).expect("long enough to scan");
            let prose = doc.prose();
            let mut start = (cut * prose.len() as f64) as usize;
            while !prose.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = start + (len * (prose.len() - start) as f64) as usize;
            while !prose.is_char_boundary(end) {
                end += 1;
            }
            let part = start..end;
            let lower = crate::normalize::lowercase(&prose[part.clone()]);
            prop_assume!(lower.len() == part.len());
            prop_assert_eq!(
                sorted(scan.gate_words_in(&part, &lower)),
                sorted(LOWER_GATES.occurrences(&lower))
            );
        }

        /// Decency finds the same words with the scan's marks as with its
        /// own automaton, also when the config allows some words.
        #[test]
        fn decency_finds_the_same_with_the_scan(text in drafts(), allow in any::<bool>()) {
            let allowed = if allow { vec!["kanker".to_string()] } else { Vec::new() };
            let m = WordMatcher::builtin(&allowed);
            let doc = Document::from_bytes("a.txt", text.as_bytes());
            let scan = of(&doc).expect("long enough to scan");
            let hay = &doc.normalized().text;
            let capital = |r: Range<usize>| hay[r].starts_with('k');
            prop_assert_eq!(
                m.find_scanned(hay, Some(&scan.forms), capital),
                m.find(hay, capital)
            );
        }
    }

    #[test]
    fn a_post_is_not_scanned() {
        let doc = Document::from_bytes("a.txt", b"Een foto van de klas, kanker.");
        assert!(of(&doc).is_none());
    }

    #[test]
    fn finds_forms_and_gate_words_with_their_places() {
        let text = format!("{}Kijk die FOTO, klootzak.", "x ".repeat(5000));
        let doc = Document::from_bytes("a.txt", text.as_bytes());
        let scan = of(&doc).unwrap();
        let words: Vec<&str> = LOWER_GATES.words().map(|(_, w)| w).collect();
        let gates: Vec<(&str, &str)> = scan
            .gate_words
            .iter()
            .map(|(r, w)| (&text[r.clone()], words[*w as usize]))
            .collect();
        assert_eq!(gates, [("Kijk", "kijk"), ("FOTO", "foto")]);
        let forms = builtin_forms();
        let norm = &doc.normalized().text;
        assert!(scan.forms.iter().any(|&(s, f)| forms[f as usize] == "klootzak"
            && norm[s..].starts_with("klootzak")));
    }
}

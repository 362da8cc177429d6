//! Finding words: [`SharedWords`] reads the word lists of several callers
//! in one pass over a long text; [`WordStarts`] finds where one list's
//! words start in a text of any size.
//!
//! An Aho-Corasick pass costs about the same whatever the number of words,
//! so callers that each look for words in the same long text register
//! their lists here and share one pass: one automaton of all of them,
//! searched for every occurrence (overlapping ones too), so no list's word
//! hides behind another list's. A short text is not scanned: each caller
//! then reads its own few words, which costs less than building the
//! automaton.

use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::dfa::DFA;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// Texts up to this many bytes are not scanned (see [`SharedWords::scan`]).
pub const SCAN_FROM: usize = crate::limits::SMALL_TEXT + 1;

/// The word lists of several callers as one automaton, built on the first
/// long text, so that a run on posts alone never builds it.
pub struct SharedWords {
    lists: fn() -> Vec<Vec<String>>,
    built: OnceLock<Built>,
}

struct Built {
    dfa: DFA,
    /// For each word of the automaton: its list and its index there.
    owner: Vec<(u32, u32)>,
    lists: usize,
}

/// Where the words of one list occur: (range, index in the list), ordered
/// by the ends of the occurrences.
pub type Hits = Vec<(Range<usize>, u32)>;

impl SharedWords {
    /// The lists that `lists` gives when first needed; the hits of a scan
    /// come back per list, in that order.
    pub const fn new(lists: fn() -> Vec<Vec<String>>) -> SharedWords {
        SharedWords {
            lists,
            built: OnceLock::new(),
        }
    }

    fn built(&self) -> &Built {
        self.built.get_or_init(|| {
            let lists = (self.lists)();
            let mut words: Vec<&str> = Vec::new();
            let mut owner = Vec::new();
            for (l, list) in lists.iter().enumerate() {
                for (i, w) in list.iter().enumerate() {
                    words.push(w);
                    owner.push((l as u32, i as u32));
                }
            }
            // Every occurrence (standard semantics); a DFA read as
            // interleaved streams, as common words would stop a prefilter
            // all the time.
            let dfa = DFA::builder()
                .match_kind(MatchKind::Standard)
                .prefilter(false)
                .build(words)
                .unwrap_or_else(|e| panic!("shared words: {e}"));
            Built {
                dfa,
                owner,
                lists: lists.len(),
            }
        })
    }

    /// Every occurrence of every list's words in `hay`, one [`Hits`] per
    /// list; `None` when `hay` is shorter than [`SCAN_FROM`].
    pub fn scan(&self, hay: &[u8]) -> Option<Vec<Hits>> {
        if hay.len() <= crate::limits::current().small_text {
            return None;
        }
        let built = self.built();
        let mut out = vec![Vec::new(); built.lists];
        for m in crate::interleave::overlapping(&built.dfa, hay) {
            let (list, index) = built.owner[m.pattern];
            out[list as usize].push((m.range, index));
        }
        Some(out)
    }
}

/// Where the words of one list start in a text, found the way the text's
/// size makes cheapest. A long text is read by a DFA (fast to search, slow
/// to build) as interleaved streams; a post, when many are expected
/// ([`crate::limits::expect_texts`]), by an NFA (cheap to build); a post
/// of a few not at all, since looking each of its words up costs less
/// than building even the NFA. The automata are built on first need, from
/// the words the caller gives then.
pub struct WordStarts {
    short: OnceLock<Option<AhoCorasick>>,
    long: OnceLock<Option<aho_corasick::dfa::DFA>>,
}

impl Default for WordStarts {
    fn default() -> WordStarts {
        WordStarts::new()
    }
}

impl WordStarts {
    pub const fn new() -> WordStarts {
        WordStarts {
            short: OnceLock::new(),
            long: OnceLock::new(),
        }
    }

    /// The offsets in `hay` where a word of `words()` starts, sorted and
    /// without repeats; `None` when the caller should look every word of
    /// `hay` up instead (a post of a few, or an automaton that could not
    /// be built). On a long text every occurrence counts, overlapping ones
    /// too; on a post, the leftmost of overlapping ones: each marks the
    /// same words.
    pub fn starts<'w>(
        &self,
        hay: &str,
        words: impl FnOnce() -> Vec<&'w str>,
    ) -> Option<Vec<usize>> {
        let long = hay.len() > crate::limits::current().small_text;
        if long {
            let dfa = self
                .long
                .get_or_init(|| {
                    aho_corasick::dfa::DFA::builder()
                        .match_kind(MatchKind::Standard)
                        .build(words())
                        .ok()
                })
                .as_ref()?;
            // In order of their ends: sorted by start.
            let mut starts: Vec<usize> = crate::interleave::overlapping(dfa, hay.as_bytes())
                .into_iter()
                .map(|m| m.range.start)
                .collect();
            starts.sort_unstable();
            starts.dedup();
            return Some(starts);
        }
        if self.short.get().is_none() && !crate::limits::many_texts() {
            return None;
        }
        let ac = self
            .short
            .get_or_init(|| {
                // A post is searched once or a few times: the NFA, which
                // the other kinds are built from, costs least to have.
                AhoCorasick::builder()
                    .kind(Some(AhoCorasickKind::NoncontiguousNFA))
                    .build(words())
                    .ok()
            })
            .as_ref()?;
        Some(ac.find_iter(hay).map(|m| m.start()).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::{self, Limits};
    use proptest::prelude::*;

    const A: &[&str] = &["foto", "kijk", "de"];
    const B: &[&str] = &["kanker", "kank", "foto", "ker"];

    fn lists() -> Vec<Vec<String>> {
        [A, B]
            .iter()
            .map(|l| l.iter().map(|w| w.to_string()).collect())
            .collect()
    }

    /// What a plain search of each list gives: every occurrence, ordered
    /// by end (and, ending at one byte, longest first, as the DFA gives).
    fn naive(list: &[&str], hay: &[u8]) -> Hits {
        let mut out: Vec<(Range<usize>, u32)> = Vec::new();
        for (i, w) in list.iter().enumerate() {
            let w = w.as_bytes();
            for at in 0..hay.len().saturating_sub(w.len() - 1) {
                if &hay[at..at + w.len()] == w {
                    out.push((at..at + w.len(), i as u32));
                }
            }
        }
        out.sort_by_key(|(r, _)| (r.end, std::cmp::Reverse(r.len())));
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]

        /// Each list gets exactly its own words' occurrences, as a naive
        /// search of that list alone finds them.
        #[test]
        fn each_list_gets_what_a_search_of_it_finds(
            words in proptest::collection::vec(
                prop_oneof![Just("foto"), Just("kanker"), Just("kijk"), Just("de"),
                            Just("x"), Just(" "), Just("\n"), Just("kankerfoto")],
                3000..4000),
        ) {
            let hay = words.concat();
            let shared = SharedWords::new(lists);
            let hits = shared.scan(hay.as_bytes()).expect("long enough");
            prop_assert_eq!(&hits[0], &naive(A, hay.as_bytes()));
            prop_assert_eq!(&hits[1], &naive(B, hay.as_bytes()));
        }
    }

    /// A post of a few is not searched; a post of many and long texts
    /// find where the words start.
    #[test]
    fn word_starts_by_regime() {
        let w = WordStarts::new();
        let words = || vec!["kanker", "kut", "er"];
        let post = "kut, kanker en meer";
        let few = Limits::DEFAULT;
        let many = Limits {
            many_texts: true,
            ..Limits::DEFAULT
        };
        for _ in 0..9 {
            assert_eq!(limits::with(few, || w.starts(post, words)), None);
        }
        assert!(w.short.get().is_none(), "no automaton for a few posts");
        // Leftmost of overlapping ones on a post ("er" in "kanker" is not).
        let found = limits::with(many, || w.starts(post, words));
        assert_eq!(found, Some(vec![0, 5, 17]));
        assert!(w.long.get().is_none());
        let long = format!("{}{post}", " ".repeat(crate::pattern::SMALL_TEXT));
        let at = crate::pattern::SMALL_TEXT;
        // Every occurrence on a long text.
        assert_eq!(
            w.starts(&long, words),
            Some(vec![at, at + 5, at + 9, at + 17])
        );
    }

    #[test]
    fn a_short_text_is_not_scanned() {
        let shared = SharedWords::new(lists);
        assert!(shared.scan(b"kijk de foto").is_none());
        assert!(shared.built.get().is_none(), "built for a short text");
        let long = "kijk ".repeat(SCAN_FROM / 5 + 1);
        assert_eq!(
            shared.scan(long.as_bytes()).unwrap()[0].len(),
            SCAN_FROM / 5 + 1
        );
    }
}

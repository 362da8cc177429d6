//! Every occurrence of an Aho-Corasick DFA's words in a long text, read as
//! four streams at once.
//!
//! A DFA reads one byte a step, and each step waits for the table lookup of
//! the step before: on this machine about 2 ns a byte, whatever the number
//! of words. Four independent streams over four quarters of the text keep
//! four lookups in flight, so the processor overlaps their waiting; one
//! pass then costs about half. Each stream after the first starts
//! `max_pattern_len` bytes before its quarter, without reporting, so that
//! its state at the quarter's start is the state a single pass would have
//! there (a DFA state only remembers the last `max_pattern_len` bytes).

use std::ops::Range;

use aho_corasick::Anchored;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;

/// A word found: its index in the DFA's word list and where it lies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub pattern: usize,
    pub range: Range<usize>,
}

/// Below this length one stream: the quarters' warm-up would cost more.
const INTERLEAVE_FROM: usize = 1 << 14;

/// Every occurrence of every word of `dfa` (built with standard match
/// semantics) in `hay`, overlapping ones included, ordered by end and then
/// as `find_overlapping_iter` orders words ending at the same byte.
pub fn overlapping(dfa: &DFA, hay: &[u8]) -> Vec<Found> {
    let Ok(start) = dfa.start_state(Anchored::No) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let warm = dfa.max_pattern_len();
    if hay.len() < INTERLEAVE_FROM.max(8 * warm) {
        run(dfa, hay, 0..hay.len(), start, &mut out);
        return out;
    }
    let quarter = hay.len() / 4;
    // Each stream's state where its quarter starts.
    let states: [StateID; 4] = std::array::from_fn(|k| {
        let at = k * quarter;
        let mut s = start;
        for &b in &hay[at.saturating_sub(warm)..at] {
            s = dfa.next_state(Anchored::No, s, b);
        }
        s
    });
    let mut found: [Vec<Found>; 4] = Default::default();
    let [mut s0, mut s1, mut s2, mut s3] = states;
    let [f0, f1, f2, f3] = &mut found;
    for i in 0..quarter {
        let at = [i, quarter + i, 2 * quarter + i, 3 * quarter + i];
        s0 = dfa.next_state(Anchored::No, s0, hay[at[0]]);
        s1 = dfa.next_state(Anchored::No, s1, hay[at[1]]);
        s2 = dfa.next_state(Anchored::No, s2, hay[at[2]]);
        s3 = dfa.next_state(Anchored::No, s3, hay[at[3]]);
        // Matches are rare: one test of all four, then each.
        if dfa.is_special(s0) | dfa.is_special(s1) | dfa.is_special(s2) | dfa.is_special(s3) {
            push_matches(dfa, s0, at[0] + 1, f0);
            push_matches(dfa, s1, at[1] + 1, f1);
            push_matches(dfa, s2, at[2] + 1, f2);
            push_matches(dfa, s3, at[3] + 1, f3);
        }
    }
    // The last stream reads on to the end (the rest of the division).
    run(dfa, hay, 4 * quarter..hay.len(), s3, f3);
    for f in found {
        out.extend(f);
    }
    out
}

/// Reads `hay[range]` from state `s`, pushing the matches.
fn run(dfa: &DFA, hay: &[u8], range: Range<usize>, mut s: StateID, out: &mut Vec<Found>) {
    for at in range {
        s = dfa.next_state(Anchored::No, s, hay[at]);
        if dfa.is_special(s) {
            push_matches(dfa, s, at + 1, out);
        }
    }
}

#[inline]
fn push_matches(dfa: &DFA, s: StateID, end: usize, out: &mut Vec<Found>) {
    if !dfa.is_match(s) {
        return;
    }
    for k in 0..dfa.match_len(s) {
        let pattern = dfa.match_pattern(s, k);
        let len = dfa.pattern_len(pattern);
        out.push(Found {
            pattern: pattern.as_usize(),
            range: end - len..end,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
    use proptest::prelude::*;

    fn reference(words: &[&str], hay: &str) -> Vec<Found> {
        let ac = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::Standard)
            .build(words)
            .unwrap();
        ac.find_overlapping_iter(hay)
            .map(|m| Found {
                pattern: m.pattern().as_usize(),
                range: m.range(),
            })
            .collect()
    }

    fn dfa(words: &[&str]) -> DFA {
        DFA::builder()
            .match_kind(MatchKind::Standard)
            .build(words)
            .unwrap()
    }

    #[test]
    fn streams_find_what_one_pass_finds() {
        let words = ["cel", "celstraf", "vast", "kast", "ast", "straf", "a"];
        let text = "de kast zit vast; celstraf of cel? ".repeat(2000);
        assert!(text.len() > INTERLEAVE_FROM);
        let got = overlapping(&dfa(&words), text.as_bytes());
        assert_eq!(got, reference(&words, &text));
        assert!(got.len() > 10_000);
    }

    proptest! {
        /// Texts over a small alphabet, so words straddle the quarters'
        /// starts in every way.
        #[test]
        fn same_as_find_overlapping_iter(
            text in proptest::collection::vec(proptest::sample::select(vec![b'a', b'b', b'c', b' ']), 0..40_000),
            words in proptest::collection::vec("[abc]{1,12}", 1..8),
        ) {
            let text = String::from_utf8(text).unwrap();
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            prop_assert_eq!(overlapping(&dfa(&words), text.as_bytes()), reference(&words, &text));
        }
    }
}

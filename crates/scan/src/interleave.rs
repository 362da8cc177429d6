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
//!
//! [`match_ends`] does the same for a lazy regex DFA, whose states may
//! remember any number of bytes: there each stream starts fresh at its
//! quarter and reads on past its end instead, so that matches up to that
//! length which start in a quarter end in the stream that read them.

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

/// Every occurrence of every word of `dfa` (built with standard match
/// semantics) in `hay`, overlapping ones included, ordered by end and then
/// as `find_overlapping_iter` orders words ending at the same byte.
pub fn overlapping(dfa: &DFA, hay: &[u8]) -> Vec<Found> {
    let Ok(start) = dfa.start_state(Anchored::No) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let warm = dfa.max_pattern_len();
    if hay.len() < crate::limits::current().interleave_from.max(8 * warm) {
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

/// Where matches of `dfa` (unanchored, built with `MatchKind::All`) end in
/// `hay`, sorted, for every match that holds at most `runs` runs of white
/// space: each stream reads on past the next one's start until no such
/// match that began before it can still end.
/// `None` when the DFA quits or dies (it is built to do neither).
///
/// The four streams share one cache: they pass through much the same
/// states, which are then built once instead of four times. Should the
/// cache fill up and be cleared, the state IDs the other streams hold are
/// stale: the streams stop there and one stream reads the whole text
/// (one stream survives clears).
pub fn match_ends(
    dfa: &regex_automata::hybrid::dfa::DFA,
    cache: &mut regex_automata::hybrid::dfa::Cache,
    hay: &[u8],
    runs: usize,
) -> Option<Vec<usize>> {
    if hay.len() < crate::limits::current().interleave_from {
        return whole_ends(dfa, cache, hay);
    }
    let clears = cache.clear_count();
    match streams(dfa, cache, hay, runs) {
        Some(ends) if cache.clear_count() == clears => Some(ends),
        _ if cache.clear_count() != clears => whole_ends(dfa, cache, hay),
        _ => None,
    }
}

/// [`match_ends`] as one stream.
fn whole_ends(
    dfa: &regex_automata::hybrid::dfa::DFA,
    cache: &mut regex_automata::hybrid::dfa::Cache,
    hay: &[u8],
) -> Option<Vec<usize>> {
    let mut out = Vec::new();
    let s = dfa
        .start_state_forward(cache, &regex_automata::Input::new(hay))
        .ok()?;
    lazy_run(dfa, cache, hay, 0..hay.len(), s, &mut out)?;
    Some(out)
}

/// [`match_ends`] as four streams; stops early (with whatever it has) when
/// the cache is cleared, which the caller tells by its clear count.
fn streams(
    dfa: &regex_automata::hybrid::dfa::DFA,
    cache: &mut regex_automata::hybrid::dfa::Cache,
    hay: &[u8],
    runs: usize,
) -> Option<Vec<usize>> {
    let clears = cache.clear_count();
    let cleared = |c: &regex_automata::hybrid::dfa::Cache| c.clear_count() != clears;
    let quarter = hay.len() / 4;
    let mut s = [regex_automata::hybrid::LazyStateID::default(); 4];
    for (k, s) in s.iter_mut().enumerate() {
        // Each stream starts at its quarter, the byte before it in view.
        let input = regex_automata::Input::new(hay).range(k * quarter..);
        *s = dfa.start_state_forward(cache, &input).ok()?;
    }
    let mut ends: [Vec<usize>; 4] = Default::default();
    for i in 0..quarter {
        let at = [i, quarter + i, 2 * quarter + i, 3 * quarter + i];
        let b = at.map(|a| hay[a]);
        if !(s[0].is_tagged() | s[1].is_tagged() | s[2].is_tagged() | s[3].is_tagged()) {
            // The usual step: four lookups of known transitions, which
            // cannot touch the cache.
            let n: [regex_automata::hybrid::LazyStateID; 4] =
                std::array::from_fn(|k| dfa.next_state_untagged(cache, s[k], b[k]));
            if !(n[0].is_tagged() | n[1].is_tagged() | n[2].is_tagged() | n[3].is_tagged()) {
                s = n;
                continue;
            }
            for k in 0..4 {
                s[k] = if n[k].is_unknown() {
                    let next = dfa.next_state(cache, s[k], b[k]).ok()?;
                    // A clear makes the other streams' states stale.
                    if cleared(cache) {
                        return Some(Vec::new());
                    }
                    next
                } else {
                    n[k]
                };
            }
        } else {
            for k in 0..4 {
                s[k] = dfa.next_state(cache, s[k], b[k]).ok()?;
                if cleared(cache) {
                    return Some(Vec::new());
                }
            }
        }
        // Tagged states (match, dead, quit) are rare: one test of all four.
        if s[0].is_tagged() | s[1].is_tagged() | s[2].is_tagged() | s[3].is_tagged() {
            for k in 0..4 {
                if s[k].is_quit() || s[k].is_dead() {
                    return None;
                }
                if s[k].is_match() {
                    // Matches show one byte late: this one ended before `at`.
                    ends[k].push(at[k]);
                }
            }
        }
    }
    // Streams read on into the next quarter, past as many runs of white
    // space as a match holds and the byte after (matches show one byte
    // late); the last to the end.
    for k in 0..4 {
        if cleared(cache) {
            return Some(Vec::new());
        }
        let end = if k == 3 {
            hay.len()
        } else {
            (crate::gate::runs_forward(hay, (k + 1) * quarter, runs) + 1).min(hay.len())
        };
        lazy_run(dfa, cache, hay, (k + 1) * quarter..end, s[k], &mut ends[k])?;
    }
    let mut out: Vec<usize> = ends.into_iter().flatten().collect();
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// Reads `hay[range]` from state `s`, pushing match ends; at the end of
/// `hay` also the end-of-input transition.
fn lazy_run(
    dfa: &regex_automata::hybrid::dfa::DFA,
    cache: &mut regex_automata::hybrid::dfa::Cache,
    hay: &[u8],
    range: Range<usize>,
    mut s: regex_automata::hybrid::LazyStateID,
    out: &mut Vec<usize>,
) -> Option<()> {
    let end = range.end;
    for at in range {
        s = dfa.next_state(cache, s, hay[at]).ok()?;
        if s.is_tagged() {
            if s.is_quit() || s.is_dead() {
                return None;
            }
            if s.is_match() {
                out.push(at);
            }
        }
    }
    if end == hay.len() {
        s = dfa.next_eoi_state(cache, s).ok()?;
        if s.is_match() {
            out.push(end);
        }
    }
    Some(())
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
        assert!(text.len() > crate::limits::INTERLEAVE_FROM);
        let got = overlapping(&dfa(&words), text.as_bytes());
        assert_eq!(got, reference(&words, &text));
        assert!(got.len() > 10_000);
    }

    fn lazy(patterns: &[&str]) -> regex_automata::hybrid::dfa::DFA {
        use regex_automata::hybrid::dfa::DFA;
        DFA::builder()
            .configure(DFA::config().match_kind(regex_automata::MatchKind::All))
            .build_many(patterns)
            .unwrap()
    }

    /// The same DFA with a cache so small that it is cleared all the time.
    fn lazy_cramped(patterns: &[&str]) -> regex_automata::hybrid::dfa::DFA {
        use regex_automata::hybrid::dfa::DFA;
        DFA::builder()
            .configure(
                DFA::config()
                    .match_kind(regex_automata::MatchKind::All)
                    .cache_capacity(0)
                    .skip_cache_capacity_check(true),
            )
            .build_many(patterns)
            .unwrap()
    }

    #[test]
    fn a_cleared_cache_falls_back_to_one_stream() {
        let patterns = [
            r"(?-u:\b)ab(?: {1,3}[abc]{1,6}){0,2}? {1,3}ab(?-u:\b)",
            "c a b c",
        ];
        let text = "ab ca ab cab c a b c aab ab bc ab ".repeat(2000);
        let dfa = lazy_cramped(&patterns);
        let mut cache = dfa.create_cache();
        let got = match_ends(&dfa, &mut cache, text.as_bytes(), 6).unwrap();
        assert!(cache.clear_count() > 0, "the cache must have been cleared");
        assert!(!got.is_empty());
        assert_eq!(got, ends_in_one_pass(&lazy(&patterns), text.as_bytes()));
    }

    /// One stream over the whole text: what `match_ends` must agree with.
    fn ends_in_one_pass(dfa: &regex_automata::hybrid::dfa::DFA, hay: &[u8]) -> Vec<usize> {
        let mut cache = dfa.create_cache();
        let s = dfa
            .start_state_forward(&mut cache, &regex_automata::Input::new(hay))
            .unwrap();
        let mut out = Vec::new();
        lazy_run(dfa, &mut cache, hay, 0..hay.len(), s, &mut out).unwrap();
        out
    }

    /// Texts of `len` bytes over a small alphabet, so that words straddle
    /// the quarters' starts in every way.
    fn abc_texts(len: Range<usize>) -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(vec![b'a', b'b', b'c', b' ']), len)
            .prop_map(|t| String::from_utf8(t).unwrap())
    }

    proptest! {
        /// Matches are all found however the quarters cut them, and
        /// every leftmost match of each pattern ends where one is
        /// reported.
        #[test]
        fn lazy_streams_find_every_match_end(
            text in abc_texts(20_000..40_000),
            words in proptest::collection::vec("[abc]{1,6}", 1..4),
        ) {
            let patterns: Vec<String> = words
                .iter()
                .map(|w| format!(r"(?-u:\b){w}(?: {{1,3}}[abc]{{1,6}}){{0,2}}? {{1,3}}{w}(?-u:\b)"))
                .collect();
            let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
            let dfa = lazy(&patterns);
            let runs = patterns
                .iter()
                .map(|p| crate::shape::space_runs(&regex_syntax::Parser::new().parse(p).unwrap()).unwrap())
                .max()
                .unwrap();
            let got = match_ends(&dfa, &mut dfa.create_cache(), text.as_bytes(), runs).unwrap();
            prop_assert_eq!(&got, &ends_in_one_pass(&dfa, text.as_bytes()));
            for p in &patterns {
                for m in regex::Regex::new(p).unwrap().find_iter(&text) {
                    prop_assert!(got.binary_search(&m.end()).is_ok(), "{p} {:?}", m.range());
                }
            }
        }
    }

    proptest! {
        #[test]
        fn same_as_find_overlapping_iter(
            text in abc_texts(0..40_000),
            words in proptest::collection::vec("[abc]{1,12}", 1..8),
        ) {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            prop_assert_eq!(overlapping(&dfa(&words), text.as_bytes()), reference(&words, &text));
        }
    }
}

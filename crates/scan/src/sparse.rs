//! Patterns whose matches are rare in a long text. Every match of such a
//! pattern holds one of a few words, which its parsed form tells
//! ([`crate::shape::anchors`]): on a long text the engine finds those words
//! in one cheap pass and runs the pattern only on the windows around them,
//! each reaching as many runs of white space as a match can. A caller says
//! which pattern; the words and the reach are never written by hand.

use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::gate::{scan_windows, word_windows};
use crate::pattern::{Before, Finders, Lazy};
use crate::shape::Anchors;

/// A pattern searched, in a long text, only around the words every match
/// of it holds. Built on first use: a text that never asks pays nothing.
pub struct Sparse {
    written: &'static str,
    lazy: OnceLock<Lazy>,
    anchors: OnceLock<Option<Anchors>>,
    finders: OnceLock<Finders>,
    automaton: OnceLock<AhoCorasick>,
}

/// Where in a text a [`Sparse`] pattern can match: the whole text, or
/// some stretches of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Places {
    Whole,
    Some(Vec<Range<usize>>),
}

impl Sparse {
    /// `pattern` as [`Lazy::new`] takes it.
    pub const fn new(pattern: &'static str) -> Sparse {
        Sparse {
            written: pattern,
            lazy: OnceLock::new(),
            anchors: OnceLock::new(),
            finders: OnceLock::new(),
            automaton: OnceLock::new(),
        }
    }

    pub fn pattern(&self) -> &Lazy {
        self.lazy.get_or_init(|| Lazy::new(self.written))
    }

    /// The words every match holds and the reach around them; `None` when
    /// the pattern must run on the whole text.
    pub fn anchors(&self) -> Option<&Anchors> {
        self.anchors
            .get_or_init(|| crate::shape::anchors_of(self.pattern().as_str()))
            .as_ref()
    }

    /// The words every match holds (none when the pattern has no anchors).
    pub fn words(&self) -> &[String] {
        self.anchors().map_or(&[], |a| &a.words)
    }

    /// Where in `hay` the pattern can match.
    pub fn places(&self, hay: &str) -> Places {
        let Some(a) = self.anchors() else {
            return Places::Whole;
        };
        // A post is one stretch, when it holds a word at all: looking the
        // few words up costs less than building the automaton.
        if hay.len() <= crate::limits::current().small_text {
            let finders = self.finders.get_or_init(|| Finders::of(&a.words));
            return if finders.occur_in(hay, Before::Anything) {
                Places::Whole
            } else {
                Places::Some(Vec::new())
            };
        }
        let ac = self.automaton.get_or_init(|| {
            AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .match_kind(MatchKind::LeftmostFirst)
                .build(&a.words)
                .unwrap_or_else(|e| panic!("anchor words: {e}"))
        });
        // Leftmost, non-overlapping: an occurrence left out overlaps one
        // found, and anchor words hold no white space, so both lie in one
        // word, which is where a window's walk starts from.
        let found = ac.find_iter(hay).map(|m| m.range());
        Places::Some(word_windows(hay, found, a.before, a.after))
    }

    /// Every match in `hay`, as `find_iter` gives them.
    pub fn find_iter(&self, hay: &str) -> Vec<Range<usize>> {
        self.find_iter_in(hay, &self.places(hay))
    }

    pub fn find(&self, hay: &str) -> Option<Range<usize>> {
        self.find_in(hay, &self.places(hay))
    }

    pub fn is_match(&self, hay: &str) -> bool {
        self.is_match_in(hay, &self.places(hay))
    }

    /// [`Sparse::find_iter`] given the places ([`SparseSet::places`]).
    pub fn find_iter_in(&self, hay: &str, places: &Places) -> Vec<Range<usize>> {
        let re = self.pattern();
        match places {
            Places::Whole => re.find_iter(hay),
            Places::Some(windows) => {
                let mut out = Vec::new();
                scan_windows(hay, windows, |h, o| o.extend(re.find_iter(h)), &mut out);
                out
            }
        }
    }

    pub fn find_in(&self, hay: &str, places: &Places) -> Option<Range<usize>> {
        let re = self.pattern();
        match places {
            Places::Whole => re.find(hay),
            Places::Some(windows) => windows.iter().find_map(|w| {
                re.find(&hay[w.clone()])
                    .map(|m| m.start + w.start..m.end + w.start)
            }),
        }
    }

    pub fn is_match_in(&self, hay: &str, places: &Places) -> bool {
        let re = self.pattern();
        match places {
            Places::Whole => re.is_match(hay),
            Places::Some(windows) => windows.iter().any(|w| re.is_match(&hay[w.clone()])),
        }
    }
}

/// Several sparse patterns read on the same long text: one automaton of
/// all their words, searched once for every occurrence.
pub struct SparseSet {
    members: &'static [&'static Sparse],
    /// The automaton, and the member of each of its words.
    automaton: OnceLock<(aho_corasick::dfa::DFA, Vec<usize>)>,
}

impl SparseSet {
    pub const fn new(members: &'static [&'static Sparse]) -> SparseSet {
        SparseSet {
            members,
            automaton: OnceLock::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Every member's words, each with the index of its member.
    pub fn words(&self) -> impl Iterator<Item = (usize, &str)> + '_ {
        self.members
            .iter()
            .enumerate()
            .flat_map(|(k, m)| m.words().iter().map(move |w| (k, w.as_str())))
    }

    /// The places of each member in `hay`, in the order given.
    pub fn places(&self, hay: &str) -> Vec<Places> {
        self.places_around(hay, None)
    }

    /// [`SparseSet::places`], given every occurrence of each member's
    /// words in `hay` when they were found already (see
    /// [`crate::words::SharedWords`]); posts still get each member's own.
    pub fn places_around(&self, hay: &str, found: Option<Vec<Vec<Range<usize>>>>) -> Vec<Places> {
        if hay.len() <= crate::limits::current().small_text {
            return self.members.iter().map(|m| m.places(hay)).collect();
        }
        let found = found.unwrap_or_else(|| self.occurrences(hay));
        found
            .into_iter()
            .zip(self.members)
            .map(|(mut f, m)| match m.anchors() {
                None => Places::Whole,
                Some(a) => {
                    f.sort_by_key(|r| r.start);
                    Places::Some(word_windows(hay, f, a.before, a.after))
                }
            })
            .collect()
    }

    /// Every occurrence of each member's words, in one pass.
    pub fn occurrences(&self, hay: &str) -> Vec<Vec<Range<usize>>> {
        let (ac, member_of) = self.automaton.get_or_init(|| {
            let (member_of, words): (Vec<usize>, Vec<&str>) = self.words().unzip();
            // Overlapping search needs standard semantics; common words
            // make a prefilter stop all the time, so a DFA alone, read as
            // interleaved streams.
            let dfa = aho_corasick::dfa::DFA::builder()
                .match_kind(MatchKind::Standard)
                .prefilter(false)
                .build(words)
                .unwrap_or_else(|e| panic!("anchor words: {e}"));
            (dfa, member_of)
        });
        let mut out: Vec<Vec<Range<usize>>> = vec![Vec::new(); self.members.len()];
        for m in crate::interleave::overlapping(ac, hay.as_bytes()) {
            out[member_of[m.pattern]].push(m.range);
        }
        out
    }
}

/// Test support: generated matches of `sparse`'s pattern, padded with
/// white space and long words around and inside, are found in its places
/// exactly as in the whole text, on short and on long texts.
#[cfg(any(test, feature = "testing"))]
pub fn assert_sparse_holds(sparse: &Sparse) {
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::TestRunner;
    // The generator knows no look-around; a space on each side stands in.
    let body = sparse.pattern().as_str().replace("(?-u:\\b)", "");
    let strategy = proptest::string::string_regex(&body)
        .unwrap_or_else(|e| panic!("cannot generate from {body:?}: {e}"));
    // Deterministic, so that CI fails on a real gap, not on a dice roll.
    let mut runner = TestRunner::deterministic();
    let re = sparse.pattern().regex();
    let filler = "woord ".repeat(40);
    for i in 0..3_000 {
        let sample = strategy.new_tree(&mut runner).unwrap().current();
        let hay = if i % 2 == 0 {
            format!("tekst {sample} tekst")
        } else {
            format!("{filler}{sample}\n\n{filler}{sample} {filler}")
        };
        let whole: Vec<Range<usize>> = re.find_iter(&hay).map(|m| m.range()).collect();
        for lim in crate::limits::TEST_REGIMES {
            crate::limits::with(lim, || {
                assert_eq!(sparse.find_iter(&hay), whole, "misses {sample:?} ({lim:?})");
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::{Strategy, ValueTree};

    static A: Sparse = Sparse::new(r"\b(?:zit\s+vast|in\s+de\s+cel|uit\s+de\s+kast|celstraf)\b");
    static B: Sparse = Sparse::new(r"\b(?:foto|clip)\s+van\s+(?:de|het)\s+\w+");
    static SET: SparseSet = SparseSet::new(&[&A, &B]);

    /// On a long text, a set's one pass gives each member the places its
    /// own search gives, also where words of the members overlap
    /// ("fotoclip", "celstraf"); and the matches are the whole text's.
    #[test]
    fn a_set_places_each_member_as_its_own_search_does() {
        assert_eq!(A.words(), ["cel", "celstraf", "kast", "vast"]);
        assert_eq!(B.words(), ["clip", "foto"]);
        let words = "(zit|vast|in|de|cel|uit|kast|celstraf|foto|clip|fotoclip|van|het|zin|x)";
        let text =
            proptest::string::string_regex(&format!("({words}[ \n.]{{1,3}}|{words}){{2500,4000}}"))
                .unwrap();
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let mut long = 0;
        for _ in 0..20 {
            let hay = text.new_tree(&mut runner).unwrap().current();
            if hay.len() <= crate::limits::SMALL_TEXT {
                continue;
            }
            long += 1;
            let set = SET.places(&hay);
            for (member, places) in [&A, &B].into_iter().zip(&set) {
                assert_eq!(places, &member.places(&hay));
                let whole: Vec<Range<usize>> = member
                    .pattern()
                    .regex()
                    .find_iter(&hay)
                    .map(|m| m.range())
                    .collect();
                assert_eq!(member.find_iter_in(&hay, places), whole);
            }
        }
        assert!(long > 10, "too few long texts");
    }
}

//! Building regular expressions that start fast.
//!
//! Most patterns run on the normalised text, where Dutch words are plain
//! ASCII (case and diacritics folded). Unicode `\w`, `\s`, `\d` and `\b`
//! make every `(?:\w+\s+){0,6}` a large automaton that takes milliseconds
//! to build; their ASCII forms are equivalent on folded Dutch and cost a
//! fraction. [`ascii`] rewrites a pattern that way before compiling it.

use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

use regex::{Regex, RegexSet};
use regex_automata::meta;
use regex_automata::nfa::thompson::WhichCaptures;
use regex_automata::{Anchored, Input};

/// `pattern` with `\w \s \d \b` (and classes using them) in their ASCII form.
pub fn asciify(pattern: &str) -> String {
    // Every character looked at is ASCII, and no byte of a multi-byte
    // character is: walking bytes copies the others unchanged.
    let b = pattern.as_bytes();
    let mut out = String::with_capacity(pattern.len() + 64);
    let mut copied = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' if i + 1 < b.len() => {
                // Negated forms (\W, \S, \D) stay Unicode: in ASCII they could match
                // bytes that are not UTF-8, which a &str regex refuses.
                if matches!(b[i + 1], b'w' | b's' | b'd' | b'b') {
                    out.push_str(&pattern[copied..i]);
                    out.push_str("(?-u:");
                    out.push_str(&pattern[i..i + 2]);
                    out.push(')');
                    copied = i + 2;
                }
                i += 2;
            }
            b'[' => {
                // Take the whole class; wrap it when it uses a Perl class and
                // is not negated (a negated ASCII class could match bytes
                // that are not UTF-8).
                let start = i;
                let mut j = i + 1;
                if j < b.len() && b[j] == b'^' {
                    j += 1;
                }
                if j < b.len() && b[j] == b']' {
                    j += 1;
                }
                while j < b.len() && b[j] != b']' {
                    if b[j] == b'\\' {
                        j += 1;
                    } else if b[j] == b'[' && b.get(j + 1) == Some(&b':') {
                        while j < b.len() && !(b[j] == b':' && b.get(j + 1) == Some(&b']')) {
                            j += 1;
                        }
                        j += 1;
                    }
                    j += 1;
                }
                let end = (j + 1).min(b.len());
                let class = &pattern[start..end];
                let negated = b.get(start + 1) == Some(&b'^');
                let perl = ["\\w", "\\s", "\\d"].iter().any(|p| class.contains(p));
                if perl && !negated {
                    out.push_str(&pattern[copied..start]);
                    out.push_str("(?-u:");
                    out.push_str(class);
                    out.push(')');
                    copied = end;
                }
                i = end;
            }
            _ => i += 1,
        }
    }
    out.push_str(&pattern[copied..]);
    out
}

/// Compile `pattern` with ASCII Perl classes; panics on a bad pattern,
/// which the tests of every module catch.
pub fn ascii(pattern: &str) -> Regex {
    Regex::new(&asciify(pattern)).unwrap_or_else(|e| panic!("pattern {pattern:?}: {e}"))
}

/// Texts up to this size are checked for a pattern's start words before
/// the pattern is built: an editor's post then builds only the few patterns
/// it can match. Longer texts build them all (the check would cost more).
/// Tests may lower it for a thread ([`crate::limits`]).
pub const SMALL_TEXT: usize = crate::limits::SMALL_TEXT;

/// The literal words every match of a pattern starts with, read off its
/// parsed form by [`starts`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Starts {
    pub words: Vec<String>,
    /// The pattern starts with `\b` and every word with a word character:
    /// a match starts where a word starts.
    pub at_word_start: bool,
    /// ASCII white space must follow the word: `\b(?:sla|trap)\s+…` does
    /// not start in "slapen".
    pub space_after: bool,
}

impl Starts {
    /// Whether one of the words occurs in `hay` as the pattern needs it;
    /// `finders` are the searchers of the words.
    fn occur_in(&self, hay: &str, finders: &Finders) -> bool {
        finders.occur_in_then(hay, self.before(), self.space_after)
    }

    /// What must come before a start word.
    fn before(&self) -> Before {
        if self.at_word_start {
            Before::WordStart
        } else {
            Before::Anything
        }
    }
}

/// Searchers for a few words, built once: a text is checked against every
/// pattern's words, and building a searcher costs more than a short search.
/// Each is built when first needed: most texts are decided by the first
/// word or two of a list.
#[derive(Debug, Clone, Default)]
pub struct Finders(Vec<(String, OnceLock<memchr::memmem::Finder<'static>>)>);

impl Finders {
    pub fn of<S: AsRef<str>>(words: &[S]) -> Finders {
        Finders(
            words
                .iter()
                .map(|w| (w.as_ref().to_string(), OnceLock::new()))
                .collect(),
        )
    }

    /// Whether one of the words occurs in `hay`, with `before` before it.
    pub fn occur_in(&self, hay: &str, before: Before) -> bool {
        self.occur_in_then(hay, before, false)
    }

    /// [`Finders::occur_in`], and with white space right after the word
    /// when `space_after`.
    pub fn occur_in_then(&self, hay: &str, before: Before, space_after: bool) -> bool {
        let bytes = hay.as_bytes();
        self.0.iter().any(|(word, finder)| {
            let f = Self::finder(word, finder);
            if !space_after && before == Before::Anything {
                return f.find(bytes).is_some();
            }
            f.find_iter(bytes)
                .any(|i| fits(bytes, i, word.len(), before, space_after))
        })
    }

    /// Every offset where one of the words occurs as
    /// [`Finders::occur_in_then`] asks, in order.
    pub fn offsets(&self, hay: &str, before: Before, space_after: bool) -> Vec<usize> {
        let bytes = hay.as_bytes();
        let mut out = Vec::new();
        for (word, finder) in &self.0 {
            out.extend(
                Self::finder(word, finder)
                    .find_iter(bytes)
                    .filter(|&i| fits(bytes, i, word.len(), before, space_after)),
            );
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn finder<'f>(
        word: &str,
        finder: &'f OnceLock<memchr::memmem::Finder<'static>>,
    ) -> &'f memchr::memmem::Finder<'static> {
        finder.get_or_init(|| memchr::memmem::Finder::new(word.as_bytes()).into_owned())
    }
}

/// Whether the `len` bytes at `i` of `bytes` have `before` before them and,
/// when `space_after`, ASCII white space after them.
fn fits(bytes: &[u8], i: usize, len: usize, before: Before, space_after: bool) -> bool {
    let space = |b: Option<&u8>| matches!(b, Some(b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' '));
    let before_ok = match before {
        Before::Anything => true,
        Before::WordStart => i == 0 || !is_word_byte(bytes[i - 1]),
        Before::Space => i > 0 && space(bytes.get(i - 1)),
    };
    before_ok && (!space_after || space(bytes.get(i + len)))
}

/// What must come right before a word for it to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Before {
    Anything,
    /// Not a word character (the word starts a word).
    WordStart,
    /// ASCII white space.
    Space,
}

/// What a text must hold for a pattern to match in it: its [`Starts`],
/// and one word of each group the pattern cannot do without (read off the
/// top level of its parsed form by [`needs`]): `\bik\s+(?:ga|wil)\s+(?:hem|haar)`
/// needs "ik" at a word start, "ga" or "wil", and "hem" or "haar".
#[derive(Debug, Clone, Default)]
pub struct Needs {
    pub starts: Option<Starts>,
    pub all_of: Vec<Vec<String>>,
    /// For each of `all_of`: the word must follow white space.
    pub after_space: Vec<bool>,
    /// Searchers for the start words, then for each of `all_of`.
    finders: Vec<Finders>,
}

impl Needs {
    fn of(starts: Option<Starts>, sets: Vec<(Vec<String>, bool)>) -> Needs {
        let (all_of, after_space): (Vec<Vec<String>>, Vec<bool>) = sets.into_iter().unzip();
        let finders = starts
            .iter()
            .map(|s| Finders::of(&s.words))
            .chain(all_of.iter().map(|w| Finders::of(w)))
            .collect();
        Needs {
            after_space,
            starts,
            all_of,
            finders,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_none() && self.all_of.is_empty()
    }

    pub fn met_by(&self, hay: &str) -> bool {
        if let Some(s) = &self.starts
            && !s.occur_in(hay, &self.finders[0])
        {
            return false;
        }
        self.rest_met_by(hay)
    }

    /// Whether `hay` holds a word of each of `all_of` (the start words
    /// not asked).
    fn rest_met_by(&self, hay: &str) -> bool {
        let skip = usize::from(self.starts.is_some());
        self.finders[skip..]
            .iter()
            .zip(&self.after_space)
            .all(|(f, &space)| {
                let before = if space {
                    Before::Space
                } else {
                    Before::Anything
                };
                f.occur_in(hay, before)
            })
    }
}

/// [`Needs`] of `pattern` (as [`asciify`] gives it), read off its parsed
/// form ([`crate::literals`]): every item of its top level that is not
/// optional and starts with words of two or more letters.
pub fn needs(pattern: &str) -> Needs {
    let facts = crate::shape::facts_of(pattern);
    Needs::of(facts.starts.map(Starts::from), facts.needs)
}

/// A byte that ASCII `\b` counts as part of a word.
pub fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The words every match of `pattern` (as [`asciify`] gives it) starts
/// with, read off its parsed form ([`crate::literals`]): `\bword…`,
/// `\b(?:one|two|three)…`, also inside nested groups, or a class of a few
/// characters (`\b[1-6]…`). `None` when a match may start otherwise (a
/// large class, an optional group, case folding): then nothing is claimed.
///
/// [`assert_starts_hold`] checks the claim against the literal extraction
/// of `regex-syntax`; each module's `start_words_hold` test runs it on the
/// module's patterns.
pub fn starts(pattern: &str) -> Option<Starts> {
    crate::shape::facts_of(pattern).starts.map(Starts::from)
}

impl From<crate::literals::StartWords> for Starts {
    fn from(s: crate::literals::StartWords) -> Starts {
        Starts {
            words: s.words,
            at_word_start: s.at_word_start,
            space_after: s.space_after,
        }
    }
}

/// The branches of [`Split`] that can match in `hay`, whose start words
/// occur at `offsets` (which [`Finders::offsets`] found for the
/// [`Starts`]).
fn occurring(split: &Split, hay: &str, offsets: &[usize], space_after: bool) -> Vec<usize> {
    let bytes = hay.as_bytes();
    let found = |w: &String| {
        offsets.iter().any(|&o| {
            bytes[o..].starts_with(w.as_bytes())
                && fits(bytes, o, w.len(), Before::Anything, space_after)
        })
    };
    (0..split.branches.len())
        .filter(|&i| split.branches[i].1.iter().any(found))
        .collect()
}

/// A pattern cut at the branches of the group it opens with: on a short
/// text, only the branches whose start words occur can match, and a
/// pattern of those alone builds in a fraction of the time.
pub type Split = crate::literals::Branches;

/// A pattern compiled on first use, after a cheap check that a text holds
/// one of its [`Starts`]: most patterns never match a given post, and
/// building them is most of the time a short post takes.
#[derive(Debug)]
pub struct Lazy {
    /// The pattern as written.
    written: String,
    /// As compiled, and its start words; read when first asked, since a
    /// check that stops at an early match never asks about the others.
    head: OnceLock<Head>,
    /// What else it needs: read only for a text that holds a start word,
    /// since on a post most patterns fail on their start words.
    needs: OnceLock<Needs>,
    regex: OnceLock<Regex>,
    /// The same pattern built for its first few short texts: the NFA
    /// engines alone, without the reverse NFA and lazy DFA that take longer
    /// to build than one post takes to search.
    first: OnceLock<Arc<meta::Regex>>,
    /// As `first`, of the branches of its [`Split`] that can match a text,
    /// by the branches kept.
    pruned: Mutex<Vec<(Vec<usize>, Arc<meta::Regex>)>>,
    /// Built for short texts when many are expected (a directory of
    /// posts, see [`crate::limits::expect_texts`]): no prefilter and no
    /// full DFA, which take longer to build than a post takes to search,
    /// but a lazy DFA, which pays off in a few posts.
    lean: OnceLock<Arc<meta::Regex>>,
}

impl Lazy {
    /// `pattern` before [`asciify`].
    pub fn new(pattern: &str) -> Lazy {
        Lazy {
            written: pattern.to_string(),
            head: OnceLock::new(),
            needs: OnceLock::new(),
            regex: OnceLock::new(),
            first: OnceLock::new(),
            pruned: Mutex::new(Vec::new()),
            lean: OnceLock::new(),
        }
    }

    fn head(&self) -> &Head {
        self.head.get_or_init(|| Head::of(asciify(&self.written)))
    }

    /// `source` (asciified already), for tests of its builds.
    #[cfg(any(test, feature = "testing"))]
    fn asciified(source: &str) -> Lazy {
        let lazy = Lazy::new(source);
        lazy.head.set(Head::of(source.to_string())).unwrap();
        lazy
    }

    /// The pattern as compiled.
    pub fn as_str(&self) -> &str {
        &self.head().source
    }

    pub fn starts(&self) -> Option<&Starts> {
        self.head().starts.as_ref()
    }

    pub fn needs(&self) -> &Needs {
        self.needs
            .get_or_init(|| Needs::of(self.starts().cloned(), self.head().needs.clone()))
    }

    /// Compile now; the error a bad pattern gives.
    pub fn check(&self) -> Result<(), regex::Error> {
        Regex::new(self.as_str()).map(|_| ())
    }

    pub fn regex(&self) -> &Regex {
        self.regex.get_or_init(|| {
            let source = self.as_str();
            Regex::new(source).unwrap_or_else(|e| panic!("pattern {source:?}: {e}"))
        })
    }

    #[cfg(test)]
    fn lean_built(&self) -> bool {
        self.lean.get().is_some()
            || self.first.get().is_some()
            || !self.pruned.lock().unwrap().is_empty()
    }

    /// The regex for one short text, `hay`; `offsets` are where its start
    /// words occur in it.
    fn lean(&self, hay: &str, offsets: &[usize]) -> Arc<meta::Regex> {
        if let Some(lean) = self.lean.get() {
            return lean.clone();
        }
        let first = !crate::limits::many_texts();
        let build = |source: &str, config| {
            Arc::new(
                meta::Builder::new()
                    .configure(config)
                    .build(source)
                    .unwrap_or_else(|e| panic!("pattern {source:?}: {e}")),
            )
        };
        if !first {
            return self
                .lean
                .get_or_init(|| build(self.as_str(), lean_config().backtrack(false)))
                .clone();
        }
        let head = self.head();
        if let (Some(split), Some(starts)) = (&head.split, &head.starts) {
            let kept = occurring(split, hay, offsets, starts.space_after);
            if kept.len() < split.branches.len() {
                let mut pruned = self.pruned.lock().unwrap_or_else(|e| e.into_inner());
                if let Some((_, re)) = pruned.iter().find(|(k, _)| *k == kept) {
                    return re.clone();
                }
                let re = build(&split.source(&kept), lean_config().hybrid(false));
                pruned.push((kept, re.clone()));
                return re;
            }
        }
        self.first
            .get_or_init(|| build(self.as_str(), lean_config().hybrid(false)))
            .clone()
    }

    /// False only when the pattern surely does not match `hay`.
    pub fn may_match(&self, hay: &str) -> bool {
        if hay.len() > crate::limits::current().small_text {
            return true;
        }
        let head = self.head();
        if let Some(s) = &head.starts
            && !s.occur_in(hay, &head.finders)
        {
            return false;
        }
        self.needs().rest_met_by(hay)
    }

    pub fn is_match(&self, hay: &str) -> bool {
        if hay.len() > crate::limits::current().small_text {
            self.regex().is_match(hay)
        } else {
            self.may_match(hay) && !self.short_matches(hay, 1).is_empty()
        }
    }

    pub fn find(&self, hay: &str) -> Option<Range<usize>> {
        if hay.len() > crate::limits::current().small_text {
            self.regex().find(hay).map(|m| m.range())
        } else if self.may_match(hay) {
            self.short_matches(hay, 1).pop()
        } else {
            None
        }
    }

    /// The first `limit` matches in a short `hay` that may match. With
    /// start words, a match can only start where one occurs: the pattern
    /// runs anchored there, which leaves the rest of the text unread.
    /// Leftmost-first, the first start that matches gives the same match
    /// an unanchored search finds; no match is empty (start words are not).
    fn short_matches(&self, hay: &str, limit: usize) -> Vec<Range<usize>> {
        let head = self.head();
        let Some(s) = &head.starts else {
            let re = self.lean(hay, &[]);
            return re.find_iter(hay).take(limit).map(|m| m.range()).collect();
        };
        let offsets = head.finders.offsets(hay, s.before(), s.space_after);
        if offsets.is_empty() {
            return Vec::new();
        }
        let re = self.lean(hay, &offsets);
        let mut out = Vec::new();
        let mut from = 0;
        for at in offsets {
            if out.len() == limit {
                break;
            }
            if at < from {
                continue;
            }
            let input = Input::new(hay).range(at..).anchored(Anchored::Yes);
            if let Some(m) = re.find(input) {
                from = m.end();
                out.push(m.range());
            }
        }
        out
    }

    /// Every match with its text.
    pub fn matches<'h>(&self, hay: &'h str) -> Vec<Found<'h>> {
        self.find_iter(hay)
            .into_iter()
            .map(|r| Found {
                hay,
                start: r.start,
                end: r.end,
            })
            .collect()
    }

    /// Every match, as `find_iter` gives them.
    pub fn find_iter(&self, hay: &str) -> Vec<Range<usize>> {
        if hay.len() > crate::limits::current().small_text {
            self.regex().find_iter(hay).map(|m| m.range()).collect()
        } else if self.may_match(hay) {
            self.short_matches(hay, usize::MAX)
        } else {
            Vec::new()
        }
    }
}

/// A [`Lazy`] pattern as compiled, with what its parsed form says
/// ([`crate::literals`]): its start words and their searchers, the words
/// it needs, and its branches.
#[derive(Debug)]
struct Head {
    source: String,
    starts: Option<Starts>,
    finders: Finders,
    needs: Vec<(Vec<String>, bool)>,
    split: Option<Split>,
}

impl Head {
    fn of(source: String) -> Head {
        let facts = crate::shape::facts_of(&source);
        let starts = facts.starts.map(Starts::from);
        let finders = starts
            .as_ref()
            .map(|s| Finders::of(&s.words))
            .unwrap_or_default();
        Head {
            source,
            starts,
            finders,
            needs: facts.needs,
            split: facts.split,
        }
    }
}

/// What `regex::Regex` does (leftmost-first, no empty match inside a
/// character), without the parts that only pay off on long texts.
fn lean_config() -> meta::Config {
    meta::Config::new()
        .match_kind(regex_automata::MatchKind::LeftmostFirst)
        .utf8_empty(true)
        .which_captures(WhichCaptures::Implicit)
        .auto_prefilter(false)
        .dfa(false)
        .onepass(false)
}

/// A match of a [`Lazy`] pattern with its text, as `regex::Match` has it.
#[derive(Debug, Clone, Copy)]
pub struct Found<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Found<'h> {
    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    pub fn as_str(&self) -> &'h str {
        &self.hay[self.start..self.end]
    }
}

/// Several patterns asked one question, "does any match?": one set on long
/// texts, where a single pass wins; on short ones the few patterns whose
/// start words occur, one by one.
#[derive(Debug)]
pub struct AnyOf {
    singles: Vec<Lazy>,
    set: OnceLock<RegexSet>,
}

impl AnyOf {
    pub fn new(patterns: &[&str]) -> AnyOf {
        AnyOf {
            singles: patterns.iter().map(|p| Lazy::new(p)).collect(),
            set: OnceLock::new(),
        }
    }

    pub fn patterns(&self) -> &[Lazy] {
        &self.singles
    }

    pub fn is_match(&self, hay: &str) -> bool {
        if hay.len() > crate::limits::current().small_text {
            let set = self.set.get_or_init(|| {
                RegexSet::new(self.singles.iter().map(Lazy::as_str))
                    .unwrap_or_else(|e| panic!("pattern set: {e}"))
            });
            set.is_match(hay)
        } else {
            self.singles.iter().any(|p| p.is_match(hay))
        }
    }
}

/// Checks, for tests, what [`needs`] claims of `pattern` (asciified): the
/// start words exactly ([`assert_starts_hold`]), the other words on
/// thousands of generated matches. Returns whether matches could be
/// generated (the generator knows no anchors).
#[cfg(any(test, feature = "testing"))]
pub fn assert_needs_hold(pattern: &str) -> bool {
    use proptest::strategy::{Strategy, ValueTree};
    assert_starts_hold(pattern);
    let n = needs(pattern);
    if n.all_of.is_empty() {
        return true;
    }
    let body = pattern.replace("(?-u:\\b)", "").replace("\\b", "");
    let Ok(strategy) = proptest::string::string_regex(&body) else {
        return false;
    };
    let re = Regex::new(pattern).unwrap();
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    for _ in 0..2_000 {
        let sample = strategy.new_tree(&mut runner).unwrap().current();
        let hay = format!("tekst {sample} tekst");
        if re.is_match(&hay) {
            assert!(n.met_by(&hay), "{pattern}: {sample:?} lacks one of {n:?}");
        }
    }
    true
}

/// Checks, for tests, that `pattern` (asciified) finds in every regime what
/// `regex` finds on the whole text: on texts holding generated matches,
/// with the limits at their defaults and lowered (see [`crate::limits`]),
/// for a few texts and for many.
#[cfg(any(test, feature = "testing"))]
pub fn assert_regimes_hold(pattern: &str) {
    use crate::limits;
    use proptest::strategy::{Strategy, ValueTree};
    let body = pattern.replace("(?-u:\\b)", "").replace("\\b", "");
    let Ok(strategy) = proptest::string::string_regex(&body) else {
        return;
    };
    let whole = Regex::new(pattern).unwrap();
    let lazy = Lazy::asciified(pattern);
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let samples: Vec<String> = (0..24)
        .map(|_| strategy.new_tree(&mut runner).unwrap().current())
        .collect();
    let regimes = limits::TEST_REGIMES;
    for (k, a) in samples.iter().enumerate() {
        let b = &samples[(k * 7 + 3) % samples.len()];
        for hay in [format!("tekst {a} tekst"), format!("{a}, en {b}.\n\n{a}")] {
            let expected: Vec<_> = whole.find_iter(&hay).map(|m| m.range()).collect();
            for lim in regimes {
                let found = limits::with(lim, || lazy.find_iter(&hay));
                assert_eq!(found, expected, "{pattern} on {hay:?} with {lim:?}");
                let first = limits::with(lim, || lazy.find(&hay));
                assert_eq!(first, expected.first().cloned(), "{pattern} on {hay:?}");
            }
        }
    }
}

/// Checks, for tests, that what [`starts`] claims of `pattern` (asciified)
/// holds: every literal prefix `regex-syntax` extracts begins with one of
/// the words, and the words start at a word boundary when so claimed; and
/// that the pattern finds the same in every regime
/// ([`assert_regimes_hold`]).
#[cfg(any(test, feature = "testing"))]
pub fn assert_starts_hold(pattern: &str) {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    assert_regimes_hold(pattern);
    let Some(s) = starts(pattern) else { return };
    assert_pruning_holds(pattern);
    let hir = regex_syntax::Parser::new()
        .parse(pattern)
        .unwrap_or_else(|e| panic!("{pattern}: {e}"));
    let mut ex = Extractor::new();
    ex.kind(ExtractKind::Prefix)
        .limit_class(16)
        .limit_repeat(4)
        .limit_literal_len(64)
        .limit_total(100_000);
    let seq = ex.extract(&hir);
    let lits = seq
        .literals()
        .unwrap_or_else(|| panic!("{pattern}: no finite prefixes, yet starts = {s:?}"));
    assert!(!lits.is_empty(), "{pattern}: matches nothing?");
    for lit in lits {
        let bytes = lit.as_bytes();
        let spaced = |w: &String| {
            !s.space_after
                || bytes
                    .get(w.len())
                    .is_some_and(|&c| matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' '))
        };
        assert!(
            s.words
                .iter()
                .any(|w| bytes.starts_with(w.as_bytes()) && spaced(w)),
            "{pattern}: a match may start with {:?}, none of {:?} (space after: {})",
            String::from_utf8_lossy(bytes),
            s.words,
            s.space_after
        );
    }
    if s.at_word_start {
        let re = Regex::new(pattern).unwrap();
        for w in &s.words {
            // Glued to a word character, no match can start at the word.
            let glued = format!("x{w}");
            assert!(
                re.find_iter(&glued).all(|m| m.start() != 1),
                "{pattern}: {w:?} matched inside a word"
            );
        }
    }
}

/// Checks, for tests, that a short text searched with only the branches
/// of `pattern`'s [`Split`] that occur in it gets what the whole pattern
/// finds: on texts holding generated matches of one or two branches.
#[cfg(any(test, feature = "testing"))]
fn assert_pruning_holds(pattern: &str) {
    use proptest::strategy::{Strategy, ValueTree};
    let Some(split) = crate::literals::facts(pattern).split else {
        return;
    };
    let whole = Regex::new(pattern).unwrap();
    let lazy = Lazy::asciified(pattern);
    // A few texts expected: the builds of only the branches a text holds.
    let few = crate::limits::Limits {
        many_texts: false,
        ..crate::limits::current()
    };
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let n = split.branches.len();
    let mut samples = Vec::new();
    for i in 0..n {
        let one = split.source(&[i]);
        let body = one.replace("(?-u:\\b)", "").replace("\\b", "");
        let Ok(strategy) = proptest::string::string_regex(&body) else {
            continue;
        };
        for _ in 0..8 {
            samples.push(strategy.new_tree(&mut runner).unwrap().current());
        }
    }
    for (k, a) in samples.iter().enumerate() {
        let b = &samples[(k * 7 + 3) % samples.len()];
        for hay in [format!("tekst {a} tekst"), format!("{a}, en {b}.")] {
            let expected: Vec<_> = whole.find_iter(&hay).map(|m| m.range()).collect();
            let found = crate::limits::with(few, || lazy.find_iter(&hay));
            assert_eq!(found, expected, "{pattern} on {hay:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_perl_classes_outside_and_inside_classes() {
        assert_eq!(
            asciify(r"\bik\s+(?:\w+\s+){0,2}"),
            r"(?-u:\b)ik(?-u:\s)+(?:(?-u:\w)+(?-u:\s)+){0,2}"
        );
        assert_eq!(asciify(r"[\w'-]+"), r"(?-u:[\w'-])+");
        assert_eq!(asciify(r"[^.!?\n]"), r"[^.!?\n]");
        assert_eq!(asciify(r"\.\d"), r"\.(?-u:\d)");
        assert_eq!(asciify(r"[a-z]\p{L}"), r"[a-z]\p{L}");
    }

    #[test]
    fn compiled_patterns_still_match_folded_dutch() {
        let re = ascii(r"\bniet\s+(?:\w+\s+){0,3}verantwoordelijk\b");
        assert!(re.is_match("ik ben niet zelf verantwoordelijk"));
        assert!(!re.is_match("nietverantwoordelijk"));
        assert!(ascii(r"[\w'-]+ moeten").is_match("homo's moeten"));
    }

    fn words(p: &str) -> Option<(Vec<String>, bool)> {
        starts(&asciify(p)).map(|s| (s.words, s.at_word_start))
    }

    #[test]
    fn white_space_after_a_start_word_is_read_off() {
        let spaced = |p: &str| starts(&asciify(p)).map(|s| (s.words, s.space_after));
        let w = |v: &[&str], b| Some((v.iter().map(|s| s.to_string()).collect(), b));
        assert_eq!(spaced(r"\bik\s+ga"), w(&["ik"], true));
        assert_eq!(
            spaced(r"\b(?:(?:zie|kijk\s+naar)\s+foto|sneak\s+peek)"),
            w(&["kijk", "sneak", "zie"], true)
        );
        assert_eq!(
            spaced(r"\b(?:(?:zie|kijk))\s+foto"),
            w(&["kijk", "zie"], true),
            "what follows the outer group follows the inner one"
        );
        assert_eq!(
            spaced(r"\b(?:(?:zie|kijk)x)\s+foto"),
            w(&["kijk", "zie"], false)
        );
        assert_eq!(spaced(r"\b[1-3]\s+havo"), w(&["1", "2", "3"], true));
        assert_eq!(
            spaced(r"\b(?:sla|slaan|kijk\s+naar)\s+(?:ik\s+)?"),
            w(&["kijk", "sla", "slaan"], true),
            "no word left out that starts with another"
        );
        assert_eq!(spaced(r"\b(?:sla|trap)\s*hem"), w(&["sla", "trap"], false));
        assert_eq!(
            spaced(r"\b(?:sla|trap)(?:\s+hem)?"),
            w(&["sla", "trap"], false)
        );
        assert_eq!(spaced(r"\b(?:sla|tra+p)\s"), w(&["sla", "tra"], false));
        assert_eq!(spaced(r"\b(?:sla|trap)+\s"), w(&["sla", "trap"], false));
        assert_eq!(spaced(r"\bsla\b"), w(&["sla"], false));
        let p = Lazy::new(r"\b(?:sla|trap)\s+(?:hem|haar)\b");
        assert!(!p.is_match("slapen met haar") && !p.lean_built());
        assert!(p.is_match("sla haar"));
    }

    #[test]
    fn start_words_are_read_off_plain_beginnings() {
        let w = |v: &[&str], b| Some((v.iter().map(|s| s.to_string()).collect(), b));
        assert_eq!(words(r"\bik\s+ga"), w(&["ik"], true));
        assert_eq!(
            words(r"\b(?:sla|trap|schop)\s+(?:ik\s+)?"),
            w(&["schop", "sla", "trap"], true)
        );
        assert_eq!(
            words(r"\b(?:leerling|leerlingen|mentorklas)\b"),
            w(&["leerling", "mentorklas"], true)
        );
        assert_eq!(words(r"\bbrugklasser(?:s)?\b"), w(&["brugklasser"], true));
        assert_eq!(words(r"\beens?\b"), w(&["een"], true));
        assert_eq!(words(r"\bgeb\.\s"), w(&["geb."], true));
        assert_eq!(words(r"\b(?:dm|dm'en)"), w(&["dm"], true));
        assert_eq!(words(r"'s\s+avonds"), w(&["'s"], false));
        assert_eq!(words(r"\b(?:'t|het)"), w(&["'t", "het"], false));
        // Nothing is claimed where a match may start otherwise.
        assert_eq!(words(r"[#@]?\bscala"), None);
        assert_eq!(words(r"(?i)\bscala"), None);
        assert_eq!(words(r"(?m)^\s*docent"), None);
        assert_eq!(words(r"\b(?:de\s+)?school"), None);
        // An empty branch: the match starts with what follows.
        assert_eq!(words(r"\b(?:a|)x"), w(&["ax", "x"], true));
        // Alternatives at the top: each starts with its words; the word
        // boundary holds of one of them only.
        assert_eq!(words(r"\bklas|groep"), w(&["groep", "klas"], false));
        assert_eq!(words(r"\b(?:klas|groep)?x"), None);
        assert_eq!(words(r"\b(?:klas|groep){0,2}x"), None);
        assert_eq!(words(r"\w+\s+klas"), None);
        assert_eq!(
            words("(?x)\\b(?:\n  leerling\\w* | klas # comment | x\n | brugklas )"),
            w(&["brugklas", "klas", "leerling"], true)
        );
        assert_eq!(
            words(r"(?P<label>geboren\s+op|geb\.|born)\s*\d"),
            w(&["born", "geb.", "geboren"], false)
        );
        // Verbose mode ignores white space inside a class too.
        assert_eq!(words("(?x)[ a]b"), w(&["ab"], false));
        // A branch opening with a group or a small class starts with theirs.
        assert_eq!(
            words(r"\b(?:(?:zie|kijk\s+naar)\s+foto|sneak\s+peek)"),
            w(&["kijk", "sneak", "zie"], true)
        );
        assert_eq!(words(r"\b[1-3](?:[a-d]\d?)\b"), w(&["1", "2", "3"], true));
        assert_eq!(words(r"\b(?:[ab]|cd)x"), w(&["a", "b", "cdx"], true));
        assert_eq!(words(r"\b(?:(?:zie|kijk)?\s+foto)"), None);
        assert_eq!(words(r"\b[1-6]?x"), None);
        assert_eq!(words(r"\b[a-z]x"), None, "too many to look for");
        assert_eq!(words(r"\b[^ab]x"), None);
        assert_eq!(words(r"[\d]x"), None);
    }

    #[test]
    fn needed_words_are_read_off_the_top_level() {
        let n = needs(&asciify(
            r"\bik\s+(?:ga|wil)\s+(?:hem|haar)\s+(?:[\w'-]+\s+){0,2}?(?:af|dood)?\s+zodat",
        ));
        let v = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            n.all_of,
            [
                v(&["ik"]),
                v(&["ga", "wil"]),
                v(&["haar", "hem"]),
                v(&["zodat"])
            ]
        );
        assert_eq!(n.after_space, [false, true, true, true]);
        assert!(n.met_by("ik wil haar zodat"));
        assert!(!n.met_by("ik wil zodat"), "no hem or haar");
        assert!(
            !n.met_by("ik wil-haar zodat"),
            "haar must follow white space"
        );
        let p = Lazy::new(r"\bik\s+(?:ga|wil)\s+(?:hem|haar)\b");
        assert!(!p.is_match("ik wil niet"));
        assert!(!p.lean_built(), "not built for a text it cannot match");
        assert!(p.is_match("ik wil haar"));
        assert!(p.lean_built());
        // A few texts expected or many: the same answers.
        let hay = "ik wil hem, ik ga haar en ik wil haarlem";
        let expected: Vec<_> = p.regex().find_iter(hay).map(|m| m.range()).collect();
        assert_eq!(expected.len(), 2);
        for many_texts in [false, true] {
            let limits = crate::limits::Limits {
                many_texts,
                ..crate::limits::Limits::DEFAULT
            };
            assert_eq!(crate::limits::with(limits, || p.find_iter(hay)), expected);
        }
        assert!(p.first.get().is_some() && p.lean.get().is_some());
        let school = needs(&asciify(r"[#@]?\b(?:scala[\s\-_.]*college|coenecoop)\b"));
        assert_eq!(school.starts, None);
        assert_eq!(school.all_of, [v(&["coenecoop", "scala"])]);
        assert!(needs(&asciify(r"(?i)\bik\s+werk")).all_of.is_empty());
        assert!(needs(&asciify(r"ik werk|jij")).all_of.is_empty());
        assert_eq!(
            needs(&asciify(r"\bgeb\.?\s+op")).all_of,
            [v(&["geb"]), v(&["op"])]
        );
        for p in [
            r"\bik\s+(?:ga|wil)\s+(?:hem|haar)\s+(?:[\w'-]+\s+){0,2}?(?:af|dood)?\s+zodat",
            r"[#@]?\b(?:scala[\s\-_.]*college|coenecoop)\b",
            r"\bgeb\.?\s+op",
            r"\b(?:reacties|comments)\b(?:\s+\w+){0,5}?\s+(?:ben|is)\s+niet\s+verantwoordelijk",
        ] {
            assert!(assert_needs_hold(&asciify(p)), "{p}");
        }
    }

    #[test]
    fn start_words_gate_matching() {
        let p = Lazy::new(r"\b(?:sla|trap)\s+(?:hem|haar)\b");
        assert!(
            !p.may_match("na zijn ontslag"),
            "sla inside a word is no start"
        );
        assert!(!p.is_match("een rustige dag"));
        assert!(p.may_match("ik sla hem er niet op"));
        assert!(p.is_match("ik trap hem"));
        assert_eq!(p.find_iter("sla haar, trap hem"), vec![0..8, 10..18]);
        let long = format!("{} trap hem", "x ".repeat(SMALL_TEXT));
        assert!(p.is_match(&long));
        for q in [
            r"\b(?:sla|trap)\s+(?:hem|haar)\b",
            r"\beens?\b",
            r"\b(?:'t|het)",
            r"\bgeb\.\s",
            r"\b(?:dm|dm'en)",
            r"\b(?:(?:zie|kijk\s+naar)\s+foto|sneak\s+peek)",
            r"\b[1-6](?:[a-dfhmv]\d?)\b",
            r"\b(?:[ab]|cd)x",
            r"\b(?:(?:zie|kijk))\s+foto",
        ] {
            assert_starts_hold(&asciify(q));
        }
    }

    #[test]
    fn a_short_text_builds_only_the_branches_it_holds() {
        let source =
            asciify(r"(?x)\b(?: (?:zie|kijk) \s+ foto | sneak\s+peek | trap\s+(?:hem|haar) )\b");
        let split = crate::literals::facts(&source).split.unwrap();
        assert_eq!(split.branches.len(), 3);
        assert_eq!(
            split.source(&[0, 2]),
            r"(?x)(?-u:\b)(?: (?:zie|kijk) (?-u:\s)+ foto | trap(?-u:\s)+(?:hem|haar) )(?-u:\b)"
        );
        let hay = "kijk foto, trap hem en sneak";
        let offsets =
            Finders::of(&starts(&source).unwrap().words).offsets(hay, Before::WordStart, true);
        assert_eq!(
            occurring(&split, hay, &offsets, true),
            [0, 2],
            "sneak: no space after"
        );
        let p = Lazy::asciified(&source);
        // A few texts expected (the default of a test thread).
        assert_eq!(p.find_iter(hay), [0..9, 11..19]);
        let pruned = p.pruned.lock().unwrap();
        assert_eq!(pruned.len(), 1);
        assert_eq!(pruned[0].0, [0, 2]);
        drop(pruned);
        assert_pruning_holds(&source);
    }

    #[test]
    fn any_of_agrees_on_short_and_long_texts() {
        let a = AnyOf::new(&[r"\bik\s+werk\b", r"\bmijn\s+school\b", r"(?m)^docent\b"]);
        for (text, want) in [
            ("ik werk hier", true),
            ("dat is mijn school", true),
            ("docent wiskunde", true),
            ("mijnschool", false),
        ] {
            assert_eq!(a.is_match(text), want, "{text}");
            let long = format!("{}{text}", "woord\n".repeat(SMALL_TEXT / 4));
            assert_eq!(a.is_match(&long), want, "long {text}");
        }
    }
}

//! Windows of a large text where a detector can possibly match.
//!
//! Most detectors look for something rare: a long run of digits, an `@`,
//! a handful of words. Running their patterns over every byte of a 100 MB
//! text costs far more than finding those rare anchors first and running
//! the detector on the windows around them only.
//!
//! A window is cut where white space is, so `\b`, "the character before"
//! and "the words before" read the same inside it as in the whole text;
//! windows that touch are merged. [`word_windows`] reach a number of runs
//! of white space that a pattern's parsed form gives (see
//! [`crate::sparse`]); [`windows`] reach a number of bytes, for scanners
//! written by hand and for the phrase [`Union`].

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

/// Many patterns searched as one: a single pass over the text finds where
/// any of them matches, and each pattern then runs on the windows around
/// those places only. Every match of a pattern ends where a match of the
/// union ends, and holds no more runs of white space than the union's
/// patterns can ([`crate::shape::space_runs`]): a window reaching that
/// many runs back from each end holds every match whole.
pub struct Union {
    /// The patterns as one lazy DFA reporting where any match ends.
    dfa: regex_automata::hybrid::dfa::DFA,
    /// Its caches, kept between texts (rayon's threads take one each).
    caches: std::sync::Mutex<Vec<regex_automata::hybrid::dfa::Cache>>,
    /// The most runs of white space a match of any pattern holds; `None`
    /// when one has no bound (then texts are searched whole).
    runs: Option<usize>,
}

impl Union {
    /// Below this size the patterns run on the whole text: building the
    /// union would cost more than it saves.
    pub const FROM: usize = crate::limits::UNION_FROM;

    /// `patterns` as given to [`crate::pattern::ascii`].
    pub fn new<S: AsRef<str>>(patterns: &[S]) -> Result<Union, String> {
        use regex_automata::hybrid::dfa::DFA;
        // Parsed once: for the runs they hold and to compile.
        let hirs = patterns
            .iter()
            .map(|p| {
                regex_syntax::Parser::new()
                    .parse(&crate::pattern::asciify(p.as_ref()))
                    .map_err(|e| e.to_string())
            })
            .collect::<Result<Vec<_>, _>>()?;
        let runs = hirs
            .iter()
            .map(crate::shape::space_runs)
            .try_fold(0, |most, r| r.map(|r| most.max(r)));
        // As the lazy DFA's own builder compiles them: no captures.
        use regex_automata::nfa::thompson;
        let nfa = thompson::Compiler::new()
            .configure(thompson::Config::new().which_captures(thompson::WhichCaptures::None))
            .build_many_from_hir(&hirs)
            .map_err(|e| e.to_string())?;
        // Every end of every match: where leftmost matches would end does
        // not depend on where a stream starts reading.
        let dfa = DFA::builder()
            .configure(DFA::config().match_kind(regex_automata::MatchKind::All))
            .build_from_nfa(nfa)
            .map_err(|e| e.to_string())?;
        Ok(Union {
            dfa,
            caches: std::sync::Mutex::new(Vec::new()),
            runs,
        })
    }

    /// Windows of `hay` around each place a match of the union ends,
    /// reaching back as many runs of white space as a match holds; `None`
    /// when `hay` must be searched whole.
    pub fn windows(&self, hay: &str) -> Option<Vec<Range<usize>>> {
        let runs = self.runs?;
        let pooled = self.caches.lock().ok().and_then(|mut p| p.pop());
        let mut cache = pooled.unwrap_or_else(|| self.dfa.create_cache());
        let ends = crate::interleave::match_ends(&self.dfa, &mut cache, hay.as_bytes(), runs);
        if let Ok(mut pool) = self.caches.lock() {
            pool.push(cache);
        }
        // The lazy DFA quits only on bytes it is told to quit on (none
        // here): should it ever, the text is searched whole.
        let ends = ends?;
        Some(word_windows(hay, ends.into_iter().map(|e| e..e), runs, 0))
    }
}

/// A [`Union`] of patterns given by a function, built on the first text of
/// [`Union::FROM`] bytes or more: shorter texts are searched whole.
pub struct LongUnion {
    patterns: fn() -> Vec<String>,
    union: OnceLock<Union>,
}

impl LongUnion {
    pub const fn new(patterns: fn() -> Vec<String>) -> LongUnion {
        LongUnion {
            patterns,
            union: OnceLock::new(),
        }
    }

    /// The union, built now if it was not yet.
    pub fn get(&self) -> &Union {
        self.union.get_or_init(|| {
            Union::new(&(self.patterns)()).unwrap_or_else(|e| panic!("phrase union: {e}"))
        })
    }

    /// The union's windows of `hay`, or `None` when `hay` is shorter than
    /// [`Union::FROM`] or must be searched whole.
    pub fn windows(&self, hay: &str) -> Option<Vec<Range<usize>>> {
        if hay.len() < crate::limits::current().union_from {
            return None;
        }
        self.get().windows(hay)
    }
}

/// Every match of `re` in the `windows` of `hay`.
pub fn find_in(re: &Regex, hay: &str, windows: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    scan_windows(
        hay,
        windows,
        |h, o| o.extend(re.find_iter(h).map(|m| m.range())),
        &mut out,
    );
    out
}

/// Merged, sorted windows of `hay` around `anchors` (sorted by start).
/// A run of white space counts as one byte of the margin, so padding words
/// with spaces or line breaks does not push them out of a window.
///
/// Every byte is walked over at most a few times, whatever the anchors:
/// walks never go back over ground an earlier window covered. Where an
/// anchor falls inside the previous anchor's margin, the window grows by a
/// whole margin from there: a little wider than needed, never narrower.
pub fn windows(
    hay: &str,
    anchors: impl IntoIterator<Item = Range<usize>>,
    margin: usize,
) -> Vec<Range<usize>> {
    let bytes = hay.as_bytes();
    let mut out: Vec<Range<usize>> = Vec::new();
    // Where the last forward walk over the margin ended, and the largest
    // anchor end seen.
    let (mut reach, mut max_end) = (0, 0);
    for a in anchors {
        if !out.is_empty() && a.end <= max_end {
            continue;
        }
        let floor = out.last().map_or(0, |l| l.end);
        let start = walk_back(bytes, a.start.max(floor), floor, margin);
        let from = if !out.is_empty() && a.end <= reach {
            reach
        } else {
            a.end
        };
        max_end = a.end;
        reach = walk_forward(bytes, from, margin);
        let mut end = reach.max(floor);
        while end < bytes.len() && !is_space(bytes[end]) {
            end += 1;
        }
        match out.last_mut() {
            Some(last) if start <= last.end => last.end = end,
            _ => out.push(start..end),
        }
    }
    out
}

/// Merged, sorted windows of `hay` around `anchors` (sorted by start),
/// each reaching across `before` runs of white space before its anchor and
/// `after` runs after it, and on to where the word there starts or ends.
///
/// A match that holds the anchor and no more runs of white space to each
/// side than that lies wholly inside the window ([`crate::shape`] counts
/// them for a pattern); and since a window starts and ends next to white
/// space or the text's edge, word boundaries read the same inside it as
/// in the whole text.
pub fn word_windows(
    hay: &str,
    anchors: impl IntoIterator<Item = Range<usize>>,
    before: usize,
    after: usize,
) -> Vec<Range<usize>> {
    let bytes = hay.as_bytes();
    let mut out: Vec<Range<usize>> = Vec::new();
    for a in anchors {
        let floor = out.last().map_or(0, |l| l.end);
        // Back: to the word's start, then over a run and a word, `before`
        // times; a walk stops where the previous window ends.
        let mut start = a.start.max(floor);
        let mut runs = 0;
        loop {
            while start > floor && !is_space(bytes[start - 1]) {
                start -= 1;
            }
            if runs == before || start <= floor {
                break;
            }
            while start > floor && is_space(bytes[start - 1]) {
                start -= 1;
            }
            runs += 1;
        }
        let end = runs_forward(bytes, a.end, after);
        match out.last_mut() {
            Some(last) if start <= last.end => last.end = last.end.max(end),
            _ => out.push(start..end),
        }
    }
    out
}

/// From `at` to the end of the word there, then on over a run of white
/// space and the word after it, `runs` times (or to the end of `bytes`).
pub fn runs_forward(bytes: &[u8], mut at: usize, runs: usize) -> usize {
    let mut passed = 0;
    loop {
        while at < bytes.len() && !is_space(bytes[at]) {
            at += 1;
        }
        if passed == runs || at == bytes.len() {
            return at;
        }
        while at < bytes.len() && is_space(bytes[at]) {
            at += 1;
        }
        passed += 1;
    }
}

fn is_space(b: u8) -> bool {
    b.is_ascii_whitespace() || b == 0x0B
}

/// `margin` bytes back from `at` (a run of white space counting once),
/// then on to white space; never below `floor`.
fn walk_back(bytes: &[u8], mut at: usize, floor: usize, margin: usize) -> usize {
    let mut left = margin;
    while at > floor && left > 0 {
        if !(is_space(bytes[at - 1]) && at >= 2 && is_space(bytes[at - 2])) {
            left -= 1;
        }
        at -= 1;
    }
    while at > floor && !is_space(bytes[at - 1]) {
        at -= 1;
    }
    at
}

/// `margin` bytes on from `at`, a run of white space counting once.
fn walk_forward(bytes: &[u8], mut at: usize, margin: usize) -> usize {
    let mut left = margin;
    while at < bytes.len() && left > 0 {
        if !(is_space(bytes[at]) && at > 0 && is_space(bytes[at - 1])) {
            left -= 1;
        }
        at += 1;
    }
    at
}

/// Run `scan` on each window of `hay` and shift what it finds back to
/// offsets in `hay`.
pub fn scan_windows(
    hay: &str,
    windows: &[Range<usize>],
    mut scan: impl FnMut(&str, &mut Vec<Range<usize>>),
    out: &mut Vec<Range<usize>>,
) {
    let mut found = Vec::new();
    for w in windows {
        found.clear();
        scan(&hay[w.clone()], &mut found);
        out.extend(found.drain(..).map(|r| r.start + w.start..r.end + w.start));
    }
}

/// Clusters of digits that could be a long number: digits no more than
/// `gap` bytes apart, at least `min_digits` of them. Phone numbers, BSNs,
/// IBANs and card numbers all have six or more; years and prices do not.
pub fn digit_clusters(hay: &str, gap: usize, min_digits: usize) -> Vec<Range<usize>> {
    let digits = crate::bytes::positions(hay.as_bytes(), crate::bytes::DIGITS);
    clusters(&digits, gap, min_digits)
}

/// [`digit_clusters`] from the offsets of the digits.
pub fn clusters(digits: &[usize], gap: usize, min_digits: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut current: Option<(Range<usize>, usize)> = None;
    for &i in digits {
        match &mut current {
            Some((r, n)) if i - r.end <= gap => {
                r.end = i + 1;
                *n += 1;
            }
            _ => {
                if let Some((r, n)) = current.take()
                    && n >= min_digits
                {
                    out.push(r);
                }
                current = Some((i..i + 1, 1));
            }
        }
    }
    if let Some((r, n)) = current
        && n >= min_digits
    {
        out.push(r);
    }
    out
}

/// Positions of byte `b`, one-byte anchors.
pub fn byte_anchors(hay: &str, b: u8) -> Vec<Range<usize>> {
    memchr::memchr_iter(b, hay.as_bytes())
        .map(|i| i..i + 1)
        .collect()
}

/// Whole-word occurrences of `words` (lower case ASCII) in `hay`, in order.
pub fn word_anchors(hay: &str, words: &[&str]) -> Vec<Range<usize>> {
    let bytes = hay.as_bytes();
    let mut out: Vec<Range<usize>> = Vec::new();
    for w in words {
        let finder = memchr::memmem::Finder::new(w.as_bytes());
        for at in finder.find_iter(bytes) {
            let end = at + w.len();
            let before = hay[..at].chars().next_back();
            let after = hay[end..].chars().next();
            if !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
            {
                out.push(at..end);
            }
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// Test support: generated matches of each of `patterns`, in ordinary
/// text, are found in the union's windows exactly as in the whole text.
/// Returns the patterns the generator cannot handle (anchors, look-around).
#[cfg(any(test, feature = "testing"))]
pub fn assert_union_holds<'a>(
    union: &Union,
    patterns: impl IntoIterator<Item = &'a crate::pattern::Lazy>,
) -> Vec<String> {
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let filler = "dit is een gewone zin over de les van vandaag. ";
    let mut untested = Vec::new();
    for re in patterns {
        let body = re.as_str().replace("(?-u:\\b)", "").replace("\\b", "");
        let Ok(strategy) = proptest::string::string_regex(&body) else {
            untested.push(body);
            continue;
        };
        for _ in 0..200 {
            let sample = strategy.new_tree(&mut runner).unwrap().current();
            let hay = format!("{filler}{sample} {filler}");
            let whole: Vec<Range<usize>> = re.regex().find_iter(&hay).map(|m| m.range()).collect();
            assert_eq!(
                re.find_iter(&hay),
                whole,
                "start words of {:?}",
                re.as_str()
            );
            let gated = match union.windows(&hay) {
                Some(windows) => find_in(re.regex(), &hay, &windows),
                None => whole.clone(),
            };
            assert_eq!(gated, whole, "{:?} in {sample:?}", re.as_str());
        }
    }
    untested
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_end_at_white_space_and_merge() {
        let hay = "aaaa bbbb 123 cccc dddd eeee 456 ffff";
        let a = hay.find("123").unwrap();
        let b = hay.find("456").unwrap();
        let w = windows(hay, std::iter::once(a..a + 3), 2);
        assert_eq!(&hay[w[0].clone()], "bbbb 123 cccc");
        let w = windows(hay, [a..a + 3, b..b + 3], 8);
        assert_eq!(w.len(), 1);
        assert_eq!(&hay[w[0].clone()], "aaaa bbbb 123 cccc dddd eeee 456 ffff");
        let w = windows(hay, [a..a + 3, b..b + 3], 1);
        assert_eq!(w.len(), 2);
    }

    /// A union reaches as many runs of white space back from a match's
    /// end as its patterns allow, and gives up windows when that has no
    /// bound.
    #[test]
    fn union_windows_reach_what_the_patterns_allow() {
        let hay = "een twee drie vier vijf zes zeven acht negen tien";
        let union = Union::new(&[r"\bdrie(?:\s+\w+){0,2}\s+zes\b"]).unwrap();
        let w = union.windows(hay).unwrap();
        assert_eq!(
            w.iter().map(|r| &hay[r.clone()]).collect::<Vec<_>>(),
            ["drie vier vijf zes"]
        );
        let unbounded = Union::new(&[r"\bdrie(?:\s+\w+)*\s+zes\b"]).unwrap();
        assert_eq!(unbounded.windows(hay), None);
    }

    #[test]
    fn clusters_of_digits() {
        let hay = "In 2010 kostte het 12,50. Bel 06-12 34 56 78 of NL91ABNA0417164300.";
        let c: Vec<&str> = digit_clusters(hay, 4, 6)
            .into_iter()
            .map(|r| &hay[r])
            .collect();
        assert_eq!(c, ["06-12 34 56 78", "91ABNA0417164300"]);
    }

    #[test]
    fn scanning_windows_gives_whole_text_offsets() {
        let hay = "x ".repeat(100) + "bel 0612345678 nu" + &" y".repeat(100);
        let w = windows(&hay, digit_clusters(&hay, 3, 6), 16);
        let mut out = Vec::new();
        scan_windows(
            &hay,
            &w,
            |h, o| o.extend(h.find("0612").map(|i| i..i + 10)),
            &mut out,
        );
        assert_eq!(&hay[out[0].clone()], "0612345678");
    }

    #[test]
    fn word_windows_reach_across_runs_of_white_space() {
        let hay = "een  twee\n\ndrie vier-vijf zes\tzeven acht";
        let at = hay.find("vier").unwrap();
        let w = |before, after| {
            let w = word_windows(hay, std::iter::once(at..at + 4), before, after);
            w.iter().map(|r| &hay[r.clone()]).collect::<Vec<_>>()
        };
        assert_eq!(w(0, 0), ["vier-vijf"]);
        assert_eq!(w(1, 1), ["drie vier-vijf zes"]);
        assert_eq!(w(2, 2), ["twee\n\ndrie vier-vijf zes\tzeven"]);
        assert_eq!(w(9, 9), [hay]);
        // Anchors whose windows meet make one window.
        let t = hay.find("twee").unwrap();
        let two = || [t..t + 4, at..at + 4];
        assert_eq!(word_windows(hay, two(), 0, 1).len(), 2);
        assert_eq!(word_windows(hay, two(), 0, 2).len(), 1);
    }
}

//! What a pattern's parsed form (`regex-syntax`'s HIR) says about where its
//! matches can be: words every match holds, and how many runs of white
//! space a match can reach across from such a word.
//!
//! Counting runs of white space rather than bytes is what makes windows
//! exact for prose patterns: `\w+` and `\s+` are unbounded in bytes, but a
//! `(?:\w+\s+){0,3}` crosses at most three runs of white space. A window
//! that reaches that many runs to each side of an anchor and ends where a
//! word ends holds every such match whole (see [`crate::gate::word_windows`]).

use std::sync::OnceLock;

use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// White space as the windows walk it (ASCII, and the vertical tab).
pub fn is_space(b: u8) -> bool {
    b.is_ascii_whitespace() || b == 0x0B
}

/// Words one of which every match of a pattern contains, and how many runs
/// of white space a match reaches across before and after that word. The
/// words hold no white space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchors {
    pub words: Vec<String>,
    pub before: usize,
    pub after: usize,
}

/// What [`anchors`] and [`crate::literals::facts`] give for one pattern,
/// worked out ahead of time. Parsing a pattern costs about as much as
/// linting a post, so a caller keeps a table of its patterns' facts
/// (generated and checked by its tests) and [`install`]s it; patterns
/// missing from it are parsed when first used.
#[derive(Debug)]
pub struct Known {
    /// The pattern as compiled.
    pub pattern: &'static str,
    /// Anchor words; empty when the pattern has no anchors.
    pub words: &'static [&'static str],
    pub before: usize,
    pub after: usize,
    /// Start words, whether they start a word, whether white space follows.
    pub starts: Option<(&'static [&'static str], bool, bool)>,
    /// Needed words, and whether white space comes right before.
    pub needs: &'static [(&'static [&'static str], bool)],
    /// Head, branches with their start words, tail, white space after.
    pub split: Option<KnownSplit>,
}

/// [`crate::literals::Branches`], worked out ahead.
#[derive(Debug)]
pub struct KnownSplit {
    pub head: &'static str,
    pub branches: &'static [(&'static str, &'static [&'static str])],
    pub tail: &'static str,
    pub space_after: bool,
}

fn strings(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

impl Known {
    fn anchors(&self) -> Option<Anchors> {
        (!self.words.is_empty()).then(|| Anchors {
            words: strings(self.words),
            before: self.before,
            after: self.after,
        })
    }

    fn facts(&self) -> crate::literals::Facts {
        use crate::literals::{Branches, Facts, StartWords};
        Facts {
            starts: self
                .starts
                .map(|(w, at_word_start, space_after)| StartWords {
                    words: strings(w),
                    at_word_start,
                    space_after,
                }),
            needs: self.needs.iter().map(|(w, s)| (strings(w), *s)).collect(),
            split: self.split.as_ref().map(|k| Branches {
                head: k.head.to_string(),
                branches: k
                    .branches
                    .iter()
                    .map(|(b, w)| (b.to_string(), strings(w)))
                    .collect(),
                tail: k.tail.to_string(),
                space_after: k.space_after,
            }),
        }
    }
}

static KNOWN: OnceLock<&'static [Known]> = OnceLock::new();
static BY_PATTERN: OnceLock<std::collections::HashMap<&'static str, &'static Known>> =
    OnceLock::new();

/// Use `table` for the patterns it holds; the first table installed stays.
pub fn install(table: &'static [Known]) {
    let _ = KNOWN.set(table);
}

fn known(pattern: &str) -> Option<&'static Known> {
    #[cfg(any(test, feature = "testing"))]
    ASKED
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(pattern.to_string());
    let table = KNOWN.get()?;
    BY_PATTERN
        .get_or_init(|| table.iter().map(|k| (k.pattern, k)).collect())
        .get(pattern)
        .copied()
}

/// [`anchors`] of `pattern`, from the installed table when it is there.
pub fn anchors_of(pattern: &str) -> Option<Anchors> {
    match known(pattern) {
        Some(k) => k.anchors(),
        None => anchors(pattern),
    }
}

/// [`crate::literals::facts`] of `pattern`, from the installed table when
/// it is there.
pub fn facts_of(pattern: &str) -> crate::literals::Facts {
    match known(pattern) {
        Some(k) => k.facts(),
        None => crate::literals::facts(pattern),
    }
}

#[cfg(any(test, feature = "testing"))]
static ASKED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Every pattern whose facts were asked for, sorted: what a caller's
/// table should hold.
#[cfg(any(test, feature = "testing"))]
pub fn asked() -> Vec<String> {
    let mut v = ASKED.lock().unwrap_or_else(|e| e.into_inner()).clone();
    v.sort();
    v.dedup();
    v
}

/// `s` as a raw string literal.
#[cfg(any(test, feature = "testing"))]
fn raw(s: &str) -> String {
    assert!(!s.contains("\"###"), "pattern holds the raw string's end");
    format!("r###\"{s}\"###")
}

#[cfg(any(test, feature = "testing"))]
fn list(words: &[String]) -> String {
    let w: Vec<String> = words.iter().map(|w| format!("{w:?}")).collect();
    format!("&[{}]", w.join(", "))
}

/// The [`Known`] entry of `pattern` as Rust source, for a generated table.
#[cfg(any(test, feature = "testing"))]
pub fn known_source(pattern: &str) -> String {
    let a = anchors(pattern);
    let f = crate::literals::facts(pattern);
    let words = a.as_ref().map_or(Vec::new(), |a| a.words.clone());
    let (before, after) = a.as_ref().map_or((0, 0), |a| (a.before, a.after));
    let starts = match &f.starts {
        Some(s) => format!(
            "Some(({}, {}, {}))",
            list(&s.words),
            s.at_word_start,
            s.space_after
        ),
        None => "None".to_string(),
    };
    let needs: Vec<String> = f
        .needs
        .iter()
        .map(|(w, s)| format!("({}, {s})", list(w)))
        .collect();
    let split = match &f.split {
        Some(b) => {
            let branches: Vec<String> = b
                .branches
                .iter()
                .map(|(t, w)| format!("\n            ({}, {}),", raw(t), list(w)))
                .collect();
            format!(
                "Some(KnownSplit {{\n            head: {},\n            branches: &[{}\n            ],\n            tail: {},\n            space_after: {},\n        }})",
                raw(&b.head),
                branches.concat(),
                raw(&b.tail),
                b.space_after
            )
        }
        None => "None".to_string(),
    };
    format!(
        "    Known {{\n        pattern: {},\n        words: {},\n        before: {before},\n        after: {after},\n        starts: {starts},\n        needs: &[{}],\n        split: {split},\n    }},\n",
        raw(pattern),
        list(&words),
        needs.join(", ")
    )
}

/// The [`Anchors`] of `pattern` (as compiled), or `None` when it has none
/// worth searching for (a word shorter than three bytes, a class of many
/// characters, case folding) or its matches can reach across any number
/// of runs of white space, or it reads the start or end of the text: then
/// it must run on the whole text.
pub fn anchors(pattern: &str) -> Option<Anchors> {
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    if reads_text_edges(&hir) {
        return None;
    }
    let a = required(&hir)?;
    let words: Option<Vec<String>> = a
        .words
        .iter()
        .map(|w| String::from_utf8(w.clone()).ok())
        .collect();
    let mut words = words?;
    if words.iter().any(|w| w.len() < 3) {
        return None;
    }
    words.sort();
    words.dedup();
    Some(Anchors {
        words,
        before: a.before?,
        after: a.after?,
    })
}

/// Whether `hir` looks at the start or end of the text or of a line: a
/// window's edges would read differently from the whole text's.
fn reads_text_edges(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Look(l) => !matches!(
            l,
            Look::WordAscii
                | Look::WordAsciiNegate
                | Look::WordUnicode
                | Look::WordUnicodeNegate
                | Look::WordStartAscii
                | Look::WordEndAscii
                | Look::WordStartUnicode
                | Look::WordEndUnicode
                | Look::WordStartHalfAscii
                | Look::WordEndHalfAscii
                | Look::WordStartHalfUnicode
                | Look::WordEndHalfUnicode
        ),
        HirKind::Repetition(r) => reads_text_edges(&r.sub),
        HirKind::Capture(c) => reads_text_edges(&c.sub),
        HirKind::Concat(xs) | HirKind::Alternation(xs) => xs.iter().any(reads_text_edges),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) => false,
    }
}

/// How many runs of white space a match of `hir` can hold at most (an
/// upper bound; `None`: no bound).
pub fn space_runs(hir: &Hir) -> Option<usize> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(0),
        HirKind::Literal(lit) => {
            let b = &lit.0;
            Some(
                (0..b.len())
                    .filter(|&i| is_space(b[i]) && (i == 0 || !is_space(b[i - 1])))
                    .count(),
            )
        }
        HirKind::Class(c) => Some(usize::from(class_has_space(c))),
        HirKind::Capture(c) => space_runs(&c.sub),
        HirKind::Repetition(r) => {
            let sub = space_runs(&r.sub)?;
            if sub == 0 {
                return Some(0);
            }
            // Copies of white space alone make one run.
            let all_space = match r.sub.kind() {
                HirKind::Class(c) => class_all_space(c),
                HirKind::Literal(lit) => lit.0.iter().all(|&b| is_space(b)),
                _ => false,
            };
            if all_space {
                return Some(1);
            }
            r.max.map(|m| m as usize * sub)
        }
        HirKind::Concat(xs) => xs.iter().map(space_runs).sum(),
        HirKind::Alternation(xs) => {
            let runs: Option<Vec<usize>> = xs.iter().map(space_runs).collect();
            Some(runs?.into_iter().max().unwrap_or(0))
        }
    }
}

/// Whether the class holds a white-space character of [`is_space`].
fn class_has_space(c: &Class) -> bool {
    let spaces = [b'\t', b'\n', 0x0B, 0x0C, b'\r', b' '];
    match c {
        Class::Unicode(u) => u.ranges().iter().any(|r| {
            spaces
                .iter()
                .any(|&s| r.start() <= s as char && s as char <= r.end())
        }),
        Class::Bytes(b) => b
            .ranges()
            .iter()
            .any(|r| spaces.iter().any(|&s| r.start() <= s && s <= r.end())),
    }
}

/// Whether every character of the class is white space of [`is_space`].
pub(crate) fn class_all_space(c: &Class) -> bool {
    match c {
        Class::Unicode(u) => u
            .ranges()
            .iter()
            .all(|r| (r.start()..=r.end()).all(|ch| ch.is_ascii() && is_space(ch as u8))),
        Class::Bytes(b) => b
            .ranges()
            .iter()
            .all(|r| (r.start()..=r.end()).all(is_space)),
    }
}

/// Words one of which every match holds, with the runs of white space a
/// match reaches before and after it (`None`: no bound).
#[derive(Debug, Clone)]
struct Required {
    words: Vec<Vec<u8>>,
    before: Option<usize>,
    after: Option<usize>,
}

impl Required {
    /// How selective the words are: the shortest one's length counts
    /// most, then how few there are.
    fn score(&self) -> (usize, std::cmp::Reverse<usize>) {
        let shortest = self.words.iter().map(Vec::len).min().unwrap_or(0);
        (shortest.min(8), std::cmp::Reverse(self.words.len()))
    }
}

/// Classes of up to this many characters give one word per character.
const CLASS_WORDS: usize = 4;

fn required(hir: &Hir) -> Option<Required> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => None,
        HirKind::Literal(lit) => Some(longest_piece(&lit.0)),
        HirKind::Class(c) => {
            if class_has_space(c) {
                return None;
            }
            let chars = class_chars(c)?;
            Some(Required {
                words: chars,
                before: Some(0),
                after: Some(0),
            })
        }
        HirKind::Capture(c) => required(&c.sub),
        HirKind::Repetition(r) => {
            if r.min == 0 {
                return None;
            }
            let inner = required(&r.sub)?;
            // Any copy may hold the word; the others lie to either side.
            let others = match r.max {
                Some(1) => Some(0),
                Some(m) => space_runs(&r.sub).map(|s| (m as usize - 1) * s),
                None => match space_runs(&r.sub) {
                    Some(0) => Some(0),
                    _ => None,
                },
            };
            Some(Required {
                words: inner.words,
                before: add(inner.before, others),
                after: add(inner.after, others),
            })
        }
        HirKind::Concat(xs) => {
            let runs: Vec<Option<usize>> = xs.iter().map(space_runs).collect();
            let mut best: Option<Required> = None;
            for (i, x) in xs.iter().enumerate() {
                let Some(r) = required(x) else { continue };
                let before = runs[..i].iter().fold(r.before, |a, &b| add(a, b));
                let after = runs[i + 1..].iter().fold(r.after, |a, &b| add(a, b));
                let candidate = Required {
                    words: r.words,
                    before,
                    after,
                };
                if best.as_ref().is_none_or(|b| better(&candidate, b)) {
                    best = Some(candidate);
                }
            }
            best
        }
        HirKind::Alternation(xs) => {
            let mut out = Required {
                words: Vec::new(),
                before: Some(0),
                after: Some(0),
            };
            for x in xs {
                let r = required(x)?;
                out.words.extend(r.words);
                out.before = max(out.before, r.before);
                out.after = max(out.after, r.after);
            }
            Some(out)
        }
    }
}

/// Whether `a` is the better choice of words than `b`: one whose reach is
/// bounded, then the more selective, then the one reaching across fewer
/// runs of white space.
fn better(a: &Required, b: &Required) -> bool {
    let key = |r: &Required| {
        let reach = add(r.before, r.after);
        (
            reach.is_some(),
            r.score(),
            std::cmp::Reverse(reach.unwrap_or(0)),
        )
    };
    key(a) > key(b)
}

/// The longest piece of `lit` without white space, with the runs of white
/// space in `lit` before and after it.
fn longest_piece(lit: &[u8]) -> Required {
    let pieces: Vec<&[u8]> = lit.split(|&b| is_space(b)).collect();
    let (i, best) = pieces
        .iter()
        .enumerate()
        .max_by_key(|(i, p)| (p.len(), std::cmp::Reverse(*i)))
        .map(|(i, p)| (i, p.to_vec()))
        .unwrap_or_default();
    // Runs before the piece: the non-empty stretches of white space that
    // the split left between pieces up to it.
    let at = pieces[..i].iter().map(|p| p.len() + 1).sum::<usize>();
    let runs = |b: &[u8]| {
        (0..b.len())
            .filter(|&k| is_space(b[k]) && (k == 0 || !is_space(b[k - 1])))
            .count()
    };
    Required {
        words: vec![best],
        before: Some(runs(&lit[..at])),
        after: Some(runs(
            &lit[(at + pieces.get(i).map_or(0, |p| p.len())).min(lit.len())..],
        )),
    }
}

fn add(a: Option<usize>, b: Option<usize>) -> Option<usize> {
    Some(a? + b?)
}

fn max(a: Option<usize>, b: Option<usize>) -> Option<usize> {
    Some(a?.max(b?))
}

/// The characters of a small class as UTF-8 words.
fn class_chars(c: &Class) -> Option<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    match c {
        Class::Unicode(u) => {
            for r in u.ranges() {
                for ch in r.start()..=r.end() {
                    if out.len() == CLASS_WORDS {
                        return None;
                    }
                    out.push(ch.to_string().into_bytes());
                }
            }
        }
        Class::Bytes(b) => {
            for r in b.ranges() {
                for byte in r.start()..=r.end() {
                    if out.len() == CLASS_WORDS {
                        return None;
                    }
                    out.push(vec![byte]);
                }
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(p: &str) -> Option<(Vec<&'static str>, usize, usize)> {
        anchors(&crate::pattern::asciify(p)).map(|a| {
            let words = a
                .words
                .into_iter()
                .map(|w| &*Box::leak(w.into_boxed_str()))
                .collect();
            (words, a.before, a.after)
        })
    }

    #[test]
    fn words_and_reach_of_phrases() {
        assert_eq!(
            of(r"\b(?:met|na)\s+(?:[\w']+\s+){0,2}?toestemming\b"),
            Some((vec!["toestemming"], 3, 0))
        );
        assert_eq!(
            of(r"\b(?:[a-z]*kanker|zelfmoord\w*|moslima?|burn-?out)\b"),
            Some((vec!["burn", "kanker", "moslim", "zelfmoord"], 0, 0))
        );
        assert_eq!(
            of(r"\bopgenomen\s+in\s+(?:het\s+ziekenhuis|de\s+ggz)\b"),
            Some((vec!["opgenomen"], 0, 3))
        );
        // A short word anywhere in the set: not worth a search.
        assert_eq!(of(r"\b(?:in\s+de\s+cel|zo)\b"), None);
        // Unbounded runs of white space, and the text's edges.
        assert_eq!(of(r"\bfoto(?:\s+\w+)*"), None);
        assert_eq!(of(r"^foto\b"), None);
        // Case folding makes classes of every letter.
        assert_eq!(of(r"(?i)\bfoto\b"), None);
        // Words hold no white space: the longest piece of a literal.
        assert_eq!(of(r"\buit de kasten\b"), Some((vec!["kasten"], 2, 0)));
        assert_eq!(
            of(r"\bvoor  intern gebruik\b"),
            Some((vec!["gebruik"], 2, 0))
        );
        assert_eq!(
            of(r"\bongeoorloofd afwezig\b"),
            Some((vec!["ongeoorloofd"], 0, 1))
        );
    }

    #[test]
    fn runs_of_white_space() {
        let runs = |p: &str| {
            let p = crate::pattern::asciify(p);
            space_runs(&regex_syntax::Parser::new().parse(&p).unwrap())
        };
        assert_eq!(runs(r"a\s+b\s*c"), Some(2));
        assert_eq!(runs(r"(?:\w+\s+){0,6}"), Some(6));
        assert_eq!(runs(r"a b  c"), Some(2));
        assert_eq!(runs(r".{0,3}"), Some(3));
        assert_eq!(runs(r"[^x]*"), None);
        assert_eq!(runs(r"\w*"), Some(0));
        // Unicode white space outside ASCII is no white space to the
        // windows: its runs may break ASCII runs into many.
        let unicode = regex_syntax::Parser::new().parse(r"a\s+b").unwrap();
        assert_eq!(space_runs(&unicode), None);
    }
}

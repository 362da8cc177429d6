//! Where a text's patterns can match, so that callers search that and need
//! not know how it was found: [`Scope`] for the phrase patterns of a union
//! (the whole of a short text, or the windows the union found in a long
//! one, see [`crate::gate::LongUnion`]); [`Around`] for hand-written
//! scanners, around what every match of theirs holds.

use std::ops::Range;

use crate::pattern::Lazy;

#[derive(Debug, Clone, Copy)]
pub struct Scope<'h> {
    hay: &'h str,
    /// `None`: the whole text.
    windows: Option<&'h [Range<usize>]>,
}

impl<'h> Scope<'h> {
    /// All of `hay`.
    pub fn whole(hay: &'h str) -> Scope<'h> {
        Scope { hay, windows: None }
    }

    /// `hay` where a union's windows say a pattern can match, or all of it
    /// for `None`.
    pub fn of(hay: &'h str, windows: Option<&'h [Range<usize>]>) -> Scope<'h> {
        Scope { hay, windows }
    }

    /// The text the scope is of.
    pub fn hay(&self) -> &'h str {
        self.hay
    }

    /// Every match of `re`, as its `find_iter` over the whole text gives
    /// them (the pattern must be one of the union's).
    pub fn find_iter(&self, re: &Lazy) -> Vec<Range<usize>> {
        match self.windows {
            None => re.find_iter(self.hay),
            Some(w) => crate::gate::find_in(re.regex(), self.hay, w),
        }
    }

    /// Whether `re` matches anywhere.
    pub fn is_match(&self, re: &Lazy) -> bool {
        match self.windows {
            None => re.is_match(self.hay),
            Some(w) => w.iter().any(|w| re.regex().is_match(&self.hay[w.clone()])),
        }
    }
}

/// What every match of a hand-written scanner holds, to look for first.
#[derive(Debug, Clone, Copy)]
pub enum Anchor<'a> {
    /// At least `min` digits, each at most `gap` bytes from the next (the
    /// offsets of the text's digits, which callers find once and share).
    Digits {
        digits: &'a [usize],
        gap: usize,
        min: usize,
    },
    /// This byte.
    Byte(u8),
    /// Any of these words (lower-case ASCII), whole.
    Words(&'a [&'a str]),
}

/// Where a hand-written scanner can match in a text: the whole of it, or
/// around its anchors, `reach` bytes each side (a run of white space
/// counting once) and on to white space. A match that holds an anchor and
/// reaches no further from it is found in its part as in the whole text.
#[derive(Debug, Clone)]
pub struct Around<'h> {
    hay: &'h str,
    parts: Vec<Range<usize>>,
}

impl<'h> Around<'h> {
    /// All of `hay`.
    pub fn whole(hay: &'h str) -> Around<'h> {
        Around {
            hay,
            parts: std::iter::once(0..hay.len()).collect(),
        }
    }

    /// Around the `anchor`s of `hay`.
    pub fn anchors(hay: &'h str, anchor: Anchor<'_>, reach: usize) -> Around<'h> {
        use crate::gate;
        let parts = match anchor {
            Anchor::Digits { digits, gap, min } => {
                gate::windows(hay, gate::clusters(digits, gap, min), reach)
            }
            Anchor::Byte(b) => gate::windows(hay, gate::byte_anchors(hay, b), reach),
            Anchor::Words(words) => gate::windows(hay, gate::word_anchors(hay, words), reach),
        };
        Around { hay, parts }
    }

    /// Around ranges the caller found (each must be inside every match
    /// that it anchors), in order of their starts.
    pub fn ranges(
        hay: &'h str,
        anchors: impl IntoIterator<Item = Range<usize>>,
        reach: usize,
    ) -> Around<'h> {
        Around {
            hay,
            parts: crate::gate::windows(hay, anchors, reach),
        }
    }

    /// Runs `scan` on each part and adds what it finds, as offsets in the
    /// whole text, to `out`.
    pub fn scan(
        &self,
        scan: impl FnMut(&str, &mut Vec<Range<usize>>),
        out: &mut Vec<Range<usize>>,
    ) {
        crate::gate::scan_windows(self.hay, &self.parts, scan, out);
    }

    /// Each part: its offset in the text, and its text.
    pub fn parts(&self) -> impl Iterator<Item = (usize, &'h str)> + '_ {
        self.parts.iter().map(|r| (r.start, &self.hay[r.clone()]))
    }
}

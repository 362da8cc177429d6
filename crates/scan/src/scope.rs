//! Where a text's phrase patterns can match: the whole of a short text, or
//! the windows a phrase union found in a long one (see
//! [`crate::gate::LongUnion`]). Callers search a scope and need not know
//! which it is.

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

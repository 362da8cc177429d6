//! What several callers look for in the same text, read in one pass for
//! all of them: lists of words (one Aho-Corasick pass over a long text)
//! and phrase patterns (one lazy DFA of all of them, whose match ends
//! tell where each pattern can match). Callers register the lists and
//! patterns once; a [`Scan`] of one text runs each pass at most once, and
//! only when a caller asks. Short texts get no shared pass: each caller
//! reads its own words and runs its patterns on the whole text, which
//! costs less than the shared automata.

use std::ops::Range;
use std::sync::OnceLock;

use crate::gate::LongUnion;
use crate::scope::Scope;
use crate::words::{Hits, SharedWords};

/// Word lists and phrase patterns, each part built on the first text long
/// enough to need it.
pub struct Vocabulary {
    words: SharedWords,
    phrases: LongUnion,
}

impl Vocabulary {
    /// `words`: the word lists, in the order [`Scan::word_hits`] numbers
    /// them; `phrases`: the phrase patterns, as [`crate::pattern::Lazy`]
    /// takes them.
    pub const fn new(words: fn() -> Vec<Vec<String>>, phrases: fn() -> Vec<String>) -> Vocabulary {
        Vocabulary {
            words: SharedWords::new(words),
            phrases: LongUnion::new(phrases),
        }
    }

    /// A scan of one text, whose passes run when first asked for.
    pub fn scan(&self) -> Scan<'_> {
        Scan {
            vocabulary: self,
            words: OnceLock::new(),
            phrase_windows: OnceLock::new(),
        }
    }

    /// Test support: generated matches of each of `patterns` (the phrase
    /// patterns, compiled), in ordinary text, are found in the phrase
    /// scope exactly as in the whole text. Returns the patterns the
    /// generator cannot handle.
    #[cfg(any(test, feature = "testing"))]
    pub fn assert_phrases_hold<'a>(
        &self,
        patterns: impl IntoIterator<Item = &'a crate::pattern::Lazy>,
    ) -> Vec<String> {
        crate::gate::assert_union_holds(self.phrases.get(), patterns)
    }
}

/// The shared passes over one text: every call must pass that text.
pub struct Scan<'v> {
    vocabulary: &'v Vocabulary,
    words: OnceLock<Option<Vec<Hits>>>,
    phrase_windows: OnceLock<Option<Vec<Range<usize>>>>,
}

impl Scan<'_> {
    /// Where the words of list `list` occur in `hay` (every occurrence,
    /// overlapping ones too, ordered by end), or `None` when the text is
    /// short: the caller then reads its own words.
    pub fn word_hits(&self, hay: &str, list: usize) -> Option<&Hits> {
        self.words
            .get_or_init(|| self.vocabulary.words.scan(hay.as_bytes()))
            .as_ref()
            .map(|lists| &lists[list])
    }

    /// Where in `hay` a phrase pattern can match: search it there for any
    /// of them.
    pub fn phrase_scope<'h>(&'h self, hay: &'h str) -> Scope<'h> {
        let windows = self
            .phrase_windows
            .get_or_init(|| self.vocabulary.phrases.windows(hay));
        Scope::of(hay, windows.as_deref())
    }
}

/// Texts longer than this get the shared word pass: tests of what callers
/// read from it make texts longer than this.
pub const fn words_shared_from() -> usize {
    crate::words::SCAN_FROM
}

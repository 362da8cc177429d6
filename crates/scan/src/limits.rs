//! The sizes from which the engine reads a text another way, and whether
//! the process expects many texts. Every regime finds what the others
//! find; only the cost differs. Builds with the `testing` feature (and the
//! engine's own tests) can set all of it for the current thread ([`with`]),
//! so that tests reach every regime on small inputs; other builds use the
//! constants and what [`expect_texts`] was told.

use std::sync::atomic::{AtomicBool, Ordering};

/// Texts up to this many bytes are posts: patterns run where their start
/// words occur, gates look their words up one by one, shared passes are
/// skipped.
pub const SMALL_TEXT: usize = 8 * 1024;
/// From this size the phrase union's windows are where phrases are sought.
pub const UNION_FROM: usize = 64 * 1024;
/// From this size an automaton is read as interleaved streams.
pub const INTERLEAVE_FROM: usize = 1 << 14;
/// Texts up to this size are read in one piece by checks that copy them
/// ([`crate::pieces`]): every post is.
pub const PIECE: usize = 1 << 20;

/// From this many texts a process is told to expect ([`expect_texts`]),
/// a post's patterns are built for speed of search (a lazy DFA) rather
/// than of building (NFA engines, only the branches the post can match),
/// and a post's words are found through an automaton rather than looked
/// up one by one: the builds pay off after a few posts.
pub const MANY_TEXTS: usize = 5;

/// The sizes and the workload together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub small_text: usize,
    pub union_from: usize,
    pub interleave_from: usize,
    /// The size of a piece (see [`PIECE`]).
    pub piece: usize,
    /// Many texts are expected (see [`MANY_TEXTS`]).
    pub many_texts: bool,
}

impl Limits {
    pub const DEFAULT: Limits = Limits {
        small_text: SMALL_TEXT,
        union_from: UNION_FROM,
        interleave_from: INTERLEAVE_FROM,
        piece: PIECE,
        many_texts: false,
    };
}

/// The regimes tests run every case in: the defaults for a few texts and
/// for many, and the sizes lowered to nothing (pieces to a few words), to a
/// few dozen and to a few hundred bytes, so that even a post goes every long-text way.
#[cfg(any(test, feature = "testing"))]
pub const TEST_REGIMES: [Limits; 5] = [
    Limits::DEFAULT,
    Limits {
        many_texts: true,
        ..Limits::DEFAULT
    },
    Limits {
        small_text: 0,
        union_from: 0,
        interleave_from: 0,
        piece: 16,
        many_texts: false,
    },
    Limits {
        small_text: 40,
        union_from: 96,
        interleave_from: 60,
        piece: 64,
        many_texts: true,
    },
    Limits {
        small_text: 200,
        union_from: 400,
        interleave_from: 100,
        piece: 300,
        many_texts: false,
    },
];

static MANY: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// A long text is being linted on this thread: its windows and
    /// sentences are many short texts searched with the same patterns.
    static IN_LONG_TEXT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Tells the engine how many texts this process is about to lint (the
/// command line knows its inputs; an editor's server lints one at a time).
/// Which way a post is read then depends on this and on the text it is
/// part of ([`for_text`]), never on how many texts came before; what is
/// found does not depend on it at all.
pub fn expect_texts(n: usize) {
    MANY.store(n >= MANY_TEXTS, Ordering::Relaxed);
}

/// Runs `f`, the linting of a text of `len` bytes, on this thread: within
/// a long text, the pieces searched (windows, sentences) count as many
/// texts.
pub fn for_text<T>(len: usize, f: impl FnOnce() -> T) -> T {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            IN_LONG_TEXT.with(|c| c.set(self.0));
        }
    }
    let long = len > current().small_text;
    let _restore = Restore(IN_LONG_TEXT.with(|c| c.replace(long)));
    f()
}

/// Whether many texts are expected: the process said so, or this thread
/// is linting a long text.
pub fn many_texts() -> bool {
    #[cfg(any(test, feature = "testing"))]
    if let Some(l) = CURRENT.with(std::cell::Cell::get) {
        return l.many_texts;
    }
    MANY.load(Ordering::Relaxed) || IN_LONG_TEXT.with(std::cell::Cell::get)
}

#[cfg(any(test, feature = "testing"))]
fn process() -> Limits {
    Limits {
        many_texts: many_texts(),
        ..Limits::DEFAULT
    }
}

/// The limits in force on this thread.
#[cfg(not(any(test, feature = "testing")))]
#[inline(always)]
pub fn current() -> Limits {
    Limits::DEFAULT
}

#[cfg(any(test, feature = "testing"))]
thread_local! {
    static CURRENT: std::cell::Cell<Option<Limits>> = const { std::cell::Cell::new(None) };
}

/// The limits in force on this thread.
#[cfg(any(test, feature = "testing"))]
pub fn current() -> Limits {
    CURRENT.with(std::cell::Cell::get).unwrap_or_else(process)
}

/// Runs `f` with `limits` in force on this thread, then restores the
/// previous ones (also when `f` panics).
#[cfg(any(test, feature = "testing"))]
pub fn with<T>(limits: Limits, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Limits>);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(CURRENT.with(|c| c.replace(Some(limits))));
    f()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_counts_as_many_texts_while_it_is_linted() {
        assert!(!many_texts());
        assert!(for_text(SMALL_TEXT + 1, many_texts));
        assert!(!for_text(SMALL_TEXT, many_texts));
        assert!(!many_texts());
        let _ = std::panic::catch_unwind(|| for_text(SMALL_TEXT + 1, || panic!("restored?")));
        assert!(!many_texts());
    }

    #[test]
    fn limits_hold_on_their_thread_only() {
        let small = Limits {
            small_text: 10,
            union_from: 20,
            interleave_from: 30,
            piece: 40,
            many_texts: true,
        };
        with(small, || {
            assert_eq!(current(), small);
            let other = std::thread::spawn(current).join().unwrap();
            assert_eq!(other, Limits::DEFAULT);
        });
        assert_eq!(current(), Limits::DEFAULT);
        let _ = std::panic::catch_unwind(|| with(small, || panic!("restored?")));
        assert_eq!(current(), Limits::DEFAULT);
    }
}

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
    /// Many texts are expected (see [`MANY_TEXTS`]).
    pub many_texts: bool,
}

impl Limits {
    pub const DEFAULT: Limits = Limits {
        small_text: SMALL_TEXT,
        union_from: UNION_FROM,
        interleave_from: INTERLEAVE_FROM,
        many_texts: false,
    };
}

static MANY: AtomicBool = AtomicBool::new(false);

/// Tells the engine how many texts this process is about to lint (the
/// command line knows its inputs; an editor's server lints one at a time).
/// Which way a post is read then depends on this, never on how many texts
/// came before; what is found does not depend on it at all.
pub fn expect_texts(n: usize) {
    MANY.store(n >= MANY_TEXTS, Ordering::Relaxed);
}

fn process() -> Limits {
    Limits {
        many_texts: MANY.load(Ordering::Relaxed),
        ..Limits::DEFAULT
    }
}

/// The limits in force on this thread.
#[cfg(not(any(test, feature = "testing")))]
#[inline(always)]
pub fn current() -> Limits {
    process()
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
    fn limits_hold_on_their_thread_only() {
        let small = Limits {
            small_text: 10,
            union_from: 20,
            interleave_from: 30,
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

//! The sizes from which the engine reads a text another way. Every regime
//! finds what the others find; only the cost differs. Builds with the
//! `testing` feature (and the engine's own tests) can lower the sizes for
//! the current thread ([`with`]), so that tests reach every regime on small
//! inputs; other builds use the constants.

/// Texts up to this many bytes are posts: patterns run where their start
/// words occur, gates look their words up one by one, shared passes are
/// skipped.
pub const SMALL_TEXT: usize = 8 * 1024;
/// From this size the phrase union's windows are where phrases are sought.
pub const UNION_FROM: usize = 64 * 1024;
/// From this size an automaton is read as interleaved streams.
pub const INTERLEAVE_FROM: usize = 1 << 14;

/// The three sizes together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub small_text: usize,
    pub union_from: usize,
    pub interleave_from: usize,
}

impl Limits {
    pub const DEFAULT: Limits = Limits {
        small_text: SMALL_TEXT,
        union_from: UNION_FROM,
        interleave_from: INTERLEAVE_FROM,
    };
}

/// The limits in force on this thread.
#[cfg(not(any(test, feature = "testing")))]
#[inline(always)]
pub fn current() -> Limits {
    Limits::DEFAULT
}

#[cfg(any(test, feature = "testing"))]
thread_local! {
    static CURRENT: std::cell::Cell<Limits> = const { std::cell::Cell::new(Limits::DEFAULT) };
}

/// The limits in force on this thread.
#[cfg(any(test, feature = "testing"))]
pub fn current() -> Limits {
    CURRENT.with(std::cell::Cell::get)
}

/// Runs `f` with `limits` in force on this thread, then restores the
/// previous ones (also when `f` panics).
#[cfg(any(test, feature = "testing"))]
pub fn with<T>(limits: Limits, f: impl FnOnce() -> T) -> T {
    struct Restore(Limits);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(CURRENT.with(|c| c.replace(limits)));
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

//! The registry: every family of detectors, and the words and patterns
//! several of them read from one shared pass over a long text. A detector
//! reads a [`Context`] and pushes [`Finding`](crate::diagnostic::Finding)s;
//! it never does I/O.

pub mod conduct;
pub mod context;
pub mod decency;
pub mod disclaimer;
pub mod privacy;
pub mod text;

pub use context::{Context, Detector, Shared, Vocabulary, WordList};

use crate::config::Settings;

/// Every detector, built for these settings.
pub fn detectors(settings: &Settings) -> Vec<Box<dyn Detector>> {
    let mut all: Vec<Box<dyn Detector>> = Vec::new();
    privacy::register(settings, &mut all);
    disclaimer::register(settings, &mut all);
    decency::register(settings, &mut all);
    conduct::register(settings, &mut all);
    all
}

/// What the families read in common, each part built on the first text
/// long enough to need it.
pub static VOCABULARY: Vocabulary = Vocabulary {
    // In the order of [`WordList`].
    words: postlint_scan::words::SharedWords::new(|| {
        let forms = decency::words::builtin_forms().to_vec();
        let gates = privacy::lower_gate_words().map(str::to_string).collect();
        vec![forms, gates]
    }),
    // Decency's and conduct's phrase patterns: two unions took two passes;
    // one union of both costs about as much as one of them.
    phrases: postlint_scan::gate::LongUnion::new(
        || {
            decency::phrase_patterns()
                .chain(conduct::union_patterns())
                .map(str::to_string)
                .collect()
        },
        256,
    ),
};

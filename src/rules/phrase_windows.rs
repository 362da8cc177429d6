//! Where a phrase pattern of `decency` or `conduct` can match in a long
//! text. Both families run dozens of patterns; on a long text they run them
//! only in the windows of one union of all of them, found in a single pass
//! over the normalised prose and shared by the two families (two unions
//! took two passes; one union of both costs about as much as one of them).

use std::ops::Range;
use std::sync::LazyLock;

use crate::document::Document;
use crate::gate::Union;

/// Below this size the patterns run on the whole text: building the union
/// would cost more than it saves.
pub const UNION_FROM: usize = 64 * 1024;

/// Every phrase pattern of both families as one.
pub static UNION: LazyLock<Union> = LazyLock::new(|| {
    let mut all: Vec<&str> = super::decency::phrase_patterns().collect();
    all.extend(super::conduct::union_patterns());
    Union::new(&all, 256).unwrap_or_else(|e| panic!("phrase union: {e}"))
});

/// The windows of the normalised prose of `doc` where a phrase pattern can
/// match, or `None` when the text is short enough to search whole.
pub fn of(doc: &Document) -> Option<&[Range<usize>]> {
    let hay = &doc.normalized().text;
    (hay.len() >= UNION_FROM).then(|| {
        doc.phrase_windows
            .get_or_init(|| UNION.windows(hay))
            .as_slice()
    })
}

//! What the linter reports.

use std::ops::Range;

use crate::catalog::{RuleInfo, Severity};
pub use crate::lines::LineCol as Position;

/// What a detector found, in offsets of the decoded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static str,
    pub range: Range<usize>,
    /// Overrides the rule's default severity (e.g. a mild lexicon entry).
    pub severity: Option<Severity>,
}

impl Finding {
    pub fn new(rule: &'static str, range: Range<usize>) -> Finding {
        Finding {
            rule,
            range,
            severity: None,
        }
    }
}

/// A finding placed in the file: byte span of the file as read, positions,
/// and the matched text (in clear; outputs mask it where needed).
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub rule: &'static RuleInfo,
    pub severity: Severity,
    /// Byte offsets into the file as read (before BOM stripping).
    pub span: Range<usize>,
    /// The same span in the decoded text.
    pub text_span: Range<usize>,
    pub start: Position,
    pub end: Position,
    pub matched: String,
}

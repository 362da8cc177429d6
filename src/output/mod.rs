//! Output formats. Each reads rule texts from the catalog and masks
//! personal data unless asked not to.

pub mod github;
pub mod human;
pub mod json;
pub mod line;
pub mod sarif;

use crate::catalog::{Lang, Severity};
use crate::diagnostic::Diagnostic;
use crate::document::Document;

/// One linted input with its findings.
pub struct FileResult {
    /// As the user named it (or as found while walking a directory).
    pub path: String,
    pub doc: Document,
    pub diagnostics: Vec<Diagnostic>,
    /// Message language for this file (command line, else its config).
    pub lang: Lang,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Summary {
    pub fn of(results: &[FileResult]) -> Summary {
        let mut s = Summary {
            files: results.len(),
            ..Summary::default()
        };
        for d in results.iter().flat_map(|r| &r.diagnostics) {
            match d.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
            }
        }
        s
    }
}

/// How to render.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub lang: Lang,
    pub show_matches: bool,
    pub color: bool,
}

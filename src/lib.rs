//! postlint: checks a draft social-media post against the schools'
//! *Protocol Sociale Media* before it is published.
//!
//! The library does no I/O in its rules: build a [`Document`] from bytes,
//! hand it to a [`Linter`] and render the [`Diagnostic`]s with [`output`].

pub mod catalog;
pub mod config;
pub mod diagnostic;
pub mod document;
pub mod fix;
pub mod frontmatter;
pub mod language;
pub mod lexicon;
pub mod lines;
pub mod linter;
pub mod lsp;
pub mod markdown;
pub mod mask;
pub mod normalize;
pub mod output;
pub mod rules;
pub mod settings;
pub mod suppress;

pub use catalog::{Lang, RuleInfo, Severity};
pub use diagnostic::{Diagnostic, Position};
pub use document::{Document, SourceKind};
pub use linter::Linter;
pub use settings::Settings;

//! What the linter reports.

use std::ops::Range;

use crate::catalog::{Lang, RuleInfo, Severity};
pub use crate::lines::LineCol as Position;

/// A way of writing a word so a filter would miss it, undone before matching.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disguise {
    Leet,
    Stretched,
    Spaced,
    Invisible,
    LookAlike,
    Asterisk,
}

impl Disguise {
    pub fn describe(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Disguise::Leet, Lang::Nl) => "cijfers of tekens voor letters",
            (Disguise::Leet, Lang::En) => "digits or symbols for letters",
            (Disguise::Stretched, Lang::Nl) => "uitgerekte letters",
            (Disguise::Stretched, Lang::En) => "stretched letters",
            (Disguise::Spaced, Lang::Nl) => "losse letters",
            (Disguise::Spaced, Lang::En) => "spaced letters",
            (Disguise::Invisible, Lang::Nl) => "onzichtbare tekens",
            (Disguise::Invisible, Lang::En) => "invisible characters",
            (Disguise::LookAlike, Lang::Nl) => "letters uit een ander schrift",
            (Disguise::LookAlike, Lang::En) => "look-alike letters from another script",
            (Disguise::Asterisk, Lang::Nl) => "een sterretje",
            (Disguise::Asterisk, Lang::En) => "an asterisk",
        }
    }
}

/// Why a finding fired, beyond the rule's own message.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Detail {
    /// The lexicon word that matched (`kanker` for `k@nkerweer`).
    pub term: Option<String>,
    /// The lexicon's note (Dutch), shown with Dutch messages.
    pub note: Option<String>,
    pub disguises: Vec<Disguise>,
}

/// What a detector found, in offsets of the decoded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static RuleInfo,
    pub range: Range<usize>,
    /// Overrides the rule's default severity (e.g. a mild lexicon entry).
    pub severity: Option<Severity>,
    pub detail: Option<Detail>,
}

impl Finding {
    pub fn new(rule: &'static RuleInfo, range: Range<usize>) -> Finding {
        Finding {
            rule,
            range,
            severity: None,
            detail: None,
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
    pub detail: Option<Detail>,
}

impl Diagnostic {
    /// The message in `lang`: the rule's message with the detail added,
    /// e.g. "Vloek of krachtterm: ‘kanker’ (ziekte als vloek), verhuld met
    /// cijfers of tekens voor letters."
    pub fn message(&self, lang: Lang) -> String {
        let base = self.rule.message.get(lang);
        let Some(d) = &self.detail else {
            return base.to_string();
        };
        let mut m = base.trim_end_matches('.').to_string();
        if let Some(term) = &d.term {
            m.push_str(&format!(": \u{2018}{term}\u{2019}"));
        }
        if let (Some(note), Lang::Nl) = (&d.note, lang) {
            m.push_str(&format!(" ({note})"));
        }
        if !d.disguises.is_empty() {
            let list: Vec<&str> = d.disguises.iter().map(|x| x.describe(lang)).collect();
            let how = if lang == Lang::Nl {
                "verhuld met"
            } else {
                "disguised with"
            };
            m.push_str(&format!(", {how} {}", list.join(", ")));
        }
        m.push('.');
        m
    }
}

//! `decency/sexual`: Sexual or obscene language.
//!
//! This file holds the rule's metadata and documentation; the check is
//! the lexicons of category `sexual` (`lexicons/decency-*.txt`), read by [`super::words`] and [`super::phrases`].

use crate::catalog::{DECENCY, OVERLAP_LAST, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "decency/sexual",
    severity: Severity::Error,
    articles: DECENCY,
    scope: Scope::Span,
    personal_data: false,
    summary: t!("Seksuele of obscene taal.", "Sexual or obscene language."),
    why: t!(
        "Obscene taal past niet bij de fatsoensnormen van de school.",
        "Obscene language breaks the school's standards of decency."
    ),
    message: t!("Seksuele of obscene taal.", "Sexual or obscene language."),
    help: t!("Haal dit woord weg.", "Remove this word."),
    bad: "Wat een geile actie.",
    good: "Wat een gave actie.",
    placeholder: None,
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

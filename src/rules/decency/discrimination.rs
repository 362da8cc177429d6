//! `decency/discrimination`: Slurs and discriminatory language.
//!
//! This file holds the rule's metadata and documentation; the check is
//! the lexicons of category `discrimination` (`lexicons/decency-*.txt`), read by [`super::words`] and [`super::phrases`].

use crate::catalog::{DECENCY, OVERLAP_LAST, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "decency/discrimination",
    severity: Severity::Error,
    articles: DECENCY,
    scope: Scope::Span,
    personal_data: false,
    summary: t!(
        "Scheldwoorden en discriminerende taal over groepen.",
        "Slurs and discriminatory language."
    ),
    why: t!(
        "Discriminatie kwetst en is in strijd met de missie van de school.",
        "Discrimination hurts and contradicts the school's mission."
    ),
    message: t!("Discriminerende taal.", "Discriminatory language."),
    help: t!("Haal dit weg.", "Remove this."),
    bad: "Die scheidsrechter is een mongool.",
    good: "Ik ben het niet eens met de scheidsrechter.",
    placeholder: None,
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

//! `input/suppression`: A postlint comment naming an unknown rule.
//!
//! This file holds the rule's metadata and documentation; the check is
//! [`crate::suppress`], which reports comments naming no rule.

use crate::catalog::{OVERLAP_LAST, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "input/suppression",
    severity: Severity::Warning,
    articles: &[],
    scope: Scope::Span,
    personal_data: false,
    summary: t!(
        "Een postlint-commentaar met een onbekende regel.",
        "A postlint comment naming an unknown rule."
    ),
    why: t!(
        "Een verkeerd gespelde regel schakelt niets uit.",
        "A misspelt rule switches nothing off."
    ),
    message: t!(
        "Onbekende regel in postlint-commentaar.",
        "Unknown rule in postlint comment."
    ),
    help: t!(
        "Gebruik een regel-id of familie uit `postlint rules`.",
        "Use a rule id or family from `postlint rules`."
    ),
    bad: "",
    good: "",
    placeholder: None,
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

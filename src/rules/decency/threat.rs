//! `decency/threat`: Threats of violence or harm.
//!
//! This file holds the rule's metadata and documentation; the check is
//! the lexicons of category `threat` (`lexicons/decency-*.txt`), read by [`super::words`] and [`super::phrases`].

use crate::catalog::{OVERLAP_LAST, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "decency/threat",
    severity: Severity::Error,
    articles: &["A.7", "S.6"],
    scope: Scope::Span,
    personal_data: false,
    summary: t!(
        "Bedreigingen met geweld of schade.",
        "Threats of violence or harm."
    ),
    why: t!(
        "Bedreigen is verboden en kan leiden tot aangifte (S.6).",
        "Threats are forbidden and can lead to a police report (S.6)."
    ),
    message: t!("Bedreiging.", "Threat."),
    help: t!(
        "Publiceer dit niet. Neem contact op met je leidinggevende als een discussie ontspoort (B.2).",
        "Do not publish this. Contact your manager if a discussion gets out of hand (B.2)."
    ),
    bad: "Ik weet waar je woont.",
    good: "Laten we dit op school bespreken.",
    placeholder: None,
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

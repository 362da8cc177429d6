//! `decency/harassment`: Bullying, stalking, shaming and doxxing.
//!
//! This file holds the rule's metadata and documentation; the check is
//! the lexicons of category `harassment` (`lexicons/decency-*.txt`), read by [`super::words`] and [`super::phrases`].

use crate::catalog::{OVERLAP_LAST, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "decency/harassment",
    severity: Severity::Error,
    articles: &["A.7"],
    scope: Scope::Span,
    personal_data: false,
    summary: t!(
        "Pesten, stalken, zwartmaken en iemands gegevens rondsturen.",
        "Bullying, stalking, shaming and doxxing."
    ),
    why: t!(
        "Pesten, stalken en zwartmaken zijn overschrijdingen van de fatsoensnormen (A.7).",
        "Bullying, stalking and shaming break the standards of decency (A.7)."
    ),
    message: t!(
        "Pesten, stalken of zwartmaken.",
        "Bullying, stalking or shaming."
    ),
    help: t!("Publiceer dit niet.", "Do not publish this."),
    bad: "Iedereen moet weten wat voor iemand zij is.",
    good: "Ik heb een klacht over haar ingediend bij de schoolleiding.",
    placeholder: None,
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

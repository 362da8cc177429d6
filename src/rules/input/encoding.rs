//! `input/encoding`: The file is not valid UTF-8.
//!
//! This file holds the rule's metadata and documentation; the check is
//! the linter ([`crate::linter`]): the first invalid UTF-8 sequence the document met.

use crate::catalog::{OVERLAP_LAST, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "input/encoding",
    severity: Severity::Error,
    articles: &[],
    scope: Scope::Span,
    personal_data: false,
    summary: t!(
        "Het bestand is geen geldige UTF-8.",
        "The file is not valid UTF-8."
    ),
    why: t!(
        "Ongeldige tekens worden als � gelezen; de controle is dan minder betrouwbaar.",
        "Invalid bytes are read as �; the check is less reliable then."
    ),
    message: t!(
        "Ongeldige UTF-8; de rest van het bestand is toch gecontroleerd.",
        "Invalid UTF-8; the rest of the file was checked anyway."
    ),
    help: t!("Sla het bestand op als UTF-8.", "Save the file as UTF-8."),
    bad: "",
    good: "",
    placeholder: None,
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

//! `decency/profanity`: Swearing and curse words, including disease curses.
//!
//! This file holds the rule's metadata and documentation; the check is
//! the lexicons of category `profanity` (`lexicons/decency-*.txt`), read by [`super::words`] and [`super::phrases`].

use crate::catalog::{DECENCY, OVERLAP_LAST, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "decency/profanity",
    severity: Severity::Error,
    articles: DECENCY,
    scope: Scope::Span,
    personal_data: false,
    summary: t!(
        "Vloeken en krachttermen, ook ziektevloeken.",
        "Swearing and curse words, including disease curses."
    ),
    why: t!(
        "Iedereen neemt de fatsoensnormen in acht; een medewerker geeft blijk van professionaliteit.",
        "Everyone keeps to common decency; staff show professionalism."
    ),
    message: t!("Vloek of krachtterm.", "Swear word or curse."),
    help: t!("Kies een ander woord.", "Choose another word."),
    bad: "Wat een kankerweer vandaag.",
    good: "Wat een rotweer vandaag.",
    placeholder: None,
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

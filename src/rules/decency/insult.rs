//! `decency/insult`: Insults and name-calling aimed at people.
//!
//! This file holds the rule's metadata and documentation; the check is
//! the lexicons of category `insult` (`lexicons/decency-*.txt`), read by [`super::words`] and [`super::phrases`].

use crate::catalog::{OVERLAP_LAST, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "decency/insult",
    severity: Severity::Error,
    articles: &["A.7", "U.3", "U.4"],
    scope: Scope::Span,
    personal_data: false,
    summary: t!(
        "Beledigingen en scheldwoorden gericht aan mensen.",
        "Insults and name-calling aimed at people."
    ),
    why: t!(
        "Kwetsen en zwartmaken zijn overschrijdingen van de fatsoensnormen (A.7).",
        "Hurting and shaming people break the standards of decency (A.7)."
    ),
    message: t!("Belediging of scheldwoord.", "Insult or name-calling."),
    help: t!(
        "Spreek mensen met respect aan; bespreek een conflict niet online (B.2).",
        "Address people with respect; do not handle a conflict online (B.2)."
    ),
    bad: "Die ouder is echt een sukkel.",
    good: "Ik ben het niet eens met die ouder.",
    placeholder: None,
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

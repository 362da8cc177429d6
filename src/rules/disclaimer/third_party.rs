//! `disclaimer/third-party`: The school is mentioned on a personal account without “not responsible for third-party reactions”.
//!
//! This file holds the rule's metadata and documentation; the check is
//! [`super`] with the school's mentions ([`super::school`]) and the statements ([`super::statements`]).

use crate::catalog::{OVERLAP_LAST, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "disclaimer/third-party",
    severity: Severity::Warning,
    articles: &["C.4"],
    scope: Scope::Document,
    personal_data: false,
    summary: t!(
        "De school wordt genoemd op een persoonlijk account zonder “niet verantwoordelijk voor reacties van derden”.",
        "The school is mentioned on a personal account without “not responsible for third-party reactions”."
    ),
    why: t!(
        "Artikel C.4 vraagt om te melden dat je niet verantwoordelijk bent voor wat anderen eronder zetten.",
        "Article C.4 asks you to state that you are not responsible for what others post in reply."
    ),
    message: t!(
        "De school wordt genoemd, maar er staat niet bij dat je niet verantwoordelijk bent voor reacties van derden.",
        "The school is mentioned, but the post does not say you are not responsible for third-party reactions."
    ),
    help: t!(
        "Voeg toe: “Ik ben niet verantwoordelijk voor reacties van derden.” (`postlint fix`)",
        "Add: “I am not responsible for third-party reactions.” (`postlint fix`)"
    ),
    bad: "Trots op de sectie Nederlands van het Coenecoop College.",
    good: "Trots op de sectie Nederlands van het Coenecoop College.\n\nMijn eigen mening, niet die van de school. Niet verantwoordelijk voor reacties van derden.",
    placeholder: None,
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

//! `disclaimer/personal-opinion`: The school is mentioned on a personal account without “my personal opinion, not the school's”.
//!
//! This file holds the rule's metadata and documentation; the check is
//! [`super`] with the school's mentions ([`super::school`]) and the statements ([`super::statements`]).

use crate::catalog::{OVERLAP_LAST, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "disclaimer/personal-opinion",
    severity: Severity::Error,
    articles: &["C.4", "U.8", "U.6"],
    scope: Scope::Document,
    personal_data: false,
    summary: t!(
        "De school wordt genoemd op een persoonlijk account zonder “dit is mijn persoonlijke mening, niet die van de school”.",
        "The school is mentioned on a personal account without “my personal opinion, not the school's”."
    ),
    why: t!(
        "Een privémening van een medewerker wordt makkelijk verward met het standpunt van de school.",
        "A staff member's private opinion is easily mistaken for the school's position."
    ),
    message: t!(
        "De school wordt genoemd, maar er staat niet bij dat dit je persoonlijke mening is.",
        "The school is mentioned, but the post does not say this is your personal opinion."
    ),
    help: t!(
        "Voeg toe: “Dit bericht geeft mijn persoonlijke mening weer, niet het standpunt van de school.” (`postlint fix`)",
        "Add: “Views are my own, not the school's.” (`postlint fix`)"
    ),
    bad: "Wat een geweldige open dag op het Scala College!",
    good: "Wat een geweldige open dag op het Scala College!\n\nDit is mijn persoonlijke mening, niet die van de school. Ik ben niet verantwoordelijk voor reacties van derden.",
    placeholder: None,
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

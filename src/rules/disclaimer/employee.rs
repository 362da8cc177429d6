//! `disclaimer/employee`: Joining a discussion about the school without saying you work there.
//!
//! This file holds the rule's metadata and documentation; the check is
//! [`super`]: a discussion about the school ([`super::statements`]) without a statement of employment.

use crate::catalog::{OVERLAP_LAST, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "disclaimer/employee",
    severity: Severity::Warning,
    articles: &["B.1", "C.3"],
    scope: Scope::Document,
    personal_data: false,
    summary: t!(
        "Meepraten in een discussie over de school zonder te melden dat je er werkt.",
        "Joining a discussion about the school without saying you work there."
    ),
    why: t!(
        "Lezers moeten weten dat je als medewerker meepraat.",
        "Readers must know that a staff member is speaking."
    ),
    message: t!(
        "Je neemt deel aan een discussie over de school, maar vermeldt niet dat je er werkt.",
        "You take part in a discussion about the school without saying you work there."
    ),
    help: t!(
        "Voeg toe: “Ik werk op deze school.” (`postlint fix`)",
        "Add: “I work at this school.” (`postlint fix`)"
    ),
    bad: "@krant Jullie artikel over het Scala College klopt niet: de klassen zijn kleiner.",
    good: "@krant Als docent op het Scala College: jullie artikel klopt niet, de klassen zijn kleiner.\n\nOp persoonlijke titel; niet verantwoordelijk voor reacties van derden.",
    placeholder: None,
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

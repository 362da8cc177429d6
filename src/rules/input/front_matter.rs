//! `input/front-matter`: An unknown value in the front matter.
//!
//! This file holds the rule's metadata and documentation; the check is
//! [`crate::frontmatter`], which reports values it does not know.

use crate::catalog::{OVERLAP_LAST, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "input/front-matter",
    severity: Severity::Error,
    articles: &[],
    scope: Scope::Span,
    personal_data: false,
    summary: t!(
        "Een onbekende waarde in de front matter.",
        "An unknown value in the front matter."
    ),
    why: t!(
        "Een verkeerd gespelde waarde wordt genegeerd, zodat de controle met de verkeerde instellingen werkt.",
        "A misspelt value would be ignored and the check would run with the wrong settings."
    ),
    message: t!(
        "Onbekende waarde in de front matter.",
        "Unknown value in the front matter."
    ),
    help: t!(
        "Gebruik `account: personal|official`, `consent: true|false`, `lang: nl|en`.",
        "Use `account: personal|official`, `consent: true|false`, `lang: nl|en`."
    ),
    bad: "",
    good: "",
    placeholder: None,
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

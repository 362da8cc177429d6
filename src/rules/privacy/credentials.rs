//! `privacy/credentials`: Passwords, login codes and tokens.
//!
//! This file holds the rule's metadata and documentation; the check is
//! [`super::markers`] (`Credentials`).

use crate::catalog::{PRIV, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/credentials",
    severity: Severity::Error,
    articles: PRIV,
    scope: Scope::Span,
    personal_data: true,
    summary: t!(
        "Wachtwoorden, inlogcodes en tokens.",
        "Passwords, login codes and tokens."
    ),
    why: t!(
        "Een gepubliceerd wachtwoord geeft iedereen toegang.",
        "A published password gives everyone access."
    ),
    message: t!(
        "Wachtwoord of inlogcode in het bericht.",
        "Password or login code in the post."
    ),
    help: t!(
        "Haal het weg en wijzig het wachtwoord meteen.",
        "Remove it and change the password right away."
    ),
    bad: "Wifi voor de ouderavond, wachtwoord: Scala2024!",
    good: "Het wifi-wachtwoord hangt in de aula.",
    placeholder: Some(t!("[WACHTWOORD]", "[PASSWORD]")),
    overlap_rank: 4,
    source: file!(),
};

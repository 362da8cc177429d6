//! `privacy/pupil-number`: A pupil number next to its label.
//!
//! This file holds the rule's metadata and documentation; the check is
//! [`super::numbers`] (`PupilNumber`), with the other digit runs.

use crate::catalog::{PRIV, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/pupil-number",
    severity: Severity::Error,
    articles: PRIV,
    scope: Scope::Span,
    personal_data: true,
    summary: t!(
        "Een leerlingnummer naast het label.",
        "A pupil number next to its label."
    ),
    why: t!(
        "Een leerlingnummer identificeert een leerling in de schoolsystemen.",
        "A pupil number identifies a pupil in the school's systems."
    ),
    message: t!(
        "Leerlingnummer in het bericht.",
        "Pupil number in the post."
    ),
    help: t!("Haal het nummer weg.", "Remove the number."),
    bad: "Leerlingnummer 123456 mist nog een toets.",
    good: "Eén leerling mist nog een toets.",
    placeholder: Some(t!("[LEERLINGNUMMER]", "[PUPIL NUMBER]")),
    overlap_rank: 3,
    source: file!(),
};

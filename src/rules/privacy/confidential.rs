//! `privacy/confidential`: Confidentiality markers: “vertrouwelijk”, “do not forward”, “embargo” …
//!
//! This file holds the rule's metadata and documentation; the check is
//! [`super::markers`] (`Confidential`).

use crate::catalog::{OVERLAP_LAST, PRIV, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/confidential",
    severity: Severity::Error,
    articles: PRIV,
    scope: Scope::Span,
    personal_data: false,
    summary: t!(
        "Vertrouwelijkheidsmarkeringen: “vertrouwelijk”, “niet verder verspreiden”, “embargo” …",
        "Confidentiality markers: “vertrouwelijk”, “do not forward”, “embargo” …"
    ),
    why: t!(
        "Wat als vertrouwelijk is gemarkeerd, hoort niet op sociale media.",
        "What is marked confidential does not belong on social media."
    ),
    message: t!(
        "Vertrouwelijk materiaal in het bericht.",
        "Confidential material in the post."
    ),
    help: t!(
        "Publiceer dit niet; vraag bij twijfel je leidinggevende (U.11).",
        "Do not publish this; when in doubt ask your manager (U.11)."
    ),
    bad: "VERTROUWELIJK: de formatie voor volgend jaar.",
    good: "De formatie wordt binnenkort bekendgemaakt.",
    placeholder: None,
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

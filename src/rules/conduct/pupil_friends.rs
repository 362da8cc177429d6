//! `conduct/pupil-friends`: Befriending pupils on social media.
//!
//! This file holds the rule's metadata and documentation; the check is
//! [`super`] (following and befriending patterns).

use crate::catalog::{OVERLAP_LAST, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "conduct/pupil-friends",
    severity: Severity::Warning,
    articles: &["B.5", "C.6"],
    scope: Scope::Span,
    personal_data: false,
    summary: t!(
        "Bevriend raken met leerlingen op sociale media.",
        "Befriending pupils on social media."
    ),
    why: t!(
        "Leerlingen en medewerkers worden geen 'vrienden' op sociale media.",
        "Pupils and staff do not become 'friends' on social media."
    ),
    message: t!(
        "Leerlingen uitnodigen om vrienden te worden.",
        "Inviting pupils to become friends."
    ),
    help: t!(
        "Een professioneel account dat leerlingen mogen volgen is wel toegestaan (B.5).",
        "A professional account that pupils may follow is allowed (B.5)."
    ),
    bad: "Leerlingen, voeg me toe op Insta!",
    good: "Leerlingen kunnen het account van de sectie volgen.",
    placeholder: None,
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

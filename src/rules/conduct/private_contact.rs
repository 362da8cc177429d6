//! `conduct/private-contact`: Inviting one-to-one contact with pupils.
//!
//! This file holds the rule's metadata and documentation; the check is
//! [`super`] (channel, invitation and audience patterns).

use crate::catalog::{OVERLAP_LAST, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "conduct/private-contact",
    severity: Severity::Warning,
    articles: &["B.7", "C.8"],
    scope: Scope::Span,
    personal_data: false,
    summary: t!(
        "Uitnodigen tot één-op-één contact met leerlingen.",
        "Inviting one-to-one contact with pupils."
    ),
    why: t!(
        "Medewerkers voorkomen één-op-één contact met een leerling op sociale media.",
        "Staff avoid one-to-one contact with a pupil on social media."
    ),
    message: t!(
        "Uitnodiging tot privécontact met leerlingen.",
        "Invitation to private contact with pupils."
    ),
    help: t!(
        "Verwijs leerlingen naar de officiële communicatiekanalen van de school.",
        "Refer pupils to the school's official channels."
    ),
    bad: "Jongens en meiden, stuur me maar een DM als je vragen hebt.",
    good: "Jongens en meiden, stel je vragen via de ELO of in de les.",
    placeholder: None,
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

//! `privacy/pupil-record`: Grades, absence, suspension or record facts about an identifiable pupil.
//!
//! This file holds the rule's metadata and documentation; the check is
//! [`super::people`] (`pupil_records`), on the people it finds.

use crate::catalog::{OVERLAP_LAST, PRIV, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/pupil-record",
    severity: Severity::Error,
    articles: PRIV,
    scope: Scope::Span,
    personal_data: true,
    summary: t!(
        "Cijfers, verzuim, schorsing of dossiergegevens van een herkenbare leerling.",
        "Grades, absence, suspension or record facts about an identifiable pupil."
    ),
    why: t!(
        "Schoolresultaten en dossierfeiten van een leerling zijn vertrouwelijk.",
        "A pupil's results and record facts are confidential."
    ),
    message: t!(
        "Gegevens uit het leerlingdossier in het bericht.",
        "Facts from a pupil's record in the post."
    ),
    help: t!(
        "Bespreek dit alleen via de officiële kanalen, niet op sociale media.",
        "Discuss this only through official channels, not on social media."
    ),
    bad: "Daan uit 4B heeft weer een 3,2 voor wiskunde.",
    good: "De wiskundetoets van 4B was pittig.",
    placeholder: Some(t!("[LEERLINGGEGEVENS]", "[PUPIL RECORD]")),
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

//! `privacy/pupil-name`: A pupil's name in a pupil context.
//!
//! This file holds the rule's metadata and documentation; the check is
//! [`super::people`], which finds the people a post names once for the three rules about them.

use crate::catalog::{OVERLAP_LAST, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/pupil-name",
    severity: Severity::Warning,
    articles: &["A.2", "C.1", "B.5"],
    scope: Scope::Span,
    personal_data: true,
    summary: t!(
        "De naam van een leerling in een leerlingcontext.",
        "A pupil's name in a pupil context."
    ),
    why: t!(
        "Namen van leerlingen zijn persoonsgebonden informatie over leerlingen.",
        "Pupils' names are personal data about pupils."
    ),
    message: t!(
        "Naam van een leerling in het bericht.",
        "Pupil's name in the post."
    ),
    help: t!(
        "Laat de naam weg of vraag eerst toestemming.",
        "Leave the name out or ask for consent first."
    ),
    bad: "Complimenten voor leerling Sanne de Vries uit 3B!",
    good: "Complimenten voor klas 3B!",
    placeholder: Some(t!("[NAAM]", "[NAME]")),
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

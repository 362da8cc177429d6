//! `privacy/special-category`: Health, religion, ethnicity, sexual orientation or criminal facts about an identifiable person (GDPR art. 9).
//!
//! This file holds the rule's metadata and documentation; the check is
//! [`super::people`] (`special_categories_in`), on the people it finds.

use crate::catalog::{OVERLAP_LAST, PRIV, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/special-category",
    severity: Severity::Error,
    articles: PRIV,
    scope: Scope::Span,
    personal_data: true,
    summary: t!(
        "Gezondheid, geloof, afkomst, seksuele geaardheid of strafrecht over een herkenbaar persoon (AVG art. 9).",
        "Health, religion, ethnicity, sexual orientation or criminal facts about an identifiable person (GDPR art. 9)."
    ),
    why: t!(
        "Bijzondere persoonsgegevens zijn extra beschermd door de AVG.",
        "Special categories of personal data are specially protected by the GDPR."
    ),
    message: t!(
        "Bijzonder persoonsgegeven (gezondheid, geloof, afkomst …) in het bericht.",
        "Special-category personal data (health, religion, ethnicity …) in the post."
    ),
    help: t!(
        "Haal dit weg; deel dit nooit publiek.",
        "Remove it; never share this publicly."
    ),
    bad: "Mevrouw Bakker is met een burn-out thuis.",
    good: "Mevrouw Bakker is een tijdje afwezig.",
    placeholder: Some(t!("[BIJZONDER GEGEVEN]", "[SPECIAL CATEGORY]")),
    overlap_rank: OVERLAP_LAST,
    source: file!(),
};

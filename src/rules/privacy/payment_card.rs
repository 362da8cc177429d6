//! `privacy/payment-card`: A payment card number (Luhn) with card context or grouping.
//!
//! This file holds the rule's metadata and documentation; the check is
//! [`super::numbers`] (`PaymentCard`), with the other digit runs.

use crate::catalog::{PRIV, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/payment-card",
    severity: Severity::Error,
    articles: PRIV,
    scope: Scope::Span,
    personal_data: true,
    summary: t!(
        "Een betaalkaartnummer (Luhn) met kaartcontext of groepering.",
        "A payment card number (Luhn) with card context or grouping."
    ),
    why: t!(
        "Een kaartnummer op sociale media leidt tot misbruik.",
        "A card number on social media invites fraud."
    ),
    message: t!(
        "Betaalkaartnummer in het bericht.",
        "Payment card number in the post."
    ),
    help: t!("Haal het kaartnummer weg.", "Remove the card number."),
    bad: "Creditcard: 4111 1111 1111 1111",
    good: "De betaling is gelukt.",
    placeholder: Some(t!("[BETAALKAART]", "[CARD]")),
    overlap_rank: 1,
    source: file!(),
};

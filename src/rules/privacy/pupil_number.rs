//! `privacy/pupil-number`: A pupil number next to its label.

use std::ops::Range;
use std::sync::LazyLock;

use super::{Everywhere, Scanner, ValueRule};
use crate::catalog::{PRIV, RuleInfo, Scope, Severity, t};
use postlint_scan::pattern::Lazy;

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

pub static CHECK: ValueRule = ValueRule {
    rule: &RULE,
    check: |_| Box::new(Everywhere(PupilNumber)),
};

static PUPIL_NUMBER: LazyLock<Lazy> = LazyLock::new(|| {
    Lazy::new(
        r"\b(?:leerling(?:en)?nummer|leerlingnr\.?|leerling-?nr\.?|lln\.?\s?nr\.?|lln-?nummer|llnr\.?|studentnummer|studentnr\.?|student\s+number|pupil\s+number|student\s+id)\s*(?:is\s+|:\s*|#\s*)?\d{4,9}\b",
    )
});

pub struct PupilNumber;

impl Scanner for PupilNumber {
    const RULE: &'static RuleInfo = &RULE;

    fn scan(&self, hay: &str, out: &mut Vec<Range<usize>>) {
        out.extend(PUPIL_NUMBER.find_iter(hay));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::privacy::testing::found;

    #[test]
    fn start_words_hold() {
        assert!(postlint_scan::pattern::assert_needs_hold(
            PUPIL_NUMBER.as_str()
        ));
        assert!(PUPIL_NUMBER.starts().is_some());
    }

    #[test]
    fn pupil_numbers_need_their_label() {
        assert_eq!(
            found(PupilNumber, "Leerlingnummer 204517 heeft"),
            ["leerlingnummer 204517"]
        );
        assert_eq!(found(PupilNumber, "lln.nr. 204517"), ["lln.nr. 204517"]);
        assert_eq!(
            found(PupilNumber, "student number: 1234567"),
            ["student number: 1234567"]
        );
        assert!(found(PupilNumber, "er zijn 204517 leerlingen").is_empty());
        assert!(found(PupilNumber, "leerlingnummer vergeten?").is_empty());
    }
}

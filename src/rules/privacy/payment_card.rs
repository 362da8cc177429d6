//! `privacy/payment-card`: A payment card number (Luhn) with card context or grouping.

use std::ops::Range;

use super::{Prose, Scanner, ValueRule, Values};
use crate::catalog::{PRIV, RuleInfo, Scope, Severity, t};
use crate::rules::text::{is_word_char, words_after, words_before};
use postlint_scan::pattern::is_word_byte;

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

pub static CHECK: ValueRule = ValueRule {
    rule: &RULE,
    check: |_| Box::new(PaymentCard),
};

/// Digits in a row from `i`.
fn digit_run(b: &[u8], i: usize) -> usize {
    b.get(i..).map_or(0, |rest| {
        rest.iter().take_while(|c| c.is_ascii_digit()).count()
    })
}

/// Where a card number written at `i` ends: 4-4-4-(1 to 7) or 4-6-(4 or 5)
/// digits with a space or dash between groups, or 13 to 19 digits in a row;
/// not inside a word (what `\b(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|
/// \d{4}[ -]\d{6}[ -]\d{4,5}|\d{13,19})\b` matches there). Each group is
/// a whole run of digits, since a digit cannot end a word before another.
fn card_at(b: &[u8], i: usize) -> Option<usize> {
    if i > 0 && is_word_byte(b[i - 1]) {
        return None;
    }
    let ends_word = |end: usize| b.get(end).is_none_or(|&c| !is_word_byte(c));
    let groups = |sizes: &[std::ops::RangeInclusive<usize>]| {
        let mut j = i;
        for (n, size) in sizes.iter().enumerate() {
            if n > 0 {
                if !matches!(b.get(j), Some(b' ' | b'-')) {
                    return None;
                }
                j += 1;
            }
            let run = digit_run(b, j);
            if !size.contains(&run) {
                return None;
            }
            j += run;
        }
        ends_word(j).then_some(j)
    };
    groups(&[4..=4, 4..=4, 4..=4, 1..=7])
        .or_else(|| groups(&[4..=4, 6..=6, 4..=5]))
        .or_else(|| groups(&[13..=19]))
}

const CARD_WORDS: &[&str] = &[
    "card",
    "creditcard",
    "credit",
    "kaart",
    "kaartnummer",
    "pas",
    "pasnummer",
    "visa",
    "mastercard",
    "amex",
    "maestro",
    "debit",
    "debitcard",
    "betaalpas",
    "cardnumber",
];

/// The Luhn checksum of a card number.
pub fn luhn(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 1 {
                if d * 2 > 9 { d * 2 - 9 } else { d * 2 }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Issuer prefixes of the networks people actually carry.
fn known_issuer(d: &[u8]) -> bool {
    let n = |k: usize| d.iter().take(k).fold(0u32, |a, &b| a * 10 + u32::from(b));
    match d.first() {
        Some(4) => true,
        Some(5) => (51..=55).contains(&n(2)) || (50..=59).contains(&n(2)),
        Some(2) => (2221..=2720).contains(&n(4)),
        Some(3) => matches!(n(2), 34..=38),
        Some(6) => {
            n(4) == 6011 || n(2) == 65 || (644..=649).contains(&n(3)) || n(2) == 62 || n(2) == 67
        }
        _ => false,
    }
}

pub struct PaymentCard;

impl Scanner for PaymentCard {
    const RULE: &'static RuleInfo = &RULE;

    fn scan(&self, hay: &str, out: &mut Vec<Range<usize>>) {
        let b = hay.as_bytes();
        for r in postlint_scan::bytes::leftmost(b.len(), |i| card_at(b, i)) {
            let written = &hay[r.clone()];
            if hay[..r.start].chars().next_back().is_some_and(is_word_char) {
                continue;
            }
            let digits: Vec<u8> = written
                .bytes()
                .filter(u8::is_ascii_digit)
                .map(|b| b - b'0')
                .collect();
            if !(13..=19).contains(&digits.len()) || !luhn(&digits) || !known_issuer(&digits) {
                continue;
            }
            let grouped = written.contains([' ', '-']);
            let context = words_before(hay, r.start, 6)
                .iter()
                .chain(&words_after(hay, r.end, 3))
                .any(|w| CARD_WORDS.contains(w));
            if grouped || context {
                out.push(r);
            }
        }
    }
}

impl Values for PaymentCard {
    fn find(&self, text: &Prose<'_>, out: &mut Vec<Range<usize>>) {
        text.long_numbers().scan(|h, o| self.scan(h, o), out);
    }

    fn find_in_target(&self, target: &str, out: &mut Vec<Range<usize>>) {
        self.scan(target, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::privacy::testing::found;
    use proptest::prelude::*;

    static CARD: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        postlint_scan::pattern::ascii(
            r"\b(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5}|\d{13,19})\b",
        )
    });

    proptest! {
        /// The hand-written matcher finds what the pattern it replaces found.
        #[test]
        fn cards_are_the_patterns_matches(
            hay in "(?:[0-9]{1,8}|[0-9]{12,20}|[ a_é-]){0,8}"
        ) {
            let b = hay.as_bytes();
            let expected: Vec<_> = CARD.find_iter(&hay).map(|m| m.range()).collect();
            prop_assert_eq!(postlint_scan::bytes::leftmost(b.len(), |i| card_at(b, i)), expected);
        }
    }

    #[test]
    fn cards_pass_luhn_with_grouping_or_context() {
        assert_eq!(
            found(PaymentCard, "my own card, 5505 5613 0445 1669, hope"),
            ["5505 5613 0445 1669"]
        );
        assert_eq!(
            found(PaymentCard, "visa 4111111111111111"),
            ["4111111111111111"]
        );
        assert_eq!(
            found(PaymentCard, "amex 3782-822463-10005"),
            ["3782-822463-10005"]
        );
        assert!(
            found(PaymentCard, "5505 5613 0445 1668").is_empty(),
            "Luhn fails"
        );
        assert!(
            found(PaymentCard, "ordernummer 4111111111111111").is_empty(),
            "no card context, no grouping"
        );
        assert!(
            found(PaymentCard, "1234 5678 9012 3452").is_empty(),
            "no issuer"
        );
    }
}

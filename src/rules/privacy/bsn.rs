//! `privacy/bsn`: burgerservicenummers.
//!
//! ## What it does
//! Finds 9-digit numbers that pass the 11-proef, written in one run or in
//! groups with one kind of separator (`123.456.789`, `1234 56 789`,
//! `123-456-789`, `12 34 56 789`, `1 2 3 4 5 6 7 8 2`), and any 9-digit
//! number right after the label "BSN" or "burgerservicenummer".
//!
//! ## Why
//! A BSN is a specially protected personal number (A.2, C.1).
//!
//! ## Near misses
//! A number labelled as something else (ordernummer, factuurnummer, track &
//! trace …), amounts (`€ 123456782`), and digits inside longer numbers.

use std::ops::Range;

use super::{NUMBER_LABELS, Prose, Scanner, ValueRule, Values};
use crate::catalog::{PRIV, RuleInfo, Scope, Severity, t};
use crate::rules::text::{is_word_char, words_after, words_before};

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/bsn",
    severity: Severity::Error,
    articles: PRIV,
    scope: Scope::Span,
    personal_data: true,
    summary: t!(
        "Een burgerservicenummer (11-proef) of een nummer naast “BSN”.",
        "A Dutch citizen service number (BSN, 11-test) or a number labelled BSN."
    ),
    why: t!(
        "Een BSN is een bijzonder beschermd persoonsnummer; het hoort nooit op sociale media.",
        "A BSN is a specially protected personal number; it never belongs on social media."
    ),
    message: t!(
        "Burgerservicenummer in het bericht.",
        "Citizen service number (BSN) in the post."
    ),
    help: t!(
        "Haal het nummer weg. Bij twijfel niet publiceren (U.6).",
        "Remove the number. When in doubt, do not publish (U.6)."
    ),
    bad: "BSN van de nieuwe leerling: 111222333",
    good: "De inschrijving van de nieuwe leerling is rond.",
    placeholder: Some(t!("[BSN]", "[BSN]")),
    overlap_rank: 2,
    source: file!(),
};

pub struct Bsn;

/// Where a BSN written at `i` ends: nine digits in a row, or split into
/// groups by one separator (a space, dot or dash, the same one throughout):
/// groups of two to four digits in any order (`123.456.789`,
/// `1234 56 789`, `12-34-56-789`), or single digits (`1 2 3 4 5 6 7 8 2`,
/// to dodge filters). Each group is a whole run of digits, so a longer
/// number is never read as one.
fn grouped_at(b: &[u8], i: usize) -> Option<usize> {
    let run = |at: usize| {
        b[at.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let first = run(i);
    if first >= 9 {
        return Some(i + 9);
    }
    if first == 0 || first > 4 {
        return None;
    }
    let sep = *b.get(i + first)?;
    if !matches!(sep, b' ' | b'.' | b'-') {
        return None;
    }
    let (mut end, mut digits, mut singles) = (i + first, first, first == 1);
    let mut sizes_ok = true;
    while digits < 9 {
        if b.get(end) != Some(&sep) {
            return None;
        }
        let group = run(end + 1);
        if group == 0 || group > 4 {
            return None;
        }
        sizes_ok &= (group == 1) == singles;
        singles &= group == 1;
        digits += group;
        end += 1 + group;
    }
    (digits == 9 && sizes_ok).then_some(end)
}

/// Candidates, in order: the leftmost place where a BSN is written.
fn candidates(hay: &str) -> Vec<Range<usize>> {
    let b = hay.as_bytes();
    postlint_scan::bytes::leftmost(b.len(), |i| grouped_at(b, i))
}

const LABELS: &[&str] = &[
    "bsn",
    "burgerservicenummer",
    "sofinummer",
    "sofi",
    "persoonsnummer",
    "bsnnummer",
    "burgerservicenr",
];
const UNITS: &[&str] = &[
    "euro",
    "eur",
    "dollar",
    "inwoners",
    "mensen",
    "kilometer",
    "km",
    "kg",
    "liter",
];

/// The onderwijsnummer of pupils without a BSN: starts with 10 and its
/// weighted sum (as in the 11-proef) leaves 5 when divided by 11.
pub fn onderwijsnummer(digits: &[u8; 9]) -> bool {
    digits[0] == 1 && digits[1] == 0 && weighted_sum(digits).rem_euclid(11) == 5
}

/// 9·d1 + 8·d2 + … + 2·d8 − 1·d9.
fn weighted_sum(digits: &[u8; 9]) -> i32 {
    digits[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(&d, w)| i32::from(d) * w)
        .sum::<i32>()
        - i32::from(digits[8])
}

/// The 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11.
pub fn elfproef(digits: &[u8; 9]) -> bool {
    if digits.iter().all(|&d| d == 0) {
        return false;
    }
    weighted_sum(digits) % 11 == 0
}

/// The number is not part of a longer number or word.
fn standalone(hay: &str, r: &Range<usize>) -> bool {
    let b = hay.as_bytes();
    let before = hay[..r.start].chars().next_back();
    let after = hay[r.end..].chars().next();
    if before.is_some_and(is_word_char) || after.is_some_and(is_word_char) {
        return false;
    }
    let glued_before =
        r.start >= 2 && b".,-/".contains(&b[r.start - 1]) && b[r.start - 2].is_ascii_digit();
    let glued_after =
        r.end + 1 < b.len() && b".,-/".contains(&b[r.end]) && b[r.end + 1].is_ascii_digit();
    let spaced_group_after = r.end + 3 < b.len()
        && b[r.end] == b' '
        && b[r.end + 1..r.end + 4].iter().all(u8::is_ascii_digit);
    !glued_before
        && !glued_after
        && !spaced_group_after
        && !hay[..r.start].trim_end().ends_with(['€', '$', '£'])
}

pub static CHECK: ValueRule = ValueRule {
    rule: &RULE,
    check: |_| Box::new(Bsn),
};

impl Values for Bsn {
    fn find(&self, text: &Prose<'_>, out: &mut Vec<Range<usize>>) {
        text.long_numbers().scan(|h, o| self.scan(h, o), out);
    }

    fn find_in_target(&self, target: &str, out: &mut Vec<Range<usize>>) {
        self.scan(target, out);
    }
}

impl Scanner for Bsn {
    const RULE: &'static RuleInfo = &RULE;

    fn scan(&self, hay: &str, out: &mut Vec<Range<usize>>) {
        for r in candidates(hay) {
            if !standalone(hay, &r) {
                continue;
            }
            let mut digits = [0u8; 9];
            for (d, c) in digits
                .iter_mut()
                .zip(hay[r.clone()].bytes().filter(u8::is_ascii_digit))
            {
                *d = c - b'0';
            }
            let before = words_before(hay, r.start, 4);
            let labelled = before.iter().any(|w| LABELS.contains(w))
                || hay[r.end..]
                    .trim_start()
                    .strip_prefix('(')
                    .is_some_and(|s| s.starts_with("bsn"));
            let other = before
                .iter()
                .any(|w| NUMBER_LABELS.contains(w) || *w == "telefoon" || *w == "tel")
                || words_after(hay, r.end, 1)
                    .first()
                    .is_some_and(|w| UNITS.contains(w));
            let valid = elfproef(&digits) || onderwijsnummer(&digits);
            // 123.456.789 is how an amount is written, too: a BSN only
            // with its label.
            let b = hay[r.clone()].as_bytes();
            let thousands = b.len() == 11 && b[3] == b'.' && b[7] == b'.';
            if labelled || (valid && !other && !thousands) {
                out.push(r);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Nine digits split into groups of two to four (or of one each).
    fn groupings() -> impl Strategy<Value = Vec<usize>> {
        prop_oneof![
            Just(vec![9]),
            Just(vec![1; 9]),
            proptest::collection::vec(2usize..=4, 2..=4)
                .prop_filter("nine digits", |g| g.iter().sum::<usize>() == 9),
        ]
    }

    proptest! {
        /// Every grouping with one separator is read whole, wherever it
        /// stands between words.
        #[test]
        fn every_grouping_is_one_candidate(
            groups in groupings(),
            sep in prop_oneof![Just(' '), Just('.'), Just('-')],
            digits in "[0-9]{9}",
        ) {
            let mut written = String::new();
            let mut at = 0;
            for (k, g) in groups.iter().enumerate() {
                if k > 0 {
                    written.push(sep);
                }
                written.push_str(&digits[at..at + g]);
                at += g;
            }
            let hay = format!("nummer {written} graag");
            prop_assert_eq!(candidates(&hay), vec![7..7 + written.len()]);
        }

        /// A tenth digit, a group of five or a second kind of separator
        /// makes no candidate of nine digits.
        #[test]
        fn no_candidate_of_more_digits_or_mixed_separators(
            groups in proptest::collection::vec(1usize..=5, 2..=6),
            seps in proptest::collection::vec(prop_oneof![Just(' '), Just('.'), Just('-')], 5),
        ) {
            let mut written = String::new();
            for (k, g) in groups.iter().enumerate() {
                if k > 0 {
                    written.push(seps[k - 1]);
                }
                written.push_str(&"7".repeat(*g));
            }
            let one_sep = seps[..groups.len() - 1].iter().all(|&c| c == seps[0]);
            let sizes_ok = groups.iter().all(|&g| (2..=4).contains(&g))
                || groups.iter().all(|&g| g == 1);
            let nine = groups.iter().sum::<usize>() == 9;
            let whole = 0..written.len();
            let found = candidates(&written);
            prop_assert_eq!(
                found.contains(&whole),
                one_sep && sizes_ok && nine,
                "{:?}", written
            );
        }
    }

    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        Bsn.scan(text, &mut out);
        out.into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn valid_numbers_in_every_notation() {
        assert_eq!(found("nummer 123456782 graag"), ["123456782"]);
        assert_eq!(found("bsn: 1234.56.782"), ["1234.56.782"]);
        assert_eq!(found("het is 123 456 782."), ["123 456 782"]);
        assert_eq!(found("het is 123-456-782."), ["123-456-782"]);
        assert_eq!(found("bsn 123.456.782"), ["123.456.782"]);
        assert_eq!(found("sofinummer: 123.456.782"), ["123.456.782"]);
        assert_eq!(found("persoonsnummer 1234 56 782"), ["1234 56 782"]);
        assert_eq!(found("bsn 1234 56 782 hier"), ["1234 56 782"]);
        assert_eq!(found("bsn 1234-56-782"), ["1234-56-782"]);
        assert_eq!(found("bsn 12 34 56 782"), ["12 34 56 782"]);
        assert_eq!(found("bsn 628194821 klopt"), ["628194821"]);
    }

    #[test]
    fn onderwijsnummer_of_pupils_without_bsn() {
        // 101234567: 9+0+7+12+15+16+15+12 = 86, minus 7 = 79 ≡ 2 (mod 11): not one.
        let mut d = [1, 0, 1, 2, 3, 4, 5, 6, 0];
        for last in 0..10 {
            d[8] = last;
            let sum: i32 = d[..8]
                .iter()
                .zip((2..=9).rev())
                .map(|(&x, w)| i32::from(x) * w)
                .sum::<i32>()
                - i32::from(last);
            assert_eq!(onderwijsnummer(&d), sum.rem_euclid(11) == 5);
        }
        // 101234562: 86 - 2 = 84 ≡ 7; 1012345600 is too long; find one that works.
        let good = (0..10u8)
            .map(|l| [1, 0, 1, 2, 3, 4, 5, 6, l])
            .find(onderwijsnummer)
            .unwrap();
        let text: String = good.iter().map(|d| char::from(b'0' + d)).collect();
        assert_eq!(found(&format!("onderwijsnummer {text}")), [text.as_str()]);
        assert!(
            !onderwijsnummer(&[2, 0, 1, 2, 3, 4, 5, 6, 0]),
            "must start with 10"
        );
    }

    #[test]
    fn failing_checksum_fires_only_with_a_label() {
        assert!(!elfproef(&[1, 2, 3, 4, 5, 6, 7, 8, 9]));
        assert!(found("bel 123456789 voor info").is_empty());
        assert_eq!(found("bsn van de leerling: 123456789"), ["123456789"]);
        assert_eq!(found("burgerservicenummer 123456789"), ["123456789"]);
        assert_eq!(found("123456789 (bsn)"), ["123456789"]);
    }

    #[test]
    fn digits_split_one_by_one() {
        assert_eq!(found("bsn 1 2 3 4 5 6 7 8 2"), ["1 2 3 4 5 6 7 8 2"]);
        assert_eq!(found("nummer 1.2.3.4.5.6.7.8.2"), ["1.2.3.4.5.6.7.8.2"]);
        assert!(
            found("1 2 3 4 5 6 7 8 9 tellen").is_empty(),
            "fails the 11-proef"
        );
    }

    #[test]
    fn near_misses() {
        assert!(found("ordernummer 123456782").is_empty());
        assert!(found("factuur 123456782 is betaald").is_empty());
        assert!(found("track & trace: 123456782").is_empty());
        assert!(found("een bedrag van € 123456782").is_empty());
        assert!(found("123456782 euro").is_empty());
        assert!(found("0123456782").is_empty(), "ten digits");
        assert!(found("1234567821").is_empty());
        assert!(found("12.123456782").is_empty());
        assert!(found("123 456 782 123").is_empty(), "longer grouped number");
        assert!(found("000000000").is_empty());
        assert!(found("abc123456782").is_empty());
        assert!(
            found("123.456.782").is_empty(),
            "thousands separators: an amount"
        );
    }
}

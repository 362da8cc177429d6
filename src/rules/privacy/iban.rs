//! `privacy/iban`: bank account numbers.
//!
//! ## What it does
//! Finds IBANs of any country, grouped or not, upper or lower case, with
//! spaces or dashes, that have their country's length and pass the
//! ISO 7064 mod-97 check.
//!
//! ## Why
//! An account number is personal and financially sensitive (A.2, C.1).

use std::ops::Range;

use super::{Prose, Scanner, ValueRule, Values};
use crate::catalog::{PRIV, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/iban",
    severity: Severity::Error,
    articles: PRIV,
    scope: Scope::Span,
    personal_data: true,
    summary: t!(
        "Een IBAN-rekeningnummer dat de mod-97-controle doorstaat.",
        "An IBAN that passes the mod-97 check."
    ),
    why: t!(
        "Een rekeningnummer is persoonsgebonden en financieel gevoelig.",
        "An account number is personal and financially sensitive."
    ),
    message: t!(
        "Rekeningnummer (IBAN) in het bericht.",
        "Bank account number (IBAN) in the post."
    ),
    help: t!(
        "Laat betalingen via de officiële kanalen van de school lopen en haal het nummer weg.",
        "Route payments through the school's official channels and remove the number."
    ),
    bad: "Maak het geld over op NL91 ABNA 0417 1643 00.",
    good: "Betalen kan via de ouderportal van de school.",
    placeholder: Some(t!("[IBAN]", "[IBAN]")),
    overlap_rank: 0,
    source: file!(),
};

pub struct Iban;

/// Where an IBAN may start: two letters and two digits at the start of a
/// word (what `\b[a-z]{2}\d{2}` matches), in order.
fn starts(b: &[u8]) -> Vec<usize> {
    (0..b.len().saturating_sub(3))
        .filter(|&i| {
            (i == 0 || !postlint_scan::pattern::is_word_byte(b[i - 1]))
                && b[i].is_ascii_lowercase()
                && b[i + 1].is_ascii_lowercase()
                && b[i + 2].is_ascii_digit()
                && b[i + 3].is_ascii_digit()
        })
        .collect()
}

/// IBAN length by country (SWIFT IBAN registry).
fn length(country: &[u8]) -> Option<usize> {
    let n = match country {
        b"no" => 15,
        b"be" => 16,
        b"dk" | b"fi" | b"fo" | b"gl" | b"nl" | b"sd" | b"fk" => 18,
        b"mk" | b"si" => 19,
        b"at" | b"ba" | b"ee" | b"kz" | b"lt" | b"lu" | b"xk" | b"mn" => 20,
        b"ch" | b"hr" | b"li" | b"lv" => 21,
        b"bg" | b"bh" | b"cr" | b"de" | b"ge" | b"gb" | b"ie" | b"me" | b"rs" | b"va" => 22,
        b"ae" | b"gi" | b"il" | b"tl" | b"om" | b"so" => 23,
        b"ad" | b"cz" | b"es" | b"md" | b"pk" | b"ro" | b"sa" | b"se" | b"sk" | b"tn" | b"vg" => 24,
        b"pt" | b"st" | b"ly" => 25,
        b"is" | b"tr" => 26,
        b"fr" | b"gr" | b"it" | b"mc" | b"mr" | b"sm" | b"bi" | b"dj" => 27,
        b"al" | b"az" | b"by" | b"cy" | b"do" | b"gt" | b"hu" | b"lb" | b"pl" | b"sv" | b"ni"
        | b"hn" => 28,
        b"br" | b"eg" | b"iq" | b"ps" | b"qa" | b"ua" => 29,
        b"jo" | b"kw" | b"mu" | b"ye" => 30,
        b"mt" | b"sc" => 31,
        b"lc" => 32,
        b"ru" => 33,
        _ => return None,
    };
    Some(n)
}

/// ISO 7064 mod 97-10 on an IBAN without separators (case-insensitive).
pub fn mod97(iban: &[u8]) -> bool {
    if iban.len() < 5 {
        return false;
    }
    let mut rem: u32 = 0;
    for &c in iban[4..].iter().chain(&iban[..4]) {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'a'..=b'z' => u32::from(c - b'a') + 10,
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            _ => return false,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

pub static CHECK: ValueRule = ValueRule {
    rule: &RULE,
    check: |settings| Box::new(IbanCheck::new(&settings.allow_ibans)),
};

/// IBANs that are no person's: those of `[allow] ibans`, and accounts the
/// text gives as an organisation's ("t.n.v. Stichting Vrienden van …",
/// "de rekening van de ouderraad").
pub struct IbanCheck {
    allowed: Vec<String>,
}

/// What holds an account that is no person's.
const ORGANISATIONS: &[&str] = &[
    "stichting",
    "vereniging",
    "ouderraad",
    "oudervereniging",
    "medezeggenschapsraad",
    "mr",
    "leerlingenraad",
    "school",
    "college",
    "fonds",
    "gemeente",
    "kerk",
    "parochie",
    "club",
    "sportclub",
    "bv",
    "foundation",
    "association",
    "charity",
];

/// Only letters and digits, upper case: how IBANs are compared.
fn compact(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

impl IbanCheck {
    pub fn new(allowed: &[String]) -> IbanCheck {
        IbanCheck {
            allowed: allowed.iter().map(|a| compact(a)).collect(),
        }
    }

    /// Whether the IBAN at `r` of `hay` (the normalised prose) is an
    /// organisation's: an organisation word among the few words before or
    /// after it in its sentence.
    fn organisation_account(hay: &str, r: &Range<usize>) -> bool {
        let s = crate::rules::text::sentence_at(hay, r.start);
        let before = crate::rules::text::words_before(&hay[s.start..r.start], r.start - s.start, 6);
        let after = crate::rules::text::words_after(&hay[r.end..s.end.max(r.end)], 0, 6);
        before
            .iter()
            .chain(&after)
            .any(|w| ORGANISATIONS.contains(w))
    }

    fn keep(&self, hay: &str, r: &Range<usize>) -> bool {
        !self.allowed.contains(&compact(&hay[r.clone()])) && !Self::organisation_account(hay, r)
    }
}

impl Values for IbanCheck {
    fn find(&self, text: &Prose<'_>, out: &mut Vec<Range<usize>>) {
        let mut found = Vec::new();
        text.long_numbers().scan(|h, o| Iban.scan(h, o), &mut found);
        out.extend(found.into_iter().filter(|r| self.keep(text.hay, r)));
    }

    fn find_in_target(&self, target: &str, out: &mut Vec<Range<usize>>) {
        let mut found = Vec::new();
        Iban.scan(target, &mut found);
        out.extend(found.into_iter().filter(|r| self.keep(target, r)));
    }
}

impl Scanner for Iban {
    const RULE: &'static RuleInfo = &RULE;

    fn scan(&self, hay: &str, out: &mut Vec<Range<usize>>) {
        let b = hay.as_bytes();
        let mut resume = 0;
        for start in starts(b) {
            if start < resume {
                continue;
            }
            let Some(len) = length(&b[start..start + 2]) else {
                continue;
            };
            // Take exactly `len` letters and digits, single spaces or dashes between.
            let mut chars = Vec::with_capacity(len);
            let mut i = start;
            let mut end = i;
            while i < b.len() && chars.len() < len {
                if b[i].is_ascii_alphanumeric() {
                    chars.push(b[i]);
                    end = i + 1;
                } else if !(matches!(b[i], b' ' | b'-')
                    && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric))
                {
                    break;
                }
                i += 1;
            }
            let ends_clean = !b.get(end).is_some_and(u8::is_ascii_alphanumeric);
            if chars.len() == len && ends_clean && mod97(&chars) {
                out.push(start..end);
                resume = end;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(allowed: &[&str], text: &str) -> Vec<String> {
        let allowed: Vec<String> = allowed.iter().map(|s| s.to_string()).collect();
        let hay = crate::normalize::fold(text);
        let capital = |_: Range<usize>| false;
        let mut out = Vec::new();
        IbanCheck::new(&allowed).find(&Prose::new(&hay, &capital), &mut out);
        out.into_iter().map(|r| hay[r].to_string()).collect()
    }

    /// An account the text gives as an organisation's, or that is allowed,
    /// is no one's personal data; a person's still is.
    #[test]
    fn organisation_accounts_are_no_ones() {
        for text in [
            "IBAN: NL91 ABNA 0417 1643 00 t.n.v. Stichting Vrienden van de Schoolband",
            "Maak het over op NL91ABNA0417164300 ten name van de ouderraad.",
            "De rekening van de school is NL91 ABNA 0417 1643 00.",
            "Oudervereniging: NL91 ABNA 0417 1643 00",
            "Giften aan het fonds: NL91ABNA0417164300, dank!",
        ] {
            assert!(checked(&[], text).is_empty(), "{text}");
        }
        assert!(checked(&["nl91 abna 0417 1643 00"], "stort op NL91ABNA0417164300").is_empty());
        assert_eq!(
            checked(
                &[],
                "Mijn rekening is NL91 ABNA 0417 1643 00, t.n.v. J. Jansen"
            ),
            ["nl91 abna 0417 1643 00"]
        );
    }
    use proptest::prelude::*;

    proptest! {
        /// The hand-written matcher finds what the pattern it replaces found.
        #[test]
        fn starts_are_the_patterns_matches(hay in "[a-c0-9 _Aé]{0,30}") {
            let re = postlint_scan::pattern::ascii(r"\b[a-z]{2}\d{2}");
            let expected: Vec<_> = re.find_iter(&hay).map(|m| m.start()).collect();
            prop_assert_eq!(starts(hay.as_bytes()), expected);
        }
    }

    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        Iban.scan(text, &mut out);
        out.into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn grouped_ungrouped_dashed_and_foreign() {
        assert_eq!(found("op nl91abna0417164300 graag"), ["nl91abna0417164300"]);
        assert_eq!(
            found("op nl91 abna 0417 1643 00 t.n.v. x"),
            ["nl91 abna 0417 1643 00"]
        );
        assert_eq!(
            found("nl70 rabo 1163 7265 16 t.n.v. de ouderraad"),
            ["nl70 rabo 1163 7265 16"]
        );
        assert_eq!(found("nl91-abna-0417-1643-00"), ["nl91-abna-0417-1643-00"]);
        assert_eq!(
            found("de89 3704 0044 0532 0130 00"),
            ["de89 3704 0044 0532 0130 00"]
        );
        assert_eq!(found("be68539007547034."), ["be68539007547034"]);
        assert_eq!(
            found("gb82 west 1234 5698 7654 32"),
            ["gb82 west 1234 5698 7654 32"]
        );
    }

    #[test]
    fn near_misses() {
        assert!(found("nl91abna0417164301").is_empty(), "bad checksum");
        assert!(found("nl91abna041716430").is_empty(), "too short");
        assert!(found("nl91abna0417164300x").is_empty(), "glued to a word");
        assert!(found("xx91abna0417164300").is_empty(), "no such country");
        assert!(found("de 12 leerlingen").is_empty());
        assert!(found("in 2024 en nl12 in totaal").is_empty());
    }
}

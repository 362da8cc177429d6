//! `privacy/address`: a home address.
//!
//! ## What it does
//! Finds a street with a house number ("Kerklaan 14", "Burgemeester de
//! Vlugtlaan 120-2", "Dorpsstraat 3a") and Dutch postcodes ("2406 AB", letters
//! as PostNL issues them), alone or together ("Dorpsstraat 12, 2406 AB").
//!
//! ## Near misses
//! A street word without number, a square named after a year ("Plein 1940"
//! is a name: the street word must be longer than its suffix), room numbers.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::Scanner;

/// Endings of Dutch street names.
const SUFFIXES: &[&str] = &[
    "straat",
    "laan",
    "weg",
    "plein",
    "gracht",
    "kade",
    "singel",
    "dijk",
    "steeg",
    "pad",
    "hof",
    "park",
    "dreef",
    "erf",
    "baan",
    "allee",
    "wal",
    "markt",
    "ring",
    "veld",
    "kamp",
    "akker",
    "weide",
    "tuin",
    "oord",
    "zijde",
    "boulevard",
    "promenade",
    "passage",
    "haven",
    "poort",
    "straatweg",
    "hoek",
    "plantsoen",
    "kwartier",
    "gaarde",
    "burcht",
    "laantje",
    "straatje",
    "pleintje",
    "lei",
    "vaart",
    "dam",
    "heuvel",
    "berg",
    "bosch",
    "hout",
    "rade",
];

static STREET: LazyLock<Regex> = LazyLock::new(|| {
    let suffixes = SUFFIXES.join("|");
    // Optional leading words ("Burgemeester de", "Van der"), the street word,
    // then a house number with an optional letter or addition.
    crate::pattern::ascii(&format!(
        r"\b(?:[a-z][a-z'.-]*\s+){{0,3}}?([a-z][a-z'-]*(?:{suffixes}))\s+(\d{{1,4}})(?:\s?[a-z]\b|-\d{{1,3}}\b|\s?(?:hs|bis|huis|boven|rd|zw)\b)?"
    ))
});

static POSTCODE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::ascii(r"\b[1-9]\d{3}\s?[a-z]{2}\b"));

/// Letters PostNL never uses in postcodes, and the combinations it avoids.
fn valid_postcode_letters(letters: &str) -> bool {
    let l = letters.to_ascii_uppercase();
    !l.chars().any(|c| "FIOQUY".contains(c)) && !["SA", "SD", "SS"].contains(&l.as_str())
}

/// Every Dutch postcode in `hay`, given the source text to check that the
/// letters were written as capitals (lower-case "2 de" is ordinary text).
pub fn postcodes(hay: &str, capitals: impl Fn(Range<usize>) -> bool) -> Vec<Range<usize>> {
    if !has_digit_run(hay.as_bytes(), 4) {
        return Vec::new();
    }
    POSTCODE
        .find_iter(hay)
        .filter(|m| {
            let letters = &m.as_str()[m.as_str().len() - 2..];
            valid_postcode_letters(letters) && capitals(m.end() - 2..m.end())
        })
        .map(|m| m.range())
        .collect()
}

/// Whether `hay` has `n` ASCII digits in a row (every postcode does).
fn has_digit_run(hay: &[u8], n: usize) -> bool {
    let mut run = 0;
    hay.iter().any(|b| {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        run >= n
    })
}

/// Whether a street word is followed by white space and a digit somewhere
/// in `hay`, as in every match of `STREET`: most posts have none, and then
/// the pattern is not even built.
fn has_street_and_number(hay: &str) -> bool {
    let b = hay.as_bytes();
    let space = |c: u8| matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ');
    (1..b.len()).any(|i| {
        if !b[i].is_ascii_digit() || !space(b[i - 1]) {
            return false;
        }
        let mut j = i - 1;
        while j > 0 && space(b[j - 1]) {
            j -= 1;
        }
        SUFFIXES.iter().any(|s| b[..j].ends_with(s.as_bytes()))
    })
}

pub struct Address;

impl Address {
    /// Streets with numbers and postcodes, merged when they belong together.
    pub fn find(&self, hay: &str, capitals: impl Fn(Range<usize>) -> bool) -> Vec<Range<usize>> {
        let mut found: Vec<Range<usize>> = Vec::new();
        let streets = has_street_and_number(hay).then(|| STREET.captures_iter(hay));
        for c in streets.into_iter().flatten() {
            let (Some(whole), Some(word), Some(num)) = (c.get(0), c.get(1), c.get(2)) else {
                continue;
            };
            let street = word.as_str();
            let suffix_len = SUFFIXES
                .iter()
                .filter(|s| street.ends_with(*s))
                .map(|s| s.len())
                .max()
                .unwrap_or(0);
            // "Plein 1940", "de weg 3": a bare suffix word is not a street name.
            if street.len() < suffix_len + 3 || !capitals(word.start()..word.start() + 1) {
                continue;
            }
            if num.as_str().starts_with('0') {
                continue;
            }
            found.push(word.start()..whole.end());
        }
        found.extend(postcodes(hay, &capitals));
        found.sort_by_key(|r| r.start);
        // "Dorpsstraat 12, 2406 AB": one address.
        let mut merged: Vec<Range<usize>> = Vec::new();
        for r in found {
            match merged.last_mut() {
                Some(last)
                    if r.start <= last.end
                        || (r.start <= last.end + 3
                            && hay[last.end..r.start].trim_matches([',', ' ']).is_empty()) =>
                {
                    last.end = last.end.max(r.end)
                }
                _ => merged.push(r),
            }
        }
        merged
    }
}

impl Scanner for Address {
    const RULE: &'static str = "privacy/address";

    fn scan(&self, hay: &str, out: &mut Vec<Range<usize>>) {
        // Without the source we cannot see capitals: accept lower case.
        out.extend(self.find(hay, |_| true));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let hay = crate::normalize::fold(text);
        let caps = |r: Range<usize>| {
            text.get(r)
                .is_some_and(|s| s.starts_with(|c: char| c.is_uppercase()))
        };
        Address
            .find(&hay, caps)
            .into_iter()
            .map(|r| text[r].to_string())
            .collect()
    }

    #[test]
    fn streets_and_postcodes() {
        assert_eq!(found("woont op de Kerklaan 14, dus"), ["Kerklaan 14"]);
        assert_eq!(found("Dorpsstraat 3a in Gouda"), ["Dorpsstraat 3a"]);
        assert_eq!(
            found("thuis, Dorpsstraat 12, 2406 AB Alphen"),
            ["Dorpsstraat 12, 2406 AB"]
        );
        assert_eq!(found("postcode 2801 KN"), ["2801 KN"]);
        assert_eq!(
            found("Burgemeester de Vlugtlaan 120-2"),
            ["Vlugtlaan 120-2"]
        );
        assert_eq!(found("Van Goghstraat 7"), ["Goghstraat 7"]);
    }

    #[test]
    fn gates_hold_for_every_street_and_postcode() {
        use proptest::strategy::{Strategy, ValueTree};
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        for (re, gate) in [
            (&*STREET, has_street_and_number as fn(&str) -> bool),
            (&*POSTCODE, |h: &str| has_digit_run(h.as_bytes(), 4)),
        ] {
            let body = re.as_str().replace("(?-u:\\b)", "");
            let strategy = proptest::string::string_regex(&body).unwrap();
            for _ in 0..3000 {
                let sample = strategy.new_tree(&mut runner).unwrap().current();
                let hay = format!("de {sample} en");
                if re.is_match(&hay) {
                    assert!(gate(&hay), "{sample:?}");
                }
            }
        }
        assert!(!has_street_and_number("met 4 havo naar de kerk"));
        assert!(has_street_and_number("kerklaan \n 4"));
    }

    #[test]
    fn near_misses() {
        for text in [
            "Op Plein 1940 in Rotterdam",
            "de Kerklaan is afgesloten",
            "lokaal 2.08",
            "2406 SA",
            "1234 FI",
            "in 2024 de",
            "Week 12 op de laan",
            "0123 AB",
            "hoofdstuk 3 van het boek",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }
}

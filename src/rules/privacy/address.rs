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

use postlint_scan::scope::Around;
use regex::Regex;

use super::{Prose, Scanner, ValueRule, Values};
use crate::catalog::{PRIV, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/address",
    severity: Severity::Warning,
    articles: PRIV,
    scope: Scope::Span,
    personal_data: true,
    summary: t!(
        "Een huisadres: straat met huisnummer en/of postcode.",
        "A home address: street and house number and/or postcode."
    ),
    why: t!(
        "Een huisadres maakt iemand vindbaar en is persoonsgebonden informatie.",
        "A home address makes someone findable and is personal data."
    ),
    message: t!("Adres in het bericht.", "Address in the post."),
    help: t!(
        "Haal het adres weg; noem hooguit de plaats.",
        "Remove the address; name the town at most."
    ),
    bad: "Het feestje is bij Sanne thuis, Dorpsstraat 12, 2406 AB.",
    good: "Het feestje is in Alphen.",
    placeholder: Some(t!("[ADRES]", "[ADDRESS]")),
    overlap_rank: 8,
    source: file!(),
};

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
    postlint_scan::pattern::ascii(&format!(
        r"\b(?:[a-z][a-z'.-]*\s+){{0,3}}?([a-z][a-z'-]*(?:{suffixes}))\s+(\d{{1,4}})(?:\s?[a-z]\b|-\d{{1,3}}\b|\s?(?:hs|bis|huis|boven|rd|zw)\b)?"
    ))
});

/// What [`postcode_matches`] finds, as a pattern: the tests hold one to the other.
#[cfg(test)]
static POSTCODE: LazyLock<Regex> =
    LazyLock::new(|| postlint_scan::pattern::ascii(r"\b[1-9]\d{3}\s?[a-z]{2}\b"));

/// Letters PostNL never uses in postcodes, and the combinations it avoids.
fn valid_postcode_letters(letters: &str) -> bool {
    let l = letters.to_ascii_uppercase();
    !l.chars().any(|c| "FIOQUY".contains(c)) && !["SA", "SD", "SS"].contains(&l.as_str())
}

/// Every match of `\b[1-9]\d{3}\s?[a-z]{2}\b` (ASCII classes) in `hay`, from
/// one pass over the digits: a regex would walk every byte of a long text.
fn postcode_matches(hay: &str, digits: &[usize]) -> Vec<Range<usize>> {
    let b = hay.as_bytes();
    let word = |i: usize| {
        b.get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    let letter = |i: usize| b.get(i).is_some_and(u8::is_ascii_lowercase);
    let space = |i: usize| b.get(i).is_some_and(|c| matches!(c, b'\t'..=b'\r' | b' '));
    let mut out = Vec::new();
    // Where the last match ended: matches do not overlap.
    let mut next = 0;
    for &at in digits {
        if at < next
            || b[at] == b'0'
            || (at > 0 && word(at - 1))
            || !(1..4).all(|d| b.get(at + d).is_some_and(u8::is_ascii_digit))
        {
            continue;
        }
        let digits_end = at + 4;
        // `\s?` takes the space when the rest then matches.
        let end = [digits_end + 1, digits_end]
            .into_iter()
            .filter(|&l| l == digits_end || space(digits_end))
            .find(|&l| letter(l) && letter(l + 1) && !word(l + 2));
        if let Some(end) = end {
            out.push(at..end + 2);
            next = end + 2;
        }
    }
    out
}

/// Every Dutch postcode in `hay`, given the source text to check that the
/// letters were written as capitals (lower-case "2 de" is ordinary text).
pub fn postcodes(
    hay: &str,
    digits: &[usize],
    capitals: impl Fn(Range<usize>) -> bool,
) -> Vec<Range<usize>> {
    postcode_matches(hay, digits)
        .into_iter()
        .filter(|m| valid_postcode_letters(&hay[m.end - 2..m.end]) && capitals(m.end - 2..m.end))
        .collect()
}

/// Where a digit follows a street word and white space, as the house number
/// of every match of `STREET` does: the pattern runs around these only, and
/// is not even built for a text without any.
fn street_numbers(hay: &str, digits: &[usize]) -> Vec<Range<usize>> {
    let b = hay.as_bytes();
    let space = |c: u8| matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ');
    let mut out = Vec::new();
    for &i in digits {
        if i == 0 || !space(b[i - 1]) {
            continue;
        }
        let mut j = i - 1;
        while j > 0 && space(b[j - 1]) {
            j -= 1;
        }
        let ends = |s: &&str| b[..j].ends_with(s.as_bytes());
        if j > 0 && SUFFIXES_BY_LAST[usize::from(b[j - 1])].iter().any(ends) {
            out.push(i..i + 1);
        }
    }
    out
}

/// [`SUFFIXES`] by their last byte: a word is compared with the few that
/// can end it.
static SUFFIXES_BY_LAST: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let mut by = vec![Vec::new(); 256];
    for s in SUFFIXES {
        if let Some(&b) = s.as_bytes().last() {
            by[usize::from(b)].push(*s);
        }
    }
    by
});

/// How far a street match reaches back from its house number: a street
/// word and three words before it.
const STREET_MARGIN: usize = 256;

/// Each match of `STREET` as (street word, whole match, house number).
fn streets(hay: &str, digits: &[usize]) -> Vec<(Range<usize>, Range<usize>, Range<usize>)> {
    let around = Around::ranges(hay, street_numbers(hay, digits), STREET_MARGIN);
    let mut out = Vec::new();
    for (at, part) in around.parts() {
        let shift = |m: regex::Match<'_>| m.start() + at..m.end() + at;
        for c in STREET.captures_iter(part) {
            if let (Some(whole), Some(word), Some(num)) = (c.get(0), c.get(1), c.get(2)) {
                out.push((shift(word), shift(whole), shift(num)));
            }
        }
    }
    out
}

pub struct Address;

impl Address {
    /// Streets with numbers and postcodes, merged when they belong together.
    pub fn find(&self, hay: &str, capitals: impl Fn(Range<usize>) -> bool) -> Vec<Range<usize>> {
        let digits = postlint_scan::bytes::positions(hay.as_bytes(), postlint_scan::bytes::DIGITS);
        self.find_with_digits(hay, &digits, capitals)
    }

    /// [`Address::find`] given the offsets of the digits of `hay`.
    pub fn find_with_digits(
        &self,
        hay: &str,
        digits: &[usize],
        capitals: impl Fn(Range<usize>) -> bool,
    ) -> Vec<Range<usize>> {
        let mut found: Vec<Range<usize>> = Vec::new();
        for (word, whole, num) in streets(hay, digits) {
            let street = &hay[word.clone()];
            let suffix_len = SUFFIXES
                .iter()
                .filter(|s| street.ends_with(*s))
                .map(|s| s.len())
                .max()
                .unwrap_or(0);
            // "Plein 1940", "de weg 3": a bare suffix word is not a street name.
            if street.len() < suffix_len + 3 || !capitals(word.start..word.start + 1) {
                continue;
            }
            // "Aflevering 2", "Vergadering 3": nouns made of verbs end in
            // -ering, which holds the street ending -ring.
            if street.ends_with("ering") && suffix_len == "ring".len() {
                continue;
            }
            if hay[num].starts_with('0') {
                continue;
            }
            found.push(word.start..whole.end);
        }
        found.extend(postcodes(hay, digits, &capitals));
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

pub static CHECK: ValueRule = ValueRule {
    rule: &RULE,
    check: |settings| Box::new(AddressCheck::new(&settings.allow_addresses)),
};

/// Addresses but those of `[allow] addresses` (the school's own).
pub struct AddressCheck {
    allowed: Vec<String>,
}

/// Letters and digits only, lower case: how addresses are compared.
fn compact(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl AddressCheck {
    pub fn new(allowed: &[String]) -> AddressCheck {
        AddressCheck {
            allowed: allowed
                .iter()
                .map(|a| compact(&crate::normalize::fold(a)))
                .filter(|a| !a.is_empty())
                .collect(),
        }
    }
}

impl Values for AddressCheck {
    fn find(&self, text: &Prose<'_>, out: &mut Vec<Range<usize>>) {
        let found = Address.find_with_digits(text.hay, text.digits(), |r| text.capitalised(r));
        out.extend(found.into_iter().filter(|r| {
            let a = compact(&text.hay[r.clone()]);
            !self
                .allowed
                .iter()
                .any(|x| x.contains(&a) || a.contains(x.as_str()))
        }));
    }
}

impl Scanner for Address {
    const RULE: &'static RuleInfo = &RULE;

    fn scan(&self, hay: &str, out: &mut Vec<Range<usize>>) {
        // Without the source we cannot see capitals: accept lower case.
        out.extend(self.find(hay, |_| true));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addresses(text: &str) -> Vec<String> {
        let hay = crate::normalize::fold(text);
        let capital = |r: Range<usize>| text[r].starts_with(char::is_uppercase);
        Address
            .find(&hay, capital)
            .into_iter()
            .map(|r| text[r].to_string())
            .collect()
    }

    /// Nouns made of verbs end like a ring road; streets named after one
    /// still are streets.
    #[test]
    fn nouns_in_ering_are_no_streets() {
        for text in [
            "Kijk Aflevering 2 van de serie.",
            "Vergadering 3 gaat over de begroting.",
            "Verandering 1: de les begint later.",
            "Verbetering 4 staat in de bijlage.",
            "Oefening 12 maken we samen.",
        ] {
            assert!(addresses(text).is_empty(), "{text}: {:?}", addresses(text));
        }
        for (text, want) in [
            ("Ze woont aan de Stadsring 12.", "Stadsring 12"),
            ("Adres: Buitenring 4", "Buitenring 4"),
            ("Ik woon op de Kerkstraat 12.", "Kerkstraat 12"),
        ] {
            assert_eq!(addresses(text), [want], "{text}");
        }
    }

    /// The school's own address, once allowed, is no finding.
    #[test]
    fn allowed_addresses() {
        let text = "Welkom op de Kerklaan 14, 2406 AB Alphen! Ik woon op de Dorpsstraat 3.";
        let hay = crate::normalize::fold(text);
        let capital = |r: Range<usize>| text[r].starts_with(char::is_uppercase);
        let mut out = Vec::new();
        AddressCheck::new(&["Kerklaan 14, 2406 AB Alphen".into()])
            .find(&Prose::new(&hay, &capital), &mut out);
        let found: Vec<&str> = out.iter().map(|r| &hay[r.clone()]).collect();
        assert_eq!(found, ["dorpsstraat 3"]);
    }

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

    /// Filler, a generated piece, filler and another piece, joined by `sep`.
    fn mixed(
        runner: &mut proptest::test_runner::TestRunner,
        filler: &proptest::string::RegexGeneratorStrategy<String>,
        piece: &proptest::string::RegexGeneratorStrategy<String>,
        sep: &str,
    ) -> String {
        use proptest::strategy::{Strategy, ValueTree};
        let mut tree = |s: &proptest::string::RegexGeneratorStrategy<String>| {
            s.new_tree(runner).unwrap().current()
        };
        [tree(filler), tree(piece), tree(filler), tree(piece)].join(sep)
    }

    fn digits(hay: &str) -> Vec<usize> {
        postlint_scan::bytes::positions(hay.as_bytes(), postlint_scan::bytes::DIGITS)
    }

    #[test]
    fn anchors_hold_for_every_street_and_postcode() {
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let body = STREET.as_str().replace("(?-u:\\b)", "");
        let street = proptest::string::string_regex(&body).unwrap();
        let filler = proptest::string::string_regex("[a-z]{1,8}( [a-z0-9]{1,6}){0,40}").unwrap();
        let whole = |hay: &str| -> Vec<_> {
            STREET
                .captures_iter(hay)
                .map(|c| {
                    let r = |i| c.get(i).map(|m: regex::Match<'_>| m.range()).unwrap();
                    (r(1), r(0), r(2))
                })
                .collect()
        };
        for _ in 0..3000 {
            let hay = mixed(&mut runner, &filler, &street, " ");
            assert_eq!(streets(&hay, &digits(&hay)), whole(&hay), "{hay:?}");
        }
        let body = POSTCODE.as_str().replace("(?-u:\\b)", "");
        let code = proptest::string::string_regex(&body).unwrap();
        let filler = proptest::string::string_regex("[a-z0-9 \\n\\t\u{e9}_A-Z]{0,12}").unwrap();
        for _ in 0..5000 {
            let hay = mixed(&mut runner, &filler, &code, "");
            let by_regex: Vec<_> = POSTCODE.find_iter(&hay).map(|m| m.range()).collect();
            assert_eq!(postcode_matches(&hay, &digits(&hay)), by_regex, "{hay:?}");
        }
        let numbers = |s: &str| street_numbers(s, &digits(s));
        assert!(numbers("met 4 havo naar de kerk").is_empty());
        assert_eq!(numbers("kerklaan \n 4"), vec![11..12]);
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

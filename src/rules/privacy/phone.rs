//! `privacy/phone`: Dutch and international phone numbers.
//!
//! ## What it does
//! Finds numbers written as `06-12345678`, `0172 - 43 18 60`, `(0182) 614290`,
//! `+31 (0)6 1234 5678`, `0031 20 123 4567` or `+44 20 7946 0958` and checks
//! them against the numbering plan: Dutch numbers need nine digits after the
//! trunk 0 with a real area code, mobile (06-1…06-5, 06-8) or service prefix;
//! international ones a real country code and a plausible length.
//!
//! ## Near misses
//! Times, dates, prices, scores, room numbers, years and numbers labelled as
//! order, invoice or tracking numbers.
//!
//! The area codes are the geographic numbers of the Dutch national numbering
//! plan (Nummerplan telefoon- en ISDN-diensten, ACM), the same set that
//! libphonenumber's NL metadata encodes.

use std::ops::Range;

use super::{NUMBER_LABELS, Prose, Scanner, ValueRule, Values};
use crate::catalog::{PRIV, RuleInfo, Scope, Severity, t};
use crate::rules::text::{is_word_char, word_spans, words_before};

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/phone",
    severity: Severity::Warning,
    articles: PRIV,
    scope: Scope::Span,
    personal_data: true,
    summary: t!(
        "Een Nederlands of internationaal telefoonnummer.",
        "A Dutch or international phone number."
    ),
    why: t!(
        "Een telefoonnummer is persoonsgebonden informatie en maakt één-op-één contact mogelijk.",
        "A phone number is personal data and invites one-to-one contact."
    ),
    message: t!(
        "Telefoonnummer in het bericht.",
        "Phone number in the post."
    ),
    help: t!(
        "Haal het nummer weg en verwijs naar het algemene nummer van de school.",
        "Remove the number and point to the school's general number."
    ),
    bad: "Bel me gerust: 06-12345678",
    good: "Bel de receptie van de school.",
    placeholder: Some(t!("[TELEFOON]", "[PHONE]")),
    overlap_rank: 6,
    source: file!(),
};

const AREA_2: &[&str] = &[
    "10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45", "46",
    "50", "53", "55", "58", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79",
];
const AREA_3: &[&str] = &[
    "111", "113", "114", "115", "117", "118", "161", "162", "164", "165", "166", "167", "168",
    "172", "174", "180", "181", "182", "183", "184", "186", "187", "222", "223", "224", "226",
    "227", "228", "229", "251", "252", "255", "294", "297", "299", "313", "314", "315", "316",
    "317", "318", "320", "321", "341", "342", "343", "344", "345", "346", "347", "348", "411",
    "412", "413", "416", "418", "475", "478", "481", "485", "486", "487", "488", "492", "493",
    "495", "497", "499", "511", "512", "513", "514", "515", "516", "517", "518", "519", "521",
    "522", "523", "524", "525", "527", "528", "529", "541", "543", "544", "545", "546", "547",
    "548", "561", "562", "566", "570", "571", "572", "573", "575", "577", "578", "591", "592",
    "593", "594", "595", "596", "597", "598", "599",
];
/// Non-geographic numbers with nine digits: 085/088 company, 084/087 personal
/// and VoIP, 091 private networks.
const SERVICE_9: &[&str] = &["84", "85", "87", "88", "91"];

/// Country calling codes (ITU-T E.164), for numbers written with + or 00.
const COUNTRY_CODES: &[&str] = &[
    "1", "7", "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45",
    "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63",
    "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98", "211",
    "212", "213", "216", "218", "220", "221", "222", "223", "224", "225", "226", "227", "228",
    "229", "230", "231", "232", "233", "234", "235", "236", "237", "238", "239", "240", "241",
    "242", "243", "244", "245", "246", "248", "249", "250", "251", "252", "253", "254", "255",
    "256", "257", "258", "260", "261", "262", "263", "264", "265", "266", "267", "268", "269",
    "290", "291", "297", "298", "299", "350", "351", "352", "353", "354", "355", "356", "357",
    "358", "359", "370", "371", "372", "373", "374", "375", "376", "377", "378", "380", "381",
    "382", "383", "385", "386", "387", "389", "420", "421", "423", "500", "501", "502", "503",
    "504", "505", "506", "507", "508", "509", "590", "591", "592", "593", "594", "595", "596",
    "597", "598", "599", "670", "672", "673", "674", "675", "676", "677", "678", "679", "680",
    "681", "682", "683", "685", "686", "687", "688", "689", "690", "691", "692", "850", "852",
    "853", "855", "856", "880", "886", "960", "961", "962", "963", "964", "965", "966", "967",
    "968", "970", "971", "972", "973", "974", "975", "976", "977", "992", "993", "994", "995",
    "996", "998",
];

/// Where a written number may start at `i`: what the regex
/// `\(?\+?F(?:[ \-./()]{0,3}N){6,17}` matches there, F and N the classes
/// of the first and the next digits. A bracket, a plus or a digit, then six
/// to seventeen digits with at most three separators before each.
///
/// Separators and digits are disjoint, so each step has one way to go and
/// the regex's choice (the longest run) is the only one.
fn number_at(b: &[u8], i: usize, first: fn(u8) -> bool, next: fn(u8) -> bool) -> Option<usize> {
    let mut j = i;
    if b.get(j) == Some(&b'(') {
        j += 1;
    }
    if b.get(j) == Some(&b'+') {
        j += 1;
    }
    if !first(*b.get(j)?) {
        return None;
    }
    let mut end = j + 1;
    let mut digits = 0;
    while digits < 17 {
        let mut k = end;
        while k - end < 3 && k < b.len() && matches!(b[k], b' ' | b'-' | b'.' | b'/' | b'(' | b')')
        {
            k += 1;
        }
        if k < b.len() && next(b[k]) {
            end = k + 1;
            digits += 1;
        } else {
            break;
        }
    }
    (digits >= 6).then_some(end)
}

/// Numbers written with digits.
fn candidates(hay: &str) -> Vec<Range<usize>> {
    let b = hay.as_bytes();
    postlint_scan::bytes::leftmost(b.len(), |i| {
        number_at(b, i, |c| c.is_ascii_digit(), |c| c.is_ascii_digit())
    })
}

/// Numbers with letters for digits: "O6-l2345678" (O for 0, l or I for 1).
fn lettered_candidates(hay: &str) -> Vec<Range<usize>> {
    let b = hay.as_bytes();
    postlint_scan::bytes::leftmost(b.len(), |i| {
        number_at(
            b,
            i,
            |c| c.is_ascii_digit() || c == b'o',
            |c| c.is_ascii_digit() || matches!(c, b'o' | b'l' | b'i'),
        )
    })
}

/// Whether a Dutch national number (without the trunk 0) exists.
pub fn valid_dutch(national: &str) -> bool {
    let n = national.len();
    if national.starts_with('6') {
        return n == 9 && matches!(national.as_bytes()[1], b'1'..=b'5' | b'8');
    }
    if ["800", "900", "906", "909"]
        .iter()
        .any(|p| national.starts_with(p))
    {
        return (7..=10).contains(&n);
    }
    n == 9
        && (AREA_2.contains(&&national[..2])
            || AREA_3.contains(&&national[..3])
            || SERVICE_9.contains(&&national[..2]))
}

/// Dutch numbers of services and companies, never a person's: free (0800)
/// and paid (0900, 0906, 0909) information lines, and company numbers
/// (088). Short ones (112, 113, 14 0xx) are too short to be read at all.
fn service_number(national: &str) -> bool {
    ["800", "900", "906", "909", "88"]
        .iter()
        .any(|p| national.starts_with(p))
}

/// A number that exists and can be a person's (see [`service_number`]).
fn personal_dutch(national: &str) -> bool {
    valid_dutch(national) && !service_number(national)
}

/// The digits of a candidate checked against the numbering plan: a number
/// that can be a person's.
pub fn valid_number(written: &str) -> bool {
    let digits: String = written.chars().filter(char::is_ascii_digit).collect();
    let plus = written.starts_with('+');
    let intl = if plus {
        Some(digits.as_str())
    } else {
        digits.strip_prefix("00")
    };
    match intl {
        Some(rest) => {
            if let Some(nl) = rest.strip_prefix("31") {
                // "+31 (0)6 …": the trunk 0 in brackets is not dialled.
                let nl = if written.contains("(0)") {
                    nl.strip_prefix('0').unwrap_or(nl)
                } else {
                    nl
                };
                return personal_dutch(nl);
            }
            COUNTRY_CODES
                .iter()
                .any(|cc| rest.starts_with(cc) && (6..=12).contains(&(rest.len() - cc.len())))
        }
        None => digits.strip_prefix('0').is_some_and(personal_dutch),
    }
}

/// Digits written as words, Dutch or English.
fn digit_word(w: &str) -> Option<char> {
    Some(match w {
        "nul" | "zero" | "oh" => '0',
        "een" | "one" => '1',
        "twee" | "two" => '2',
        "drie" | "three" => '3',
        "vier" | "four" => '4',
        "vijf" | "five" => '5',
        "zes" | "six" => '6',
        "zeven" | "seven" => '7',
        "acht" | "eight" => '8',
        "negen" | "nine" => '9',
        _ => return None,
    })
}

/// "nul zes een twee …": nine or more digit words in a row that make a
/// valid number.
pub fn spelled_numbers(hay: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut run: Vec<(Range<usize>, char)> = Vec::new();
    let mut flush = |run: &mut Vec<(Range<usize>, char)>| {
        if run.len() >= 9 {
            let digits: String = run.iter().map(|(_, d)| *d).collect();
            if valid_number(&digits) {
                out.push(run[0].0.start..run[run.len() - 1].0.end);
            }
        }
        run.clear();
    };
    for (start, word) in word_spans(hay) {
        match digit_word(word) {
            Some(d) => run.push((start..start + word.len(), d)),
            None => flush(&mut run),
        }
    }
    flush(&mut run);
    out
}

pub struct Phone {
    /// Allow-listed numbers, digits only, national form.
    allowed: Vec<String>,
}

fn national_digits(s: &str) -> String {
    let d: String = s.chars().filter(char::is_ascii_digit).collect();
    if let Some(rest) = d.strip_prefix("0031").or_else(|| {
        d.strip_prefix("31")
            .filter(|_| s.trim_start().starts_with('+'))
    }) {
        let rest = if s.contains("(0)") {
            rest.strip_prefix('0').unwrap_or(rest)
        } else {
            rest
        };
        return format!("0{rest}");
    }
    d
}

impl Phone {
    pub fn new(allowed: &[String]) -> Phone {
        Phone {
            allowed: allowed.iter().map(|a| national_digits(a)).collect(),
        }
    }
}

pub static CHECK: ValueRule = ValueRule {
    rule: &RULE,
    check: |settings| Box::new(Phone::new(&settings.allow_phones)),
};

impl Values for Phone {
    fn find(&self, text: &Prose<'_>, out: &mut Vec<Range<usize>>) {
        text.long_numbers()
            .scan(|h, o| self.scan_numbers(h, o), out);
        // "nul", "zero", "oh": numbers in words.
        text.around_words(ZERO_WORDS, 128)
            .scan(|h, o| o.extend(spelled_numbers(h)), out);
    }

    fn find_in_target(&self, target: &str, out: &mut Vec<Range<usize>>) {
        self.scan(target, out);
    }
}

impl Scanner for Phone {
    const RULE: &'static RuleInfo = &RULE;

    fn scan(&self, hay: &str, out: &mut Vec<Range<usize>>) {
        self.scan_numbers(hay, out);
        out.extend(spelled_numbers(hay));
    }
}

/// Digit words for 0: a number spelled out must start with one of them
/// (Dutch numbers start with 0).
pub const ZERO_WORDS: &[&str] = &["nul", "zero", "oh"];

impl Phone {
    /// Numbers written with digits, also with letters for some digits.
    pub fn scan_numbers(&self, hay: &str, out: &mut Vec<Range<usize>>) {
        self.scan_digits(hay, out);
        // Letters for digits: read them as digits (same byte length, so the
        // ranges stay put), and keep only what the digits alone missed.
        let mut lettered = String::with_capacity(hay.len());
        let mut any = false;
        let mut last = 0;
        for m in lettered_candidates(hay) {
            let text = &hay[m.clone()];
            let real = text.chars().filter(char::is_ascii_digit).count();
            if real >= 6 && text.contains(['o', 'l', 'i']) {
                lettered.push_str(&hay[last..m.start]);
                lettered.extend(text.chars().map(|c| match c {
                    'o' => '0',
                    'l' | 'i' => '1',
                    c => c,
                }));
                last = m.end;
                any = true;
            }
        }
        if any {
            lettered.push_str(&hay[last..]);
            let mut extra = Vec::new();
            self.scan_digits(&lettered, &mut extra);
            for r in extra {
                if !out.contains(&r) {
                    out.push(r);
                }
            }
        }
    }
}

impl Phone {
    fn scan_digits(&self, hay: &str, out: &mut Vec<Range<usize>>) {
        for m in candidates(hay) {
            // Trim separators the pattern may have taken at the end.
            let mut text = hay[m.clone()].trim_end_matches(|c: char| !c.is_ascii_digit());
            let mut r = m.start..m.start + text.len();
            // "(06-12345678)": the brackets are around the number, and the
            // closing one is not part of the candidate.
            if text.starts_with('(') && text.matches(['(', ')']).count() % 2 == 1 {
                text = &text[1..];
                r.start += 1;
            }
            let before = hay[..r.start].chars().next_back();
            let after = hay[r.end..].chars().next();
            if before.is_some_and(|c| is_word_char(c) || c == '€' || c == '$')
                || after.is_some_and(|c| is_word_char(c) || c == '%')
                || hay[r.end..].starts_with([',', '.', ':'])
                    && hay[r.end + 1..].starts_with(|c: char| c.is_ascii_digit())
            {
                continue;
            }
            let glued = hay[..r.start].ends_with([',', '.'])
                && hay[..r.start.saturating_sub(1)].ends_with(|c: char| c.is_ascii_digit());
            let first = text.trim_start_matches('(').chars().next().unwrap_or(' ');
            if glued || (first != '0' && first != '+') {
                continue;
            }
            if text.matches(['(', ')']).count() % 2 == 1 && !text.contains("(0)") {
                continue;
            }
            if words_before(hay, r.start, 3)
                .iter()
                .any(|w| NUMBER_LABELS.contains(w))
            {
                continue;
            }
            if !valid_number(text) || self.allowed.contains(&national_digits(text)) {
                continue;
            }
            out.push(r);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The hand-written matchers find what the patterns they replace found.
        #[test]
        fn candidates_are_the_patterns_matches(hay in "[0-9oli+() ./aé-]{0,40}") {
            static DIGITS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
                regex::Regex::new(r"\(?\+?\d(?:[ \-./()]{0,3}\d){6,17}").unwrap()
            });
            static LETTERED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
                regex::Regex::new(r"\(?\+?[0-9o](?:[ \-./()]{0,3}[0-9oli]){6,17}").unwrap()
            });
            let by_regex = |re: &regex::Regex| re.find_iter(&hay).map(|m| m.range()).collect::<Vec<_>>();
            prop_assert_eq!(candidates(&hay), by_regex(&DIGITS));
            prop_assert_eq!(lettered_candidates(&hay), by_regex(&LETTERED));
        }
    }

    fn found(text: &str) -> Vec<String> {
        let text = crate::normalize::fold(text);
        let mut out = Vec::new();
        Phone::new(&["0172-123456".into()]).scan(&text, &mut out);
        out.into_iter().map(|r| text[r].to_string()).collect()
    }

    #[test]
    fn dutch_forms() {
        assert_eq!(found("bel 06-48213377 even"), ["06-48213377"]);
        assert_eq!(found("tel: 0172 - 43 18 60 (ma-do)"), ["0172 - 43 18 60"]);
        assert_eq!(found("receptie: 0182-614290."), ["0182-614290"]);
        assert_eq!(found("bel (0182) 614290"), ["(0182) 614290"]);
        assert_eq!(found("bel +31 (0)6 1234 5678"), ["+31 (0)6 1234 5678"]);
        assert_eq!(found("bel 0031 20 123 4567"), ["0031 20 123 4567"]);
        assert_eq!(found("mobiel 0612345678"), ["0612345678"]);
        assert_eq!(found("bel 06.12.34.56.78"), ["06.12.34.56.78"]);
    }

    #[test]
    fn international() {
        assert_eq!(found("call +44 20 7946 0958"), ["+44 20 7946 0958"]);
        assert_eq!(found("ruf +49 30 1234567 an"), ["+49 30 1234567"]);
        assert!(found("+999 12345678").is_empty(), "no such country code");
    }

    #[test]
    fn disguised_numbers() {
        assert_eq!(found("bel O6-l2345678"), ["o6-l2345678"]);
        assert_eq!(
            found("bel nul zes een twee drie vier vijf zes zeven acht!"),
            ["nul zes een twee drie vier vijf zes zeven acht"]
        );
        assert_eq!(
            found("call zero six one two three four five six seven eight"),
            ["zero six one two three four five six seven eight"]
        );
        assert!(found("een twee drie, wie is er vrij?").is_empty());
        assert!(found("lokaal o12").is_empty());
    }

    #[test]
    fn near_misses() {
        for text in [
            "om 08:30 uur",
            "op 01-02-2025",
            "kost €0,50",
            "uitslag 0-3",
            "lokaal 0.12",
            "in 2024",
            "06-1234567",
            "0612345",
            "ordernummer 0201234567",
            "track & trace 0612345678",
            "0,0612345678",
            "versie 2.6.32",
            "0123456789",
            "bel 0172-123456",
            "06-12345678x",
            "BSN 0612345678",
            "123 456 789",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn numbering_plan() {
        assert!(valid_dutch("612345678"));
        assert!(!valid_dutch("612345"));
        assert!(valid_dutch("712345678"), "071 is Leiden");
        assert!(!valid_dutch("112345678"));
        assert!(valid_dutch("201234567"));
        assert!(valid_dutch("182614290"));
        assert!(!valid_dutch("190614290"), "019 is not an area code");
        assert!(valid_dutch("8001234"));
    }

    /// However a number is set off from the words around it: brackets,
    /// a telephone sign, a label with a dot or colon.
    #[test]
    fn numbers_in_brackets_and_after_signs() {
        for (text, number) in [
            ("Bel mij (06-12345678) als het uitloopt", "06-12345678"),
            ("mijn nummer (0612345678).", "0612345678"),
            ("[06 12 34 56 78]", "06 12 34 56 78"),
            ("📞 06-48213377", "06-48213377"),
            ("📞06-48213377", "06-48213377"),
            ("☎️ 0182-614290", "0182-614290"),
            ("tel. 06-48213377", "06-48213377"),
            ("tel.06-48213377", "06-48213377"),
            ("Tel.: 06 12 34 56 78", "06 12 34 56 78"),
            ("mob: +31 6 12345678 (na 17u)", "+31 6 12345678"),
        ] {
            assert_eq!(found(text), [number], "{text}");
        }
    }

    /// Helplines, information lines and company numbers belong to no
    /// person, however they are written.
    #[test]
    fn service_and_company_numbers_are_no_ones() {
        for text in [
            "De Kindertelefoon is gratis: 0800-0432",
            "bel gratis 0800-0113 of 113",
            "Politie, geen spoed: 0900-8844.",
            "Veilig Thuis: 0800 2000, ook anoniem",
            "De Luisterlijn (0900-0767) is er dag en nacht.",
            "Informatielijn 0900 1234567 (€ 0,10 p/m)",
            "Ons servicenummer is 088 123 4567.",
            "bel +31 800 1234 of +31 88 123 4567",
            "Alarmnummer 112, gemeente 14 020.",
            "Klantenservice: 0906-1234567",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
        // A person's numbers next to them still are.
        assert_eq!(
            found("Bel mij (06-12345678) of de school: 088 123 4567"),
            ["06-12345678"]
        );
    }
}

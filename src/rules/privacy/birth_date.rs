//! `privacy/birth-date`: a date of birth.
//!
//! ## What it does
//! Finds a date after "geboren (op)", "Geboren:", "geb.", "geboortedatum
//! (is)", "born (on)", "date of birth", "DOB" and "wordt 12 op …", or right
//! before "geboren" ("is op 3 februari 2013 geboren"): numeric (03-03-2011,
//! 3/3/2011), ISO (2011-03-03) or with the month written out (3 maart 2011,
//! 3 mrt. 2011, March 3, 2011). The date must exist on the calendar.

use std::ops::Range;
use std::sync::LazyLock;

use postlint_scan::pattern::Lazy;
use postlint_scan::sparse::{Places, Sparse};

use super::{Everywhere, Scanner, ValueRule};
use crate::catalog::{PRIV, RuleInfo, Scope, Severity, t};

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/birth-date",
    severity: Severity::Warning,
    articles: PRIV,
    scope: Scope::Span,
    personal_data: true,
    summary: t!("Een geboortedatum.", "A date of birth."),
    why: t!(
        "Een geboortedatum is persoonsgebonden en wordt gebruikt voor identiteitsfraude.",
        "A birth date is personal data and is used for identity fraud."
    ),
    message: t!(
        "Geboortedatum in het bericht.",
        "Date of birth in the post."
    ),
    help: t!(
        "Haal de datum weg; feliciteren kan zonder datum.",
        "Remove the date; congratulations work without it."
    ),
    bad: "Daan is geboren op 3 maart 2011.",
    good: "Gefeliciteerd, Daan!",
    placeholder: Some(t!("[GEBOORTEDATUM]", "[DATE OF BIRTH]")),
    overlap_rank: 7,
    source: file!(),
};

const MONTHS: &[(&str, u32)] = &[
    ("januari", 1),
    ("jan", 1),
    ("january", 1),
    ("februari", 2),
    ("feb", 2),
    ("february", 2),
    ("maart", 3),
    ("mrt", 3),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mei", 5),
    ("may", 5),
    ("juni", 6),
    ("jun", 6),
    ("june", 6),
    ("juli", 7),
    ("jul", 7),
    ("july", 7),
    ("augustus", 8),
    ("aug", 8),
    ("august", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("oktober", 10),
    ("okt", 10),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// A date: day-month-year in digits (`03-03-2011`, `3/3/11`), the year
/// first as ISO writes it (`2011-03-03`), or with the month written out
/// (`3 maart 2011`, `3 mrt.`, `March 3, 2011`).
fn date_grammar() -> String {
    let months: Vec<&str> = MONTHS.iter().map(|(m, _)| *m).collect();
    let m = months.join("|");
    format!(
        r"(?P<date>
            (?P<d1>\d{{1,2}})[-/.](?P<m1>\d{{1,2}})[-/.](?P<y1>\d{{4}}|\d{{2}})\b
          | (?P<y4>\d{{4}})-(?P<m4>\d{{1,2}})-(?P<d4>\d{{1,2}})\b
          | (?P<d2>\d{{1,2}})(?:e|ste|de|th|st|nd|rd)?\s+(?P<m2>{m})\.?(?:\s+(?P<y2>\d{{4}}))?\b
          | (?P<m3>{m})\.?\s+(?P<d3>\d{{1,2}})(?:th|st|nd|rd)?,?(?:\s+(?P<y3>\d{{4}}))?\b
        )"
    )
}

/// A label, then the date: "geboren op …", "Geboren: …", "geb. …",
/// "geboortedatum is …", "born on …", "date of birth: …", "wordt 12 op …".
static DATE: LazyLock<Lazy> = LazyLock::new(|| {
    Lazy::new(&format!(
        r"(?x)
        (?P<label>geboren|geb(?:\.|\s)?\s?datum|geboorte-?datum|geboortedag|geb\.|geb\s
           |born|birth\s?date|date\s+of\s+birth|dob|d\.o\.b\.
           |wordt\s+\d{{1,3}}\s+op|turns\s+\d{{1,3}}\s+on)
        (?:\s*[:\-–]\s*|\s+(?:is|was|:)\s+|\s*)
        (?:op\s+|on\s+)?(?:de\s+|the\s+)?
        {}",
        date_grammar()
    ))
});

/// The Belgian sign for "born", right before the date: "°12/03/2011". On
/// its own, as the labels above begin with three letters and a two-byte
/// sign among them would make their shared search slow.
static BORN_SIGN: LazyLock<Lazy> =
    LazyLock::new(|| Lazy::new(&format!(r"(?x)(?P<label>°)\s*{}", date_grammar())));

/// The date, then the verb: "is op 3 februari 2013 geboren", "(3 maart
/// 2011 geboren)" ("was born 3 March 2011" reads as a label first). It
/// starts with digits or a month, which no search can skip to, so a long
/// text is read around "geboren" only.
static DATE_THEN_BORN: LazyLock<Sparse> = LazyLock::new(|| {
    let pattern = format!(r"(?x)\b{}\s+(?P<label>geboren)\b", date_grammar());
    Sparse::new(Box::leak(pattern.into_boxed_str()))
});

fn month(name: &str) -> Option<u32> {
    MONTHS.iter().find(|(m, _)| *m == name).map(|&(_, n)| n)
}

/// Whether the day exists (leap years included; a missing year allows 29 Feb).
pub fn exists(day: u32, month: u32, year: Option<i32>) -> bool {
    let leap = year.is_none_or(|y| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

pub struct BirthDate;

pub static CHECK: ValueRule = ValueRule {
    rule: &RULE,
    check: |_| Box::new(Everywhere(BirthDate)),
};

impl Scanner for BirthDate {
    const RULE: &'static RuleInfo = &RULE;

    fn scan(&self, hay: &str, out: &mut Vec<Range<usize>>) {
        let mut push = |c: regex::Captures<'_>, at: usize| {
            if let (Some(l), Some(d)) = (c.name("label"), c.name("date"))
                && calendar_date(&c)
            {
                out.push(at + l.start().min(d.start())..at + l.end().max(d.end()));
            }
        };
        for re in [&*DATE, &*BORN_SIGN] {
            if re.may_match(hay) {
                for c in re.regex().captures_iter(hay) {
                    push(c, 0);
                }
            }
        }
        let after = &*DATE_THEN_BORN;
        let re = after.pattern();
        match after.places(hay) {
            Places::Whole if re.may_match(hay) => {
                for c in re.regex().captures_iter(hay) {
                    push(c, 0);
                }
            }
            Places::Whole => {}
            Places::Some(parts) => {
                for p in parts {
                    for c in re.regex().captures_iter(&hay[p.clone()]) {
                        push(c, p.start);
                    }
                }
            }
        }
        out.sort_by_key(|r| r.start);
    }
}

/// Whether the date captured in `c` exists on the calendar.
fn calendar_date(c: &regex::Captures<'_>) -> bool {
    let num = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
    let two_digit = |y: u32| if y < 100 { 2000 + y as i32 } else { y as i32 };
    let (day, mon, year) = if let (Some(d), Some(m)) = (num("d1"), num("m1")) {
        (d, Some(m), num("y1").map(two_digit))
    } else if let (Some(d), Some(m)) = (num("d4"), num("m4")) {
        (d, Some(m), num("y4").map(|y| y as i32))
    } else if let Some(d) = num("d2") {
        (
            d,
            c.name("m2").and_then(|m| month(m.as_str())),
            num("y2").map(|y| y as i32),
        )
    } else {
        (
            num("d3").unwrap_or(0),
            c.name("m3").and_then(|m| month(m.as_str())),
            num("y3").map(|y| y as i32),
        )
    };
    mon.is_some_and(|m| exists(day, m, year))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let hay = crate::normalize::fold(text);
        let mut out = Vec::new();
        BirthDate.scan(&hay, &mut out);
        out.into_iter().map(|r| hay[r].to_string()).collect()
    }

    #[test]
    fn written_and_numeric() {
        assert_eq!(
            found("Geboren op 4 oktober 2012, de jongste"),
            ["geboren op 4 oktober 2012"]
        );
        assert_eq!(found("geb. 03-03-2011"), ["geb. 03-03-2011"]);
        assert_eq!(
            found("Geboortedatum: 29/02/2012"),
            ["geboortedatum: 29/02/2012"]
        );
        assert_eq!(found("Sanne wordt 12 op 3 maart"), ["wordt 12 op 3 maart"]);
        assert_eq!(found("born on March 3, 2011"), ["born on march 3, 2011"]);
        assert_eq!(found("DOB 3 mrt. 2010"), ["dob 3 mrt. 2010"]);
    }

    #[test]
    fn start_words_hold() {
        assert!(postlint_scan::pattern::assert_needs_hold(DATE.as_str()));
        assert!(DATE.starts().is_some());
        let after = DATE_THEN_BORN.pattern().as_str();
        postlint_scan::pattern::assert_regimes_hold(after);
        let needs = postlint_scan::pattern::needs(after);
        assert!(
            needs.all_of.iter().any(|w| w == &["geboren"]),
            "a post without \"geboren\" never builds it: {needs:?}"
        );
    }

    /// On a long text the date before "geboren" is read around that word
    /// only, and found there as in the whole text.
    #[test]
    fn dates_before_the_verb_are_found_where_they_are() {
        assert!(DATE_THEN_BORN.anchors().is_some());
        postlint_scan::sparse::assert_sparse_holds(&DATE_THEN_BORN);
    }

    /// Every way a draft gives a birth date: a label with a colon or a
    /// verb, the date before "geboren", ISO dates.
    #[test]
    fn labels_verbs_and_notations() {
        for (text, want) in [
            ("Geboren: 7-9-2011", "geboren: 7-9-2011"),
            ("geboren - 7/9/2011", "geboren - 7/9/2011"),
            (
                "zijn geboortedatum is 14 juli 2012",
                "geboortedatum is 14 juli 2012",
            ),
            ("geboortedatum 2012-04-17", "geboortedatum 2012-04-17"),
            (
                "Geboortedatum: 2011-03-03, klas 1B",
                "geboortedatum: 2011-03-03",
            ),
            (
                "Sem is op 3 februari 2013 geboren.",
                "3 februari 2013 geboren",
            ),
            ("(17 mei 2010 geboren in Gouda)", "17 mei 2010 geboren"),
            ("Lotte, geb. 5-6-2008, uit 4H", "geb. 5-6-2008"),
            ("Date of birth: 2010-11-02", "date of birth: 2010-11-02"),
            ("He was born on 2 November 2010.", "born on 2 november 2010"),
            ("geb.datum: 1-9-2011", "geb.datum: 1-9-2011"),
            ("gebdatum 05.10.2010 klopt niet", "gebdatum 05.10.2010"),
            ("Geb. datum 1-9-2011", "geb. datum 1-9-2011"),
            ("Birth date: 21/06/2011", "birth date: 21/06/2011"),
            ("birthdate 2011-06-21", "birthdate 2011-06-21"),
            ("Lowie Janssens °12/03/2011, Mol", "°12/03/2011"),
        ] {
            assert_eq!(found(text), [want], "{text}");
        }
    }

    #[test]
    fn dates_must_exist_and_need_a_label() {
        assert!(found("geboren op 31 februari 2012").is_empty());
        assert!(found("geb. 29-02-2011").is_empty(), "2011 is no leap year");
        assert!(found("op 4 oktober 2012 is de ouderavond").is_empty());
        assert!(found("versie 2.6.32").is_empty());
        assert!(found("geboren in Gouda").is_empty());
        assert!(
            found("geboortedatum 2012-02-30").is_empty(),
            "no 30 February"
        );
        assert!(found("Op 3 februari 2013 is de open dag").is_empty());
        assert!(found("release 2012-04-17 van de app").is_empty());
    }
}

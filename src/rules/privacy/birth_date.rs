//! `privacy/birth-date`: a date of birth.
//!
//! ## What it does
//! Finds a date after "geboren op", "geb.", "geboortedatum", "born on",
//! "date of birth", "DOB", and "wordt 12 op …": numeric (03-03-2011,
//! 3/3/2011) or with the month written out (3 maart 2011, 3 mrt. 2011,
//! March 3, 2011). The date must exist on the calendar.

use std::ops::Range;
use std::sync::LazyLock;

use postlint_scan::pattern::Lazy;

use super::{Prose, Scanner, ValueRule, Values};
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

static DATE: LazyLock<Lazy> = LazyLock::new(|| {
    let months: Vec<&str> = MONTHS.iter().map(|(m, _)| *m).collect();
    let m = months.join("|");
    Lazy::new(&format!(
        r"(?x)
        (?P<label>geboren\s+op|geboren|geb\.|geb\s|geboortedatum\s*:?|born\s+on|born|date\s+of\s+birth\s*:?|dob\s*:?|
           wordt\s+\d{{1,3}}\s+op|turns\s+\d{{1,3}}\s+on)
        \s*(?:de\s+|the\s+)?
        (?P<date>
            (?P<d1>\d{{1,2}})[-/.](?P<m1>\d{{1,2}})[-/.](?P<y1>\d{{4}}|\d{{2}})\b
          | (?P<d2>\d{{1,2}})(?:e|ste|de|th|st|nd|rd)?\s+(?P<m2>{m})\.?(?:\s+(?P<y2>\d{{4}}))?\b
          | (?P<m3>{m})\.?\s+(?P<d3>\d{{1,2}})(?:th|st|nd|rd)?,?(?:\s+(?P<y3>\d{{4}}))?\b
        )"
    ))
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
    check: |_| Box::new(BirthDate),
};

impl Values for BirthDate {
    fn find(&self, text: &Prose<'_>, out: &mut Vec<Range<usize>>) {
        self.scan(text.hay, out);
    }

    fn find_in_target(&self, target: &str, out: &mut Vec<Range<usize>>) {
        self.scan(target, out);
    }
}

impl Scanner for BirthDate {
    const RULE: &'static RuleInfo = &RULE;

    fn scan(&self, hay: &str, out: &mut Vec<Range<usize>>) {
        if !DATE.may_match(hay) {
            return;
        }
        for c in DATE.regex().captures_iter(hay) {
            let num = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
            let (day, mon, year) = if let (Some(d), Some(m)) = (num("d1"), num("m1")) {
                let y = num("y1").map(|y| if y < 100 { 2000 + y as i32 } else { y as i32 });
                (d, Some(m), y)
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
            if mon.is_some_and(|m| exists(day, m, year))
                && let (Some(l), Some(d)) = (c.name("label"), c.name("date"))
            {
                out.push(l.start()..d.end());
            }
        }
    }
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
    }

    #[test]
    fn dates_must_exist_and_need_a_label() {
        assert!(found("geboren op 31 februari 2012").is_empty());
        assert!(found("geb. 29-02-2011").is_empty(), "2011 is no leap year");
        assert!(found("op 4 oktober 2012 is de ouderavond").is_empty());
        assert!(found("versie 2.6.32").is_empty());
        assert!(found("geboren in Gouda").is_empty());
    }
}

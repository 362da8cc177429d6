//! `privacy/email`: e-mail addresses.
//!
//! ## What it does
//! Finds e-mail addresses in the prose and in `mailto:` links, except the
//! addresses allow-listed in `[allow] emails` (public contact addresses).
//!
//! ## Why
//! A personal address is personal data (A.2, C.1).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::{Prose, Scanner, ValueRule, Values};
use crate::catalog::{PRIV, RuleInfo, Scope, Severity, t};
use postlint_scan::pattern::Lazy;

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/email",
    severity: Severity::Warning,
    articles: PRIV,
    scope: Scope::Span,
    personal_data: true,
    summary: t!(
        "Een e-mailadres dat niet op de lijst van toegestane adressen staat.",
        "An e-mail address that is not allow-listed."
    ),
    why: t!(
        "Een persoonlijk e-mailadres is persoonsgebonden informatie; eenmaal gepubliceerd blijft het vindbaar.",
        "A personal e-mail address is personal data; once published it stays findable."
    ),
    message: t!("E-mailadres in het bericht.", "E-mail address in the post."),
    help: t!(
        "Verwijs naar het algemene adres van de school of zet het adres in `[allow] emails` als het openbaar is.",
        "Point to the school's general address, or add the address to `[allow] emails` if it is public."
    ),
    bad: "Vragen? Mail mij op j.jansen@gmail.com",
    good: "Vragen? Stel ze in de les of via de ELO.",
    placeholder: Some(t!("[E-MAIL]", "[E-MAIL]")),
    overlap_rank: 5,
    source: file!(),
};

static EMAIL: LazyLock<Lazy> = LazyLock::new(|| {
    Lazy::new(
        r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}\b",
    )
});

/// Addresses written to dodge filters: "naam [at] school [dot] nl",
/// "naam(at)school.nl", "naam apenstaartje school punt nl".
static OBFUSCATED: LazyLock<Regex> = LazyLock::new(|| {
    postlint_scan::pattern::ascii(
        r"(?x)\b[a-z0-9._%+-]+
          (?P<at>\s*(?:\[\s*(?:at|@)\s*\]|\(\s*(?:at|@)\s*\)|\{\s*(?:at|@)\s*\})\s*|\s+(?:at|apenstaartje)\s+|\s+@\s+)
          [a-z0-9-]+
          (?P<dots>(?:\s*(?:\[\s*(?:dot|punt|\.)\s*\]|\(\s*(?:dot|punt|\.)\s*\))\s*|\s+(?:dot|punt)\s+|\.)[a-z0-9-]+)+\b",
    )
});

pub struct Email {
    allowed: Vec<String>,
    /// Any address at these domains is fine (`[allow] domains`).
    allowed_domains: Vec<String>,
    /// The schools' own domains: their addresses are institutional, but
    /// not those of a pupils' subdomain (`leerling.school.nl`).
    school_domains: Vec<String>,
}

/// Subdomains where a school gives its pupils their addresses.
const PUPIL_SUBDOMAINS: &[&str] = &["leerling", "leerlingen", "student", "students", "pupils"];

impl Email {
    pub fn new(allowed: &[String]) -> Email {
        Email::with_domains(allowed, &[], &[])
    }

    pub fn with_domains(allowed: &[String], domains: &[String], school: &[String]) -> Email {
        let lower = |v: &[String]| -> Vec<String> {
            v.iter()
                .map(|a| a.trim().trim_start_matches('@').to_lowercase())
                .filter(|a| !a.is_empty())
                .collect()
        };
        Email {
            allowed: lower(allowed),
            allowed_domains: lower(domains),
            school_domains: lower(school),
        }
    }

    /// Whether the address `a` (lower case) may be published.
    fn is_allowed(&self, a: &str) -> bool {
        if self.allowed.iter().any(|x| x == a) {
            return true;
        }
        let Some((_, domain)) = a.rsplit_once('@') else {
            return false;
        };
        // `domain` is `d` or a subdomain of it; the labels before `d`.
        let under = |d: &String| -> Option<Vec<&str>> {
            if domain == d {
                return Some(Vec::new());
            }
            let head = domain.strip_suffix(d.as_str())?.strip_suffix('.')?;
            Some(head.split('.').collect())
        };
        self.allowed_domains.iter().any(|d| under(d).is_some())
            || self.school_domains.iter().any(|d| {
                under(d).is_some_and(|labels| !labels.iter().any(|l| PUPIL_SUBDOMAINS.contains(l)))
            })
    }
}

pub static CHECK: ValueRule = ValueRule {
    rule: &RULE,
    check: |settings| {
        Box::new(Email::with_domains(
            &settings.allow_emails,
            &settings.allow_domains,
            &settings.institutional_domains(),
        ))
    },
};

impl Values for Email {
    fn find(&self, text: &Prose<'_>, out: &mut Vec<Range<usize>>) {
        text.at_signs().scan(|h, o| self.scan_plain(h, o), out);
        // "at" and "apenstaartje": disguised addresses.
        text.around_words(SPELLED_AT, 256)
            .scan(|h, o| self.scan_spelled(h, o), out);
    }

    fn find_in_target(&self, target: &str, out: &mut Vec<Range<usize>>) {
        self.scan(target, out);
    }
}

impl Scanner for Email {
    const RULE: &'static RuleInfo = &RULE;

    fn scan(&self, hay: &str, out: &mut Vec<Range<usize>>) {
        self.scan_plain(hay, out);
        self.scan_spelled(hay, out);
    }
}

/// Words that stand for `@` in a disguised address; with `@` itself, every
/// disguised address holds one of them.
pub const SPELLED_AT: &[&str] = &["at", "apenstaartje"];

/// What every disguised address holds: a bracket or white space around its
/// "at" (a link target such as `jan@school.nl` has neither, and then the
/// pattern is not built).
fn may_be_spelled(hay: &str) -> bool {
    hay.bytes().any(|b| {
        matches!(
            b,
            b'[' | b'(' | b'{' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' '
        )
    })
}

impl Email {
    /// Addresses as written: every one holds an `@`.
    pub fn scan_plain(&self, hay: &str, out: &mut Vec<Range<usize>>) {
        for m in EMAIL.matches(hay) {
            // Quotes and the like may open a sentence: "'jan@x.nl'" is jan@x.nl.
            let lead = m.as_str().len()
                - m.as_str()
                    .trim_start_matches(['\'', '`', '{', '|', '/', '='])
                    .len();
            let r = m.start() + lead..m.end();
            if !self.is_allowed(&hay[r.clone()].to_lowercase()) {
                out.push(r);
            }
        }
    }

    /// Disguised addresses: "naam [at] school [dot] nl".
    pub fn scan_spelled(&self, hay: &str, out: &mut Vec<Range<usize>>) {
        if !may_be_spelled(hay) {
            return;
        }
        for c in OBFUSCATED.captures_iter(hay) {
            let (Some(m), Some(at), Some(dots)) = (c.get(0), c.name("at"), c.name("dots")) else {
                continue;
            };
            let bracketed = |s: &str| s.contains(['[', '(', '{']);
            let plain_at = !bracketed(at.as_str());
            let plain_dots = !bracketed(dots.as_str())
                && !dots.as_str().contains(" dot ")
                && !dots.as_str().contains(" punt ");
            // "meet me at school.nl" is a sentence: a spelled-out "at" needs
            // a spelled-out "dot" too, and something must be disguised.
            if plain_at && plain_dots {
                continue;
            }
            out.push(m.range());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The school's own addresses are institutional; its pupils' are not.
    #[test]
    fn school_and_allowed_domains() {
        let e = Email::with_domains(
            &["info@scalacollege.nl".into()],
            &["ouderraad-scala.nl".into()],
            &["scalacollege.nl".into()],
        );
        let found = |t: &str| {
            let mut out = Vec::new();
            e.scan_plain(t, &mut out);
            out.into_iter()
                .map(|r| t[r].to_string())
                .collect::<Vec<_>>()
        };
        for text in [
            "mail administratie@scalacollege.nl",
            "of directie@scalacollege.nl",
            "bij j.devries@scalacollege.nl (mentor 3B)",
            "via zorg@mail.scalacollege.nl",
            "secretaris@ouderraad-scala.nl",
            "Info@ScalaCollege.nl",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
        assert_eq!(
            found("mail sanne@leerling.scalacollege.nl"),
            ["sanne@leerling.scalacollege.nl"]
        );
        assert_eq!(found("mail jan@gmail.com"), ["jan@gmail.com"]);
        assert_eq!(
            found("niet: scalacollege.nl.nep@evil.com"),
            ["scalacollege.nl.nep@evil.com"]
        );
    }

    #[test]
    fn every_disguised_address_has_a_bracket_or_space() {
        use proptest::strategy::{Strategy, ValueTree};
        let body = OBFUSCATED.as_str().replace("(?-u:\\b)", "");
        let strategy = proptest::string::string_regex(&body).unwrap();
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        for _ in 0..3000 {
            let sample = strategy.new_tree(&mut runner).unwrap().current();
            if OBFUSCATED.is_match(&sample) {
                assert!(may_be_spelled(&sample), "{sample:?}");
            }
        }
        assert!(!may_be_spelled("p.jansen@gmail.com"));
    }

    fn found(allowed: &[&str], text: &str) -> Vec<String> {
        let allowed: Vec<String> = allowed.iter().map(|s| s.to_string()).collect();
        let mut out = Vec::new();
        Email::new(&allowed).scan(text, &mut out);
        out.into_iter().map(|r| text[r].to_string()).collect()
    }

    #[test]
    fn finds_addresses() {
        assert_eq!(
            found(&[], "mail naar excursies@coenecoop.nl"),
            ["excursies@coenecoop.nl"]
        );
        assert_eq!(
            found(&[], "(j.de.vries+school@gmail.com)."),
            ["j.de.vries+school@gmail.com"]
        );
        assert_eq!(
            found(&[], "mailto:jan@example.co.uk"),
            ["jan@example.co.uk"]
        );
        assert_eq!(found(&[], "'piet@x.nl'"), ["piet@x.nl"]);
    }

    #[test]
    fn allow_list_is_case_insensitive() {
        assert!(found(&["Info@ScalaCollege.nl"], "mail info@scalacollege.nl").is_empty());
        assert_eq!(
            found(&["info@scalacollege.nl"], "mail jan@scalacollege.nl").len(),
            1
        );
    }

    #[test]
    fn disguised_addresses() {
        assert_eq!(
            found(&[], "mail naam [at] school [dot] nl"),
            ["naam [at] school [dot] nl"]
        );
        assert_eq!(
            found(&[], "mail jan(at)voorbeeld.nl graag"),
            ["jan(at)voorbeeld.nl"]
        );
        assert_eq!(
            found(&[], "jan apenstaartje gmail punt com"),
            ["jan apenstaartje gmail punt com"]
        );
        assert_eq!(found(&[], "jan at gmail dot com"), ["jan at gmail dot com"]);
        assert!(found(&[], "we zien je at school.nl").is_empty());
    }

    #[test]
    fn near_misses() {
        assert!(found(&[], "volg @scalacollege op insta").is_empty());
        assert!(found(&[], "om 10@school").is_empty());
    }
}

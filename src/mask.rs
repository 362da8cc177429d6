//! Masking personal data for display: a CI log must not spread what the
//! check caught. The mask keeps just enough to find the spot again.

use crate::catalog::RuleInfo;
use crate::diagnostic::Diagnostic;

const DOT: char = '•';

/// The text to show for `matched` found by `rule`: personal data masked so
/// that a log holding it tells nothing about the person. A number keeps at
/// most its last two digits (`•••••••82`), enough to find it again; an
/// e-mail address keeps its `@` and top-level domain (`•••@•••.nl`); a
/// name or anything else written in words keeps none of its letters.
pub fn excerpt(rule: &RuleInfo, matched: &str, show_matches: bool) -> String {
    if show_matches || !rule.personal_data {
        matched.to_string()
    } else if *rule == crate::rules::privacy::email::RULE {
        mask_email(matched)
    } else if is_number(matched) {
        mask(matched)
    } else {
        HIDDEN.to_string()
    }
}

/// What a value written in words shows: no letter, nor how many.
const HIDDEN: &str = "•••••";

/// Whether `s` is written mostly in digits (a BSN, IBAN, phone or card
/// number), not in words (a name, an address, a date written out).
fn is_number(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    digits >= 6 && digits > letters
}

/// `text` with every personal-data finding replaced by its mask.
pub fn redact_findings(text: &str, diagnostics: &[Diagnostic]) -> String {
    let mut spans: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.rule.personal_data)
        .collect();
    spans.sort_by_key(|d| d.text_span.start);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for d in spans {
        let r = &d.text_span;
        if r.start < at || r.end > text.len() {
            continue;
        }
        out.push_str(&text[at..r.start]);
        out.push_str(&excerpt(d.rule, &text[r.clone()], false));
        at = r.end;
    }
    out.push_str(&text[at..]);
    out
}

/// What `postlint redact` puts in place of a value `rule` found.
pub fn placeholder(rule: &RuleInfo, lang: crate::catalog::Lang) -> &'static str {
    use crate::catalog::Lang::{En, Nl};
    match (rule.placeholder, lang) {
        (Some(text), lang) => text.get(lang),
        (None, Nl) => "[VERWIJDERD]",
        (None, En) => "[REMOVED]",
    }
}

/// The file's bytes with every personal-data finding replaced by its
/// placeholder; every other byte unchanged.
pub fn redact_bytes(raw: &[u8], diagnostics: &[Diagnostic], lang: crate::catalog::Lang) -> Vec<u8> {
    let mut spans: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.rule.personal_data)
        .collect();
    spans.sort_by_key(|d| (d.span.start, std::cmp::Reverse(d.span.end)));
    let mut out = Vec::with_capacity(raw.len());
    let mut at = 0;
    for d in spans {
        if d.span.start < at || d.span.end > raw.len() {
            continue;
        }
        out.extend_from_slice(&raw[at..d.span.start]);
        out.extend_from_slice(placeholder(d.rule, lang).as_bytes());
        at = d.span.end;
    }
    out.extend_from_slice(&raw[at..]);
    out
}

/// Letters and digits only, each a dot but the last two digits of a long
/// value (none of a short one); separators are dropped.
pub fn mask(s: &str) -> String {
    let chars: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).collect();
    let n = chars.len();
    let keep = if n >= 8 { 2 } else { 0 };
    let tail = &chars[n - keep..];
    let keep = if tail.iter().all(char::is_ascii_digit) {
        keep
    } else {
        0
    };
    let mut out: String = std::iter::repeat_n(DOT, n - keep).collect();
    out.extend(&chars[n - keep..]);
    out
}

/// `jan.jansen@voorbeeld.nl` → `•••@•••.nl`: only the top-level domain
/// stays, since the rest so often holds a name.
fn mask_email(s: &str) -> String {
    let Some((_, domain)) = s.rsplit_once('@') else {
        return HIDDEN.to_string();
    };
    let tld = domain.rsplit_once('.').map_or("", |(_, t)| t);
    format!("{DOT}{DOT}{DOT}@{DOT}{DOT}{DOT}.{tld}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rule;

    /// A number shows at most its last two digits (SPEC §3).
    #[test]
    fn numbers_keep_at_most_their_last_two_digits() {
        assert_eq!(mask("123 456 782"), "•••••••82");
        assert_eq!(mask("1234.56.782"), "•••••••82");
        assert_eq!(mask("NL91 ABNA 0417 1643 00"), "••••••••••••••••00");
        assert_eq!(mask("06-1234"), "••••••");
        assert_eq!(mask("06-1234567X"), "••••••••••", "no letter shown");
    }

    /// A name, or anything else written in words, shows none of its
    /// letters, nor how many there are (SPEC §3).
    #[test]
    fn names_show_no_letter() {
        let name = crate::rules::rule("privacy/pupil-name").unwrap();
        for value in ["Sanne de Vries", "Daan", "Zoë", "Mohammed El Amrani"] {
            assert_eq!(excerpt(name, value, false), "•••••", "{value}");
        }
        let address = crate::rules::rule("privacy/address").unwrap();
        assert_eq!(
            excerpt(address, "Dorpsstraat 12, 2801 AB Gouda", false),
            "•••••"
        );
        let bsn = crate::rules::rule("privacy/bsn").unwrap();
        assert_eq!(excerpt(bsn, "123 456 782", false), "•••••••82");
        assert_eq!(excerpt(name, "Sanne de Vries", true), "Sanne de Vries");
    }

    #[test]
    fn email_keeps_only_its_top_level_domain() {
        assert_eq!(mask_email("jan.jansen@voorbeeld.nl"), "•••@•••.nl");
        assert_eq!(mask_email("a@b.co.uk"), "•••@•••.uk");
    }

    #[test]
    fn redacts_every_personal_finding_in_a_text() {
        let text = "BSN 123456782, mail jan@example.nl, kut.";
        let doc = crate::Document::from_bytes("a.txt", text.as_bytes());
        let diags = crate::Linter::new(crate::Settings::default()).lint(&doc);
        assert_eq!(
            redact_findings(text, &diags),
            "BSN •••••••82, mail •••@•••.nl, kut."
        );
    }

    #[test]
    fn redaction_keeps_every_other_byte() {
        let raw = b"\xEF\xBB\xBFBSN 123456782\r\nmail jan@example.nl, kut.\r\n";
        let doc = crate::Document::from_bytes("a.txt", raw);
        let diags = crate::Linter::new(crate::Settings::default()).lint(&doc);
        let out = redact_bytes(raw, &diags, crate::catalog::Lang::Nl);
        assert_eq!(out, b"\xEF\xBB\xBFBSN [BSN]\r\nmail [E-MAIL], kut.\r\n");
    }

    #[test]
    fn only_personal_data_is_masked() {
        let bsn = rule("privacy/bsn").unwrap();
        let prof = rule("decency/profanity").unwrap();
        assert_eq!(excerpt(bsn, "123456782", false), "•••••••82");
        assert_eq!(excerpt(bsn, "123456782", true), "123456782");
        assert_eq!(excerpt(prof, "kut", false), "kut");
    }
}

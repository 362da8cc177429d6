//! Masking personal data for display: a CI log must not spread what the
//! check caught. The mask keeps just enough to find the spot again.

use crate::catalog::RuleInfo;
use crate::diagnostic::Diagnostic;

const DOT: char = '•';

/// The text to show for `matched` found by `rule`.
pub fn excerpt(rule: &RuleInfo, matched: &str, show_matches: bool) -> String {
    if show_matches || !rule.personal_data {
        matched.to_string()
    } else if *rule == crate::rules::privacy::email::RULE {
        mask_email(matched)
    } else {
        mask(matched)
    }
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

/// Letters and digits only: the first and last two of long values, the
/// first and last one of shorter ones; separators are dropped.
pub fn mask(s: &str) -> String {
    let chars: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).collect();
    let n = chars.len();
    let keep = match n {
        8.. => 2,
        4..=7 => 1,
        _ => 0,
    };
    let mut out: String = chars[..keep].iter().collect();
    out.extend(std::iter::repeat_n(DOT, n - 2 * keep));
    out.extend(&chars[n - keep..]);
    out
}

/// `jan.jansen@voorbeeld.nl` → `j•••@v•••.nl`: the top-level domain stays.
fn mask_email(s: &str) -> String {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return mask(s);
    };
    let first = |p: &str| {
        p.chars()
            .next()
            .map(|c| format!("{c}{DOT}{DOT}{DOT}"))
            .unwrap_or_default()
    };
    let mut labels: Vec<String> = domain.split('.').map(String::from).collect();
    let last = labels.len() - 1;
    for l in &mut labels[..last] {
        *l = first(l);
    }
    format!("{}@{}", first(local), labels.join("."))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rule;

    #[test]
    fn bsn_like_the_spec() {
        assert_eq!(mask("123 456 782"), "12•••••82");
        assert_eq!(mask("1234.56.782"), "12•••••82");
    }

    #[test]
    fn short_values_keep_less() {
        assert_eq!(mask("Daan"), "D••n");
        assert_eq!(mask("abc"), "•••");
    }

    #[test]
    fn email_keeps_only_initials_and_tld() {
        assert_eq!(mask_email("jan.jansen@voorbeeld.nl"), "j•••@v•••.nl");
        assert_eq!(mask_email("a@b.co.uk"), "a•••@b•••.c•••.uk");
    }

    #[test]
    fn redacts_every_personal_finding_in_a_text() {
        let text = "BSN 123456782, mail jan@example.nl, kut.";
        let doc = crate::Document::from_bytes("a.txt", text.as_bytes());
        let diags = crate::Linter::new(crate::Settings::default()).lint(&doc);
        assert_eq!(
            redact_findings(text, &diags),
            "BSN 12•••••82, mail j•••@e•••.nl, kut."
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
        assert_eq!(excerpt(bsn, "123456782", false), "12•••••82");
        assert_eq!(excerpt(bsn, "123456782", true), "123456782");
        assert_eq!(excerpt(prof, "kut", false), "kut");
    }
}

//! Masking personal data for display: a CI log must not spread what the
//! check caught. The mask keeps just enough to find the spot again.

use crate::catalog::RuleInfo;

const DOT: char = '•';

/// The text to show for `matched` found by `rule`.
pub fn excerpt(rule: &RuleInfo, matched: &str, show_matches: bool) -> String {
    if show_matches || !rule.personal_data {
        matched.to_string()
    } else if rule.id == "privacy/email" {
        mask_email(matched)
    } else {
        mask(matched)
    }
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
    use crate::catalog::rule;

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
    fn only_personal_data_is_masked() {
        let bsn = rule("privacy/bsn").unwrap();
        let prof = rule("decency/profanity").unwrap();
        assert_eq!(excerpt(bsn, "123456782", false), "12•••••82");
        assert_eq!(excerpt(bsn, "123456782", true), "123456782");
        assert_eq!(excerpt(prof, "kut", false), "kut");
    }
}

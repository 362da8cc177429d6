//! `privacy/credentials`: Passwords, login codes and tokens.
//!
//! A label ("wachtwoord:", "login is") followed by something that looks
//! like a secret, or an API token; "wachtwoord vergeten?" is ordinary text.

use std::ops::Range;
use std::sync::LazyLock;

use super::{Everywhere, Scanner, ValueRule};
use crate::catalog::{PRIV, RuleInfo, Scope, Severity, t};
use postlint_scan::pattern::Lazy;

pub static RULE: RuleInfo = RuleInfo {
    id: "privacy/credentials",
    severity: Severity::Error,
    articles: PRIV,
    scope: Scope::Span,
    personal_data: true,
    summary: t!(
        "Wachtwoorden, inlogcodes en tokens.",
        "Passwords, login codes and tokens."
    ),
    why: t!(
        "Een gepubliceerd wachtwoord geeft iedereen toegang.",
        "A published password gives everyone access."
    ),
    message: t!(
        "Wachtwoord of inlogcode in het bericht.",
        "Password or login code in the post."
    ),
    help: t!(
        "Haal het weg en wijzig het wachtwoord meteen.",
        "Remove it and change the password right away."
    ),
    bad: "Wifi voor de ouderavond, wachtwoord: Scala2024!",
    good: "Het wifi-wachtwoord hangt in de aula.",
    placeholder: Some(t!("[WACHTWOORD]", "[PASSWORD]")),
    overlap_rank: 4,
    source: file!(),
};

pub static CHECK: ValueRule = ValueRule {
    rule: &RULE,
    check: |_| Box::new(Everywhere(Credentials)),
};

static LABEL: LazyLock<Lazy> = LazyLock::new(|| {
    Lazy::new(
        r"\b(?:wachtwoord|password|passwd|ww|pw|pincode|pin|inlogcode|inloggegevens|login|toegangscode|wifi-?code|wifi-?wachtwoord)\b",
    )
});

static TOKEN: LazyLock<Lazy> = LazyLock::new(|| {
    Lazy::new(
        r"\b(?:ghp_[a-z0-9]{36}|github_pat_[a-z0-9_]{40,}|akia[0-9a-z]{16}|sk-[a-z0-9]{20,}|xox[bpas]-[a-z0-9-]{10,})\b",
    )
});

/// Whether a value looks like a secret rather than a word: it has a digit
/// or a symbol, and is not a date, time or room number.
fn secret_like(v: &str) -> bool {
    // A word ending in a colon introduces a value; it is none itself.
    if v.ends_with(':') {
        return false;
    }
    let v = v.trim_end_matches(['.', ')', ',', ';']);
    let has_digit = v.chars().any(|c| c.is_ascii_digit());
    let has_letter = v.chars().any(char::is_alphabetic);
    let has_symbol = v.chars().any(|c| !c.is_alphanumeric());
    v.chars().count() >= 4 && has_letter && (has_digit || has_symbol) && !v.starts_with("http")
}

pub struct Credentials;

impl Scanner for Credentials {
    const RULE: &'static RuleInfo = &RULE;

    fn scan(&self, hay: &str, out: &mut Vec<Range<usize>>) {
        for label in LABEL.find_iter(hay) {
            // The rest of the sentence (a dot between digits, as in "2.11",
            // does not end it), at most 80 bytes.
            let rest = &hay[label.end..];
            let mut end = rest.len().min(80);
            while !rest.is_char_boundary(end) {
                end -= 1;
            }
            let stretch = &rest[..end];
            if stretch.contains("vergeten") || stretch.contains("forgot") {
                continue;
            }
            // "login-gegevens", "wachtwoord-beleid": the label is the head of
            // a compound, which names a kind of thing, not a secret.
            if stretch.starts_with('-') && stretch[1..].starts_with(char::is_alphabetic) {
                continue;
            }
            // Candidates: the word right after the label, and the word after
            // "is", ":" or "=" further on; the first that looks secret wins.
            let mut at = 0;
            let mut found = None;
            let mut first = true;
            for tok in stretch.split_inclusive(char::is_whitespace) {
                let word = tok
                    .trim()
                    .trim_matches(|c| matches!(c, '"' | '\'' | '`' | ','));
                if word.is_empty() {
                    at += tok.len();
                    continue;
                }
                let before = stretch[..at].trim_end();
                let prev_ok = first
                    || before.ends_with([':', '='])
                    || before.ends_with(" is")
                    || before.ends_with(" zijn");
                first = false;
                if word.ends_with(['.', '!', '?']) && !secret_like(word) {
                    break;
                }
                let word = word.trim_start_matches([':', '=']);
                if prev_ok && secret_like(word) {
                    let start = label.end + at + tok.find(word).unwrap_or(0);
                    found = Some((start, start + word.len()));
                    break;
                }
                at += tok.len();
            }
            // The finding covers the secret itself, so redaction keeps the label.
            let Some((start, mut stop)) = found else {
                // "login is admin / Sunflower77": user and secret around the slash.
                if let Some(slash) = stretch.find(" / ") {
                    let tail: String = stretch[slash + 3..]
                        .chars()
                        .take_while(|c| !c.is_whitespace())
                        .collect();
                    let tail = tail.trim_end_matches(['.', ',', '!']);
                    let user = stretch[..slash]
                        .rfind(char::is_whitespace)
                        .map_or(0, |i| i + 1);
                    if secret_like(tail) {
                        out.push(label.end + user..label.end + slash + 3 + tail.len());
                    }
                }
                continue;
            };
            let after = &hay[stop..];
            if let Some(tail) = after.strip_prefix(" / ") {
                let word: String = tail.chars().take_while(|c| !c.is_whitespace()).collect();
                let word = word.trim_end_matches(['.', ',', '!']);
                if secret_like(word) {
                    stop += 3 + word.len();
                }
            }
            out.push(start..stop);
        }
        out.extend(TOKEN.find_iter(hay));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::privacy::testing::found;

    #[test]
    fn start_words_hold() {
        for p in [&*LABEL, &*TOKEN] {
            assert!(postlint_scan::pattern::assert_needs_hold(p.as_str()));
            assert!(p.starts().is_some(), "{}", p.as_str());
        }
    }

    /// Policy and help text about passwords gives none.
    #[test]
    fn policy_wording_gives_no_secret() {
        for text in [
            "Uw login-gegevens voor het ouderportaal ontvangt u per post.",
            "Het wachtwoord-beleid staat op de website.",
            "Je wachtwoord moet minstens 12 tekens hebben.",
            "Kies een wachtwoord dat je nergens anders gebruikt.",
            "Deel je pincode nooit met iemand.",
            "De inloggegevens krijg je van je mentor.",
            "Password policy: at least twelve characters.",
            "Wachtwoord: kies er zelf een bij de eerste keer inloggen.",
            "De wifi-code hangt in de aula.",
            "Log in met je schoolaccount en je eigen wachtwoord.",
        ] {
            assert!(
                found(Credentials, text).is_empty(),
                "{text}: {:?}",
                found(Credentials, text)
            );
        }
    }

    #[test]
    fn credentials() {
        assert_eq!(
            found(
                Credentials,
                "het wachtwoord van de digibordcomputer in lokaal 2.11 is Tulp#2024"
            ),
            ["tulp#2024"]
        );
        assert_eq!(
            found(Credentials, "netwerk 'Gasten', wachtwoord Welkom2025!"),
            ["welkom2025!"]
        );
        assert_eq!(
            found(Credentials, "the smartboard login is admin / Sunflower77."),
            ["admin / sunflower77"]
        );
        assert_eq!(found(Credentials, "pincode: 4821a"), ["4821a"]);
        assert!(
            found(
                Credentials,
                "Wachtwoord vergeten voor Magister? Klik op 'wachtwoord vergeten'"
            )
            .is_empty()
        );
        assert!(found(Credentials, "Het wachtwoord staat in de aula").is_empty());
        assert!(
            !found(
                Credentials,
                "token ghp_abcdefghijklmnopqrstuvwxyz0123456789"
            )
            .is_empty()
        );
    }
}

//! `privacy/confidential` and `privacy/credentials`.
//!
//! Confidentiality markers ("VERTROUWELIJK", "niet verder verspreiden",
//! "onder embargo", "interne memo", "personeelsdossier") and secrets
//! ("wachtwoord: Welkom2025!", "login is admin / Sunflower77", API tokens).
//! "Interne verhuizing", "vertrouwenspersoon" and "wachtwoord vergeten?"
//! are ordinary text.

use std::ops::Range;
use std::sync::LazyLock;

use super::Scanner;
use crate::catalog::RuleInfo;
use postlint_scan::pattern::Lazy;
use postlint_scan::sparse::Sparse;

const CONFIDENTIAL_PATTERN: &str = r"(?x)\b(?:
            (?:strikt\s+|zeer\s+|streng\s+)?vertrouwelijk(?:e)?(?:\s+(?:document|stuk|informatie|memo|bericht|notitie|verslag))?
          | niet\s+(?:verder\s+)?(?:verspreiden|doorsturen|delen|doorvertellen)
          | (?:onder\s+)?embargo(?:\s+tot\s+\w+)?
          | interne?\s+(?:memo|notitie|mail|e-mail|document|documenten|stukken|nota|stuk|rapport|evaluatie)
          | (?:alleen\s+)?voor\s+intern\s+gebruik
          | personeelsdossier|leerlingdossier|leerlingendossier|dossier\s+van\s+(?:een\s+)?leerling
          | confidential|strictly\s+confidential|internal\s+only|do\s+not\s+(?:forward|share|distribute)|not\s+for\s+distribution
        )\b";

/// Rare in prose: searched around the words every marker holds.
static CONFIDENTIAL: Sparse = Sparse::new(CONFIDENTIAL_PATTERN);

pub struct Confidential;

impl Scanner for Confidential {
    const RULE: &'static RuleInfo = &super::confidential::RULE;

    fn scan(&self, hay: &str, out: &mut Vec<Range<usize>>) {
        for m in CONFIDENTIAL.find_iter(hay) {
            // "wordt vertrouwelijk behandeld" promises care; it is no marker.
            let after = hay[m.end..].trim_start();
            if hay[m.clone()].starts_with("vertrouwelijk") && after.starts_with("behandel") {
                continue;
            }
            out.push(m);
        }
    }
}

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
    let v = v.trim_end_matches(['.', ')']);
    let has_digit = v.chars().any(|c| c.is_ascii_digit());
    let has_letter = v.chars().any(char::is_alphabetic);
    let has_symbol = v.chars().any(|c| !c.is_alphanumeric());
    v.chars().count() >= 4 && has_letter && (has_digit || has_symbol) && !v.starts_with("http")
}

pub struct Credentials;

impl Scanner for Credentials {
    const RULE: &'static RuleInfo = &super::credentials::RULE;

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

    #[test]
    fn start_words_hold() {
        for p in [&*LABEL, &*TOKEN] {
            assert!(postlint_scan::pattern::assert_needs_hold(p.as_str()));
            assert!(p.starts().is_some(), "{}", p.as_str());
        }
    }

    /// Markers are found around the words the pattern holds, on long
    /// texts exactly as on the whole text.
    #[test]
    fn markers_are_found_where_they_are() {
        assert!(CONFIDENTIAL.anchors().is_some());
        postlint_scan::sparse::assert_sparse_holds(&CONFIDENTIAL);
    }

    fn found<S: Scanner>(s: S, text: &str) -> Vec<String> {
        let hay = crate::normalize::fold(text);
        let mut out = Vec::new();
        s.scan(&hay, &mut out);
        out.into_iter().map(|r| hay[r].to_string()).collect()
    }

    #[test]
    fn confidential_markers() {
        assert_eq!(
            found(
                Confidential,
                "VERTROUWELIJK – concept. Niet verder verspreiden!"
            ),
            ["vertrouwelijk", "niet verder verspreiden"]
        );
        assert_eq!(
            found(Confidential, "Uit de interne memo van de directie"),
            ["interne memo"]
        );
        assert_eq!(
            found(Confidential, "Onder embargo tot maandag: de uitslag"),
            ["onder embargo tot maandag"]
        );
        assert_eq!(
            found(Confidential, "mijn personeelsdossier ingezien"),
            ["personeelsdossier"]
        );
        assert!(found(Confidential, "De vertrouwenspersoon zit in kamer 0.12").is_empty());
        assert!(found(Confidential, "Interne verhuizing: lokaal 1.05").is_empty());
        assert!(found(Confidential, "Alles wordt vertrouwelijk behandeld.").is_empty());
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
